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

import sys
from pathlib import Path

from compare_pair import RENAMED_TO, make_pair
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from real_window_driver import key, open_editor, run_steps, settle

from insatsplan.workspace import Workspace


def main() -> int:
    path, shot = Path(sys.argv[1]), Path(sys.argv[2])
    with Workspace.open(path) as ws:
        pair = make_pair(ws)
    app, window = open_editor(sys.argv, path, 1400, 860)
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

    return run_steps(app, [(800, open_comparison), (2000, accept), (3500, walk)], outcome)


if __name__ == "__main__":
    sys.exit(main())
