"""Templates for the Word export: the shipped default, a city template made the way Swedish
Word makes one, and files that are no template at all."""

from __future__ import annotations

import importlib.util
import io
import re
import subprocess
import uuid
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Emu, Twips

from insatsplan.errors import UserError
from insatsplan.word import agreement, writer
from insatsplan.word.agreement import export_agreement
from insatsplan.word.template import DOCUMENT_CT, TEMPLATE_CT, default_template
from word_helpers import REAL_LIBREOFFICE, needs_libreoffice, png, swedish_style_ids

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROOT = Path(__file__).resolve().parent.parent
ALT_TEXT = "Exempelstads logotyp"
ADDRESS = "Exempelstad, Stadshuset, 123 45 Exempelstad"



#: The real LibreOffice lookup, for the tests that want LibreOffice's own layout.


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


def _plan() -> dict[str, Any]:
    def node(kind: str, title: str, children: list[Any] | None = None, **extra: Any) -> Any:
        return {"uuid": str(uuid.uuid4()), "kind": kind, "title": title,
                "children": children or [], **extra}

    goals = [node("goal", "Mål med [länk](https://exempel.se)", [
        node("goal", "Delmål", horizon="short")], horizon="short"),
        node("indicator", "Antal deltagare", horizon="short")]
    return {"format": "insatsplan/1", "series": [], "plan": {
        "uuid": str(uuid.uuid4()), "title": "Plan 2025", "subtitle": "Överenskommelse",
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "status": "draft",
        "preamble": "Syfte.", "basis": ["Grund"], "coordinator": "Lena",
        "reporting_deadline": None, "signed_on": None, "fingerprint": None,
        "origin_plan_uuid": None, "parties": [],
        "signatories": [{"name": "Karin", "title": "Direktör", "organisation_code": "AMF",
                         "organisation_name": "Arbetsmarknadsförvaltningen"}],
        "children": [node("focus_area", "Område", [node("topic", "Ämne", goals)])]}}


def _as_template(data: bytes, content_type: str = TEMPLATE_CT) -> bytes:
    """The package with its main part's content type changed, as Word saves a .dotx."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = source.read(info)
            if info.filename == "[Content_Types].xml":
                member = member.replace(DOCUMENT_CT.encode(), content_type.encode())
            target.writestr(info, member)
    return out.getvalue()


def swedish_template(folder: Path) -> Path:
    """A .dotx as Swedish Word writes it: localised style ids, en-US language pinned in
    the styles, a logo with alternative text in the header, an address in the footer,
    and its own margins."""
    document = docx.Document()
    swedish_style_ids(document)
    section = document.sections[0]
    section.left_margin = Twips(2000)
    section.right_margin = Twips(1200)
    header = section.header
    header.is_linked_to_previous = False
    logo = folder / "logo.png"
    logo.write_bytes(png())
    header.paragraphs[0].add_run().add_picture(str(logo), width=Emu(360000))
    for doc_pr in header._element.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
        doc_pr.set("descr", ALT_TEXT)
    for p in header._element.iter(f"{W}pStyle"):
        p.set(f"{W}val", "Sidhuvud")
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0].add_run(ADDRESS)
    for p in section.footer._element.iter(f"{W}pStyle"):
        p.set(f"{W}val", "Sidfot")
    document.add_paragraph("Mallens exempeltext som inte ska följa med.")
    buffer = io.BytesIO()
    document.save(buffer)
    path = folder / "stadens-mall.dotx"
    path.write_bytes(_as_template(buffer.getvalue()))
    return path


def _names(document: Any) -> list[str]:
    return [s.find(f"{W}name").get(f"{W}val") for s in document.styles.element.iter(f"{W}style")]


def test_swedish_word_template_is_honoured(tmp_path: Path) -> None:
    template = swedish_template(tmp_path)
    out = export_agreement(_plan(), tmp_path / "plan.docx", template=template)

    with zipfile.ZipFile(out) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert DOCUMENT_CT in types and TEMPLATE_CT not in types

    document = docx.Document(str(out))
    names = _names(document)
    for name in ("heading 1", "heading 2", "heading 3", "List Paragraph", "header", "footer",
                 "Title", "toc 1", "toc 2", "Hyperlink"):
        assert names.count(name) == 1, name
    used = [p.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
            for p in document.element.body.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle") is not None]
    assert {"Rubrik", "Rubrik1", "Rubrik2", "Rubrik3", "Liststycke"} <= set(used)
    assert not {"Heading1", "Heading2", "ListParagraph"} & set(used)
    assert "Mallens exempeltext" not in "\n".join(p.text for p in document.paragraphs)
    assert {lang.get(f"{W}val") for lang in document.styles.element.iter(f"{W}lang")} == {"sv-SE"}

    section = document.sections[0]
    assert section.left_margin == Twips(2000) and section.right_margin == Twips(1200)
    header = section.header
    blips = list(header._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"))
    assert len(blips) == 1
    image_part = header.part.related_parts[blips[0].get(qn("r:embed"))]
    assert image_part.blob == png()
    descr = [d.get("descr") for d in header._element.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert descr == [ALT_TEXT]
    header_texts = [p.text for p in header.paragraphs]
    assert header_texts[-1] == "Plan\t2025"
    assert [p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in header._element.iter(f"{W}p")
            ][-1] == "Sidhuvud"
    footer_texts = [p.text for p in section.footer.paragraphs]
    assert footer_texts[0] == ADDRESS and footer_texts[-1] == "Sida 1 av 1"


def test_a_bare_template_gets_the_missing_styles_once(tmp_path: Path) -> None:
    """python-docx's default has no TOC or Hyperlink styles: created, once, by name."""
    bare = tmp_path / "bare.docx"
    docx.Document().save(str(bare))
    for n in range(2):  # the second export reuses the cached template bytes
        out = export_agreement(_plan(), tmp_path / f"plan{n}.docx", template=bare)
        names = _names(docx.Document(str(out)))
        for name in ("toc 1", "toc 2", "TOC Heading", "Hyperlink", "heading 1"):
            assert names.count(name) == 1


