"""Status markers on indicator rows and roll-up counts on topics and focus areas.

The plan (tests/follow_up_plan.py) is built and changed through the workspace API; the
model under ``QAbstractItemModelTester`` must show what the file now says, in its data
roles and with ``dataChanged`` for the rows whose marker or counts changed, reading the
plan's statuses once per change, never per row.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from follow_up_plan import FollowUpPlan, build_follow_up_plan
from insatsplan.follow_up.status import STATUS_COLOUR
from insatsplan.ui import status_marker
from insatsplan.ui.plan_tree_view import PlanTreeView
from insatsplan.ui.tree_model import ROLLUP_ROLE, STATUS_ROLE, TREND_ROLE, PlanTreeModel
from insatsplan.workspace import Workspace


class Watched:
    """A model on the follow-up plan, its tester, the data signals it sent and how many
    times it read the plan's statuses."""

    def __init__(self, ws: Workspace, plan: FollowUpPlan,
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.ws, self.plan = ws, plan
        self.reads = 0
        original = ws.indicator_statuses

        def counted(plan_id: int) -> Any:
            self.reads += 1
            return original(plan_id)

        monkeypatch.setattr(ws, "indicator_statuses", counted)
        self.model = PlanTreeModel(ws, plan.plan_id)
        self.tester = QAbstractItemModelTester(
            self.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        self.changed: list[int | None] = []
        self.model.dataChanged.connect(
            lambda top, _bottom, _roles=(): self.changed.append(self.model.node_id(top)))

    def index(self, node_id: int) -> QModelIndex:
        return self.model.index_for_node(node_id)

    def status(self, node_id: int) -> str:
        return str(self.model.data(self.index(node_id), STATUS_ROLE))

    def rollup(self, node_id: int) -> Any:
        return self.model.data(self.index(node_id), ROLLUP_ROLE)

    def read_every_row(self, parent: QModelIndex | None = None) -> None:
        """What a view does when it paints: ask every row for its data."""
        parent = parent or QModelIndex()
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                         Qt.ItemDataRole.ToolTipRole, ROLLUP_ROLE, STATUS_ROLE):
                self.model.data(index, role)
            self.read_every_row(index)


@pytest.fixture
def watched(qapp: QApplication, ws: Workspace,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Watched]:
    plan = build_follow_up_plan(ws)
    each = Watched(ws, plan, monkeypatch)
    yield each
    del each.tester
    each.model.detach()


def test_indicator_rows_carry_status_and_trend(watched: Watched) -> None:
    plan = watched.plan
    assert watched.status(plan.feeling_well) == "yellow"
    assert watched.status(plan.waiting) == "red"
    assert watched.status(plan.duplicate_a) == "none"
    assert watched.status(plan.participants) == "green"
    assert watched.model.data(watched.index(plan.feeling_well), TREND_ROLE) == "better"
    assert watched.model.data(watched.index(plan.waiting), TREND_ROLE) == "worse"
    assert watched.rollup(plan.waiting) is None


def test_the_status_is_said_in_words(watched: Watched) -> None:
    index = watched.index(watched.plan.waiting)
    tooltip = watched.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines() == [
        "Väntetid", f"{status_marker.status_word('red')}, "
                    f"{status_marker.trend_word('worse').lower()}",
        status_marker.latest_sentence(watched.model.indicator_status(watched.plan.waiting))]
    assert tooltip.splitlines()[2].endswith("30\u00a0dagar (2024)")
    accessible = watched.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("Väntetid, ") and status_marker.status_word("red") in accessible


def marker_pixels(icon: Any) -> tuple[QColor, QColor]:
    """(centre, top-left corner) of the marker drawn at 32 pixels."""
    image = icon.pixmap(32, 32).toImage()
    return image.pixelColor(16, 18), image.pixelColor(5, 5)


def test_markers_differ_in_shape_as_well_as_colour(watched: Watched) -> None:
    icons = {status: watched.model.data(watched.index(node), Qt.ItemDataRole.DecorationRole)
             for status, node in (("yellow", watched.plan.feeling_well),
                                  ("red", watched.plan.waiting),
                                  ("none", watched.plan.duplicate_a),
                                  ("green", watched.plan.participants))}
    for status in ("green", "yellow", "red"):
        centre, _corner = marker_pixels(icons[status])
        assert centre.name() == QColor(STATUS_COLOUR[status]).name()
    # a square fills its corner; a circle and a triangle leave it empty
    assert marker_pixels(icons["red"])[1].alpha() == 255
    assert marker_pixels(icons["green"])[1].alpha() == 0
    assert marker_pixels(icons["yellow"])[1].alpha() == 0
    # "cannot be assessed" is an empty (white) circle, not a colour
    assert marker_pixels(icons["none"])[0].name() == "#ffffff"


def test_topics_and_focus_areas_count_their_indicators_by_status(watched: Watched) -> None:
    plan = watched.plan
    assert watched.rollup(plan.topics[0]) == {"yellow": 1, "red": 1, "none": 1}
    assert watched.rollup(plan.focus_areas[0]) == {"yellow": 1, "red": 1, "none": 1}
    assert watched.rollup(plan.focus_areas[1]) == {"green": 2}
    words = watched.model.data(watched.index(plan.focus_areas[1]),
                               Qt.ItemDataRole.AccessibleTextRole)
    assert words == f"Suicidprevention, {status_marker.status_word('green')}: 2"


def test_a_measurement_set_through_the_api_updates_marker_and_counts(
        watched: Watched) -> None:
    plan = watched.plan
    watched.read_every_row()
    reads_before = watched.reads
    series = watched.ws.indicator(plan.waiting).series.id
    watched.ws.set_measurement(series, "2025", "8")
    assert watched.reads == reads_before + 1  # one read for the whole plan
    assert watched.status(plan.waiting) == "green"
    assert watched.model.data(watched.index(plan.waiting), TREND_ROLE) == "better"
    assert watched.rollup(plan.topics[0]) == {"yellow": 1, "green": 1, "none": 1}
    assert set(watched.changed) == {plan.waiting, plan.topics[0], plan.focus_areas[0]}

    watched.changed.clear()
    watched.ws.delete_measurement(series, "2025")
    assert watched.status(plan.waiting) == "red"
    assert set(watched.changed) == {plan.waiting, plan.topics[0], plan.focus_areas[0]}


def test_painting_reads_no_statuses(watched: Watched) -> None:
    reads = watched.reads
    watched.read_every_row()
    watched.read_every_row()
    assert reads == 1 and watched.reads == 1


def test_new_levels_change_the_marker(watched: Watched) -> None:
    plan = watched.plan
    watched.read_every_row()
    watched.ws.update_indicator(plan.waiting, levels={"green": {"max": "40"}})
    assert watched.status(plan.waiting) == "green"
    assert plan.waiting in watched.changed and plan.topics[0] in watched.changed


def test_removing_an_indicator_updates_the_counts_above_it(watched: Watched) -> None:
    plan = watched.plan
    watched.read_every_row()
    watched.ws.delete_node(plan.duplicate_a)
    assert watched.rollup(plan.topics[0]) == {"yellow": 1, "red": 1}
    assert plan.topics[0] in watched.changed and plan.focus_areas[0] in watched.changed


def test_moving_an_indicator_moves_its_count(watched: Watched) -> None:
    plan = watched.plan
    watched.read_every_row()
    reads = watched.reads
    watched.ws.move_node(plan.waiting, plan.topics[1], 0, horizon="short")
    assert watched.rollup(plan.focus_areas[0]) == {"yellow": 1, "none": 1}
    assert watched.rollup(plan.focus_areas[1]) == {"green": 2, "red": 1}
    assert watched.reads == reads  # a move needs no new read


def test_a_measurement_of_another_plan_is_not_read(watched: Watched) -> None:
    other = watched.ws.create_plan(title="Annan", year_from=2030)
    topic = watched.ws.add_node(other, watched.ws.add_node(other, None, "focus_area", "F"),
                                "topic", "T")
    node = watched.ws.add_node(other, topic, "indicator", "Eget", horizon="short")
    reads = watched.reads
    watched.ws.set_measurement(watched.ws.indicator(node).series.id, "2030", "1")
    assert watched.reads == reads


def test_the_tree_view_paints_the_counts_beside_the_title(watched: Watched,
                                                          qapp: QApplication) -> None:
    view = PlanTreeView()
    view.setModel(watched.model)
    view.setHeaderHidden(True)
    view.resize(420, 300)
    view.expandAll()
    view.show()
    qapp.processEvents()
    topic = watched.index(watched.plan.topics[0])
    rect = view.visualRect(topic)
    image = view.viewport().grab().toImage()
    row = [image.pixelColor(x, rect.center().y()).name()
           for x in range(rect.width() // 2, view.viewport().width())]
    red = QColor(STATUS_COLOUR["red"]).name()
    yellow = QColor(STATUS_COLOUR["yellow"]).name()
    assert red in row and yellow in row
    view.close()
