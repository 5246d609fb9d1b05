"""Attacks on issue 17's agreement fixes and page numbers: what broke, read back as a user
would (python-docx, the PDF LibreOffice made, the notices an export gives)."""

from __future__ import annotations

import re
import subprocess
import time
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from insatsplan.cli import main
from insatsplan.errors import UserMessage
from insatsplan.text import Run
from insatsplan.word import libreoffice, writer
from insatsplan.word.agreement import export_agreement
from insatsplan.word.autolinks import autolinked
from test_word_agreement_fixes import (
    W,
    _system_has,
    needs_libreoffice,
    real_shaped_plan,
)

W_NS = W[1:-1]


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


# --------------------------------------------------------------------------- templates


def numbered_headings_template(folder: Path) -> Path:
    """A template whose heading 1 is numbered ("1. Fokusområde…", a common city
    template) and which has no TOC Heading style of its own."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, etree.fromstring(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr>'
        '</w:lvl></w:abstractNum>'))
    numbering.append(etree.fromstring(
        f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    heading = document.styles["Heading 1"].element.get_or_add_pPr()
    heading.insert(0, etree.fromstring(
        f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="90"/></w:numPr>'))
    styles = document.styles.element
    toc = next(s for s in styles.iter(f"{W}style")
               if s.find(f"{W}name").get(f"{W}val") == "TOC Heading")
    styles.remove(toc)
    path = folder / "numrerade-rubriker.docx"
    document.save(str(path))
    return path


def _toc_heading_style(document: object) -> tuple[etree._Element, dict[str, etree._Element]]:
    body = document.element.body  # type: ignore[attr-defined]
    heading = body.find(f"{W}sdt/{W}sdtContent/{W}p")
    style_id = heading.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
    by_id = {s.get(f"{W}styleId"): s
             for s in document.styles.element.iter(f"{W}style")}  # type: ignore[attr-defined]
    return by_id[style_id], by_id


def _inherited_num_id(style: etree._Element, by_id: dict[str, etree._Element]) -> str | None:
    """The numId a paragraph in *style* gets from the style chain (Word's inheritance)."""
    seen: set[int] = set()
    while style is not None and id(style) not in seen:
        seen.add(id(style))
        num = style.find(f"{W}pPr/{W}numPr/{W}numId")
        if num is not None:
            return num.get(f"{W}val")
        based = style.find(f"{W}basedOn")
        style = by_id.get(based.get(f"{W}val")) if based is not None else None
    return None


def test_contents_heading_is_not_numbered_with_a_numbered_heading_1(
        tmp_path: Path, no_libreoffice: None) -> None:
    """The TOC Heading made for a template is based on its heading 1 for the look, but
    must not take heading 1's numbering: "1. Innehåll" would shift every focus area's
    number by one."""
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                           template=numbered_headings_template(tmp_path))
    style, by_id = _toc_heading_style(docx.Document(str(out)))
    assert style.find(f"{W}basedOn") is not None  # still the heading look
    assert _inherited_num_id(style, by_id) in (None, "0")


@needs_libreoffice
def test_contents_heading_is_not_numbered_in_libreoffices_layout(tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                     template=numbered_headings_template(tmp_path), pdf=pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    assert "Innehåll" in lines
    assert "1. Förebyggande och främjande insatser" in lines
    assert not any(line.endswith("Innehåll") and line != "Innehåll" for line in lines)


# --------------------------------------------------------------------------- fonts


def _fonts_template(folder: Path, **by_style: str) -> Path:
    """python-docx's template with *by_style* (style name -> font) set as the only
    fonts of those styles (theme attributes removed, so the font applies)."""
    document = docx.Document()
    for name, font in by_style.items():
        rfonts = document.styles[name].element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in list(rfonts.attrib):
            del rfonts.attrib[attribute]
        rfonts.set(f"{W}ascii", font)
        rfonts.set(f"{W}hAnsi", font)
    path = folder / "typsnitt.docx"
    document.save(str(path))
    return path


@needs_libreoffice
@pytest.mark.skipif(not _system_has("DejaVu Sans Light"),
                    reason="DejaVu Sans Light (PostScript DejaVuSans-ExtraLight) is missing")
def test_a_font_whose_family_holds_a_style_word_is_not_reported_missing(
        tmp_path: Path) -> None:
    """"DejaVu Sans Light" is embedded as ``DejaVuSans-ExtraLight`` (Word's "Calibri
    Light" as ``Calibri-Light``): the font was there and used, so no notice and no
    request to Word to update fields."""
    template = _fonts_template(tmp_path, **{"Heading 1": "DejaVu Sans Light"})
    notices: list[UserMessage] = []
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx", template=template,
                           pdf=tmp_path / "plan.pdf", on_notice=notices.append)
    pdffonts = subprocess.run(["pdffonts", str(tmp_path / "plan.pdf")], capture_output=True,
                              text=True, check=True).stdout
    assert "DejaVuSans-ExtraLight" in pdffonts  # really laid out in it
    assert [str(n) for n in notices] == []
    assert docx.Document(str(out)).settings.element.find(f"{W}updateFields") is None


