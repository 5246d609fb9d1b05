"""A real window on a real (virtual) X server, driven from the keyboard alone.

Offscreen tests call actions directly; this one proves the shortcuts reach them the
way a person's keys do: start the editor under Xvfb, rename the first row with F2,
quit with Ctrl+Q, and find the new name in the file.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from insatsplan import demo
from insatsplan.workspace import Workspace

pytestmark = pytest.mark.skipif(
    shutil.which("xvfb-run") is None or shutil.which("xdotool") is None,
    reason="needs xvfb-run and xdotool (Debian packages xvfb, xdotool)",
)

NEW_TITLE = "Omdopt med tangentbordet"
HERE = Path(__file__).resolve().parent


def x11_env(*extra_paths: Path) -> dict[str, str]:
    """The X11 platform, and this checkout's code first (the editable install may point
    at another checkout)."""
    paths = [str(HERE.parents[1] / "desktop"), *map(str, extra_paths),
             os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def rename_by_keys(tmp_path: Path, name: str, *then: str) -> tuple[str, str]:
    """Start the editor on a demo workspace under Xvfb, rename the first row with F2 and
    typing, press the keys *then*, quit with Ctrl+Q; return (stderr, first row's title
    as the file holds it afterwards)."""
    path = tmp_path / f"{name}.insatsplan"
    with Workspace.open(path) as ws:
        demo.add_demo_plan(ws)
    python = shlex.quote(sys.executable)
    title = f"{path.stem} – Insatsplan"  # set once the workspace is attached
    keys = "".join(f"xdotool key {key}\nsleep 0.3\n" for key in then)
    script = f"""
set -eu
{python} -m insatsplan --workspace {shlex.quote(str(path))} gui &
app=$!
window=$(xdotool search --sync --onlyvisible --name {shlex.quote(title)} | head -n 1)
xdotool windowfocus --sync "$window"
sleep 0.5
xdotool key F2
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 15 {shlex.quote(NEW_TITLE)}
xdotool key Return
sleep 0.3
{keys}xdotool key ctrl+q
wait "$app"
"""
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", "bash", "-c",
                             script], capture_output=True, text=True, env=x11_env(),
                            timeout=90, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    with Workspace.open(path, readonly=True) as ws:
        [plan] = ws.plans()
        first: str = ws.exchange_document(plan.id)["plan"]["children"][0]["title"]
    return result.stderr, first


def test_keyboard_only_rename_then_quit(tmp_path: Path) -> None:
    _stderr, first = rename_by_keys(tmp_path, "tangentbord")
    assert first == NEW_TITLE


def test_redo_from_the_keyboard(tmp_path: Path) -> None:
    """Ctrl+Z, then Ctrl+Shift+Z brings the rename back. On X11 the platform's redo key
    is Ctrl+Shift+Z itself: bound twice to one action, Qt called it ambiguous and did
    nothing (offscreen, whose redo key is Ctrl+Y, cannot show this)."""
    stderr, first = rename_by_keys(tmp_path, "redo", "ctrl+z", "ctrl+shift+z")
    assert "Ambiguous" not in stderr
    assert first == NEW_TITLE


def test_no_key_is_bound_twice_on_x11(tmp_path: Path) -> None:
    """The window's shortcuts checked under the X11 platform, whose standard keys are
    the ones people on Linux get (offscreen has others)."""
    path = tmp_path / "keys.insatsplan"
    with Workspace.open(path) as ws:
        demo.add_demo_plan(ws)
    program = f"""
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace
from ui_shortcuts import keys_bound_twice
window = MainWindow()
window.show()
window.attach(Workspace.open({str(path)!r}))
window.show_plan_properties()
found = [keys_bound_twice(window)]
window.find_action.trigger()
found.append(keys_bound_twice(window))
print(json.dumps(found))
window.close()
"""
    env = x11_env(HERE)  # and ui_shortcuts
    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", program],
                            capture_output=True, text=True, env=env, timeout=90, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[{}, {}]", result.stdout


def test_a_value_typed_into_the_table_shows_on_the_chart(tmp_path: Path) -> None:
    """An indicator selected, a value typed into its table by X key events (Insert,
    "2026", Tab, "81,5", Enter), the chart showing it, and the file holding it; then
    Ctrl+U shows the Uppföljning view."""
    path = tmp_path / "uppfoljning.insatsplan"
    with Workspace.open(path) as ws:
        demo.add_demo_plan(ws)
    shot, view_shot = tmp_path / "indicator.png", tmp_path / "uppfoljning.png"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", sys.executable,
         str(HERE / "real_window_measurement.py"), str(path), str(shot), str(view_shot)],
        capture_output=True, text=True, env=x11_env(), timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-2] == "2026 81.5"
    assert lines[-1] == "tiles 25"  # Ctrl+U: the Uppföljning view, every demo indicator
    with Workspace.open(path, readonly=True) as ws:
        [plan] = ws.plans()
        values = {m.period: m.value for i in ws.indicators(plan.id)
                  for m in i.series.measurements if i.title.startswith("Antal föräldrar")}
    assert str(values["2026"]) == "81.5"
    assert shot.stat().st_size > 20_000  # a real picture of the window
    assert view_shot.stat().st_size > 20_000


def test_the_comparison_view_by_keys(tmp_path: Path) -> None:
    """Ctrl+Shift+J (Plan → Jämför med…), Enter for the plan the new version was made
    from, F8 until the renamed topic: the list holds the four edits with their signs,
    and the tree has the renamed topic selected (README's screenshot of the view)."""
    from compare_pair import ADDED_GOAL, DELETED_GOAL, MOVED_TOPIC, RENAMED_TO

    path = tmp_path / "jamfor.insatsplan"
    with Workspace.open(path) as ws:
        demo.add_demo_plan(ws)
    shot = tmp_path / "jamfor.png"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable,
         str(HERE / "real_window_compare.py"), str(path), str(shot)],
        capture_output=True, text=True, env=x11_env(HERE), timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == f"tree: {RENAMED_TO}"
    rows = lines[:-2]
    for sign, title in (("~", RENAMED_TO), ("+", ADDED_GOAL), ("→", MOVED_TOPIC),
                        ("−", DELETED_GOAL)):
        assert next(row for row in rows if row.endswith(f" · {title}")).startswith(sign)
    assert shot.stat().st_size > 20_000  # a real picture of the window
