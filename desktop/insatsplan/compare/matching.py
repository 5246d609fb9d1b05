"""Which node of plan B is which node of plan A.

Three passes, each only over the nodes the earlier ones left unpaired, and each A node
paired at most once:

1. **The same UUID** (and the same kind): a topic keeps its UUID from year to year, so
   a plan and its next version pair up completely here.
2. **Origin UUID**: a node copied into a plan that already held it got a new UUID and
   remembers the old one as ``origin_uuid``; B's origin equals A's UUID, or A's origin
   equals B's UUID.
3. **Text similarity**, for plans that came in without our UUIDs (a Word document
   without its bookmarks, an exchange file whose UUIDs were replaced): among the
   unpaired children of two nodes paired with each other (or among the top-level
   nodes), nodes of the same kind are compared by title and text, the most similar
   pair first. Two nodes pair when their similarity is at least
   :data:`SIMILARITY_THRESHOLD`; identical texts pair before any similar ones, in
   document order. The passes run top-down, so once two topics pair their goals can
   pair too. A node moved to another parent *and* stripped of its UUID is not found:
   it is reported as removed in one place and added in the other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

#: The least similarity (0..1, difflib's ratio over the words of title and text) at
#: which two unpaired nodes of the same kind under paired parents count as one node.
#: A title with one of five words changed scores about 0.8; two unrelated goals rarely
#: reach 0.4 (they share little more than "och", "att" and the spaces).
SIMILARITY_THRESHOLD = 0.6

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class FlatNode:
    """One node of a plan tree with what matching and diffing need to know about it."""

    uuid: str
    kind: str
    parent: str | None  # parent's uuid; None at the top level
    index: int  # position among its parent's children, in print order
    node: Mapping[str, Any]  # the exchange dict (children included)


def flatten(plan: Mapping[str, Any]) -> dict[str, FlatNode]:
    """Every node of the plan by UUID, in print (pre-)order."""
    out: dict[str, FlatNode] = {}

    def walk(children: Any, parent: str | None) -> None:
        for index, node in enumerate(_node_dicts(children)):
            uuid = str(node.get("uuid") or "")
            if not uuid or uuid in out:  # a broken file: the first occurrence counts
                continue
            out[uuid] = FlatNode(uuid, str(node.get("kind") or ""), parent, index, node)
            walk(node.get("children"), uuid)

    walk(plan.get("children"), None)
    return out


def _node_dicts(children: Any) -> Iterator[Mapping[str, Any]]:
    for child in children or ():
        if isinstance(child, Mapping):
            yield child


def match_nodes(a_plan: Mapping[str, Any], b_plan: Mapping[str, Any]) -> dict[str, str]:
    """B node UUID → A node UUID for every node of B that has a counterpart in A."""
    return Matcher(flatten(a_plan), flatten(b_plan)).run()


class Matcher:
    """The three passes over two flattened plans (see the module's description)."""

    def __init__(self, a: dict[str, FlatNode], b: dict[str, FlatNode]) -> None:
        self.a, self.b = a, b
        self.b_to_a: dict[str, str] = {}
        self.a_taken: set[str] = set()

    def pair(self, b_uuid: str, a_uuid: str) -> None:
        self.b_to_a[b_uuid] = a_uuid
        self.a_taken.add(a_uuid)

    def run(self) -> dict[str, str]:
        self.by_uuid()
        self.by_origin()
        self.by_similarity()
        return self.b_to_a

    def by_uuid(self) -> None:
        for uuid, b_node in self.b.items():
            a_node = self.a.get(uuid)
            if a_node is not None and a_node.kind == b_node.kind:
                self.pair(uuid, uuid)

    def by_origin(self) -> None:
        a_by_origin: dict[str, list[str]] = defaultdict(list)
        for a_node in self.a.values():
            origin = a_node.node.get("origin_uuid")
            if origin and a_node.uuid not in self.a_taken:
                a_by_origin[str(origin)].append(a_node.uuid)
        for uuid, b_node in self.b.items():
            if uuid in self.b_to_a:
                continue
            origin = b_node.node.get("origin_uuid")
            candidates = [str(origin)] if origin else []
            candidates += a_by_origin.get(uuid, [])
            for a_uuid in candidates:
                candidate = self.a.get(a_uuid)
                if (candidate is not None and a_uuid not in self.a_taken
                        and candidate.kind == b_node.kind):
                    self.pair(uuid, a_uuid)
                    break

    def by_similarity(self) -> None:
        a_children = _children(self.a)
        b_children = _children(self.b)
        # B in print order: a parent is settled before its children are looked at.
        groups: list[str | None] = [None, *self.b]
        for b_parent in groups:
            if b_parent is None:
                a_parent: str | None = None
            elif b_parent in self.b_to_a:
                a_parent = self.b_to_a[b_parent]
            else:
                continue
            b_free = [n for n in b_children.get(b_parent, ()) if n.uuid not in self.b_to_a]
            if not b_free:
                continue
            a_free = [n for n in a_children.get(a_parent, ()) if n.uuid not in self.a_taken]
            if a_free:
                self.pair_similar(a_free, b_free)

    def pair_similar(self, a_free: list[FlatNode], b_free: list[FlatNode]) -> None:
        """Pair siblings: identical texts first (in order), then the most similar pair."""
        a_keys = {n.uuid: _words(n.node) for n in a_free}
        b_keys = {n.uuid: _words(n.node) for n in b_free}
        identical: dict[tuple[str, tuple[str, ...]], list[FlatNode]] = defaultdict(list)
        for n in a_free:
            identical[(n.kind, a_keys[n.uuid])].append(n)
        rest_b: list[FlatNode] = []
        for n in b_free:
            same = identical.get((n.kind, b_keys[n.uuid]))
            if same:
                self.pair(n.uuid, same.pop(0).uuid)
            else:
                rest_b.append(n)
        rest_a = [n for n in a_free if n.uuid not in self.a_taken]
        if not rest_a or not rest_b:
            return
        scored: list[tuple[float, int, int, int]] = []
        for j, b_node in enumerate(rest_b):
            matcher = SequenceMatcher(None, autojunk=False)
            matcher.set_seq2(b_keys[b_node.uuid])
            for i, a_node in enumerate(rest_a):
                if a_node.kind != b_node.kind:
                    continue
                matcher.set_seq1(a_keys[a_node.uuid])
                if (matcher.real_quick_ratio() < SIMILARITY_THRESHOLD
                        or matcher.quick_ratio() < SIMILARITY_THRESHOLD):
                    continue
                ratio = matcher.ratio()
                if ratio >= SIMILARITY_THRESHOLD:
                    # ties: the same section, then the nearer position, go first
                    same_section = a_node.node.get("horizon") == b_node.node.get("horizon")
                    scored.append((-ratio, 0 if same_section else 1,
                                   abs(a_node.index - b_node.index), i * len(rest_b) + j))
        scored.sort()
        for _ratio, _section, _distance, key in scored:
            i, j = divmod(key, len(rest_b))
            a_node, b_node = rest_a[i], rest_b[j]
            if a_node.uuid in self.a_taken or b_node.uuid in self.b_to_a:
                continue
            self.pair(b_node.uuid, a_node.uuid)


def _children(nodes: dict[str, FlatNode]) -> dict[str | None, list[FlatNode]]:
    out: dict[str | None, list[FlatNode]] = defaultdict(list)
    for node in nodes.values():
        out[node.parent].append(node)
    return out


def _words(node: Mapping[str, Any]) -> tuple[str, ...]:
    """Title and text as lower-case words: markup, punctuation and spacing aside."""
    text = f"{node.get('title') or ''}\n{node.get('text') or ''}"
    return tuple(_WORD.findall(text.casefold()))
