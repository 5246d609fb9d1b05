"""Footnotes and endnotes in an imported Word document: their text was dropped without a
word. Now each lands, marked "Fotnot N:"/"Slutnot N:", after the text of the node the
paragraph referring to it maps to, and the mapping report lists it with where it stood;
the notes parts are read with the same safety as the body (read back through the CLI
and a second connection)."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import word_import_docs as docs
from cli_helpers import run_in
from insatsplan.errors import UserError
from insatsplan.text import Run
from insatsplan.word_import.errors import DamagedWordError, UnsafeWordError
from insatsplan.word_import.model import Note, Paragraph, WordDocument
from insatsplan.word_import.reader import read_word
from insatsplan.word_import.recognise import NOTE_MARKS, as_single_topic, recognise
from word_import_results import dry_run, rows, table_counts

pytestmark = pytest.mark.usefixtures("english_cli")

AGREEMENT = """---
title: Överenskommelse 2024
---

Inledning om planen.

# Stöd

## Stödgrupper

Grupperna startar i mars.[^1]

### Kortsiktiga mål och aktiviteter 2024

- Starta grupper.

### Långsiktiga mål

- Fler barn får stöd.

[^1]: Se [beslutet](https://www.example.se/beslut) från nämnden.
"""

REPORT = """---
title: Handlingsplan 2023
---

# Fokusområde 1. Tidiga insatser

## Samtalsstöd

**Bakgrund:** Fler unga söker stöd.[^1]

**Syfte:** Att unga ska få stöd tidigt.

**Utvärdering:** Samtalen har varit efterfrågade.

[^1]: Enligt elevhälsans statistik för 2022.
"""


@pytest.fixture
def agreement_with_notes(tmp_path: Path) -> Path:
    """pandoc's agreement with a footnote in the topic's text, and an endnote on a
    long-term goal written into the package."""
    source = docs.pandoc_docx(AGREEMENT, tmp_path / "fotnot.docx")
    return docs.with_endnote(source, tmp_path / "noter.docx", "Fler barn får stöd.",
                             "Enligt enkäten 2023.")


def test_footnotes_and_endnotes_land_on_their_nodes_and_are_listed(
        agreement_with_notes: Path, workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    report = dry_run(capsys, workspace_path, agreement_with_notes)["report"]
    assert isinstance(report, dict)
    assert report["unmapped"] == [
        {"where": "fotnot 1 i stycke 5, under Stöd › Stödgrupper",
         "text": "Fotnot 1: Se beslutet från nämnden.", "kept_on": "Stöd › Stödgrupper"},
        {"where": "slutnot 1 i stycke 9, under Stöd › Stödgrupper",
         "text": "Slutnot 1: Enligt enkäten 2023.",
         "kept_on": "Stöd › Stödgrupper › Fler barn får stöd."}]

    code, out, err = run_in(capsys, workspace_path, "import-word", str(agreement_with_notes))
    assert code == 0, err
    assert "Not mapped, kept as text (2):" in out
    texts = dict(rows(workspace_path, "SELECT title, text FROM node WHERE plan_id = ?",
                      int(out.splitlines()[-1])))
    assert texts["Stödgrupper"] == (
        "Grupperna startar i mars.\n\n"
        "Fotnot 1: Se [beslutet](https://www.example.se/beslut) från nämnden.")
    assert texts["Fler barn får stöd."] == "Slutnot 1: Enligt enkäten 2023."
    assert texts["Starta grupper."] == ""


def test_notes_resaved_by_libreoffice_still_land_and_are_listed(
        agreement_with_notes: Path, tmp_path: Path) -> None:
    """LibreOffice writes its own notes parts (and separators): the same two notes."""
    if docs.soffice() is None:
        pytest.skip("LibreOffice is not installed")
    resaved = docs.libreoffice_resave(agreement_with_notes, tmp_path)

    result = recognise(read_word(resaved))

    assert [(u.where, u.text, u.kept_on) for u in result.unmapped] == [
        ("fotnot 1 i stycke 5, under Stöd › Stödgrupper",
         "Fotnot 1: Se beslutet från nämnden.", "Stöd › Stödgrupper"),
        ("slutnot 1 i stycke 9, under Stöd › Stödgrupper", "Slutnot 1: Enligt enkäten 2023.",
         "Stöd › Stödgrupper › Fler barn får stöd.")]


def test_a_footnote_in_a_reports_field_lands_on_the_activity(
        tmp_path: Path, workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In a plan and report, a labelled field's footnote is the activity's text (the
    field keeps its own words)."""
    path = docs.pandoc_docx(REPORT, tmp_path / "rapport.docx")
    code, out, err = run_in(capsys, workspace_path, "import-word", str(path))
    assert code == 0, err
    [(background, text)] = rows(
        workspace_path, "SELECT background, text FROM node WHERE kind = 'topic'")
    assert background == "Fler unga söker stöd."
    assert text == "Fotnot 1: Enligt elevhälsans statistik för 2022."
    assert "fotnot 1 i stycke" in out and "→ kept on Tidiga insatser › Samtalsstöd" in out


def test_notes_outside_the_tree_go_to_the_preamble_and_are_listed() -> None:
    """A note on the title, in the signatures, or referred to by nothing (its reference
    deleted) has no node: it is kept in the preamble and listed."""
    def note(kind: str, number: int, text: str) -> Note:
        return Note(kind, number, (Run(text),))  # type: ignore[arg-type]

    on_title = note("footnote", 1, "Beslutad i nämnden.")
    orphan = note("endnote", 2, "Utan hänvisning.")
    word = WordDocument("notes.docx", (
        Paragraph(1, "Plan 2025", (Run("Plan 2025"),), style="title", notes=(on_title,)),
        Paragraph(2, "Stöd", (Run("Stöd"),), heading_level=1),
        Paragraph(3, "Stödgrupper", (Run("Stödgrupper"),), heading_level=2),
        Paragraph(4, "Långsiktiga mål", (Run("Långsiktiga mål"),), heading_level=3),
        Paragraph(5, "Fler får stöd.", (Run("Fler får stöd."),), list_level=0,
                  list_kind="bullet")), unreferenced_notes=(orphan,))

    result = recognise(word)

    assert result.document["plan"]["preamble"] == (
        "Fotnot 1: Beslutad i nämnden.\n\nSlutnot 2: Utan hänvisning.")
    assert [(u.where, u.kept_on) for u in result.unmapped] == [
        ("fotnot 1 i stycke 1", ""), ("slutnot 2", "")]
    single = as_single_topic(word)
    topic = single.document["plan"]["children"][0]["children"][0]
    assert topic["text"].endswith(
        "Fotnot 1: Beslutad i nämnden.\n\nSlutnot 2: Utan hänvisning.")
    assert [(u.where, u.kept_on) for u in single.unmapped] == [
        ("fotnot 1 i stycke 1", "(utan rubrik) › Plan 2025"),
        ("slutnot 2", "(utan rubrik) › Plan 2025")]


# ----------------------------------------------------------------------------- the reader


def _rewritten(source: Path, out: Path, part: str, data: bytes | None) -> Path:
    """*source* with *part* replaced by *data* (left out when None)."""
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if data is None:
        del parts[part]
    else:
        parts[part] = data
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out


def test_separator_notes_are_not_read_and_numbers_follow_the_references(
        agreement_with_notes: Path) -> None:
    word = read_word(agreement_with_notes)
    notes = [(p.index, n.kind, n.number, n.text) for p in word.paragraphs for n in p.notes]
    assert notes == [(5, "footnote", 1, "Se beslutet från nämnden."),
                     (9, "endnote", 1, "Enligt enkäten 2023.")]
    assert word.unreferenced_notes == ()
    [footnote] = word.paragraphs[4].notes
    assert footnote.runs[1].link == "https://www.example.se/beslut"  # its own links


def test_a_missing_notes_part_reads_as_no_notes(
        agreement_with_notes: Path, tmp_path: Path) -> None:
    path = _rewritten(agreement_with_notes, tmp_path / "utan.docx", "word/endnotes.xml", None)
    word = read_word(path)
    assert [n.kind for p in word.paragraphs for n in p.notes] == ["footnote"]


@pytest.mark.parametrize(("data", "error"), [
    (b"<w:endnotes xmlns:w='x'><w:endnote", DamagedWordError),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
     b"<w:endnotes xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
     b"<w:endnote w:id='1'><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:endnote></w:endnotes>",
     UnsafeWordError),
], ids=["malformed", "dtd"])
def test_a_bad_notes_part_is_our_error_and_nothing_is_written(
        agreement_with_notes: Path, tmp_path: Path, workspace_path: Path,
        capsys: pytest.CaptureFixture[str], data: bytes, error: type[Exception]) -> None:
    path = _rewritten(agreement_with_notes, tmp_path / "trasig.docx", "word/endnotes.xml",
                      data)
    with pytest.raises(error) as raised:
        read_word(path)
    assert "endnotes.xml" in str(raised.value)
    code, out, err = run_in(capsys, workspace_path, "import-word", str(path))
    assert (code, out, len(err.splitlines())) == (2, "", 1)
    assert not workspace_path.exists() or table_counts(workspace_path)["plan"] == 0


