#!/usr/bin/env python3
"""Benchmark of the plan comparison against issue 19's budget.

    python tests/benchmarks/bench_compare.py [--runs N]

Imports a plan the size of a real agreement (``bench_word.synthetic_plan()``: 5 focus
areas, 26 topics, ~600 list items of which 156 indicators) into a scratch workspace
twice more, edited as a year's revision is: 20 titles with a word changed, 5 goals
deleted and 5 added, 2 topics moved to another focus area, 3 nested goals outdented,
the coordinator changed. One copy keeps the node UUIDs (a new version); the other has
fresh UUIDs everywhere (a plan that came in without our bookmarks), so every node is
found by its text. Times ``Workspace.compare_plans`` in-process (reading both plans
from the workspace and comparing them), medians of *runs*, against the issue's
"two real-size plans compared in <= 300 ms".
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from bench_timing import median_ms, print_results, scratch_folder
from bench_word import counts, synthetic_plan


def revised(document: dict[str, Any], *, fresh_uuids: bool, seed: int = 19) -> dict[str, Any]:
    """The document as next year's revision of it (see the module's description)."""
    rng = random.Random(seed)
    out = copy.deepcopy(document)
    plan = out["plan"]
    plan["uuid"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    plan["coordinator"] = "Kim Samordnare"
    topics = [t for area in plan["children"] for t in area["children"]]
    goals = [g for t in topics for g in t["children"] if g["kind"] == "goal"]
    for goal in rng.sample(goals, 20):
        words = goal["title"].split(" ")
        words[len(words) // 2] = "förändrat"
        goal["title"] = " ".join(words)
    for topic in rng.sample(topics, 5):
        deleted = next(c for c in topic["children"] if c["kind"] == "goal")
        topic["children"].remove(deleted)
        topic["children"].insert(1, {"uuid": str(uuid.UUID(int=rng.getrandbits(128),
                                                           version=4)),
                                     "kind": "goal", "title": "Ett nytt mål för nästa år.",
                                     "horizon": "short", "children": []})
    for area, target in ((0, 4), (1, 3)):
        moved = plan["children"][area]["children"].pop(0)
        plan["children"][target]["children"].append(moved)
    outdented = 0
    for topic in topics:
        for index, goal in enumerate(topic["children"]):
            if goal["kind"] == "goal" and goal["children"] and outdented < 3:
                topic["children"].insert(index + 1, goal["children"].pop())
                outdented += 1
                break
    if fresh_uuids:
        def renew(nodes: list[dict[str, Any]]) -> None:
            for node in nodes:
                node["uuid"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                renew(node["children"])

        renew(plan["children"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from insatsplan.workspace import Workspace

    document = synthetic_plan()
    sizes = counts(document)
    with scratch_folder() as folder, Workspace.open(folder / "bench.insatsplan") as ws:
        a = ws.import_document(document)
        b = ws.import_document(revised(document, fresh_uuids=False))
        c = ws.import_document(revised(document, fresh_uuids=True))
        ws.compare_plans(a, b)  # warm: imports, the first query
        by_uuid = ws.compare_plans(a, b).summary()
        by_text = ws.compare_plans(a, c).summary()
        same_uuids = median_ms(lambda: ws.compare_plans(a, b), args.runs)
        fresh = median_ms(lambda: ws.compare_plans(a, c), args.runs)

    items = sizes.get("goal", 0) + sizes.get("indicator", 0)
    print(f"Comparison: two plans of {sizes.get('focus_area', 0)} focus areas, "
          f"{sizes.get('topic', 0)} topics and {items} list items each; found "
          f"{by_uuid} by UUID and {by_text} by text; medians of {args.runs} runs.")
    print_results([
        ("compare two real-size plans (read + compare, `Workspace.compare_plans`)",
         f"{same_uuids:.0f} ms", "<= 300 ms"),
        ("the same, every node matched by text (no UUIDs in common)", f"{fresh:.0f} ms",
         ""),
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
