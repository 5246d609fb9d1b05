"""Reading a Word file into plain paragraphs with the structure they show.

:func:`read_word` opens the package safely (:mod:`.package`), then walks the body's
XML with lxml in reading order (table cells row by row, content controls, text boxes)
and records per paragraph what recognition needs (:class:`~.model.Paragraph`):
the style's built-in name and heading level (:mod:`.styles`), list level and kind,
typed bullets, whether it belongs to a printed table of contents, runs with bold,
italic and allowed links, bookmarks and page breaks. python-docx is not used: it would
build an object per element and hides what is inside hyperlinks, fields, insertions and
content controls, which is where other producers' text lives.

Footnotes, endnotes and comments (a reviewer's remarks in a copy that came back) are
read the same way and travel with the paragraph that refers to them
(:attr:`~.model.Paragraph.notes`), numbered as Word prints them; the separator "notes"
Word keeps in the same parts are not read.

Text rules: ``w:tab`` is a tab, ``w:br``/``w:cr`` a line break, field codes are left
out and their results kept, deleted text (``w:del``, ``w:moveFrom``) is left out and
inserted text kept, as if every tracked change were accepted (how many there were is
counted, so the preview can say so); a hyperlink becomes a link only when
:func:`insatsplan.links.link_target` allows its target (internal anchors stay text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from insatsplan.links import link_target
from insatsplan.text import Run, clean
from insatsplan.word_import import errors as e
from insatsplan.word_import.model import ListKind, Note, NoteKind, Paragraph, WordDocument
from insatsplan.word_import.package import WordPackage, load_package
from insatsplan.word_import.styles import Styles, W, int_attr, left_indent, on

__all__ = ["TWIPS_PER_LEVEL", "TYPED_BULLETS", "read_word"]

#: Characters an author types (or pastes) for a bullet, at the start of a paragraph.
TYPED_BULLETS: Final = ("•", "-", "–", "*", "·", "▪", "◦", "\uf0b7")
#: How far a typed bullet is indented per nesting level, roughly (Word's list indent).
TWIPS_PER_LEVEL: Final = 360
_TYPED_BULLET: Final = re.compile(
    r"^(?P<lead>[ \t\u00a0]*)(?:[•·▪◦\uf0b7][ \t\u00a0]*|[-–*][ \t\u00a0]+)(?=\S)")

_R: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CP: Final = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DC: Final = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS: Final = "{http://purl.org/dc/terms/}"
_CUSTOM: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_VAL: Final = f"{W}val"

_P, _R_RUN, _T, _TBL = f"{W}p", f"{W}r", f"{W}t", f"{W}tbl"
_TR, _MOVE_FROM = f"{W}tr", f"{W}moveFrom"
_SDT, _SDT_CONTENT, _PPR, _RPR = f"{W}sdt", f"{W}sdtContent", f"{W}pPr", f"{W}rPr"
_HYPERLINK, _BOOKMARK = f"{W}hyperlink", f"{W}bookmarkStart"
_FLDCHAR, _INSTR, _FLDSIMPLE = f"{W}fldChar", f"{W}instrText", f"{W}fldSimple"
_TXBX = f"{W}txbxContent"
_PSTYLE, _OUTLINE, _NUMPR, _NUMID = f"{W}pStyle", f"{W}outlineLvl", f"{W}numPr", f"{W}numId"
_ILVL, _IND, _PAGE_BREAK_BEFORE = f"{W}ilvl", f"{W}ind", f"{W}pageBreakBefore"
_BOLD, _ITALIC, _RSTYLE = f"{W}b", f"{W}i", f"{W}rStyle"
#: A run's reference to a footnote or endnote, by the kind of note it refers to.
_NOTE_REFERENCES: Final[dict[str, NoteKind]] = {f"{W}footnoteReference": "footnote",
                                                f"{W}endnoteReference": "endnote",
                                                f"{W}commentReference": "comment"}
#: The notes parts' elements, and the kinds of note that are Word's own (the line
#: between the body and the notes, its continuation): no one's text.
_NOTE_ELEMENTS: Final[dict[str, NoteKind]] = {f"{W}footnote": "footnote",
                                              f"{W}endnote": "endnote",
                                              f"{W}comment": "comment"}
#: The revisions Word's "Accept all" / "Reject all" act on, as the body holds them.
_REVISIONS: Final = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")
_SEPARATOR_NOTES: Final = frozenset({"separator", "continuationseparator",
                                     "continuationnotice"})
_HIDING: Final = frozenset({f"{W}vanish", f"{W}webHidden"})
#: Paragraph content that is not shown: deleted or moved-away text, and property blocks.
_HIDDEN: Final = frozenset({f"{W}del", f"{W}moveFrom", _PPR, f"{W}rPr", f"{W}sdtPr",
                            f"{W}sdtEndPr", f"{W}customXmlPr", f"{W}smartTagPr",
                            f"{_MC}Fallback"})
#: Block-level elements that hold no paragraphs of the text.
_NOT_BLOCKS: Final = frozenset({f"{W}sectPr", f"{W}tblPr", f"{W}tblGrid", f"{W}trPr",
                                f"{W}tcPr", f"{W}sdtPr", f"{W}sdtEndPr", f"{W}tblPrEx",
                                f"{W}del", f"{W}moveFrom", f"{_MC}Fallback"})
_CORE_PROPERTIES: Final = {f"{_DC}title": "title", f"{_DC}subject": "subject",
                           f"{_DC}creator": "creator", f"{_CP}category": "category",
                           f"{_CP}keywords": "keywords", f"{_DC}description": "description"}
#: Word's built-in nested list styles ("list bullet 2", "list number 3", "list 2").
_NESTED_LIST_STYLE: Final = re.compile(r"^list(?: bullet| number)? ([2-9])$")
_FIELD_NAME: Final = re.compile(r"\s*([A-Za-z]+)")
_QUOTED_OR_WORD: Final = re.compile(r'"([^"]*)"|(\S+)')


def read_word(path: Path) -> WordDocument:
    """The body and properties of the Word file at *path*.

    Raises a :class:`~insatsplan.word_import.errors.WordImportError` (a
    :class:`~insatsplan.errors.UserError`) for anything that is not a readable Word
    document with some text: see :mod:`.errors` and :mod:`.package`.
    """
    package = load_package(Path(path))
    try:
        styles = Styles(package.styles, package.numbering)
        notes = _Notes(package, styles)
        body = _Body(package, styles, notes)
        paragraphs = body.paragraphs()
    except RecursionError:  # a pathologically nested body
        raise e.DamagedWordError(e.MSG_DAMAGED, file=package.file) from None
    if not any(p.text.strip() for p in paragraphs):
        raise e.EmptyWordError(e.MSG_EMPTY, file=package.file)
    return WordDocument(package.file, paragraphs, _properties(package),
                        unreferenced_notes=notes.unreferenced(),
                        tracked_changes=sum(1 for _ in package.document.iter(*_REVISIONS)))


class _Notes:
    """The document's footnotes, endnotes and comments with text, read like the body
    (links, bold, fields), numbered as the body refers to them."""

    def __init__(self, package: WordPackage, styles: Styles) -> None:
        self.texts: dict[tuple[NoteKind, str], tuple[Run, ...]] = {}
        self.authors: dict[tuple[NoteKind, str], str] = {}
        self.numbers: dict[tuple[NoteKind, str], int] = {}
        self.counted: dict[NoteKind, int] = {}  # numbers given per kind: no count per note
        for part, kind in ((package.footnotes, "footnotes"), (package.endnotes, "endnotes"),
                           (package.comments, "comments")):
            if part is None:
                continue
            links = package.note_hyperlinks.get(kind, {})
            reader = _Body(replace(package, hyperlinks=links), styles)
            for note in part:
                note_kind = _NOTE_ELEMENTS.get(note.tag) if isinstance(note.tag, str) else None
                if note_kind is None or str(note.get(f"{W}type") or "").lower() in \
                        _SEPARATOR_NOTES:
                    continue
                runs = reader.note_runs(note)
                if "".join(run.text for run in runs).strip():
                    key = (note_kind, str(note.get(f"{W}id") or ""))
                    if key in self.texts:  # a second note under one id: no reference
                        # reaches it ("\0" is in no XML), so it is kept as unreferenced
                        key = (note_kind, f"{key[1]}\0{len(self.texts)}")
                    self.texts[key] = runs
                    self.authors[key] = clean(str(note.get(f"{W}author") or "")).strip()

    def referred(self, kind: NoteKind, note_id: str) -> Note | None:
        """The note a reference in the body points at (None when it has no text), with
        its number: the next of its kind the first time, the same after that."""
        key = (kind, note_id)
        runs = self.texts.get(key)
        if runs is None:
            return None
        if key not in self.numbers:
            self.counted[kind] = self.numbers[key] = self.counted.get(kind, 0) + 1
        return Note(kind, self.numbers[key], runs, self.authors.get(key, ""))

    def unreferenced(self) -> tuple[Note, ...]:
        """Notes with text that nothing in the body referred to, in the part's order."""
        return tuple(note for key in self.texts if key not in self.numbers
                     if (note := self.referred(*key)) is not None)


