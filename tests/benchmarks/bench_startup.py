"""Start-up benchmark: the editor against a bare Qt window and a hand-written floor.

Run: ``python tests/benchmarks/bench_startup.py [--repeat 7]``. Not a pass/fail gate:
it prints a Markdown table of medians for the README.

Three child processes, each timed from ``INSATSPLAN_T0`` (``time.time()`` taken by this
script just before it starts the child, so interpreter start-up counts):

(a) *bare window*: QApplication and an empty QMainWindow, shown;
(b) *floor*: a QMainWindow with a QTreeView, shown, then ``import sqlalchemy.orm``, 300
    rows read from SQLite and put into a QStandardItemModel: what any Python/Qt program
    that shows rows from a database pays;
(c) the editor: ``python -m insatsplan --workspace <demo> gui --exit-when-ready``, which
    prints ``window-shown-ms`` and ``tree-ready-ms``.

Budgets: editor window shown <= 1.5 x bare window; editor tree ready <= 1.2 x floor.
One extra run under ``-X importtime`` checks that python-docx, pyqtgraph and numpy are
not imported at start. The runs are interleaved (a, b, c, a, b, c, ...) so a machine
that slows down mid-run slows all three alike. Without a display (Linux, no
``DISPLAY``/``WAYLAND_DISPLAY``) all three use Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY_MODULES = ("docx", "pyqtgraph", "numpy")
FLOOR_ROWS = 300
WINDOW_BUDGET = 1.5
TREE_BUDGET = 1.2
CHILD_TIMEOUT = 60  # seconds; a child that hangs (say, on an exception in a slot) fails

BARE_WINDOW = """
import os, sys, time
t0 = float(os.environ["INSATSPLAN_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 750)
window.show()
def shown():
    app.processEvents()
    print(f"window-shown-ms {(time.time() - t0) * 1000:.1f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

# The same order as the editor: the frame first, then the database, then the rows.
FLOOR = """
import os, sys, time
t0 = float(os.environ["INSATSPLAN_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 750)
tree = QTreeView()
window.setCentralWidget(tree)
window.show()
def fill():
    app.processEvents()
    print(f"window-shown-ms {(time.time() - t0) * 1000:.1f}", flush=True)
    import sqlite3
    import sqlalchemy.orm  # what any SQLAlchemy program pays
    conn = sqlite3.connect(sys.argv[1])
    rows = conn.execute("SELECT id, parent_id, title FROM node ORDER BY position").fetchall()
    conn.close()
    model = QStandardItemModel()
    items = {}
    for node_id, parent_id, title in rows:
        item = QStandardItem(title)
        items[node_id] = item
        (items[parent_id] if parent_id is not None else model.invisibleRootItem()).appendRow(item)
    tree.setModel(model)
    tree.expandToDepth(1)
    app.processEvents()
    print(f"tree-ready-ms {(time.time() - t0) * 1000:.1f}", flush=True)
    app.quit()
QTimer.singleShot(0, fill)
app.exec()
"""


def make_floor_database(path: Path, rows: int = FLOOR_ROWS) -> Path:
    """A plan-shaped tree of *rows* nodes: focus areas, topics under them, goals under those."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE node (id INTEGER PRIMARY KEY, parent_id INTEGER, "
                 "position INTEGER, title TEXT)")
    records: list[tuple[int, int | None, int, str]] = []
    focus: int | None = None
    topic: int | None = None
    for node_id in range(1, rows + 1):
        if node_id % 60 == 1:
            focus, parent = node_id, None
            title = f"Fokusområde {node_id // 60 + 1}: psykisk hälsa och suicidprevention"
        elif node_id % 10 == 2 or topic is None:
            topic, parent = node_id, focus
            title = f"Ämne {node_id}: samverkan mellan förvaltningarna för barn och unga"
        else:
            parent = topic
            title = f"Mål {node_id}: öka andelen som får stöd i tid inom ramen för planen"
        records.append((node_id, parent, node_id, title))
    conn.executemany("INSERT INTO node VALUES (?, ?, ?, ?)", records)
    conn.commit()
    conn.close()
    return path


def child_environment(folder: Path) -> dict[str, str]:
    environment = dict(os.environ, PYTHONPATH=str(REPO / "desktop"),
                       XDG_DATA_HOME=str(folder / "data"),
                       XDG_CONFIG_HOME=str(folder / "config"))
    environment.pop("INSATSPLAN_WORKSPACE", None)
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")):
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    return environment


def timed(argv: list[str], environment: dict[str, str],
          extra_flags: tuple[str, ...] = ()) -> tuple[dict[str, float], str]:
    """Run one child; returns the ``name ms`` figures it printed, and its stderr."""
    env = dict(environment)
    env["INSATSPLAN_T0"] = repr(time.time())
    try:
        result = subprocess.run([sys.executable, *extra_flags, *argv], env=env,
                                capture_output=True, text=True, timeout=CHILD_TIMEOUT,
                                check=False)
    except subprocess.TimeoutExpired as expired:  # run() has killed the child
        stderr = expired.stderr.decode(errors="replace") if isinstance(
            expired.stderr, bytes) else (expired.stderr or "")
        return {}, stderr + f"\ntimed out after {CHILD_TIMEOUT} s"
    figures: dict[str, float] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].endswith("-ms"):
            try:
                figures[parts[0]] = float(parts[1])
            except ValueError:
                pass
    if result.returncode != 0:
        figures.clear()
    return figures, result.stderr


def heavy_imports(importtime_stderr: str) -> list[str]:
    """Top-level packages from :data:`HEAVY_MODULES` in a ``-X importtime`` log."""
    found: set[str] = set()
    for line in importtime_stderr.splitlines():
        if not line.startswith("import time:") or line.count("|") < 2:
            continue
        name = line.rsplit("|", 1)[1].strip()
        top = name.split(".", 1)[0]
        if top in HEAVY_MODULES:
            found.add(top)
    return sorted(found)


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def fmt_ms(value: float | None) -> str:
    return "missing" if value is None else f"{value:.0f} ms"


def fmt_ratio(numerator: float | None, denominator: float | None) -> str:
    if numerator is None or denominator is None:
        return "missing"
    return f"{numerator / denominator:.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="insatsplan-startup-"))
    environment = child_environment(folder)

    workspace = folder / "demo.insatsplan"
    subprocess.run([sys.executable, "-m", "insatsplan", "--workspace", str(workspace), "demo"],
                   env=environment, check=True, stdout=subprocess.DEVNULL)
    conn = sqlite3.connect(workspace)
    try:
        demo_nodes = conn.execute("SELECT count(*) FROM node").fetchone()[0]
    finally:
        conn.close()
    floor_db = make_floor_database(folder / "floor.sqlite")

    runs = {
        "bare": ["-c", BARE_WINDOW],
        "floor": ["-c", FLOOR, str(floor_db)],
        "editor": ["-m", "insatsplan", "--workspace", str(workspace), "gui",
                   "--exit-when-ready"],
    }
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in runs}
    editor_error = ""
    for round_ in range(args.repeat + 1):  # round 0 warms the disk cache, not counted
        for name, argv in runs.items():
            if name == "editor" and editor_error:
                continue  # missing or broken: one failure says it, no need to wait again
            figures, stderr = timed(argv, environment)
            if name == "editor" and "tree-ready-ms" not in figures:
                # The error's last line (and "timed out" when it hung instead of exiting).
                editor_error = "; ".join(stderr.strip().splitlines()[-2:]) or "no output"
            if round_ == 0:
                continue
            for key, value in figures.items():
                samples[name].setdefault(key, []).append(value)

    importtime_log = "" if editor_error else timed(
        runs["editor"], environment, ("-X", "importtime"))[1]
    heavy = heavy_imports(importtime_log)
    imports_checked = "import time:" in importtime_log

    bare = median(samples["bare"].get("window-shown-ms", []))
    floor = median(samples["floor"].get("tree-ready-ms", []))
    floor_window = median(samples["floor"].get("window-shown-ms", []))
    shown = median(samples["editor"].get("window-shown-ms", []))
    ready = median(samples["editor"].get("tree-ready-ms", []))

    print(f"Demo workspace: {demo_nodes} nodes; floor: {FLOOR_ROWS} rows; "
          f"{args.repeat} runs each, medians; Qt platform "
          f"{environment.get('QT_QPA_PLATFORM', 'default')}")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}")
    if editor_error:
        print(f"Editor missing or failed: {editor_error}")
    print()
    print("| measure | result | budget |")
    print("|---|---|---|")
    rows = [
        ("(a) bare QMainWindow shown", fmt_ms(bare), ""),
        ("(b) floor: window shown", fmt_ms(floor_window), ""),
        (f"(b) floor: SQLAlchemy ORM import + {FLOOR_ROWS} rows in a QTreeView",
         fmt_ms(floor), ""),
        ("(c) editor: window shown", fmt_ms(shown), ""),
        ("(c) editor: plan tree ready", fmt_ms(ready), ""),
        ("ratio window shown / bare window", fmt_ratio(shown, bare),
         f"<= {WINDOW_BUDGET}x"),
        ("ratio tree ready / floor", fmt_ratio(ready, floor), f"<= {TREE_BUDGET}x"),
        ("python-docx, pyqtgraph, numpy imported at start",
         ("none" if not heavy else ", ".join(heavy)) if imports_checked else "missing",
         "none"),
    ]
    for name, value, budget in rows:
        print(f"| {name} | {value} | {budget} |")


if __name__ == "__main__":
    main()
