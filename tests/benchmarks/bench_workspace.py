"""Workspace benchmarks on the ``demo --scale 20`` workspace (issue 10's budgets).

Run: ``python tests/benchmarks/bench_workspace.py [--keep PATH]``. Prints a Markdown
table of medians. Not a pass/fail gate: the figures go into the README.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
from bench_timing import median_ms, print_results, run_process  # noqa: E402 (after the path)

BARE_READER = """
import sqlite3, sys
import sqlalchemy.orm  # what any SQLAlchemy program pays at start
conn = sqlite3.connect(sys.argv[1])
for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
    conn.execute(f'SELECT * FROM "{table}"').fetchall()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="build (or reuse) the workspace here")
    parser.add_argument("--scale", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    path = args.keep or folder / "scale.insatsplan"
    rows: list[tuple[str, str, str]] = []

    if not path.exists():
        start = time.perf_counter()
        run_process([sys.executable, "-m", "insatsplan", "--workspace", str(path), "demo",
                     "--scale", str(args.scale)])
        rows.append((f"`demo --scale {args.scale}` (whole process)",
                     f"{time.perf_counter() - start:.1f} s", "< 60 s"))

    from sqlalchemy import func, select

    from insatsplan import content
    from insatsplan.model import Measurement, Node
    from insatsplan.workspace import Workspace

    with Workspace.open(path, readonly=True) as ws:
        plans = ws.plans()
        with ws.reading() as session:
            nodes = session.scalar(select(func.count()).select_from(Node))
            measurements = session.scalar(select(func.count()).select_from(Measurement))
    plan_id = plans[len(plans) // 2].id

    def open_and_load() -> None:
        with Workspace.open(path) as ws, ws.reading() as session:
            content.load_tree(session, plan_id)

    open_and_load()
    rows.append(("open workspace + load one plan's tree (in-process)",
                 f"{median_ms(open_and_load, 7):.0f} ms", "<= 150 ms"))

    with Workspace.open(path) as ws:
        with ws.reading() as session:
            node_ids = list(session.scalars(select(Node.id).where(Node.plan_id == plan_id)
                                            .where(Node.kind == "goal").limit(60)))
        counter = iter(range(10**6))

        def edit() -> None:
            ws.update_node(node_ids[next(counter) % len(node_ids)],
                           title=f"Ändrad rubrik {next(counter)}")

        edit()
        rows.append(("one edit operation committed (update_node)",
                     f"{median_ms(edit, 60):.1f} ms", "<= 5 ms median"))

        def search() -> None:
            ws.search("öka")

        search()
        rows.append(("search all titles and texts of all plans",
                     f"{median_ms(search, 9):.0f} ms", "<= 100 ms"))

    show = [sys.executable, "-m", "insatsplan", "--workspace", str(path), "show",
            str(plan_id), "--json"]
    bare = [sys.executable, "-c", BARE_READER, str(path)]
    run_process(show)
    run_process(bare)
    show_ms = median_ms(lambda: run_process(show), 5)
    bare_ms = median_ms(lambda: run_process(bare), 5)
    rows.append(("`insatsplan show PLAN --json` (whole process)", f"{show_ms:.0f} ms", ""))
    rows.append(("bare Python: SQLAlchemy ORM import + read every row", f"{bare_ms:.0f} ms", ""))
    rows.append(("ratio show / bare", f"{show_ms / bare_ms:.2f}x", "<= 2x"))

    print(f"Workspace: {len(plans)} plans, {nodes} nodes, {measurements} measurements, "
          f"{path.stat().st_size / 1e6:.0f} MB")
    print_results(rows)


if __name__ == "__main__":
    main()
