"""Properties of the comparison over generated plans and edit sequences: the diff
reports exactly the edits made, a plan compared with itself (or with a copy whose UUIDs
were all replaced) has no changes, and A→B mirrors B→A."""

from __future__ import annotations

import copy
import itertools
import random
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from insatsplan.compare import Comparison, compare_plans

Node = dict[str, Any]
WORDS = ["öka", "minska", "barn", "unga", "skola", "stöd", "familj", "plan", "hälsa", "samverkan"]
PARENT_KINDS = {"topic": {"focus_area"}, "goal": {"topic", "goal"}}


@st.composite
def plans(draw: st.DrawFn) -> Node:
    """Focus areas, topics, goals and nested goals, with short titles from a small
    vocabulary: empty, repeated and near-identical titles are common."""
    numbers = itertools.count()

    def title() -> str:
        return " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=6)))

    def goals(depth: int) -> list[Node]:
        return [{"uuid": f"g{next(numbers)}", "kind": "goal", "title": title(),
                 "horizon": draw(st.sampled_from(["short", "long"])),
                 "children": goals(depth + 1) if depth == 0 else []}
                for _ in range(draw(st.integers(0, 3 - 2 * depth)))]

    return {"uuid": "plan", "title": "Plan 2025", "year_from": 2025, "year_to": 2025,
            "children": [{"uuid": f"f{next(numbers)}", "kind": "focus_area", "title": title(),
                          "children": [{"uuid": f"t{next(numbers)}", "kind": "topic",
                                        "title": title(), "children": goals(0)}
                                       for _ in range(draw(st.integers(0, 3)))]}
                         for _ in range(draw(st.integers(1, 3)))]}


def walk(children: list[Node], parent: Node | None = None) -> Iterator[tuple[Node, Node | None]]:
    for child in children:
        yield child, parent
        yield from walk(child["children"], child)


def subtree(node: Node) -> set[str]:
    return {node["uuid"]} | {n["uuid"] for n, _ in walk(node["children"])}


def parents(plan: Node) -> dict[str, str | None]:
    return {n["uuid"]: p["uuid"] if p else None for n, p in walk(plan["children"])}


def edited(plan: Node, rng: random.Random, count: int) -> tuple[Node, set[str], set[str]]:
    """*plan* after *count* random edits (a word added to a title or text, a node
    deleted, added or moved under another parent, a goal moved to the other section);
    also the added UUIDs and the UUIDs whose text was edited."""
    out = copy.deepcopy(plan)
    added: set[str] = set()
    texts: set[str] = set()
    for number in range(count):
        nodes = list(walk(out["children"]))
        if not nodes:
            break
        node, parent = rng.choice(nodes)
        siblings = parent["children"] if parent else out["children"]
        edit = rng.choice(["title", "text", "delete", "add", "move", "section"])
        if edit in ("title", "text"):
            node[edit] = f"{node.get(edit, '')} {rng.choice(WORDS)}".strip()
            texts.add(node["uuid"])
        elif edit == "delete":
            siblings.remove(node)
        elif edit == "add" and node["kind"] in ("focus_area", "topic"):
            kind = "topic" if node["kind"] == "focus_area" else "goal"
            new: Node = {"uuid": f"new{number}", "kind": kind, "title": "ny",
                         "children": [], **({"horizon": "short"} if kind == "goal" else {})}
            node["children"].insert(rng.randint(0, len(node["children"])), new)
            added.add(new["uuid"])
        elif edit == "move" and node["kind"] in PARENT_KINDS:
            targets = [n for n, _ in nodes if n["kind"] in PARENT_KINDS[node["kind"]]
                       and n is not parent and n["uuid"] not in subtree(node)]
            if targets:
                siblings.remove(node)
                target = rng.choice(targets)
                target["children"].insert(rng.randint(0, len(target["children"])), node)
        elif edit == "section" and node["kind"] == "goal":
            node["horizon"] = "long" if node["horizon"] == "short" else "short"
    return out, added, texts


def uuids(comparison: Comparison, change: str) -> set[str]:
    return {c.uuid for c in comparison.changes if c.change == change}


@settings(deadline=None, max_examples=80)
@given(plans(), st.randoms(use_true_random=False), st.integers(1, 6))
def test_the_diff_reports_exactly_the_edits_made(a: Node, rng: random.Random,
                                                 count: int) -> None:
    b, added, texts = edited(a, rng, count)
    before, after = parents(a), parents(b)
    horizons = {n["uuid"]: n.get("horizon") for n, _ in walk(a["children"])}
    kept = before.keys() & after.keys()
    comparison = compare_plans(a, b)
    assert uuids(comparison, "added") == added & after.keys()
    assert uuids(comparison, "removed") == before.keys() - after.keys()
    assert uuids(comparison, "changed") == texts & kept
    moved = {u for u in kept if before[u] != after[u]} | {
        n["uuid"] for n, _ in walk(b["children"])
        if n["uuid"] in kept and n.get("horizon") != horizons[n["uuid"]]}
    # a node moved away and back may come back at another place among its siblings
    reordered = {u for u in kept if before[u] == after[u]}
    assert moved <= uuids(comparison, "moved") <= moved | reordered

    mirrored = compare_plans(b, a)
    assert uuids(mirrored, "added") == uuids(comparison, "removed")
    assert uuids(mirrored, "removed") == uuids(comparison, "added")
    assert uuids(mirrored, "changed") == uuids(comparison, "changed")


@settings(deadline=None, max_examples=60)
@given(plans(), st.booleans())
def test_a_plan_matches_itself_and_a_copy_with_new_uuids(a: Node, with_origin: bool) -> None:
    assert compare_plans(a, copy.deepcopy(a)).changes == ()
    fresh = copy.deepcopy(a)
    for node, _parent in walk(fresh["children"]):
        if with_origin:
            node["origin_uuid"] = node["uuid"]
        node["uuid"] = "copy-" + node["uuid"]
    comparison = compare_plans(a, fresh)
    assert comparison.changes == ()
    assert len(comparison.matches) == len(parents(a))
