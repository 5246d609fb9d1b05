#!/usr/bin/env python3
"""Benchmark of the agreement's Word export against issue 12's budget.

    python tests/benchmarks/bench_word.py [--runs N] [--profile]

Builds a plan the size of a real agreement (5 focus areas, 26 topics, ~600 list items of
which ~150 indicators) as an exchange dict, imports it into a scratch workspace for the
CLI, writes the same content as Markdown for pandoc, and prints a Markdown table:

* in-process export once python-docx is loaded (median; LibreOffice's pass not counted),
* the first export in a fresh process, python-docx's import included, measured inside
  that process from before the first import to the written file (median of fresh
  processes), against pandoc (pypandoc-binary) turning the Markdown into .docx as a whole
  process (median): budget <= 1.0x, aim 0.6x,
* ``insatsplan export-word`` as a whole process, without and with LibreOffice's pass.

``--profile`` prints cProfile's top functions of one in-process export instead.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FOCUS_AREAS = 5
TOPICS = 26
SHORT_GOALS, LONG_GOALS = 7, 4  # per topic, with nested sub-goals below
INDICATORS = (3, 3)  # short, long per topic -> 156 indicators

WORDS = ("stöd", "barn", "unga", "familjer", "skolan", "samverkan", "insatser", "psykisk",
         "hälsa", "suicidprevention", "uppföljning", "förvaltningen", "kunskap", "tidigt",
         "kommunen", "regionen", "personal", "utbildning", "grupper", "föräldrar")


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def synthetic_plan(seed: int = 12) -> dict[str, Any]:
    """An exchange dict the size of a real agreement, the same on every run."""
    rng = random.Random(seed)

    def node(kind: str, title: str, children: list[Any] | None = None, **extra: Any) -> Any:
        return {"uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "kind": kind,
                "title": title, "children": children or [], **extra}

    def goal(horizon: str, depth: int = 0) -> Any:
        title = _sentence(rng, rng.randint(8, 30))
        if rng.random() < 0.2:
            title += " Läs mer hos [Folkhälsomyndigheten](https://www.folkhalsomyndigheten.se)."
        if rng.random() < 0.15:
            title = "**Prioriterat:** " + title
        children = [goal(horizon, depth + 1) for _ in range(rng.choice((0, 0, 0, 1, 2)))
                    ] if depth < 1 else []
        return node("goal", title, children, horizon=horizon)

    series: list[dict[str, Any]] = []

    def indicator(horizon: str) -> Any:
        name = _sentence(rng, 6)
        series_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        series.append({"uuid": series_uuid, "name": name, "unit": "antal", "measurements": []})
        return node("indicator", name, horizon=horizon, indicator={
            "series_uuid": series_uuid, "direction": "rise", "data_source": "Statistik",
            "baseline": None, "target": None, "levels": None})

    areas = []
    topic_count = 0
    for a in range(FOCUS_AREAS):
        topics = []
        count = TOPICS // FOCUS_AREAS + (1 if a < TOPICS % FOCUS_AREAS else 0)
        for _ in range(count):
            topic_count += 1
            children = [goal("short") for _ in range(SHORT_GOALS)]
            children += [indicator("short") for _ in range(INDICATORS[0])]
            children += [goal("long") for _ in range(LONG_GOALS)]
            children += [indicator("long") for _ in range(INDICATORS[1])]
            topics.append(node("topic", f"Ämne {topic_count}: {_sentence(rng, 3)[:-1]}",
                               children, text=_sentence(rng, 40) + "\n\n" + _sentence(rng, 30)))
        areas.append(node("focus_area", f"Fokusområde {a + 1}: {_sentence(rng, 4)[:-1]}",
                          topics, text=_sentence(rng, 25)))
    orgs = [("AMF", "Arbetsmarknadsförvaltningen"), ("SFF", "Skol- och fritidsförvaltningen"),
            ("SOF", "Socialförvaltningen"), ("VOF", "Vård- och omsorgsförvaltningen")]
    return {"format": "insatsplan/1", "series": series, "plan": {
        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "title": "Insatser inom området psykisk hälsa och suicidprevention 2025",
        "subtitle": "Överenskommelse mellan " + ", ".join(n.lower() for _, n in orgs),
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "status": "draft",
        "preamble": "\n\n".join(_sentence(rng, 45) for _ in range(4)),
        "basis": [_sentence(rng, 15) for _ in range(3)], "coordinator": "Lena Holmgren",
        "reporting_deadline": "2026-03-01", "signed_on": None, "fingerprint": None,
        "origin_plan_uuid": None,
        "parties": [{"organisation_code": c, "organisation_name": n} for c, n in orgs],
        "signatories": [{"name": f"Direktör {c}", "title": "Förvaltningsdirektör",
                         "organisation_code": c, "organisation_name": n} for c, n in orgs],
        "children": areas}}


def counts(document: dict[str, Any]) -> dict[str, int]:
    found: dict[str, int] = {}

    def walk(nodes: list[Any]) -> None:
        for n in nodes:
            found[n["kind"]] = found.get(n["kind"], 0) + 1
            walk(n["children"])

    walk(document["plan"]["children"])
    return found


def markdown(document: dict[str, Any]) -> str:
    """The same content as pandoc Markdown: headings, bullet lists, links."""
    plan = document["plan"]
    lines = [f"# {plan['title']}", "", plan["subtitle"], "", plan["preamble"], "",
             "Denna överenskommelse har sin grund i:", ""]
    lines += [f"- {b}" for b in plan["basis"]] + [""]

    def items(nodes: list[Any], depth: int) -> None:
        for n in nodes:
            lines.append("  " * depth + f"- {n['title']}")
            items(n["children"], depth + 1)

    for area in plan["children"]:
        lines += [f"# {area['title']}", "", area["text"], ""]
        for topic in area["children"]:
            lines += [f"## {topic['title']}", "", topic["text"], ""]
            for kind, horizon, label in (("goal", "short", "Kortsiktiga mål och aktiviteter 2025"),
                                         ("indicator", "short", "Mätbara indikatorer"),
                                         ("goal", "long", "Långsiktiga mål"),
                                         ("indicator", "long", "Mätbara indikatorer")):
                lines += [f"### {label}", ""]
                items([c for c in topic["children"]
                       if c["kind"] == kind and c["horizon"] == horizon], 0)
                lines.append("")
    lines += ["# Underskrifter", ""]
    lines += [f"**{s['name']}**, {s['title']}, {s['organisation_name']}"
              for s in plan["signatories"]]
    return "\n".join(lines) + "\n"


def in_process(document: dict[str, Any], runs: int) -> float:
    from insatsplan.word.agreement import build_agreement

    build_agreement(document).save(io.BytesIO())  # warm: imports, template cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_agreement(document).save(io.BytesIO())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


FRESH = """
import json, sys, time
start = time.perf_counter()
import docx
from insatsplan.word.agreement import build_agreement
document = json.load(open(sys.argv[1], encoding="utf-8"))
build_agreement(document).save(sys.argv[2])
print(time.perf_counter() - start)
"""


def fresh_process(plan_json: Path, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", FRESH, str(plan_json), str(out)],
                                capture_output=True, text=True, check=True)
        times.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def wall(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


NO_OFFICE = """
import sys
from insatsplan.word import writer
writer.libreoffice_driver = lambda: None
from insatsplan.cli import main
sys.exit(main(sys.argv[1:]))
"""


def machine() -> str:
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        memory = 0
    return (f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, "
            f"{platform.system()}, Python {platform.python_version()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    document = synthetic_plan()
    if args.profile:
        from insatsplan.word.agreement import build_agreement

        build_agreement(document).save(io.BytesIO())
        profiler = cProfile.Profile()
        profiler.enable()
        build_agreement(document).save(io.BytesIO())
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return 0

    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    sizes = counts(document)
    items = sizes.get("goal", 0) + sizes.get("indicator", 0)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        plan_json = folder / "plan.json"
        plan_json.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        md = folder / "plan.md"
        md.write_text(markdown(document), encoding="utf-8")
        workspace = folder / "bench.insatsplan"
        env = {**os.environ, "XDG_DATA_HOME": str(folder / "data")}
        subprocess.run([sys.executable, "-m", "insatsplan", "--workspace", str(workspace),
                        "import-json", str(plan_json)], check=True, capture_output=True,
                       env=env)

        inproc = in_process(document, args.runs)
        fresh = fresh_process(plan_json, folder / "fresh.docx", args.runs)
        pandoc_time = wall([pandoc, str(md), "-o", str(folder / "pandoc.docx")], args.runs)
        cli = [sys.executable, "-c", NO_OFFICE, "--workspace", str(workspace), "export-word",
               "1", "--out", str(folder / "cli.docx")]
        cli_time = wall(cli, args.runs, env)
        office_runs = max(1, min(args.runs, 3))
        try:
            from insatsplan.word import libreoffice

            has_office = libreoffice.available()
        except ImportError:
            has_office = False
        office_time = wall([sys.executable, "-m", "insatsplan", "--workspace", str(workspace),
                            "export-word", "1", "--out", str(folder / "lo.docx")],
                           office_runs, env) if has_office else None

    print(f"Word export benchmark, {time.strftime('%Y-%m-%d')} on {machine()}; plan of "
          f"{sizes.get('focus_area', 0)} focus areas, {sizes.get('topic', 0)} topics, "
          f"{items} list items ({sizes.get('indicator', 0)} indicators); medians of "
          f"{args.runs} runs.\n")
    print("| measure | result | budget |")
    print("|---|---|---|")
    print(f"| export in-process, python-docx loaded | {inproc * 1000:.0f} ms | <= 150 ms |")
    print(f"| first export in a fresh process, python-docx import included | "
          f"{fresh * 1000:.0f} ms | |")
    print(f"| pandoc Markdown → .docx, whole process | {pandoc_time * 1000:.0f} ms | |")
    print(f"| ratio first export / pandoc | {fresh / pandoc_time:.2f}x | <= 1.0x (aim 0.6x) |")
    print(f"| `insatsplan export-word` whole process, no LibreOffice | "
          f"{cli_time * 1000:.0f} ms | |")
    if office_time is not None:
        print(f"| `insatsplan export-word` whole process, LibreOffice page numbers | "
              f"{office_time * 1000:.0f} ms | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
