"""Safe Word files: only web and mail links become clickable, and a hostile template (zip
bomb, DTD, macros, ActiveX, embedded objects, links to outside the file, outside fields)
is refused or cleaned before python-docx reads it.

Hostile templates are made from the shipped one by rewriting its zip parts; the output is
read back with the raw package (every ``.rels`` part), docx2python and mammoth.
"""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import textwrap
import uuid
import zipfile
import zlib
from pathlib import Path
from typing import Any

import mammoth
import pytest
from docx2python import docx2python
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from insatsplan.errors import UserError
from insatsplan.links import ALLOWED_SCHEMES, link_target
from insatsplan.text import parse_inline
from insatsplan.word import package_safety, writer
from insatsplan.word.agreement import export_agreement
from insatsplan.word.template import default_template

ROOT = Path(__file__).resolve().parent.parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = R_NS + "/"
MS_RT = "http://schemas.microsoft.com/office/2006/relationships/"
NS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'


@pytest.fixture(autouse=True)
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


# --------------------------------------------------------------------------- helpers


def _plan(*titles: str) -> dict[str, Any]:
    """A one-topic plan whose goals carry *titles* (Markdown)."""
    goals = [{"uuid": str(uuid.uuid4()), "kind": "goal", "title": title, "horizon": "short",
              "children": []} for title in titles]
    return {"format": "insatsplan/1", "series": [], "plan": {
        "uuid": str(uuid.uuid4()), "title": "Plan 2025", "subtitle": "Överenskommelse",
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "status": "draft",
        "preamble": "Syfte.", "basis": [], "coordinator": "Lena", "signatories": [],
        "children": [{"uuid": str(uuid.uuid4()), "kind": "focus_area", "title": "Område",
                      "children": [{"uuid": str(uuid.uuid4()), "kind": "topic",
                                    "title": "Ämne", "children": goals}]}]}}


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _rels(*rels: tuple[str, str, str, bool]) -> bytes:
    """A ``.rels`` part of (id, type, target, external) relationships."""
    lines = [f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"'
             + (' TargetMode="External"' if external else "") + "/>"
             for rid, kind, target, external in rels]
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="'
            'http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(lines) + "</Relationships>").encode()


