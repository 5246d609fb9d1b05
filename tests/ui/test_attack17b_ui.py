"""What an adversarial pass over issue 17 broke in the editor: evaluations and the
follow-up report's export. A real main window on the demo plan; what the file holds is
read back through a second, read-only connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace


def saved(path: Path) -> dict[str, Any]:
    """The plan as the file holds it (evaluations included), by a second connection."""
    with Workspace.open(path, readonly=True) as reader:
        [plan] = reader.plans()
        return reader.exchange_document(plan.id)["plan"]


def select(win: MainWindow, *path: int) -> None:
    index = QModelIndex()
    for row in path:
        index = win.tree.model().index(row, 0, index)
    assert index.isValid()
    win.tree.setCurrentIndex(index)


def trigger(win: MainWindow, action_name: str) -> None:
    action = getattr(win, action_name)
    assert action.isEnabled(), action_name
    action.trigger()
    QApplication.processEvents()


def test_cut_and_paste_moves_a_topic_with_its_evaluations(
        window: MainWindow, workspace_path: Path) -> None:
    """Cut and paste is how a topic moves to another focus area; its evaluations were
    deleted with the cut and never came back with the paste: a year's follow-up lost
    without a word. A copy pasted beside it still gets none (it is another activity)."""
    assert window.ws is not None
    before = saved(workspace_path)
    index, moved = next((i, t) for i, t in enumerate(before["children"][0]["children"])
                        if t.get("evaluations"))
    select(window, 0, index)
    trigger(window, "cut_action")
    select(window, 1)  # another focus area: the topic goes inside, last
    trigger(window, "paste_action")
    landed = saved(workspace_path)["children"][1]["children"][-1]
    assert landed["uuid"] == moved["uuid"]
    assert landed.get("evaluations") == moved["evaluations"]
    select(window, 1, len(saved(workspace_path)["children"][1]["children"]) - 1)
    trigger(window, "copy_action")
    trigger(window, "paste_action")  # a copy after it: a new activity, no follow-up
    copy = saved(workspace_path)["children"][1]["children"][-1]
    assert copy["origin_uuid"] == moved["uuid"] and not copy.get("evaluations")
    window.stack.undo()
    window.stack.undo()
    window.stack.undo()
    assert saved(workspace_path) == before
