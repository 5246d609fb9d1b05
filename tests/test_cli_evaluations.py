"""``evaluations`` and ``evaluate``: an activity's evaluation from the command line.

The plan is built through the workspace API (tests/follow_up_plan.py: plan year 2024,
"Samtalsstöd" under "Psykisk hälsa", "Utbildning" under "Suicidprevention"). What the
commands write is read back through a second, read-only connection or through the
``evaluations`` command itself; the operation log tells whether anything was written.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from cli_helpers import run_in
from follow_up_plan import FollowUpPlan, build_follow_up_plan
from insatsplan.cli_evaluations import MAX_TEXT_FILE_BYTES
from insatsplan.translations import cli_translator
from insatsplan.workspace import Workspace
from insatsplan.workspace.reads import EvaluationRow


@pytest.fixture
def plan(workspace_path: Path) -> FollowUpPlan:
    with Workspace.open(workspace_path) as ws:
        return build_follow_up_plan(ws)


def stored(workspace: Path, topic: int, period: str) -> EvaluationRow | None:
    """The topic's evaluation for *period*, through a second, read-only connection."""
    with Workspace.open(workspace, readonly=True) as ws:
        return ws.evaluation(topic, period)


def log_length(workspace: Path) -> int:
    """How many operations the file has recorded: unchanged means nothing was written."""
    conn = sqlite3.connect(workspace)
    try:
        (count,) = conn.execute("SELECT count(*) FROM operation_log").fetchone()
    finally:
        conn.close()
    return int(count)


def evaluations_json(capsys: pytest.CaptureFixture[str], workspace: Path, plan_id: int,
                     *options: str) -> dict[str, object]:
    code, out, err = run_in(capsys, workspace, "evaluations", str(plan_id), "--json",
                            *options)
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert isinstance(document, dict)
    return document


def activity(document: dict[str, object], title: str) -> dict[str, object]:
    activities = document["activities"]
    assert isinstance(activities, list)
    return next(each for each in activities if each["title"] == title)


def uuid_of(workspace: Path, node_id: int) -> str:
    with Workspace.open(workspace, readonly=True) as ws:
        return ws.node_place(node_id).uuid


# ------------------------------------------------------------------ evaluations


