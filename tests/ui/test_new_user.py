"""What a new user hit in the editor (issue 15, point 10), each read back from the file
or from what the screen shows."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from ui_shortcuts import keys_bound_twice

from insatsplan.ui.editors.fields import LevelsBinding
from insatsplan.ui.main_window import MainWindow
from insatsplan.ui.tree_model import KIND_ROLE, NODE_ID_ROLE
from insatsplan.workspace import Workspace

#: Set INSATSPLAN_SCREENSHOTS=/some/folder to keep a picture of each changed screen.
SCREENSHOTS = os.environ.get("INSATSPLAN_SCREENSHOTS")


def snapshot(window: QWidget, name: str) -> None:
    if SCREENSHOTS:
        QApplication.processEvents()
        window.grab().save(str(Path(SCREENSHOTS) / f"editor-{name}.png"))


def node_count(path: Path) -> int:
    """Nodes of every plan, as a second connection reads them from the file."""
    def count(nodes: list[dict[str, Any]]) -> int:
        return sum(1 + count(n.get("children", [])) for n in nodes)

    with Workspace.open(path, readonly=True) as reader:
        return sum(count(reader.exchange_document(p.id)["plan"]["children"])
                   for p in reader.plans())


def plan_statuses(path: Path) -> list[str]:
    with Workspace.open(path, readonly=True) as reader:
        return [p.status for p in reader.plan_summaries()]


# ------------------------------------------------------------------ shortcuts


def test_no_key_is_bound_twice_in_one_context(window: MainWindow) -> None:
    window.show_plan_properties()  # builds the plan form (its text fields have shortcuts)
    for find_bar_open in (False, True):
        if find_bar_open:
            window.find_action.trigger()
        assert keys_bound_twice(window) == {}, find_bar_open
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.redo_action.shortcuts()]


# ------------------------------------------------------------------ find bar


def test_enter_with_the_find_bar_open_goes_to_the_next_match(
        qtbot: Any, window: MainWindow, workspace_path: Path) -> None:
    before = node_count(workspace_path)
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.query, "FÖRÄLDRAR")
    qtbot.waitUntil(lambda: bool(window.filter and window.filter.matches))
    assert window.filter is not None
    matches = list(window.filter.matches)
    assert len(matches) > 2
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)  # to the tree, next match
    assert window.tree.hasFocus()
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == matches[1]
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)  # the second Enter: the next match too
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == matches[2]
    qtbot.keyClick(window.tree, Qt.Key.Key_Enter)
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == matches[3 % len(matches)]
    assert node_count(workspace_path) == before  # no empty topic
    qtbot.keyClick(window.tree, Qt.Key.Key_Escape)
    assert window.find_bar.isHidden()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)  # adds rows again
    window.commit_typing()
    assert node_count(workspace_path) == before + 1


# ------------------------------------------------------------------ plan chooser


def test_plan_chooser_tells_plans_with_one_long_title_apart(
        window: MainWindow, workspace_path: Path) -> None:
    assert window.ws is not None
    start = "Handlingsplan för psykisk hälsa och suicidprevention i Exempelstad, "
    window.ws.create_plan(title=start + "reviderad", year_from=2026, year_to=2027)
    window.show_plan_in_chooser(window.model.plan_id if window.model else None)
    chooser = window.plan_chooser
    labels = [chooser.itemText(i) for i in range(chooser.count())]
    assert labels[-1].startswith("2026–2027 · ")  # years and status before the title
    with Workspace.open(workspace_path, readonly=True) as reader:
        summaries = reader.plan_summaries()
    for row, plan in enumerate(summaries):
        assert labels[row].startswith(f"{plan.year_from}")
        assert chooser.itemData(row, Qt.ItemDataRole.ToolTipRole) == plan.title
    # what the closed chooser shows fits its width, and still differs between plans
    width = chooser.minimumContentsLength()
    assert len({label[:width] for label in labels}) == len(labels)
    chooser.setCurrentIndex(chooser.count() - 1)
    assert chooser.toolTip() == start + "reviderad"
    assert window.selection_label.text() == window.tr("Plan properties")  # not the old path
    snapshot(window, "plan-chooser")


def test_the_delete_question_names_year_and_status(window: MainWindow) -> None:
    assert window.ws is not None and window.model is not None
    plan_id = window.ws.create_plan(title="Andra planen", year_from=2031)
    window.show_plan_in_chooser(plan_id)
    questions: list[str] = []
    window.confirm = lambda q: questions.append(q) or False  # type: ignore[method-assign,func-returns-value]
    window.delete_plan_action.trigger()
    assert questions and "Andra planen" in questions[0] and "2031" in questions[0]
    assert window.plan_years_and_status(window.ws.plan_summary(plan_id)) in questions[0]


# ------------------------------------------------------------------ send for signature


def test_sending_without_signatories_is_refused_with_a_message(
        window: MainWindow, workspace_path: Path) -> None:
    assert window.ws is not None
    window.new_plan_action.trigger()
    window.send_action.trigger()
    QApplication.processEvents()
    messages = window.messages  # type: ignore[attr-defined]
    assert any("signator" in m for m in messages)
    assert plan_statuses(workspace_path)[-1] == "draft"
    assert not window.banner.isVisible()


# ------------------------------------------------------------------ traffic light


def show_demo_indicator(window: MainWindow) -> LevelsBinding:
    """Select the demo plan's first indicator; its traffic-light fields."""
    assert window.model is not None and window.proxy is not None and window.panel is not None
    model = window.model
    pending = [model.index(row, 0) for row in range(model.rowCount(QModelIndex()))]
    while pending:
        index = pending.pop(0)
        if index.data(KIND_ROLE) == "indicator":
            window.tree.setCurrentIndex(window.proxy.mapFromSource(index))
            form = window.panel.current_form()
            assert form is not None
            levels = form.bindings["levels"]
            assert isinstance(levels, LevelsBinding)
            return levels
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    raise AssertionError("the demo plan has indicators")


