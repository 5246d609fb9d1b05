"""Plan B's agreement with its differences from plan A as Word tracked changes.

Both agreements are laid out as :func:`insatsplan.word.agreement.build_agreement` lays
them out (:mod:`insatsplan.word.agreement_pair`), then B's body is merged with A's: each
body paragraph of one is paired with the paragraph of the other that says the same
thing, and what differs is written as real revisions, the ones Word's review pane lists
and "Accept all" / "Reject all" act on:

- a paragraph only B has is inserted: its runs in ``w:ins`` and its paragraph mark
  inserted (``w:pPr/w:rPr/w:ins``), so rejecting it removes the whole paragraph, list
  item and bullet included;
- a paragraph only A has comes back deleted: its runs in ``w:del`` with their text in
  ``w:delText``, its paragraph mark deleted (``w:pPr/w:rPr/w:del``);
- a paragraph that moved (a node the comparison calls moved, with what is below it; a
  goal whose list level changed; the same text deleted in one place and inserted in
  another) is Word's move: ``w:moveFrom`` where A had it, ``w:moveTo`` where B has it,
  in ranges of one name;
- a paired paragraph whose text differs gets word-level ``w:del``/``w:ins``
  (:func:`insatsplan.compare.words.word_diff`) inside B's runs, which are split where
  a change starts or ends so bold, italics and links stay as they were; a stretch whose
  words are equal but whose formatting or link target is not is deleted and inserted
  again; other paragraph properties that differ (a style) are a ``w:pPrChange``;
- signature table rows only one side has are an inserted or deleted row
  (``w:trPr/w:ins``/``w:del``), paired rows are compared cell by cell.

Pairing: a paragraph carrying a node's bookmark (``n`` + UUID) pairs with A's paragraph
of the node the comparison matched it to (:attr:`Comparison.matches`, B's UUID -> A's);
any other paragraph (front matter, section headings, a topic's text, the signature
page) pairs by its text within the same focus area or topic; the order is the longest
common subsequence (:class:`difflib.SequenceMatcher`; the keys are
:mod:`insatsplan.word.tracked_paragraphs`'). A node's bookmark is only on B's
paragraph: a deleted or moved-away paragraph carries none, so no ``n``+UUID appears
twice, and the table of contents is B's (its entries point at B's headings).

Accepting every change gives B's agreement, rejecting every change A's; the tests
prove it with LibreOffice (``tests/test_word_tracked_changes.py``). Three habits of
LibreOffice's shaped the markup, each noted where it is handled: it pairs a deleted and
an inserted stretch of the same text as a move itself (and then rejected it wrongly),
it joins an insertion that ends a paragraph with one that starts the next across the
paragraph mark, and it does not undo a list level in a ``w:pPrChange``.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import itertools
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from insatsplan.compare.words import tokens, word_diff
from insatsplan.errors import UserMessage
from insatsplan.word import docx_xml as x
from insatsplan.word.agreement_pair import build_agreement_pair
from insatsplan.word.tracked_paragraphs import Para as _Para
from insatsplan.word.tracked_paragraphs import Piece as _Piece
from insatsplan.word.tracked_paragraphs import Reader as _Reader
from insatsplan.word.tracked_paragraphs import serial as _serial
from insatsplan.word.writer import export_docx
from insatsplan.word.writer import node_dicts as writer_nodes

if TYPE_CHECKING:
    from insatsplan.compare.plan_diff import Comparison

__all__ = ["DEFAULT_AUTHOR", "build_tracked_agreement", "export_tracked_agreement",
           "revision_author"]

#: The author of the revisions when plan B names no coordinator.
DEFAULT_AUTHOR: Final = "Insatsplan"

INS, DEL, DEL_TEXT = qn("w:ins"), qn("w:del"), qn("w:delText")
P_PR_CHANGE, TR, TR_PR, TC, TBL = (qn(t) for t in (
    "w:pPrChange", "w:tr", "w:trPr", "w:tc", "w:tbl"))
AUTHOR, DATE, ANCHOR_ATTR = qn("w:author"), qn("w:date"), qn("w:anchor")
SECT_PR = qn("w:sectPr")


_CANONICAL_UUID: Final = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


#: Paired paragraphs without a node (a rewritten topic text) less alike than this are
#: shown as one deleted and one inserted paragraph rather than a word salad.
SIMILAR_ENOUGH: Final = 0.4


def revision_author(b_document: dict[str, Any]) -> str:
    """Who the revisions are by: plan B's coordinator, else :data:`DEFAULT_AUTHOR`."""
    plan = b_document.get("plan") if isinstance(b_document, dict) else None
    name = x.safe_text((plan or {}).get("coordinator")).strip()
    return name or DEFAULT_AUTHOR


