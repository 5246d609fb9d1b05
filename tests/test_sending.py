"""Sending a plan for signature needs someone to sign it (the API refuses otherwise, so
the editor, undo and every other caller are refused alike)."""

from __future__ import annotations

from pathlib import Path

import pytest

from insatsplan.errors import UserError
from insatsplan.workspace import Workspace


def status_in_file(path: Path, plan_id: int) -> str:
    with Workspace.open(path, readonly=True) as reader:
        return str(reader.plan_summary(plan_id).status)


def test_sending_without_signatories_is_refused(ws: Workspace, workspace_path: Path) -> None:
    plan_id = ws.create_plan(title="Plan 2026", year_from=2026)
    with pytest.raises(UserError, match="no signatories"):
        ws.set_plan_status(plan_id, "sent")
    assert status_in_file(workspace_path, plan_id) == "draft"
    ws.set_signatories(plan_id, [{"name": "", "title": "Socialdirektör",
                                  "organisation_code": "SOF"}])
    with pytest.raises(UserError, match="no signatories"):  # a row without a name
        ws.set_plan_status(plan_id, "sent")
    assert status_in_file(workspace_path, plan_id) == "draft"
    ws.set_signatories(plan_id, [{"name": "Anna Berg", "title": "Socialdirektör",
                                  "organisation_code": "SOF"}])
    ws.set_plan_status(plan_id, "sent")
    assert status_in_file(workspace_path, plan_id) == "sent"