@needs_libreoffice
def test_a_symbol_font_in_the_header_is_not_reported_missing(tmp_path: Path) -> None:
    """A template's header with a Symbol character: LibreOffice sets Symbol in its own
    OpenSymbol by design, so the export must not claim a fallback (and make Word ask to
    update fields on every open)."""
    template_doc = docx.Document()
    header = template_doc.sections[0].header.paragraphs[0]
    header.add_run("Exempelstad ")
    header.add_run("·").font.name = "Symbol"
    template = tmp_path / "symbol.docx"
    template_doc.save(str(template))
    notices: list[UserMessage] = []
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx", template=template,
                           pdf=tmp_path / "plan.pdf", on_notice=notices.append)
    pdffonts = subprocess.run(["pdffonts", str(tmp_path / "plan.pdf")], capture_output=True,
                              text=True, check=True).stdout
    assert "OpenSymbol" in pdffonts
    assert [str(n) for n in notices] == []
    assert docx.Document(str(out)).settings.element.find(f"{W}updateFields") is None


# --------------------------------------------------------------------------- autolinks


def _pieces(text: str) -> list[tuple[str, str | None]]:
    return [(run.text, run.link) for run in autolinked([Run(text)])]


def test_an_address_followed_by_many_parentheses_is_linked_in_linear_time() -> None:
    """Trimming sentence punctuation off a bare address must not be quadratic: a pasted
    text ending in a long run of ")" or "." froze the export for seconds per field."""
    for tail in (")" * 100_000, "." * 100_000):
        started = time.perf_counter()
        pieces = _pieces("https://exempel.se/a" + tail)
        assert time.perf_counter() - started < 1.0
        assert pieces[0] == ("https://exempel.se/a", "https://exempel.se/a")
        assert "".join(text for text, _ in pieces) == "https://exempel.se/a" + tail


def test_an_ellipsis_or_backtick_after_an_address_is_not_part_of_the_link() -> None:
    assert _pieces("Se https://exempel.se/a…") == [
        ("Se ", None), ("https://exempel.se/a", "https://exempel.se/a"), ("…", None)]
    assert _pieces("`https://exempel.se/a`") == [
        ("`", None), ("https://exempel.se/a", "https://exempel.se/a"), ("`", None)]


# --------------------------------------------------------------------------- the header


def test_a_title_with_the_year_mid_title_and_at_its_end_keeps_its_last_words(
        tmp_path: Path, no_libreoffice: None) -> None:
    """The trailing year is dropped only to be printed beside the title; when the title
    holds the year mid-title too, no year is printed beside it, so dropping the last one
    left the header saying "… 2025 för barn, unga och vuxna" without its end."""
    plan = real_shaped_plan()
    plan["plan"]["title"] = "Insatser 2025 för barn, unga och vuxna 2025"
    out = export_agreement(plan, tmp_path / "plan.docx")
    line = docx.Document(str(out)).sections[0].header.paragraphs[-1].text
    assert line == "Insatser 2025 för barn, unga och vuxna 2025"


def test_the_templates_status_version_and_print_date_are_not_carried_over(
        tmp_path: Path, no_libreoffice: None) -> None:
    """Like app.xml and the thumbnail, the core properties that describe the template
    file (its status "Mall", its version, when it was last printed) are not the new
    agreement's: File → Info in Word showed them for the export."""
    import datetime as dt

    template_doc = docx.Document()
    core = template_doc.core_properties
    core.content_status = "Mall – ändras inte"
    core.version = "3.2"
    core.last_printed = dt.datetime(2019, 5, 1)
    template = tmp_path / "mall.docx"
    template_doc.save(str(template))
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx", template=template)
    core = docx.Document(str(out)).core_properties
    assert (core.content_status, core.version, core.last_printed) == ("", "", None)