def test_evaluations_json_lists_every_activity_for_the_plans_year(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    talk, training = plan.topics
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(talk, "2024", status="done", participants=22,
                          text="Tolv samtal.\n\n- Kvällstider")
        ws.set_evaluation(training, "2023", status="done", participants=5)
    document = evaluations_json(capsys, workspace_path, plan.plan_id)
    assert document == {"period": "2024", "activities": [
        {"uuid": uuid_of(workspace_path, talk), "title": "Samtalsstöd",
         "focus_area": "Psykisk hälsa", "status": "done", "participants": 22,
         "text": "Tolv samtal.\n\n- Kvällstider", "period": "2024"},
        {"uuid": uuid_of(workspace_path, training), "title": "Utbildning",
         "focus_area": "Suicidprevention", "status": "none", "participants": None,
         "text": "", "period": None}]}


def test_a_terms_evaluation_counts_for_its_year_and_names_its_own_period(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(plan.topics[1], "VT 2024", status="ongoing", participants=9)
    year = activity(evaluations_json(capsys, workspace_path, plan.plan_id), "Utbildning")
    assert (year["status"], year["participants"], year["period"]) == ("ongoing", 9, "2024-VT")
    term = evaluations_json(capsys, workspace_path, plan.plan_id, "--period", "vt 2024")
    assert term["period"] == "2024-VT"
    assert activity(term, "Utbildning")["status"] == "ongoing"
    autumn = evaluations_json(capsys, workspace_path, plan.plan_id, "--period", "HT 2024")
    assert activity(autumn, "Utbildning")["status"] == "none"


def test_evaluations_text_groups_the_activities_by_focus_area(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        english_cli: None) -> None:
    talk, training = plan.topics
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(talk, "2024", status="postponed",
                          text="**Flyttad** till våren.\n\n- Lokalen renoveras")
        ws.set_evaluation(training, "2024-Q3", status="done", participants=1200)
    code, out, err = run_in(capsys, workspace_path, "evaluations", str(plan.plan_id))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Evaluations 2024"
    assert lines[2] == "Psykisk hälsa" and lines[6] == "Suicidprevention"
    assert lines[3].split() == ["Status", "Participants", "Activity", "Text"]
    assert lines[4].split() == ["postponed", "–", "Samtalsstöd", "Flyttad", "till",
                                "våren.", "…"]
    assert lines[8].split() == ["done", "(2024", "K3)", "1200", "Utbildning"]
    column = lines[3].index("Activity")
    assert lines[7].index("Activity") == column  # one table: columns line up across areas
    assert lines[8][column:] == "Utbildning"


def test_evaluations_text_speaks_swedish_by_default(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(plan.topics[0], "2024", status="done", participants=3)
    code, out, _err = run_in(capsys, workspace_path, "evaluations", str(plan.plan_id))
    swedish = cli_translator("sv")
    line = next(line for line in out.splitlines() if line.endswith("Samtalsstöd"))
    assert code == 0
    assert line.split()[0] == swedish("FollowUp", "done")
    missing = next(line for line in out.splitlines() if line.endswith("Utbildning"))
    assert missing.strip().startswith(swedish("FollowUp", "no evaluation"))


def test_a_long_first_line_is_cut_at_a_word(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        english_cli: None) -> None:
    text = "Elva gruppomgångar genomfördes, varav tre på arabiska och två på somaliska."
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(plan.topics[0], "2024", status="done", text=text)
    _code, out, _err = run_in(capsys, workspace_path, "evaluations", str(plan.plan_id))
    line = next(line for line in out.splitlines() if "Samtalsstöd" in line)
    shown = line[line.index("Elva"):]
    assert shown.endswith(" …") and text.startswith(shown[:-2])
    assert len(shown) <= 62 and shown[:-2] in text.split(" och")[0] + " och"
    assert activity(evaluations_json(capsys, workspace_path, plan.plan_id),
                    "Samtalsstöd")["text"] == text  # --json has it whole


def test_a_plan_without_activities_says_so(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, english_cli: None) -> None:
    with Workspace.open(workspace_path) as ws:
        plan_id = ws.create_plan(title="Tom", year_from=2026)
    code, out, _err = run_in(capsys, workspace_path, "evaluations", str(plan_id))
    assert (code, out) == (0, "Evaluations 2026\nThe plan has no activities.\n")
    assert evaluations_json(capsys, workspace_path, plan_id) == {"period": "2026",
                                                                 "activities": []}


@pytest.mark.parametrize("period", ["2024x", "VT", "2024-Q5", ""])
def test_evaluations_refuses_a_period_that_is_no_period(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        period: str) -> None:
    code, out, err = run_in(capsys, workspace_path, "evaluations", str(plan.plan_id),
                            "--period", period)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith("insatsplan: ")


# ------------------------------------------------------------------ evaluate


def test_evaluate_writes_an_evaluation_with_swedish_words(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    talk = plan.topics[0]
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--status", "genomförd",
                            "--participants", "1 200", "--text", "Tolv samtal.")
    assert (code, err) == (0, "") and "Samtalsstöd" in out and "1200" in out
    assert stored(workspace_path, talk, "2024") == EvaluationRow(
        talk, "2024", "2024", "done", 1200, "Tolv samtal.")
    assert activity(evaluations_json(capsys, workspace_path, plan.plan_id),
                    "Samtalsstöd")["status"] == "done"


@pytest.mark.parametrize(("word", "status"), [
    ("planerad", "planned"), ("PÅGÅR", "ongoing"), ("Genomförd", "done"),
    ("uppskjuten", "postponed"), ("inställd", "cancelled"), ("planned", "planned"),
    ("Ongoing", "ongoing"), ("done", "done"), ("postponed", "postponed"),
    ("cancelled", "cancelled")])
def test_every_status_is_taken_in_english_and_swedish(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        word: str, status: str) -> None:
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Utbildning", "--period", "HT 2024", "--status", word)
    assert (code, err) == (0, "")
    found = stored(workspace_path, plan.topics[1], "2024-HT")
    assert found is not None and found.status == status


def test_a_new_evaluation_without_options_is_planned_and_empty(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    code, _out, _err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                              "Utbildning", "--period", "2025")
    assert code == 0
    assert stored(workspace_path, plan.topics[1], "2025") == EvaluationRow(
        plan.topics[1], "2025", "2025", "planned", None, "")


def test_only_the_options_given_change_an_existing_evaluation(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    talk = plan.topics[0]
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(talk, "2024", status="ongoing", participants=7, text="Pågår.")
    run_in(capsys, workspace_path, "evaluate", str(plan.plan_id), "Samtalsstöd",
           "--period", "2024", "--participants", "9")
    assert stored(workspace_path, talk, "2024") == EvaluationRow(
        talk, "2024", "2024", "ongoing", 9, "Pågår.")
    run_in(capsys, workspace_path, "evaluate", str(plan.plan_id), "Samtalsstöd",
           "--period", "2024", "--status", "done")
    assert stored(workspace_path, talk, "2024") == EvaluationRow(
        talk, "2024", "2024", "done", 9, "Pågår.")
    run_in(capsys, workspace_path, "evaluate", str(plan.plan_id), "Samtalsstöd",
           "--period", "2024", "--text", "Klart.\n\n- Tolv samtal")
    assert stored(workspace_path, talk, "2024") == EvaluationRow(
        talk, "2024", "2024", "done", 9, "Klart.\n\n- Tolv samtal")
    code, _out, _err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                              "Samtalsstöd", "--period", "2024", "--participants", "")
    assert code == 0  # an empty count clears it, as an empty field in the editor
    assert stored(workspace_path, talk, "2024") == EvaluationRow(
        talk, "2024", "2024", "done", None, "Klart.\n\n- Tolv samtal")


def test_an_evaluation_given_again_as_it_is_writes_nothing(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        english_cli: None) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(plan.topics[0], "2024", status="done", participants=4,
                          text="Två träffar.\n- Kvällstid")
    before = log_length(workspace_path)
    code, out, _err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Samtalsstöd", "--period", "2024", "--status", "genomförd",
                             "--participants", "4")
    assert code == 0 and "unchanged" in out
    assert log_length(workspace_path) == before
    code, out, _err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Samtalsstöd", "--period", "2024", "--text",
                             "Två träffar.\r\n- Kvällstid")
    assert code == 0 and "unchanged" in out  # the same text as it is stored
    assert log_length(workspace_path) == before


def test_the_topic_is_named_by_uuid_title_or_path(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    talk, training = plan.topics
    for name, period in ((uuid_of(workspace_path, talk), "2021"),
                         ("  Samtalsstöd ", "2022"),
                         ("Psykisk hälsa › Samtalsstöd", "2023"),
                         ("Suicidprevention / Utbildning", "2024")):
        code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id), name,
                                 "--period", period, "--status", "done")
        assert (code, err) == (0, ""), name
    with Workspace.open(workspace_path, readonly=True) as ws:
        assert [row.period for row in ws.evaluations(talk)] == ["2021", "2022", "2023"]
        assert [row.period for row in ws.evaluations(training)] == ["2024"]