def build_tracked_agreement(a_document: dict[str, Any], b_document: dict[str, Any],
                            comparison: Comparison, *, author: str,
                            when: dt.datetime) -> Any:
    """B's agreement (a python-docx ``Document``, nothing written) with its
    differences from A's as tracked changes by *author* at *when*."""
    if not isinstance(a_document, dict) or not isinstance(b_document, dict):
        raise TypeError("documents must be exchange dicts")
    a_doc, b_doc, copies = build_agreement_pair(a_document, b_document, comparison.matches)
    a_moved, b_moved = _moved_subtrees(a_document, b_document, comparison)
    _Merge(a_doc, b_doc, comparison.matches, author, when, a_moved, b_moved, copies).run()
    return b_doc


def export_tracked_agreement(a_document: dict[str, Any], b_document: dict[str, Any],
                             comparison: Comparison, out: Path, *, author: str,
                             when: dt.datetime, use_libreoffice: bool = True,
                             on_notice: Callable[[UserMessage], None] | None = None
                             ) -> Path:
    """Write :func:`build_tracked_agreement`'s document to *out* atomically, with the
    table of contents' page numbers from LibreOffice (:func:`writer.export_docx`)."""
    return export_docx(
        lambda: build_tracked_agreement(a_document, b_document, comparison,
                                        author=author, when=when),
        out, use_libreoffice=use_libreoffice, on_notice=on_notice)


# --------------------------------------------------------------------------- merging


_Item = tuple[tuple[Any, ...], tuple[Any, ...], Any]  # key, loose key, _Para or element
_Action = tuple[str, _Item | None, _Item | None]


def _moved(actions: Sequence[_Action]) -> dict[int, str]:
    """Which of A's only and B's only paragraphs are the two ends of a move, by the
    ``id`` of their :class:`_Para`, each with its move's name (``w:name`` of the move
    ranges): those with one key (a node; a text under the same owner) and the same
    text, then those with the same text, whatever their style (a goal deleted and
    written again elsewhere; a topic's paragraph made a bullet). LibreOffice pairs a
    deleted and an inserted paragraph of the same text as a move whatever their styles,
    and rejecting such a pair it made gave the paragraph after the insertion the
    inserted one's style.

    The two ends of a move always say the same, as in Word, where a moved text edited
    afterwards shows the edits as revisions of their own: a node moved and edited is
    deleted where A had it and inserted where B has it (LibreOffice kept the paragraph
    mark of a moved-from paragraph holding a link when the moved-to one said something
    else). A paragraph without text (a goal without a title), or with a link outside a
    node's own paragraph, is never a move's end (:func:`_movable`)."""
    a_only = [a[2] for kind, a, _ in actions
              if kind == "a" and a and isinstance(a[2], _Para) and _movable(a[2])]
    b_only = [b[2] for kind, _, b in actions
              if kind == "b" and b and isinstance(b[2], _Para) and _movable(b[2])]
    names: dict[int, str] = {}

    def pair(key: Callable[[_Para], Any]) -> None:
        waiting: dict[Any, list[_Para]] = {}
        for para in a_only:
            if id(para) not in names:
                waiting.setdefault(key(para), []).append(para)
        for para in b_only:
            if id(para) in names:
                continue
            partners = waiting.get(key(para))
            if partners:
                name = f"insatsplanMove{len(names) // 2 + 1}"
                names[id(partners.pop(0))] = names[id(para)] = name

    pair(lambda para: (para.move_key, para.text))
    pair(lambda para: para.text)
    return names


def _movable(para: _Para) -> bool:
    """Whether *para* can be written as one end of a move: it has visible text, and
    it is a node's paragraph or holds no link.

    LibreOffice keeps a moved paragraph without text, on accepting and on rejecting
    alike (an empty paragraph more either way), and did the same with a moved basis
    item ending in a link (two items swapped), so such a paragraph is deleted where A
    had it and inserted where B has it instead. A node's paragraph with a link moved
    well (a goal with a link swapped with its neighbour, moved up, moved to another
    topic), and deleting and inserting those in a moved focus area broke more than it
    mended: LibreOffice gave the heading after them a list's style."""
    return bool(para.text.strip()) and (
        para.move_key[0] == "node" or all(piece.link is None for piece in para.pieces))


