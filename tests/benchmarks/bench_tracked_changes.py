#!/usr/bin/env python3
"""Benchmark of the tracked-changes document (``insatsplan diff A B --out F.docx``)
against issue 19's budget: the agreement export's budget plus 50%.

    python tests/benchmarks/bench_tracked_changes.py [--runs N]

Plan A is ``bench_word.py``'s real-size agreement (5 focus areas, 26 topics, ~600 list
items); plan B is its next year's version with edits spread through it (every 25th
title reworded, a goal deleted and one added per focus area, a topic moved to another
focus area, a nested goal outdented, the subtitle changed). In the same run, interleaved,
it times (medians, in-process, python-docx loaded, LibreOffice's pass not counted, the
file written):

* the agreement export of B (budget 150 ms, README's Word export table),
* the tracked-changes export of A -> B, the comparison given (budget 225 ms: +50%),
* the comparison itself (its own budget is 300 ms),

and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_word import synthetic_plan  # noqa: E402

AGREEMENT_BUDGET_MS = 150.0
TRACKED_BUDGET_MS = AGREEMENT_BUDGET_MS * 1.5


def _walk(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def next_year(a: dict[str, Any]) -> dict[str, Any]:
    """Plan A's next year's version with a spread of edits."""
    b = copy.deepcopy(a)
    plan = b["plan"]
    plan["uuid"] = "6f1f7b0e-3c1a-4c8e-9d55-0b1b8c2f0a11"
    plan["year_from"] = plan["year_to"] = 2026
    plan["title"] = plan["title"].replace("2025", "2026")
    plan["subtitle"] += " och Region Exempellän"
    for n, node in enumerate(_walk(plan["children"])):
        if n % 25 == 0:
            node["title"] = node["title"].replace(" ", " nya ", 1)
    for number, area in enumerate(plan["children"]):
        topic = area["children"][0]
        del topic["children"][1]
        topic["children"].insert(0, {
            "uuid": f"00000000-0000-4000-8000-{number:012d}", "kind": "goal",
            "horizon": "short", "title": "Ett nytt mål för året.", "children": []})
    moved = plan["children"][0]["children"].pop()
    plan["children"][1]["children"].append(moved)
    for node in _walk(plan["children"]):
        nested = next((child for child in node["children"] if child["children"]), None)
        if node["kind"] == "topic" and nested is not None:
            child = nested["children"].pop(0)
            node["children"].insert(node["children"].index(nested) + 1, child)
            break
    return b


def median_ms(runs: list[float]) -> float:
    return statistics.median(runs) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    from insatsplan.compare import compare_plans
    from insatsplan.word.agreement import export_agreement
    from insatsplan.word.tracked_changes import export_tracked_agreement

    a = synthetic_plan()
    b = next_year(a)
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        comparison = compare_plans(a["plan"], b["plan"])

        def agreement() -> None:
            export_agreement(b, out / "b.docx", use_libreoffice=False)

        def tracked() -> None:
            export_tracked_agreement(a, b, comparison, out / "t.docx", author="Lena",
                                     when=when, use_libreoffice=False)

        def comparing() -> None:
            compare_plans(a["plan"], b["plan"])

        jobs: list[tuple[str, Callable[[], None]]] = [
            ("agreement", agreement), ("tracked", tracked), ("compare", comparing)]
        for _name, job in jobs:  # warm: imports, template cache
            job()
        times: dict[str, list[float]] = {name: [] for name, _ in jobs}
        for _ in range(args.runs):
            for name, job in jobs:
                start = time.perf_counter()
                job()
                times[name].append(time.perf_counter() - start)
        size = (out / "t.docx").stat().st_size
    agreement_ms, tracked_ms = median_ms(times["agreement"]), median_ms(times["tracked"])
    summary = comparison.summary()
    print(f"Tracked changes ({platform.python_version()}, {args.runs} runs each, interleaved; "
          f"{summary['added']} added, {summary['removed']} removed, {summary['moved']} moved, "
          f"{summary['changed']} changed; {size // 1024} kB):\n")
    print("| measure | result | budget |")
    print("|---|---|---|")
    print(f"| agreement export of B, in-process | {agreement_ms:.0f} ms | "
          f"<= {AGREEMENT_BUDGET_MS:.0f} ms |")
    print(f"| tracked-changes export A -> B, in-process | {tracked_ms:.0f} ms | "
          f"<= {TRACKED_BUDGET_MS:.0f} ms |")
    print(f"| ratio tracked / agreement | {tracked_ms / agreement_ms:.2f}x | |")
    print(f"| comparison A -> B | {median_ms(times['compare']):.0f} ms | <= 300 ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
