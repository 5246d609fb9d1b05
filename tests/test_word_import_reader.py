"""The Word import's reader: what a paragraph shows (heading and list levels in any
language's style ids, typed bullets, a printed table of contents, links, bookmarks,
tables, page breaks), our own export read back, and every kind of bad file refused with
our one-line error, also under fuzzing.

Documents are built here: small packages written part by part with zipfile (so each
case holds exactly the XML under test), python-docx documents, and our own exporter's
agreements.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from insatsplan.errors import UserError
from insatsplan.word.agreement import build_agreement
from insatsplan.word_import import errors as e
from insatsplan.word_import import package as package_module
from insatsplan.word_import.convert import convert_doc
from insatsplan.word_import.model import Paragraph, WordDocument
from insatsplan.word_import.reader import read_word
from word_helpers import demo_exchange_document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# ---------------------------------------------------------------- building packages


def _content_types(extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'
        f'<Override PartName="/word/numbering.xml" ContentType="{_WML}.numbering+xml"/>'
        f"{extra}</Types>")


_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RT}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>")


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}'
            "</w:body></w:document>")


def styles_xml(styles: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>')


def numbering_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:numbering xmlns:w="{W_NS}">{body}</w:numbering>')


def make_docx(path: Path, body: str = "", *, styles: str = "", numbering: str = "",
              links: dict[str, str] | None = None,
              parts: dict[str, bytes | str] | None = None,
              omit: tuple[str, ...] = ()) -> Path:
    """A minimal package: document.xml holding *body*, styles and numbering, the
    document's relationships (*links*: id → external hyperlink target) and *parts*
    (name → content) added or replacing the ones made here."""
    rels = [f'<Relationship Id="rStyles" Type="{_RT}/styles" Target="styles.xml"/>',
            f'<Relationship Id="rNumbering" Type="{_RT}/numbering" Target="numbering.xml"/>']
    rels += [f'<Relationship Id="{rid}" Type="{_RT}/hyperlink" Target="{target}" '
             'TargetMode="External"/>' for rid, target in (links or {}).items()]
    content: dict[str, bytes | str] = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": _PACKAGE_RELS,
        "word/document.xml": document_xml(body),
        "word/_rels/document.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels) + "</Relationships>",
        "word/styles.xml": styles_xml(styles),
        "word/numbering.xml": numbering_xml(numbering),
    }
    content.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in content.items():
            if name not in omit:
                archive.writestr(name, data)
    return path


def p(text: str = "", *, ppr: str = "", rpr: str = "") -> str:
    """One paragraph of one run."""
    run = f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">' \
          f"{text}</w:t></w:r>" if text else ""
    return f'<w:p>{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{run}</w:p>'


def style(style_id: str, name: str, inner: str = "", kind: str = "paragraph") -> str:
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f"{inner}</w:style>")


def paragraphs(path: Path) -> list[Paragraph]:
    return list(read_word(path).paragraphs)


def by_text(document: WordDocument) -> dict[str, Paragraph]:
    return {paragraph.text: paragraph for paragraph in document.paragraphs}


# ---------------------------------------------------------------- styles and levels


SWEDISH_STYLES = (
    style("Normal", "Normal").replace('w:type="paragraph"', 'w:type="paragraph" w:default="1"')
    + style("Rubrik", "Title", '<w:basedOn w:val="Normal"/>')
    + style("Underrubrik", "Subtitle", '<w:basedOn w:val="Normal"/>')
    + style("Rubrik1", "heading 1", '<w:basedOn w:val="Normal"/>'
            '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr>')
    + style("Rubrik2", "heading 2", '<w:basedOn w:val="Normal"/>')
    # A custom style built on heading 1 is a level-1 heading too (Word inherits it).
    + style("MinRubrik", "Min rubrik", '<w:basedOn w:val="Rubrik1"/>')
    + style("Rubrik3", "heading 3", '<w:basedOn w:val="Normal"/>')
    + style("Innehll1", "toc 1", '<w:basedOn w:val="Normal"/>')
)


def test_headings_come_from_built_in_names_whatever_the_style_ids(tmp_path: Path) -> None:
    """Swedish Word saves heading 1 as Rubrik1 and the title as Rubrik: the built-in
    names decide, so "Rubrik" is the title and not a heading."""
    body = (p("Överenskommelse 2024", ppr='<w:pStyle w:val="Rubrik"/>')
            + p("Mellan förvaltningarna", ppr='<w:pStyle w:val="Underrubrik"/>')
            + p("Fokusområde 1", ppr='<w:pStyle w:val="Rubrik1"/>')
            + p("Ämne", ppr='<w:pStyle w:val="Rubrik2"/>')
            + p("Kortsiktiga mål", ppr='<w:pStyle w:val="Rubrik3"/>')
            + p("Eget", ppr='<w:pStyle w:val="MinRubrik"/>')
            + p("Brödtext"))
    found = by_text(read_word(make_docx(tmp_path / "sv.docx", body, styles=SWEDISH_STYLES)))
    assert (found["Överenskommelse 2024"].style, found["Överenskommelse 2024"].heading_level
            ) == ("title", None)
    assert found["Mellan förvaltningarna"].style == "subtitle"
    assert found["Fokusområde 1"].style == "heading 1"
    assert [found[t].heading_level for t in ("Fokusområde 1", "Ämne", "Kortsiktiga mål",
                                             "Eget", "Brödtext")] == [1, 2, 3, 1, None]
    assert found["Fokusområde 1"].bold and found["Eget"].bold  # bold from the style chain
    assert found["Brödtext"].style == "normal" and not found["Brödtext"].bold


def test_outline_levels_through_the_style_chain_and_on_the_paragraph(tmp_path: Path) -> None:
    styles = (style("Sektion", "Sektion", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>')
              + style("Undersektion", "Undersektion", '<w:basedOn w:val="Sektion"/>')
              + style("Brod", "Brödtext", '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>')
              # A loop of basedOn references must end, not hang.
              + style("A", "A", '<w:basedOn w:val="B"/>')
              + style("B", "B", '<w:basedOn w:val="A"/><w:pPr><w:outlineLvl w:val="3"/>'
                      "</w:pPr>"))
    body = (p("sektion", ppr='<w:pStyle w:val="Sektion"/>')
            + p("under", ppr='<w:pStyle w:val="Undersektion"/>')
            + p("egen nivå", ppr='<w:outlineLvl w:val="2"/>')
            + p("brödtext", ppr='<w:pStyle w:val="Brod"/>')
            + p("loop", ppr='<w:pStyle w:val="A"/>')
            + p("okänd stil", ppr='<w:pStyle w:val="Saknas"/>'))
    found = by_text(read_word(make_docx(tmp_path / "o.docx", body, styles=styles)))
    assert [found[t].heading_level for t in
            ("sektion", "under", "egen nivå", "brödtext", "loop", "okänd stil")] == [
        2, 2, 3, None, 4, None]


NUMBERING = (
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2">'
    '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="3">'
    '<w:lvl w:ilvl="0"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>')


def numpr(num_id: int, level: int | None = None) -> str:
    ilvl = f'<w:ilvl w:val="{level}"/>' if level is not None else ""
    return f'<w:numPr>{ilvl}<w:numId w:val="{num_id}"/></w:numPr>'


def test_list_levels_and_kinds_from_numbering_on_paragraph_or_style(tmp_path: Path) -> None:
    styles = (style("Punktlista", "List Bullet", f"<w:pPr>{numpr(5)}</w:pPr>")
              + style("Punktlista2", "List Bullet 2",
                      f'<w:basedOn w:val="Punktlista"/><w:pPr>{numpr(5, 1)}</w:pPr>'))
    body = (p("topp", ppr=numpr(5, 0)) + p("nästlad", ppr=numpr(5, 1))
            + p("numrerad", ppr=numpr(6, 0))
            + p("från stil", ppr='<w:pStyle w:val="Punktlista"/>')
            + p("stil nivå 2", ppr='<w:pStyle w:val="Punktlista2"/>')
            # numId 0 switches off the style's list; a level without text shows nothing
            + p("avstängd", ppr=f'<w:pStyle w:val="Punktlista"/>{numpr(0)}')
            + p("utan tecken", ppr=numpr(7, 0))
            + p("vanlig"))
    found = by_text(read_word(make_docx(tmp_path / "l.docx", body, styles=styles,
                                        numbering=NUMBERING)))
    got = {t: (found[t].list_level, found[t].list_kind) for t in found}
    assert got == {"topp": (0, "bullet"), "nästlad": (1, "bullet"), "numrerad": (0, "number"),
                   "från stil": (0, "bullet"), "stil nivå 2": (1, "bullet"),
                   "avstängd": (None, None), "utan tecken": (None, None),
                   "vanlig": (None, None)}
    assert not any(paragraph.typed_bullet for paragraph in found.values())


def test_typed_bullets_are_stripped_and_nested_by_indent(tmp_path: Path) -> None:
    """A careless author's bullets: the character goes, the indent gives the level
    (the shallowest of a run of bullets is level 0)."""
    def ind(left: int) -> str:
        return f'<w:ind w:left="{left}"/>'

    body = (p("Denna överenskommelse har sin grund i:")
            + p("• Socialtjänstlagen", ppr=ind(360))
            + p("– Nationell strategi", ppr=ind(1080))
            + p("-\tLokala beslut", ppr=ind(360))
            + p("* Fjärde", ppr=ind(360))
            + p("·Femte", ppr=ind(1080))
            + p("-5 grader är ingen punkt")
            + '<w:p><w:r><w:t>•</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space='
              '"preserve">Egen körning</w:t></w:r></w:p>')
    found = paragraphs(make_docx(tmp_path / "t.docx", body))
    typed = [(x.text, x.list_level, x.list_kind, x.indent_twips) for x in found
             if x.typed_bullet]
    assert typed[:5] == [("Socialtjänstlagen", 0, "bullet", 360),
                     ("Nationell strategi", 1, "bullet", 1080),
                     ("Lokala beslut", 0, "bullet", 360), ("Fjärde", 0, "bullet", 360),
                     ("Femte", 1, "bullet", 1080)]
    assert found[6].text == "-5 grader är ingen punkt" and not found[6].typed_bullet
    assert found[7].typed_bullet and found[7].text == "Egen körning"
    assert found[7].runs[0].text == "Egen körning"


def _toc_entry(text: str, first: bool = False, last: bool = False) -> str:
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
             'xml:space="preserve"> TOC \\o "1-2" \\h </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if first else ""
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if last else ""
    return (f'<w:p>{begin}<w:hyperlink w:anchor="_Toc1"><w:r><w:t>{text}</w:t></w:r>'
            f'<w:r><w:tab/></w:r><w:r><w:t>3</w:t></w:r></w:hyperlink>{end}</w:p>')


def test_a_printed_table_of_contents_is_marked(tmp_path: Path) -> None:
    """A TOC field over several paragraphs, a contents content control and "toc N"
    styles are all in_toc; what follows the field's end is content again."""
    styles = style("Innehll1", "toc 1") + style("Rubrik1", "heading 1")
    body = (p("Före")
            + _toc_entry("Fokusområde 1", first=True) + _toc_entry("Ämne 1")
            + _toc_entry("Fokusområde 2", last=True)
            + '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
              "</w:docPartObj></w:sdtPr><w:sdtContent>" + p("Innehåll i kontroll")
            + "</w:sdtContent></w:sdt>"
            + p("Utskrivet 1\t4", ppr='<w:pStyle w:val="Innehll1"/>')
            + p("Fokusområde 1", ppr='<w:pStyle w:val="Rubrik1"/>'))
    found = paragraphs(make_docx(tmp_path / "toc.docx", body, styles=styles))
    assert [(x.text, x.in_toc) for x in found] == [
        ("Före", False), ("Fokusområde 1\t3", True), ("Ämne 1\t3", True),
        ("Fokusområde 2\t3", True), ("Innehåll i kontroll", True), ("Utskrivet 1\t4", True),
        ("Fokusområde 1", False)]
    assert all(run.link is None for x in found for run in x.runs)  # anchors stay text