def test_default_template_is_reproducible_and_a_dotx() -> None:
    spec = importlib.util.spec_from_file_location("make_word_template",
                                                  ROOT / "tools" / "make_word_template.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = default_template().read_bytes()
    assert module.build() == shipped
    with zipfile.ZipFile(io.BytesIO(shipped)) as archive:
        assert TEMPLATE_CT in archive.read("[Content_Types].xml").decode()
    # The default look: A4 and Swedish.
    document = agreement.open_template(None)
    section = document.sections[0]
    assert (section.page_width, section.page_height) == (Twips(11906), Twips(16838))


def _valid_docx() -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(("content", "expected"), [
    (b"Hej, det h\xc3\xa4r \xc3\xa4r text.", "is not a Word file"),
    (b"", "is not a Word file"),
    (_valid_docx()[:3000], "is damaged"),
    (_zip({"a.txt": b"x"}), "is not a Word file"),
    (_zip({"[Content_Types].xml": b"<Types"}), "is damaged"),
    (OLE + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64, "password-protected"),
    (OLE + b"WordDocument", "old Word 97"),
    (_as_template(_valid_docx(), "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
     "contains macros"),
], ids=["text", "empty", "truncated-zip", "other-zip", "broken-xml", "encrypted", "doc",
        "macros"])
def test_bad_templates_give_one_line_and_no_file(tmp_path: Path, content: bytes,
                                                 expected: str) -> None:
    template = tmp_path / "mall.dotx"
    template.write_bytes(content)
    out = tmp_path / "plan.docx"
    with pytest.raises(UserError) as caught:
        export_agreement(_plan(), out, template=template)
    message = caught.value.text()
    assert expected in message and str(template) in message and "\n" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mall.dotx"]


def test_missing_template_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="could not be read"):
        export_agreement(_plan(), tmp_path / "plan.docx", template=tmp_path / "nej.dotx")


# --------------------------------------------------------------------------- page geometry


def wide_margin_template(folder: Path, *, gutter: int = 0) -> Path:
    """A .dotx with a 6 cm left margin (3402 twips) on A4: 7086 twips of text width."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)
    section.left_margin, section.right_margin = Twips(3402), Twips(1418)
    section.gutter = Twips(gutter)
    buffer = io.BytesIO()
    document.save(buffer)
    path = folder / "bred-marginal.dotx"
    path.write_bytes(_as_template(buffer.getvalue()))
    return path


def _tab_stops(p: Any) -> list[tuple[str, int]]:
    return [(t.get(f"{W}val"), int(t.get(f"{W}pos"))) for t in p.iterfind(f"{W}pPr/{W}tabs/{W}tab")]


def test_widths_follow_the_templates_margins(tmp_path: Path) -> None:
    """The header's year, the TOC's page numbers and the signature table stay inside a
    template's text width (7086 twips here), not A4 with 2.5 cm margins (9070)."""
    out = export_agreement(_plan(), tmp_path / "plan.docx",
                           template=wide_margin_template(tmp_path))
    document = docx.Document(str(out))
    header_line = document.sections[0].header._element.findall(f"{W}p")[-1]
    assert [stop for stop in _tab_stops(header_line) if stop[0] != "clear"] == [("right", 7086)]
    sdt = document.element.body.find(f"{W}sdt")
    entries = [p for p in sdt.iter(f"{W}p") if p.find(f".//{W}hyperlink") is not None]
    assert entries and all(_tab_stops(p) == [("right", 7086)] for p in entries)
    tbl = document.tables[0]._tbl
    assert tbl.find(f"{W}tblPr/{W}tblW").get(f"{W}w") == "7086"
    assert sum(int(c.get(f"{W}w")) for c in tbl.iter(f"{W}gridCol")) <= 7086
    assert all(int(c.get(f"{W}w")) <= 7086 // 2 for c in tbl.iter(f"{W}tcW"))


def test_a_header_tab_at_words_default_width_is_set_not_also_cleared(tmp_path: Path) -> None:
    """Swedish Word's A4 margins (1417) leave 9072 twips, where Word's Header style has its
    right tab: the header line sets that stop and must not clear it in the same list; an
    export made so is still known as one when it serves as the next template."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width = Twips(11906)
    section.left_margin = section.right_margin = Twips(1417)
    buffer = io.BytesIO()
    document.save(buffer)
    template = tmp_path / "a4.dotx"
    template.write_bytes(_as_template(buffer.getvalue()))
    first = export_agreement(_plan(), tmp_path / "2025.docx", template=template)
    header = docx.Document(str(first)).sections[0].header._element
    stops = _tab_stops(header.findall(f"{W}p")[-1])
    assert ("right", 9072) in stops and ("clear", 9072) not in stops
    assert len({pos for _, pos in stops}) == len(stops) == 6
    plan = _plan()
    plan["plan"].update(title="Plan 2026", year_from=2026, year_to=2026)
    second = export_agreement(plan, tmp_path / "2026.docx", template=first)
    assert [p.text for p in docx.Document(str(second)).sections[0].header.paragraphs] == [
        "Plan\t2026"]


def test_a_gutter_narrows_the_text_width(tmp_path: Path) -> None:
    out = export_agreement(_plan(), tmp_path / "plan.docx",
                           template=wide_margin_template(tmp_path, gutter=567))
    header_line = docx.Document(str(out)).sections[0].header._element.findall(f"{W}p")[-1]
    assert ("right", 7086 - 567) in _tab_stops(header_line)


@needs_libreoffice
def test_the_year_stays_in_the_header_of_a_wide_margin_pdf(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice drops text at a tab stop beyond the margin: the year vanished."""
    monkeypatch.setattr(writer, "libreoffice_driver", REAL_LIBREOFFICE)
    plan = _plan()
    plan["plan"]["title"] = "Överenskommelse om samverkan"
    export_agreement(plan, tmp_path / "plan.docx", pdf=tmp_path / "plan.pdf",
                     template=wide_margin_template(tmp_path))
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "plan.pdf"), "-"],
                           capture_output=True, check=True).stdout.decode().split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 3
    for page in pages:
        first = next(line for line in page.splitlines() if line.strip())
        assert re.fullmatch(r"\s*Överenskommelse om samverkan\s+2025\s*", first), first


