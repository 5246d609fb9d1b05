"""What the editor's forms read: one plan's or node's values as plain data, no ORM."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from insatsplan.workspace import Workspace
from insatsplan.workspace.form_values import FormValues


def _first(path: Path, kind: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        (node_id,) = db.execute("SELECT id FROM node WHERE kind = ? ORDER BY id",
                                (kind,)).fetchone()
    return int(node_id)


def test_each_kind_reads_its_fields_as_plain_values(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        plan = ws.plan_form_values(1)
        assert isinstance(plan, FormValues)
        assert (plan.kind, plan.target_id, plan.plan_id, plan.sealed) == ("plan", 1, 1, False)
        assert plan.values["title"] == ws.plan_summary(1).title
        assert isinstance(plan.values["parties"], list)
        for kind in ("focus_area", "topic", "goal"):
            found = ws.node_form_values(_first(demo_workspace_path, kind))
            assert found is not None and found.kind == kind and found.series_id is None
        topic = ws.node_form_values(_first(demo_workspace_path, "topic"))
        assert topic is not None
        assert isinstance(topic.values["responsible_organisations"], list)
        node_id = _first(demo_workspace_path, "indicator")
        indicator = ws.node_form_values(node_id)
        assert indicator is not None and indicator.kind == "indicator"
        data = ws.indicator(node_id)
        assert indicator.series_id == data.series.id
        assert indicator.values["unit"] == data.unit
        assert indicator.values["direction"] == data.direction
        levels = indicator.values["levels"]
        assert levels is None or set(levels) == {"green", "yellow"}
        for value in (indicator.values["baseline"] or {}).values():
            assert value is None or isinstance(value, str)  # canonical decimal text


def test_a_sealed_plan_and_missing_rows(demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        ws.set_plan_status(1, "sent")
        node = ws.node_form_values(_first(demo_workspace_path, "indicator"))
        plan = ws.plan_form_values(1)
        assert node is not None and node.sealed
        assert plan is not None and plan.sealed
        assert ws.plan_form_values(999_999) is None
        assert ws.node_form_values(999_999) is None