def hostile(folder: Path, *, parts: dict[str, bytes] | None = None,
            document_rels: tuple[tuple[str, str, str, bool], ...] = (),
            content_types: tuple[str, ...] = (), footer: str | None = None,
            footer_rels: tuple[tuple[str, str, str, bool], ...] = ()) -> Path:
    """The shipped template with extra parts, document relationships, content-type
    entries and (when *footer* is given) a footer holding *footer* paragraphs."""
    package = _parts(default_template().read_bytes())
    package.update(parts or {})
    rels = package["word/_rels/document.xml.rels"].decode()
    extra = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"'
        + (' TargetMode="External"' if external else "") + "/>"
        for rid, kind, target, external in document_rels)
    if footer is not None:
        extra += f'<Relationship Id="rId90" Type="{RT}footer" Target="footer1.xml"/>'
        package["word/footer1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {NS} '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
            'office:office" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'{footer}</w:ftr>').encode()
        package["word/_rels/footer1.xml.rels"] = _rels(*footer_rels)
        content_types = (*content_types, '<Override PartName="/word/footer1.xml" ContentType='
                         '"application/vnd.openxmlformats-officedocument.wordprocessingml.'
                         'footer+xml"/>')
        document = package["word/document.xml"].decode()
        package["word/document.xml"] = document.replace(
            "<w:sectPr>", '<w:sectPr><w:footerReference w:type="default" r:id="rId90"/>'
        ).encode()
    package["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", extra + "</Relationships>").encode()
    types = package["[Content_Types].xml"].decode()
    package["[Content_Types].xml"] = types.replace(
        "</Types>", "".join(content_types) + "</Types>").encode()
    path = folder / "mall.dotx"
    path.write_bytes(_zip(package))
    return path


def _all_relationships(path: Path) -> list[tuple[str, str, str, str]]:
    """(rels part, type, target, target mode) of every relationship in the package."""
    found = []
    for name, data in _parts(path.read_bytes()).items():
        if name.endswith(".rels"):
            for match in re.finditer(rb"<Relationship [^>]*>", data):
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', match.group().decode()))
                found.append((name, attrs["Type"], attrs["Target"],
                              attrs.get("TargetMode", "Internal")))
    return found


def _external_targets(path: Path) -> set[str]:
    return {target for _, _, target, mode in _all_relationships(path) if mode == "External"}


def _refused(template: Path, expected: str) -> None:
    """Export with *template*; assert one line naming *expected* and no output file."""
    out = template.parent / "plan.docx"
    with pytest.raises(UserError) as caught:
        export_agreement(_plan("Mål"), out, template=template)
    message = caught.value.text()
    assert expected in message and str(template) in message and "\n" not in message
    assert not out.exists()


# --------------------------------------------------------------------------- the allow-list


@pytest.mark.parametrize(("url", "target"), [
    ("https://exempel.se", "https://exempel.se"),
    ("http://exempel.se/a b", "http://exempel.se/a%20b"),
    ("  https://exempel.se/å  ", "https://exempel.se/%C3%A5"),
    ("HTTPS://Exempel.se/A", "https://Exempel.se/A"),
    ("mailto:kansliet@exempel.se", "mailto:kansliet@exempel.se"),
    ("MailTo:kansliet@exempel.se", "mailto:kansliet@exempel.se"),
])
def test_web_and_mail_addresses_are_allowed(url: str, target: str) -> None:
    assert link_target(url) == target


@pytest.mark.parametrize("url", [
    "ms-msdt:/id PCWDiagnostic /skip force", "search-ms:query=avtal&crumb=location:\\\\x",
    "smb://server/share/plan.docx", "file:///C:/Windows/System32/calc.exe",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "\x01javascript:alert(1)", "vbscript:msgbox(1)",
    "ms-officecmd:{}", "ms-word:ofe|u|https://exempel.se/x.docx", "data:text/html,x",
    "\\\\server\\share\\plan.docx", "plan.docx", "../plan.docx", "/etc/passwd",
    "//exempel.se/x", "https:", "https:/exempel.se", "https:///x", "http://", "mailto:",
    "ｈttps://exempel.se", "ht tps://exempel.se", "https ://exempel.se", "", "   ",
])
def test_every_other_target_is_refused(url: str) -> None:
    assert link_target(url) is None


@given(st.text())
def test_an_allowed_target_has_an_allowed_scheme_and_no_spaces_or_controls(url: str) -> None:
    target = link_target(url)
    if target is not None:
        assert target.split(":", 1)[0] in ALLOWED_SCHEMES
        assert not re.search(r"[\x00-\x20\x7f-\x9f]", target)


_SCHEMES = st.sampled_from(["https://", "HTTP://", "mailto:", "ms-msdt:", "smb://", "file:",
                            "search-ms:", "java\tscript:", " \x01https://", "", "//"])


@given(st.lists(st.tuples(st.text(min_size=1, max_size=8),
                          st.none() | st.tuples(_SCHEMES, st.text(max_size=12))),
                max_size=6))
def test_the_run_writer_links_only_allowed_targets_and_keeps_all_text(
        runs: list[tuple[str, tuple[str, str] | None]]) -> None:
    """Whatever the links, every hyperlink relationship written is an allowed target, and
    every label is in the paragraph, hyperlink or not."""
    from docx.oxml.ns import qn

    from insatsplan.text import Run, clean
    from insatsplan.word import docx_xml
    from insatsplan.word.template import open_template

    document = open_template(None)
    writer = docx_xml.RunWriter(document.part, "Hyperlink")
    paragraph = docx_xml.paragraph(etree.Element(qn("w:body")))
    writer.write(paragraph, [Run(text, link=None if link is None else "".join(link))
                             for text, link in runs])
    targets = {rel.rId: rel.target_ref for rel in document.part.rels.values()
               if rel.is_external}
    assert all(link_target(target) == target for target in targets.values())
    for hyperlink in paragraph.iter(qn("w:hyperlink")):
        assert hyperlink.get(qn("r:id")) in targets
    shown = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
    for text, _ in runs:
        assert all(piece in shown for piece in re.split(r"[\n\t]", clean(text)) if piece)


# --------------------------------------------------------------------------- links in a plan

LINKED = {
    "[Webben](https://exempel.se/stöd)": "https://exempel.se/st%C3%B6d",
    "[Skriv](mailto:kansliet@exempel.se)": "mailto:kansliet@exempel.se",
    "[Versaler](HTTPS://Exempel.se/A)": "https://Exempel.se/A",
}
REFUSED = {
    "[Felsök](<ms-msdt:/id PCWDiagnostic>)": "Felsök (ms-msdt:/id PCWDiagnostic)",
    "[Dela **fil**](smb://server/share)": "Dela fil (smb://server/share)",
    "[Sök](search-ms:query=avtal)": "Sök (search-ms:query=avtal)",
    "[Mappen](rapporter/plan.docx)": "Mappen (rapporter/plan.docx)",
    "[smb://server/x](smb://server/x)": "smb://server/x",
}


def test_only_web_and_mail_links_in_a_plan_become_hyperlinks(tmp_path: Path) -> None:
    titles = [*LINKED, *REFUSED]
    for title in titles:  # each really is a link in the stored format
        assert any(run.link for run in parse_inline(title)), title
    out = export_agreement(_plan(*titles), tmp_path / "plan.docx")

    assert _external_targets(out) == set(LINKED.values())
    with open(out, "rb") as stream:
        html = mammoth.convert_to_html(stream).value
    assert set(re.findall(r'<a href="([^"#][^"]*)"', html)) == set(LINKED.values())
    with docx2python(out) as read:
        text = read.text
    for shown in REFUSED.values():
        assert shown in text
    assert text.count("smb://server/x") == 1  # a label that is the address: not twice


# --------------------------------------------------------------------------- templates


def _complex(*pieces: str) -> str:
    """A footer paragraph of complex-field runs: ``begin``/``separate``/``end`` are field
    characters, ``t:x`` a text run, anything else an instruction run."""
    runs = []
    for piece in pieces:
        if piece in ("begin", "separate", "end"):
            runs.append(f'<w:r><w:fldChar w:fldCharType="{piece}"/></w:r>')
        elif piece.startswith("t:"):
            runs.append(f"<w:r><w:t>{piece[2:]}</w:t></w:r>")
        else:
            runs.append(f'<w:r><w:instrText xml:space="preserve">{piece}</w:instrText></w:r>')
    return "<w:p>" + "".join(runs) + "</w:p>"


TEMPLATE_REFUSALS: dict[str, tuple[dict[str, Any], str]] = {
    "macro-project": ({
        "parts": {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 60},
        "document_rels": (("rId80", MS_RT + "vbaProject", "vbaProject.bin", False),),
        "content_types": ('<Default Extension="bin" '
                          'ContentType="application/vnd.ms-office.vbaProject"/>',)},
        "contains macros"),
    "macro-content-type-only": ({
        "content_types": ('<Override PartName="/word/vbaData.xml" '
                          'ContentType="application/vnd.ms-word.vbaData+xml"/>',)},
        "contains macros"),
    "activex": ({
        "parts": {"word/activeX/activeX1.xml": b'<ax:ocx xmlns:ax="http://schemas.microsoft'
                  b'.com/office/2006/activeX" ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}"'
                  b"/>"},
        "document_rels": (("rId80", RT + "control", "activeX/activeX1.xml", False),),
        "content_types": ('<Override PartName="/word/activeX/activeX1.xml" '
                          'ContentType="application/vnd.ms-office.activeX+xml"/>',)},
        "ActiveX"),
    "embedded-ole-object": ({
        "parts": {"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 60},
        "document_rels": (("rId80", RT + "oleObject", "embeddings/oleObject1.bin", False),)},
        "embedded object (embeddings/oleObject1.bin)"),
    "remote-image": ({
        "document_rels": (("rId80", RT + "image", "https://exempel.se/logo.png", True),)},
        "(image: https://exempel.se/logo.png)"),
    "ole-link": ({
        "document_rels": (("rId80", RT + "oleObject", "file:///\\\\server\\budget.xlsx",
                           True),)},
        "(oleObject: file:///\\\\server\\budget.xlsx)"),
    "sub-document": ({
        "document_rels": (("rId80", RT + "subDocument", "\\\\server\\share\\del.docx", True),)},
        "(subDocument: \\\\server\\share\\del.docx)"),
    "frame": ({"document_rels": (("rId80", RT + "frame", "smb://server/ram.htm", True),)},
              "(frame: smb://server/ram.htm)"),
    "footer-remote-image": ({
        "footer": "<w:p/>",
        "footer_rels": (("rId1", RT + "image", "\\\\10.0.0.1\\logo.png", True),)},
        "(image: \\\\10.0.0.1\\logo.png)"),
    "external-entity": ({
        "parts": {"word/styles.xml": (
            '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM '
            f'"http://127.0.0.1:9/x">]><w:styles {NS}>&x;</w:styles>').encode()}},
        "document type declaration in word/styles.xml"),
    "billion-laughs": ({
        "parts": {"word/fontTable.xml": (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "lollollollollol">'
            + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                      for i in range(9))
            + f']><w:fonts {NS}>&j;</w:fonts>').encode()}},
        "document type declaration in word/fontTable.xml"),
    "dtd-in-content-types": ({
        "parts": {"[Content_Types].xml": _parts(default_template().read_bytes())[
            "[Content_Types].xml"].replace(b"<Types", b"<!DOCTYPE Types><Types", 1)}},
        "document type declaration in [Content_Types].xml"),
    "ddeauto-field-in-runs": ({
        "footer": ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                   '<w:r><w:instrText xml:space="preserve"> DDE</w:instrText></w:r>'
                   '<w:r><w:instrText xml:space="preserve">AUTO c:\\\\windows\\\\system32\\\\'
                   'cmd.exe "/k calc"</w:instrText></w:r>'
                   '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
                   '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')},
        "(DDEAUTO)"),
    "includetext-field": ({
        "footer": ('<w:p><w:fldSimple w:instr=\' INCLUDETEXT "\\\\\\\\server\\\\adress.docx" \'>'
                   '<w:r><w:t>Adress</w:t></w:r></w:fldSimple></w:p>')},
        "(INCLUDETEXT)"),
    "dde-named-by-a-nested-field": ({
        "footer": _complex("begin", " ", "begin", "QUOTE 68 68 69 65 85 84 79", "separate",
                           "t:DDEAUTO", "end", " PAGE c:\\\\cmd.exe ", "separate", "t:x",
                           "end")},
        "(PAGE c:"),
    "hyperlink-computed-by-a-nested-field": ({
        "footer": _complex("begin", " HYPERLINK ", "begin", " REF adress ", "separate",
                           "t:x", "end", "separate", "t:Hjälp", "end")},
        "(HYPERLINK)"),
    "print-field": ({"footer": '<w:p><w:fldSimple w:instr=" PRINT 27"/></w:p>'}, "(PRINT)"),
    "unknown-field": ({"footer": _complex("begin", "FOO bar", "end")}, "(FOO)"),
    "hyperlink-field-to-ms-msdt": ({
        "footer": ('<w:p><w:fldSimple w:instr=\' HYPERLINK "ms-msdt:/id PCWDiagnostic" \'>'
                   '<w:r><w:t>Hjälp</w:t></w:r></w:fldSimple></w:p>')},
        "(HYPERLINK ms-msdt:/id PCWDiagnostic)"),
}


