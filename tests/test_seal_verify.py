"""The seal is verified, not only guarded (issue 15, point 5).

Triggers stop naive writes; these tests play the person who goes around them with the
file in hand (drop the triggers, change rows, put the same triggers back) and check that
``check``, ``plans --json``, import and the stored fingerprints tell what was signed from
what is shown now. Every result is read back through the CLI or a second connection.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import run_in as run
from insatsplan import exchange
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.workspace import Workspace

# Messages are read in English; the CLI's default is Swedish.
pytestmark = pytest.mark.usefixtures("english_cli")


def small_plan(ws: Workspace, title: str = "Plan 2025") -> int:
    plan: int = ws.create_plan(title=title, year_from=2025)
    ws.set_parties(plan, ["AMF", "SOF"])
    ws.set_signatories(plan, [{"name": "Ada", "title": "Direktör", "organisation_code": "AMF"}])
    area = ws.add_node(plan, None, "focus_area", "Fokus")
    topic = ws.add_node(plan, area, "topic", "Ämne")
    ws.add_node(plan, topic, "goal", "Mål", horizon="short")
    ws.add_node(plan, topic, "indicator", "Antal", horizon="long")
    return plan


@pytest.fixture
def three_plans(workspace_path: Path, make_pdf: Callable[..., Path]) -> dict[str, int]:
    """A signed plan with its PDF, a plan sent for signature and a draft; file closed."""
    with Workspace.open(workspace_path) as ws:
        signed, sent, draft = (small_plan(ws, name) for name in ("Signerad", "Skickad", "Utkast"))
        value = ws.sign_plan(signed)
        pdf = make_pdf("signerad.pdf", [f"Dokument-ID\n{grouped(value)}"])
        ws.attach_signed_pdf(signed, pdf)
        ws.set_plan_status(sent, "sent")
    return {"signed": signed, "sent": sent, "draft": draft}


def tamper(path: Path, *statements: str) -> None:
    """Run *statements* with every trigger out of the way, then put the very same
    triggers back: what a person with the file and a SQLite shell can do."""
    conn = sqlite3.connect(path)
    try:
        triggers = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
        for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        for sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def raw(path: Path, query: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def seals(capsys: pytest.CaptureFixture[str], path: Path) -> dict[int, Any]:
    code, out, err = run(capsys, path, "plans", "--json")
    assert code == 0, err
    return {row["id"]: row["seal"] for row in json.loads(out)}


# --------------------------------------------------------------- sound files pass


def test_a_sound_workspace_passes_and_every_sealed_plan_is_ok(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, workspace_path, "check")
    assert (code, err) == (0, "") and out.startswith("ok:")
    assert seals(capsys, workspace_path) == {
        three_plans["signed"]: "ok", three_plans["sent"]: "ok", three_plans["draft"]: None}


def test_sending_stores_the_fingerprint_and_back_to_draft_clears_it(
        workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        plan = small_plan(ws)
        expected = fingerprint(ws.exchange_document(plan))
        ws.set_plan_status(plan, "sent")
        stored_when_sent = raw(workspace_path, "SELECT fingerprint FROM plan WHERE id = ?",
                               plan)
        ws.set_plan_status(plan, "draft")
    assert stored_when_sent == [(expected,)]
    assert raw(workspace_path, "SELECT status, fingerprint FROM plan WHERE id = ?",
               plan) == [("draft", None)]


# ------------------------------------------------------- content that changed


@pytest.mark.parametrize("which", ["signed", "sent"])
@pytest.mark.parametrize("change", [
    "UPDATE node SET title = 'Annat mål' WHERE plan_id = {plan} AND kind = 'goal'",
    "UPDATE plan SET preamble = 'Tillagd text' WHERE id = {plan}",
    "UPDATE signatory SET name = 'Mallory' WHERE plan_id = {plan}",
    "DELETE FROM plan_party WHERE plan_id = {plan} AND organisation_code = 'SOF'",
    "UPDATE indicator SET direction = 'fall' WHERE node_id IN "
    "(SELECT id FROM node WHERE plan_id = {plan})",
    "UPDATE series SET unit = 'procent'",
])
def test_check_names_each_plan_whose_content_no_longer_matches(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str], which: str, change: str) -> None:
    plan = three_plans[which]
    tamper(workspace_path, change.format(plan=plan))
    code, out, err = run(capsys, workspace_path, "check")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"plan {plan} " in err and "no longer matches its fingerprint" in err
    states = seals(capsys, workspace_path)
    assert states[plan] == "broken"
    assert states[three_plans["draft"]] is None
    if "series" not in change:  # the series is each plan's own here, but check the other
        other = three_plans["sent" if which == "signed" else "signed"]
        assert states[other] == "ok" and f"plan {other} " not in err


def test_a_sealed_plan_without_a_stored_fingerprint_is_a_finding(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    plan = three_plans["sent"]
    tamper(workspace_path, f"UPDATE plan SET fingerprint = NULL WHERE id = {plan}")
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and f"plan {plan} “Skickad” is sent but has no stored fingerprint" in err
    assert seals(capsys, workspace_path)[plan] == "broken"


def test_a_stored_pdf_printing_another_id_is_a_finding(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    plan = three_plans["signed"]
    (stored,) = raw(workspace_path, "SELECT fingerprint FROM plan WHERE id = ?", plan)[0]
    tamper(workspace_path, f"UPDATE attachment SET printed_id = '{stored}' "
                           f"WHERE plan_id = {plan}")
    assert run(capsys, workspace_path, "check")[0] == 0  # the PDF prints the plan's ID
    other = "fp1:" + "0" * 64
    tamper(workspace_path, f"UPDATE attachment SET printed_id = '{other}' "
                           f"WHERE plan_id = {plan}")
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and f"prints {other}, the plan's content is {stored}" in err


# ------------------------------------------------------------ the triggers


def test_a_same_named_trigger_that_does_nothing_is_a_failure(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(workspace_path)
    try:
        conn.execute("DROP TRIGGER seal_node_update")
        conn.execute("CREATE TRIGGER seal_node_update BEFORE UPDATE ON node WHEN 0 "
                     "BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END")
        conn.execute("CREATE TRIGGER audit_me AFTER INSERT ON plan BEGIN SELECT 1; END")
        conn.execute("DROP TRIGGER seal_plan_delete")
        conn.commit()
    finally:
        conn.close()
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and err.count("\n") == 1
    assert "the seal trigger seal_node_update is not the one this program creates" in err
    assert "an unexpected trigger audit_me on table plan" in err
    assert "the seal trigger seal_plan_delete is missing" in err


def test_trigger_text_differing_only_in_spacing_passes(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    (sql,) = raw(workspace_path, "SELECT sql FROM sqlite_master WHERE name = ?",
                 "seal_plan_delete")[0]
    conn = sqlite3.connect(workspace_path)
    try:
        conn.execute("DROP TRIGGER seal_plan_delete")
        conn.execute(sql.replace(" ", "\n  ").replace("TRIGGER", "TRIGGER IF NOT EXISTS", 1))
        conn.commit()
    finally:
        conn.close()
    assert run(capsys, workspace_path, "check")[0] == 0


# ------------------------------------------------- tables, values and the tree


@pytest.mark.parametrize("statement, finding", [
    ("ALTER TABLE node ADD COLUMN secret TEXT", "an unexpected column node.secret"),
    ("ALTER TABLE organisation RENAME COLUMN position TO place",
     "the column organisation.position is missing"),
    ("CREATE TABLE notes (x)", "an unexpected table notes"),
    ("DROP TABLE operation_log", "the table operation_log is missing"),
])
def test_tables_and_columns_are_what_the_schema_defines(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str], statement: str, finding: str) -> None:
    tamper(workspace_path, statement)
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and err.count("\n") == 1 and finding in err
    assert "Traceback" not in err


@pytest.mark.parametrize("statement, finding", [
    ("UPDATE plan SET year_from = 'tjugo' WHERE id = {draft}",
     "plan row {draft}, column year_from: a text where an integer belongs"),
    ("UPDATE plan SET status = 'godkänd' WHERE id = {draft}",
     "plan row {draft}, column status: 'godkänd' is not one of draft, sent, signed"),
    ("UPDATE plan SET reporting_deadline = '2025-02-30' WHERE id = {draft}",
     "plan row {draft}, column reporting_deadline: '2025-02-30' is not a date"),
    ("UPDATE plan SET basis = '[1, 2' WHERE id = {draft}",
     "plan row {draft}, column basis: '[1, 2' is not JSON"),
    ("UPDATE node SET title = x'00ff' WHERE plan_id = {draft} AND kind = 'goal'",
     "column title: a blob where a text belongs"),
    ("UPDATE node SET responsible_organisations = 5 WHERE plan_id = {draft}",
     "column responsible_organisations: an integer where a text belongs"),
    ("INSERT INTO measurement (series_id, period, period_start, period_end, value, note, "
     "source, changed_at, changed_by, row_version) SELECT id, '2024', '2024-01-01', "
     "'2024-12-31', '1.50', '', '', '2025-01-01 00:00:00', 'x', 1 FROM series LIMIT 1",
     "column value: '1.50' is not a number in its canonical form"),
    ("UPDATE attachment SET verified = 7", "column verified: 7 is neither 0 nor 1"),
])
def test_values_that_are_not_what_their_column_holds(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str], statement: str, finding: str) -> None:
    tamper(workspace_path, statement.format(**three_plans))
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and err.count("\n") == 1
    assert finding.format(**three_plans) in err


def test_node_cycles_are_found(three_plans: dict[str, int], workspace_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    draft = three_plans["draft"]
    area, topic = (row[0] for row in raw(
        workspace_path, "SELECT id FROM node WHERE plan_id = ? AND kind IN "
        "('focus_area', 'topic') ORDER BY kind", draft))
    tamper(workspace_path, f"UPDATE node SET parent_id = {topic} WHERE id = {area}")
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and f"nodes of plan {draft} form a cycle" in err


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_check_on_a_damaged_file_is_one_line(three_plans: dict[str, int],
                                             workspace_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             damage: str) -> None:
    data = bytearray(workspace_path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    else:
        for offset in range(4096 + 100, len(data), 997):
            data[offset] ^= 0x5A
    workspace_path.write_bytes(bytes(data))
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


# ---------------------------------------------------------------------- import


def _export(capsys: pytest.CaptureFixture[str], path: Path, plan: int, out: Path) -> None:
    code, _out, err = run(capsys, path, "export-json", str(plan), "--out", str(out))
    assert code == 0, err


def test_our_own_export_of_a_signed_demo_plan_imports_again(
        workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from insatsplan import demo

    with Workspace.open(workspace_path) as ws:
        plan = demo.add_demo_plan(ws)
        value = ws.sign_plan(plan)
    exported = tmp_path / "signed.json"
    _export(capsys, workspace_path, plan, exported)
    fresh = tmp_path / "fresh.insatsplan"
    for target in (fresh, workspace_path):
        code, out, err = run(capsys, target, "import-json", str(exported))
        assert code == 0, err
        new_id = int(out.splitlines()[-1])
        assert raw(target, "SELECT status, fingerprint FROM plan WHERE id = ?",
                   new_id) == [("signed", value)]
        assert run(capsys, target, "check")[0] == 0
        assert seals(capsys, target)[new_id] == "ok"


def test_our_own_export_of_a_sent_plan_imports_again_as_sent(
        three_plans: dict[str, int], workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "sent.json"
    _export(capsys, workspace_path, three_plans["sent"], exported)
    (stored,) = raw(workspace_path, "SELECT fingerprint FROM plan WHERE id = ?",
                    three_plans["sent"])[0]
    assert json.loads(exported.read_text(encoding="utf-8"))["plan"]["fingerprint"] == stored
    fresh = tmp_path / "fresh.insatsplan"
    code, out, err = run(capsys, fresh, "import-json", str(exported))
    assert code == 0, err
    assert raw(fresh, "SELECT status, fingerprint FROM plan WHERE id = ?",
               int(out.splitlines()[-1])) == [("sent", stored)]


def test_an_edited_export_is_refused_or_lands_as_draft_with_provenance(
        three_plans: dict[str, int], workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "signed.json"
    _export(capsys, workspace_path, three_plans["signed"], exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["plan"]["children"][0]["title"] = "Fokus, ändrat efter undertecknandet"
    edited = tmp_path / "edited.json"
    exchange.write_document(edited, document)
    fresh = tmp_path / "fresh.insatsplan"
    Workspace.open(fresh).close()

    code, out, err = run(capsys, fresh, "import-json", str(edited))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert document["plan"]["fingerprint"] in err
    assert raw(fresh, "SELECT count(*) FROM plan") == [(0,)]
    assert raw(fresh, "SELECT count(*) FROM node") == [(0,)]

    code, out, err = run(capsys, fresh, "import-json", str(edited), "--as-draft")
    assert code == 0, err
    new_id = int(out.splitlines()[-1])
    assert raw(fresh, "SELECT status, fingerprint, signed_on, source_plan_uuid, "
               "source_fingerprint FROM plan WHERE id = ?", new_id) == [
        ("draft", None, None, document["plan"]["uuid"], document["plan"]["fingerprint"])]
    assert run(capsys, fresh, "check")[0] == 0


def test_an_existing_series_with_another_unit_breaks_the_seal_on_import(
        three_plans: dict[str, int], workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The workspace keeps its own series' name and unit: what is stored is compared."""
    exported = tmp_path / "signed.json"
    _export(capsys, workspace_path, three_plans["signed"], exported)
    series_uuid = json.loads(exported.read_text(encoding="utf-8"))["series"][0]["uuid"]
    target = tmp_path / "other.insatsplan"
    with Workspace.open(target) as ws:
        draft = small_plan(ws, "Annan")
        document = ws.exchange_document(draft)
        document["series"][0]["uuid"] = series_uuid
        document["series"][0]["unit"] = "procent"
        document["plan"]["children"][0]["children"][0]["children"][1]["indicator"][
            "series_uuid"] = series_uuid
        document["plan"]["uuid"] = "6f1c2a30-0000-4000-8000-0000000000ab"
        ws.import_document(document)
    code, _out, err = run(capsys, target, "import-json", str(exported))
    assert code == 2 and "nothing was imported" in err