def test_links_only_for_web_and_mail_targets(tmp_path: Path) -> None:
    links = {"rWeb": "https://www.folkhalsomyndigheten.se/", "rMail": "mailto:a@b.se",
             "rFile": "file:///C:/hemligt.docx", "rScript": "javascript:alert(1)"}
    body = ("<w:p><w:r><w:t xml:space=\"preserve\">Läs </w:t></w:r>"
            '<w:hyperlink r:id="rWeb"><w:r><w:rPr><w:b/></w:rPr><w:t>FHM</w:t></w:r>'
            '</w:hyperlink><w:r><w:t xml:space="preserve"> och </w:t></w:r>'
            '<w:hyperlink r:id="rMail"><w:r><w:t>mejla</w:t></w:r></w:hyperlink>'
            '<w:hyperlink r:id="rFile"><w:r><w:t> fil</w:t></w:r></w:hyperlink>'
            '<w:hyperlink r:id="rScript"><w:r><w:t> skript</w:t></w:r></w:hyperlink>'
            '<w:hyperlink w:anchor="Avsnitt"><w:r><w:t> ankare</w:t></w:r></w:hyperlink>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space='
            '"preserve"> HYPERLINK "https://www.1177.se" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 1177</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    (found,) = paragraphs(make_docx(tmp_path / "links.docx", body, links=links))
    assert found.text == "Läs FHM och mejla fil skript ankare 1177"
    assert [(run.text, run.link, run.bold) for run in found.runs] == [
        ("Läs ", None, False), ("FHM", "https://www.folkhalsomyndigheten.se/", True),
        (" och ", None, False), ("mejla", "mailto:a@b.se", False),
        (" fil skript ankare", None, False), (" 1177", "https://www.1177.se", False)]


def test_run_text_fields_revisions_bookmarks_and_formatting(tmp_path: Path) -> None:
    body = ('<w:p><w:bookmarkStart w:id="1" w:name="n0123456789abcdef0123456789abcdef"/>'
            '<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>Fet</w:t></w:r>'
            '<w:r><w:tab/><w:t>efter tab</w:t><w:br/><w:t>ny rad</w:t></w:r>'
            '<w:del w:id="2" w:author="x"><w:r><w:delText>borttaget</w:delText></w:r></w:del>'
            '<w:ins w:id="3" w:author="x"><w:r><w:t xml:space="preserve"> infogat</w:t></w:r>'
            "</w:ins>"
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t xml:space="preserve"> 7</w:t></w:r><w:r><w:fldChar '
            'w:fldCharType="end"/></w:r>'
            '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>/9</w:t></w:r></w:fldSimple>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>dold</w:t></w:r>'
            '<w:bookmarkEnd w:id="1"/></w:p>')
    (found,) = paragraphs(make_docx(tmp_path / "runs.docx", body))
    assert found.text == "Fet\tefter tab\nny rad infogat 7/9"
    assert found.runs[0].bold and found.runs[0].italic and found.runs[0].text == "Fet"
    assert found.bookmarks == ("n0123456789abcdef0123456789abcdef",)
    assert not found.bold  # only part of the text is bold


def test_hidden_runs_keep_the_field_state(tmp_path: Path) -> None:
    """An index entry field (XE) is hidden text: its code starts in a hidden run and
    ends in a visible one; the text after it is still read, the code is not."""
    body = ('<w:p><w:r><w:t xml:space="preserve">Före </w:t></w:r>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:instrText> XE "Index" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>efter</w:t></w:r></w:p>')
    (found,) = paragraphs(make_docx(tmp_path / "xe.docx", body))
    assert found.text == "Före efter"


def test_tables_in_reading_order_and_page_breaks(tmp_path: Path) -> None:
    def cell(text: str) -> str:
        return f"<w:tc><w:tcPr/>{p(text)}</w:tc>"

    body = (p("Före")
            + "<w:tbl><w:tblPr/><w:tblGrid/>"
            + f"<w:tr>{cell('A1')}{cell('B1')}</w:tr><w:tr>{cell('A2')}{cell('B2')}</w:tr>"
            + "</w:tbl>"
            + p("Egen brytning", ppr="<w:pageBreakBefore/>")
            + '<w:p><w:r><w:br w:type="page"/><w:t>Efter brytning</w:t></w:r></w:p>'
            + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + p("Efter tomt stycke")
            + p("Vanlig"))
    found = paragraphs(make_docx(tmp_path / "tbl.docx", body))
    assert [(x.text, x.in_table) for x in found[:5]] == [
        ("Före", False), ("A1", True), ("B1", True), ("A2", True), ("B2", True)]
    assert [x.index for x in found] == list(range(1, len(found) + 1))
    breaks = {x.text: x.page_break_before for x in found if x.text}
    assert breaks == {"Före": False, "A1": False, "B1": False, "A2": False, "B2": False,
                      "Egen brytning": True, "Efter brytning": True,
                      "Efter tomt stycke": True, "Vanlig": False}


def test_python_docx_document_with_its_own_styles(tmp_path: Path) -> None:
    """python-docx's default template (style ids Heading1, List Bullet numbering on
    the style) and its core properties."""
    document = docx.Document()
    document.core_properties.title = "Plan 2023"
    document.add_heading("Insatser 2023", level=0)
    document.add_heading("Fokusområde 1", level=1)
    document.add_paragraph("Punkt", style="List Bullet")
    document.add_paragraph("Punkt två", style="List Bullet 2")
    document.add_paragraph("Text")
    document.save(tmp_path / "pd.docx")
    word = read_word(tmp_path / "pd.docx")
    assert word.source == "pd.docx" and word.properties["title"] == "Plan 2023"
    assert [(x.text, x.style, x.heading_level, x.list_level) for x in word.paragraphs] == [
        ("Insatser 2023", "title", None, None), ("Fokusområde 1", "heading 1", 1, None),
        ("Punkt", "list bullet", None, 0), ("Punkt två", "list bullet 2", None, 1),
        ("Text", "normal", None, None)]


def test_text_boxes_once_and_strict_open_xml(tmp_path: Path) -> None:
    """A text box's paragraphs follow their paragraph once (Word writes the box twice,
    as a drawing and a VML fallback); a Strict Open XML document reads like any other."""
    box = (f"<w:txbxContent>{p('I rutan')}</w:txbxContent>")
    body = ('<w:p><w:r><w:t>Före rutan</w:t></w:r><w:r><mc:AlternateContent xmlns:mc='
            '"http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice '
            f'Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice><mc:Fallback>'
            f"<w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
            + p("Efter"))
    found = paragraphs(make_docx(tmp_path / "box.docx", body))
    assert [x.text for x in found] == ["Före rutan", "I rutan", "Efter"]
    strict = make_docx(tmp_path / "strict.docx", parts={"word/document.xml": document_xml(
        p("Fokusområde 1", ppr='<w:outlineLvl w:val="0"/>')).replace(
        W_NS, "http://purl.oclc.org/ooxml/wordprocessingml/main")})
    assert [(x.text, x.heading_level) for x in paragraphs(strict)] == [("Fokusområde 1", 1)]


PANDOC_MARKDOWN = """---
title: Insatser 2023
subtitle: Överenskommelse
---

# Fokusområde 1

Text med [länk](https://www.1177.se) och **fet**.

## Ämne

- topp
    - nästlad
- två

1. ett
"""


def _pandoc_docx(folder: Path) -> Path:
    import pypandoc

    out = folder / "pandoc.docx"
    pypandoc.convert_text(PANDOC_MARKDOWN, "docx", format="md", outputfile=str(out))
    return out


def _structure(path: Path) -> list[tuple[Any, ...]]:
    return [(x.text, x.style, x.heading_level, x.list_level, x.list_kind,
             tuple((run.text, run.bold, (run.link or "").rstrip("/")) for run in x.runs
                   if run.link or run.bold)) for x in paragraphs(path)]


PANDOC_STRUCTURE = [
    ("Insatser 2023", "title", None, None, None, ()),
    ("Överenskommelse", "subtitle", None, None, None, ()),
    ("Fokusområde 1", "heading 1", 1, None, None, ()),
    ("Text med länk och fet.", "first paragraph", None, None, None,
     (("länk", False, "https://www.1177.se"), ("fet", True, ""))),
    ("Ämne", "heading 2", 2, None, None, ()),
    ("topp", "compact", None, 0, "bullet", ()), ("nästlad", "compact", None, 1, "bullet", ()),
    ("två", "compact", None, 0, "bullet", ()), ("ett", "compact", None, 0, "number", ()),
]


def test_pandoc_document(tmp_path: Path) -> None:
    assert _structure(_pandoc_docx(tmp_path)) == PANDOC_STRUCTURE


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_pandoc_document_saved_again_by_libreoffice(tmp_path: Path) -> None:
    subprocess.run([str(shutil.which("soffice")),
                    f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo"),
                    str(_pandoc_docx(tmp_path))], check=True, capture_output=True, timeout=180)
    assert _structure(tmp_path / "lo" / "pandoc.docx") == PANDOC_STRUCTURE


# ---------------------------------------------------------------- our own export


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return demo_exchange_document(tmp_path_factory)


def _nodes(node: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for child in node.get("children") or []:
        found.append(child)
        found.extend(_nodes(child))
    return found


def test_our_export_reads_back(demo_plan: dict[str, Any], tmp_path: Path) -> None:
    """Our agreement: the plan's UUID in the custom properties, node bookmarks, the
    headings by level, the TOC marked, list items with levels."""
    path = tmp_path / "export.docx"
    build_agreement(demo_plan).save(path)
    word = read_word(path)
    plan = demo_plan["plan"]
    assert word.properties["InsatsplanPlanUuid"] == plan["uuid"]
    assert word.properties["InsatsplanDokumentId"].startswith("fp1:")
    focus = [child for child in plan["children"] if child["kind"] == "focus_area"]
    content = [x for x in word.paragraphs if not x.in_toc]
    h1 = [x for x in content if x.heading_level == 1]
    assert [x.text for x in h1][: len(focus)] == [
        x.text for x in h1 if x.bookmarks and x.bookmarks[0][0] == "n"]
    assert len([x for x in h1 if any(b.startswith("n") for b in x.bookmarks)]) == len(focus)
    bookmarks = {b[1:] for x in content for b in x.bookmarks if len(b) == 33}
    uuids = {node["uuid"].replace("-", "") for node in _nodes(plan)}
    assert bookmarks and bookmarks <= uuids
    toc = [x for x in word.paragraphs if x.in_toc]
    assert toc and all(x.heading_level is None for x in toc)
    assert {x.text.split("\t")[0] for x in toc if x.style.startswith("toc ")} >= {
        x.text for x in h1 if any(b.startswith("n") for b in x.bookmarks)}
    items = [x for x in content if x.list_level is not None]
    assert items and all(x.list_kind == "bullet" and not x.typed_bullet for x in items)
    assert any(run.link for x in content for run in x.runs) == (
        "](http" in str(demo_plan))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_our_export_saved_again_by_libreoffice_reads_the_same(
        demo_plan: dict[str, Any], tmp_path: Path) -> None:
    """A copy that came back through LibreOffice: the same paragraphs, structure,
    bookmarks and plan UUID as the export itself."""
    build_agreement(demo_plan).save(tmp_path / "export.docx")
    subprocess.run([str(shutil.which("soffice")),
                    f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo"),
                    str(tmp_path / "export.docx")], check=True, capture_output=True, timeout=180)
    ours, theirs = read_word(tmp_path / "export.docx"), read_word(tmp_path / "lo/export.docx")

    def seen(word: WordDocument) -> list[tuple[Any, ...]]:
        return [(x.text, x.style, x.heading_level, x.list_level, x.list_kind,
                 tuple(b for b in x.bookmarks if b.startswith("n")))
                for x in word.paragraphs if not x.in_toc]

    assert seen(theirs) == seen(ours)
    assert theirs.properties["InsatsplanPlanUuid"] == demo_plan["plan"]["uuid"]
    assert sum(x.in_toc for x in theirs.paragraphs) == sum(x.in_toc for x in ours.paragraphs)


# ---------------------------------------------------------------- bad input


def _agreement_bytes(tmp_path: Path) -> bytes:
    document = docx.Document()
    document.add_heading("Fokusområde 1", level=1)
    for n in range(30):
        document.add_paragraph(f"Mål nummer {n} med lite text", style="List Bullet")
    document.save(tmp_path / "base.docx")
    return (tmp_path / "base.docx").read_bytes()


def _raises(path: Path, kind: type[UserError], fragment: str) -> UserError:
    with pytest.raises(kind) as caught:
        read_word(path)
    message = str(caught.value)
    assert fragment in message and "\n" not in message and path.name in message
    return caught.value


def test_not_a_zip(tmp_path: Path) -> None:
    (tmp_path / "brev.docx").write_text("Hej, detta är ingen Word-fil.\n")
    _raises(tmp_path / "brev.docx", e.NotWordError, "is not a Word document")


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def test_old_binary_doc_says_what_to_do_with_and_without_libreoffice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan2019.doc"
    path.write_bytes(OLE + "WordDocument".encode("utf-16-le") + bytes(2000))
    monkeypatch.setattr("insatsplan.word_import.convert.soffice", lambda: None)
    error = _raises(path, e.OldWordFormatError, "save it as a Word document (.docx)")
    assert isinstance(error, e.OldWordFormatError) and not error.convertible
    monkeypatch.setattr("insatsplan.word_import.convert.soffice", lambda: Path("/x/soffice"))
    error = _raises(path, e.OldWordFormatError, "LibreOffice can convert it")
    assert isinstance(error, e.OldWordFormatError) and error.convertible


def test_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "skyddad.docx"
    path.write_bytes(OLE + "EncryptionInfo".encode("utf-16-le") + bytes(60)
                     + "EncryptedPackage".encode("utf-16-le") + bytes(3000))
    _raises(path, e.PasswordProtectedError, "password-protected")


def test_damaged_and_truncated_zips(tmp_path: Path) -> None:
    data = _agreement_bytes(tmp_path)
    (tmp_path / "halv.docx").write_bytes(data[: len(data) // 2])
    _raises(tmp_path / "halv.docx", e.DamagedWordError, "damaged or incomplete")
    # A flipped byte inside the compressed document.xml: a CRC or inflate error.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 40
    broken = bytearray(data)
    for offset in range(start, start + 16):
        broken[offset] ^= 0x5A
    (tmp_path / "bit.docx").write_bytes(bytes(broken))
    _raises(tmp_path / "bit.docx", e.DamagedWordError, "damaged")


def test_zip_without_word_document(tmp_path: Path) -> None:
    make_docx(tmp_path / "tom.docx", p("x"), omit=("word/document.xml",))
    _raises(tmp_path / "tom.docx", e.DamagedWordError, "word/document.xml is missing")
    with zipfile.ZipFile(tmp_path / "bilder.zip", "w") as archive:
        archive.writestr("a.txt", "hej")
    _raises(tmp_path / "bilder.zip", e.NotWordError, "is not a Word document")


def test_malformed_xml(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "trasig.docx",
                     parts={"word/document.xml": document_xml(p("x")).replace("</w:body>", "")})
    _raises(path, e.DamagedWordError, "word/document.xml is not well-formed XML")


def test_decompression_bomb_refused_from_the_zip_directory(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "bomb.docx", parts={
        "word/document.xml": document_xml(p("x") + " " * (12 * 1024 * 1024))})
    _raises(path, e.UnsafeWordError, "zip bomb")
    path = make_docx(tmp_path / "delar.docx", p("x"), parts={
        f"word/media/bild{n}.png": b"" for n in range(2001)})
    _raises(path, e.UnsafeWordError, "would unpack to more than")


def test_dtds_and_external_entities_refused(tmp_path: Path) -> None:
    secret = tmp_path / "hemligt.txt"
    secret.write_text("LÖSENORD")
    external = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
                f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
                "</w:body></w:document>")
    path = make_docx(tmp_path / "ext.docx", parts={"word/document.xml": external})
    error = _raises(path, e.UnsafeWordError, "document type declaration in word/document.xml")
    assert "LÖSENORD" not in str(error)
    laughs = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY {c} "{("&" + p_ + ";") * 10}">'
                        for c, p_ in zip("bcdefghij", "abcdefghi", strict=True))
              + f']><w:styles xmlns:w="{W_NS}"><w:x>&j;</w:x></w:styles>')
    path = make_docx(tmp_path / "laughs.docx", p("text"), parts={"word/styles.xml": laughs})
    _raises(path, e.UnsafeWordError, "document type declaration in word/styles.xml")


def test_file_over_50_mb(tmp_path: Path) -> None:
    path = tmp_path / "jätte.docx"
    with path.open("wb") as stream:
        stream.write(b"PK\x03\x04")
        stream.truncate(50 * 1024 * 1024 + 1)
    _raises(path, e.TooLargeWordError, "larger than 50 MB")


def test_empty_documents(tmp_path: Path) -> None:
    docx.Document().save(tmp_path / "tom.docx")
    _raises(tmp_path / "tom.docx", e.EmptyWordError, "the document is empty")
    path = make_docx(tmp_path / "blank.docx", p() + p("   ") + "<w:tbl><w:tr><w:tc>"
                     + p() + "</w:tc></w:tr></w:tbl>")
    _raises(path, e.EmptyWordError, "the document is empty")


def test_not_a_regular_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is a folder"):
        read_word(tmp_path)
    with pytest.raises(UserError, match="does not exist"):
        read_word(tmp_path / "saknas.docx")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "rör.docx")
        with pytest.raises(UserError, match="not a regular file"):
            read_word(tmp_path / "rör.docx")


