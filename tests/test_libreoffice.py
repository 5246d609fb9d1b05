"""LibreOffice's pass over a .docx: refreshed TOC, bookmark pages, tagged PDF, clean failures.

The document is built here with python-docx the way the exporter builds its own: a real
``TOC \\o "1-2" \\h`` field holding a stale entry, headings through the built-in styles, page
breaks, and node bookmarks (``n`` + 32 hex digits) around headings. The page numbers
LibreOffice reports are checked against the page breaks *and* against the PDF's own text.
"""

from __future__ import annotations

import ast
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from insatsplan.errors import UserError
from insatsplan.word import libreoffice

needs_libreoffice = pytest.mark.skipif(
    not libreoffice.available(), reason="needs LibreOffice and python3-uno"
)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)"
)

TITLE = "Överenskommelse om psykisk hälsa 2025"
STALE = "Gammal rubrik som inte finns"


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    page: int  # where the page breaks put it
    bookmark: str | None


HEADINGS = [
    Heading(1, "Första fokusområdet", 2, "n" + "0123456789abcdef" * 2),
    Heading(2, "Barn och unga", 2, "n" + "1" * 32),  # same page as the one before
    Heading(2, "Äldre personer", 3, "n" + "2" * 32),
    Heading(3, "Kortsiktiga mål och aktiviteter 2025", 3, "n" + "3" * 32),  # not in the TOC
    Heading(1, "Andra fokusområdet", 4, None),
    Heading(2, "Suicidprevention", 5, "n" + "abcdef0123456789" * 2),
]


def _fld_char(kind: str) -> OxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _add_toc(paragraph: Paragraph) -> None:
    """A complex TOC field whose result is a stale entry, as an old export would have it."""
    p = paragraph._p
    p.append(_fld_char("begin"))
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-2" \\h '
    run.append(instr)
    p.append(run)
    p.append(_fld_char("separate"))
    paragraph.add_run(f"{STALE}\t99")
    p.append(_fld_char("end"))


WORD_TOC = """
<w:sdt {ns}>
  <w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>
  </w:docPartObj></w:sdtPr>
  <w:sdtContent>
    <w:p><w:r><w:t>Innehåll</w:t></w:r></w:p>
    {entries}
    <w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
  </w:sdtContent>
</w:sdt>
"""
WORD_TOC_ENTRY = """
<w:p>
  <w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot"
    w:pos="9000"/></w:tabs></w:pPr>
  {begin}
  <w:hyperlink w:anchor="{anchor}" w:history="1">
    <w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r>
    <w:r><w:fldChar w:fldCharType="begin"/></w:r>
    <w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>
    <w:r><w:fldChar w:fldCharType="separate"/></w:r>
    <w:r><w:t>99</w:t></w:r>
    <w:r><w:fldChar w:fldCharType="end"/></w:r>
  </w:hyperlink>
</w:p>
"""
WORD_TOC_BEGIN = """
  <w:r><w:fldChar w:fldCharType="begin"/></w:r>
  <w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h </w:instrText></w:r>
  <w:r><w:fldChar w:fldCharType="separate"/></w:r>
"""


def _add_word_toc(document: DocumentObject, entries: list[tuple[int, str, str]]) -> None:
    """The TOC as Word itself saves it (and the exporter writes it): a "Table of Contents"
    content control, one paragraph per entry with a hyperlink and a PAGEREF field, and
    the TOC field spread over all of them. Every entry holds a stale page number, 99.
    """
    paragraphs = "".join(
        WORD_TOC_ENTRY.format(level=level, text=text, anchor=anchor,
                              begin=WORD_TOC_BEGIN if n == 0 else "")
        for n, (level, text, anchor) in enumerate(entries)
    )
    sdt = parse_xml(WORD_TOC.format(ns=nsdecls("w"), entries=paragraphs))
    document.element.body.insert(len(document.element.body) - 1, sdt)  # before sectPr