def _deletions_first(actions: list[_Action]) -> list[_Action]:
    """Within each stretch between paired paragraphs, A's only before B's only, the
    order Word shows a replaced passage in (either order gives A and B back)."""
    result: list[_Action] = []
    run: list[_Action] = []
    for action in [*actions, ("end", None, None)]:
        if action[0] in ("a", "b"):
            run.append(action)
            continue
        result += [a for a in run if a[0] == "a"] + [b for b in run if b[0] == "b"]
        run = []
        if action[0] != "end":
            result.append(action)
    return result


def _paired_before_blocks(actions: list[_Action]) -> list[_Action]:
    """*actions* where no deleted or inserted paragraph stands last before the table of
    contents or a table: a paragraph mark there cannot go (LibreOffice kept an empty
    paragraph), so the last paragraphs of A and B before it are paired
    (:func:`_last_paired`) when both have one."""
    result: list[_Action] = []
    segment: list[_Action] = []
    for action in actions:
        item = action[1] if action[1] is not None else action[2]
        if item is not None and isinstance(item[2], _Para):
            segment.append(action)
            continue
        if segment and segment[-1][0] in ("a", "b"):
            segment = _last_paired(segment)
        elif segment and segment[-1][0] == "pair":  # never shown as deleted + inserted
            segment[-1] = ("force", *segment[-1][1:])
        result += [*segment, action]
        segment = []
    return result + segment


def _last_paired(actions: list[_Action]) -> list[_Action]:
    """*actions* ending in a forced pair of A's last and B's last paragraph (each side's
    order kept: both are their side's last), when both sides have one."""
    def last(side: int) -> int | None:
        return max((i for i, action in enumerate(actions) if action[side] is not None),
                   default=None)

    last_a, last_b = last(1), last(2)
    if last_a is None or last_b is None:
        return actions
    a_item, b_item = actions[last_a][1], actions[last_b][2]
    result: list[_Action] = []
    for i, (kind, a, b) in enumerate(actions):
        if i in (last_a, last_b):
            a = None if i == last_a else a
            b = None if i == last_b else b
            if a is None and b is None:
                continue
            kind = "a" if b is None else "b"
        result.append((kind, a, b))
    return [*result, ("force", a_item, b_item)]


