#!/usr/bin/env python3
"""Generate the default Word template, resources/templates/insatsplan.dotx.

    python tools/make_word_template.py           # write the template
    python tools/make_word_template.py --check   # exit 1 if the shipped file differs

The template is written from scratch (no python-docx default with its thumbnail, theme
and a hundred table styles), as a Word template (.dotx content type) so every export
exercises the path a city's own .dotx takes. Its look is a restrained municipal one:
Calibri (LibreOffice substitutes the metric-compatible Carlito), dark blue headings, A4
with 2.5 cm margins, Swedish as the language. The zip has fixed timestamps, so running
the script again gives the same bytes and a change to the look is a reviewable diff.

Standard library only.
"""

# ruff: noqa: E501  (XML package parts are clearer unwrapped)
from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "templates" / "insatsplan.dotx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

FONT = "Calibri"
ACCENT = "1F3864"  # dark blue: headings and the title
MUTED = "595959"  # header, footer, subtitle

CONTENT_TYPES = HEAD + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

PACKAGE_RELS = HEAD + f"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{R}/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = HEAD + f"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{R}/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="{R}/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId4" Type="{R}/numbering" Target="numbering.xml"/>
</Relationships>"""

CORE = HEAD + """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Insatsplan: mall för överenskommelse</dc:title>
<dc:creator>Insatsplan</dc:creator>
<dc:language>sv-SE</dc:language>
<cp:revision>1</cp:revision>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>
</cp:coreProperties>"""

APP = HEAD + """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>Insatsplan</Application><Template>insatsplan.dotx</Template>
</Properties>"""

# A4, 2.5 cm margins, header and footer 1.25 cm from the edge.
DOCUMENT = HEAD + f"""<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>
<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>
<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>
<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>
</w:body></w:document>"""

SETTINGS = HEAD + f"""<w:settings xmlns:w="{W}">
<w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:autoHyphenation/>
<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>
</w:settings>"""

FONT_TABLE = HEAD + f"""<w:fonts xmlns:w="{W}">
<w:font w:name="{FONT}"><w:altName w:val="Carlito"/><w:panose1 w:val="020F0502020204030204"/>
<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
</w:fonts>"""

NUMBERING = HEAD + f'<w:numbering xmlns:w="{W}"/>'


def _rpr(size: int | None = None, *, bold: bool = False, color: str | None = None) -> str:
    parts = ["<w:rPr>"]
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    parts.append("</w:rPr>")
    return "".join(parts)


def _style(kind: str, style_id: str, name: str, body: str, *, default: bool = False) -> str:
    flag = ' w:default="1"' if default else ""
    return (f'<w:style w:type="{kind}"{flag} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f"{body}</w:style>\n")


def _paragraph_style(style_id: str, name: str, ppr: str, rpr: str, *, priority: int,
                     next_normal: bool = True) -> str:
    nxt = '<w:next w:val="Normal"/>' if next_normal else ""
    return _style("paragraph", style_id, name,
                  f'<w:basedOn w:val="Normal"/>{nxt}<w:uiPriority w:val="{priority}"/>'
                  f"<w:qFormat/><w:pPr>{ppr}</w:pPr>{rpr}")


def styles_xml() -> str:
    """The styles part: every style the agreement uses, under Word's built-in names."""
    heading_rule = ('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" '
                    'w:color="8EAADB"/></w:pBdr>')
    styles = [
        _style("paragraph", "Normal", "Normal",
               '<w:qFormat/><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>'
               "</w:pPr>", default=True),
        _style("character", "DefaultParagraphFont", "Default Paragraph Font",
               '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>', default=True),
        _style("table", "TableNormal", "Normal Table",
               '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
               '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
               '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
               '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>', default=True),
        _style("numbering", "NoList", "No List",
               '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>', default=True),
        _paragraph_style("Title", "Title",
                         '<w:spacing w:before="1200" w:after="240" w:line="240" '
                         'w:lineRule="auto"/><w:contextualSpacing/>',
                         _rpr(52, color=ACCENT), priority=10),
        _paragraph_style("Subtitle", "Subtitle", '<w:spacing w:after="480"/>',
                         _rpr(28, color=MUTED), priority=11),
        _paragraph_style("Heading1", "heading 1",
                         f'<w:keepNext/><w:keepLines/>{heading_rule}'
                         '<w:spacing w:before="480" w:after="200"/><w:outlineLvl w:val="0"/>',
                         _rpr(34, bold=True, color=ACCENT), priority=9),
        _paragraph_style("Heading2", "heading 2",
                         '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
                         '<w:outlineLvl w:val="1"/>',
                         _rpr(28, bold=True, color=ACCENT), priority=9),
        _paragraph_style("Heading3", "heading 3",
                         '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="60"/>'
                         '<w:outlineLvl w:val="2"/>',
                         _rpr(23, bold=True, color="262626"), priority=9),
        _paragraph_style("ListParagraph", "List Paragraph",
                         '<w:spacing w:after="60"/><w:ind w:left="720"/>',
                         "", priority=34, next_normal=False),
        _style("character", "Hyperlink", "Hyperlink",
               '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
               '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'),
        _paragraph_style("TOCHeading", "TOC Heading", '<w:keepNext/><w:spacing w:after="240"/>',
                         _rpr(34, bold=True, color=ACCENT), priority=39),
        _paragraph_style("TOC1", "toc 1", '<w:spacing w:before="120" w:after="40"/>',
                         _rpr(bold=True), priority=39),
        _paragraph_style("TOC2", "toc 2", '<w:spacing w:after="20"/><w:ind w:left="284"/>',
                         "", priority=39),
        _paragraph_style("Header", "header",
                         '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                         _rpr(18, color=MUTED), priority=99, next_normal=False),
        _paragraph_style("Footer", "footer",
                         '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                         _rpr(18, color=MUTED), priority=99, next_normal=False),
    ]
    defaults = (f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" '
                f'w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/><w:sz w:val="22"/>'
                '<w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>'
                '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" '
                'w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n')
    return HEAD + f'<w:styles xmlns:w="{W}">\n{defaults}{"".join(styles)}</w:styles>'


def build() -> bytes:
    """The template's bytes: the same on every run (fixed order and timestamps)."""
    members = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": DOCUMENT,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": styles_xml(),
        "word/settings.xml": SETTINGS,
        "word/fontTable.xml": FONT_TABLE,
        "word/numbering.xml": NUMBERING,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if the shipped template differs from this script's")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        if not TARGET.is_file() or TARGET.read_bytes() != data:
            print(f"{TARGET} is stale: run python tools/make_word_template.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(data)
    print(TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
