"""The differences between two plans, node by node and field by field.

:func:`compare_plans` pairs the nodes (:mod:`.matching`) and lists, in B's print order:

- **added**: a node of B with no counterpart in A;
- **removed**: a node of A with no counterpart in B, listed where it stood (after the
  sibling it followed in A), its path the one it had in A;
- **moved**: a paired node under another parent, in another section (short/long
  term), or out of order among its paired siblings. The order check keeps the longest
  run of siblings whose order A and B share (a longest increasing subsequence of A's
  positions) and calls only the others moved, so deleting or adding a goal never
  makes its later siblings "moved", and one goal dragged down the list is one move,
  not a shuffle of all the others;
- **changed**: a paired node whose title, text, topic fields or indicator fields
  differ, one :class:`FieldChange` per field with the word-level operations, and the
  plan's own fields (title, subtitle, years, preamble, basis, coordinator, reporting
  deadline, parties, signatories) as changes of kind ``"plan"``.

A node both moved and edited gives two entries, moved first. Children of a moved node
are not moved themselves (they kept their parent). Evaluations, measurements and the
plan's status, fingerprint and signing date are follow-up and bookkeeping, not
content: they are not compared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from insatsplan.compare.matching import FlatNode, Matcher, flatten
from insatsplan.compare.words import WordOp, word_diff
from insatsplan.text import plain_text

#: The separator between titles in a node's path ("Fokusområde › Ämne › Mål").
PATH_SEPARATOR = " › "

#: Plan fields compared, in the order they are listed (the order Word prints them).
PLAN_FIELDS = ("title", "subtitle", "years", "preamble", "basis", "coordinator",
               "reporting_deadline", "parties", "signatories")

#: Node fields compared, in the order they are listed.
NODE_FIELDS = ("title", "text", "background", "purpose", "target_group", "timeline",
               "responsible_organisations", "responsible_people", "measurable_answer",
               "measurable_text", "funding_source", "funding_amount", "direction",
               "data_source", "baseline", "target", "levels")

#: What a note in the JSON says when the plans have nothing in common.
SHARES_NOTHING_NOTE = ("The plans share no nodes: every node of the first is listed as "
                       "removed and every node of the second as added.")

ChangeKind = Literal["added", "removed", "moved", "changed"]


@dataclass(frozen=True)
class FieldChange:
    """One changed field: its texts before and after and the word-level operations."""

    field: str
    before: str
    after: str
    words: tuple[WordOp, ...]

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "before": self.before, "after": self.after,
                "words": [list(op) for op in self.words]}


@dataclass(frozen=True)
class NodeChange:
    """One entry of a comparison (see the module's description).

    ``uuid`` is B's node UUID (A's for a removed node; B's plan UUID for a plan field),
    ``path`` the titles (visible text, without Markdown) from the top down to the node
    where it stands in B (in A if removed), or the plan field's name.
    ``before``/``after`` are JSON-able: a node's content (kind, title, text, horizon,
    fields, indicator) for added and removed ones; its place (path, parent UUID,
    position, horizon) for moved ones; the changed fields' texts for changed ones; the
    field's text for a plan field. ``anchor``, for a removed node only, is the UUID of
    the nearest ancestor B still has (None when that is the plan itself): where a view
    of B can show the removal.
    """

    change: ChangeKind
    kind: str
    uuid: str
    path: str
    before: Any
    after: Any
    fields: tuple[FieldChange, ...] = ()
    anchor: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"change": self.change, "kind": self.kind, "uuid": self.uuid,
                               "path": self.path, "before": self.before, "after": self.after}
        if self.fields:
            out["fields"] = [f.to_json() for f in self.fields]
        if self.change == "removed":
            out["anchor"] = self.anchor
        return out


@dataclass(frozen=True)
class Comparison:
    """Everything that changed from plan A to plan B."""

    a_plan_uuid: str
    b_plan_uuid: str
    changes: tuple[NodeChange, ...]
    matches: Mapping[str, str]  # B node uuid -> A node uuid
    shares_nothing: bool

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(("added", "removed", "moved", "changed"), 0)
        for change in self.changes:
            counts[change.change] += 1
        return counts

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"a_plan": self.a_plan_uuid, "b_plan": self.b_plan_uuid,
                               "summary": self.summary(),
                               "changes": [c.to_json() for c in self.changes]}
        if self.shares_nothing:
            out["note"] = SHARES_NOTHING_NOTE
        return out


def compare_plans(a_plan: Mapping[str, Any], b_plan: Mapping[str, Any]) -> Comparison:
    """Compare two exchange-shaped plan dicts (A the earlier, B the later)."""
    a_flat, b_flat = flatten(a_plan), flatten(b_plan)
    matches = Matcher(a_flat, b_flat).run()
    differ = _Differ(a_flat, b_flat, matches, str(b_plan.get("uuid") or ""))
    changes = differ.plan_fields(a_plan, b_plan)
    changes += differ.nodes()
    return Comparison(
        a_plan_uuid=str(a_plan.get("uuid") or ""),
        b_plan_uuid=str(b_plan.get("uuid") or ""),
        changes=tuple(changes),
        matches=matches,
        shares_nothing=bool(a_flat) and bool(b_flat) and not matches,
    )


class _Differ:
    def __init__(self, a: dict[str, FlatNode], b: dict[str, FlatNode],
                 matches: dict[str, str], b_plan_uuid: str) -> None:
        self.a, self.b, self.b_to_a = a, b, matches
        self.a_to_b = {a_uuid: b_uuid for b_uuid, a_uuid in matches.items()}
        self.b_plan_uuid = b_plan_uuid
        self.a_children = _children(a)
        self.b_children = _children(b)
        self.a_paths = _paths(a)
        self.b_paths = _paths(b)
        self.out_of_order = self._out_of_order()
        self.removed_at = self._removed_places()
        self.changes: list[NodeChange] = []

    # ------------------------------------------------------------------ plan fields

    def plan_fields(self, a_plan: Mapping[str, Any],
                    b_plan: Mapping[str, Any]) -> list[NodeChange]:
        a_fields, b_fields = plan_field_texts(a_plan), plan_field_texts(b_plan)
        out = []
        for name in PLAN_FIELDS:
            before, after = a_fields[name], b_fields[name]
            if before != after:
                change = FieldChange(name, before, after, tuple(word_diff(before, after)))
                out.append(NodeChange("changed", "plan", self.b_plan_uuid, name, before, after,
                                      (change,)))
        return out

    # ------------------------------------------------------------------ nodes

    def nodes(self) -> list[NodeChange]:
        self._removed(("start", None))
        for child in self.b_children.get(None, ()):
            self._visit(child)
            self._removed(("after", child.uuid))
        return self.changes

    def _visit(self, node: FlatNode) -> None:
        path = self.b_paths[node.uuid]
        a_uuid = self.b_to_a.get(node.uuid)
        if a_uuid is None:
            self.changes.append(NodeChange("added", node.kind, node.uuid, path, None,
                                           node_content(node.node)))
        else:
            a_node = self.a[a_uuid]
            reason = self._move_reason(node, a_node)
            if reason is not None:
                self.changes.append(NodeChange(
                    "moved", node.kind, node.uuid, path, self._place(a_node, self.a_paths),
                    {**self._place(node, self.b_paths), "reason": reason}))
            fields = changed_fields(a_node.node, node.node)
            if fields:
                self.changes.append(NodeChange(
                    "changed", node.kind, node.uuid, path,
                    {f.field: f.before for f in fields}, {f.field: f.after for f in fields},
                    fields))
        self._removed(("start", node.uuid))
        for child in self.b_children.get(node.uuid, ()):
            self._visit(child)
            self._removed(("after", child.uuid))

    def _removed(self, key: tuple[str, str | None]) -> None:
        place, b_uuid = key
        anchor = b_uuid if place == "start" or b_uuid is None else self.b[b_uuid].parent
        for a_uuid in self.removed_at.get(key, ()):
            self._removed_subtree(self.a[a_uuid], anchor)

    def _removed_subtree(self, node: FlatNode, anchor: str | None) -> None:
        self.changes.append(NodeChange("removed", node.kind, node.uuid,
                                       self.a_paths[node.uuid], node_content(node.node), None,
                                       anchor=anchor))
        for child in self.a_children.get(node.uuid, ()):
            if child.uuid not in self.a_to_b:  # a paired child is listed where it is in B
                self._removed_subtree(child, anchor)

    def _place(self, node: FlatNode, paths: dict[str, str]) -> dict[str, Any]:
        return {"path": paths[node.uuid], "parent": node.parent,
                "parent_path": None if node.parent is None else paths[node.parent],
                "position": node.index, "horizon": node.node.get("horizon")}

    # ------------------------------------------------------------------ moves

    def _same_parent(self, b_node: FlatNode, a_node: FlatNode) -> bool:
        if b_node.parent is None:
            return a_node.parent is None
        return a_node.parent is not None and self.b_to_a.get(b_node.parent) == a_node.parent

    def _move_reason(self, b_node: FlatNode, a_node: FlatNode) -> str | None:
        """Why a paired node counts as moved ("parent", "section", "order"), or None."""
        if not self._same_parent(b_node, a_node):
            return "parent"
        if b_node.node.get("horizon") != a_node.node.get("horizon"):
            return "section"
        return "order" if b_node.uuid in self.out_of_order else None

    def _out_of_order(self) -> set[str]:
        """Paired siblings (same parent, same section in both) outside the longest
        run whose order A and B share."""
        out: set[str] = set()
        for siblings in self.b_children.values():
            stayed: list[tuple[str, int]] = []
            for b_node in siblings:
                a_uuid = self.b_to_a.get(b_node.uuid)
                if a_uuid is None:
                    continue
                a_node = self.a[a_uuid]
                if (self._same_parent(b_node, a_node)
                        and b_node.node.get("horizon") == a_node.node.get("horizon")):
                    stayed.append((b_node.uuid, a_node.index))
            kept = _longest_increasing(stayed)
            out.update(uuid for uuid, _ in stayed if uuid not in kept)
        return out

    # ------------------------------------------------------------------ removals

    def _removed_places(self) -> dict[tuple[str, str | None], list[str]]:
        """Where each removed subtree is listed: after the B counterpart of the nearest
        earlier A sibling that is still under the same parent, else first under that
        parent. One pass over each parent's children (looking back from each removed
        node took seconds for thousands of removed siblings)."""
        out: dict[tuple[str, str | None], list[str]] = {}
        for a_parent, siblings in self.a_children.items():
            if a_parent is None:
                b_parent: str | None = None
            elif a_parent in self.a_to_b:
                b_parent = self.a_to_b[a_parent]
            else:
                continue  # listed with its removed ancestor
            key: tuple[str, str | None] = ("start", b_parent)
            for a_node in siblings:
                b_uuid = self.a_to_b.get(a_node.uuid)
                if b_uuid is None:
                    out.setdefault(key, []).append(a_node.uuid)
                elif self.b[b_uuid].parent == b_parent:
                    key = ("after", b_uuid)
        return out


def _children(nodes: dict[str, FlatNode]) -> dict[str | None, list[FlatNode]]:
    out: dict[str | None, list[FlatNode]] = {}
    for node in nodes.values():  # print order, so each list is in print order too
        out.setdefault(node.parent, []).append(node)
    return out


def _paths(nodes: dict[str, FlatNode]) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in nodes.values():  # parents come first in print order
        title = _path_title(node.node)
        out[node.uuid] = title if node.parent is None else (
            out[node.parent] + PATH_SEPARATOR + title)
    return out


def _path_title(node: Mapping[str, Any]) -> str:
    """A title as a path step: its visible text (no Markdown marks) on one line."""
    title = " ".join(plain_text(str(node.get("title") or "")).split())
    return title or "…"


def _longest_increasing(items: Sequence[tuple[str, int]]) -> set[str]:
    """The keys of one longest strictly increasing subsequence of the values
    (patience sorting, O(n log n))."""
    from bisect import bisect_left

    tails: list[int] = []  # smallest tail value of an increasing run of each length
    tail_at: list[int] = []  # index into items of that tail
    previous: list[int] = [-1] * len(items)
    for i, (_key, value) in enumerate(items):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[length] = value
            tail_at[length] = i
        previous[i] = tail_at[length - 1] if length else -1
    kept: set[str] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        kept.add(items[i][0])
        i = previous[i]
    return kept


# ---------------------------------------------------------------------- field texts

def node_content(node: Mapping[str, Any]) -> dict[str, Any]:
    """A node's own content, without its children and follow-up (JSON-able)."""
    out: dict[str, Any] = {"kind": node.get("kind"), "title": node.get("title") or ""}
    for key in ("text", "horizon", "fields", "indicator"):
        if node.get(key) is not None:
            out[key] = node.get(key)
    return out