@pytest.mark.parametrize("case", sorted(TEMPLATE_REFUSALS))
def test_hostile_templates_are_refused_with_what_was_found(tmp_path: Path, case: str) -> None:
    recipe, expected = TEMPLATE_REFUSALS[case]
    _refused(hostile(tmp_path, **recipe), expected)


def _encrypted_entry(data: bytes) -> bytes:
    """The package with the "encrypted" flag set on its styles part (local and central)."""
    out = bytearray(data)
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if out[name_at:name_at + len(b"word/styles.xml")] == b"word/styles.xml":
                out[at + flags_at] |= 0x1
            at = out.find(signature, at + 4)
    return bytes(out)


def test_a_damaged_package_directory_is_refused(tmp_path: Path) -> None:
    """Two parts with one name (in any case) and an encrypted entry: one line, no file."""
    shipped = default_template().read_bytes()
    package = _parts(shipped)
    doubled = io.BytesIO()
    with zipfile.ZipFile(doubled, "w") as archive:
        for name, data in package.items():
            archive.writestr(name, data)
        archive.writestr("Word/Styles.xml", package["word/styles.xml"])
    for content in (doubled.getvalue(), _encrypted_entry(shipped)):
        template = tmp_path / "mall.dotx"
        template.write_bytes(content)
        _refused(template, "is damaged")