def test_an_ambiguous_title_lists_the_uuids_and_a_path_tells_them_apart(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        english_cli: None) -> None:
    with Workspace.open(workspace_path) as ws:
        twin = ws.add_node(plan.plan_id, plan.focus_areas[1], "topic", "Samtalsstöd")
    before = log_length(workspace_path)
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--status", "done")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert uuid_of(workspace_path, twin) in err and uuid_of(workspace_path, plan.topics[0]) in err
    assert log_length(workspace_path) == before
    code, _out, _err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                              "Suicidprevention › Samtalsstöd", "--period", "2024")
    assert code == 0
    assert stored(workspace_path, twin, "2024") is not None
    assert stored(workspace_path, plan.topics[0], "2024") is None


@pytest.mark.parametrize("name", ["Ingen sådan", "Psykisk hälsa › Utbildning",
                                  "Andel som mår bra", "Psykisk hälsa"])
def test_a_name_that_is_no_topic_of_the_plan_is_refused(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        name: str) -> None:
    before = log_length(workspace_path)
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id), name,
                            "--period", "2024")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert log_length(workspace_path) == before


def test_an_indicators_uuid_is_refused_as_no_topic(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        english_cli: None) -> None:
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             uuid_of(workspace_path, plan.waiting), "--period", "2024")
    assert code == 2 and "Only topics have evaluations" in err


