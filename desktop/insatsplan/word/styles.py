"""The styles the agreement uses, found in the template by their built-in names.

Word stores a built-in style's *name* in English whatever the user's language ("heading
1", "List Paragraph") but gives it a localised *id*: Swedish Word writes ``Rubrik1`` and
``Liststycke``. Paragraphs refer to ids, so the exporter looks styles up by name once,
uses the template's own ids, and creates only the styles the template lacks; never a
second "heading 1" beside the template's, which would split Word's navigation pane and
the table of contents between two styles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from docx.oxml.ns import qn
from lxml import etree

from insatsplan.word.docx_xml import sub

STYLE, NAME, VAL, STYLE_ID, TYPE = (qn("w:style"), qn("w:name"), qn("w:val"), qn("w:styleId"),
                                    qn("w:type"))
LANG = qn("w:lang")

#: Built-in name -> (type, the id Word gives it in English, a definition for templates
#: that lack it). Definitions are deliberately plain: the template owns the look; these
#: only make a bare template produce a sound, navigable document.
#: In the XML snippets ``{normal}`` and ``{heading1}`` are the template's ids of Normal and
#: heading 1.
_FALLBACKS: Final[dict[str, tuple[str, str, str]]] = {
    "normal": ("paragraph", "Normal", """
        <w:qFormat/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>
        <w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>"""),
    "title": ("paragraph", "Title", """
        <w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="10"/>
        <w:qFormat/><w:pPr><w:spacing w:after="240"/><w:contextualSpacing/></w:pPr>
        <w:rPr><w:b/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>"""),
    "subtitle": ("paragraph", "Subtitle", """
        <w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="11"/>
        <w:qFormat/><w:pPr><w:spacing w:after="360"/></w:pPr>
        <w:rPr><w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>"""),
    "heading 1": ("paragraph", "Heading1", """
        <w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="9"/>
        <w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="160"/>
        <w:outlineLvl w:val="0"/></w:pPr>
        <w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>"""),
    "heading 2": ("paragraph", "Heading2", """
        <w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="9"/>
        <w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
        <w:spacing w:before="280" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>
        <w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>"""),
    "heading 3": ("paragraph", "Heading3", """
        <w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="9"/>
        <w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
        <w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr>
        <w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>"""),
    "list paragraph": ("paragraph", "ListParagraph", """
        <w:basedOn w:val="{normal}"/><w:uiPriority w:val="34"/><w:qFormat/>
        <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr>"""),
    "hyperlink": ("character", "Hyperlink", """
        <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
        <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>"""),
    # As Word defines it: Heading 1's look (the template's, whatever its id), but body
    # text to the outline, so "Innehåll" is neither in the contents nor in navigation;
    # and no list (numId 0), so a numbered heading 1 does not make it "1. Innehåll".
    "toc heading": ("paragraph", "TOCHeading", """
        <w:basedOn w:val="{heading1}"/><w:next w:val="{normal}"/><w:uiPriority w:val="39"/>
        <w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="0"/>
        <w:numId w:val="0"/></w:numPr><w:outlineLvl w:val="9"/></w:pPr>"""),
    "toc 1": ("paragraph", "TOC1", """
        <w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="39"/>
        <w:unhideWhenUsed/><w:pPr><w:spacing w:before="120" w:after="60"/></w:pPr>
        <w:rPr><w:b/></w:rPr>"""),
    "toc 2": ("paragraph", "TOC2", """
        <w:basedOn w:val="{normal}"/><w:next w:val="{normal}"/><w:uiPriority w:val="39"/>
        <w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:left="220"/></w:pPr>"""),
    "header": ("paragraph", "Header", """
        <w:basedOn w:val="{normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
        <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
        <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>"""),
    "footer": ("paragraph", "Footer", """
        <w:basedOn w:val="{normal}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
        <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
        <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>"""),
}

#: How Word spells the built-in names it capitalises (the rest are lower case).
_PROPER_NAMES: Final = {"normal": "Normal", "title": "Title", "subtitle": "Subtitle",
                        "list paragraph": "List Paragraph", "hyperlink": "Hyperlink",
                        "toc heading": "TOC Heading"}
_W_DECL: Final = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@dataclass(frozen=True, slots=True)
class StyleIds:
    """The style ids the layout writes into ``w:pStyle``/``w:rStyle``, resolved once."""

    normal: str
    title: str
    subtitle: str
    heading: tuple[str, str, str]
    list_paragraph: str
    hyperlink: str
    toc_heading: str
    toc: tuple[str, str]
    header: str
    footer: str


def _index(styles: Any) -> tuple[dict[tuple[str, str], str], set[str]]:
    """(type, lower-case name) -> id of the first such style, and every id in use."""
    by_name: dict[tuple[str, str], str] = {}
    ids: set[str] = set()
    for style in styles.iterchildren(STYLE):
        style_id = style.get(STYLE_ID)
        if not style_id:
            continue
        ids.add(style_id)
        name_el = style.find(NAME)
        name = (name_el.get(VAL) if name_el is not None else None) or style_id
        by_name.setdefault((style.get(TYPE) or "paragraph", name.lower()), style_id)
    return by_name, ids


def _create(styles: Any, name: str, ids: set[str], normal: str, heading1: str = "") -> str:
    """Append the fallback definition of built-in style *name*; return its new id."""
    kind, preferred, body = _FALLBACKS[name]
    style_id = preferred
    n = 1
    while style_id in ids:  # an unrelated style already took the English id
        n += 1
        style_id = f"{preferred}{n}"
    proper = _PROPER_NAMES.get(name, name)
    xml = (f'<w:style {_W_DECL} w:type="{kind}" w:styleId="{style_id}">'
           f'<w:name w:val="{proper}"/>{body.format(normal=normal, heading1=heading1 or normal)}'
           '</w:style>')
    styles.append(etree.fromstring(xml))
    ids.add(style_id)
    return style_id


def resolve(styles: Any) -> StyleIds:
    """Find (or create) every style the agreement needs in the ``w:styles`` element."""
    by_name, ids = _index(styles)

    def get(name: str) -> str:
        kind = _FALLBACKS[name][0]
        found = by_name.get((kind, name))
        if found is None:
            found = _create(styles, name, ids, normal, by_name.get(("paragraph", "heading 1"),
                                                                   ""))
            by_name[(kind, name)] = found
        return found

    normal = by_name.get(("paragraph", "normal")) or ""
    if not normal:
        normal = _create(styles, "normal", ids, "Normal")
        by_name[("paragraph", "normal")] = normal
    heading = (get("heading 1"), get("heading 2"), get("heading 3"))
    resolved = StyleIds(
        normal=normal,
        title=get("title"),
        subtitle=get("subtitle"),
        heading=heading,
        list_paragraph=get("list paragraph"),
        hyperlink=get("hyperlink"),
        toc_heading=get("toc heading"),
        toc=(get("toc 1"), get("toc 2")),
        header=get("header"),
        footer=get("footer"),
    )
    _repair_references(styles, by_name, ids)
    _break_loops(styles)
    return resolved


#: Ids of built-in styles as English and Swedish Word write them -> the built-in name.
#: A template put together from documents of both (or a style copied in from another
#: template) can name a parent by an id this template does not have: ``basedOn
#: Rubrik1`` where heading 1 is ``Heading1``, or the other way round.
_KNOWN_IDS: Final = {
    **{preferred.casefold(): name for name, (_, preferred, _) in _FALLBACKS.items()},
    "rubrik": "title", "underrubrik": "subtitle", "rubrik1": "heading 1",
    "rubrik2": "heading 2", "rubrik3": "heading 3", "liststycke": "list paragraph",
    "hyperlnk": "hyperlink", "innehllsfrteckningsrubrik": "toc heading",
    "innehll1": "toc 1", "innehll2": "toc 2", "sidhuvud": "header", "sidfot": "footer",
}
_REFERENCES: Final = (qn("w:basedOn"), qn("w:next"))


def _repair_references(styles: Any, by_name: dict[tuple[str, str], str],
                       ids: set[str]) -> None:
    """Point a style's ``w:basedOn``/``w:next`` naming a style id the template lacks at
    the template's own style of the same built-in name (resolved by ``w:name``, never by
    id). Without this Word and LibreOffice silently base the style on Normal: a TOC
    Heading based on a missing ``Rubrik1`` loses the template's heading look."""
    for style in styles.iterchildren(STYLE):
        kind = style.get(TYPE) or "paragraph"
        for ref in style.iterchildren(*_REFERENCES):
            target = ref.get(VAL)
            if not target or target in ids:
                continue
            name = _KNOWN_IDS.get(target.casefold())
            found = by_name.get((kind, name)) if name else None
            if found and found != style.get(STYLE_ID):
                ref.set(VAL, found)