def test_an_attached_template_on_a_share_is_cleaned_out(tmp_path: Path) -> None:
    settings = _parts(default_template().read_bytes())["word/settings.xml"].decode()
    settings = settings.replace(f'<w:settings xmlns:w="{W_NS}">', f"<w:settings {NS}>").replace(
        '<w:characterSpacingControl', '<w:attachedTemplate r:id="rId1"/><w:characterSpacingControl')
    template = hostile(tmp_path, parts={
        "word/settings.xml": settings.encode(),
        "word/_rels/settings.xml.rels": _rels(
            ("rId1", RT + "attachedTemplate", "file:///\\\\server\\mallar\\Normal.dotm", True))})
    out = export_agreement(_plan("Mål"), tmp_path / "plan.docx", template=template)
    assert _all_relationships(template)  # the template had it ...
    assert not [r for r in _all_relationships(out) if "attachedTemplate" in r[1]]  # ... not out
    output_settings = _parts(out.read_bytes())["word/settings.xml"]
    assert b"attachedTemplate" not in output_settings and b"w:zoom" in output_settings


FOOTER_LINKS = (
    ("rId1", RT + "hyperlink", "https://www.exempelstad.se/", True),
    ("rId2", RT + "hyperlink", "mailto:kansliet@exempelstad.se", True),
    ("rId3", RT + "hyperlink", "ms-msdt:/id PCWDiagnostic", True),
    ("rId4", RT + "hyperlink", "search-ms:query=avtal", True),
    ("rId5", RT + "hyperlink", "Javascript:alert(1)", True),
    ("rId6", RT + "hyperlink", "https://www.exempelstad.se/kontakt", False),
)
FOOTER = "".join(
    f'<w:p><w:hyperlink r:id="{rid}"><w:r><w:t>Länk {rid}</w:t></w:r></w:hyperlink></w:p>'
    for rid, *_ in FOOTER_LINKS) + (
    '<w:p><w:r><w:pict><v:shape href="ms-msdt:/id x" style="width:1pt"/>'
    '<v:shape href="https://www.exempelstad.se/karta" style="width:1pt"/></w:pict></w:r></w:p>'
    '<w:p><w:r><w:t>Bild</w:t></w:r><w:r><w:drawing><a:hlinkClick r:id="rId4"/></w:drawing>'
    '</w:r></w:p>'
    '<w:p><w:fldSimple w:instr=\' HYPERLINK "https://www.exempelstad.se/" \'><w:r><w:t>Fält'
    '</w:t></w:r></w:fldSimple><w:fldSimple w:instr=\' HYPERLINK \\l "top" \'><w:r><w:t>Upp'
    '</w:t></w:r></w:fldSimple></w:p>' + _complex(
    "t:Sida ", "begin", " = ", "begin", " PAGE ", "separate", "t:1", "end", " - 1 ",
    "separate", "t:0", "end", "begin", "NUMPAGES\\* MERGEFORMAT", "separate", "t:1", "end",
    "begin", "", "end"))


