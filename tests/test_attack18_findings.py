"""Attacks on the Word import (issue 18) that broke it: each test failed before its fix.

Documents are built part by part with the reader tests' ``make_docx`` so each case
holds exactly the XML under attack.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli_helpers import run_in
from insatsplan.errors import UserError
from insatsplan.word_import.outline import typed_toc_title
from insatsplan.word_import.reader import read_word
from insatsplan.word_import.recognise import recognise
from test_word_import_reader import make_docx, p, style


@pytest.mark.parametrize("ppr", [
    '<w:numPr><w:ilvl w:val="1e999"/><w:numId w:val="1"/></w:numPr>',
    '<w:outlineLvl w:val="1e999"/>',
    '<w:ind w:left="1e999"/>',
    '<w:ind w:left="-1e999"/>',
])
def test_an_infinite_number_in_a_property_is_ignored_not_a_traceback(
        tmp_path: Path, ppr: str) -> None:
    """"1e999" parses as a float (infinity) that int() cannot take: OverflowError
    escaped the reader as a traceback."""
    document = read_word(make_docx(tmp_path / "inf.docx", p("- Ett stycke", ppr=ppr)))
    [paragraph] = document.paragraphs
    assert paragraph.text.endswith("Ett stycke")


def test_a_symbol_beyond_any_integer_is_left_out(tmp_path: Path) -> None:
    """``w:sym w:char`` past a C integer raised OverflowError, not our error."""
    body = ('<w:p><w:r><w:t>Text</w:t><w:sym w:char="FFFFFFFFFFFFFFFFFFFFFFFF"/>'
            '<w:sym w:char="D800"/><w:sym w:char="0"/></w:r></w:p>')
    document = read_word(make_docx(tmp_path / "sym.docx", body))
    assert [paragraph.text for paragraph in document.paragraphs] == ["Text"]


def _nested_boxes(depth: int) -> str:
    inner = p("innerst")
    for level in range(depth):
        inner = (f"<w:p><w:r><w:t>ruta {level}</w:t><w:pict><w:txbxContent>{inner}"
                 "</w:txbxContent></w:pict></w:r></w:p>")
    return inner


def test_nested_text_boxes_are_read_once_each(tmp_path: Path) -> None:
    """A text box in a text box was read once for every box around it: its text
    doubled with each level (duplicated content in the import)."""
    document = read_word(make_docx(tmp_path / "boxes.docx", _nested_boxes(3)))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert sorted(texts) == sorted(["ruta 0", "ruta 1", "ruta 2", "innerst"])


def test_deeply_nested_text_boxes_take_linear_time(tmp_path: Path) -> None:
    """Twenty nested boxes (a few kB) made a million paragraphs and ran for a minute."""
    path = make_docx(tmp_path / "deep.docx", _nested_boxes(20))
    start = time.perf_counter()
    document = read_word(path)
    assert time.perf_counter() - start < 2
    assert len(document.paragraphs) == 21


# ---------------------------------------------------------------- typed contents lines

#: The expression the contents-line reader replaced, kept as the reference for its
#: meaning on short lines (where its cubic backtracking does not matter).
_OLD_TOC_LINE = re.compile(
    r"^\s*(?P<title>\S.*?)(?:\t+|\s*[.…·_]{3,}\s*|\s{3,}|\s*\t)\s*(?P<page>\d{1,4})\s*$")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab .…_\t\n159", max_size=14))
def test_typed_contents_lines_read_as_before(text: str) -> None:
    """Same title as the old expression, except a "title" of leader dots only."""
    match = _OLD_TOC_LINE.match(text)
    old = match["title"].strip() if match else None
    if old is not None and set(old) <= set(".…·_"):
        return
    assert typed_toc_title(text) == old


@pytest.mark.parametrize("filler", [" ", "_", ". "])
def test_a_long_run_of_spaces_or_underscores_does_not_stall_recognition(
        tmp_path: Path, filler: str) -> None:
    """A paragraph of 1,000 spaces took five seconds in the typed-contents check (the
    regular expression backtracked cubically), 5,000 about ten minutes."""
    body = (p("Fokusområde 1. Psykisk hälsa") + p("Bakgrund: text")
            + p("Namn" + filler * 5000 + "x") * 3)
    path = make_docx(tmp_path / "spaces.docx", body)
    start = time.perf_counter()
    try:
        recognise(read_word(path))
    except UserError:
        pass  # no structure is an answer too; the point is that it comes at once
    assert time.perf_counter() - start < 2


# ---------------------------------------------------------------- the CLI's report


def test_the_report_reads_the_catalogue_once_however_long_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line of the report parsed the whole .ts catalogue again (about 20 ms): a
    document of 1,000 topics took 20 s to preview, 10,000 topics four minutes."""
    from insatsplan import translations

    calls = 0
    real = translations.cli_translator

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(translations, "cli_translator", counting)
    styles = style("H1", "heading 1") + style("H2", "heading 2")
    body = p("Insatser 2025", ppr='<w:pStyle w:val="H1"/>') + "".join(
        p(f"Fokusområde {k}", ppr='<w:pStyle w:val="H1"/>')
        + p(f"Ämne {k}", ppr='<w:pStyle w:val="H2"/>') + p(f"Text om ämne {k}.")
        for k in range(60))
    document = make_docx(tmp_path / "many.docx", body, styles=styles)
    code, out, err = run_in(capsys, tmp_path / "w.insatsplan", "import-word",
                            str(document))
    assert code == 0, err
    assert "Ämne 59" in out
    assert calls <= 2  # the report's catalogue, and at most one for an error's words