def test_measurements_take_an_indicators_path_too(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    """The resolver ``evaluate`` shares with ``measurements``: the ambiguous "Dubblett"
    is named by its topic."""
    code, out, _err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                             "Utbildning › Dubblett", "--json")
    assert code == 0 and [m["period"] for m in json.loads(out)["measurements"]] == ["2024-VT"]
    code, _out, _err = run_in(capsys, workspace_path, "measurements", str(plan.plan_id),
                              "Dubblett")
    assert code == 2


@pytest.mark.parametrize("count", ["-1", "2.5", "tolv", "1e3", "1000000001", "٣"])
def test_a_bad_number_of_participants_is_refused_and_nothing_written(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        count: str) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(plan.topics[0], "2024", status="ongoing", participants=7)
    before = log_length(workspace_path)
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--status", "done",
                            "--participants", count)
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert log_length(workspace_path) == before
    assert stored(workspace_path, plan.topics[0], "2024") == EvaluationRow(
        plan.topics[0], "2024", "2024", "ongoing", 7, "")


def test_an_unknown_status_is_refused_listing_the_choices(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        english_cli: None) -> None:
    before = log_length(workspace_path)
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--status", "klar")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert "klar" in err and "postponed" in err
    assert log_length(workspace_path) == before


@pytest.mark.parametrize("period", ["2024x", "HT", "13 2024", ""])
def test_evaluate_refuses_a_period_that_is_no_period(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        period: str) -> None:
    before = log_length(workspace_path)
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", period, "--status", "done")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert log_length(workspace_path) == before


def test_a_period_is_required(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                              plan: FollowUpPlan) -> None:
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Samtalsstöd", "--status", "done")
    assert code == 2 and "--period" in err


# ------------------------------------------------------------------ --text-file


def test_the_text_is_read_from_a_file(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    text_file = tmp_path / "utvärdering.txt"
    text_file.write_bytes("\ufeffTolv samtal hölls.\r\n\r\n- Kvällstider\r\n- Se "
                          "[stadens sida](https://example.se)\r\n\r\n".encode())
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Samtalsstöd", "--period", "2024", "--text-file",
                             str(text_file))
    assert (code, err) == (0, "")
    found = stored(workspace_path, plan.topics[0], "2024")
    assert found is not None and found.text == (
        "Tolv samtal hölls.\n\n- Kvällstider\n- Se [stadens sida](https://example.se)")
    before = log_length(workspace_path)
    code, _out, _err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                              "Samtalsstöd", "--period", "2024", "--text-file",
                              str(text_file))
    assert code == 0 and log_length(workspace_path) == before  # same file: no write


def test_a_windows_1252_text_file_reads_as_it_was_written(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    text_file = tmp_path / "ansi.txt"
    text_file.write_bytes("Åtta träffar för föräldrar.".encode("cp1252"))
    code, _out, _err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                              "Samtalsstöd", "--period", "2024", "--text-file",
                              str(text_file))
    found = stored(workspace_path, plan.topics[0], "2024")
    assert code == 0 and found is not None and found.text == "Åtta träffar för föräldrar."


def bad_text_files(tmp_path: Path) -> dict[str, Path]:
    big = tmp_path / "stor.txt"
    big.write_bytes(b"a" * (MAX_TEXT_FILE_BYTES + 1))
    binary = tmp_path / "bild.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    folder = tmp_path / "mapp"
    folder.mkdir()
    dangling = tmp_path / "länk.txt"
    dangling.symlink_to(tmp_path / "finns-inte.txt")
    fifo = tmp_path / "rör.txt"
    os.mkfifo(fifo)  # would block for ever if it were opened
    return {"too big": big, "binary": binary, "folder": folder, "dangling link": dangling,
            "fifo": fifo, "missing": tmp_path / "saknas.txt"}


@pytest.mark.parametrize("kind", ["too big", "binary", "folder", "dangling link", "fifo",
                                  "missing"])
def test_a_text_file_that_cannot_be_read_as_text_is_refused(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path, kind: str) -> None:
    path = bad_text_files(tmp_path)[kind]
    before = log_length(workspace_path)
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--text-file", str(path))
    assert (code, out) == (2, "") and len(err.splitlines()) == 1, err
    assert path.name in err
    assert log_length(workspace_path) == before