def _properties(package: WordPackage) -> dict[str, str]:
    found: dict[str, str] = {}
    if package.core is not None:
        for element in package.core:
            key = _CORE_PROPERTIES.get(element.tag)
            text = clean("".join(element.itertext())).strip() if key else ""
            if key and text:
                found[key] = text
    if package.custom is not None:
        for prop in package.custom.iter(f"{_CUSTOM}property"):
            name = str(prop.get("name") or "").strip()
            if name:
                found[name] = clean("".join(prop.itertext())).strip()
    return found


def _deleted_whole(p: Any) -> bool:
    """A tracked-deleted paragraph: its mark deleted (or moved away) and no text left
    outside deletions. Accepting every change removes it; read as accepted, it is not
    there (kept, it was an empty paragraph that shifted what followed)."""
    ppr = p.find(_PPR)
    rpr = ppr.find(f"{W}rPr") if ppr is not None else None
    if rpr is None or (rpr.find(f"{W}del") is None and rpr.find(_MOVE_FROM) is None):
        return False
    return not any(t.text and next(t.iterancestors(_MOVE_FROM), None) is None
                   for t in p.iter(_T))


def _row_deleted(row: Any) -> bool:
    """A tracked-deleted table row (``w:trPr/w:del``): gone once accepted."""
    trpr = row.find(f"{W}trPr")
    return trpr is not None and trpr.find(f"{W}del") is not None


