"""Driver for the real-window comparison test: run under Xvfb with the xcb platform.

``python real_window_compare.py WORKSPACE SHOT.png`` makes the known pair of plans
(compare_pair.py) in the workspace, opens the editor on the newer one in Swedish and
lets xdotool press the keys a person would: Ctrl+Shift+J (Plan → Jämför med…), Enter
to accept the plan it was made from, then F8 until the renamed topic is the chosen
change. It saves a screenshot of the window and prints, one per line, the list's rows,
then "tree: " and the title the tree has selected; exit 0. Anything else prints what
went wrong and exits 1.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from compare_pair import RENAMED_TO, make_pair
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from insatsplan.ui.app import install_translations
from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace


def key(name: str) -> None:
    subprocess.run(["xdotool", "key", name], check=True, timeout=20)


def settle(seconds: float) -> None:
    """Let the X server's key events reach the window."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def main() -> int:
    path, shot = Path(sys.argv[1]), Path(sys.argv[2])
    with Workspace.open(path) as ws:
        pair = make_pair(ws)
    app = QApplication(sys.argv[:1])
    install_translations(app, "sv")  # as the editor starts: Swedish
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    window.attach(Workspace.open(path))
    window.show_plan_in_chooser(pair.b_id)
    window.tree.expandAll()
    outcome: list[str] = []

    def open_comparison() -> None:
        window.activateWindow()
        window.tree.setFocus()
        key("ctrl+shift+j")  # the dialog is modal: Enter comes from a timer meanwhile

    def accept() -> None:
        if QApplication.activeModalWidget() is None:
            outcome.append("Ctrl+Shift+J showed no dialog")
            return
        key("Return")

    def walk() -> None:
        view = window.compare_view
        if view is None or not view.dock.isVisible():
            outcome.append("no comparison shown")
            finish()
            return
        window.activateWindow()  # the dialog had the keyboard
        view.panel.list.setFocus()
        settle(0.3)
        for _ in range(len(view.panel.changes)):
            current = view.panel.current_change()
            if current is not None and current.path.endswith(RENAMED_TO):
                break
            key("F8")
            settle(0.3)
        QTimer.singleShot(800, finish)

    def finish() -> None:
        view = window.compare_view
        if view is not None and not outcome:
            window.grab().save(str(shot))
            panel = view.panel
            for row in range(panel.list.count()):
                print(panel.list.item(row).text())
            print(panel.summary.text())
            print(f"tree: {window.tree.currentIndex().data()}")
        window.close()
        app.quit()

    QTimer.singleShot(800, open_comparison)
    QTimer.singleShot(2000, accept)
    QTimer.singleShot(3500, walk)
    app.exec()
    if outcome:
        print("; ".join(outcome))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