def test_parts_are_parsed_as_xml_only_by_their_declared_type(tmp_path: Path) -> None:
    """The styles part declared as a picture is not parsed (its broken XML does not
    matter); the main document is read."""
    path = make_docx(tmp_path / "typ.docx", p("Text", ppr='<w:pStyle w:val="X"/>'), parts={
        "[Content_Types].xml": _content_types().replace(f"{_WML}.styles+xml", "image/png"),
        "word/styles.xml": "<not xml"})
    assert [x.text for x in paragraphs(path)] == ["Text"]


soffice = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(soffice is None, reason="LibreOffice is not installed")
def test_old_doc_converted_with_libreoffice(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Fokusområde 1", level=1)
    document.add_paragraph("Ett mål", style="List Bullet")
    document.save(tmp_path / "källa.docx")
    subprocess.run([str(soffice), f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--headless", "--convert-to", "doc", "--outdir", str(tmp_path / "doc"),
                    str(tmp_path / "källa.docx")], check=True, capture_output=True, timeout=180)
    old = tmp_path / "doc" / "källa.doc"
    error = _raises(old, e.OldWordFormatError, "LibreOffice can convert it")
    assert isinstance(error, e.OldWordFormatError) and error.convertible
    converted = convert_doc(old, tmp_path / "ut")
    assert converted == tmp_path / "ut" / "källa.docx"
    found = by_text(read_word(converted))
    assert found["Fokusområde 1"].heading_level == 1
    assert found["Ett mål"].list_level == 0 and found["Ett mål"].list_kind == "bullet"


def test_convert_doc_without_libreoffice_says_how(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.doc").write_bytes(OLE)
    monkeypatch.setattr("insatsplan.word_import.convert.soffice", lambda: None)
    with pytest.raises(e.OldWordFormatError, match=r"save it as a Word document \(\.docx\)"):
        convert_doc(tmp_path / "x.doc", tmp_path / "ut")


def test_convert_doc_fails_with_our_error(tmp_path: Path) -> None:
    (tmp_path / "x.doc").write_bytes(b"nonsense")
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("insatsplan.word_import.convert.soffice", lambda: fake)
        with pytest.raises(e.ConversionError, match=r"could not convert x\.doc"):
            convert_doc(tmp_path / "x.doc", tmp_path / "ut")
        sleeper = tmp_path / "slow"
        sleeper.write_text("#!/bin/sh\nsleep 30\n")
        sleeper.chmod(0o755)
        mp.setattr("insatsplan.word_import.convert.soffice", lambda: sleeper)
        with pytest.raises(e.ConversionError, match=r"within 0\.5 seconds"):
            convert_doc(tmp_path / "x.doc", tmp_path / "ut", timeout=0.5)
    assert not (tmp_path / "ut" / "x.docx").exists()


# ---------------------------------------------------------------- fuzzing

_FUZZ = settings(max_examples=60, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])


@pytest.fixture(scope="module")
def real_documents(tmp_path_factory: pytest.TempPathFactory,
                   demo_plan: dict[str, Any]) -> list[bytes]:
    folder = tmp_path_factory.mktemp("fuzz")
    build_agreement(demo_plan).save(folder / "agreement.docx")
    return [(folder / "agreement.docx").read_bytes(), _agreement_bytes(folder)]


def _only_our_error(data: bytes, folder: Path) -> None:
    path = folder / f"fuzz{random.getrandbits(32)}.docx"
    path.write_bytes(data)
    try:
        result = read_word(path)
    except UserError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert isinstance(result, WordDocument) and result.paragraphs
    finally:
        path.unlink()


@_FUZZ
@given(which=st.integers(0, 1), flips=st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1,
    max_size=8))