def _add_bookmark(paragraph: Paragraph, name: str, ident: int) -> None:
    """python-docx has no bookmark API: wrap the paragraph's runs in start and end marks."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    p = paragraph._p
    p.insert(0 if p.pPr is None else 1, start)
    p.append(end)


def build_docx(path: Path, toc_form: str = "field") -> Path:
    """Title and TOC on page 1, then the headings on the pages HEADINGS says.

    *toc_form* "field" is a bare TOC field in one paragraph holding one stale entry; "word"
    is the content control Word saves, with a stale entry for every heading.
    """
    document = Document()
    document.core_properties.title = TITLE
    document.add_paragraph(TITLE, style="Title")
    if toc_form == "field":
        document.add_paragraph("Innehåll")
        _add_toc(document.add_paragraph())
    else:
        _add_word_toc(document, [(h.level, STALE if n == 0 else h.text, h.bookmark or "x")
                                 for n, h in enumerate(HEADINGS) if h.level <= 2])
        document.add_paragraph()
    page = 1
    for ident, heading in enumerate(HEADINGS, start=1):
        if heading.page > page:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            page = heading.page
        paragraph = document.add_heading(heading.text, heading.level)
        if heading.bookmark:
            _add_bookmark(paragraph, heading.bookmark, ident)
        document.add_paragraph(f"Text om {heading.text.lower()}.")
    document.save(path)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[Path]:
    """Files that are neither the input nor the wanted output (temporary PDFs)."""
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def _processes_mentioning(text: str) -> list[str]:
    """Live processes whose command line contains *text* (our profile folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(
                errors="replace")
        except OSError:
            continue
        if text in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary-files folder of the test's own, to see the profile folder go away."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


# --- One real run, shared: LibreOffice starts once for the checks of its result --------


@dataclass(frozen=True)
class Run:
    docx: Path
    pdf: Path
    pages: dict[str, int]
    seconds: float
    docx_before: str


@pytest.fixture(scope="module", params=["field", "word"])
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Run:
    """One LibreOffice pass per TOC form, shared by the tests that check its result."""
    if not libreoffice.available():
        pytest.skip("needs LibreOffice and python3-uno")
    # Spaces and non-ASCII letters in the folder: paths become file URLs on the way.
    folder = tmp_path_factory.mktemp("lo") / "Överens kommelse"
    folder.mkdir()
    docx = build_docx(folder / "överenskommelse.docx", request.param)
    pdf = folder / "överenskommelse.pdf"
    pdf.write_bytes(b"an old export, to be replaced")
    before = _sha256(docx)
    started = time.monotonic()
    pages = libreoffice.refresh(docx, pdf_out=pdf)
    return Run(docx, pdf, pages, time.monotonic() - started, before)


@needs_libreoffice
def test_bookmark_pages_follow_the_page_breaks(run: Run) -> None:
    expected = {h.bookmark: h.page for h in HEADINGS if h.bookmark}
    assert run.pages == expected
    assert run.seconds < 30, f"one LibreOffice pass took {run.seconds:.1f} s"


@needs_libreoffice
def test_the_docx_is_left_alone_and_the_pdf_replaced_whole(run: Run) -> None:
    assert _sha256(run.docx) == run.docx_before
    data = run.pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert _leftovers(run.pdf.parent) == []


@needs_libreoffice
def test_the_pdf_is_tagged_with_outline_and_title(run: Run) -> None:
    data = run.pdf.read_bytes()
    assert b"/StructTreeRoot" in data
    assert b"/MarkInfo" in data
    assert b"/Outlines" in data  # ExportBookmarks: the headings as PDF bookmarks
    assert b"/DisplayDocTitle true" in data
    if shutil.which("pdfinfo"):
        output = subprocess.run(["pdfinfo", str(run.pdf)], capture_output=True, text=True,
                                check=True).stdout
        info = dict(line.split(":", 1) for line in output.splitlines() if ":" in line)
        assert info["Title"].strip() == TITLE
        assert info["Tagged"].strip() == "yes"
        assert info["Pages"].strip() == "5"


# "Första fokusområdet.............. 2" as pdftotext -layout shows a TOC line.
TOC_LINE = re.compile(r"^[ \t]*(\S.*?)\.{3,}[ \t]*(\d+)[ \t]*$", re.MULTILINE)


@needs_libreoffice
def test_an_untitled_document_gets_its_first_line_as_pdf_title(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph()
    document.add_paragraph("  Överenskommelse   utan titel ")
    document.save(tmp_path / "a.docx")
    pdf = tmp_path / ".a.pdf.1234.tmp"  # callers export to temporary names
    before = _sha256(tmp_path / "a.docx")
    assert libreoffice.refresh(tmp_path / "a.docx", pdf_out=pdf) == {}
    assert _sha256(tmp_path / "a.docx") == before
    if shutil.which("pdfinfo"):
        output = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                check=True).stdout
        info = dict(line.split(":", 1) for line in output.splitlines() if ":" in line)
        assert info["Title"].strip() == "Överenskommelse utan titel"
    else:
        assert b"/DisplayDocTitle true" in pdf.read_bytes()


def _pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


@needs_libreoffice
@needs_poppler
def test_the_pdf_shows_the_refreshed_table_of_contents(run: Run) -> None:
    toc = _pdf_pages(run.pdf)[0]
    assert STALE not in toc
    assert "99" not in toc
    entries = [m.groups() for m in TOC_LINE.finditer(toc)]
    assert entries == [(h.text, str(h.page)) for h in HEADINGS if h.level <= 2]


@needs_libreoffice
@needs_poppler
def test_bookmark_pages_agree_with_the_pdf(run: Run) -> None:
    pages = _pdf_pages(run.pdf)
    for heading in HEADINGS:
        if heading.bookmark:
            page_text = pages[run.pages[heading.bookmark] - 1]
            body = [line.strip() for line in page_text.splitlines()]
            assert heading.text in body, (heading, page_text)


# --- Failures: one clear line, no half-written PDF, nothing left running ----------------


@needs_libreoffice
def test_a_file_that_is_not_a_docx_is_refused_and_the_old_pdf_kept(tmp_path: Path) -> None:
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    pdf = tmp_path / "trasig.pdf"
    pdf.write_bytes(b"old")
    with pytest.raises(UserError) as caught:
        libreoffice.refresh(bad, pdf_out=pdf)
    assert "damaged" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert pdf.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


@needs_libreoffice
def test_a_damaged_document_inside_a_sound_zip_is_refused_by_libreoffice(
        tmp_path: Path, private_tmp: Path) -> None:
    good = build_docx(tmp_path / "hel.docx")
    bad = tmp_path / "trasig.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data[: len(data) // 2] if name == "word/document.xml"
                            else data)
    pdf = tmp_path / "trasig.pdf"
    with pytest.raises(UserError) as caught:
        libreoffice.refresh(bad, pdf_out=pdf)
    assert str(caught.value) == (
        f"LibreOffice cannot read {bad}: it is damaged, password-protected or not a Word "
        "document."
    )
    assert not pdf.exists()
    assert _leftovers(tmp_path) == []
    assert list(private_tmp.iterdir()) == []


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    if not libreoffice.available():
        pytest.skip("the missing-LibreOffice message comes first")
    with pytest.raises(UserError, match="does not exist"):
        libreoffice.refresh(tmp_path / "finns-inte.docx")


