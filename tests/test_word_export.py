"""The agreement's Word export, read back with python-docx and two independent readers
(docx2python for text, mammoth for structure as HTML)."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import mammoth
import pytest
from docx.oxml.ns import qn
from docx2python import docx2python
from hypothesis import given
from hypothesis import strategies as st

from insatsplan.cli import main
from insatsplan.errors import UserError
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.text import clean, parse_inline
from insatsplan.word import agreement, libreoffice, toc, writer
from insatsplan.word.agreement import build_agreement, export_agreement, node_bookmark
from word_helpers import demo_exchange_document, libreoffice_usable

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo plan as the exchange dict, made once through the workspace API."""
    return demo_exchange_document(tmp_path_factory)


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


@pytest.fixture
def exported(demo_document: dict[str, Any], tmp_path: Path, no_libreoffice: None) -> Path:
    return export_agreement(demo_document, tmp_path / "plan.docx")


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _walk(nodes: list[dict[str, Any]], depth: int = 0) -> Iterator[tuple[dict[str, Any], int]]:
    for node in nodes:
        yield node, depth
        yield from _walk(node.get("children", []), depth + 1)


def _plain(markdown: str) -> str:
    return "".join(run.text for run in parse_inline(markdown))


def _styles_by_id(document: Any) -> dict[str, str]:
    """Style id -> the built-in name as stored (python-docx shows "Heading 1" instead)."""
    return {s.get(f"{W}styleId"): s.find(f"{W}name").get(f"{W}val")
            for s in document.styles.element.iter(f"{W}style")}


# --------------------------------------------------------------------------- layout


def test_headings_in_order_with_built_in_styles(exported: Path,
                                                demo_document: dict[str, Any]) -> None:
    document = docx.Document(str(exported))
    names = _styles_by_id(document)
    headings = [(names[p.style.style_id], p.text) for p in document.paragraphs
                if names[p.style.style_id].startswith("heading")]
    plan = demo_document["plan"]
    expected: list[tuple[str, str]] = []
    for area in plan["children"]:
        expected.append(("heading 1", _plain(area["title"])))
        for topic in area["children"]:
            expected.append(("heading 2", _plain(topic["title"])))
            expected += [("heading 3", "Kortsiktiga mål och aktiviteter 2025"),
                         ("heading 3", "Mätbara indikatorer för uppföljning"),
                         ("heading 3", "Långsiktiga mål"),
                         ("heading 3", "Mätbara indikatorer för uppföljning")]
    expected.append(("heading 1", "Underskrifter"))
    assert headings == expected
    levels = [int(name[-1]) for name, _ in headings]
    assert all(b - a <= 1 for a, b in zip([0, *levels], levels, strict=False))  # never skip
    assert names[document.paragraphs[0].style.style_id] == "Title"
    assert document.paragraphs[0].text == _plain(plan["title"])


def test_goals_and_indicators_are_real_nested_lists(exported: Path,
                                                    demo_document: dict[str, Any]) -> None:
    document = docx.Document(str(exported))
    numbering = document.part.numbering_part.element
    bullet_nums = set()
    for num in numbering.iterchildren(qn("w:num")):
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(a for a in numbering.iterchildren(qn("w:abstractNum"))
                        if a.get(qn("w:abstractNumId")) == abstract_id)
        formats = {f.get(qn("w:val")) for f in abstract.iter(qn("w:numFmt"))}
        if formats == {"bullet"}:
            bullet_nums.add(num.get(qn("w:numId")))
    items: dict[str, tuple[str, int, str]] = {}
    for p in document.element.body.iter(f"{W}p"):
        numpr = p.find(f"{W}pPr/{W}numPr")
        start = p.find(f"{W}bookmarkStart")
        if numpr is not None and start is not None:
            items[start.get(f"{W}name")] = (numpr.find(f"{W}numId").get(f"{W}val"),
                                            int(numpr.find(f"{W}ilvl").get(f"{W}val")),
                                            _text(p))
    for area in demo_document["plan"]["children"]:
        for topic in area["children"]:
            for node, depth in _walk(topic["children"]):
                num_id, level, text = items[node_bookmark(node["uuid"])]
                assert num_id in bullet_nums
                assert level == depth
                assert text == _plain(node["title"])
    assert any(level == 1 for _, level, _ in items.values())  # the demo has nested goals
    # No bullet characters typed into text.
    assert not any(text.startswith(("•", "-", "–")) for _, _, text in items.values())