def _break_loops(styles: Any) -> None:
    """Cut every ``w:basedOn`` loop (heading 1 based on TOC Heading based on heading 1)
    at the reference that closes it. A template cannot get one through Word's dialogs,
    but a hand-edited or converted one can, and LibreOffice's import crashed on it (no
    page numbers, no PDF); every chain now ends."""
    parent: dict[str, Any] = {}
    for style in styles.iterchildren(STYLE):
        based = style.find(qn("w:basedOn"))
        if based is not None and style.get(STYLE_ID):
            parent[style.get(STYLE_ID)] = based
    done: set[str] = set()
    for start in list(parent):
        path: list[str] = []
        current: str | None = start
        while current in parent and current not in done and current not in path:
            path.append(current)
            current = parent[current].get(VAL)
        if current in path:
            closing = parent.pop(path[-1])
            closing.getparent().remove(closing)
        done.update(path)


def set_language(styles: Any, tag: str) -> None:
    """Make *tag* (``sv-SE``) the language of the defaults and of every style naming one.

    Spelling, hyphenation and a screen reader's voice follow ``w:lang``; a template made
    in an English Word often pins ``en-US`` in its styles, which would override the
    defaults, so those are changed too.
    """
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.Element(qn("w:docDefaults"))
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.Element(qn("w:rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = sub(rpr_default, qn("w:rPr"))
    lang = rpr.find(LANG)
    if lang is None:
        lang = _insert_lang(rpr)
    lang.set(VAL, tag)
    for element in styles.iter(LANG):
        element.set(VAL, tag)


#: CT_RPr children that come after ``w:lang``.
_AFTER_LANG: Final = {qn(t) for t in (
    "w:eastAsianLayout", "w:specVanish", "w:oMath", "w:rPrChange")}


def _insert_lang(rpr: Any) -> Any:
    lang = etree.Element(LANG)
    for child in rpr:
        if child.tag in _AFTER_LANG:
            child.addprevious(lang)
            return lang
    rpr.append(lang)
    return lang


#: Word's font size when neither a style nor the defaults give one (10 pt).
DEFAULT_HALF_POINTS: Final = 20


def font_half_points(styles: Any, style_id: str) -> int:
    """The font size (half-points) of paragraph style *style_id*: its own ``w:sz``, its
    parents' (``w:basedOn``), the document defaults', or Word's 10 pt."""
    by_id = {s.get(STYLE_ID): s for s in styles.iterchildren(STYLE)}
    seen: set[str] = set()
    current: str | None = style_id
    while current and current in by_id and current not in seen:
        seen.add(current)
        style = by_id[current]
        size = style.find(f"{qn('w:rPr')}/{qn('w:sz')}")
        if size is not None and (size.get(VAL) or "").isdigit():
            return int(size.get(VAL))
        based = style.find(qn("w:basedOn"))
        current = based.get(VAL) if based is not None else None
    size = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
    if size is not None and (size.get(VAL) or "").isdigit():
        return int(size.get(VAL))
    return DEFAULT_HALF_POINTS