@needs_libreoffice
def test_an_unwritable_pdf_folder_is_refused_before_libreoffice_starts(tmp_path: Path) -> None:
    docx = build_docx(tmp_path / "a.docx")
    started = time.monotonic()
    with pytest.raises(UserError, match="Cannot write the PDF"):
        libreoffice.refresh(docx, pdf_out=tmp_path / "finns-inte" / "a.pdf")
    assert time.monotonic() - started < 1


@needs_libreoffice
def test_a_timeout_stops_everything_at_once(tmp_path: Path, private_tmp: Path) -> None:
    docx = build_docx(tmp_path / "a.docx")
    pdf = tmp_path / "a.pdf"
    with pytest.raises(UserError) as caught:
        libreoffice.refresh(docx, pdf_out=pdf, timeout=0.01)
    assert str(caught.value) == (
        "LibreOffice did not finish within 0.01 seconds and was stopped."
    )
    assert not pdf.exists()
    assert _leftovers(tmp_path) == []
    assert list(private_tmp.iterdir()) == []
    assert _processes_mentioning(str(private_tmp)) == []


# Run by LibreOffice's Python instead of the worker: the real worker, made to hang once the
# document is open, so the time limit strikes while soffice is surely running.
HANGING_WORKER = """
import os, sys, time
sys.path.insert(0, {folder!r})
import uno_worker

def hang(document):
    with open(os.environ["INSATSPLAN_TEST_MARKER"], "w") as marker:
        marker.write("loaded")
    time.sleep(300)

uno_worker.refresh_indexes = hang
sys.exit(uno_worker.main())
"""