def test_text_and_text_file_do_not_go_together(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        tmp_path: Path) -> None:
    text_file = tmp_path / "t.txt"
    text_file.write_text("Text")
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Samtalsstöd", "--period", "2024", "--text", "T",
                             "--text-file", str(text_file))
    assert code == 2 and len(err.splitlines()) == 1
    assert stored(workspace_path, plan.topics[0], "2024") is None


# ------------------------------------------------------------------ --delete


def test_delete_removes_the_periods_evaluation_only(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan) -> None:
    talk = plan.topics[0]
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(talk, "2024", status="done")
        ws.set_evaluation(talk, "VT 2024", status="ongoing")
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Samtalsstöd", "--period", "2024", "--delete")
    assert (code, err) == (0, "")
    with Workspace.open(workspace_path, readonly=True) as ws:
        assert [row.period for row in ws.evaluations(talk)] == ["2024-VT"]


def test_deleting_what_is_not_there_says_so_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        english_cli: None) -> None:
    before = log_length(workspace_path)
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--delete")
    assert (code, err) == (0, "")
    assert out == "“Samtalsstöd” has no evaluation 2024; nothing was removed.\n"
    assert log_length(workspace_path) == before


@pytest.mark.parametrize("option", [("--status", "done"), ("--participants", "3"),
                                    ("--text", "T")])
def test_delete_goes_alone(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                           plan: FollowUpPlan, option: tuple[str, str]) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(plan.topics[0], "2024", status="ongoing")
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--delete", *option)
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert stored(workspace_path, plan.topics[0], "2024") is not None


# ------------------------------------------------------------------ sealed plans, the file


def plan_row(capsys: pytest.CaptureFixture[str], workspace: Path,
             plan_id: int) -> dict[str, object]:
    _code, out, _err = run_in(capsys, workspace, "plans", "--json")
    row = next(each for each in json.loads(out) if each["id"] == plan_id)
    assert isinstance(row, dict)
    return row


@pytest.mark.parametrize("status", ["sent", "signed"])
def test_sent_and_signed_plans_take_evaluations_and_keep_their_fingerprint(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        status: str) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_signatories(plan.plan_id, [{"name": "Ada", "title": "Direktör",
                                           "organisation_code": "SOF"}])
        ws.set_plan_status(plan.plan_id, status)
    before = plan_row(capsys, workspace_path, plan.plan_id)
    assert (before["status"], before["seal"]) == (status, "ok")
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Samtalsstöd", "--period", "2024", "--status", "done",
                             "--participants", "12", "--text", "Klart.")
    assert (code, err) == (0, "")
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Utbildning", "--period", "2024", "--status", "done")
    assert (code, err) == (0, "")
    code, _out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                             "Utbildning", "--period", "2024", "--delete")
    assert (code, err) == (0, "")
    after = plan_row(capsys, workspace_path, plan.plan_id)
    assert (after["fingerprint"], after["seal"]) == (before["fingerprint"], "ok")
    code, _out, err = run_in(capsys, workspace_path, "check")
    assert (code, err) == (0, "")
    assert activity(evaluations_json(capsys, workspace_path, plan.plan_id),
                    "Samtalsstöd")["participants"] == 12


def test_a_read_only_workspace_file_is_refused_with_the_usual_message(
        capsys: pytest.CaptureFixture[str], workspace_path: Path, plan: FollowUpPlan,
        monkeypatch: pytest.MonkeyPatch, english_cli: None) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.set_evaluation(plan.topics[0], "2024", status="ongoing")
    before = log_length(workspace_path)
    real_access = os.access
    target = str(workspace_path.resolve())
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if str(p) == target
                        and mode & os.W_OK else real_access(p, mode, *a, **k))
    code, out, err = run_in(capsys, workspace_path, "evaluate", str(plan.plan_id),
                            "Samtalsstöd", "--period", "2024", "--status", "done")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert "read-only" in err
    code, out, _err = run_in(capsys, workspace_path, "evaluations", str(plan.plan_id),
                             "--json")
    assert code == 0 and activity(json.loads(out), "Samtalsstöd")["status"] == "ongoing"
    monkeypatch.undo()
    assert log_length(workspace_path) == before


def test_a_workspace_that_is_not_there_is_not_created(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "saknas.insatsplan"
    code, out, err = run_in(capsys, missing, "evaluate", "1", "Samtalsstöd", "--period",
                            "2024", "--status", "done")
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert not missing.exists()
