"""The plan tree's reads (workspace/tree_reads.py) and the sparklines' recent values."""

from __future__ import annotations

from pathlib import Path

from follow_up_plan import build_follow_up_plan
from insatsplan import content
from insatsplan.workspace import Workspace


def test_the_outline_is_the_print_order(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        outline = ws.outline(1)
        with ws.reading() as session:
            expected = content.outline_rows(session, 1)
    assert {parent: [row.id for row in rows] for parent, rows in outline.items()} == {
        parent: [row.id for row in rows] for parent, rows in expected.items()}
    top = outline[None][0]
    assert (top.kind, top.parent_id) == ("focus_area", None)


def test_inserted_subtrees_come_in_print_order(ws: Workspace) -> None:
    plan = build_follow_up_plan(ws)
    tops, children = ws.outline_subtrees([plan.focus_areas[1], plan.focus_areas[0]])
    assert [row.id for row in tops] == list(plan.focus_areas)
    assert [row.id for row in children[plan.topics[0]]] == [
        plan.feeling_well, plan.waiting, plan.duplicate_a]
    assert ws.section_order(plan.plan_id, plan.topics[1], "indicator", "short") == [
        plan.participants, plan.duplicate_b]
    assert ws.node_titles([plan.waiting]) == {plan.waiting: "Väntetid"}
    assert ws.node_parent(plan.waiting) == (plan.topics[0], "short")
    assert ws.node_parent(10_000) is None


def test_recent_measurements_are_the_latest_values_oldest_first(ws: Workspace) -> None:
    plan = build_follow_up_plan(ws)
    series = ws.indicator(plan.feeling_well).series.id
    for period, value in (("HT 2024", "80"), ("mars 2024", "50"), ("2019", "40")):
        ws.set_measurement(series, period, value)
    recent = ws.recent_measurements([series], 3)[series]
    assert [(row.period, str(row.value)) for row in recent] == [
        ("2024", "68"), ("2024-03", "50"), ("2024-HT", "80")]