# --------------------------------------------------------------------------- header, footer

_W_NS = W[1:-1]
_HEADER_CONTENT = {
    "fldSimple": f'<w:p xmlns:w="{_W_NS}"><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
                 '<w:fldSimple w:instr=" DOCPROPERTY  Company  \\* MERGEFORMAT ">'
                 '<w:r><w:t>Exempelstads stad</w:t></w:r></w:fldSimple></w:p>',
    "sdt": f'<w:p xmlns:w="{_W_NS}"><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:sdt><w:sdtPr>'
           '<w:alias w:val="Titel"/><w:id w:val="-1"/><w:text/></w:sdtPr><w:sdtContent>'
           '<w:r><w:t>Exempelstads stad</w:t></w:r></w:sdtContent></w:sdt></w:p>',
}
WEB_ADDRESS = "https://www.exempelstad.se/"


def header_content_template(folder: Path, kind: str) -> Path:
    """A template whose header is one paragraph holding no direct ``w:r``: a DOCPROPERTY
    field or Word's Title content control; its footer a lone web-address hyperlink."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    document = docx.Document()
    section = document.sections[0]
    header = section.header
    header.is_linked_to_previous = False
    container = header._element
    for child in list(container):
        container.remove(child)
    container.append(etree.fromstring(_HEADER_CONTENT[kind]))
    footer = section.footer
    footer.is_linked_to_previous = False
    rid = footer.part.relate_to(WEB_ADDRESS, RT.HYPERLINK, is_external=True)
    container = footer._element
    for child in list(container):
        container.remove(child)
    container.append(etree.fromstring(
        f'<w:p xmlns:w="{_W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships"><w:hyperlink r:id="{rid}"><w:r><w:t>www.exempelstad.se</w:t>'
        '</w:r></w:hyperlink></w:p>'))
    buffer = io.BytesIO()
    document.save(buffer)
    path = folder / f"mall-{kind}.dotx"
    path.write_bytes(_as_template(buffer.getvalue()))
    return path


@pytest.mark.parametrize("kind", sorted(_HEADER_CONTENT))
def test_header_fields_controls_and_footer_links_are_kept(tmp_path: Path, kind: str) -> None:
    out = export_agreement(_plan(), tmp_path / "plan.docx",
                           template=header_content_template(tmp_path, kind))
    section = docx.Document(str(out)).sections[0]
    header = section.header._element
    paragraphs = header.findall(f"{W}p")
    assert len(paragraphs) == 2
    kept, ours = paragraphs
    if kind == "fldSimple":
        field = kept.find(f"{W}fldSimple")
        assert field is not None and "DOCPROPERTY  Company" in field.get(f"{W}instr")
    else:
        assert kept.find(f"{W}sdt/{W}sdtPr/{W}alias").get(f"{W}val") == "Titel"
    assert "".join(t.text for t in kept.iter(f"{W}t")) == "Exempelstads stad"
    assert "".join(t.text for t in ours.iter(f"{W}t")) == "Plan2025"

    footer = section.footer
    links = list(footer._element.iter(f"{W}hyperlink"))
    assert len(links) == 1
    assert "".join(t.text for t in links[0].iter(f"{W}t")) == "www.exempelstad.se"
    rel = footer.part.rels[links[0].get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == WEB_ADDRESS
    assert [p.text for p in footer.paragraphs][-1] == "Sida 1 av 1"


def test_an_empty_header_paragraph_is_replaced_not_kept(tmp_path: Path) -> None:
    """A header part's lone empty paragraph gives way to ours: no blank line above it."""
    out = export_agreement(_plan(), tmp_path / "plan.docx", template=default_template())
    header = docx.Document(str(out)).sections[0].header._element
    assert [_plain_text(p) for p in header.findall(f"{W}p")] == ["Plan2025"]