@needs_libreoffice
def test_a_timeout_with_soffice_running_kills_it_and_removes_the_profile(
        tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docx = build_docx(tmp_path / "a.docx")
    pdf = tmp_path / "a.pdf"
    marker = tmp_path / "marker"
    wrapper = tmp_path / "hanging_worker.py"
    wrapper.write_text(HANGING_WORKER.format(folder=str(libreoffice.WORKER.parent)))
    monkeypatch.setattr(libreoffice, "WORKER", wrapper)
    monkeypatch.setenv("INSATSPLAN_TEST_MARKER", str(marker))
    with pytest.raises(UserError, match="within 8 seconds and was stopped"):
        libreoffice.refresh(docx, pdf_out=pdf, timeout=8)
    assert marker.read_text() == "loaded", "soffice never opened the document"
    assert _processes_mentioning(str(private_tmp)) == []
    assert list(private_tmp.iterdir()) == []
    assert not pdf.exists()
    assert _leftovers(tmp_path) == []


# --- Without LibreOffice ---------------------------------------------------------------


def test_without_soffice_on_path_it_says_what_to_install(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(libreoffice.SOFFICE_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert not libreoffice.available()
    reason = libreoffice.missing_reason()
    assert "libreoffice-writer" in reason
    assert "python3-uno" in reason
    docx = build_docx(tmp_path / "a.docx")
    with pytest.raises(UserError) as caught:
        libreoffice.refresh(docx, pdf_out=tmp_path / "a.pdf")
    assert str(caught.value) == reason
    assert not (tmp_path / "a.pdf").exists()


def test_soffice_without_a_uno_python_asks_for_the_bridge(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice = tmp_path / "soffice"
    soffice.write_text("#!/bin/sh\nexit 1\n")
    soffice.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(libreoffice, "_can_import_uno", lambda python: False)
    libreoffice._find.cache_clear()
    try:
        assert not libreoffice.available()
        assert libreoffice.missing_reason() == libreoffice.NO_UNO_LINUX
    finally:
        libreoffice._find.cache_clear()


def test_libreoffices_own_python_comes_before_the_system_one(tmp_path: Path) -> None:
    program = tmp_path / "LibreOffice" / "program"
    program.mkdir(parents=True)
    for name in ("soffice.exe", "python.exe"):
        (program / name).write_bytes(b"")
    candidates = libreoffice._python_candidates(program / "soffice.exe")
    assert candidates[0] == program / "python.exe"


def test_the_worker_imports_only_the_standard_library_and_uno() -> None:
    """LibreOffice's Python has neither insatsplan nor its dependencies installed."""
    tree = ast.parse(libreoffice.WORKER.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported - set(sys.stdlib_module_names) == {"uno", "com"}
