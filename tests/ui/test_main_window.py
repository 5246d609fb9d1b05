"""The main window driven through its actions, with every result read back from the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from insatsplan import demo
from insatsplan.errors import UserError
from insatsplan.ui.main_window import MainWindow
from insatsplan.ui.tree_model import KIND_ROLE, NODE_ID_ROLE
from insatsplan.workspace import Workspace


def saved(path: Path) -> dict[str, Any]:
    """The plan as the file holds it, read by a second, read-only connection."""
    with Workspace.open(path, readonly=True) as reader:
        [plan] = reader.plans()
        return reader.exchange_document(plan.id)["plan"]


def titles(nodes: list[dict[str, Any]]) -> list[str]:
    return [n["title"] for n in nodes]


def select(win: MainWindow, *path: int) -> QModelIndex:
    """Make the row at *path* (rows from the top, through the proxy) current."""
    index = QModelIndex()
    for row in path:
        index = win.tree.model().index(row, 0, index)
    assert index.isValid()
    win.tree.setCurrentIndex(index)
    return index


def trigger(win: MainWindow, action_name: str) -> None:
    action = getattr(win, action_name)
    assert action.isEnabled(), action_name
    action.trigger()
    QApplication.processEvents()


def close_editor(win: MainWindow) -> None:
    """End the in-place rename an add opens, as Esc would."""
    editor = QApplication.focusWidget()
    if editor is not None and editor is not win.tree:
        win.tree.closePersistentEditor(win.tree.currentIndex())
        win.tree.setFocus()


def test_starts_with_the_first_row_selected_and_the_tree_focused(window: MainWindow) -> None:
    index = window.tree.currentIndex()
    assert index.isValid() and index.row() == 0 and not index.parent().isValid()
    assert window.tree.hasFocus() or QApplication.focusWidget() is window.tree
    assert window.plan_chooser.count() == 1


def test_add_sibling_and_child_with_undo_and_redo(window: MainWindow, workspace_path: Path
                                                 ) -> None:
    before = saved(workspace_path)
    select(window, 0)
    trigger(window, "add_sibling_action")
    close_editor(window)
    after = saved(workspace_path)
    assert len(after["children"]) == len(before["children"]) + 1
    assert after["children"][1]["kind"] == "focus_area"
    new_uuid = after["children"][1]["uuid"]

    select(window, 1)
    trigger(window, "add_child_action")
    close_editor(window)
    doc = saved(workspace_path)
    assert [c["kind"] for c in doc["children"][1]["children"]] == ["topic"]

    window.stack.undo()
    window.stack.undo()
    assert titles(saved(workspace_path)["children"]) == titles(before["children"])
    window.stack.redo()
    window.stack.redo()
    doc = saved(workspace_path)
    assert doc["children"][1]["uuid"] == new_uuid  # redo brings the same node back
    assert [c["kind"] for c in doc["children"][1]["children"]] == ["topic"]


def test_rename_in_place_goes_through_undo(window: MainWindow, workspace_path: Path) -> None:
    index = select(window, 0)
    old = saved(workspace_path)["children"][0]["title"]
    assert window.tree.model().setData(index, "Främjande arbete", Qt.ItemDataRole.EditRole)
    assert saved(workspace_path)["children"][0]["title"] == "Främjande arbete"
    assert window.tree.currentIndex().data() == "Främjande arbete"
    window.stack.undo()
    assert saved(workspace_path)["children"][0]["title"] == old
    window.stack.redo()
    assert saved(workspace_path)["children"][0]["title"] == "Främjande arbete"


def test_move_down_and_up(window: MainWindow, workspace_path: Path) -> None:
    before = titles(saved(workspace_path)["children"])
    select(window, 0)
    trigger(window, "move_down_action")
    moved = titles(saved(workspace_path)["children"])
    assert moved[:2] == [before[1], before[0]]
    assert window.tree.currentIndex().row() == 1  # the moved row stays selected
    window.stack.undo()
    assert titles(saved(workspace_path)["children"]) == before
    window.stack.redo()
    assert titles(saved(workspace_path)["children"]) == moved
    trigger(window, "move_up_action")
    assert titles(saved(workspace_path)["children"]) == before


def _short_goals(doc: dict[str, Any]) -> list[dict[str, Any]]:
    topic = doc["children"][0]["children"][0]
    return [c for c in topic["children"] if c["kind"] == "goal" and c["horizon"] == "short"]


def test_indent_and_outdent_goals(window: MainWindow, workspace_path: Path) -> None:
    goals = _short_goals(saved(workspace_path))
    assert len(goals) >= 2
    # focus area 0 → topic 0 → section 0 (short goals) → goal 1
    select(window, 0, 0, 0, 1)
    assert window.tree.currentIndex().data(KIND_ROLE) == "goal"
    trigger(window, "indent_action")
    after = _short_goals(saved(workspace_path))
    assert len(after) == len(goals) - 1
    assert titles(after[0]["children"])[-1] == goals[1]["title"]
    trigger(window, "outdent_action")
    assert titles(_short_goals(saved(workspace_path))) == titles(goals)
    window.stack.undo()
    assert len(_short_goals(saved(workspace_path))) == len(goals) - 1
    window.stack.undo()
    assert titles(_short_goals(saved(workspace_path))) == titles(goals)


def test_delete_asks_when_there_are_children_and_undo_restores(
        window: MainWindow, workspace_path: Path) -> None:
    before = saved(workspace_path)
    questions: list[str] = []

    def refuse(question: str) -> bool:
        questions.append(question)
        return False

    window.confirm = refuse  # type: ignore[method-assign]
    select(window, 0)
    trigger(window, "delete_action")
    assert questions and saved(workspace_path) == before
    window.confirm = lambda _q: True  # type: ignore[method-assign]
    trigger(window, "delete_action")
    assert len(saved(workspace_path)["children"]) == len(before["children"]) - 1
    window.stack.undo()
    assert saved(workspace_path) == before  # UUIDs, texts, indicators all back


def test_copy_paste_gives_new_uuids_with_origin(window: MainWindow, workspace_path: Path
                                               ) -> None:
    select(window, 0, 0)  # a topic
    trigger(window, "copy_action")
    trigger(window, "paste_action")  # after it, in the same focus area
    topics = saved(workspace_path)["children"][0]["children"]
    original, copy = topics[0], topics[1]
    assert copy["title"] == original["title"]
    assert copy["uuid"] != original["uuid"] and copy["origin_uuid"] == original["uuid"]
    window.stack.undo()
    assert len(saved(workspace_path)["children"][0]["children"]) == len(topics) - 1
    window.stack.redo()
    assert saved(workspace_path)["children"][0]["children"][1]["uuid"] == copy["uuid"]


def test_cut_and_paste_into_another_focus_area(window: MainWindow, workspace_path: Path
                                              ) -> None:
    before = saved(workspace_path)
    moved = before["children"][0]["children"][0]
    select(window, 0, 0)
    trigger(window, "cut_action")
    select(window, 1)  # another focus area: the topic goes inside, last
    trigger(window, "paste_action")
    after = saved(workspace_path)
    assert moved["uuid"] not in [t["uuid"] for t in after["children"][0]["children"]]
    landed = after["children"][1]["children"][-1]
    assert landed["uuid"] == moved["uuid"]  # no longer in the plan: it keeps its UUID
    window.stack.undo()
    window.stack.undo()
    assert saved(workspace_path) == before


def test_duplicate(window: MainWindow, workspace_path: Path) -> None:
    select(window, 0, 0)
    trigger(window, "duplicate_action")
    topics = saved(workspace_path)["children"][0]["children"]
    assert topics[1]["origin_uuid"] == topics[0]["uuid"]
    window.stack.undo()
    assert len(saved(workspace_path)["children"][0]["children"]) == len(topics) - 1


def test_drag_and_drop_through_the_model(window: MainWindow, workspace_path: Path) -> None:
    before = titles(saved(workspace_path)["children"])
    proxy = window.tree.model()
    first = proxy.index(0, 0)
    data = proxy.mimeData([first])
    # drop the first focus area after the second one (row 2 of the root)
    proxy.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert titles(saved(workspace_path)["children"])[:2] == [before[1], before[0]]
    window.stack.undo()
    assert titles(saved(workspace_path)["children"]) == before
    # a move the workspace refuses inside a drop leaves no empty step on the undo stack
    assert window.model is not None and window.outliner is not None
    steps = window.stack.count()
    focus_area = window.model.node_id(window.proxy.mapToSource(proxy.index(0, 0)))  # type: ignore[union-attr]
    goal = window.model.node_id(window.proxy.mapToSource(select(window, 0, 0, 0, 0)))  # type: ignore[union-attr]
    assert focus_area is not None and goal is not None
    with pytest.raises(UserError), window.outliner.group("Flytta"):
        window.outliner.move_node(focus_area, goal, 0, None)
    assert window.stack.count() == steps
    # a goal cannot become a child of a focus area
    goal = select(window, 0, 0, 0, 0)
    assert goal.data(KIND_ROLE) == "goal"
    assert not proxy.canDropMimeData(proxy.mimeData([goal]), Qt.DropAction.MoveAction, -1, 0,
                                     proxy.index(1, 0))


def test_a_signed_plan_refuses_content_edits(window: MainWindow, workspace_path: Path) -> None:
    assert window.ws is not None
    plan_id = window.model.plan_id if window.model else None
    assert plan_id is not None
    window.ws.set_plan_status(plan_id, "signed")
    QApplication.processEvents()
    assert window.banner.isVisible()
    before = saved(workspace_path)
    for name in ("add_sibling_action", "delete_action", "paste_action", "move_down_action",
                 "rename_action"):
        assert not getattr(window, name).isEnabled(), name
    index = select(window, 0)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not window.tree.model().setData(index, "Nytt namn", Qt.ItemDataRole.EditRole)
    window.outliner.add_sibling()  # type: ignore[union-attr] - even if reached directly
    assert window.messages  # type: ignore[attr-defined]
    assert saved(workspace_path) == before
    assert window.copy_action.isEnabled()  # reading and copying stay possible


def test_sent_for_signature_then_back_to_draft(window: MainWindow) -> None:
    trigger(window, "send_action")
    assert window.banner.isVisible() and not window.add_sibling_action.isEnabled()
    window.banner_button.click()
    QApplication.processEvents()
    assert not window.banner.isVisible() and window.add_sibling_action.isEnabled()
    window.stack.undo()
    assert window.banner.isVisible()


def test_find_shows_only_matches_and_enter_steps_through_them(qtbot: Any,
                                                              window: MainWindow) -> None:
    window.find_action.trigger()
    assert window.find_bar.isVisible() and window.filter is not None
    qtbot.keyClicks(window.find_bar.query, "FÖRÄLDRAR")  # case-folded, Swedish letters
    qtbot.waitUntil(lambda: bool(window.filter and window.filter.matches))
    matches = list(window.filter.matches)
    proxy = window.tree.model()
    shown: list[int] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(NODE_ID_ROLE) is not None:
                shown.append(index.data(NODE_ID_ROLE))
            walk(index)

    walk(QModelIndex())
    assert set(matches) <= set(shown)
    assert window.model is not None
    assert proxy.rowCount(QModelIndex()) < window.model.rowCount(QModelIndex())
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == matches[0]
    assert len(matches) > 1
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == matches[1]
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert proxy.rowCount(QModelIndex()) == window.model.rowCount(QModelIndex())


def test_filter_topics_without_indicators_and_by_organisation(window: MainWindow) -> None:
    assert window.ws is not None and window.model is not None and window.filter is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    window.without_indicators_action.trigger()  # Visa → Insatser utan indikatorer
    assert window.find_bar.isVisible() and window.find_bar.without_indicators.isChecked()
    assert set(window.filter.matches) == set(window.ws.topics(plan_id,
                                                               without_indicators=True))
    window.find_bar.without_indicators.setChecked(False)
    code = window.ws.organisations()[2].code
    bar = window.find_bar.organisation
    bar.setCurrentIndex(bar.findData(code))  # "Bara SOF"
    assert set(window.filter.matches) == set(window.ws.topics(plan_id, organisation=code))
    assert window.filter.matches  # the demo plan gives each organisation something


def test_closing_is_quick_and_releases_the_file(window: MainWindow, workspace_path: Path
                                               ) -> None:
    window.close()
    assert window.close_seconds < 0.5
    with Workspace.open(workspace_path) as again:  # the lock is free again
        assert again.plans()


def test_typing_then_closing_keeps_the_text(qtbot: Any, window: MainWindow,
                                           workspace_path: Path) -> None:
    select(window, 0, 0)  # a topic: its form shows
    assert window.panel is not None
    form = window.panel.current_form()
    assert form is not None
    field = form.bindings["purpose"].edit_widgets()[0]
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)  # type: ignore[attr-defined]
    qtbot.keyClicks(field, " Nu med extra text.")
    before = saved(workspace_path)["children"][0]["children"][0]["fields"]["purpose"]
    assert not before.endswith("Nu med extra text.")  # debounced: not yet written
    window.close()  # no question, the typed text is written on the way out
    doc = saved(workspace_path)
    assert doc["children"][0]["children"][0]["fields"]["purpose"].endswith(
        " Nu med extra text.")


def test_typing_merges_into_one_undo_step(qtbot: Any, window: MainWindow,
                                          workspace_path: Path) -> None:
    select(window, 0, 0)
    assert window.panel is not None
    form = window.panel.current_form()
    assert form is not None
    field = form.bindings["title"].edit_widgets()[0]
    original = saved(workspace_path)["children"][0]["children"][0]["title"]
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)  # type: ignore[attr-defined]
    for word in (" ett", " två", " tre"):
        qtbot.keyClicks(field, word)
        window.panel.flush()
    assert window.stack.count() == 1
    assert saved(workspace_path)["children"][0]["children"][0]["title"] == original + \
        " ett två tre"
    window.tree.setFocus()
    window.stack.undo()
    assert saved(workspace_path)["children"][0]["children"][0]["title"] == original


def _run_gui(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    code = ("import sys; from insatsplan.cli import main; code = main(sys.argv[1:]); "
            "heavy = [m for m in ('docx', 'pyqtgraph', 'numpy') if m in sys.modules]; "
            "import gc; print('heavy', heavy); print('frozen', gc.get_freeze_count() > 0); "
            "sys.exit(code)")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=60, check=False)


def test_exit_when_ready_on_a_brand_new_machine(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    env.pop("INSATSPLAN_WORKSPACE", None)
    result = _run_gui("gui", "--exit-when-ready", env=env)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    shown, ready = float(lines["window-shown-ms"]), float(lines["tree-ready-ms"])
    assert 0 < shown <= ready
    assert lines["heavy"] == "[]"
    assert lines["frozen"] == "True"  # start-up's objects are out of the collector's way
    default = tmp_path / "data" / "insatsplan" / "default.insatsplan"
    with Workspace.open(default, readonly=True) as ws:
        assert len(ws.plans()) == 1  # the newcomer sees the demo plan
    recent = json.loads((tmp_path / "cfg" / "insatsplan").joinpath(
        next(p.name for p in (tmp_path / "cfg" / "insatsplan").iterdir()
             if p.suffix == ".json")).read_text(encoding="utf-8"))
    assert str(default) in json.dumps(recent)


def test_save_a_copy_writes_a_workspace_that_opens(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "kopia.insatsplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    window.save_copy_action.trigger()
    with Workspace.open(target, readonly=True) as copy:
        assert [p.title for p in copy.plans()] == [p.title for p in window.ws.plans()]  # type: ignore[union-attr]


def test_geometry_and_splitter_are_remembered(qtbot: Any, workspace_path: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.setGeometry(40, 50, 700, 500)  # inside the offscreen 800x600 screen
    first.splitter.setSizes([250, 450])
    first.show()
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert second.splitter.sizes() == sizes


def test_a_read_only_workspace_shows_a_banner_and_allows_no_edits(
        qtbot: Any, workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as writer:
        demo.add_demo_plan(writer)
    holder = Workspace.open(workspace_path)  # another program has it
    try:
        ws = Workspace.open(workspace_path, readonly=True)
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        win.attach(ws)
        assert win.banner.isVisible()
        assert "skrivskydd" in win.windowTitle() or "read-only" in win.windowTitle()
        for name in ("add_sibling_action", "delete_action", "paste_action", "new_plan_action"):
            assert not getattr(win, name).isEnabled(), name
        assert win.panel is not None and win.panel.is_read_only()
        win.close()
    finally:
        holder.close()


def test_exit_when_ready_in_english(tmp_path: Path, workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        demo.add_demo_plan(ws)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    result = _run_gui("--workspace", str(workspace_path), "gui", "--lang", "en",
                      "--exit-when-ready", env=env)
    assert result.returncode == 0, result.stderr
    assert "tree-ready-ms" in result.stdout and "editor-ready-ms" in result.stdout
