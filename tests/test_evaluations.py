"""Evaluations on the workspace side: read, write, delete and the plan's overview.

What is stored is read back with sqlite3 (another program's view of the file) or a
second, read-only connection; the overview's rules are checked against a plan built here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from insatsplan.errors import UserError
from insatsplan.workspace import Change, Workspace
from insatsplan.workspace.reads import EvaluationRow, follow_up_year


def stored(path: Path, node_id: int) -> list[tuple[str, str, int | None, str]]:
    """(period, status, participants, text) of a topic's evaluations, as the file holds
    them."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT period, status, participants, text FROM evaluation WHERE node_id = ? "
            "ORDER BY period_start, period_end", (node_id,)))
    finally:
        conn.close()


def log_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT operation FROM operation_log")]
    finally:
        conn.close()


class Plan:
    """Two focus areas, three topics (SOF, KF, none) and an indicator, plan year 2025."""

    def __init__(self, ws: Workspace) -> None:
        ws.add_organisation("KF", "Kultur och fritid")
        self.id = ws.create_plan(title="Plan", year_from=2025)
        area_a = ws.add_node(self.id, None, "focus_area", "Område A")
        area_b = ws.add_node(self.id, None, "focus_area", "Område B")
        self.first = ws.add_node(self.id, area_a, "topic", "Första *insatsen*")
        self.second = ws.add_node(self.id, area_a, "topic", "Andra")
        self.third = ws.add_node(self.id, area_b, "topic", "Tredje")
        ws.update_node(self.first, responsible_organisations=["SOF"])
        ws.update_node(self.second, responsible_organisations=["KF", "SOF"])
        self.indicator = ws.add_node(self.id, self.first, "indicator", "Antal",
                                     horizon="short")


@pytest.fixture
def opened(workspace_path: Path) -> Iterator[tuple[Workspace, Plan]]:
    with Workspace.open(workspace_path) as ws:
        yield ws, Plan(ws)


def test_a_topics_evaluations_come_in_period_order_with_their_labels(
        opened: tuple[Workspace, Plan]) -> None:
    ws, plan = opened
    ws.set_evaluation(plan.first, "2025", status="done", participants=22, text="Klart")
    ws.set_evaluation(plan.first, "ht 2024", status="cancelled")
    ws.set_evaluation(plan.first, "2025 K1", status="ongoing", participants=0)
    rows = ws.evaluations(plan.first)
    assert [(r.period, r.period_label) for r in rows] == [
        ("2024-HT", "HT 2024"), ("2025-Q1", "2025 K1"), ("2025", "2025")]
    assert rows[2] == EvaluationRow(plan.first, "2025", "2025", "done", 22, "Klart")
    assert ws.evaluation(plan.first, "2025-q1") == rows[1]
    assert ws.evaluation(plan.first, "2023") is None
    assert ws.evaluations(plan.second) == []


def test_set_answers_the_row_it_replaced_and_delete_the_row_it_removed(
        opened: tuple[Workspace, Plan], workspace_path: Path) -> None:
    ws, plan = opened
    assert ws.set_evaluation(plan.first, "2025", status="planned", text="- en\n- två") is None
    first = EvaluationRow(plan.first, "2025", "2025", "planned", None, "- en\n- två")
    assert ws.set_evaluation(plan.first, "2025", status="done", participants=5) == first
    assert stored(workspace_path, plan.first) == [("2025", "done", 5, "")]
    removed = ws.delete_evaluation(plan.first, "2025")
    assert removed == EvaluationRow(plan.first, "2025", "2025", "done", 5, "")
    assert stored(workspace_path, plan.first) == []
    # restoring what was answered gives back exactly the row
    assert ws.set_evaluation(plan.first, removed.period, status=removed.status,
                             participants=removed.participants, text=removed.text) is None
    assert ws.evaluation(plan.first, "2025") == removed
    ws.delete_evaluation(plan.first, "2025")
    operations = log_names(workspace_path)
    assert ws.delete_evaluation(plan.first, "2025") is None  # nothing there: nothing written
    assert log_names(workspace_path) == operations
    assert operations[-1] == "delete_evaluation"


def test_evaluations_belong_to_topics_only(opened: tuple[Workspace, Plan]) -> None:
    ws, plan = opened
    for call in (lambda: ws.evaluations(plan.indicator),
                 lambda: ws.delete_evaluation(plan.indicator, "2025"),
                 lambda: ws.evaluation(10_000, "2025")):
        with pytest.raises(UserError):
            call()
    with pytest.raises(UserError, match="period"):
        ws.delete_evaluation(plan.first, "2025 K7")


