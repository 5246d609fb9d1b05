"""A copy that came back from review: reviewers' comments and tracked changes nobody
accepted. Before, comments were dropped without a word and tracked changes were read as
accepted without saying so. Now each comment lands, marked "Kommentar N (author):",
after the text of the node it was made on, and the mapping report lists it with where
it stood; a document with tracked changes left in it is read as accepted, and the
preview says so. Read back through the CLI and a second connection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

import word_import_docs as docs
from cli_helpers import run_in
from compare_edits import edited_copy, walk
from insatsplan.compare import compare_plans
from insatsplan.word.agreement import build_agreement
from insatsplan.word.tracked_changes import build_tracked_agreement
from insatsplan.word_import.reader import read_word
from insatsplan.word_import.recognise import NOTE_TRACKED_CHANGES, recognise
from insatsplan.workspace import Workspace
from word_import_results import dry_run, rows

pytestmark = pytest.mark.usefixtures("english_cli")

AGREEMENT = """---
title: Överenskommelse 2024
---

Inledning om planen.

# Stöd

## Stödgrupper

Grupperna startar i mars.

### Kortsiktiga mål och aktiviteter 2024

- Starta grupper.

### Långsiktiga mål

- Fler barn får stöd.
"""


def commented(folder: Path) -> Path:
    """pandoc's agreement with two reviewers' comments added in python-docx (as Word
    writes them: a comments part, ranges and a reference in the body)."""
    source = docs.pandoc_docx(AGREEMENT, folder / "granskning.docx")
    document = docx.Document(str(source))
    paragraphs = {p.text: p for p in document.paragraphs}
    goal = paragraphs["Starta grupper."]
    document.add_comment(goal.runs, text="Räcker det med mars?", author="Anna Berg",
                         initials="AB")
    text = paragraphs["Grupperna startar i mars."]
    document.add_comment(text.runs, text="Källa saknas.", author="Per Ek", initials="PE")
    out = folder / "kommenterad.docx"
    document.save(str(out))
    return out


def test_comments_land_on_their_nodes_and_are_listed(
        tmp_path: Path, workspace_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = commented(tmp_path)
    report = dry_run(capsys, workspace_path, path)["report"]
    assert [(u["text"], u["kept_on"]) for u in report["unmapped"]] == [
        ("Kommentar 1 (Per Ek): Källa saknas.", "Stöd › Stödgrupper"),
        ("Kommentar 2 (Anna Berg): Räcker det med mars?",
         "Stöd › Stödgrupper › Starta grupper.")]
    assert all(u["where"].startswith("kommentar ") for u in report["unmapped"])

    code, out, err = run_in(capsys, workspace_path, "import-word", str(path))
    assert code == 0, err
    texts = dict(rows(workspace_path, "SELECT title, text FROM node WHERE plan_id = ?",
                      int(out.splitlines()[-1])))
    assert texts["Stödgrupper"] == ("Grupperna startar i mars.\n\n"
                                    "Kommentar 1 (Per Ek): Källa saknas.")
    assert texts["Starta grupper."] == "Kommentar 2 (Anna Berg): Räcker det med mars?"


def test_comments_survive_a_libreoffice_resave(tmp_path: Path) -> None:
    if docs.soffice() is None:
        pytest.skip("LibreOffice is not installed")
    resaved = docs.libreoffice_resave(commented(tmp_path), tmp_path)
    texts = [u.text for u in recognise(read_word(resaved)).unmapped]
    assert sorted(texts) == ["Kommentar 1 (Per Ek): Källa saknas.",
                             "Kommentar 2 (Anna Berg): Räcker det med mars?"]


def test_a_document_without_comments_or_revisions_says_nothing_of_them(
        tmp_path: Path) -> None:
    result = recognise(read_word(docs.pandoc_docx(AGREEMENT, tmp_path / "ren.docx")))
    assert result.unmapped == () and NOTE_TRACKED_CHANGES not in result.notes


def test_tracked_changes_left_in_are_read_as_accepted_and_said(
        demo_workspace_path: Path, tmp_path: Path) -> None:
    """Our own ``diff --out`` document (every edit of compare_edits a tracked change)
    imports as plan B, with B's node UUIDs, and the preview notes the revisions."""
    edited_copy(demo_workspace_path)
    with Workspace.open(demo_workspace_path) as ws:
        a, b = ws.exchange_document(1), ws.exchange_document(2)
    tracked = build_tracked_agreement(a, b, compare_plans(a["plan"], b["plan"]),
                                      author="Kim Samordnare",
                                      when=dt.datetime(2026, 12, 2, tzinfo=dt.UTC))
    path = tmp_path / "spårad.docx"
    tracked.save(str(path))
    plain_b = tmp_path / "b.docx"
    build_agreement(b).save(str(plain_b))

    word = read_word(path)
    result = recognise(word)

    assert word.tracked_changes > 0 and NOTE_TRACKED_CHANGES in result.notes
    from_b = recognise(read_word(plain_b))
    imported = [(n["kind"], n["title"], n["uuid"], n.get("text", ""))
                for n, _p in walk(result.document["plan"]["children"])]
    expected = [(n["kind"], n["title"], n["uuid"], n.get("text", ""))
                for n, _p in walk(from_b.document["plan"]["children"])]
    assert imported == expected
    assert [n[2] for n in imported] == [n["uuid"] for n, _p in walk(b["plan"]["children"])]
    # Deleted paragraphs and signature rows are gone, not left empty to shift the rest.
    for key in ("signatories", "preamble", "basis", "title", "subtitle"):
        assert result.document["plan"].get(key) == from_b.document["plan"].get(key), key