def _plain_text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


# --------------------------------------------------------------------------- earlier export


def _nsids(document: Any) -> list[str]:
    numbering = document.part.numbering_part.element
    return [n.get(f"{W}val") for n in numbering.iter(f"{W}nsid")]


def _instructions(element: Any) -> list[str]:
    return ([i.text.split()[0] for i in element.iter(f"{W}instrText")]
            + [f.get(f"{W}instr").split()[0] for f in element.iter(f"{W}fldSimple")])


def test_last_years_export_as_template_gets_one_title_line_and_one_page_number(
        tmp_path: Path) -> None:
    """Last year's export used as this year's template: its header line is replaced by
    this year's, its "Sida X av Y" is not added again, its list definition keeps its own
    nsid beside ours."""
    last_year = export_agreement(_plan(), tmp_path / "2025.docx")
    plan = _plan()
    plan["plan"].update(title="Plan 2026", year_from=2026, year_to=2026)
    out = export_agreement(plan, tmp_path / "2026.docx", template=last_year)
    document = docx.Document(str(out))
    section = document.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["Plan\t2026"]
    assert [p.text for p in section.footer.paragraphs] == ["Sida 1 av 1"]
    assert _instructions(section.footer._element) == ["PAGE", "NUMPAGES"]
    nsids = _nsids(document)
    assert len(nsids) == 2 and len(set(nsids)) == 2

    again = export_agreement(plan, tmp_path / "2026-igen.docx", template=out)  # same year
    section = docx.Document(str(again)).sections[0]
    assert [p.text for p in section.header.paragraphs] == ["Plan\t2026"]
    assert _instructions(section.footer._element) == ["PAGE", "NUMPAGES"]
    assert len(set(_nsids(docx.Document(str(again))))) == 3