def test_evaluations_stay_open_on_a_signed_plan_outside_the_fingerprint(
        opened: tuple[Workspace, Plan], workspace_path: Path) -> None:
    ws, plan = opened
    fingerprint = ws.sign_plan(plan.id, signed_on="2025-02-01", unverified=True)
    ws.set_evaluation(plan.first, "2025", status="ongoing", participants=3, text="Pågår")
    assert ws.delete_evaluation(plan.first, "2025") is not None
    ws.set_evaluation(plan.second, "2025", status="done")
    state = ws.seal_state(plan.id)
    assert state is not None and not state.broken
    assert ws.current_fingerprint(plan.id) == fingerprint
    assert stored(workspace_path, plan.second) == [("2025", "done", None, "")]


def test_a_read_only_workspace_refuses_to_delete(opened: tuple[Workspace, Plan],
                                                 workspace_path: Path) -> None:
    ws, plan = opened
    ws.set_evaluation(plan.first, "2025", status="done")
    with Workspace.open(workspace_path, readonly=True) as reader:
        assert reader.evaluation(plan.first, "2025") is not None
        with pytest.raises(UserError, match="read-only"):
            reader.delete_evaluation(plan.first, "2025")
    assert stored(workspace_path, plan.first) == [("2025", "done", None, "")]


def test_writes_and_deletes_tell_the_views_after_commit(
        opened: tuple[Workspace, Plan], workspace_path: Path) -> None:
    ws, plan = opened
    heard: list[tuple[Change, list[tuple[str, str, int | None, str]]]] = []
    ws.subscribe(lambda change: heard.append((change, stored(workspace_path, plan.first))))
    ws.set_evaluation(plan.first, "2025", status="done")
    ws.delete_evaluation(plan.first, "2025")
    assert [change.kind for change, _rows in heard] == ["follow_up", "follow_up"]
    for change, _rows in heard:
        assert change.plan_id == plan.id and change.plan_ids == (plan.id,)
        assert change.node_ids == (plan.first,)
    assert heard[0][1] == [("2025", "done", None, "")]  # committed when told
    assert heard[1][1] == []


def test_the_overview_takes_the_periods_own_evaluation_else_the_latest_inside_it(
        opened: tuple[Workspace, Plan]) -> None:
    ws, plan = opened
    ws.set_evaluation(plan.first, "2025-Q4", status="postponed")
    ws.set_evaluation(plan.first, "2025", status="done", participants=40)
    ws.set_evaluation(plan.second, "2025 K1", status="planned")
    ws.set_evaluation(plan.second, "vt 2025", status="ongoing", participants=7)
    ws.set_evaluation(plan.third, "2024", status="done")  # another year: does not count
    overview = ws.evaluation_overview(plan.id)
    assert overview.period == "2025" and overview.period_label == "2025"
    assert [each.title for each in overview.activities] == ["Första insatsen", "Andra",
                                                            "Tredje"]
    assert [each.status for each in overview.activities] == ["done", "ongoing", "none"]
    first, second, third = overview.activities
    assert first.evaluation is not None and first.evaluation.participants == 40
    assert second.evaluation is not None and second.evaluation.period_label == "VT 2025"
    assert third.evaluation is None
    assert (first.focus_area_title, third.focus_area_title) == ("Område A", "Område B")
    assert second.organisations == ("KF", "SOF")
    assert overview.without_evaluation() == [plan.third]
    assert ws.topics_without_evaluation(plan.id, "2025") == [plan.third]
    assert ws.topics_without_evaluation(plan.id, "2024") == [plan.first, plan.second]
    assert {s: [a.node_id for a in m] for s, m in overview.by_status().items()} == {
        "ongoing": [plan.second], "done": [plan.first], "none": [plan.third]}
    assert list(overview.by_status("KF")) == ["ongoing"]
    assert ws.evaluation_overview(plan.id, "2025-Q4").activities[0].status == "postponed"


def test_the_follow_up_year_is_the_plans_year_or_this_year_within_it() -> None:
    today = dt.date(2026, 5, 1)
    assert follow_up_year(2025, 2025, today) == 2025
    assert follow_up_year(2025, 2027, today) == 2026
    assert follow_up_year(2027, 2028, today) == 2027


def test_a_plan_without_evaluations_or_topics_has_a_sound_overview(
        opened: tuple[Workspace, Plan]) -> None:
    ws, plan = opened
    assert ws.evaluation_overview(plan.id).by_status() == {
        "none": list(ws.evaluation_overview(plan.id).activities)}
    empty = ws.create_plan(title="Tom", year_from=2025)
    overview = ws.evaluation_overview(empty)
    assert overview.activities == () and overview.by_status() == {}
    with pytest.raises(UserError):
        ws.evaluation_overview(10_000)


def test_what_is_missing_agrees_with_the_overview_on_a_quarters_evaluation(
        opened: tuple[Workspace, Plan]) -> None:
    ws, plan = opened
    ws.set_evaluation(plan.first, "2025-Q3", status="ongoing")
    ws.set_evaluation(plan.second, "2024", status="done")
    missing = ws.missing_follow_up(plan.id, "2025")
    listed = {item.node_id for each in missing.administrations for item in each.activities}
    assert listed == set(ws.evaluation_overview(plan.id, "2025").without_evaluation())
    assert listed == {plan.second, plan.third}