def test_mammoth_sees_headings_nested_lists_and_links(exported: Path) -> None:
    with open(exported, "rb") as stream:
        html = mammoth.convert_to_html(stream).value
    anchor = r'(<a id="n[0-9a-f]{32}"></a>)?'
    assert re.search(f"<h1>{anchor}Förebyggande och främjande arbete</h1>", html)
    assert re.search(f"<h2>{anchor}Föräldraskapsstöd</h2>", html)
    assert "<h3>Kortsiktiga mål och aktiviteter 2025</h3>" in html
    assert re.search(f"<li>{anchor}Erbjuda[^<]*<strong>ABC</strong>[^<]*<ul><li>{anchor}Minst två",
                     html)
    assert '<a href="https://www.folkhalsomyndigheten.se">Folkhälsomyndigheten</a>' in html


def test_hyperlinks_are_relationships_with_the_hyperlink_style(exported: Path) -> None:
    document = docx.Document(str(exported))
    names = _styles_by_id(document)
    links = list(document.element.body.iter(f"{W}hyperlink"))
    external = [h for h in links if h.get(qn("r:id"))]
    assert external
    targets = {document.part.rels[h.get(qn("r:id"))].target_ref for h in external}
    assert "https://www.folkhalsomyndigheten.se" in targets
    for link in external:
        assert document.part.rels[link.get(qn("r:id"))].is_external
        for run in link.iter(f"{W}r"):
            assert names[run.find(f"{W}rPr/{W}rStyle").get(f"{W}val")] == "Hyperlink"


