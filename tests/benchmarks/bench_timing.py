"""What the benchmark scripts share: a median of timed calls, and a CLI run of this
checkout's code (run as ``python tests/benchmarks/bench_*.py``, which puts this folder on
the path)."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run_process(argv: list[str]) -> None:
    environment = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=environment)


def print_results(rows: list[tuple[str, str, str]]) -> None:
    """The machine, then the rows as the README's Markdown table (measure, result,
    budget)."""
    import platform

    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}")
    print()
    print("| measure | result | budget |")
    print("|---|---|---|")
    for name, value, budget in rows:
        print(f"| {name} | {value} | {budget} |")