# ----------------------------------------------------------------------------- fuzzing


@pytest.fixture(scope="module")
def notes_document(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("notes-fuzz")
    source = docs.pandoc_docx(AGREEMENT, folder / "fotnot.docx")
    return docs.with_endnote(source, folder / "noter.docx", "Fler barn får stöd.",
                             "Enligt enkäten 2023.").read_bytes()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(part=st.sampled_from(["word/footnotes.xml", "word/endnotes.xml",
                             "word/_rels/footnotes.xml.rels", "word/document.xml"]),
       removals=st.lists(st.floats(0, 1, exclude_max=True), min_size=1, max_size=6),
       unwrap=st.booleans(), cut=st.none() | st.floats(0, 1, exclude_max=True))
def test_fuzz_the_notes_parts_give_a_plan_or_our_error(
        notes_document: bytes, tmp_path: Path, part: str, removals: list[float],
        unwrap: bool, cut: float | None) -> None:
    """Elements taken out of the notes parts (or their references), or a part cut
    short: reading and recognising raise nothing but our error, and whatever note is
    still read is kept and listed."""
    with zipfile.ZipFile(io.BytesIO(notes_document)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if cut is not None:
        parts[part] = parts[part][:int(cut * len(parts[part]))]
    else:
        root = etree.fromstring(parts[part])
        for where in removals:
            elements = [x for x in root.iter() if x.getparent() is not None]
            if not elements:
                break
            victim = elements[int(where * len(elements))]
            if unwrap:
                for child in list(victim):
                    victim.addprevious(child)
            victim.getparent().remove(victim)
        parts[part] = etree.tostring(root)
    path = tmp_path / f"fuzz{random.getrandbits(32)}.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    try:
        word = read_word(path)
        result = recognise(word)
    except UserError as error:
        assert str(error) and "\n" not in str(error)
        return
    finally:
        path.unlink()
    read = [n for p in word.paragraphs for n in p.notes] + list(word.unreferenced_notes)
    assert sorted(u.text for u in result.unmapped if u.text.startswith(("Fotnot", "Slutnot"))
                  ) == sorted(f"{NOTE_MARKS[n.kind]} {n.number}: {n.text}" for n in read)