def test_fuzz_flipped_bytes(real_documents: list[bytes], tmp_path: Path, which: int,
                            flips: list[tuple[float, int]]) -> None:
    data = bytearray(real_documents[which])
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    _only_our_error(bytes(data), tmp_path)


def _rezip(data: bytes, change: Any) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info))
            if content is not None:
                target.writestr(info.filename, content)
    return out.getvalue()


@_FUZZ
@given(which=st.integers(0, 1), part=st.integers(0, 30),
       keep=st.floats(0, 1, exclude_max=True), drop=st.booleans())
def test_fuzz_truncated_or_missing_entries(real_documents: list[bytes], tmp_path: Path,
                                           which: int, part: int, keep: float,
                                           drop: bool) -> None:
    data = real_documents[which]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
    chosen = names[part % len(names)]

    def change(name: str, content: bytes) -> bytes | None:
        if name != chosen:
            return content
        return None if drop else content[: int(keep * len(content))]

    _only_our_error(_rezip(data, change), tmp_path)


@_FUZZ
@given(which=st.integers(0, 1), part=st.sampled_from(
    ["word/document.xml", "word/styles.xml", "word/numbering.xml", "docProps/core.xml",
     "docProps/custom.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
     "_rels/.rels"]),
       removals=st.lists(st.floats(0, 1, exclude_max=True), min_size=1, max_size=6),
       unwrap=st.booleans())