class _Merge:
    """Rewrites B's body in place with A's differences as revisions."""

    def __init__(self, a_doc: Any, b_doc: Any, matches: Mapping[str, str], author: str,
                 when: dt.datetime, a_moved: frozenset[str] = frozenset(),
                 b_moved: frozenset[str] = frozenset(),
                 copies: Mapping[int, tuple[Any, Any]] | None = None) -> None:
        self.a_doc, self.b_doc = a_doc, b_doc
        self.b_part = b_doc.part
        stamp = when.astimezone(dt.UTC) if when.tzinfo else when
        self.attrs = {AUTHOR: author or DEFAULT_AUTHOR,
                      DATE: stamp.strftime("%Y-%m-%dT%H:%M:%SZ")}
        self.to_a = {_hex(b): _hex(a) for b, a in matches.items() if _hex(b) and _hex(a)}
        body = b_doc.element.body
        taken = [int(v) for e in body.iter(x.BM_START) for v in (e.get(x.ID),)
                 if v and v.isdigit()]
        self.next_id = max(taken, default=0) + 1
        self.a_reader = _Reader(a_doc.part, lambda h: ("node", h), a_moved, "a")
        self.b_reader = _Reader(b_doc.part, lambda h: ("node", self.to_a.get(h, "b" + h)),
                                b_moved, "b")
        self.b_rids: dict[str, str] = {}
        self.num_ids = _num_id_map(a_doc, b_doc)
        self.moves: dict[int, str] = {}
        self.moves_named = 0
        self.rewritten: dict[int, tuple[_Para, _Para]] = {}
        self.copies: Mapping[int, tuple[Any, Any]] = copies or {}

    # ---------------------------------------------------------------- helpers

    def revision(self, tag: str) -> Any:
        """A new ``w:ins``/``w:del``/``w:pPrChange`` with the next free id."""
        element = etree.Element(tag, {x.ID: str(self.next_id), **self.attrs})
        self.next_id += 1
        return element

    def mark_paragraph(self, p: Any, tag: str) -> None:
        """Mark *p*'s paragraph mark inserted or deleted."""
        rpr = x.ppr_child(p, x.RPR)
        rpr.insert(0, self.revision(tag))

    def rid(self, url: str) -> str:
        """B's relationship id for an external link to *url* (added when A's only)."""
        rid = self.b_rids.get(url)
        if rid is None:
            rid = self.b_part.relate_to(url, RT.HYPERLINK, is_external=True)
            self.b_rids[url] = rid
        return rid

    def hyperlink(self, link: tuple[str, str]) -> Any:
        if link[0] == "url":
            return etree.Element(x.HYPERLINK, {x.RID: self.rid(link[1]), x.HISTORY: "1"})
        return etree.Element(x.HYPERLINK, {ANCHOR_ATTR: link[1], x.HISTORY: "1"})

    # ---------------------------------------------------------------- the body

    def run(self) -> None:
        a_body, b_body = self.a_doc.element.body, self.b_doc.element.body
        actions = self.align(self.a_reader.body(a_body), self.b_reader.body(b_body),
                             tight=True)
        actions = _paired_before_blocks(actions)
        self.moves = _moved(actions)
        self.moves_named = len(set(self.moves.values()))
        sect_pr = b_body.find(SECT_PR)
        merged = self.separate([element for action in actions for element in self.emit(action)])
        for child in list(b_body):
            b_body.remove(child)
        b_body.extend(merged)
        if sect_pr is not None:
            b_body.append(sect_pr)

    def align(self, a_items: Sequence[_Item], b_items: Sequence[_Item], *,
              tight: bool) -> list[_Action]:
        """Two aligned stretches as actions: ``("pair", a, b)``, ``("a", a, None)`` for
        A's only, ``("b", None, b)`` for B's only. By full keys when *tight*; within a
        replaced stretch once more by loose keys (same place, same style)."""
        index = 0 if tight else 1
        matcher = difflib.SequenceMatcher(
            None, [item[index] for item in a_items], [item[index] for item in b_items],
            autojunk=False)
        actions: list[_Action] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                actions += [("pair", a_item, b_item) for a_item, b_item
                            in zip(a_items[i1:i2], b_items[j1:j2], strict=True)]
            elif tag == "replace" and tight:
                actions += self.align(a_items[i1:i2], b_items[j1:j2], tight=False)
            else:
                actions += [("a", a_item, None) for a_item in a_items[i1:i2]]
                actions += [("b", None, b_item) for b_item in b_items[j1:j2]]
        return _deletions_first(actions) if tight else actions

    def emit(self, action: _Action) -> Iterator[Any]:
        kind, a_item, b_item = action
        if kind == "pair":
            assert a_item is not None and b_item is not None
            yield from self.pair(a_item[2], b_item[2])
        elif kind == "force":
            assert a_item is not None and b_item is not None
            yield from self.pair_paragraphs(a_item[2], b_item[2], force=True)
        elif kind == "a":
            assert a_item is not None
            move = self.moves.get(id(a_item[2]))
            if move is not None:
                yield self.moved_paragraph(self.from_a(a_item[2].element), "From", move)
            else:
                yield from self.only_a(a_item[2])
        else:
            assert b_item is not None
            move = self.moves.get(id(b_item[2]))
            if move is not None:
                yield self.moved_paragraph(b_item[2].element, "To", move)
            else:
                yield from self.only_b(b_item[2])

    def sequence(self, a_items: Sequence[_Item], b_items: Sequence[_Item]) -> list[Any]:
        """The merged paragraphs of a table cell, the last one paired (the last
        paragraph mark of a cell cannot be deleted or inserted: a deleted one stayed as
        an empty paragraph in LibreOffice)."""
        actions = _last_paired(self.align(a_items, b_items, tight=True))
        return [element for action in actions for element in self.emit(action)]

    def separate(self, elements: list[Any]) -> list[Any]:
        """*elements* with no paragraph ending in the kind of revision the next one
        starts with, unless its own mark is revised.

        LibreOffice joins an insertion at the end of one paragraph and an insertion at
        the start of the next into one change that holds the paragraph mark between
        them, so rejecting it joined the two paragraphs (deletions alike when
        accepting). The paragraph is rewritten to end in the other kind.

        From the last pair to the first: a paragraph that is all one deletion and one
        insertion starts with the other kind once rewritten, and the paragraph before
        it is then checked against that new start.
        """
        for p, q in reversed(list(itertools.pairwise(elements))):
            if id(p) not in self.rewritten or q.tag != x.P or _mark_revised(p):
                continue  # (only a rewritten paragraph can end in a revision)
            end = _edge_revision(p, last=True)
            if end is not None and end == _edge_revision(q, last=False):
                pair = self.rewritten.get(id(p))
                if pair is not None:
                    self.rewrite_content(*pair, not_last=end)
        return elements

    def moved_paragraph(self, p: Any, direction: str, name: str) -> Any:
        """*p* as one end of a move (``w:moveFrom``/``w:moveTo``, Word's "Moved"): the
        paragraph mark and its runs inside a named range both ends share.

        A move is written as such, not as a deletion and an insertion of the same text:
        LibreOffice pairs those by their text anyway, and rejecting such a pair there
        gave the paragraph after the insertion the inserted paragraph's style.
        """
        tag = qn(f"w:move{direction}")
        range_id = str(self.next_id)
        self.next_id += 1
        start = etree.Element(qn(f"w:move{direction}RangeStart"),
                              {x.ID: range_id, x.NAME: name, **self.attrs})
        props = p.find(x.PPR)
        p.insert(0 if props is None else p.index(props) + 1, start)
        self.wrap_runs(p, tag)
        self.mark_paragraph(p, tag)
        etree.SubElement(p, qn(f"w:move{direction}RangeEnd"), {x.ID: range_id})
        return p

    def pair(self, a_item: Any, b_item: Any) -> Iterator[Any]:
        if isinstance(b_item, _Para) and isinstance(a_item, _Para):
            yield from self.pair_paragraphs(a_item, b_item)
        elif getattr(b_item, "tag", None) == TBL and getattr(a_item, "tag", None) == TBL:
            yield self.pair_tables(a_item, b_item)
        else:  # the table of contents: B's, its entries point at B's headings
            yield b_item

    def only_a(self, item: Any) -> Iterator[Any]:
        if isinstance(item, _Para):
            yield self.deleted_paragraph(item.element)
        elif item.tag == TBL:
            table = self.from_a(item)
            for row in table.iterchildren(TR):
                self.delete_row(row)
            yield table
        # A's table of contents is not shown: the contents are B's

    def only_b(self, item: Any) -> Iterator[Any]:
        if isinstance(item, _Para):
            yield self.inserted_paragraph(item.element)
        elif item.tag == TBL:
            for row in item.iterchildren(TR):
                self.insert_row(row)
            yield item
        else:
            yield item

    # ---------------------------------------------------------------- paragraphs

    def from_a(self, element: Any) -> Any:
        """A copy of A's *element* fit for B's document: no bookmarks, B's link
        relationships and list."""
        element = copy.deepcopy(element)
        for mark in [*element.iter(x.BM_START), *element.iter(x.BM_END)]:
            mark.getparent().remove(mark)
        for link in element.iter(x.HYPERLINK):
            rid = link.get(x.RID)
            if rid is not None:
                link.set(x.RID, self.rid(self.a_reader.urls.get(rid, "")))
        for num_id in element.iter(x.NUMID):
            old = num_id.get(x.VAL)
            num_id.set(x.VAL, self.num_ids.get(old, old))
        return element

    def deleted_paragraph(self, p: Any) -> Any:
        p = self.from_a(p)
        self.wrap_runs(p, DEL)
        self.mark_paragraph(p, DEL)
        return p

    def inserted_paragraph(self, p: Any) -> Any:
        self.wrap_runs(p, INS)
        self.mark_paragraph(p, INS)
        return p

    def wrap_runs(self, container: Any, tag: str) -> None:
        """Put every stretch of runs in *container* (and in its links) into one
        revision each; deleted text becomes ``w:delText``."""
        for link in list(container.iterchildren(x.HYPERLINK)):
            self.wrap_runs(link, tag)
        wrapper = None
        for child in list(container):
            if child.tag != x.R:
                wrapper = None
                continue
            if wrapper is None:
                wrapper = self.revision(tag)
                child.addprevious(wrapper)
            wrapper.append(child)
            if tag == DEL:  # a move's runs keep w:t, as Word writes them
                for t in child.iterchildren(x.T):
                    t.tag = DEL_TEXT

    def pair_paragraphs(self, a: _Para, b: _Para, *, force: bool = False) -> Iterator[Any]:
        """Paired paragraphs: B's with word-level revisions. A paragraph whose list
        level changed (a goal outdented) is moved instead, from A's level to B's, or
        deleted and inserted when its words changed too: a ``w:pPrChange`` of the level
        is lost when LibreOffice rejects it. *force*: one
        paragraph however different (the last of a table cell, whose mark stays)."""
        if self.copies.get(id(a.element), (None, None))[1] is b.element:  # a copy of B's
            yield b.element
            return
        a_level = (self.num_ids.get(a.level[0] or "", a.level[0]), a.level[1])
        if not force and a_level != b.level and _movable(a) and a.text == b.text:
            name = self.move_name()
            yield self.moved_paragraph(self.from_a(a.element), "From", name)
            yield self.moved_paragraph(b.element, "To", name)
            return
        if not (a.readable and b.readable):
            if _serial(self.from_a(a.element)) == _serial(_without_bookmarks(b.element)):
                yield b.element
            else:
                yield self.deleted_paragraph(a.element)
                yield self.inserted_paragraph(b.element)
            return
        if not force and ((not a.text) != (not b.text) or a_level != b.level):
            # a goal's title emptied or filled in: its words would be one insertion (or
            # deletion) from end to end, which no rewriting keeps from running on into
            # the next paragraph's first one (see separate), so the paragraph is
            # replaced whole, its mark revised too; so is one whose list level changed
            # that cannot be moved (no text, or other words: see _moved)
            yield self.deleted_paragraph(a.element)
            yield self.inserted_paragraph(b.element)
            return
        if not force and a.key[0] == "text" and a.text != b.text and difflib.SequenceMatcher(
                None, a.text, b.text, autojunk=False).ratio() < SIMILAR_ENOUGH:
            yield self.deleted_paragraph(a.element)
            yield self.inserted_paragraph(b.element)
            return
        if a.props != b.props:
            self.properties_change(a.element, b.element)
        if [(p.text, p.fmt) for p in a.pieces] != [(p.text, p.fmt) for p in b.pieces]:
            self.rewrite_content(a, b)
        yield b.element

    def move_name(self) -> str:
        self.moves_named += 1
        return f"insatsplanMove{self.moves_named}"

    def properties_change(self, a_p: Any, b_p: Any) -> None:
        """A ``w:pPrChange`` with A's properties when they differ from B's."""
        a_ppr = a_p.find(x.PPR)
        b_ppr = b_p.find(x.PPR)
        if _serial(a_ppr) == _serial(b_ppr):
            return
        if a_ppr is not None:
            a_ppr = copy.deepcopy(a_ppr)
            for num_id in a_ppr.iter(x.NUMID):
                old = num_id.get(x.VAL)
                num_id.set(x.VAL, self.num_ids.get(old, old))
            if _serial(a_ppr) == _serial(b_ppr):
                return
        change = x.ppr_child(b_p, P_PR_CHANGE)
        change.attrib.update(self.revision(P_PR_CHANGE).attrib)
        old = etree.SubElement(change, x.PPR)
        for child in a_ppr if a_ppr is not None else ():
            if child.tag not in (x.RPR, SECT_PR, P_PR_CHANGE):
                old.append(child)

    def rewrite_content(self, a: _Para, b: _Para, *, not_last: str | None = None) -> None:
        """Replace B's runs by the word-level merge of A's and B's pieces; the last
        revision not a *not_last* one ("insert", "delete") when given (see
        :meth:`separate`)."""
        self.rewritten[id(b.element)] = (a, b)
        p = b.element
        starts = list(p.iterchildren(x.BM_START))
        ends = list(p.iterchildren(x.BM_END))
        for child in list(p):
            if child.tag != x.PPR:
                p.remove(child)
        for start in starts:
            p.append(start)
        current: tuple[Any, Any] | None = None  # (hyperlink key, container)
        merged = list(_merged_pieces(a.pieces, b.pieces, word_diff(a.text, b.text)))
        if not_last is not None:
            merged = _ending_otherwise(merged, not_last)
        for op, piece in merged:
            link_container = p
            if piece.link is not None:
                if current is None or current[0] != piece.link:
                    current = (piece.link, self.hyperlink(piece.link))
                    p.append(current[1])
                link_container = current[1]
            else:
                current = None
            if op == "equal":
                target = link_container
            else:
                tag = INS if op == "insert" else DEL
                last = link_container[-1] if len(link_container) else None
                if last is not None and last.tag == tag:
                    target = last
                else:
                    target = self.revision(tag)
                    link_container.append(target)
            run = etree.SubElement(target, x.R)
            if piece.rpr is not None:
                run.append(copy.deepcopy(piece.rpr))
            _add_text(run, piece.text, deleted=op == "delete")
        for end in ends:
            p.append(end)

    # ---------------------------------------------------------------- tables

    def pair_tables(self, a_tbl: Any, b_tbl: Any) -> Any:
        """B's table with rows only one side has inserted or deleted, and the cell
        paragraphs of paired rows compared."""
        a_rows = list(a_tbl.iterchildren(TR))
        b_rows = list(b_tbl.iterchildren(TR))
        a_keys = [_row_text(r) for r in a_rows]
        b_keys = [_row_text(r) for r in b_rows]
        merged: list[Any] = []
        matcher = difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                merged.extend(b_rows[j1:j2])
                continue
            pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for a_row, b_row in zip(a_rows[i1:i1 + pairs], b_rows[j1:j1 + pairs],
                                    strict=True):
                merged.append(self.pair_rows(a_row, b_row))
            for a_row in a_rows[i1 + pairs:i2]:
                row = self.from_a(a_row)
                self.delete_row(row)
                merged.append(row)
            for b_row in b_rows[j1 + pairs:j2]:
                self.insert_row(b_row)
                merged.append(b_row)
        for row in b_rows:
            b_tbl.remove(row)
        b_tbl.extend(merged)
        return b_tbl

    def pair_rows(self, a_row: Any, b_row: Any) -> Any:
        a_cells = list(a_row.iterchildren(TC))
        b_cells = list(b_row.iterchildren(TC))
        for a_cell, b_cell in zip(a_cells, b_cells, strict=False):
            a_items = [(p.key, p.loose_key, p) for p in map(self.a_reader.paragraph,
                                                              a_cell.iterchildren(x.P))]
            b_items = [(p.key, p.loose_key, p) for p in map(self.b_reader.paragraph,
                                                              b_cell.iterchildren(x.P))]
            merged = self.separate(self.sequence(a_items, b_items))
            for p in list(b_cell.iterchildren(x.P)):
                b_cell.remove(p)
            b_cell.extend(merged)
        return b_row

    def delete_row(self, row: Any) -> None:
        self.row_mark(row, DEL)
        for p in row.iter(x.P):
            self.wrap_runs(p, DEL)
            self.mark_paragraph(p, DEL)

    def insert_row(self, row: Any) -> None:
        self.row_mark(row, INS)
        for p in row.iter(x.P):
            self.wrap_runs(p, INS)
            self.mark_paragraph(p, INS)

    def row_mark(self, row: Any, tag: str) -> None:
        tr_pr = row.find(TR_PR)
        if tr_pr is None:
            tr_pr = etree.Element(TR_PR)
            first = row.find(qn("w:tblPrEx"))
            row.insert(0 if first is None else 1, tr_pr)
        tr_pr.append(self.revision(tag))


