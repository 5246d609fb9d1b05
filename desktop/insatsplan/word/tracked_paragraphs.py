"""An agreement's body read for pairing with another's: each paragraph's keys, list
level and properties, and (only when a pair needs them) its text in pieces of one
formatting each. Part of :mod:`insatsplan.word.tracked_changes`.

A paragraph with a node's bookmark (``n`` + UUID) is keyed by the node (B's UUID taken
to A's through the comparison's matches); any other paragraph by the focus area or
topic it stands under, its style, its text and how many such paragraphs came before it
there. A node the comparison found moved, and what is below it, is keyed apart on each
side, so it is never paired in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from insatsplan.word import docx_xml as x
from insatsplan.word.agreement import SIGNATURES_BOOKMARK

__all__ = ["Para", "Piece", "Reader", "numbering", "read_runs", "serial"]

TBL, SDT = qn("w:tbl"), qn("w:sdt")
ANCHOR_ATTR: Final = qn("w:anchor")
_R, _T, _RPR, _TAB, _BR, _PPR, _PSTYLE, _NUMPR, _VAL = (
    x.R, x.T, x.RPR, x.TAB, x.BR, x.PPR, x.PSTYLE, x.NUMPR, x.VAL)
_BM_START, _BM_END, _NAME, _HYPERLINK = x.BM_START, x.BM_END, x.NAME, x.HYPERLINK

#: A node bookmark: ``n`` and the UUID's 32 hex digits (:func:`writer.node_bookmark`).
_NODE_BOOKMARK: Final = re.compile(r"n[0-9a-f]{32}")


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a paragraph's text in one formatting: *rpr* (a ``w:rPr`` or None)
    and *link* (``("url", address)``, ``("anchor", name)`` or None)."""

    text: str
    rpr: Any
    link: tuple[str, str] | None
    fmt: tuple[tuple[Any, ...], tuple[str, str] | None]


class Para:
    """One paragraph read for pairing: its element, keys and properties; its text
    pieces read only when a pair needs them (most pairs are copies)."""

    __slots__ = ("_detail", "_props", "element", "key", "level", "link", "loose_key",
                 "move_key", "ppr")

    def __init__(self, element: Any, key: tuple[Any, ...], loose_key: tuple[Any, ...],
                 move_key: tuple[Any, ...], ppr: Any,
                 level: tuple[str | None, str | None],
                 link: Callable[[Any], tuple[str, str] | None]) -> None:
        self.element = element
        self.key = key
        self.loose_key = loose_key
        self.move_key = move_key  # the key without the comparison's "moved" mark
        self.ppr = ppr
        self.level = level  # list (numId) and level
        self.link = link
        self._detail: tuple[list[Piece], str, bool] | None = None
        self._props: tuple[Any, ...] | None = None

    @property
    def props(self) -> tuple[Any, ...]:
        """The paragraph properties (:func:`serial`)."""
        if self._props is None:
            self._props = serial(self.ppr)
        return self._props

    def detail(self) -> tuple[list[Piece], str, bool]:
        if self._detail is None:
            self._detail = read_runs(self.element, self.link)
        return self._detail

    @property
    def pieces(self) -> list[Piece]:
        return self.detail()[0]

    @property
    def text(self) -> str:
        return self.detail()[1]

    @property
    def readable(self) -> bool:
        """Only runs of text, tabs and breaks (else compared whole)."""
        return self.detail()[2]


def read_runs(p: Any, link_of: Callable[[Any], tuple[str, str] | None]
               ) -> tuple[list[Piece], str, bool]:
    """A paragraph's text pieces, its text, and whether it holds only runs of text,
    tabs and breaks (in links or not) beside its properties and bookmarks."""
    readable = True
    runs: list[tuple[Any, tuple[str, str] | None]] = []
    for child in p:
        tag = child.tag
        if tag == _R:
            runs.append((child, None))
        elif tag == _HYPERLINK:
            link = link_of(child)
            for run in child:
                if run.tag == _R:
                    runs.append((run, link))
                else:
                    readable = False
        elif tag not in (_PPR, _BM_START, _BM_END):
            readable = False
    pieces: list[Piece] = []
    for run, link in runs:
        rpr = None
        parts: list[str] = []
        for part in run:
            kind = part.tag
            if kind == _T:
                parts.append(part.text or "")
            elif kind == _RPR:
                rpr = part
            elif kind == _TAB:
                parts.append("\t")
            elif kind == _BR:
                parts.append("\n")
            else:
                readable = False
        if parts:
            fmt = (serial(rpr) if rpr is not None else (), link)
            pieces.append(Piece("".join(parts), rpr, link, fmt))
    return pieces, "".join(piece.text for piece in pieces), readable