@dataclass
class _Field:
    """A complex field being read: its instruction, and whether its result has begun."""

    instruction: list[str] = field(default_factory=list)
    in_result: bool = False
    is_toc: bool = False
    is_link: bool = False
    #: Its ``begin`` and ``separate`` marks (None: a simple field), so that a field
    #: that never ends can be read again as no field.
    begin: Any = None
    separator: Any = None

    @property
    def name(self) -> str:
        match = _FIELD_NAME.match("".join(self.instruction))
        return match.group(1).upper() if match else ""

    def hyperlink(self) -> str | None:
        """The allowed target of a ``HYPERLINK "url"`` field (None for ``\\l`` anchors)."""
        if self.name != "HYPERLINK":
            return None
        rest = "".join(self.instruction).strip()[len("HYPERLINK"):]
        skip = False
        for quoted, word in _QUOTED_OR_WORD.findall(rest):
            token = quoted or word
            if skip:
                skip = False
            elif word.startswith("\\"):
                skip = word.lower() in ("\\l", "\\o", "\\t")
                if word.lower() == "\\l":
                    return None
            else:
                return link_target(token)
        return None


@dataclass
class _Builder:
    """One paragraph's content while it is read."""

    runs: list[Run] = field(default_factory=list)
    bookmarks: dict[str, None] = field(default_factory=dict)  # ordered, each name once
    notes: dict[tuple[NoteKind, int], Note] = field(default_factory=dict)  # ordered, once
    page_break: bool = False
    toc_text: bool = False
    other_text: bool = False
    has_text: bool = False

    def add(self, text: str, bold: bool, italic: bool, link: str | None,
            in_toc: bool) -> None:
        if not text:
            return
        visible = not text.isspace()
        self.has_text = self.has_text or visible
        if in_toc:
            self.toc_text = True
        elif visible:
            self.other_text = True
        last = self.runs[-1] if self.runs else None
        if last is not None and (last.bold, last.italic, last.link) == (bold, italic, link):
            self.runs[-1] = Run(last.text + text, bold, italic, link)
        else:
            self.runs.append(Run(text, bold, italic, link))