# --------------------------------------------------------------------------- pure helpers


def _moved_subtrees(a_document: dict[str, Any], b_document: dict[str, Any],
                    comparison: Comparison) -> tuple[frozenset[str], frozenset[str]]:
    """The nodes (hex UUIDs) the comparison found moved, with everything below them, in
    A and in B: their paragraphs are shown moved, not kept where the longest common
    order would keep them (a topic moved down past a focus area's heading would
    otherwise show that heading moved)."""
    b_uuids = {c.uuid for c in comparison.changes if c.change == "moved"}
    a_uuids = {comparison.matches[u] for u in b_uuids if u in comparison.matches}

    def below(document: dict[str, Any], roots: set[str]) -> frozenset[str]:
        found: set[str] = set()

        def walk(nodes: object, inside: bool) -> None:
            for node in writer_nodes(nodes):
                here = inside or str(node.get("uuid")) in roots
                if here and _hex(node.get("uuid")):
                    found.add(str(_hex(node.get("uuid"))))
                walk(node.get("children"), here)

        walk(((document or {}).get("plan") or {}).get("children"), False)
        return frozenset(found)

    return below(a_document, a_uuids), below(b_document, b_uuids)


def _hex(value: object) -> str | None:
    """A UUID's 32 hex digits (as in a node bookmark), None for what is not a UUID."""
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value.replace("-", "").lower()  # the usual form, without uuid.UUID's cost
    try:
        return uuid.UUID(str(value)).hex
    except (ValueError, TypeError, AttributeError):
        return None