class _OfficeWithTheFonts:
    """LibreOffice as on a host with the document's fonts (or their twins): every
    bookmark on page 3, Carlito and Caladea embedded."""

    def layout(self, docx_path: Path, *, pdf_out: Path | None = None,
               timeout: float = 180) -> libreoffice.Layout:
        with zipfile.ZipFile(docx_path) as archive:
            xml = archive.read("word/document.xml").decode()
        names = re.findall(r'w:bookmarkStart w:id="\d+" w:name="([^"]+)"', xml)
        return libreoffice.Layout({name: 3 for name in names},
                                  frozenset({"Carlito", "Carlito-Bold", "Caladea-Regular"}))


def test_last_years_export_as_template_does_not_make_word_ask_to_update(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export made without LibreOffice asks Word to update fields; used as next year's
    template, it passed that request on although LibreOffice now gave the page numbers
    with the document's fonts, and Word asked on every open."""
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)
    last_year = export_agreement(real_shaped_plan(), tmp_path / "2024.docx")
    assert docx.Document(str(last_year)).settings.element.find(f"{W}updateFields") is not None
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: _OfficeWithTheFonts())
    notices: list[UserMessage] = []
    out = export_agreement(real_shaped_plan(), tmp_path / "2025.docx", template=last_year,
                           on_notice=notices.append)
    assert notices == []
    assert docx.Document(str(out)).settings.element.find(f"{W}updateFields") is None


class _OfficeWithUrwFonts:
    """LibreOffice on a host with ghostscript's URW fonts and no Liberation fonts:
    fontconfig's metric aliases (30-metric-aliases.conf) lay Times New Roman out in Nimbus
    Roman and Arial in Nimbus Sans, both metric-compatible."""

    def layout(self, docx_path: Path, *, pdf_out: Path | None = None,
               timeout: float = 180) -> libreoffice.Layout:
        return libreoffice.Layout({}, frozenset({"NimbusRoman-Regular", "NimbusSans-Bold",
                                                 "Carlito"}))


def test_fontconfigs_other_metric_twins_are_not_reported_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = _fonts_template(tmp_path, Normal="Times New Roman", **{"Heading 1": "Arial"})
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: _OfficeWithUrwFonts())
    notices: list[UserMessage] = []
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx", template=template,
                           on_notice=notices.append)
    assert [str(n) for n in notices] == []
    assert docx.Document(str(out)).settings.element.find(f"{W}updateFields") is None


def looping_styles_template(folder: Path) -> Path:
    """A template whose heading 1 and TOC Heading are based on each other (a hand-edited
    or converted file; Word's dialog cannot make the loop, but it opens such files)."""
    document = docx.Document()
    by_id = {s.get(f"{W}styleId"): s for s in document.styles.element.iter(f"{W}style")}
    by_id["Heading1"].find(f"{W}basedOn").set(f"{W}val", "TOCHeading")
    assert by_id["TOCHeading"].find(f"{W}basedOn").get(f"{W}val") == "Heading1"
    path = folder / "slinga.docx"
    document.save(str(path))
    return path


def _based_on_loops(document: object) -> list[str]:
    styles = list(document.styles.element.iter(f"{W}style"))  # type: ignore[attr-defined]
    parent = {}
    for style in styles:
        based = style.find(f"{W}basedOn")
        if based is not None:
            parent[style.get(f"{W}styleId")] = based.get(f"{W}val")
    loops = []
    for start in parent:
        seen, current = set(), start
        while current in parent and current not in seen:
            seen.add(current)
            current = parent[current]
        if current == start:
            loops.append(start)
    return loops


def test_a_template_whose_styles_are_based_on_each_other_exports_without_the_loop(
        tmp_path: Path, no_libreoffice: None) -> None:
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                           template=looping_styles_template(tmp_path))
    assert _based_on_loops(docx.Document(str(out))) == []


