"""``status``, ``measurements`` and ``export-measurements`` through the command line.

The plan is built through the workspace API (tests/follow_up_plan.py); everything here
is read back through the CLI, from the file, and the written spreadsheets with openpyxl
and the csv module.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from cli_helpers import run_in
from follow_up_plan import FollowUpPlan, build_follow_up_plan
from insatsplan.workspace import Workspace


@pytest.fixture
def plan(workspace_path: Path) -> FollowUpPlan:
    with Workspace.open(workspace_path) as ws:
        return build_follow_up_plan(ws)


def uuid_of(workspace: Path, node_id: int) -> str:
    with Workspace.open(workspace, readonly=True) as ws:
        return ws.indicator(node_id).node_uuid


def test_status_json_gives_every_indicator_its_status_trend_and_latest_value(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    code, out, err = run_in(capsys, workspace_path, "status", str(plan.plan_id), "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [row["title"] for row in rows] == ["Andel som mår bra", "Väntetid", "Dubblett",
                                             "Antal deltagare", "Dubblett"]
    assert set(rows[0]) == {"uuid", "title", "series_uuid", "unit", "latest", "status",
                            "trend"}
    by_title = {row["title"]: row for row in rows[:2] + rows[3:4]}
    assert by_title["Andel som mår bra"] | {"uuid": "", "series_uuid": ""} == {
        "uuid": "", "series_uuid": "", "title": "Andel som mår bra", "unit": "%",
        "latest": {"period": "2024", "value": "68"}, "status": "yellow", "trend": "better"}
    assert (by_title["Väntetid"]["status"], by_title["Väntetid"]["trend"]) == ("red", "worse")
    assert by_title["Antal deltagare"]["latest"] == {"period": "2025", "value": "292"}
    assert (rows[2]["status"], rows[2]["latest"], rows[2]["trend"]) == ("none", None, "none")
    assert rows[4]["latest"] == {"period": "2024-VT", "value": "1.5"}
    assert rows[0]["uuid"] == uuid_of(workspace_path, plan.feeling_well)


def test_status_text_is_a_swedish_table(capsys: pytest.CaptureFixture[str],
                                        workspace_path: Path, plan: FollowUpPlan) -> None:
    code, out, _err = run_in(capsys, workspace_path, "status", str(plan.plan_id))
    lines = out.splitlines()
    assert code == 0
    feeling = next(line for line in lines if line.endswith("Andel som mår bra"))
    assert feeling.split()[:6] == ["gul", "nivå", "bättre", "68", "%", "(2024)"]
    waiting = next(line for line in lines if line.endswith("Väntetid"))
    assert waiting.split()[:3] == ["röd", "nivå", "sämre"]
    assert any("kan inte bedömas" in line and line.endswith("Dubblett") for line in lines)
    assert any("1,5 (VT 2024)" in line for line in lines)


def test_status_text_has_a_heading_over_aligned_columns(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSATSPLAN_LANG", "en")
    _code, out, _err = run_in(capsys, workspace_path, "status", str(plan.plan_id))
    lines = out.splitlines()
    assert lines[0].split() == ["Status", "Trend", "Latest", "value", "Indicator"]
    column = lines[0].index("Indicator")
    assert [line[column:] for line in lines[1:]] == [
        "Andel som mår bra", "Väntetid", "Dubblett", "Antal deltagare", "Dubblett"]


def test_a_value_set_through_the_api_shows_in_status(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_measurement(ws.indicator(plan.waiting).series.id, "2025", "8")
    _code, out, _err = run_in(capsys, workspace_path, "status", str(plan.plan_id), "--json")
    waiting = json.loads(out)[1]
    assert (waiting["status"], waiting["trend"], waiting["latest"]) == (
        "green", "better", {"period": "2025", "value": "8"})


def test_measurements_json_by_title_and_by_uuid(capsys: pytest.CaptureFixture[str],
                                                workspace_path: Path,
                                                plan: FollowUpPlan) -> None:
    code, out, err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                            "Andel som mår bra", "--json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["name"] == "Andel som mår bra" and document["unit"] == "%"
    assert document["measurements"] == [
        {"period": "2022", "value": "55", "note": "", "source": ""},
        {"period": "2023", "value": "62", "note": "", "source": "Enkät 2023"},
        {"period": "2024", "value": "68", "note": "svarsfrekvens 40 %", "source": "Enkät 2024"}]
    uuid = uuid_of(workspace_path, plan.feeling_well)
    _code, again, _err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                                uuid, "--json")
    assert json.loads(again) == document


def test_measurements_text_lists_values_oldest_first(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    code, out, _err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                             "Väntetid")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Väntetid (dagar)"
    assert [line.split()[:2] for line in lines[2:]] == [["2023", "25"], ["2024", "30"]]


@pytest.mark.parametrize("indicator", ["Finns inte", "00000000-0000-4000-8000-000000000000"])
def test_measurements_of_an_unknown_indicator_is_exit_2(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        indicator: str) -> None:
    code, out, err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                            indicator)
    assert (code, out) == (2, "")
    assert err.startswith("insatsplan: ") and len(err.splitlines()) == 1


def test_an_ambiguous_title_is_exit_2_listing_the_matches(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    code, out, err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                            "Dubblett", "--json")
    assert (code, out) == (2, "")
    first, second = (uuid_of(workspace_path, node)
                     for node in (plan.duplicate_a, plan.duplicate_b))
    assert first in err and second in err


def test_status_of_an_unknown_plan_is_exit_2(capsys: pytest.CaptureFixture[str],
                                             workspace_path: Path, plan: FollowUpPlan) -> None:
    code, out, err = run_in(capsys, workspace_path, "status", "999", "--json")
    assert (code, out) == (2, "")
    assert "999" in err


def test_export_xlsx_has_every_indicator_with_values_by_period(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    target = tmp_path / "uppföljning.xlsx"
    code, out, err = run_in(capsys, workspace_path, "export-measurements",
                            str(plan.plan_id), "--out", str(target))
    assert (code, err, out.strip()) == (0, "", str(target))
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Uppföljning", "Mätvärden"]
    rows = list(book["Uppföljning"].iter_rows(values_only=True))
    heading = list(rows[0])
    assert heading[:9] == ["Fokusområde", "Insats", "Indikator", "Enhet", "Status", "Trend",
                           "Senaste värde", "Senaste period", "Källa"]
    # every period of the whole history, not only the last two values status reads
    assert heading[9:] == ["2022", "2023", "VT 2024", "2024", "2025"]
    assert len(rows) == 6
    feeling = dict(zip(heading, rows[1], strict=True))
    assert feeling["Fokusområde"] == "Psykisk hälsa" and feeling["Insats"] == "Samtalsstöd"
    assert (feeling["Indikator"], feeling["Status"], feeling["Trend"]) == (
        "Andel som mår bra", "Gul", "Bättre")
    assert (feeling["2022"], feeling["2023"], feeling["2024"], feeling["2025"]) == (
        55, 62, 68, None)
    assert feeling["Källa"] == "Enkät; Enkät 2023; Enkät 2024"
    duplicate = dict(zip(heading, rows[5], strict=True))
    assert duplicate["VT 2024"] == 1.5 and duplicate["Status"] == "Grön"
    assert dict(zip(heading, rows[3], strict=True))["Status"] == "Kan inte bedömas"
    details = list(book["Mätvärden"].iter_rows(values_only=True))
    assert details[0] == ("Fokusområde", "Insats", "Indikator", "Enhet", "Period", "Värde",
                          "Kommentar", "Källa")
    assert ("Psykisk hälsa", "Samtalsstöd", "Andel som mår bra", "%", "2024", 68,
            "svarsfrekvens 40 %", "Enkät 2024") in details
    assert len(details) == 1 + 7


def test_export_csv_is_semicolons_swedish_decimals_and_a_bom(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    target = tmp_path / "uppföljning.csv"
    code, _out, err = run_in(capsys, workspace_path, "export-measurements",
                             str(plan.plan_id), "--out", str(target))
    assert (code, err) == (0, "")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    heading = rows[0]
    assert heading[9:] == ["2022", "2023", "VT 2024", "2024", "2025"]
    duplicate = dict(zip(heading, rows[5], strict=True))
    assert (duplicate["Indikator"], duplicate["VT 2024"], duplicate["Senaste värde"]) == (
        "Dubblett", "1,5", "1,5")
    assert dict(zip(heading, rows[1], strict=True))["2024"] == "68"


@pytest.mark.parametrize("name", ["fel.txt", "fel", "fel.xls"])
def test_export_to_a_wrong_extension_is_exit_2_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path, name: str) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    code, out, err = run_in(capsys, workspace_path, "export-measurements",
                            str(plan.plan_id), "--out", str(folder / name))
    assert (code, out) == (2, "")
    assert ".xlsx" in err and len(err.splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_export_of_an_unknown_plan_writes_nothing(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    target = tmp_path / "ut.xlsx"
    code, _out, _err = run_in(capsys, workspace_path, "export-measurements", "999",
                              "--out", str(target))
    assert code == 2 and not target.exists()


def test_export_keeps_an_earlier_file_when_the_folder_is_missing(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    code, _out, err = run_in(capsys, workspace_path, "export-measurements",
                             str(plan.plan_id), "--out", str(tmp_path / "saknas" / "ut.csv"))
    assert code == 2 and "saknas" in err


def test_text_that_looks_like_a_formula_stays_text(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.update_node(plan.waiting, title="=HYPERLINK(\"http://x\")")
        ws.set_measurement(ws.indicator(plan.waiting).series.id, "2024", "30",
                           note="=1+1", source="-källa")
    book_path, csv_path = tmp_path / "ut.xlsx", tmp_path / "ut.csv"
    for target in (book_path, csv_path):
        assert run_in(capsys, workspace_path, "export-measurements", str(plan.plan_id),
                      "--out", str(target))[0] == 0
    book = openpyxl.load_workbook(book_path)
    title = book["Uppföljning"]["C3"]
    assert (title.value, title.data_type) == ("=HYPERLINK(\"http://x\")", "s")
    notes = [row for row in book["Mätvärden"].iter_rows(values_only=True)
             if row[6] == "=1+1"]
    assert len(notes) == 1 and notes[0][7] == "-källa"
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[2][2] == "'=HYPERLINK(\"http://x\")"


def test_measurements_of_an_indicator_without_values(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    uuid = uuid_of(workspace_path, plan.duplicate_a)
    code, out, _err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                             uuid, "--json")
    assert code == 0 and json.loads(out)["measurements"] == []
    code, out, _err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id), uuid)
    assert code == 0 and len(out.splitlines()) == 2  # the name, and that there are none


def test_missing_lists_what_each_administration_has_not_reported(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    """Before the deadline: activities without an evaluation and indicators without a
    value for the plan's year, by administration. A value for VT 2024 counts for 2024."""
    code, out, err = run_in(capsys, workspace_path, "status", str(plan.plan_id),
                            "--missing", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["period"] == "2024"
    by_code = {each["code"]: each for each in report["administrations"]}
    assert [each["code"] for each in report["administrations"]] == ["KF", "SOF"]
    assert [a["title"] for a in by_code["SOF"]["activities"]] == ["Samtalsstöd"]
    assert [i["uuid"] for i in by_code["SOF"]["indicators"]] == [
        uuid_of(workspace_path, plan.duplicate_a)]
    assert [a["title"] for a in by_code["KF"]["activities"]] == ["Utbildning"]
    assert [i["title"] for i in by_code["KF"]["indicators"]] == ["Antal deltagare"]
    assert by_code["SOF"]["name"] == "Socialförvaltningen"

    with Workspace.open(workspace_path) as ws:  # the SOF activity reports
        ws.set_evaluation(plan.topics[0], "2024", status="done", text="Klart")
    code, out, _err = run_in(capsys, workspace_path, "status", str(plan.plan_id),
                             "--missing")
    assert code == 0
    assert "Samtalsstöd" not in out and "Utbildning" in out
    assert out.splitlines()[0].endswith("2024:")

    code, out, _err = run_in(capsys, workspace_path, "status", str(plan.plan_id),
                             "--missing", "--period", "2025", "--json")
    by_code = {each["code"]: each for each in json.loads(out)["administrations"]}
    assert "Antal deltagare" not in [i["title"] for i in by_code["KF"]["indicators"]]


def test_missing_refuses_a_bad_period_and_period_alone(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    for extra in (["--missing", "--period", "sommaren"], ["--period", "2024"]):
        code, out, err = run_in(capsys, workspace_path, "status", str(plan.plan_id), *extra)
        assert code == 2 and out == "" and len(err.splitlines()) == 1, err