_REVISION_KIND: Final = {INS: "insert", DEL: "delete"}
_NOT_CONTENT: Final = frozenset({x.PPR, x.BM_START, x.BM_END, qn("w:moveToRangeStart"),
                                 qn("w:moveToRangeEnd"), qn("w:moveFromRangeStart"),
                                 qn("w:moveFromRangeEnd")})


def _edge_revision(p: Any, *, last: bool) -> str | None:
    """"insert" or "delete" when *p*'s content starts (ends, *last*) inside one."""
    container = p
    while True:
        children = [c for c in container if c.tag not in _NOT_CONTENT]
        if not children:
            return None
        edge = children[-1] if last else children[0]
        if edge.tag == x.HYPERLINK:
            container = edge
            continue
        return _REVISION_KIND.get(edge.tag)


def _mark_revised(p: Any) -> bool:
    """Whether *p*'s paragraph mark is inserted, deleted or moved."""
    props = p[0] if len(p) and p[0].tag == x.PPR else None
    mark = None if props is None else props.find(x.RPR)
    return mark is not None and len(mark) > 0 and mark[0].tag in _MARK_TAGS


_MARK_TAGS: Final = frozenset({INS, DEL, qn("w:moveFrom"), qn("w:moveTo")})


def _ending_otherwise(merged: list[tuple[str, _Piece]], kind: str) -> list[tuple[str, _Piece]]:
    """*merged* ending in the other kind of revision than *kind*: a trailing stretch of
    *kind* after one of the other kind swaps places with it; after an equal stretch,
    the last word before it is deleted and inserted again (in the right order), which
    changes neither A nor B."""
    if not merged or merged[-1][0] != kind:
        return merged
    other = "delete" if kind == "insert" else "insert"
    tail = len(merged)
    while tail and merged[tail - 1][0] == kind:
        tail -= 1
    head = tail
    while head and merged[head - 1][0] == other:
        head -= 1
    if head < tail:  # ... other, kind -> ... kind, other
        return merged[:head] + merged[tail:] + merged[head:tail]
    if not tail or merged[tail - 1][0] != "equal":
        return merged
    piece = merged[tail - 1][1]
    word = tokens(piece.text)[-1]
    rest = _Piece(piece.text[:-len(word)], piece.rpr, piece.link, piece.fmt)
    again = _Piece(word, piece.rpr, piece.link, piece.fmt)
    return [*merged[:tail - 1], *([("equal", rest)] if rest.text else []),
            (kind, again), *merged[tail:], (other, again)]


