"""Which node of plan B is which node of plan A.

Passes, each only over the nodes the earlier ones left unpaired, and each A node
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
   :data:`SIMILARITY_THRESHOLD`; identical texts pair before any similar ones, a
   repeated text's copies in the order that keeps their neighbours' order. Among very
   many siblings, only those near each other's place are scored
   (:data:`MAX_SIBLING_PAIRS`), and one budget bounds all scoring
   (:data:`MAX_SCORED_WORDS`). The passes run top-down, so once two topics
   pair their goals can pair too.
4. **Text similarity across parents**, for what is still unpaired: nodes whose parents
   are paired (or at the top) pair with nodes of the same kind under a parent of the
   same kind anywhere in the other plan, at the stricter
   :data:`MOVED_SIMILARITY_THRESHOLD`: a topic moved to another focus area in a plan
   without our UUIDs is found as moved, not as removed and added. Passes 3 and 4 repeat
   while they pair something (the moved topic's goals pair under it next). A nested goal
   moved up a level in such a plan (its parent now a topic, not a goal) stays removed
   and added.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

#: The least similarity (0..1, difflib's ratio over the words of title and text) at
#: which two unpaired nodes of the same kind under paired parents count as one node.
#: A title with one of five words changed scores about 0.8; two unrelated goals rarely
#: reach 0.4 (they share little more than "och", "att" and the spaces).
SIMILARITY_THRESHOLD = 0.6

#: The least similarity for two unpaired nodes under parents that are *not* paired with
#: each other (a topic moved to another focus area, in a plan without our UUIDs): stricter,
#: as the place no longer speaks for the pair.
MOVED_SIMILARITY_THRESHOLD = 0.8

#: Only a node's first this many words (title, then text) are compared: enough to tell
#: nodes apart, and a pasted document in a text cannot make scoring slow (difflib's
#: time grows with the product of the lengths).
MAX_SIMILARITY_WORDS = 300

#: At most this many pairs are scored in the pass across parents; beyond it (two plans
#: with little in common) only identical texts pair, so a comparison stays fast.
MAX_COMPARED_PAIRS = 40_000

#: At most about this many pairs are scored among the children of one parent (hundreds
#: of goals under one heading of an imported document): beyond it each node is scored
#: only against those at about its own place in the list (every pair of 600 siblings
#: took about 3 s against the comparison's 300 ms budget).
MAX_SIBLING_PAIRS = 12_000

#: Identical texts among at most this many pairs of nodes pair in an order-keeping
#: way (:meth:`Matcher.pair_identical`); among more, in document order.
MAX_ORDERED_PAIRS = 250_000

#: How much scoring one comparison does at most, over all its groups of siblings and
#: its passes across parents together, counted as the words of both nodes of each scored
#: pair plus :data:`PAIR_COST` (difflib's time grows with both lengths). The limits above
#: bound one parent's children; this bounds their sum: 20 topics each holding 100
#: rewritten goals of 30 words scored 200,000 pairs (about 2 s) under the per-parent
#: limit alone, 190 rewritten topics of 100 words under ten focus areas about 1 s. Once
#: it is spent, children of paired parents are still scored against the A nodes at
#: their own place in the list (work linear in the nodes), and the pass across parents
#: pairs identical texts only. About 0.1 s of scoring on a slow machine.
MAX_SCORED_WORDS = 600_000

#: The fixed part of one score in :data:`MAX_SCORED_WORDS`'s units (setting up the pair).
PAIR_COST = 20

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
        self._words: dict[str, tuple[str, ...]] = {}
        self._rejected: set[tuple[str, str]] = set()  # pairs scored below a threshold
        self.budget = MAX_SCORED_WORDS  # scoring left (see MAX_SCORED_WORDS)

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
        """Among children of paired parents; then, for what is left, across parents;
        again and again while either pass pairs something (a topic paired across focus
        areas lets its goals pair under it)."""
        a_children = _children(self.a)
        b_children = _children(self.b)
        tried: set[str | None] = set()
        while True:
            count = len(self.b_to_a)
            self.among_siblings(a_children, b_children, tried)
            self.across_parents()
            if len(self.b_to_a) == count:
                return

    def among_siblings(self, a_children: dict[str | None, list[FlatNode]],
                       b_children: dict[str | None, list[FlatNode]],
                       tried: set[str | None]) -> None:
        # B in print order: a parent is settled before its children are looked at.
        groups: list[str | None] = [None, *self.b]
        for b_parent in groups:
            if b_parent in tried:
                continue  # its free children only got fewer since
            if b_parent is None:
                a_parent: str | None = None
            elif b_parent in self.b_to_a:
                a_parent = self.b_to_a[b_parent]
            else:
                continue
            tried.add(b_parent)
            b_free = [n for n in b_children.get(b_parent, ()) if n.uuid not in self.b_to_a]
            if not b_free:
                continue
            a_free = [n for n in a_children.get(a_parent, ()) if n.uuid not in self.a_taken]
            if a_free:
                self.pair_similar(a_free, b_free, SIMILARITY_THRESHOLD,
                                  limit=MAX_SIBLING_PAIRS, nearby=True)

    def across_parents(self) -> None:
        """Unpaired nodes whose parents are paired (or at the top), of one kind under
        parents of one kind, wherever they stand: a topic moved to another focus area in
        a plan without our UUIDs. A stricter threshold, as position no longer helps."""
        groups: dict[tuple[str, str | None], tuple[list[FlatNode], list[FlatNode]]] = {}
        for nodes, paired, side in ((self.a, self.a_taken, 0), (self.b, self.b_to_a, 1)):
            for node in nodes.values():
                if node.uuid in paired:
                    continue
                if node.parent is not None and node.parent not in paired:
                    continue
                parent_kind = None if node.parent is None else nodes[node.parent].kind
                groups.setdefault((node.kind, parent_kind), ([], []))[side].append(node)
        for a_free, b_free in groups.values():
            if a_free and b_free:
                self.pair_similar(a_free, b_free, MOVED_SIMILARITY_THRESHOLD,
                                  limit=MAX_COMPARED_PAIRS)

    def words(self, node: FlatNode) -> tuple[str, ...]:
        words = self._words.get(node.uuid)
        if words is None:
            words = self._words[node.uuid] = _words(node.node)
        return words

    def affordable(self, rest_a: list[FlatNode], rest_b: list[FlatNode],
                   limit: int | None) -> int:
        """How many pairs of these nodes may be scored: *limit* (None: any number), and
        no more than what is left of the comparison's :data:`MAX_SCORED_WORDS` pays for
        at these nodes' average length."""
        length = sum(len(self.words(n)) for n in (*rest_a, *rest_b)) / (
            len(rest_a) + len(rest_b))
        affordable = int(max(0, self.budget) // (PAIR_COST + 2 * length))
        return affordable if limit is None else min(limit, affordable)

    def pair_identical(self, a_free: list[FlatNode], b_free: list[FlatNode]
                       ) -> list[FlatNode]:
        """Pair nodes of one kind with the same words; the B nodes left over.

        Where a text occurs more than once, the copies that keep the order of the
        nodes around them pair first (difflib's matching blocks over the texts): A
        "x, y, x" against B "y, x" pairs B's x with A's second x, not its first, which
        would make y look moved. Beyond :data:`MAX_ORDERED_PAIRS` (thousands of siblings)
        and for what is left, copies pair in document order."""
        a_keys = [(n.kind, self.words(n)) for n in a_free]
        b_keys = [(n.kind, self.words(n)) for n in b_free]
        if len(a_free) * len(b_free) <= MAX_ORDERED_PAIRS and not set(a_keys).isdisjoint(
                b_keys):
            blocks = SequenceMatcher(None, a_keys, b_keys, autojunk=False)
            for block in blocks.get_matching_blocks():
                for k in range(block.size):
                    self.pair(b_free[block.b + k].uuid, a_free[block.a + k].uuid)
        identical: dict[tuple[str, tuple[str, ...]], deque[FlatNode]] = defaultdict(deque)
        for n, key in zip(a_free, a_keys, strict=True):
            if n.uuid not in self.a_taken:
                identical[key].append(n)
        rest_b: list[FlatNode] = []
        for n, key in zip(b_free, b_keys, strict=True):
            if n.uuid in self.b_to_a:
                continue
            same = identical.get(key)
            if same:
                self.pair(n.uuid, same.popleft().uuid)
            else:
                rest_b.append(n)
        return rest_b

    def pair_similar(self, a_free: list[FlatNode], b_free: list[FlatNode], threshold: float,
                     *, limit: int | None = None, nearby: bool = False) -> None:
        """Pair nodes: identical texts first (in order), then the most similar pair at
        or above *threshold*. When more than *limit* pairs would have to be scored, only
        identical texts pair, or, if *nearby*, each B node is scored against the A nodes
        at about its own place in the list (siblings keep their order, mostly), so the
        work stays about *limit* scores however many siblings there are."""
        rest_b = self.pair_identical(a_free, b_free)
        rest_a = [n for n in a_free if n.uuid not in self.a_taken]
        if not rest_a or not rest_b:
            return
        reach = len(rest_a)  # how far from a B node's own place A nodes are scored
        limit = self.affordable(rest_a, rest_b, limit)
        if len(rest_a) * len(rest_b) > limit:
            if not nearby:
                return
            reach = max(1, limit // (2 * len(rest_b)))
        scored: list[tuple[float, int, int, int]] = []
        for j, b_node in enumerate(rest_b):
            matcher = SequenceMatcher(None, autojunk=False)
            b_words = self.words(b_node)
            matcher.set_seq2(b_words)
            place = j * len(rest_a) // len(rest_b)
            for i in range(max(0, place - reach), min(len(rest_a), place + reach + 1)):
                a_node = rest_a[i]
                if a_node.kind != b_node.kind or (a_node.uuid, b_node.uuid) in self._rejected:
                    continue
                a_words = self.words(a_node)
                matcher.set_seq1(a_words)
                self.budget -= PAIR_COST + len(a_words) + len(b_words)
                if (matcher.real_quick_ratio() < threshold
                        or matcher.quick_ratio() < threshold
                        or (ratio := matcher.ratio()) < threshold):
                    self._rejected.add((a_node.uuid, b_node.uuid))
                    continue
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
    """Title and text as lower-case words (markup, punctuation and spacing aside), at
    most :data:`MAX_SIMILARITY_WORDS` of them."""
    text = f"{node.get('title') or ''}\n{node.get('text') or ''}"
    words = []
    for match in _WORD.finditer(text.casefold()):
        words.append(match.group())
        if len(words) == MAX_SIMILARITY_WORDS:
            break
    return tuple(words)
