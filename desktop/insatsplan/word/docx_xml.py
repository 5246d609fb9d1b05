"""Low-level WordprocessingML built straight on lxml: runs, hyperlinks, bookmarks, fields,
bullet numbering, settings and custom document properties.

python-docx has no public API for most of these (fields, bookmarks, numbering
definitions, custom properties), and its convenience calls for the rest are slow at a
real agreement's size (assigning ``paragraph.style`` scans the styles part on every call).
So the layout code resolves style ids once and builds elements here with
``lxml.etree.SubElement``; python-docx stays responsible for the package: parts,
relationships, content types and saving.

Element order inside ``w:rPr``, ``w:pPr``, ``w:tblPr`` and ``w:settings`` is fixed by the
schema and Word refuses files that break it, so every builder writes children in schema
order.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from typing import Any, Final

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from insatsplan.links import link_target
from insatsplan.text import Run, clean
from insatsplan.word.autolinks import autolinked

W_NS: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE: Final = "{http://www.w3.org/XML/1998/namespace}space"

# Qualified names, computed once (qn() parses its argument on every call).
P, PPR, PSTYLE, R, RPR, RSTYLE, T = (qn(t) for t in (
    "w:p", "w:pPr", "w:pStyle", "w:r", "w:rPr", "w:rStyle", "w:t"))
B, I_, BR, TAB, TABS, VAL = (qn(t) for t in ("w:b", "w:i", "w:br", "w:tab", "w:tabs", "w:val"))
HYPERLINK, RID, ANCHOR, HISTORY = qn("w:hyperlink"), qn("r:id"), qn("w:anchor"), qn("w:history")
BM_START, BM_END, ID, NAME = qn("w:bookmarkStart"), qn("w:bookmarkEnd"), qn("w:id"), qn("w:name")
FLDCHAR, FLDCHARTYPE, INSTR = qn("w:fldChar"), qn("w:fldCharType"), qn("w:instrText")
NUMPR, ILVL, NUMID = qn("w:numPr"), qn("w:ilvl"), qn("w:numId")
KEEPNEXT, PAGEBREAKBEFORE, SPACING, IND, JC = (qn(t) for t in (
    "w:keepNext", "w:pageBreakBefore", "w:spacing", "w:ind", "w:jc"))
POS, LEADER = qn("w:pos"), qn("w:leader")
COLOR, SZ, SZCS = qn("w:color"), qn("w:sz"), qn("w:szCs")

_BREAKS = re.compile(r"([\n\t])")


def safe_text(value: object) -> str:
    """Any value as text XML can hold: the writer must never crash on a stray value."""
    if value is None:
        return ""
    return clean(value if isinstance(value, str) else str(value))


def sub(parent: Any, tag: str, attrs: dict[str, str] | None = None) -> Any:
    """A new child element; ``attrs`` use qualified names."""
    return etree.SubElement(parent, tag, attrs) if attrs else etree.SubElement(parent, tag)


def paragraph(parent: Any, style_id: str | None = None) -> Any:
    """A new ``w:p`` with ``w:pStyle`` set directly from an id resolved once."""
    p = etree.SubElement(parent, P)
    if style_id:
        ppr = etree.SubElement(p, PPR)
        etree.SubElement(ppr, PSTYLE, {VAL: style_id})
    return p


def ppr(p: Any) -> Any:
    """The paragraph's ``w:pPr``, created as its first child when missing."""
    found = p.find(PPR)
    if found is None:
        found = etree.Element(PPR)
        p.insert(0, found)
    return found


def add_text(r: Any, text: str) -> None:
    """Text into a run: tabs and line breaks become ``w:tab``/``w:br``, never raw characters."""
    for piece in _BREAKS.split(text) if ("\n" in text or "\t" in text) else (text,):
        if piece == "\n":
            etree.SubElement(r, BR)
        elif piece == "\t":
            etree.SubElement(r, TAB)
        elif piece:
            t = etree.SubElement(r, T)
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(XML_SPACE, "preserve")


def plain_run(parent: Any, text: str, *, bold: bool = False, italic: bool = False,
              style_id: str | None = None) -> Any:
    """One run of *text*; *text* must already be XML-safe (see :func:`safe_text`)."""
    r = etree.SubElement(parent, R)
    if style_id or bold or italic:
        rpr = etree.SubElement(r, RPR)
        if style_id:
            etree.SubElement(rpr, RSTYLE, {VAL: style_id})
        if bold:
            etree.SubElement(rpr, B)
        if italic:
            etree.SubElement(rpr, I_)
    add_text(r, text)
    return r