def test_toc_field_and_entries(exported: Path, demo_document: dict[str, Any]) -> None:
    document = docx.Document(str(exported))
    body = document.element.body
    sdt = body.find(f"{W}sdt")
    assert sdt.find(f".//{W}docPartGallery").get(f"{W}val") == "Table of Contents"
    instructions = [i.text.strip() for i in sdt.iter(f"{W}instrText")]
    assert instructions[0] == 'TOC \\o "1-2" \\h'
    anchors = [h.get(f"{W}anchor") for h in sdt.iter(f"{W}hyperlink")]
    expected = []
    for area in demo_document["plan"]["children"]:
        expected.append(node_bookmark(area["uuid"]))
        expected += [node_bookmark(t["uuid"]) for t in area["children"]]
    assert anchors == [*expected, agreement.SIGNATURES_BOOKMARK]
    assert instructions[1:] == [f"PAGEREF {a} \\h" for a in anchors]
    bookmarks = {b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")}
    assert set(anchors) <= bookmarks
    # The field is complete: begin ... end balance over the whole block.
    kinds = [c.get(f"{W}fldCharType") for c in sdt.iter(f"{W}fldChar")]
    assert kinds.count("begin") == kinds.count("end") == len(anchors) + 1
    # Every viewer shows the list: docx2python reads the entries' text.
    text = docx2python(exported).text
    assert "Innehåll" in text and "Föräldraskapsstöd" in text
    # Without LibreOffice Word is asked to update the page numbers.
    update = document.settings.element.find(f"{W}updateFields")
    assert update is not None and update.get(f"{W}val") == "true"


def test_every_node_has_its_bookmark(exported: Path, demo_document: dict[str, Any]) -> None:
    document = docx.Document(str(exported))
    names = [b.get(f"{W}name") for b in document.element.body.iter(f"{W}bookmarkStart")]
    ids = [b.get(f"{W}id") for b in document.element.body.iter(f"{W}bookmarkStart")]
    ends = {b.get(f"{W}id") for b in document.element.body.iter(f"{W}bookmarkEnd")}
    assert len(set(ids)) == len(ids) and set(ids) == ends
    nodes = {node_bookmark(n["uuid"]) for n, _ in _walk(demo_document["plan"]["children"])}
    assert nodes <= set(names)
    for name in nodes:
        assert re.fullmatch(r"n[0-9a-f]{32}", name) and len(name) <= 40


def test_header_footer_fields(exported: Path) -> None:
    document = docx.Document(str(exported))
    footer = document.sections[0].footer._element
    assert [i.text.strip() for i in footer.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]
    assert re.fullmatch(r"Sida 1 av 1", _text(footer))
    header = _text(document.sections[0].header._element)
    assert header == "Insatser inom området psykisk hälsa och suicidprevention2025"


def test_signature_table_is_borderless_layout(exported: Path,
                                              demo_document: dict[str, Any]) -> None:
    document = docx.Document(str(exported))
    assert len(document.tables) == 1
    table = document.tables[0]
    cells = [c.text for row in table.rows for c in row.cells]
    for person in demo_document["plan"]["signatories"]:
        assert any(person["name"] in c and person["title"] in c
                   and person["organisation_name"] in c for c in cells)
    tbl = table._tbl
    borders = tbl.find(f"{W}tblPr/{W}tblBorders")
    assert {b.get(f"{W}val") for b in borders} == {"nil"} and len(borders) == 6
    assert tbl.find(f".//{W}tblHeader") is None
    assert tbl.find(f"{W}tblPr/{W}tblLook").get(f"{W}firstRow") == "0"


def test_empty_indicator_section_says_saknas(demo_document: dict[str, Any], tmp_path: Path,
                                             no_libreoffice: None) -> None:
    document = copy.deepcopy(demo_document)
    topic = document["plan"]["children"][0]["children"][0]
    topic["children"] = [c for c in topic["children"] if c["kind"] != "indicator"]
    out = export_agreement(document, tmp_path / "saknas.docx")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    start = paragraphs.index(_plain(topic["title"]))
    following = document["plan"]["children"][0]["children"][1]
    section = paragraphs[start:paragraphs.index(_plain(following["title"]))]
    assert section.count("Saknas.") == 2
    assert section[section.index("Mätbara indikatorer för uppföljning") + 1] == "Saknas."
    assert "Saknas." in docx2python(out).text


def test_language_and_core_properties(exported: Path, demo_document: dict[str, Any]) -> None:
    document = docx.Document(str(exported))
    plan = demo_document["plan"]
    styles = document.styles.element
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "sv-SE"
    assert {lang.get(f"{W}val") for lang in styles.iter(f"{W}lang")} == {"sv-SE"}
    assert document.settings.element.find(f"{W}themeFontLang").get(f"{W}val") == "sv-SE"
    core = document.core_properties
    assert core.title == _plain(plan["title"])
    assert core.subject == _plain(plan["subtitle"])
    assert core.author == plan["coordinator"] == "Lena Holmgren"
    assert "2025" in core.keywords and "suicidprevention" in core.keywords
    assert core.revision == 1
    assert core.language == "sv-SE"


def test_plan_uuid_is_a_custom_property(exported: Path, demo_document: dict[str, Any]) -> None:
    with zipfile.ZipFile(exported) as archive:
        types = archive.read("[Content_Types].xml").decode()
        custom = archive.read("docProps/custom.xml").decode()
        rels = archive.read("_rels/.rels").decode()
    assert "custom-properties+xml" in types and "relationships/custom-properties" in rels
    assert re.search(r'name="InsatsplanPlanUuid"><vt:lpwstr>'
                     + demo_document["plan"]["uuid"], custom)
    assert fingerprint(demo_document) in custom


def test_last_page_prints_the_document_id(exported: Path,
                                          demo_document: dict[str, Any]) -> None:
    expected = grouped(fingerprint(demo_document))
    paragraphs = [p.text for p in docx.Document(str(exported)).paragraphs]
    assert paragraphs[-3:-1] == ["Dokument-ID", expected]
    assert re.fullmatch(r"([0-9a-f]{4} ){15}[0-9a-f]{4}", expected)
    assert expected in docx2python(exported).text


# --------------------------------------------------------------------------- page numbers


def test_fill_page_numbers_from_a_page_map(demo_document: dict[str, Any]) -> None:
    document = build_agreement(demo_document)
    sdt = document.element.body.find(f"{W}sdt")
    anchors = [h.get(f"{W}anchor") for h in sdt.iter(f"{W}hyperlink")]
    pages = {name: n + 3 for n, name in enumerate(anchors[:-1])}  # the last is missing
    assert toc.fill_page_numbers(document.element.body, pages) == len(anchors) - 1
    entries = [_text(h) for h in sdt.iter(f"{W}hyperlink")]
    assert entries[0].endswith("3") and entries[1].endswith("4")
    assert entries[-1] == "Underskrifter"  # unknown bookmark: left as it was
    # A second pass replaces rather than appends.
    toc.fill_page_numbers(document.element.body, {anchors[0]: 12})
    assert _text(next(sdt.iter(f"{W}hyperlink"))).endswith("Förebyggande och främjande arbete12")


class _FakeOffice:
    """Stands in for insatsplan.word.libreoffice: a page per bookmark, a PDF on request."""

    def __init__(self) -> None:
        self.seen: list[Path] = []

    def refresh(self, docx_path: Path, *, pdf_out: Path | None = None,
                timeout: float = 180) -> dict[str, int]:
        self.seen.append(docx_path)
        with zipfile.ZipFile(docx_path) as archive:
            xml = archive.read("word/document.xml").decode()
        if pdf_out is not None:
            Path(pdf_out).write_bytes(b"%PDF-1.7 fake")
        names = re.findall(r'w:bookmarkStart w:id="\d+" w:name="([^"]+)"', xml)
        return {name: 2 + n for n, name in enumerate(names)}

    def layout(self, docx_path: Path, *, pdf_out: Path | None = None,
               timeout: float = 180) -> libreoffice.Layout:
        """The pages of :meth:`refresh`; the fonts unknown, as for an unreadable PDF."""
        return libreoffice.Layout(self.refresh(docx_path, pdf_out=pdf_out), None)


def test_export_writes_libreoffice_page_numbers_and_pdf(
        demo_document: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    office = _FakeOffice()
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: office)
    out = export_agreement(demo_document, tmp_path / "p.docx", pdf=tmp_path / "p.pdf")
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert not office.seen[0].exists()  # the scratch copy is gone
    document = docx.Document(str(out))
    sdt = document.element.body.find(f"{W}sdt")
    assert all(re.search(r"\d$", _text(h)) for h in sdt.iter(f"{W}hyperlink"))
    assert document.settings.element.find(f"{W}updateFields") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.docx", "p.pdf"]


def test_pdf_without_libreoffice_writes_docx_then_says_what_to_install(
        demo_document: dict[str, Any], tmp_path: Path, no_libreoffice: None) -> None:
    with pytest.raises(UserError) as caught:
        export_agreement(demo_document, tmp_path / "p.docx", pdf=tmp_path / "p.pdf")
    assert "LibreOffice" in caught.value.text() and "\n" not in caught.value.text()
    assert (tmp_path / "p.docx").is_file() and not (tmp_path / "p.pdf").exists()


# --------------------------------------------------------------------------- bad input


def _bare_plan(children: list[dict[str, Any]], **plan: Any) -> dict[str, Any]:
    base = {"uuid": str(uuid.uuid4()), "title": "Tom plan", "subtitle": "", "year_from": 2026,
            "year_to": 2026, "kind": "agreement", "status": "draft", "preamble": "",
            "basis": [], "coordinator": "", "reporting_deadline": None, "signed_on": None,
            "fingerprint": None, "origin_plan_uuid": None, "parties": [], "signatories": [],
            "children": children}
    base.update(plan)
    return {"format": "insatsplan/1", "plan": base, "series": []}


def _node(kind: str, title: str, children: list[dict[str, Any]] | None = None,
          **extra: Any) -> dict[str, Any]:
    return {"uuid": str(uuid.uuid4()), "kind": kind, "title": title,
            "children": children or [], **extra}


def test_empty_plan_and_empty_topic_give_sound_documents(tmp_path: Path,
                                                         no_libreoffice: None) -> None:
    out = export_agreement(_bare_plan([]), tmp_path / "empty.docx")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Tom plan" in paragraphs and "Inga undertecknare har angetts." in paragraphs
    topic = _node("topic", "Tomt ämne")
    out = export_agreement(_bare_plan([_node("focus_area", "Område", [topic])]),
                           tmp_path / "topic.docx")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    # A topic with nothing in either horizon prints its heading alone (issue 17: the
    # city's document leaves out an empty horizon's pair of sections).
    assert "Tomt ämne" in paragraphs and "Saknas." not in paragraphs
    assert "Kortsiktiga mål och aktiviteter 2026" not in paragraphs


def test_hostile_text_never_crashes_the_writer(tmp_path: Path, no_libreoffice: None) -> None:
    nasty = "Bell\x07 nul\x00 lone\ud800 tab\there\nbreak **bold [länk](https://ex.se/å?q=ö)"
    long_text = "Ett mycket långt stycke. " * 4000
    goal = _node("goal", nasty, [_node("goal", "x" * 20000, horizon="short")],
                 horizon="short", text=long_text)
    indicator = _node("indicator", nasty, horizon="long", uuid="not-a-uuid")
    topic = _node("topic", nasty, [goal, indicator], text=nasty)
    document = _bare_plan([_node("focus_area", nasty, [topic])], title=nasty, subtitle=nasty,
                          preamble=nasty, basis=[nasty, None], coordinator=nasty,
                          signatories=[{"name": nasty, "title": None,
                                        "organisation_name": 42}])
    out = export_agreement(document, tmp_path / "nasty.docx")
    reread = docx.Document(str(out))
    text = "\n".join(p.text for p in reread.paragraphs)
    assert "Bell nul lone tab" in text and long_text.strip() in text
    targets = {r.target_ref for r in reread.part.rels.values() if r.is_external}
    assert targets == {"https://ex.se/%C3%A5?q=%C3%B6"}
    assert len(reread.core_properties.title) <= 255


def _untitled_and_tabbed_plan() -> dict[str, Any]:
    """A focus area with an untitled topic, an untitled focus area, tabs and line breaks
    in titles (the reviewer's cases topic_nothing and tabs_newlines)."""
    people = [{"name": "Karin", "title": "Direktör", "organisation_name": "AMF"}]
    return _bare_plan([
        _node("focus_area", "Område", [_node("topic", "")]),
        _node("focus_area", "  ", []),
        _node("focus_area", "Fokus\tområde\nrad två", [_node("topic", "Ämne\tmed tab")]),
    ], title="Titel\tmed tab", signatories=people)


_TOC_TITLES = ["Område", "(utan rubrik)", "(utan rubrik)", "Fokus område rad två",
               "Ämne med tab", "Underskrifter"]


def _toc_lines(path: Path) -> list[tuple[str, str]]:
    """Each contents entry of a .docx as (the text before its tab, the text after)."""
    sdt = docx.Document(str(path)).element.body.find(f"{W}sdt")
    lines = []
    for link in sdt.iter(f"{W}hyperlink"):
        text = ""
        for node in link.iter(f"{W}t", f"{W}tab", f"{W}br"):
            text += {f"{W}t": node.text or "", f"{W}tab": "\t", f"{W}br": "\n"}[node.tag]
        assert text.count("\t") == 1 and "\n" not in text, text
        title, page = text.split("\t")
        lines.append((title, page))
    return lines


def test_untitled_headings_say_so_and_toc_lines_hold_no_tabs(tmp_path: Path,
                                                             no_libreoffice: None) -> None:
    out = export_agreement(_untitled_and_tabbed_plan(), tmp_path / "plan.docx")
    document = docx.Document(str(out))
    names = _styles_by_id(document)
    headings = [p.text for p in document.paragraphs
                if names[p.style.style_id] in ("heading 1", "heading 2")]
    assert headings == ["Område", "(utan rubrik)", "(utan rubrik)",
                        "Fokus\tområde\nrad två", "Ämne\tmed tab", "Underskrifter"]
    assert [title for title, _ in _toc_lines(out)] == _TOC_TITLES
    header = document.sections[0].header.paragraphs[-1]
    assert header.text == "Titel med tab\t2026"  # one tab: the year's


# --------------------------------------------------------------------------- files


def test_failing_write_leaves_the_old_file_byte_identical(
        demo_document: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        no_libreoffice: None) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"the signed version")
    from docx.document import Document

    def broken_save(self: Any, stream: Any) -> None:
        stream.write(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", broken_save)
    with pytest.raises(UserError) as caught:
        export_agreement(demo_document, target)
    assert "No space left on device" in caught.value.text()
    assert target.read_bytes() == b"the signed version"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]