def changed_fields(a_node: Mapping[str, Any], b_node: Mapping[str, Any]) -> tuple[
        FieldChange, ...]:
    """The fields whose printed text differs, in :data:`NODE_FIELDS` order."""
    a_texts, b_texts = node_field_texts(a_node), node_field_texts(b_node)
    out = []
    for name in NODE_FIELDS:
        before, after = a_texts.get(name, ""), b_texts.get(name, "")
        if before != after:
            out.append(FieldChange(name, before, after, tuple(word_diff(before, after))))
    return tuple(out)


def node_field_texts(node: Mapping[str, Any]) -> dict[str, str]:
    """Each compared field of a node as text (absent and empty are the same)."""
    out = {"title": _text(node.get("title")), "text": _text(node.get("text"))}
    fields = node.get("fields")
    if isinstance(fields, Mapping):
        for name in ("background", "purpose", "target_group", "timeline"):
            out[name] = _text(fields.get(name))
        responsible = _mapping(fields.get("responsible"))
        out["responsible_organisations"] = ", ".join(
            str(code) for code in responsible.get("organisations") or ())
        out["responsible_people"] = _text(responsible.get("people"))
        measurable = _mapping(fields.get("measurable"))
        out["measurable_answer"] = _text(measurable.get("answer"))
        out["measurable_text"] = _text(measurable.get("text"))
        funding = _mapping(fields.get("funding"))
        out["funding_source"] = _text(funding.get("source"))
        out["funding_amount"] = _text(funding.get("amount"))
    indicator = node.get("indicator")
    if isinstance(indicator, Mapping):
        out["direction"] = _text(indicator.get("direction"))
        out["data_source"] = _text(indicator.get("data_source"))
        out["baseline"] = _bound(indicator.get("baseline"))
        out["target"] = _bound(indicator.get("target"))
        out["levels"] = _levels(indicator.get("levels"))
    return out