def test_fuzz_xml_elements_removed(real_documents: list[bytes], tmp_path: Path, which: int,
                                   part: str, removals: list[float], unwrap: bool) -> None:
    """Elements taken out of a part (or replaced by their children): the structure
    breaks in ways no producer writes, and the reader still says only our error."""
    def change(name: str, content: bytes) -> bytes:
        if name != part:
            return content
        root = etree.fromstring(content)
        for where in removals:
            elements = [x for x in root.iter() if x.getparent() is not None]
            if not elements:
                break
            victim = elements[int(where * len(elements))]
            parent = victim.getparent()
            if unwrap:
                for child in list(victim):
                    victim.addprevious(child)
            parent.remove(victim)
        return etree.tostring(root)

    _only_our_error(_rezip(real_documents[which], change), tmp_path)


def test_reader_is_fast_enough_for_a_real_size_agreement(tmp_path: Path) -> None:
    """A smoke check of the budget (the benchmark measures it): a real-size agreement
    (~40 pages, ~600 list items) reads in well under the import's 300 ms."""
    sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))
    import time

    from bench_word import synthetic_plan

    path = tmp_path / "stor.docx"
    build_agreement(synthetic_plan()).save(path)
    word = read_word(path)
    assert sum(1 for x in word.paragraphs if x.list_level is not None) >= 600
    best = min(_timed(path, time.perf_counter) for _ in range(3))
    assert best < 0.3


def _timed(path: Path, clock: Any) -> float:
    start = clock()
    read_word(path)
    return float(clock() - start)


def test_package_limit_is_50_mb() -> None:
    assert package_module.MAX_FILE_BYTES == 50 * 1024 * 1024
