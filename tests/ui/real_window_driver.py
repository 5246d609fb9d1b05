"""What the real-window drivers share: a Swedish editor window on a workspace, keys sent
through xdotool as a person's keyboard sends them, and a run of timed steps that ends in
exit 0 or in one line saying what went wrong.

The drivers run as their own process under Xvfb with the xcb platform
(``tests/ui/test_real_window.py`` starts them), so nothing here may assume pytest.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from insatsplan.ui.app import install_translations
from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace


def xdotool(*arguments: str) -> None:
    """One xdotool command (``key ctrl+u``, ``type --delay 40 2026``)."""
    subprocess.run(["xdotool", *arguments], check=True, timeout=20)


def key(name: str) -> None:
    xdotool("key", name)


def settle(seconds: float) -> None:
    """Let the X server's key events reach the window."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def open_editor(argv: Sequence[str], workspace: Path, width: int,
                height: int) -> tuple[QApplication, MainWindow]:
    """The editor as it starts for a person: Swedish, shown, the workspace attached."""
    app = QApplication(list(argv[:1]))
    install_translations(app, "sv")
    window = MainWindow()
    window.resize(width, height)
    window.show()
    window.attach(Workspace.open(workspace))
    return app, window


def run_steps(app: QApplication, steps: Sequence[tuple[int, Callable[[], None]]],
              outcome: list[str]) -> int:
    """Run each step after its delay in milliseconds, then the event loop until a step
    quits it; exit code 0, or 1 with what went wrong (*outcome*) on one line."""
    for delay, step in steps:
        QTimer.singleShot(delay, step)
    app.exec()
    if outcome:
        print("; ".join(outcome))
        return 1
    return 0