@needs_libreoffice
def test_libreoffice_makes_the_pdf_from_a_template_with_looping_styles(
        tmp_path: Path) -> None:
    """LibreOffice's import crashed on the loop ("cannot read …: damaged"), so the PDF
    was never made."""
    pdf = tmp_path / "plan.pdf"
    export_agreement(real_shaped_plan(), tmp_path / "plan.docx",
                     template=looping_styles_template(tmp_path), pdf=pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Familjecentraler" in text


class _OfficeThatCannotLoad:
    """LibreOffice failing to load the document it was given (as its driver reports it)."""

    def layout(self, docx_path: Path, *, pdf_out: Path | None = None,
               timeout: float = 180) -> libreoffice.Layout:
        raise libreoffice._unreadable(Path(docx_path))


def test_a_failed_pdf_names_the_word_file_and_speaks_one_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The reason LibreOffice gave was put in as English text naming the hidden scratch
    copy (``.plan.docx.3f2a….docx``): a Swedish sentence with an English half about a
    file the person never saw."""
    workspace = str(tmp_path / "w.insatsplan")
    assert main(["--workspace", workspace, "demo"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: _OfficeThatCannotLoad())
    out = tmp_path / "plan.docx"
    code = main(["--workspace", workspace, "export-word", "1", "--out", str(out), "--pdf"])
    error = capsys.readouterr().err.strip()
    assert code == 2 and out.is_file()
    assert error.startswith("insatsplan: Word-filen") and error.count(str(out)) == 2, error
    assert "LibreOffice kan inte läsa" in error and "cannot read" not in error
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def renamed_font(folder: Path, family: str, postscript: str) -> Path:
    """A copy of DejaVu Sans named *family* (what Word and fontconfig show) with the
    PostScript name *postscript* (what a PDF's BaseFont says), like a corporate font
    "Frutiger 45" whose PostScript name is ``Frutiger-Roman``. The names are rewritten
    in place, so they must be as long as DejaVu's."""
    import struct

    data = bytearray(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").read_bytes())
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag] = offset
    table = tables[b"name"]
    records, strings = struct.unpack(">HH", data[table + 2:table + 6])
    new = {1: family, 4: family, 16: family, 6: postscript}
    for i in range(records):
        start = table + 6 + 12 * i
        platform, _, _, name_id, length, offset = struct.unpack(">HHHHHH",
                                                                data[start:start + 12])
        if name_id in new:
            raw = new[name_id].encode("utf-16-be" if platform in (0, 3) else "latin-1")
            assert len(raw) == length
            at = table + strings + offset
            data[at:at + length] = raw
    fonts_dir = folder / "fonts"
    fonts_dir.mkdir()
    path = fonts_dir / "Exempelstad.ttf"
    path.write_bytes(bytes(data))
    return fonts_dir


@needs_libreoffice
@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file(),
                    reason="DejaVu Sans is not where Debian puts it")
def test_a_font_whose_postscript_name_differs_from_its_family_is_not_reported_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The city's font is installed and used, but its PostScript name (the PDF's
    BaseFont) is not its family name with a style: the embedded font file's own family
    name says it was there."""
    fonts_dir = renamed_font(tmp_path, "Frutiger 45", "Frutiger-R")
    own = tmp_path / "fonts.conf"  # the person's own fontconfig file, with their fonts
    own.write_text('<?xml version="1.0"?><fontconfig>'
                   '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                   f"<dir>{fonts_dir}</dir></fontconfig>")
    monkeypatch.setenv("FONTCONFIG_FILE", str(own))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # no cache of tmp fonts
    template = _fonts_template(tmp_path, Normal="Frutiger 45")
    notices: list[UserMessage] = []
    out = export_agreement(real_shaped_plan(), tmp_path / "plan.docx", template=template,
                           pdf=tmp_path / "plan.pdf", on_notice=notices.append)
    pdffonts = subprocess.run(["pdffonts", str(tmp_path / "plan.pdf")], capture_output=True,
                              text=True, check=True).stdout
    assert "Frutiger-R" in pdffonts  # laid out in the city's font
    assert [str(n) for n in notices] == []
    assert docx.Document(str(out)).settings.element.find(f"{W}updateFields") is None


def test_a_closing_bracket_around_an_address_is_not_part_of_the_link() -> None:
    """A source in square brackets, as plan texts cite them: the "]" that closes the
    bracket is the sentence's, not the address's (a balanced one stays)."""
    assert _pieces("[Källa: https://exempel.se/x]") == [
        ("[Källa: ", None), ("https://exempel.se/x", "https://exempel.se/x"), ("]", None)]
    assert _pieces("https://exempel.se/w[1]") == [
        ("https://exempel.se/w[1]", "https://exempel.se/w[1]")]