@pytest.mark.parametrize("signed_on", [
    (dt.date.today() + dt.timedelta(days=1)).isoformat(), None])
def test_a_signed_plan_needs_a_signing_date_no_later_than_today(
        three_plans: dict[str, int], workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], signed_on: str | None) -> None:
    exported = tmp_path / "signed.json"
    _export(capsys, workspace_path, three_plans["signed"], exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["plan"]["signed_on"] = signed_on
    exchange.write_document(exported, document)
    before = raw(workspace_path, "SELECT count(*) FROM plan")
    code, _out, err = run(capsys, workspace_path, "import-json", str(exported))
    assert code == 2 and err.count("\n") == 1
    assert raw(workspace_path, "SELECT count(*) FROM plan") == before


def test_empty_and_missing_text_give_the_same_fingerprint(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        document = ws.exchange_document(small_plan(ws))
    written = copy.deepcopy(document)
    for area in written["plan"]["children"]:
        area["text"] = ""
        for topic in area["children"]:
            topic["fields"] = {}
    assert "text" not in document["plan"]["children"][0]
    assert fingerprint(written) == fingerprint(document)
    written["plan"]["children"][0]["text"] = "Något"
    assert fingerprint(written) != fingerprint(document)


# ------------------------------------- every change a reader would see is found

_TOPIC = "(SELECT min(id) FROM node WHERE plan_id = {plan} AND kind = 'topic')"
_GOAL = "(SELECT max(id) FROM node WHERE plan_id = {plan} AND kind = 'goal')"
_INDICATOR = "(SELECT min(node_id) FROM indicator JOIN node ON node.id = node_id " \
             "WHERE plan_id = {plan})"

# One change of each kind a reader of the printed plan would see, made around the
# triggers: plan fields, parties, signatories, every text of a node, the tree's shape and
# order, indicator definitions and the measured series' name and unit.
READER_VISIBLE_CHANGES = [
    *(f"UPDATE plan SET {column} = 'Ändrad' WHERE id = {{plan}}"
      for column in ("title", "subtitle", "preamble", "coordinator")),
    "UPDATE plan SET year_to = year_to + 1 WHERE id = {plan}",
    "UPDATE plan SET kind = 'plan_and_report' WHERE id = {plan}",
    "UPDATE plan SET basis = '[\"Annan grund\"]' WHERE id = {plan}",
    "UPDATE plan SET reporting_deadline = '2031-01-31' WHERE id = {plan}",
    "UPDATE plan_party SET organisation_name = 'Annan' WHERE plan_id = {plan}",
    "DELETE FROM plan_party WHERE id = (SELECT max(id) FROM plan_party "
    "WHERE plan_id = {plan})",
    "UPDATE plan_party SET position = -position WHERE plan_id = {plan}",
    *(f"UPDATE signatory SET {column} = 'Annan' WHERE plan_id = {{plan}}"
      for column in ("name", "title", "organisation_code", "organisation_name")),
    *(f"UPDATE node SET {column} = 'Ändrad' WHERE id = {_TOPIC}"
      for column in ("title", "text", "background", "purpose", "target_group", "timeline",
                     "responsible_people", "measurable_text", "funding_source")),
    f"UPDATE node SET responsible_organisations = '[\"AMF\"]' WHERE id = {_TOPIC}",
    f"UPDATE node SET funding_amount = '123' WHERE id = {_TOPIC}",
    f"UPDATE node SET measurable_answer = 'no' WHERE id = {_TOPIC}",
    f"UPDATE node SET horizon = CASE horizon WHEN 'short' THEN 'long' ELSE 'short' END "
    f"WHERE id = {_GOAL}",
    f"DELETE FROM node WHERE id = {_GOAL}",
    "UPDATE node SET position = -position WHERE plan_id = {plan} AND kind = 'focus_area'",
    f"UPDATE node SET parent_id = {_TOPIC} WHERE id = {_GOAL}",  # the last goal moves
    "INSERT INTO node (plan_id, parent_id, uuid, kind, position, title, text, search_text, "
    "background, purpose, target_group, responsible_organisations, responsible_people, "
    "timeline, measurable_text, funding_source, changed_at, changed_by, row_version) "
    f"SELECT {{plan}}, {_TOPIC}, 'tillagd', 'goal', 99, 'Tillagt mål', '', '', '', '', '', "
    "'[]', '', '', '', '', '2025-01-01 00:00:00', 'x', 1",
    *(f"UPDATE indicator SET {column} = {value} WHERE node_id = {_INDICATOR}"
      for column, value in (("direction", "'hold'"), ("data_source", "'Annan'"),
                            ("baseline_value", "'999'"), ("target_value", "'999'"),
                            ("target_period", "'2030'"), ("green_min", "'-5'"),
                            ("has_levels", "1 - has_levels"))),
    f"UPDATE indicator SET series_id = (SELECT max(id) FROM series) WHERE node_id = "
    f"{_INDICATOR}",
    f"UPDATE series SET name = 'Annan serie' WHERE id = (SELECT series_id FROM indicator "
    f"WHERE node_id = {_INDICATOR})",
    f"UPDATE series SET unit = 'annan enhet' WHERE id = (SELECT series_id FROM indicator "
    f"WHERE node_id = {_INDICATOR})",
]


@pytest.fixture(scope="module")
def signed_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The demo plan, signed, in a file each test copies (built once: it is large)."""
    from insatsplan import demo

    folder = tmp_path_factory.mktemp("signed-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(folder / "data"))
        path = folder / "demo.insatsplan"
        with Workspace.open(path) as ws:
            plan = demo.add_demo_plan(ws)
            ws.sign_plan(plan)
    return path, plan


@pytest.mark.parametrize("change", READER_VISIBLE_CHANGES)
def test_check_finds_every_change_a_reader_would_see(
        signed_demo: tuple[Path, int], tmp_path: Path, change: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    source, plan = signed_demo
    path = tmp_path / "copy.insatsplan"
    path.write_bytes(source.read_bytes())
    statement = change.format(plan=plan)
    tamper(path, statement)
    code, _out, err = run(capsys, path, "check")
    assert code == 2 and err.count("\n") == 1, statement
    assert f"plan {plan} " in err and "no longer matches its fingerprint" in err, err
    assert seals(capsys, path)[plan] == "broken"


def test_check_speaks_swedish_by_default(three_plans: dict[str, int], workspace_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INSATSPLAN_LANG")
    plan = three_plans["signed"]
    tamper(workspace_path, f"UPDATE node SET title = 'Ändrat' WHERE plan_id = {plan} "
                           "AND kind = 'goal'")
    conn = sqlite3.connect(workspace_path)
    conn.execute("DROP TRIGGER seal_plan_delete")
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 2
    assert "förseglingstriggern seal_plan_delete saknas" in err
    assert (f"plan {plan} ”Signerad” (undertecknad): innehållet stämmer inte längre med "
            "fingeravtrycket") in err
    assert len(err.strip().splitlines()) == 1


def test_a_mistake_in_checks_own_code_is_a_bug_not_a_finding(
        three_plans: dict[str, int], workspace_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A sound file must never be told it has problems because check itself failed."""
    from insatsplan.workspace import verify

    def broken(_conn: object) -> list[Any]:
        raise TypeError("a mistake in check's own code")

    monkeypatch.setattr(verify, "tree_problems", broken)
    monkeypatch.setattr(verify, "content_fingerprint", broken)
    code, _out, err = run(capsys, workspace_path, "check")
    assert code == 1 and "bug" in err and "has problems" not in err
