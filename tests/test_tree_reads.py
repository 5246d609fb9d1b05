"""The plan tree's reads: the outline in print order and the status markers.

``indicator_marks`` reads only each series' last two values; it must judge exactly as
``indicator_statuses`` (which reads every value) does, on the demo plan, on a plan with
every status, and on a series mixing years, terms and months.
"""

from __future__ import annotations

from pathlib import Path

from follow_up_plan import build_follow_up_plan
from insatsplan import content
from insatsplan.workspace import Workspace


def marks_and_statuses(ws: Workspace, plan_id: int) -> tuple[dict[int, tuple[str, str]],
                                                             dict[int, tuple[str, str]]]:
    marks = {node_id: (mark.status, mark.trend)
             for node_id, mark in ws.indicator_marks(plan_id).items()}
    statuses = {each.indicator.node_id: (each.status, each.trend)
                for each in ws.indicator_statuses(plan_id)}
    return marks, statuses


def test_marks_judge_the_demo_plan_as_the_full_read_does(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        marks, statuses = marks_and_statuses(ws, 1)
    assert len(marks) == 25
    assert marks == statuses
    assert {status for status, _trend in marks.values()} >= {"green", "yellow", "none"}


def test_marks_follow_the_latest_period_not_the_latest_insert(ws: Workspace) -> None:
    plan = build_follow_up_plan(ws)
    series = ws.indicator(plan.feeling_well).series.id
    # added out of order and in mixed granularity: HT 2024 ends last, mars 2024 is
    # shorter than the year it starts with
    for period, value in (("HT 2024", "80"), ("mars 2024", "50"), ("2022", "90")):
        ws.set_measurement(series, period, value)
    # the value before the latest lies ten years back
    ws.set_measurement(ws.indicator(plan.participants).series.id, "2015", "300")
    # a multi-year span starts in its first year
    ws.set_measurement(ws.indicator(plan.duplicate_b).series.id, "2019–2022", "0,5")
    marks, statuses = marks_and_statuses(ws, plan.plan_id)
    assert marks == statuses
    assert marks[plan.participants] == ("green", "worse")
    assert marks[plan.duplicate_b] == ("green", "better")
    assert marks[plan.feeling_well] == ("green", "better")  # HT 2024 (80) after mars 2024 (50)
    assert marks[plan.waiting] == ("red", "worse")
    assert marks[plan.duplicate_a] == ("none", "none")


def test_the_outline_is_the_print_order(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        outline = ws.outline(1)
        with ws.reading() as session:
            expected = content.outline_rows(session, 1)
    assert {parent: [row.id for row in rows] for parent, rows in outline.items()} == {
        parent: [row.id for row in rows] for parent, rows in expected.items()}
    top = outline[None][0]
    assert (top.kind, top.parent_id) == ("focus_area", None)