def plan_field_texts(plan: Mapping[str, Any]) -> dict[str, str]:
    """Each compared plan field as text."""
    year_from, year_to = plan.get("year_from"), plan.get("year_to")
    years = _text(year_from) if year_to in (None, year_from) else f"{year_from}–{year_to}"
    parties = [_mapping(p) for p in plan.get("parties") or ()]
    signatories = [_mapping(s) for s in plan.get("signatories") or ()]
    return {
        "title": _text(plan.get("title")),
        "subtitle": _text(plan.get("subtitle")),
        "years": years,
        "preamble": _text(plan.get("preamble")),
        "basis": "\n".join(_text(b) for b in plan.get("basis") or ()),
        "coordinator": _text(plan.get("coordinator")),
        "reporting_deadline": _text(plan.get("reporting_deadline")),
        "parties": "\n".join(
            " ".join(t for t in (_text(p.get("organisation_code")),
                                 _text(p.get("organisation_name"))) if t)
            for p in parties),
        "signatories": "\n".join(
            ", ".join(t for t in (_text(s.get("name")), _text(s.get("title")),
                                  _text(s.get("organisation_name"))) if t)
            for s in signatories),
    }


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _bound(value: Any) -> str:
    bound = _mapping(value)
    number, period = _text(bound.get("value")), _text(bound.get("period"))
    return f"{number} ({period})" if number and period else number or period


def _levels(value: Any) -> str:
    levels = _mapping(value)
    parts = []
    for name in ("green", "yellow"):
        level = _mapping(levels.get(name))
        low, high = _text(level.get("min")), _text(level.get("max"))
        if low or high:
            parts.append(f"{name} {low}–{high}")
    return ", ".join(parts)