class _Body:
    """The walk over ``w:body``; field state carries over from paragraph to paragraph."""

    def __init__(self, package: WordPackage, styles: Styles | None = None,
                 notes: _Notes | None = None) -> None:
        self.package = package
        self.styles = styles or Styles(package.styles, package.numbering)
        self.notes = notes
        # Complex fields may span runs and paragraphs. Counters, not scans of the
        # stack, so a file of unbalanced fields costs no more than a normal one.
        self.fields: list[_Field] = []
        self.in_instruction = 0  # fields whose instruction is being read: text hidden
        self.toc_open = 0  # TOC fields whose result (the printed contents) is being read
        self.links: list[str | None] = []  # HYPERLINK fields' targets, innermost last
        #: The marks of fields that never end, read as no field (see :meth:`_read`).
        self.ignored: set[Any] = set()
        self.found: list[Paragraph] = []
        self.break_pending = False

    def paragraphs(self) -> tuple[Paragraph, ...]:
        body = self.package.document.find(f"{W}body")
        if body is None:
            return ()
        self._read(body)
        _typed_levels(self.found)
        return tuple(self.found)

    def _read(self, container: Any) -> None:
        """The paragraphs of *container* (the body, one note) added to :attr:`found`.

        A field that is still open at the container's end (begun and never ended: a
        damaged file, a careless converter) would hide everything after it as its
        instruction, or mark it as a table of contents: the container is then read
        again with that field's marks ignored. Each field starts afresh.
        """
        start = len(self.found)
        for _attempt in range(3):  # a second reading has no open field left
            self.fields, self.in_instruction, self.toc_open, self.links = [], 0, 0, []
            self.break_pending = False
            for element, in_table, in_toc in self._blocks(container, False, False):
                self._paragraph(element, in_table, in_toc)
            unended = {mark for open_field in self.fields
                       for mark in (open_field.begin, open_field.separator)
                       if mark is not None} - self.ignored
            if not unended:
                return
            self.ignored |= unended
            del self.found[start:]

    def note_runs(self, note: Any) -> tuple[Run, ...]:
        """One note's paragraphs (tables and boxes in it included) as one run list,
        joined by a space."""
        start = len(self.found)
        self._read(note)
        out: list[Run] = []
        for p in self.found[start:]:
            if p.text.strip():
                if out:
                    out.append(Run(" "))
                out.extend(p.runs)
        if out:  # the space after the note's own mark, and any at its end
            first, last = out[0], out[-1]
            out[0] = Run(first.text.lstrip(), first.bold, first.italic, first.link)
            out[-1] = Run(out[-1].text.rstrip(), last.bold, last.italic, last.link)
        return tuple(run for run in out if run.text)

    def _blocks(self, container: Any, in_table: bool, in_toc: bool
                ) -> Iterator[tuple[Any, bool, bool]]:
        """Paragraphs of a block container in reading order, with (in table, in a
        contents control); text boxes of a paragraph follow it."""
        for child in container:
            tag = child.tag
            if tag == _P:
                if _deleted_whole(child):
                    continue
                yield child, in_table, in_toc
                for box in child.iter(_TXBX):
                    if _outermost_box(box, child):
                        yield from self._blocks(box, in_table, in_toc)
            elif tag == _TBL:
                yield from self._blocks(child, True, in_toc)
            elif tag == _TR and _row_deleted(child):
                continue
            elif tag == _SDT:
                yield from self._blocks(child, in_table, in_toc or _is_toc_control(child))
            elif tag not in _NOT_BLOCKS and isinstance(tag, str):
                yield from self._blocks(child, in_table, in_toc)

    def _paragraph(self, p: Any, in_table: bool, in_toc_control: bool) -> None:
        ppr = p.find(_PPR)
        style_id = ""
        own_outline: int | None = None
        own_num: tuple[str, int | None] | None = None
        own_indent: int | None = None
        own_break: bool | None = None
        if ppr is not None:
            for child in ppr:  # one pass: lxml's find() parses its path on every call
                tag = child.tag
                if tag == _PSTYLE:
                    style_id = str(child.get(_VAL) or "")
                elif tag == _OUTLINE:
                    own_outline = int_attr(child, _VAL)
                elif tag == _NUMPR:
                    num_id = child.find(_NUMID)
                    own_num = (str(num_id.get(_VAL) or "") if num_id is not None else "",
                               int_attr(child.find(_ILVL), _VAL))
                elif tag == _IND:
                    own_indent = left_indent(child)
                elif tag == _PAGE_BREAK_BEFORE:
                    own_break = on(child)
        style = self.styles.paragraph(style_id)
        builder = _Builder(page_break=self.break_pending)
        self.break_pending = False
        toc_at_start = self.toc_open > 0
        self._content(p, builder, style.bold, style.italic, None)
        text_runs = _trimmed(builder.runs)

        heading = style.heading_level
        if own_outline is not None:
            heading = own_outline + 1 if 0 <= own_outline <= 8 else None
        num = style.num
        if own_num is not None:
            num = (own_num[0] or (style.num[0] if style.num else ""),
                   own_num[1] if own_num[1] is not None else (
                       style.num[1] if style.num else None))
        listed = self.styles.list_of(num)
        list_level: int | None = listed[0] if listed else None
        list_kind: ListKind | None = None
        if listed:
            list_kind = "bullet" if listed[1] == "bullet" else "number"
            nested = _NESTED_LIST_STYLE.match(style.name)
            if nested and list_level == 0:
                # "List Bullet 2" nests by its own numbering (level 0, indented more).
                list_level = int(nested.group(1)) - 1
        indent = own_indent if own_indent is not None else (style.indent or 0)
        typed = False
        bullet = ""
        if listed is None and heading is None:
            stripped = _strip_typed_bullet(text_runs)
            if stripped is not None:
                text_runs, tabs, bullet = stripped
                typed, list_kind = True, "bullet"
                list_level = _typed_depth(max(indent, 0) + tabs * 2 * TWIPS_PER_LEVEL)
        text = "".join(run.text for run in text_runs)
        in_toc = (in_toc_control or style.name.startswith("toc ")
                  or (builder.toc_text and not builder.other_text)
                  or (toc_at_start and not text.strip()))
        visible = [run for run in text_runs if run.text.strip()]
        self.found.append(Paragraph(
            index=len(self.found) + 1, text=text, runs=tuple(text_runs), style=style.name,
            heading_level=heading, list_level=list_level, list_kind=list_kind,
            typed_bullet=typed, indent_twips=max(indent, 0),
            bold=bool(visible) and all(run.bold for run in visible),
            bookmarks=tuple(builder.bookmarks), in_toc=in_toc, in_table=in_table,
            page_break_before=(own_break if own_break is not None
                               else style.page_break_before) or builder.page_break,
            bullet=bullet, notes=tuple(builder.notes.values())))
        if builder.page_break and not builder.has_text:
            # A paragraph holding only a page break: the break is the next one's.
            self.break_pending = True

    def _content(self, element: Any, builder: _Builder, bold: bool | None,
                 italic: bool | None, link: str | None) -> None:
        """Runs of a paragraph or of an inline container inside it, in order."""
        for child in element:
            tag = child.tag
            if tag == _R_RUN:
                self._run(child, builder, bold, italic, link)
            elif tag == _HYPERLINK:
                rel = child.get(f"{_R}id")
                target = self.package.hyperlinks.get(str(rel)) if rel else None
                allowed = link_target(target) if target else None
                anchor = child.get(f"{W}anchor")
                if allowed and anchor and "#" not in allowed:
                    allowed = link_target(f"{target}#{anchor}")
                self._content(child, builder, bold, italic, allowed or link)
            elif tag == _BOOKMARK:
                name = str(child.get(f"{W}name") or "")
                if name:
                    builder.bookmarks[name] = None
            elif tag == _FLDSIMPLE:
                simple = _Field([str(child.get(f"{W}instr") or "")], in_result=True)
                toc = simple.name == "TOC"
                self.toc_open += toc
                self._content(child, builder, bold, italic, simple.hyperlink() or link)
                self.toc_open -= toc
            elif tag in _HIDDEN or not isinstance(tag, str):
                continue
            else:  # w:ins, w:moveTo, w:smartTag, w:customXml, w:sdt(Content), mc:Choice
                self._content(child, builder, bold, italic, link)

    def _run(self, run: Any, builder: _Builder, bold: bool | None, italic: bool | None,
             link: str | None) -> None:
        hidden = False
        first = run[0] if len(run) else None
        if first is not None and first.tag == _RPR:
            own_bold: bool | None = None
            own_italic: bool | None = None
            for child in first:
                tag = child.tag
                if tag == _BOLD:
                    own_bold = on(child)
                elif tag == _ITALIC:
                    own_italic = on(child)
                elif tag == _RSTYLE:
                    resolved = self.styles.resolve(str(child.get(_VAL) or ""))
                    bold = resolved.bold if resolved.bold is not None else bold
                    italic = resolved.italic if resolved.italic is not None else italic
                elif tag in _HIDING and on(child):
                    hidden = True  # hidden text (a TOC entry's page number for the web)
            bold = own_bold if own_bold is not None else bold
            italic = own_italic if own_italic is not None else italic
        for child in run:
            tag = child.tag
            if tag == _FLDCHAR:
                if child not in self.ignored:
                    self._field_char(str(child.get(f"{W}fldCharType") or ""), child)
                continue
            if tag == _INSTR:
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instruction.append(child.text or "")
                continue
            if hidden or self.in_instruction:
                continue
            if tag in _NOTE_REFERENCES:
                note = self.notes.referred(_NOTE_REFERENCES[tag], str(
                    child.get(f"{W}id") or "")) if self.notes is not None else None
                if note is not None:
                    builder.notes.setdefault((note.kind, note.number), note)
                continue
            text = _run_text(child, builder)
            if text:
                field_link = self.links[-1] if self.links else None
                builder.add(clean(text), bool(bold), bool(italic), field_link or link,
                            self.toc_open > 0)

    def _field_char(self, kind: str, mark: Any) -> None:
        if kind == "begin":
            self.fields.append(_Field(begin=mark))
            self.in_instruction += 1
        elif kind == "separate" and self.fields and not self.fields[-1].in_result:
            self.fields[-1].separator = mark
            self._result_begins(self.fields[-1])
        elif kind == "end" and self.fields:
            ended = self.fields.pop()
            if not ended.in_result:
                self.in_instruction -= 1
            if ended.is_toc:
                self.toc_open -= 1
            if ended.is_link:
                self.links.pop()

    def _result_begins(self, current: _Field) -> None:
        current.in_result = True
        self.in_instruction -= 1
        name = current.name
        if name == "TOC":
            current.is_toc = True
            self.toc_open += 1
        elif name == "HYPERLINK":
            current.is_link = True
            self.links.append(current.hyperlink())