class RunWriter:
    """Turns :class:`insatsplan.text.Run` tuples into Word runs and real hyperlinks.

    Adjacent runs with the same link share one ``w:hyperlink`` (a bold word inside a link
    must not split it in two); each distinct target gets one external relationship,
    looked up in a dict instead of python-docx's linear scan of the part's rels.

    Web and e-mail addresses in the text (``<https://…>``, bare ``https://…``) become
    links as well (:mod:`insatsplan.word.autolinks`).

    Only targets :func:`insatsplan.links.link_target` allows become hyperlinks. Any other
    link (``ms-msdt:``, ``smb:``, a relative path) is written as plain text, its label
    followed by the address in parentheses, so a reader loses nothing but the click.
    """

    def __init__(self, part: Any, hyperlink_style_id: str) -> None:
        self._part = part
        self._style = hyperlink_style_id
        self._rids: dict[str, str] = {}

    def relationship(self, url: str) -> str | None:
        """The rId of an external hyperlink relationship to *url*; None when *url* may
        not become a link."""
        target = link_target(url)
        if target is None:
            return None
        rid = self._rids.get(target)
        if rid is None:
            rid = self._part.relate_to(target, RT.HYPERLINK, is_external=True)
            self._rids[target] = rid
        return rid

    def write(self, parent: Any, runs: Iterable[Run], *, bold: bool = False) -> None:
        """Append *runs* to the paragraph (or other run container) *parent*."""
        link_el: Any = None
        link_url: str | None = None
        refused: list[str] = []  # the label so far of a link written as plain text
        for run in autolinked(runs):  # addresses typed as text become links too
            text = clean(run.text) if isinstance(run.text, str) else safe_text(run.text)
            if not text:
                continue
            url = run.link or None
            if url != link_url:
                self._close_refused(parent, link_url, refused)
                link_el, link_url = None, url
                if url is not None:
                    rid = self.relationship(url)
                    if rid is not None:
                        link_el = etree.SubElement(parent, HYPERLINK, {RID: rid, HISTORY: "1"})
            if link_el is not None:
                plain_run(link_el, text, bold=bold or run.bold, italic=run.italic,
                          style_id=self._style)
            else:
                if url is not None:
                    refused.append(text)
                plain_run(parent, text, bold=bold or run.bold, italic=run.italic)
        self._close_refused(parent, link_url, refused)

    @staticmethod
    def _close_refused(parent: Any, url: str | None, label: list[str]) -> None:
        """After a refused link's label: its address in parentheses, unless the label
        already is the address."""
        if url is not None and label:
            address = safe_text(url).strip()
            if address and "".join(label).strip() != address:
                plain_run(parent, f" ({address})")
        label.clear()


def bookmark(p: Any, name: str, bookmark_id: int) -> None:
    """Put a bookmark around the whole content of paragraph *p* (after its ``w:pPr``)."""
    start = etree.Element(BM_START, {ID: str(bookmark_id), NAME: name})
    props = p.find(PPR)
    p.insert(0 if props is None else p.index(props) + 1, start)
    etree.SubElement(p, BM_END, {ID: str(bookmark_id)})


def field(parent: Any, instruction: str, result: str = "", *, style_id: str | None = None,
          dirty: bool = False) -> Any:
    """A complex field (begin, instruction, separate, result, end) appended to *parent*.

    Returns the result run, whose text a later pass (the TOC's page numbers) may set.
    *dirty* asks Word to recompute the field when the document opens.
    """
    begin = sub(sub(parent, R), FLDCHAR, {FLDCHARTYPE: "begin"})
    if dirty:
        begin.set(qn("w:dirty"), "true")
    instr = sub(sub(parent, R), INSTR)
    instr.text = f" {instruction} "
    instr.set(XML_SPACE, "preserve")
    sub(sub(parent, R), FLDCHAR, {FLDCHARTYPE: "separate"})
    result_run = plain_run(parent, result, style_id=style_id)
    if not result:
        sub(result_run, T).text = ""
    sub(sub(parent, R), FLDCHAR, {FLDCHARTYPE: "end"})
    return result_run