def test_a_templates_own_links_pass_the_same_allow_list(tmp_path: Path) -> None:
    template = hostile(tmp_path, footer=FOOTER, footer_rels=FOOTER_LINKS)
    out = export_agreement(_plan("[Webben](https://exempel.se)"), tmp_path / "plan.docx",
                           template=template)

    assert _external_targets(out) == {"https://www.exempelstad.se/",
                                      "mailto:kansliet@exempelstad.se", "https://exempel.se"}
    footer = _parts(out.read_bytes())["word/footer1.xml"].decode()
    assert footer.count("<w:hyperlink ") == 2
    assert "ms-msdt" not in footer and "hlinkClick" not in footer
    assert 'href="https://www.exempelstad.se/karta"' in footer
    instructions = [f.get(f"{{{W_NS}}}instr") for f in etree.fromstring(
        footer.encode()).iter(f"{{{W_NS}}}fldSimple")]
    assert ' HYPERLINK "https://www.exempelstad.se/" ' in instructions
    assert ' HYPERLINK \\l "top" ' in instructions
    with docx2python(out) as read:
        text = read.text
    for rid, *_ in FOOTER_LINKS:  # the text of a removed link stays
        assert f"Länk {rid}" in text


def test_the_shipped_template_and_an_earlier_export_pass_unchanged(tmp_path: Path) -> None:
    first = export_agreement(_plan("[Webben](https://exempel.se)"), tmp_path / "a.docx")
    again = export_agreement(_plan("Mål"), tmp_path / "b.docx", template=first)
    assert _external_targets(first) == {"https://exempel.se"}
    assert _external_targets(again) == {"https://exempel.se"}  # the template's link stays


