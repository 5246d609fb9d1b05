"""Trend chart benchmarks (issue 16's chart budgets).

Run: ``python tests/benchmarks/bench_charts.py [--repeat N]``. Prints a Markdown table of
medians for the README:

- pyqtgraph's (and numpy's) first load, in a fresh process each time: what the first
  chart shown in an editor session pays once, reported apart from the draws;
- a 10,000-point series drawn into a shown 800×450 chart and painted (<= 50 ms), and
  the description built from the read side's rows beforehand (reported, no budget);
- the editor's widget showing a demo indicator (description, draw, paint);
- PNG (1600×900) and SVG export of a demo chart and of the 10,000-point one;
- ``insatsplan chart`` as a whole process beside a bare PySide6 offscreen start
  (``QApplication([])`` and exit), the floor any Qt command pays.

Offscreen Qt. Numbers are wall-clock on this machine; nothing here is a CI gate.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ENV = dict(os.environ, PYTHONPATH=str(REPO / "desktop"), QT_QPA_PLATFORM="offscreen")
HOMELESS = "Antal personer i akut hemlöshet"
POINTS = 10_000


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def process_ms(argv: list[str], repeat: int) -> list[float]:
    """Wall-clock milliseconds of whole processes (after one warm-up run for the disk)."""
    subprocess.run(argv, check=True, env=ENV, stdout=subprocess.DEVNULL)
    return timed(lambda: subprocess.run(argv, check=True, env=ENV,
                                        stdout=subprocess.DEVNULL), repeat)


FIRST_LOAD = """
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
start = time.perf_counter()
from insatsplan.charts import render
widget = render.new_plot_widget()
print((time.perf_counter() - start) * 1000)
"""


def first_load_ms(repeat: int) -> list[float]:
    """pyqtgraph + numpy + the renderer + the shipped font, in a fresh process each time."""
    out = []
    for _ in range(repeat):
        result = subprocess.run([sys.executable, "-c", FIRST_LOAD], check=True, env=ENV,
                                capture_output=True, text=True)
        out.append(float(result.stdout.strip().splitlines()[-1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    repeat = max(1, args.repeat)
    folder = Path(tempfile.mkdtemp(prefix="insatsplan-bench-charts-"))
    path = folder / "demo.insatsplan"
    subprocess.run([sys.executable, "-m", "insatsplan", "--workspace", str(path), "demo"],
                   check=True, stdout=subprocess.DEVNULL, env=ENV)

    first_load = first_load_ms(min(repeat, 5))

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from insatsplan.charts import render
    from insatsplan.charts.description import describe_indicator
    from insatsplan.periods import parse_period
    from insatsplan.ui.charts.trend_chart import TrendChart
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.reads import MeasurementRow

    ws = Workspace.open(path, readonly=True)
    homeless = ws.indicator(ws.find_indicator(1, HOMELESS))
    rng = random.Random(16)
    value = Decimal(500)
    rows = []
    for day in range(POINTS):  # a random walk of daily values, 2000-01-01 onwards
        value += Decimal(rng.randint(-30, 30)) / 10
        rows.append(MeasurementRow(parse_period((date(2000, 1, 1) + timedelta(days=day))
                                                .isoformat()).text, value))
    dense = replace(homeless, series=replace(homeless.series, measurements=tuple(rows)))

    describe_dense = timed(lambda: describe_indicator(dense), repeat)
    dense_chart = describe_indicator(dense)
    demo_chart = describe_indicator(homeless)

    widget = render.new_plot_widget()
    widget.resize(800, 450)
    widget.show()
    app.processEvents()
    render.draw(widget.getPlotItem(), dense_chart)  # warm: fonts, caches
    widget.grab()

    def draw_dense() -> None:
        render.draw(widget.getPlotItem(), dense_chart)
        widget.grab()  # painted, not only built

    draw_times = timed(draw_dense, repeat)

    chart = TrendChart()
    chart.resize(800, 500)
    chart.show()
    app.processEvents()
    chart.show_indicator(homeless)
    chart.grab()

    def show_demo() -> None:
        chart.show_indicator(ws.indicator(homeless.node_id))
        chart.grab()

    widget_times = timed(show_demo, repeat)
    png_demo = timed(lambda: render.render_png(demo_chart), repeat)
    svg_demo = timed(lambda: render.render_svg(demo_chart), repeat)
    png_dense = timed(lambda: render.render_png(dense_chart), max(1, repeat // 3))
    ws.close()

    out = folder / "chart.png"
    chart_process = process_ms([sys.executable, "-m", "insatsplan", "--workspace", str(path),
                                "chart", "1", HOMELESS, "--out", str(out)], min(repeat, 5))
    bare_qt = process_ms([sys.executable, "-c",
                          "from PySide6.QtWidgets import QApplication; QApplication([])"],
                         min(repeat, 5))

    def row(name: str, values: list[float], budget: str) -> str:
        return (f"| {name} | {statistics.median(values):.1f} ms | {max(values):.1f} ms "
                f"| {budget} |")

    print(f"\nMachine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}; {repeat} runs each\n")
    print("| measure | median | worst | budget |")
    print("|---|---|---|---|")
    print(row("first chart in a session: load pyqtgraph, numpy, renderer, font", first_load,
              "reported"))
    print(row(f"{POINTS:,}-point series: draw and paint (800×450)", draw_times, "<= 50 ms"))
    print(row(f"{POINTS:,}-point series: description from the rows", describe_dense, "—"))
    print(row("editor widget: show a demo indicator (read, describe, draw, paint)",
              widget_times, "—"))
    print(row("PNG 1600×900, demo indicator", png_demo, "—"))
    print(row("SVG 1600×900, demo indicator", svg_demo, "—"))
    print(row(f"PNG 1600×900, {POINTS:,} points", png_dense, "—"))
    print(row("`insatsplan chart` (whole process, PNG 1600×900)", chart_process, "reported"))
    print(row("bare PySide6 offscreen start (QApplication, exit)", bare_qt, "reference"))


if __name__ == "__main__":
    main()