#: CT_PPr children in schema order.
PPR_ORDER: Final = tuple(qn(t) for t in (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange"))
_PPR_RANK: Final = {tag: rank for rank, tag in enumerate(PPR_ORDER)}


def ppr_child(p: Any, tag: str, attrs: dict[str, str] | None = None) -> Any:
    """The ``w:pPr`` child *tag* of paragraph *p*, created at its schema position."""
    props = ppr(p)
    existing = props.find(tag)
    if existing is not None:
        return existing
    element = etree.Element(tag, attrs) if attrs else etree.Element(tag)
    rank = _PPR_RANK[tag]
    for child in props:
        if _PPR_RANK.get(child.tag, len(PPR_ORDER)) > rank:
            child.addprevious(element)
            break
    else:
        props.append(element)
    return element


def right_tab(p: Any, position: int, leader: str | None = None) -> None:
    """A right-aligned tab stop at *position* twips (page numbers, the header's year)."""
    attrs = {VAL: "right", POS: str(position)}
    if leader:
        attrs[LEADER] = leader
    sub(ppr_child(p, TABS), qn("w:tab"), attrs)


# --------------------------------------------------------------------------- numbering

#: Bullet characters per level: the round bullet, an en dash, a small square, repeating.
_BULLETS: Final = ("\u2022", "\u2013", "\u25aa")
LEVEL_INDENT: Final = 360  # twips per nesting level
_NSID: Final = qn("w:nsid")
HANGING: Final = 284


def add_bullet_numbering(numbering: Any, nsid: str | None = None) -> int:
    """Add a nine-level bullet definition and one instance of it; return the ``numId``.

    A real numbering definition (not bullet characters typed into text) is what lets
    Word, LibreOffice and screen readers see the goals as lists with nesting levels.
    ``w:abstractNum`` elements must precede every ``w:num``, and ``w:numIdMacAtCleanup``
    comes last, so insertion points are found rather than appended blindly.

    The definition's ``w:nsid`` (Word's identity of a list definition) is fresh unless
    *nsid* is given, and never one the part already holds: a template made from an
    earlier export carries that export's definition, and two definitions with one nsid
    are one list to Word.
    """
    abstracts = list(numbering.iterchildren(qn("w:abstractNum")))
    taken = {(n.get(VAL) or "").upper() for a in abstracts for n in a.iterchildren(_NSID)}
    while nsid is None or nsid.upper() in taken:
        nsid = f"{secrets.randbits(32):08X}"
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in abstracts]
    num_ids = [int(n.get(NUMID)) for n in numbering.iterchildren(qn("w:num"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    num_id = max(num_ids, default=0) + 1

    abstract = etree.Element(qn("w:abstractNum"), {qn("w:abstractNumId"): str(abstract_id)})
    sub(abstract, _NSID, {VAL: nsid})
    sub(abstract, qn("w:multiLevelType"), {VAL: "hybridMultilevel"})
    sub(abstract, qn("w:tmpl"), {VAL: "5C3A1E2B"})
    for level in range(9):
        lvl = sub(abstract, qn("w:lvl"), {ILVL: str(level)})
        sub(lvl, qn("w:start"), {VAL: "1"})
        sub(lvl, qn("w:numFmt"), {VAL: "bullet"})
        sub(lvl, qn("w:lvlText"), {VAL: _BULLETS[level % len(_BULLETS)]})
        sub(lvl, qn("w:lvlJc"), {VAL: "left"})
        lvl_ppr = sub(lvl, PPR)
        sub(lvl_ppr, IND, {qn("w:left"): str(LEVEL_INDENT * (level + 1)),
                           qn("w:hanging"): str(HANGING)})

    existing_nums = list(numbering.iterchildren(qn("w:num")))
    if existing_nums:
        existing_nums[0].addprevious(abstract)
    else:
        cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is not None:
            cleanup.addprevious(abstract)
        else:
            numbering.append(abstract)
    num = etree.Element(qn("w:num"), {NUMID: str(num_id)})
    sub(num, qn("w:abstractNumId"), {VAL: str(abstract_id)})
    abstract_or_last = list(numbering.iterchildren(qn("w:num"))) or [abstract]
    abstract_or_last[-1].addnext(num)
    return num_id


def number(p: Any, num_id: int, level: int) -> None:
    """Make paragraph *p* an item of list *num_id* at nesting *level* (``w:numPr``)."""
    numpr = ppr_child(p, NUMPR)
    sub(numpr, ILVL, {VAL: str(max(0, min(level, 8)))})
    sub(numpr, NUMID, {VAL: str(num_id)})


# --------------------------------------------------------------------------- settings

#: CT_Settings children in schema order.
_SETTINGS_ORDER: Final = (
    "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation",
    "w:removeDateAndTime", "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape",
    "w:printPostScriptOverText", "w:printFractionalCharacterWidth", "w:printFormsData",
    "w:embedTrueTypeFonts", "w:embedSystemFonts", "w:saveSubsetFonts", "w:saveFormsData",
    "w:mirrorMargins", "w:alignBordersAndEdges", "w:bordersDoNotSurroundHeader",
    "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
    "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState", "w:formsDesign",
    "w:attachedTemplate", "w:linkStyles", "w:stylePaneFormatFilter",
    "w:stylePaneSortMethod", "w:documentType", "w:mailMerge", "w:revisionView",
    "w:trackRevisions", "w:doNotTrackMoves", "w:doNotTrackFormatting",
    "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
    "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit",
    "w:hyphenationZone", "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength",
    "w:clickAndTypeStyle", "w:defaultTableStyle", "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting", "w:bookFoldPrinting", "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery", "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin", "w:doNotShadeFormData", "w:noPunctuationKerning",
    "w:characterSpacingControl", "w:printTwoOnOne", "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults",
    "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr",
    "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)


_SETTINGS_RANK: Final = {qn(tag): rank for rank, tag in enumerate(_SETTINGS_ORDER)}
_W_PREFIX: Final = f"{{{W_NS}}}"


def _settings_rank(element: Any) -> float | None:
    """Where *element* stands in ``w:settings``: its schema position; after every schema
    element for an extension outside the main namespace (``w14:docId``,
    ``w15:chartTrackingRefBased``, ``w15:docId``: Word writes them last); None for what
    is not an element or is an unknown ``w:`` element, which fixes no position."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    rank = _SETTINGS_RANK.get(tag)
    if rank is not None:
        return rank
    return None if tag.startswith(_W_PREFIX) else float("inf")


def set_setting(settings: Any, tag: str, attrs: dict[str, str]) -> Any:
    """Set (or replace) one ``w:settings`` child, inserted at its schema position: before
    the first child that comes later in the schema, extension elements included."""
    name = qn(tag)
    existing = settings.find(name)
    if existing is not None:
        settings.remove(existing)
    element = etree.Element(name, attrs)
    rank = _SETTINGS_RANK[name]
    for child in settings:
        child_rank = _settings_rank(child)
        if child_rank is not None and child_rank > rank:
            child.addprevious(element)
            break
    else:
        settings.append(element)
    return element


# --------------------------------------------------------------------------- custom properties

CUSTOM_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_CT: Final = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_RT: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_FMTID: Final = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def set_custom_properties(package: Any, values: dict[str, str]) -> None:
    """Write string custom document properties (File → Properties → Custom in Word).

    A template's own custom properties are kept; ours replace any of the same name. The
    part is rebuilt as a plain :class:`Part` under the same relationship id, since
    python-docx has no class for it.
    """
    rel = next((r for r in package.rels.values() if r.reltype == CUSTOM_RT), None)
    root: Any = None
    if rel is not None:
        try:
            root = etree.fromstring(rel.target_part.blob)
        except (etree.XMLSyntaxError, ValueError):
            root = None
    if root is None or root.tag != f"{{{CUSTOM_NS}}}Properties":
        root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for prop in list(root):
        if prop.get("name") in values:
            root.remove(prop)
    pids = [int(p.get("pid")) for p in root if (p.get("pid") or "").isdigit()]
    pid = max(pids, default=1)
    for name, value in values.items():
        pid += 1
        prop = sub(root, f"{{{CUSTOM_NS}}}property",
                   {"fmtid": _FMTID, "pid": str(pid), "name": name})
        sub(prop, f"{{{VT_NS}}}lpwstr").text = safe_text(value)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    partname = rel.target_part.partname if rel is not None else PackURI("/docProps/custom.xml")
    part = Part(partname, CUSTOM_CT, blob, package)
    if rel is not None:
        package.rels.add_relationship(CUSTOM_RT, part, rel.rId)
    else:
        package.relate_to(part, CUSTOM_RT)
