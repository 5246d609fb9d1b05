#!/usr/bin/env python3
"""Benchmark of the follow-up report (issue 17's budgets).

    python tests/benchmarks/bench_report.py [--runs N] [--profile]

Two plans, each in a scratch workspace built here (so it runs on a clean machine):

* the demo plan (``insatsplan demo``: 5 focus areas, 14 activities, 25 indicators);
* a real-size plan made up the same way every run: 5 focus areas, 22 activities with
  every labelled field, 30 indicators (some activities with two in one unit, some with two
  units) with values 2019–2025 and terms, levels, baselines and targets, and an
  evaluation for 2025 with participants and a bulleted narrative.

For each, in-process once pyqtgraph and python-docx are loaded (medians of N runs):
gathering the report's input (the indicator rows and every chart drawn as a 16 cm PNG at
200 dpi), the layout (``build_report`` saved to memory, no LibreOffice pass), and the two
together against the budget (demo <= 2 s, real size <= 3 s). Then ``insatsplan
export-word --kind report`` as a whole process without LibreOffice's pass (reported).

``--profile`` prints cProfile's top functions of one real-size report instead.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

from bench_timing import REPO, median_ms, print_results

sys.path.insert(0, str(REPO / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FOCUS_AREAS, TOPICS, INDICATORS = 5, 22, 30
YEARS = range(2019, 2026)
WORDS = ("stöd", "barn", "unga", "familjer", "skolan", "samverkan", "insatser", "psykisk",
         "hälsa", "suicidprevention", "uppföljning", "förvaltningen", "kunskap", "tidigt",
         "kommunen", "regionen", "personal", "utbildning", "grupper", "föräldrar")
ORGANISATIONS = (("AMF", "Arbetsmarknadsförvaltningen"),
                 ("SFF", "Skol- och fritidsförvaltningen"),
                 ("SOF", "Socialförvaltningen"), ("VOF", "Vård- och omsorgsförvaltningen"))


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def real_size_plan(seed: int = 17) -> dict[str, Any]:
    """An exchange dict the size of a real year's plan with its follow-up."""
    rng = random.Random(seed)

    def new_uuid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def node(kind: str, title: str, children: list[Any] | None = None, **extra: Any) -> Any:
        return {"uuid": new_uuid(), "kind": kind, "title": title,
                "children": children or [], **extra}

    series: list[dict[str, Any]] = []

    def indicator(unit: str) -> Any:
        name = _sentence(rng, 7)[:-1]
        start = rng.randint(40, 400)
        values = []
        for year in YEARS:
            start = max(1, start + rng.randint(-20, 30))
            values.append({"period": str(year), "value": str(start), "note": "",
                           "source": "Verksamhetsstatistik"})
            if unit == "antal" and year >= 2023:  # terms too: mixed period lengths
                values.append({"period": f"{year}-VT", "value": str(start // 2),
                               "note": "", "source": ""})
        series.append({"uuid": new_uuid(), "name": name, "unit": unit,
                       "measurements": values})
        low = rng.randint(50, 250)
        return node("indicator", name, horizon="short", indicator={
            "series_uuid": series[-1]["uuid"], "direction": "rise",
            "data_source": "Verksamhetsstatistik",
            "baseline": {"value": values[0]["value"], "period": "2019"},
            "target": {"value": str(low + 60), "period": "2025"},
            "levels": {"green": {"min": str(low + 40), "max": None},
                       "yellow": {"min": str(low), "max": str(low + 40)}}})

    units = ["antal", "procent", "antal", "dagar"]
    per_topic = [2 if t < INDICATORS - TOPICS else 1 for t in range(TOPICS)]
    areas = []
    topic_number = 0
    for area in range(FOCUS_AREAS):
        topics = []
        count = TOPICS // FOCUS_AREAS + (1 if area < TOPICS % FOCUS_AREAS else 0)
        for _ in range(count):
            chosen = rng.sample(ORGANISATIONS, 2)
            measured = [indicator(units[(topic_number + i * (topic_number % 2)) % 4])
                        for i in range(per_topic[topic_number])]
            children = [node("goal", _sentence(rng, rng.randint(8, 24)), horizon="short")
                        for _ in range(5)] + measured
            children += [node("goal", _sentence(rng, 12), horizon="long") for _ in range(2)]
            events = "\n".join(f"- {_sentence(rng, 8)} {rng.randint(8, 40)} deltagare."
                               for _ in range(rng.randint(2, 6)))
            topic_number += 1
            topics.append(node(
                "topic", f"Insats {topic_number}: {_sentence(rng, 3)[:-1]}", children,
                text=_sentence(rng, 40),
                fields={"background": _sentence(rng, 30), "purpose": _sentence(rng, 15),
                        "target_group": _sentence(rng, 6),
                        "timeline": "Januari–december 2025.",
                        "responsible": {"organisations": [code for code, _ in chosen],
                                        "people": "Enhetschef; samordnare."},
                        "measurable": {"answer": "yes", "text": _sentence(rng, 10)},
                        "funding": {"source": "Stimulansmedel",
                                    "amount": str(rng.randint(50, 900) * 1000)}},
                evaluations=[{"period": "2025", "status": rng.choice(
                    ("done", "done", "ongoing", "postponed")),
                    "participants": rng.randint(10, 400),
                    "text": _sentence(rng, 30) + "\n\n" + events + "\n\nLäs mer på "
                    "[stadens webbplats](https://www.example.se/psykisk-halsa)."}]))
        areas.append(node("focus_area", _sentence(rng, 4)[:-1], topics,
                          text=_sentence(rng, 25)))
    return {"format": "insatsplan/1", "series": series, "plan": {
        "uuid": new_uuid(),
        "title": "Handlingsplan för psykisk hälsa och suicidprevention 2025",
        "subtitle": "Mellan " + ", ".join(name.lower() for _, name in ORGANISATIONS),
        "year_from": 2025, "year_to": 2025, "kind": "plan_and_report", "status": "draft",
        "preamble": "\n\n".join(_sentence(rng, 45) for _ in range(3)),
        "basis": [_sentence(rng, 15) for _ in range(3)], "coordinator": "Lena Holmgren",
        "reporting_deadline": "2026-03-01", "signed_on": None, "fingerprint": None,
        "origin_plan_uuid": None,
        "parties": [{"organisation_code": code, "organisation_name": name}
                    for code, name in ORGANISATIONS],
        "signatories": [], "children": areas}}


NO_OFFICE = """
import sys
from insatsplan.word import writer
writer.libreoffice_driver = lambda: None
from insatsplan.cli import main
sys.exit(main(sys.argv[1:]))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    from insatsplan import demo
    from insatsplan.charts import render
    from insatsplan.charts.report_charts import gather_report_input
    from insatsplan.word.report import build_report
    from insatsplan.workspace import Workspace

    render.ensure_application()
    folder = Path(tempfile.mkdtemp(prefix="insatsplan-bench-report-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # backups stay in the scratch folder
    path = folder / "report.insatsplan"
    with Workspace.open(path) as ws:
        demo_id = demo.add_demo_plan(ws)
        real_id = ws.import_document(real_size_plan())
    ws = Workspace.open(path, readonly=True)
    plans = {"demo": (demo_id, 2000.0), "real size": (real_id, 3000.0)}
    shape: dict[str, str] = {}
    for name, (plan_id, _budget) in plans.items():
        document = ws.exchange_document(plan_id)
        topics = sum(len(area["children"]) for area in document["plan"]["children"])
        follow_up = gather_report_input(ws, plan_id)
        charts = sum(len(images) for images in follow_up.charts.values())
        shape[name] = (f"{topics} activities, {len(follow_up.indicators)} indicators, "
                       f"{charts} charts")
        build_report(document, follow_up, combined=False).save(io.BytesIO())  # warm

    if args.profile:
        document = ws.exchange_document(real_id)
        profiler = cProfile.Profile()
        profiler.enable()
        follow_up = gather_report_input(ws, real_id)
        build_report(document, follow_up, combined=True).save(io.BytesIO())
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return 0

    rows: list[tuple[str, str, str]] = []
    for name, (plan_id, budget) in plans.items():
        document = ws.exchange_document(plan_id)
        combined = document["plan"]["kind"] == "plan_and_report"
        gathered = gather_report_input(ws, plan_id)
        gather = median_ms(lambda plan_id=plan_id: gather_report_input(ws, plan_id),
                           args.runs)
        layout = median_ms(lambda document=document, gathered=gathered, combined=combined:
                           build_report(document, gathered, combined=combined)
                           .save(io.BytesIO()), args.runs)

        def whole(plan_id: int = plan_id, document: dict[str, Any] = document,
                  combined: bool = combined) -> None:
            build_report(document, gather_report_input(ws, plan_id),
                         combined=combined).save(io.BytesIO())

        total = median_ms(whole, args.runs)
        kind = "plan and report" if combined else "report"
        rows += [
            (f"{name} {kind} ({shape[name]}): rows and charts (PNG 16 cm, 200 dpi)",
             f"{gather:.0f} ms", ""),
            (f"{name} {kind}: layout (`build_report`, saved to memory)", f"{layout:.0f} ms",
             ""),
            (f"{name} {kind}: whole report in-process, no LibreOffice pass",
             f"{total:.0f} ms", f"<= {budget / 1000:.0f} s"),
        ]
    ws.close()

    environment = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    command = [sys.executable, "-c", NO_OFFICE, "--workspace", str(path), "export-word",
               str(real_id), "--kind", "plan_and_report", "--out", str(folder / "cli.docx")]
    process = median_ms(lambda: subprocess.run(command, check=True, env=environment,
                                               stdout=subprocess.DEVNULL),
                        max(1, min(args.runs, 3)))
    rows.append(("`insatsplan export-word --kind plan_and_report`, real size, whole process, "
                 "no LibreOffice pass", f"{process:.0f} ms", "reported"))
    print_results(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
