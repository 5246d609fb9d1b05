"""What the benchmark scripts share: a median of timed calls, and a CLI run of this
checkout's code (run as ``python tests/benchmarks/bench_*.py``, which puts this folder on
the path)."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextlib.contextmanager
def scratch_folder() -> Iterator[Path]:
    """A folder removed afterwards, which is also the user's data folder meanwhile, so
    the workspace's backups and locks a benchmark causes stay out of the real one."""
    before = os.environ.get("XDG_DATA_HOME")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        try:
            yield folder
        finally:
            if before is None:
                os.environ.pop("XDG_DATA_HOME", None)
            else:
                os.environ["XDG_DATA_HOME"] = before


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
