"""Follow-up benchmarks on the ``demo --scale 20`` workspace (issue 16's status budget).

Run: ``python tests/benchmarks/bench_follow_up.py [--keep PATH] [--scale N]``. Prints a
Markdown table of medians. Not a pass/fail gate: the figures go into the README.

- every indicator's status in every plan of the workspace (``indicator_statuses`` per
  plan, summed): <= 200 ms;
- one plan's statuses (what the tree reads on a plan switch and after a follow-up
  change) and the Uppföljning view's sparkline values;
- the tree model loading one plan with its markers, and the Uppföljning view building
  its tiles (offscreen Qt);
- ``insatsplan status PLAN --json`` as a whole process.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "desktop"))
from bench_timing import median_ms, print_results, run_process  # noqa: E402 (after the path)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="build (or reuse) the workspace here")
    parser.add_argument("--scale", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    path = args.keep or folder / "scale.insatsplan"
    if not path.exists():
        run_process([sys.executable, "-m", "insatsplan", "--workspace", str(path), "demo",
                     "--scale", str(args.scale)])

    from PySide6.QtWidgets import QApplication

    from insatsplan.ui.follow_up_view import FollowUpView
    from insatsplan.ui.tree_model import PlanTreeModel
    from insatsplan.workspace import Workspace

    app = QApplication([])
    rows: list[tuple[str, str, str]] = []
    with Workspace.open(path, readonly=True) as ws:
        plan_ids = [plan.id for plan in ws.plan_summaries()]
        plan_id = plan_ids[len(plan_ids) // 2]
        indicators = sum(len(ws.indicator_statuses(each)) for each in plan_ids)

        def every_plan() -> None:
            for each in plan_ids:
                ws.indicator_statuses(each)

        rows.append((f"status of every indicator in every plan ({indicators} indicators)",
                     f"{median_ms(every_plan, 5):.0f} ms", "<= 200 ms"))
        rows.append(("one plan's statuses (`indicator_statuses`: the tree's markers)",
                     f"{median_ms(lambda: ws.indicator_statuses(plan_id), 9):.1f} ms", ""))
        series_ids = [each.indicator.series.id for each in ws.indicator_statuses(plan_id)]
        rows.append(("one plan's sparklines (`recent_measurements`, 24 values a series)",
                     f"{median_ms(lambda: ws.recent_measurements(series_ids, 24), 9):.1f} ms",
                     ""))

        def tree() -> None:
            PlanTreeModel(ws, plan_id).detach()

        rows.append(("tree model: load one plan with its markers",
                     f"{median_ms(tree, 7):.0f} ms", "(plan switch <= 200 ms)"))

        view = FollowUpView(ws)
        view.resize(1200, 900)
        view.show()
        view.set_plan(plan_id)
        app.processEvents()
        rows.append((f"Uppföljning view: read and build {len(view.tiles)} tiles",
                     f"{median_ms(view.refresh, 5):.0f} ms", ""))
        view.detach()
        view.close()

    status = [sys.executable, "-m", "insatsplan", "--workspace", str(path), "status",
              str(plan_id), "--json"]
    run_process(status)
    rows.append(("`insatsplan status PLAN --json` (whole process)",
                 f"{median_ms(lambda: run_process(status), 5):.0f} ms", ""))

    print(f"Workspace: {len(plan_ids)} plans, {path.stat().st_size / 1e6:.0f} MB")
    print_results(rows)


if __name__ == "__main__":
    main()