def _without_bookmarks(p: Any) -> Any:
    p = copy.deepcopy(p)
    for mark in [*p.iter(x.BM_START), *p.iter(x.BM_END)]:
        mark.getparent().remove(mark)
    return p


def _row_text(row: Any) -> str:
    return "\x1f".join("".join(t.text or "" for t in cell.iter(x.T))
                       for cell in row.iterchildren(TC))


def _num_id_map(a_doc: Any, b_doc: Any) -> dict[str, str]:
    """A's list (``w:numId``) -> B's: each agreement adds its bullet list last."""
    def last(doc: Any) -> str | None:
        nums = list(doc.part.numbering_part.element.iterchildren(qn("w:num")))
        return nums[-1].get(x.NUMID) if nums else None

    a_last, b_last = last(a_doc), last(b_doc)
    return {a_last: b_last} if a_last and b_last else {}


def _add_text(run: Any, text: str, *, deleted: bool) -> None:
    x.add_text(run, text)
    if deleted:
        for t in run.iterchildren(x.T):
            t.tag = DEL_TEXT


def _merged_pieces(a_pieces: Sequence[_Piece], b_pieces: Sequence[_Piece],
                   ops: Iterable[tuple[str, str]]) -> Iterator[tuple[str, _Piece]]:
    """The word-level operations cut at the formatting boundaries of the side each
    comes from: ``delete`` pieces in A's formatting, ``insert`` and ``equal`` in B's.
    An equal stretch whose formatting differs between A and B (a link's target, bold)
    is a deletion in A's formatting and an insertion in B's."""
    a_cursor, b_cursor = _Cursor(a_pieces), _Cursor(b_pieces)
    for op, text in ops:
        if op == "delete":
            for piece in a_cursor.take(len(text)):
                yield "delete", piece
        elif op == "insert":
            for piece in b_cursor.take(len(text)):
                yield "insert", piece
        else:
            remaining = len(text)
            while remaining:
                step = min(remaining, a_cursor.left_in_piece(), b_cursor.left_in_piece())
                a_piece = next(iter(a_cursor.take(step)))
                b_piece = next(iter(b_cursor.take(step)))
                if a_piece.fmt == b_piece.fmt:
                    yield "equal", b_piece
                else:
                    yield "delete", a_piece
                    yield "insert", b_piece
                remaining -= step


class _Cursor:
    """Reads a paragraph's pieces a number of characters at a time."""

    def __init__(self, pieces: Sequence[_Piece]) -> None:
        self.pieces = [p for p in pieces if p.text]
        self.index = 0
        self.offset = 0

    def left_in_piece(self) -> int:
        return len(self.pieces[self.index].text) - self.offset

    def take(self, count: int) -> list[_Piece]:
        taken: list[_Piece] = []
        while count:
            piece = self.pieces[self.index]
            step = min(count, len(piece.text) - self.offset)
            text = piece.text[self.offset:self.offset + step]
            taken.append(_Piece(text, piece.rpr, piece.link, piece.fmt))
            self.offset += step
            count -= step
            if self.offset == len(piece.text):
                self.index += 1
                self.offset = 0
        return taken