def _run_text(child: Any, builder: _Builder) -> str:
    """The text one child of a run shows; notes a page break at the paragraph's start."""
    tag = child.tag
    if tag == _T:
        return str(child.text or "")
    if tag == f"{W}tab" or tag == f"{W}ptab":
        return "\t"
    if tag == f"{W}br":
        if str(child.get(f"{W}type") or "") == "page":
            if not builder.has_text:
                builder.page_break = True
                return ""
            return "\n"
        return "\n"
    if tag == f"{W}cr":
        return "\n"
    if tag == f"{W}noBreakHyphen":
        return "-"
    if tag == f"{W}sym":
        char = str(child.get(f"{W}char") or "")
        try:
            return chr(int(char, 16)) if char else ""
        except (ValueError, OverflowError):  # not hex, past U+10FFFF, past a C int
            return ""
    return ""


def _trimmed(runs: list[Run]) -> list[Run]:
    """Runs without the paragraph's leading and trailing line breaks (a page break's
    leftovers); inner text stays as it is."""
    out = list(runs)
    while out and not out[0].text.strip("\n"):
        out.pop(0)
    while out and not out[-1].text.strip("\n"):
        out.pop()
    if out and out[0].text.startswith("\n"):
        out[0] = Run(out[0].text.lstrip("\n"), out[0].bold, out[0].italic, out[0].link)
    if out and out[-1].text.endswith("\n"):
        out[-1] = Run(out[-1].text.rstrip("\n"), out[-1].bold, out[-1].italic, out[-1].link)
    return out


