"""``insatsplan diff A B [--json]``: one line per change with a sign and the path, JSON
in the documented shape, exit 0 with or without changes, exit 2 for what cannot be
compared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import run_in, run_lines
from compare_edits import edited_copy
from insatsplan.demo import DEMO_COORDINATOR
from insatsplan.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent


def test_a_plan_diffed_with_itself_has_no_differences(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, english_cli: None
) -> None:
    code, lines, err = run_lines(capsys, demo_workspace_path, "diff", "1", "1")
    assert (code, err) == (0, "")
    assert lines[-1] == "No differences."
    assert len(lines) == 2  # the heading and that line


def test_each_change_is_one_line_with_its_sign_and_path(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, english_cli: None
) -> None:
    edited_copy(demo_workspace_path)
    code, lines, err = run_lines(capsys, demo_workspace_path, "diff", "1", "2")
    assert (code, err) == (0, "")
    assert lines[0].startswith("From plan 1 “Insatser inom området")
    area, topic = "Förebyggande och främjande arbete", "Föräldraskapsstöd"
    assert lines[1:] == [
        f"~ The plan: coordinator ({DEMO_COORDINATOR} → Kim Samordnare)",
        f"→ {area} › {topic} › Utbilda sex nya gruppledare inom förskola och fritidsgård. "
        f"(was under: {area} › {topic} › Erbjuda föräldraskapsprogrammet ABC (Alla Barn i "
        "Centrum) i samtliga stadsdelar under 2025.)",
        f"~ {area} › {topic} › Pröva fysiska föräldraträffar för föräldrar till tonåringar "
        "med stöd av material från Folkhälsomyndigheten. (title)",
        f"+ {area} › Psykisk hälsa i skolan › Alla skolor har en plan mot psykisk ohälsa.",
        f"− {area} › Meningsfull fritid › Hålla fritidsgårdarna öppna under sommarlovet med "
        "aktiviteter som unga själva planerar och leder.",
        f"→ {area} › Första linjen för barn och unga (was under: Tillgängliga och tidiga "
        "insatser)",
        "1 added, 1 removed, 2 moved, 2 changed.",
    ]


def test_json_from_a_separate_process(demo_workspace_path: Path, tmp_path: Path) -> None:
    uuids, plan_uuid = edited_copy(demo_workspace_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "insatsplan", "--workspace", str(demo_workspace_path),
         "diff", "1", "2", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")
    data = json.loads(result.stdout)
    assert data["summary"] == {"added": 1, "removed": 1, "moved": 2, "changed": 2}
    for change in data["changes"]:
        assert {"change", "kind", "uuid", "path", "before", "after"} <= set(change)
    assert sorted((c["change"], c["uuid"]) for c in data["changes"]) == sorted([
        ("changed", plan_uuid), ("moved", uuids["outdented"]), ("changed", uuids["renamed"]),
        ("added", uuids["added"]), ("removed", uuids["deleted"]), ("moved", uuids["moved"])])
    renamed = next(c for c in data["changes"] if c["uuid"] == uuids["renamed"])
    assert ["delete", "digitala"] in renamed["fields"][0]["words"]
    assert renamed["before"]["title"].startswith("Pröva digitala")
    assert "note" not in data


def test_no_changes_in_json(capsys: pytest.CaptureFixture[str],
                            demo_workspace_path: Path) -> None:
    code, out, _err = run_in(capsys, demo_workspace_path, "diff", "1", "1", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"] == {"added": 0, "removed": 0, "moved": 0, "changed": 0}
    assert data["changes"] == []


def test_plans_of_different_kinds_exit_2_with_a_clear_message(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, english_cli: None
) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        other = ws.new_version(1)
        ws.update_plan(other, kind="plan_and_report")
    code, out, err = run_in(capsys, demo_workspace_path, "diff", "1", str(other))
    assert (code, out) == (2, "")
    assert err.strip() == (
        "insatsplan: Plan 1 “Insatser inom området psykisk hälsa och suicidprevention 2025” "
        f"and plan {other} “Insatser inom området psykisk hälsa och suicidprevention 2026” are of "
        "different kinds (an agreement and a plan with report); only plans of the same kind "
        "can be compared.")


@pytest.mark.parametrize("plans", [("1", "7"), ("no-such-plan", "1")])
def test_an_unknown_plan_exits_2(capsys: pytest.CaptureFixture[str],
                                 demo_workspace_path: Path, english_cli: None,
                                 plans: tuple[str, str]) -> None:
    code, out, err = run_in(capsys, demo_workspace_path, "diff", *plans)
    assert (code, out) == (2, "")
    unknown = plans[0] if plans[0] != "1" else plans[1]
    assert err.strip() == f"insatsplan: There is no plan {unknown}."


def test_plans_that_share_nothing_say_so_and_list_everything(
        capsys: pytest.CaptureFixture[str], demo_workspace_path: Path, english_cli: None
) -> None:
    with Workspace.open(demo_workspace_path) as ws:
        other = ws.create_plan(title="Annan plan", year_from=2025)
        ws.add_node(other, None, "focus_area", "Helt annat område")
    code, lines, err = run_lines(capsys, demo_workspace_path, "diff", "1", str(other))
    assert (code, err) == (0, "")
    assert lines[1] == ("The plans have no node in common: everything in A is listed as "
                        "removed and everything in B as added.")
    assert "+ Helt annat område" in lines
    assert "− Förebyggande och främjande arbete" in lines
    code, out, _err = run_in(capsys, demo_workspace_path, "diff", "1", str(other), "--json")
    data = json.loads(out)
    assert code == 0 and "share no nodes" in data["note"]
    assert data["summary"]["added"] == 1 and data["summary"]["removed"] > 20


def test_diff_reads_only(capsys: pytest.CaptureFixture[str], demo_workspace_path: Path) -> None:
    """The editor may hold the workspace open for writing; diff must still run."""
    with Workspace.open(demo_workspace_path):  # holds the write lock
        code, _out, err = run_in(capsys, demo_workspace_path, "diff", "1", "1", "--json")
    assert (code, err) == (0, "")


def test_a_moved_line_says_where_the_node_was() -> None:
    """Another parent, the other section, or another place among the same siblings."""
    from insatsplan.cli_compare import diff_lines
    from insatsplan.compare import compare_plans
    from test_compare_engine import find, plan

    a, b = plan(), plan()
    find(b, "g4")["horizon"] = "long"  # to the long-term section
    goals = find(b, "t1")["children"]
    goals.insert(2, goals.pop(0))  # g1 after g2 and g3
    topic = b["children"][0]["children"].pop(0)
    b["children"][1]["children"].append(topic)  # t1 to another focus area

    def english(source: str, **params: object) -> str:
        return source.format(**params)

    assert diff_lines(compare_plans(a, b), english) == [
        "→ Barn och unga › Familjecentraler (was under: Suicidprevention)",
        "→ Barn och unga › Familjecentraler › Öka antalet besök på familjecentralerna "
        "(new place among its siblings)",
        "→ Barn och unga › Familjecentraler › Följa upp arbetet varje kvartal "
        "(now long-term, was short-term)",
        "0 added, 0 removed, 3 moved, 0 changed.",
    ]