# --------------------------------------------------------------------------- zip bombs


def _deflated_repeats(head: bytes, chunk: bytes, repeats: int,
                      tail: bytes) -> tuple[bytes, int, int]:
    """(raw deflate data, CRC-32, size) of head + chunk * repeats + tail, made without
    compressing every repeat: a full flush after each piece resets deflate's state, so
    the chunk's packed form is the same every time and is packed once, then copied."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed_head = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    packed_chunk = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    packed_tail = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    data = b"".join((packed_head, packed_chunk * repeats, packed_tail))
    return data, zlib.crc32(tail, crc), len(head) + len(chunk) * repeats + len(tail)


def _raw_zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from (name, data, method, CRC-32, size) members whose data is already packed."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, method, crc, size in members:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 33, crc,
                              len(data), size, len(encoded), 0) + encoded + data)
        central.write(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 33,
                                  crc, len(data), size, len(encoded), 0, 0, 0, 0, 0, offset)
                      + encoded)
    start = out.tell()
    out.write(central.getvalue())
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members),
                          len(central.getvalue()), start, 0))
    return out.getvalue()


HEAD = f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>'.encode()


def zip_bomb(path: Path, document_bytes: int) -> Path:
    """The shipped template whose ``word/document.xml`` unpacks to *document_bytes* of
    real, well-formed XML (empty paragraphs) from a file about a thousandth that size."""
    members = []
    for name, data in _parts(default_template().read_bytes()).items():
        if name != "word/document.xml":
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            members.append((name, packer.compress(data) + packer.flush(), 8,
                            zlib.crc32(data), len(data)))
    chunk = b"<w:p/>" * (16 * 1024 * 1024 // 6)
    data, crc, size = _deflated_repeats(HEAD, chunk, max(document_bytes // len(chunk), 4),
                                        b"</w:body></w:document>")
    members.append(("word/document.xml", data, 8, crc, size))
    path.write_bytes(_raw_zip(members))
    return path


def test_the_zip_bomb_is_real(tmp_path: Path) -> None:
    """The test's bomb is a valid package whose part really unpacks to what it declares
    (read in pieces here; the first 64 MiB are enough to show it is no empty claim)."""
    bomb = zip_bomb(tmp_path / "bomb.dotx", 256 * 1024 * 1024)
    size = 64 * 1024 * 1024
    with zipfile.ZipFile(bomb) as archive:
        info = archive.getinfo("word/document.xml")
        assert info.file_size > 250 * 1024 * 1024
        assert info.file_size > 500 * info.compress_size
        with archive.open(info) as stream:
            first = stream.read(size)
    expected = HEAD + b"<w:p/>" * (size // 6 + 1)
    assert first == expected[:size]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_zip_bomb_is_refused_within_a_second_in_little_memory(tmp_path: Path) -> None:
    """A ~3 MB template that would unpack to 2 GiB: refused from the zip directory.
    Time and peak memory are measured in a fresh process (before the check this took
    minutes and gigabytes). The peak is the kernel's VmHWM of that process: getrusage's
    ru_maxrss would report this test process's own peak, which a child inherits at fork."""
    bomb = zip_bomb(tmp_path / "bomb.dotx", 2 * 1024 * 1024 * 1024)
    assert bomb.stat().st_size < 4 * 1024 * 1024  # the bomb: 4 MB, 8.4 GB, 72 s
    script = textwrap.dedent(f"""
        import re, resource, time
        # Without the size check the bomb would take gigabytes: fail fast instead.
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        import docx
        from insatsplan.errors import UserError
        from insatsplan.word.template import open_template
        start = time.perf_counter()
        try:
            open_template({str(bomb)!r})
            outcome = "opened"
        except UserError as error:
            outcome = error.text()
        seconds = time.perf_counter() - start
        status = open("/proc/self/status").read()
        peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024
        print(f"{{seconds:.3f}} {{peak}} {{outcome}}")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "desktop"),
                                                        "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    seconds, peak_mb, outcome = result.stdout.strip().split(" ", 2)
    print(f"zip bomb: refused in {seconds} s, peak RSS {peak_mb} MB")
    assert "too large" in outcome and str(bomb) in outcome
    assert float(seconds) < 1.0
    assert int(peak_mb) < 250


@pytest.mark.parametrize(("shape", "expected"), [
    ("one-part", "too large"), ("packed-tight", "packed"), ("many-parts", "too large"),
    ("large-in-total", "too large")])
def test_sizes_come_from_the_zip_directory(tmp_path: Path, shape: str, expected: str) -> None:
    """Each limit on its own: a part, the packing ratio, the number of parts, the total."""
    path = tmp_path / "mall.dotx"
    mib = 1024 * 1024
    tail = b"</w:body></w:document>"
    package = _parts(default_template().read_bytes())
    if shape == "one-part":  # 18 MiB of empty paragraphs: above the XML part limit
        package["word/document.xml"] = HEAD + b"<w:p/>" * (3 * mib) + tail
    elif shape == "packed-tight":  # 8 MiB of empty paragraphs: packed about 1000 times
        package["word/document.xml"] = HEAD + b"<w:p/>" * (mib + mib // 3) + tail
    elif shape == "many-parts":
        package.update({f"customXml/item{i}.xml": b"<a/>"
                        for i in range(package_safety.MAX_PARTS)})
    else:  # parts of 1 MiB (below the ratio check), too many of them
        package.update({f"word/media/image{i}.png": bytes(mib)
                        for i in range(package_safety.MAX_TOTAL_BYTES // mib + 1)})
    path.write_bytes(_zip(package))
    _refused(path, expected)


# --------------------------------------------------------------------------- the CLI


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from insatsplan.cli import main

    folder = tmp_path_factory.mktemp("cli")
    workspace = folder / "w.insatsplan"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        assert main(["--workspace", str(workspace), "demo"]) == 0
    return workspace


@pytest.mark.parametrize("case", ["macro-project", "remote-image", "ddeauto-field-in-runs",
                                  "external-entity"])
def test_cli_refuses_a_hostile_template_with_exit_2_and_one_line(
        demo_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        case: str) -> None:
    from insatsplan.cli import main

    template = hostile(tmp_path, **TEMPLATE_REFUSALS[case][0])
    out = tmp_path / "plan.docx"
    capsys.readouterr()
    assert main(["--workspace", str(demo_workspace), "export-word", "1", "--out", str(out),
                 "--template", str(template)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(template) in err and "Traceback" not in err
    assert not out.exists()


def test_cli_export_with_a_cleaned_template_keeps_the_plans_web_links(
        demo_workspace: Path, tmp_path: Path) -> None:
    from insatsplan.cli import main

    template = hostile(tmp_path, footer=FOOTER, footer_rels=FOOTER_LINKS)
    out = tmp_path / "plan.docx"
    assert main(["--workspace", str(demo_workspace), "export-word", "1", "--out", str(out),
                 "--template", str(template)]) == 0
    targets = _external_targets(out)
    assert "https://www.folkhalsomyndigheten.se" in targets  # the demo plan's own link
    assert "https://www.exempelstad.se/" in targets  # the template's footer link
    assert all(link_target(target) == target for target in targets)
    assert not [r for r in _all_relationships(out) if r[3] == "External"
                and not r[1].endswith("/hyperlink")]