def _strip_typed_bullet(runs: list[Run]) -> tuple[list[Run], int, str] | None:
    """The runs without a typed bullet at their start (it may be a run of its own), how
    many tabs led it, and the bullet as written; None when the paragraph does not start
    with one."""
    match = _TYPED_BULLET.match("".join(run.text for run in runs))
    if match is None:
        return None
    out: list[Run] = []
    cut = match.end()
    for run in runs:
        if cut >= len(run.text):
            cut -= len(run.text)
            continue
        out.append(Run(run.text[cut:], run.bold, run.italic, run.link) if cut else run)
        cut = 0
    return out, match.group("lead").count("\t"), match.group(0)


def _typed_levels(found: list[Paragraph]) -> None:
    """Typed bullets' levels within each run of consecutive typed bullets: the
    shallowest indent is level 0, each deeper one the next (Word indents a level by
    360 or 720 twips, an author by tabs or spaces: only the order is reliable)."""
    start = 0
    while start < len(found):
        if not found[start].typed_bullet:
            start += 1
            continue
        end = start
        while end < len(found) and (found[end].typed_bullet or not found[end].text.strip()):
            end += 1
        group = [i for i in range(start, end) if found[i].typed_bullet]
        depths = sorted({found[i].list_level or 0 for i in group})
        rank = {depth: n for n, depth in enumerate(depths)}
        for i in group:
            found[i] = replace(found[i], list_level=min(rank[found[i].list_level or 0], 8))
        start = end


def _typed_depth(position: int) -> int:
    """How deep a typed bullet is indented, in steps of about 360 twips."""
    return max(round(position / TWIPS_PER_LEVEL), 0)


def _is_toc_control(sdt: Any) -> bool:
    """A content control Word made for a table of contents."""
    props = sdt.find(f"{W}sdtPr")
    if props is None:
        return False
    for gallery in props.iter(f"{W}docPartGallery"):
        if "table of contents" in str(gallery.get(_VAL) or "").lower():
            return True
    return False


def _outermost_box(box: Any, paragraph: Any) -> bool:
    """Whether text box *box* belongs to *paragraph* itself: not in an ``mc:Fallback``
    (a copy of the ``mc:Choice``) and not inside another text box below it, whose own
    paragraphs yield it (else a box nested k deep would be read 2^k times)."""
    for ancestor in box.iterancestors():
        if ancestor is paragraph:
            return True
        if ancestor.tag in (f"{_MC}Fallback", _TXBX):
            return False
    return True
