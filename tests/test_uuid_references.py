"""A plan, indicator or series named by a UUID however a person copied it: upper case
(a spreadsheet), without hyphens or in braces (Word's bookmarks, logs). Before, only the
stored lower-case form was found, and ``diff`` said "There is no plan …"."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from tests.cli_helpers import run_in

from insatsplan.workspace import Workspace

SPELLINGS = (str.upper, lambda u: u.replace("-", ""), lambda u: "{" + u.upper() + "}",
             lambda u: "urn:uuid:" + u, lambda u: f"  {u.upper()}  ")


def first_plan_and_indicator(path: Path) -> tuple[int, str, str, str]:
    """(plan id, plan UUID, an indicator's UUID, its series' UUID), read with plain SQL."""
    with sqlite3.connect(path) as db:
        plan_id, plan_uuid = db.execute("SELECT id, uuid FROM plan ORDER BY id").fetchone()
        node_uuid, series_uuid = db.execute(
            "SELECT node.uuid, series.uuid FROM node JOIN indicator ON indicator.node_id = "
            "node.id JOIN series ON series.id = indicator.series_id WHERE node.plan_id = ? "
            "ORDER BY node.id", (plan_id,)).fetchone()
    return plan_id, plan_uuid, node_uuid, series_uuid


@pytest.mark.parametrize("spell", SPELLINGS)
def test_a_plan_uuid_in_any_spelling_names_the_plan(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, english_cli: None,
        spell: object) -> None:
    plan_id, plan_uuid, _node, _series = first_plan_and_indicator(demo_workspace_path)
    typed = spell(plan_uuid)  # type: ignore[operator]
    code, out, err = run_in(capsys, demo_workspace_path, "show", typed, "--json")
    assert (code, err) == (0, "") and json.loads(out)["plan"]["uuid"] == plan_uuid
    code, out, err = run_in(capsys, demo_workspace_path, "diff", typed, str(plan_id), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["summary"] == {"added": 0, "removed": 0, "moved": 0, "changed": 0}


@pytest.mark.parametrize("spell", SPELLINGS[:3])
def test_an_indicator_and_a_series_uuid_in_capitals_name_them(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, english_cli: None,
        spell: object) -> None:
    plan_id, _plan, node_uuid, series_uuid = first_plan_and_indicator(demo_workspace_path)
    by_node = run_in(capsys, demo_workspace_path, "measurements", str(plan_id),
                     spell(node_uuid), "--json")  # type: ignore[operator]
    by_lower = run_in(capsys, demo_workspace_path, "measurements", str(plan_id),
                      node_uuid, "--json")
    assert by_node[0] == 0 and by_node == by_lower
    with sqlite3.connect(demo_workspace_path) as db:
        (series_id,) = db.execute("SELECT id FROM series WHERE uuid = ?",
                                  (series_uuid,)).fetchone()
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        assert ws.find_series(spell(series_uuid)) == series_id  # type: ignore[operator]
        assert ws.series(spell(series_uuid)).uuid == series_uuid  # type: ignore[operator]


def test_a_uuid_of_no_plan_is_still_refused_in_one_line(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path,
        english_cli: None) -> None:
    other = str(uuid.uuid4()).upper()
    code, out, err = run_in(capsys, demo_workspace_path, "show", other)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"There is no plan {other}." in err
