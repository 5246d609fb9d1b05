"""Visa → Uppföljning: the plan's indicators as tiles, filters, opening one, export.

A real main window on a workspace holding the follow-up plan (tests/follow_up_plan.py);
values change through the workspace API and exports are read back with openpyxl.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence

from follow_up_plan import FollowUpPlan, build_follow_up_plan
from insatsplan.follow_up.status import STATUS_COLOUR
from insatsplan.ui import status_marker
from insatsplan.ui.follow_up_view import FollowUpView, IndicatorTile
from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace


class Opened:
    def __init__(self, window: MainWindow, plan: FollowUpPlan) -> None:
        self.window, self.plan = window, plan

    @property
    def view(self) -> FollowUpView:
        assert self.window.follow_up_view is not None
        return self.window.follow_up_view

    def titles(self) -> list[str]:
        return [tile.status.indicator.title for tile in self.view.tiles]

    def tile(self, node_id: int) -> IndicatorTile:
        return next(tile for tile in self.view.tiles if tile.node_id == node_id)

    def choose(self, combo: Any, data: str) -> None:
        combo.setCurrentIndex(combo.findData(data))


@pytest.fixture
def opened(qtbot: Any, workspace_path: Path) -> Iterator[Opened]:
    ws = Workspace.open(workspace_path)
    plan = build_follow_up_plan(ws)
    window = MainWindow()
    qtbot.addWidget(window)
    window.messages = []  # type: ignore[attr-defined]
    window.show_message = window.messages.append  # type: ignore[method-assign]
    window.show()
    window.attach(ws)
    window.resize(1400, 900)
    window.follow_up_action.trigger()
    yield Opened(window, plan)
    if window.ws is not None:
        window.close()


def test_the_view_menu_shows_every_indicator_grouped_by_focus_area(opened: Opened) -> None:
    window = opened.window
    assert window.follow_up_action.shortcut() == QKeySequence("Ctrl+U")
    assert window.follow_up_action.isChecked()
    assert window.editor_area.currentWidget() is opened.view
    assert opened.titles() == ["Andel som mår bra", "Väntetid", "Dubblett",
                               "Antal deltagare", "Dubblett"]
    headings = [label.text() for label in opened.view.content.findChildren(
        type(opened.view.summary)) if label.isVisibleTo(opened.view)]
    assert [text.split(" — ")[0] for text in headings] == ["Psykisk hälsa",
                                                           "Suicidprevention"]
    feeling = opened.tile(opened.plan.feeling_well)
    assert feeling.status_line() == (f"{status_marker.status_word('yellow')} · "
                                     f"{status_marker.trend_word('better')}")
    assert "68\u00a0% (2024)" in feeling.accessibleName()
    assert "1,5 (VT 2024)" in opened.tile(opened.plan.duplicate_b).accessibleName()


def test_filter_by_status_and_by_administration(opened: Opened) -> None:
    view = opened.view
    opened.choose(view.status_filter, "red")
    assert opened.titles() == ["Väntetid"]
    opened.choose(view.status_filter, "")
    opened.choose(view.organisation_filter, "KF")
    assert opened.titles() == ["Antal deltagare", "Dubblett"]
    opened.choose(view.status_filter, "red")
    assert opened.titles() == []
    assert view.empty_label.isVisibleTo(view) and not view.scroll_area.isVisibleTo(view)
    opened.choose(view.status_filter, "green")
    assert opened.titles() == ["Antal deltagare", "Dubblett"]
    assert view.summary.text().startswith("2")
    assert view.summary.text().endswith(f"{status_marker.status_word('green')}: 2")


def test_a_click_selects_the_indicator_in_the_tree(opened: Opened, qtbot: Any) -> None:
    window = opened.window
    tile = opened.tile(opened.plan.waiting)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.model is not None
    current = window.proxy.mapToSource(window.tree.currentIndex())  # type: ignore[union-attr]
    assert window.model.node_id(current) == opened.plan.waiting
    assert not window.follow_up_action.isChecked()
    assert window.editor_area.currentWidget() is window.panel


def test_enter_on_a_focused_tile_opens_it(opened: Opened, qtbot: Any) -> None:
    window = opened.window
    tile = opened.tile(opened.plan.participants)
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    current = window.proxy.mapToSource(window.tree.currentIndex())  # type: ignore[union-attr]
    assert window.model.node_id(current) == opened.plan.participants  # type: ignore[union-attr]


def test_a_new_value_shows_at_once(opened: Opened) -> None:
    ws = opened.window.ws
    assert ws is not None
    ws.set_measurement(ws.indicator(opened.plan.waiting).series.id, "2025", "8")
    tile = opened.tile(opened.plan.waiting)
    assert tile.status.status == "green"
    assert "8\u00a0dagar (2025)" in tile.accessibleName()


def test_export_writes_the_indicators_shown(opened: Opened, qtbot: Any,
                                           tmp_path: Path) -> None:
    view = opened.view
    opened.choose(view.organisation_filter, "SOF")
    target = tmp_path / "sof.xlsx"
    view.choose_export_path = lambda: target  # type: ignore[method-assign]
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(target)["Uppföljning"].iter_rows(values_only=True))
    assert [row[2] for row in rows[1:]] == ["Andel som mår bra", "Väntetid", "Dubblett"]
    assert str(target) in view.summary.text()


def test_export_to_a_bad_name_says_why_and_writes_nothing(opened: Opened,
                                                         tmp_path: Path) -> None:
    view = opened.view
    messages: list[str] = []
    view.show_message = messages.append  # type: ignore[method-assign]
    view.choose_export_path = lambda: tmp_path / "saknas" / "ut.xlsx"  # type: ignore[method-assign]
    assert view.export_dialog() is None
    assert len(messages) == 1 and "saknas" in messages[0]
    assert not (tmp_path / "saknas").exists()


def test_switching_plans_shows_the_other_plans_indicators(opened: Opened) -> None:
    window = opened.window
    ws = window.ws
    assert ws is not None
    other = ws.create_plan(title="Tom plan", year_from=2031)
    window.show_plan_in_chooser(other)
    assert opened.view.plan_id == other and opened.titles() == []
    assert opened.view.empty_label.isVisibleTo(opened.view)


def test_arrow_keys_move_between_tiles(opened: Opened, qtbot: Any) -> None:
    first, second = opened.view.tiles[:2]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Left)
    assert first.hasFocus()


def test_the_sparkline_draws_the_recent_values(opened: Opened) -> None:
    tile = opened.tile(opened.plan.feeling_well)
    assert [str(row.value) for row in tile.recent] == ["55", "62", "68"]
    image = tile.grab().toImage()
    marker = QColor(STATUS_COLOUR["yellow"]).name()
    right_end = [image.pixelColor(x, y).name() for y in range(image.height() // 2,
                                                              image.height() - 4)
                 for x in range(image.width() - 20, image.width() - 4)]
    assert marker in right_end  # the latest point, in the status's colour


def test_opening_an_indicator_the_search_hides_closes_the_search(opened: Opened,
                                                                  qtbot: Any) -> None:
    window = opened.window
    assert window.proxy is not None and window.model is not None
    window.find_bar.open_bar()
    window.find_bar.organisation.setCurrentIndex(window.find_bar.organisation.findData("KF"))
    hidden = window.proxy.mapFromSource(window.model.index_for_node(opened.plan.waiting))
    assert not hidden.isValid()  # "bara KF" hides the SOF topic's indicators
    assert window.follow_up_action.isChecked() and opened.view.isVisible()
    qtbot.mouseClick(opened.tile(opened.plan.waiting), Qt.MouseButton.LeftButton)
    assert window.find_bar.isHidden()
    current = window.proxy.mapToSource(window.tree.currentIndex())
    assert window.model.node_id(current) == opened.plan.waiting


def test_what_is_missing_lists_by_administration_and_opens_the_activity(
        opened: Opened) -> None:
    """Before the deadline: the list the CLI's `status --missing` prints, in the view;
    it follows the administration filter and opens what the person chooses."""
    view, window = opened.view, opened.window
    assert view.missing.tree.isHidden()
    view.missing.button.click()
    tree = view.missing.tree
    tops = {tree.topLevelItem(i).text(0): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}
    assert set(tops) == {"Socialförvaltningen (SOF)", "Kultur och fritid (KF)"}
    sof = [tops["Socialförvaltningen (SOF)"].child(i).text(0)
           for i in range(tops["Socialförvaltningen (SOF)"].childCount())]
    assert sof == ["No evaluation: Samtalsstöd", "No value: Dubblett"]
    assert "2024" in view.missing.button.text()

    opened.choose(view.organisation_filter, "KF")
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Kultur och fritid (KF)"]
    activity = tree.topLevelItem(0).child(0)
    assert activity.text(0) == "No evaluation: Utbildning"
    tree.itemActivated.emit(activity, 0)
    assert window.model is not None
    current = window.proxy.mapToSource(window.tree.currentIndex())  # type: ignore[union-attr]
    assert window.model.node_id(current) == opened.plan.topics[1]

    assert window.ws is not None  # an evaluation written elsewhere updates the list
    window.ws.set_evaluation(opened.plan.topics[1], "2024", status="done")
    window.follow_up_action.trigger()
    opened.choose(view.organisation_filter, "KF")
    texts = [tree.topLevelItem(0).child(i).text(0)
             for i in range(tree.topLevelItem(0).childCount())]
    assert "No evaluation: Utbildning" not in texts