def test_read_only_target_is_refused_and_kept(demo_document: dict[str, Any], tmp_path: Path,
                                              no_libreoffice: None) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    target.chmod(0o444)
    try:
        with pytest.raises(UserError) as caught:
            export_agreement(demo_document, target)
    finally:
        target.chmod(0o644)
    assert "read-only" in caught.value.text()
    assert target.read_bytes() == b"old"
    with pytest.raises(UserError):
        export_agreement(demo_document, tmp_path / "missing-folder" / "plan.docx")


# --------------------------------------------------------------------------- CLI


def test_cli_export_word(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                         no_libreoffice: None) -> None:
    workspace = str(tmp_path / "w.insatsplan")
    assert main(["--workspace", workspace, "demo"]) == 0
    out = tmp_path / "plan.docx"
    capsys.readouterr()
    assert main(["--workspace", workspace, "export-word", "1", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert docx.Document(str(out)).paragraphs[0].text.startswith("Insatser inom området")

    bad = tmp_path / "mall.dotx"
    bad.write_text("inte en mall")
    assert main(["--workspace", workspace, "export-word", "1", "--out",
                 str(tmp_path / "b.docx"), "--template", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "b.docx").exists()

    assert main(["--workspace", workspace, "export-word", "99", "--out",
                 str(tmp_path / "c.docx")]) == 2
    assert main(["--workspace", workspace, "export-word", "1", "--out",
                 str(tmp_path / "d.docx"), "--kind", "letter"]) == 2
    assert main(["--workspace", workspace, "export-word", "1", "--out",
                 str(tmp_path / "e.docx"), "--pdf"]) == 2
    assert "LibreOffice" in capsys.readouterr().err
    assert (tmp_path / "e.docx").is_file() and not (tmp_path / "e.pdf").exists()


# --------------------------------------------------------------------------- LibreOffice


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_demo_export_converts_to_pdf(exported: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(exported)],
        capture_output=True, timeout=180, check=False)
    pdf = tmp_path / "pdf" / "plan.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


@pytest.mark.skipif(not libreoffice_usable(), reason="LibreOffice with UNO is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_toc_page_numbers_match_the_pdf(demo_document: dict[str, Any], tmp_path: Path) -> None:
    out = export_agreement(demo_document, tmp_path / "p.docx", pdf=tmp_path / "p.pdf")
    sdt = docx.Document(str(out)).element.body.find(f"{W}sdt")
    entries = [_text(h) for h in sdt.iter(f"{W}hyperlink")]
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "p.pdf"), "-"],
                           capture_output=True, check=True).stdout.decode().split("\f")
    assert len(entries) > 10
    for entry in entries:
        title, page = re.fullmatch(r"(.*?)(\d+)", entry).groups()
        page_text = " ".join(pages[int(page) - 1].split())
        assert title.strip() in page_text, (title, page)



@given(st.text(alphabet=st.sampled_from(list("ab åÖ\u00a0\t\n*_[]()\\`<>&!#~|.:-1\u0301")),
               max_size=30))
def test_plain_text_fast_path_agrees_with_the_parser(text: str) -> None:
    assert writer.inline(text) == parse_inline(clean(text))


@pytest.mark.skipif(not libreoffice_usable(), reason="LibreOffice with UNO is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_untitled_and_tabbed_toc_lines_match_libreoffices_pdf(tmp_path: Path) -> None:
    """LibreOffice rebuilds the contents for the PDF: it must list what the .docx lists."""
    out = export_agreement(_untitled_and_tabbed_plan(), tmp_path / "p.docx",
                           pdf=tmp_path / "p.pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / "p.pdf"), "-"],
                           capture_output=True, check=True).stdout.decode().split("\f")
    contents = next(page for page in pages if "Innehåll" in page)
    in_pdf = [(m[1].strip(), m[2]) for m in re.finditer(r"(?m)^\s*(\S.*?)\.{3,}\s*(\d+)\s*$",
                                                         contents)]
    assert _toc_lines(out) == in_pdf
    assert [title for title, _ in in_pdf] == _TOC_TITLES