def serial(element: Any) -> tuple[Any, ...]:
    """*element*'s tag, attributes, text and children, comparable between documents
    (a serialisation would differ by the namespace declarations in scope). Attributes in
    their order: both documents are written by the same code."""
    if element is None:
        return ()
    return (element.tag, tuple(element.attrib.items()), element.text or "",
            tuple([serial(child) for child in element]))


class Reader:
    """Reads a body's paragraphs into :class:`Para`, link targets resolved to URLs."""

    def __init__(self, part: Any, node_key: Callable[[str], tuple[Any, ...]],
                 moved: frozenset[str] = frozenset(), side: str = "") -> None:
        self.urls = {rid: rel.target_ref for rid, rel in part.rels.items()
                     if rel.reltype == RT.HYPERLINK and rel.is_external}
        self.node_key = node_key
        self.moved = moved
        self.side = side
        self.owner: tuple[Any, ...] | None = None
        self.owner_moved = False
        self.seen: dict[tuple[Any, ...], int] = {}

    def link(self, hyperlink: Any) -> tuple[str, str] | None:
        rid = hyperlink.get(x.RID)
        if rid is not None:
            return ("url", self.urls.get(rid, ""))
        anchor = hyperlink.get(ANCHOR_ATTR)
        return ("anchor", anchor) if anchor is not None else None

    def paragraph(self, p: Any) -> Para:
        node: str | None = None
        signatures = False
        style = ""
        list_item = False
        ppr = None
        level: tuple[str | None, str | None] = (None, None)
        for child in p:
            tag = child.tag
            if tag == _PPR:
                ppr = child
                for prop in child:
                    if prop.tag == _PSTYLE:
                        style = prop.get(_VAL) or ""
                    elif prop.tag == _NUMPR:
                        list_item = True
                        level = numbering(prop)
            elif tag == _BM_START:
                name = child.get(_NAME) or ""
                if node is None and _NODE_BOOKMARK.fullmatch(name):
                    node = name[1:]
                signatures = signatures or name == SIGNATURES_BOOKMARK
            elif tag != _BM_END:
                break  # the writer puts properties and bookmarks before the text
        moved = False
        if node is not None:
            key = self.node_key(node)
            loose: tuple[Any, ...] = key
            moved = node in self.moved
            if not list_item:  # a focus area or topic owns what follows it
                self.owner, self.owner_moved = key, moved
        elif signatures:
            key = loose = ("signatures",)
            self.owner, self.owner_moved = key, False
        else:  # the same words twice under one owner ("Mätbara indikatorer …") differ
            text = "".join(t.text or "" for t in p.iter(_T))
            seen = (self.owner, style, text)
            self.seen[seen] = count = self.seen.get(seen, 0) + 1
            key = ("text", self.owner, style, text, count)
            loose = ("text", self.owner, style)
            moved = self.owner_moved
        if moved:  # never paired in place: a move from A's place to B's
            return Para(p, ("moved", self.side, key), ("moved", self.side, loose), key,
                         ppr, level, self.link)
        return Para(p, key, loose, key, ppr, level, self.link)

    def body(self, body: Any) -> list[tuple[tuple[Any, ...], tuple[Any, ...], Any]]:
        """(key, loose key, item) per body element: a :class:`Para`, or a table or the
        table of contents as the element itself."""
        items: list[tuple[tuple[Any, ...], tuple[Any, ...], Any]] = []
        for child in body:
            if child.tag == x.P:
                para = self.paragraph(child)
                items.append((para.key, para.loose_key, para))
            elif child.tag == TBL:
                items.append((("table",), ("table",), child))
            elif child.tag == SDT:
                items.append((("toc",), ("toc",), child))
        return items


def numbering(numpr: Any) -> tuple[str | None, str | None]:
    """A ``w:numPr``'s list (numId) and level (ilvl)."""
    num = level = None
    for child in numpr:
        if child.tag == x.NUMID:
            num = child.get(_VAL)
        elif child.tag == x.ILVL:
            level = child.get(_VAL)
    return (num, level)

