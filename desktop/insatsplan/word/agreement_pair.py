"""Two plans' agreements built together, as the tracked-changes document needs them.

Plan A's agreement is only read (its paragraphs are compared with B's), and most of its
list items say exactly what B's matched items say. Laying them out again was most of
the second build's time, so B's layout records each goal's and indicator's own
paragraphs (its item and its text, not its children) and A's layout copies them for a
node whose title, text and list level are B's node's, with A's bookmark name and A's
link relationships. Anything else is laid out as :mod:`insatsplan.word.agreement`
always does, so A's document is the one :func:`agreement.build_agreement` makes.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from insatsplan.word import docx_xml as x
from insatsplan.word.agreement import AgreementLayout
from insatsplan.word.template import open_template
from insatsplan.word.writer import inline, node_bookmark, node_dicts, sanitised

__all__ = ["build_agreement_pair"]


@dataclass(frozen=True, slots=True)
class _Written:
    """One node's own paragraphs in B's layout and what they were made from."""

    title: object
    text: object
    level: int
    num_id: int
    elements: tuple[Any, ...]
    urls: Mapping[str, str]  # relationship id -> address, of B's document


class _RecordingLayout(AgreementLayout):
    """B's agreement, noting each list item's paragraphs by node UUID."""

    def __init__(self, doc: Any, document: dict[str, Any]) -> None:
        super().__init__(doc, document)
        self.written: dict[str, _Written] = {}
        self.urls: dict[str, str] = {}

    def goal_list(self, nodes: Iterable[dict[str, Any]], level: int) -> None:
        for node in nodes:  # (an lxml element's len() and slices count its children)
            p = self.item(inline(node.get("title")), level, node_bookmark(node.get("uuid")))
            self.blocks(node.get("text"), level + 1, in_list=True)
            self.written[str(node.get("uuid"))] = _Written(
                node.get("title"), node.get("text"), level, self.num_id,
                (p, *p.itersiblings()), self.urls)
            self.goal_list(node_dicts(node.get("children")), level + 1)

    def finish(self, toc_anchor: Any | None) -> None:
        super().finish(toc_anchor)
        self.urls.update({rid: rel.target_ref for rid, rel in self.doc.part.rels.items()
                          if rel.is_external})


class _CopyingLayout(AgreementLayout):
    """A's agreement, its unchanged list items copied from B's layout."""

    def __init__(self, doc: Any, document: dict[str, Any], written: Mapping[str, _Written],
                 b_of_a: Mapping[str, str]) -> None:
        super().__init__(doc, document)
        self.written = written
        self.b_of_a = b_of_a
        #: ``id`` of each copied paragraph -> (it, B's paragraph it copies); holding it
        #: keeps lxml's proxy of it, and so its ``id``, alive
        self.copies: dict[int, tuple[Any, Any]] = {}

    def goal_list(self, nodes: Iterable[dict[str, Any]], level: int) -> None:
        for node in nodes:
            a_uuid = str(node.get("uuid"))
            done = self.written.get(self.b_of_a.get(a_uuid, ""))
            if (done is not None and done.title == node.get("title")
                    and done.text == node.get("text") and done.level == level
                    and done.num_id == self.num_id):
                self.copy(done, node_bookmark(a_uuid))
            else:
                self.item(inline(node.get("title")), level, node_bookmark(a_uuid))
                self.blocks(node.get("text"), level + 1, in_list=True)
            self.goal_list(node_dicts(node.get("children")), level + 1)

    def copy(self, done: _Written, name: str | None) -> None:
        """B's paragraphs of a node into A's body, with A's bookmark (or none, as
        :meth:`mark` would give none to a name already used) and link relationships."""
        copies = [copy.deepcopy(element) for element in done.elements]
        self.body.extend(copies)
        self.copies.update((id(c), (c, e)) for c, e in zip(copies, done.elements, strict=True))
        first = copies[0]
        start = first.find(x.BM_START)
        if start is not None and name and name not in self.bookmarks:  # as mark() would
            end = next((e for e in first.iterchildren(x.BM_END)
                        if e.get(x.ID) == start.get(x.ID)), None)
            start.set(x.NAME, name)
            start.set(x.ID, str(self.next_bookmark_id))
            if end is not None:
                end.set(x.ID, str(self.next_bookmark_id))
            self.bookmarks.add(name)
            self.next_bookmark_id += 1
        elif start is not None:
            for mark in [start, *first.iterchildren(x.BM_END)]:
                first.remove(mark)
        for element in copies:
            for link in element.iter(x.HYPERLINK):
                rid = link.get(x.RID)
                if rid is not None:
                    link.set(x.RID, self.runs.relationship(done.urls.get(rid, "")) or "")


def build_agreement_pair(a_document: dict[str, Any], b_document: dict[str, Any],
                         matches: Mapping[str, str]) -> tuple[Any, Any, dict[int, tuple[Any, Any]]]:
    """A's and B's agreements (python-docx documents) as :func:`build_agreement` makes
    them, and which of A's paragraphs are copies of which of B's (by ``id``: the same
    but for the bookmark); *matches* pairs B's node UUIDs with A's (the comparison's)."""
    b_doc = open_template(None)
    b_layout = _RecordingLayout(b_doc, sanitised(b_document))
    b_layout.write()
    a_doc = open_template(None)
    b_of_a = {a: b for b, a in matches.items()}
    a_layout = _CopyingLayout(a_doc, sanitised(a_document), b_layout.written, b_of_a)
    a_layout.write()
    return a_doc, b_doc, a_layout.copies