def own_numbers_template(folder: Path) -> Path:
    """A template whose header shows "1 (3)" with PAGE and NUMPAGES fields, and already
    holds the plan's own title line as text typed by hand."""
    from lxml import etree

    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    container = header._element
    for child in list(container):
        container.remove(child)
    container.append(etree.fromstring(
        f'<w:p xmlns:w="{_W_NS}"><w:r><w:t>Plan</w:t></w:r><w:r><w:tab/></w:r>'
        '<w:r><w:t>2025</w:t></w:r></w:p>'))
    container.append(etree.fromstring(
        f'<w:p xmlns:w="{_W_NS}"><w:pPr><w:jc w:val="right"/></w:pPr>'
        '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        '<w:r><w:t xml:space="preserve"> (</w:t></w:r><w:fldSimple w:instr=" NUMPAGES ">'
        '<w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t>)</w:t></w:r></w:p>'))
    buffer = io.BytesIO()
    document.save(buffer)
    path = folder / "egna-sidnummer.dotx"
    path.write_bytes(_as_template(buffer.getvalue()))
    return path


def test_a_template_with_its_own_page_numbers_gets_no_second_ones(tmp_path: Path) -> None:
    out = export_agreement(_plan(), tmp_path / "plan.docx",
                           template=own_numbers_template(tmp_path))
    section = docx.Document(str(out)).sections[0]
    assert [p.text for p in section.header.paragraphs] == ["Plan\t2025", " ()"]
    assert _plain_text(section.header._element.findall(f"{W}p")[1]) == "1 (1)"
    assert _instructions(section.header._element) == ["PAGE", "NUMPAGES"]
    assert _instructions(section.footer._element) == []
    assert "Sida" not in "".join(p.text for p in section.footer.paragraphs)


def test_bullet_numbering_never_reuses_an_nsid() -> None:
    from lxml import etree

    from insatsplan.word import docx_xml

    numbering = etree.fromstring(
        f'<w:numbering xmlns:w="{_W_NS}"><w:abstractNum w:abstractNumId="0">'
        '<w:nsid w:val="1A7C3E5F"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    assert docx_xml.add_bullet_numbering(numbering, nsid="1a7c3e5f") == 2
    assert docx_xml.add_bullet_numbering(numbering) == 3
    nsids = [n.get(f"{W}val") for n in numbering.iter(f"{W}nsid")]
    assert len(set(nsids)) == 3 and all(re.fullmatch(r"[0-9A-F]{8}", n) for n in nsids)


# --------------------------------------------------------------------------- settings order

_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def word_settings_template(folder: Path) -> Path:
    """A template whose settings end as Word 2013+ writes them: w14:docId,
    w15:chartTrackingRefBased and w15:docId after w:listSeparator."""
    from lxml import etree

    document = docx.Document()
    settings = document.settings.element
    for old in [c for c in settings if isinstance(c.tag, str) and not c.tag.startswith(W)
                and not c.tag.startswith(f"{{{_MATH}}}")]:
        settings.remove(old)
    for tag, attrs in ((f"{{{_W14}}}docId", {f"{{{_W14}}}val": "1A2B3C4D"}),
                       (f"{{{_W15}}}chartTrackingRefBased", {}),
                       (f"{{{_W15}}}docId",
                        {f"{{{_W15}}}val": "{11111111-2222-3333-4444-555555555555}"})):
        etree.SubElement(settings, tag, attrs)
    buffer = io.BytesIO()
    document.save(buffer)
    path = folder / "word-installningar.dotx"
    path.write_bytes(_as_template(buffer.getvalue()))
    return path


def test_settings_keep_word_extensions_last(tmp_path: Path) -> None:
    from insatsplan.word import docx_xml

    out = export_agreement(_plan(), tmp_path / "plan.docx",
                           template=word_settings_template(tmp_path))
    settings = docx.Document(str(out)).settings.element
    children = [c for c in settings if isinstance(c.tag, str)]
    names = [c.tag for c in children]
    extensions = [n for n in names if n.startswith((f"{{{_W14}}}", f"{{{_W15}}}"))]
    assert extensions == [f"{{{_W14}}}docId", f"{{{_W15}}}chartTrackingRefBased",
                          f"{{{_W15}}}docId"]
    assert names[-3:] == extensions  # after every schema element, listSeparator included
    ranks = [docx_xml._SETTINGS_RANK[n] for n in names if n in docx_xml._SETTINGS_RANK]
    assert ranks == sorted(ranks) and len(ranks) == len(names) - 3
    assert names.index(f"{{{_MATH}}}mathPr") < names.index(qn("w:themeFontLang"))
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";"),
                       ("w:themeFontLang", "sv-SE"), ("w:updateFields", "true")):
        assert [c.get(qn("w:val")) for c in settings.iterfind(qn(tag))] == [value]