def type_into(qtbot: Any, binding: LevelsBinding, colour: str, end: str, text: str) -> None:
    edit = binding.edits[(colour, end)]
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else qtbot.keyClick(edit, Qt.Key.Key_Delete)


def test_levels_bar_shows_green_inside_yellow_and_says_green_wins(
        qtbot: Any, window: MainWindow) -> None:
    levels = show_demo_indicator(window)
    if not levels.check.isChecked():
        levels.check.click()
    for colour, end, text in (("green", "min", "45"), ("green", "max", "55"),
                              ("yellow", "min", "40"), ("yellow", "max", "60")):
        type_into(qtbot, levels, colour, end, text)
    assert levels.bar.isVisible()
    assert [s.status for s in levels.bar.segments()] == [
        "red", "yellow", "green", "yellow", "red"]
    green = levels.bar.segments()[2]
    assert (green.low, green.high) == (Decimal(45), Decimal(55))
    assert levels.overlap_note.isVisible()
    assert "45" in levels.overlap_note.text() and "55" in levels.overlap_note.text()
    assert levels.bar.toolTip()  # the bands in words, not in colour alone
    snapshot(window, "levels-hold")
    bar = levels.bar.grab().toImage()
    middle = bar.pixelColor(bar.width() // 2, 4)
    edge = bar.pixelColor(int(bar.width() * 0.08), 4)
    assert middle.green() > middle.red() and edge.red() > edge.green()  # green, red


def test_levels_bar_without_overlap_has_no_note(qtbot: Any, window: MainWindow) -> None:
    levels = show_demo_indicator(window)
    if not levels.check.isChecked():
        levels.check.click()
    for colour, end, text in (("green", "min", "140"), ("green", "max", ""),
                              ("yellow", "min", "100"), ("yellow", "max", "140")):
        type_into(qtbot, levels, colour, end, text)
    assert [s.status for s in levels.bar.segments()] == ["red", "yellow", "green"]
    assert not levels.overlap_note.isVisible()
    snapshot(window, "levels-rise")
    levels.check.click()
    assert not levels.bar.isVisible()


# ------------------------------------------------------------------ status bar, empty tree


def test_status_bar_path_follows_a_rename_in_the_tree(qtbot: Any, window: MainWindow,
                                                     workspace_path: Path) -> None:
    proxy = window.tree.model()
    area = proxy.index(0, 0)
    topic = proxy.index(0, 0, area)
    window.tree.setCurrentIndex(topic)
    old_area = str(area.data())
    assert window.selection_label.text().startswith(old_area)
    window.tree.setCurrentIndex(area)
    window.rename_action.trigger()
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not window.tree
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Nytt namn")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits a moment later
    qtbot.waitUntil(lambda: window.tree.currentIndex().data() == "Nytt namn")
    assert window.selection_label.text() == "Nytt namn"
    window.tree.setCurrentIndex(proxy.index(0, 0, proxy.index(0, 0)))
    assert window.selection_label.text().startswith("Nytt namn › ")


def test_an_empty_plan_says_how_to_begin_and_enter_does_it(
        qtbot: Any, window: MainWindow, workspace_path: Path) -> None:
    before = node_count(workspace_path)
    window.new_plan_action.trigger()
    assert window.tree.model().rowCount(QModelIndex()) == 0
    assert window.tree.placeholder_shown
    assert window.tree.placeholder == window.tr("Press Enter to add a focus area")
    snapshot(window, "empty-plan")
    image = window.tree.viewport().grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 3)
                for y in range(10, 40)}) > 1  # the hint is painted
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    window.commit_typing()
    assert node_count(workspace_path) == before + 1
    assert not window.tree.placeholder_shown
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.query, "finns ingenstans")
    qtbot.waitUntil(lambda: window.tree.placeholder_shown)
    assert window.tree.placeholder == window.tr("Nothing matches the search.")
    snapshot(window, "no-match")


@pytest.mark.parametrize("status", ["sent"])
def test_a_sealed_empty_plan_gives_no_enter_hint(window: MainWindow, status: str) -> None:
    assert window.ws is not None
    window.new_plan_action.trigger()
    assert window.model is not None and window.model.plan_id is not None
    window.ws.set_signatories(window.model.plan_id, [
        {"name": "Anna Berg", "title": "Socialdirektör", "organisation_code": "SOF"}])
    window.ws.set_plan_status(window.model.plan_id, status)
    QApplication.processEvents()
    assert window.tree.placeholder == ""
