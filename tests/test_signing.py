"""Signing off a plan: the seal (API and raw SQL), the fixed fingerprint, the signed PDF,
new versions, and the commands that drive them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from cli_helpers import run_lines as run
from insatsplan import demo
from insatsplan.cli import main
from insatsplan.errors import DamagedWorkspaceError, SealedPlanError, UserError
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.model import Evaluation, Indicator, Node, OperationLog, Plan
from insatsplan.workspace import Change, Workspace
from insatsplan.workspace.schema import HEAD_REVISION

# Messages are read in English; the CLI's default is Swedish.
pytestmark = pytest.mark.usefixtures("english_cli")


SIGNED_ON = dt.date(2025, 5, 26)


# ------------------------------------------------------------------- helpers


@pytest.fixture
def demo_plan(ws: Workspace) -> int:
    return demo.add_demo_plan(ws)


@pytest.fixture
def pdf(ws: Workspace, demo_plan: int, make_pdf: Callable[..., Path]) -> Path:
    """A real PDF printing the demo plan's Dokument-ID, as its signed agreement does."""
    value = fingerprint(ws.exchange_document(demo_plan))
    return make_pdf("Överenskommelse 2025 signerad.pdf", [f"Dokument-ID\n{grouped(value)}"])


def nodes_of(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    def walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield node
        for child in node["children"]:
            yield from walk(child)

    for root in document["plan"]["children"]:
        yield from walk(root)


def first(ws: Workspace, plan_id: int, kind: str) -> Node:
    with ws.reading() as session:
        return session.query(Node).filter_by(plan_id=plan_id, kind=kind).order_by(Node.id).first()


def series_of(ws: Workspace, plan_id: int) -> int:
    node = first(ws, plan_id, "indicator")
    with ws.reading() as session:
        return session.get(Indicator, node.id).series_id


def plan_row(ws: Workspace, plan_id: int) -> Plan:
    return ws.plan(plan_id)


# ------------------------------------------------------------------- signing


def test_sign_fixes_status_fingerprint_and_date(ws: Workspace, demo_plan: int) -> None:
    computed = fingerprint(ws.exchange_document(demo_plan))
    heard: list[Change] = []
    ws.subscribe(heard.append)
    value = ws.sign_plan(demo_plan, signed_on=SIGNED_ON)
    assert value == computed and value.startswith("fp1:")
    plan = plan_row(ws, demo_plan)
    assert (plan.status, plan.fingerprint, plan.signed_on) == ("signed", computed, SIGNED_ON)
    document = ws.exchange_document(demo_plan)["plan"]
    assert (document["status"], document["fingerprint"], document["signed_on"]) == (
        "signed", computed, "2025-05-26")
    # The fixed value stays the content's value: signing changed no content.
    assert fingerprint(ws.exchange_document(demo_plan)) == computed
    assert heard == [Change("plans", demo_plan)]
    with ws.reading() as session:
        log = session.query(OperationLog).order_by(OperationLog.id.desc()).first()
        assert (log.operation, log.plan_uuid) == ("sign_plan", plan.uuid)


def test_sign_from_sent_with_todays_date(ws: Workspace, demo_plan: int) -> None:
    ws.set_plan_status(demo_plan, "sent")
    value = ws.sign_plan(str(plan_row(ws, demo_plan).uuid))  # by UUID too
    plan = plan_row(ws, demo_plan)
    assert plan.status == "signed" and plan.signed_on == dt.date.today()
    assert plan.fingerprint == value == fingerprint(ws.exchange_document(demo_plan))


def test_set_status_signed_goes_through_signing(ws: Workspace, demo_plan: int) -> None:
    ws.set_plan_status(demo_plan, "signed")
    plan = plan_row(ws, demo_plan)
    assert plan.status == "signed" and plan.signed_on == dt.date.today()
    assert plan.fingerprint == fingerprint(ws.exchange_document(demo_plan))


def test_signed_is_final_and_sent_may_go_back(ws: Workspace, demo_plan: int) -> None:
    ws.set_plan_status(demo_plan, "sent")
    ws.set_plan_status(demo_plan, "draft")
    assert plan_row(ws, demo_plan).status == "draft"
    ws.sign_plan(demo_plan, signed_on=SIGNED_ON)
    fixed = plan_row(ws, demo_plan).fingerprint
    for status in ("draft", "sent", "signed"):
        with pytest.raises(SealedPlanError):
            ws.set_plan_status(demo_plan, status)
    with pytest.raises(SealedPlanError, match="already signed on 2025-05-26"):
        ws.sign_plan(demo_plan)
    plan = plan_row(ws, demo_plan)
    assert (plan.status, plan.fingerprint, plan.signed_on) == ("signed", fixed, SIGNED_ON)


@pytest.mark.parametrize("when", ["2025-13-01", "igår", dt.date.today() + dt.timedelta(days=1)])
def test_bad_or_future_signing_date_is_refused(ws: Workspace, demo_plan: int,
                                              when: object) -> None:
    with pytest.raises(UserError):
        ws.sign_plan(demo_plan, signed_on=when)  # type: ignore[arg-type]
    assert plan_row(ws, demo_plan).status == "draft"


# --------------------------------------------------------------- API seal


def _content_edits(ws: Workspace, plan_id: int) -> dict[str, Callable[[], object]]:
    focus = first(ws, plan_id, "focus_area")
    topic = first(ws, plan_id, "topic")
    goal = first(ws, plan_id, "goal")
    indicator = first(ws, plan_id, "indicator")
    snapshot = ws.copy_nodes([goal.id])
    return {
        "update_node": lambda: ws.update_node(topic.id, title="Ändrad"),
        "update_node_fields": lambda: ws.update_node(topic.id, purpose="Nytt syfte"),
        "add_node": lambda: ws.add_node(plan_id, topic.id, "goal", "Ny"),
        "add_focus_area": lambda: ws.add_node(plan_id, None, "focus_area", "Ny"),
        "move_node": lambda: ws.move_node(goal.id, topic.id, 5, horizon="long"),
        "duplicate_node": lambda: ws.duplicate_node(goal.id),
        "insert_nodes": lambda: ws.insert_nodes(plan_id, topic.id, 0, snapshot),
        "update_plan": lambda: ws.update_plan(plan_id, title="Ny titel"),
        "update_plan_years": lambda: ws.update_plan(plan_id, year_from=2030, year_to=2030),
        "set_parties": lambda: ws.set_parties(plan_id, ["AMF"]),
        "set_signatories": lambda: ws.set_signatories(plan_id, []),
        "update_indicator": lambda: ws.update_indicator(indicator.id, direction="fall"),
        "indicator_unit": lambda: ws.update_indicator(indicator.id, unit="procent"),
        "delete_node": lambda: ws.delete_node(focus.id),  # last: it takes the others along
    }


@pytest.mark.parametrize("status", ["sent", "signed"])
def test_api_refuses_every_content_edit(ws: Workspace, demo_plan: int, status: str) -> None:
    before = ws.exchange_document(demo_plan)
    edits = _content_edits(ws, demo_plan)
    ws.set_plan_status(demo_plan, status)
    refused = []
    for name, edit in edits.items():
        with pytest.raises(SealedPlanError):
            edit()
        refused.append(name)
    assert refused == list(edits)
    after = ws.exchange_document(demo_plan)
    assert fingerprint(after) == fingerprint(before)
    assert after["plan"]["children"] == before["plan"]["children"]


def test_the_same_edits_work_on_a_draft(ws: Workspace, demo_plan: int) -> None:
    """The refusals above are the seal, not broken operations."""
    for edit in _content_edits(ws, demo_plan).values():
        edit()


@pytest.mark.parametrize("status", ["sent", "signed"])
def test_follow_up_stays_open(ws: Workspace, demo_plan: int, status: str) -> None:
    ws.set_plan_status(demo_plan, status)
    fixed = fingerprint(ws.exchange_document(demo_plan))
    topic = first(ws, demo_plan, "topic")
    series_id = series_of(ws, demo_plan)
    ws.set_measurement(series_id, "2025-HT", "12,5", note="Halvår")
    ws.set_measurement(series_id, "2025-HT", "13")  # and replace it
    ws.set_evaluation(topic.id, "2025", status="done", participants=40, text="Genomfört")
    ws.set_evaluation(topic.id, "2025", status="ongoing", participants=41, text="Pågår")
    document = ws.exchange_document(demo_plan)
    measured = [m for s in document["series"] for m in s["measurements"]
                if m["period"] == "2025-HT"]
    assert [m["value"] for m in measured] == ["13"]
    topic_doc = next(n for n in nodes_of(document) if n["uuid"] == topic.uuid)
    assert {"period": "2025", "status": "ongoing", "participants": 41,
            "text": "Pågår"} in topic_doc["evaluations"]
    assert fingerprint(document) == fixed  # follow-up is not content
    if status == "signed":
        assert plan_row(ws, demo_plan).fingerprint == fixed


# --------------------------------------------------------------- SQL seal


def _raw_statements(ws: Workspace, plan_id: int) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """Direct SQL against every sealed table, as another program might try it."""
    topic = first(ws, plan_id, "topic")
    indicator = first(ws, plan_id, "indicator")
    series_id = series_of(ws, plan_id)
    with ws.reading() as session:
        party = session.execute(text(
            "SELECT id FROM plan_party WHERE plan_id = :p"), {"p": plan_id}).scalar()
        signatory = session.execute(text(
            "SELECT id FROM signatory WHERE plan_id = :p"), {"p": plan_id}).scalar()
    audit = "'2025-01-01 00:00:00', 'x', 1"
    statements: dict[str, tuple[str, tuple[Any, ...]]] = {
        "node insert": (
            "INSERT INTO node (plan_id, parent_id, uuid, kind, horizon, position, title, "
            "text, search_text, background, purpose, target_group, responsible_organisations, "
            "responsible_people, timeline, measurable_text, funding_source, changed_at, "
            f"changed_by, row_version) VALUES (?, ?, 'u-new', 'goal', 'short', 99, 'x', '', "
            f"'', '', '', '', '[]', '', '', '', '', {audit})", (plan_id, topic.id)),
        "node update": ("UPDATE node SET title = 'x' WHERE id = ?", (topic.id,)),
        "node position": ("UPDATE node SET position = position + 1 WHERE id = ?", (topic.id,)),
        "node to another plan": ("UPDATE node SET plan_id = plan_id + 1000 WHERE id = ?",
                                 (topic.id,)),
        "node delete": ("DELETE FROM node WHERE id = ?", (topic.id,)),
        "indicator insert": (
            "INSERT INTO indicator (node_id, series_id, direction, data_source, has_levels, "
            f"changed_at, changed_by, row_version) VALUES (?, ?, 'rise', '', 0, {audit})",
            (topic.id, series_id)),
        "indicator update": ("UPDATE indicator SET direction = 'fall' WHERE node_id = ?",
                             (indicator.id,)),
        "indicator delete": ("DELETE FROM indicator WHERE node_id = ?", (indicator.id,)),
        "party insert": (
            "INSERT INTO plan_party (plan_id, position, organisation_code, organisation_name, "
            f"changed_at, changed_by, row_version) VALUES (?, 9, 'X', 'X', {audit})",
            (plan_id,)),
        "party update": ("UPDATE plan_party SET organisation_name = 'x' WHERE id = ?", (party,)),
        "party delete": ("DELETE FROM plan_party WHERE id = ?", (party,)),
        "signatory insert": (
            "INSERT INTO signatory (plan_id, position, name, title, organisation_code, "
            f"organisation_name, changed_at, changed_by, row_version) "
            f"VALUES (?, 9, 'X', 'X', 'X', 'X', {audit})", (plan_id,)),
        "signatory update": ("UPDATE signatory SET name = 'x' WHERE id = ?", (signatory,)),
        "signatory delete": ("DELETE FROM signatory WHERE id = ?", (signatory,)),
        "plan delete": ("DELETE FROM plan WHERE id = ?", (plan_id,)),
    }
    for column, value in (("uuid", "'other'"), ("title", "'x'"), ("subtitle", "'x'"),
                          ("year_from", "2001"), ("year_to", "2030"), ("kind", "'x'"),
                          ("preamble", "'x'"), ("basis", "'[]'"), ("coordinator", "'x'"),
                          ("reporting_deadline", "NULL")):
        statements[f"plan {column}"] = (f"UPDATE plan SET {column} = {value} WHERE id = ?",
                                        (plan_id,))
    return statements


@pytest.mark.parametrize("status", ["sent", "signed"])
def test_triggers_refuse_direct_sql(ws: Workspace, demo_plan: int, workspace_path: Path,
                                    status: str) -> None:
    statements = _raw_statements(ws, demo_plan)
    ws.set_plan_status(demo_plan, status)
    before = ws.exchange_document(demo_plan)
    if status == "signed":
        statements.update({
            "plan status": ("UPDATE plan SET status = 'draft' WHERE id = ?", (demo_plan,)),
            "plan fingerprint": ("UPDATE plan SET fingerprint = 'fp1:x' WHERE id = ?",
                                 (demo_plan,)),
            "plan signed_on": ("UPDATE plan SET signed_on = '2020-01-01' WHERE id = ?",
                               (demo_plan,)),
        })
    conn = sqlite3.connect(workspace_path)
    try:
        for name, (sql, params) in statements.items():
            with pytest.raises(sqlite3.IntegrityError, match="sealed"):
                conn.execute(sql, params)
                pytest.fail(f"{name} was not refused")
        conn.rollback()
        # Follow-up rows stay open to SQL as to the API.
        topic = first(ws, demo_plan, "topic")
        conn.execute("UPDATE evaluation SET text = 'SQL' WHERE node_id IN "
                     "(SELECT id FROM node WHERE plan_id = ?)", (demo_plan,))
        conn.execute("UPDATE measurement SET note = 'SQL'")
        conn.execute("UPDATE plan SET changed_by = 'sql' WHERE id = ?", (demo_plan,))
        conn.commit()
    finally:
        conn.close()
    after = ws.exchange_document(demo_plan)
    assert fingerprint(after) == fingerprint(before)
    assert after["plan"]["status"] == status
    if status == "sent":  # only sent may go back, and then content opens again
        ws.set_plan_status(demo_plan, "draft")
        ws.update_node(topic.id, title="Ändrad igen")


# ------------------------------------------------------------- signed PDF


def test_sign_with_pdf_stores_it_with_its_sha256(ws: Workspace, demo_plan: int, pdf: Path,
                                                 tmp_path: Path) -> None:
    assert ws.signed_pdf(demo_plan) is None
    ws.sign_plan(demo_plan, signed_on=SIGNED_ON, pdf=pdf)
    stored = ws.signed_pdf(demo_plan)
    data = pdf.read_bytes()
    assert stored == (pdf.name, hashlib.sha256(data).hexdigest(), data)
    out = tmp_path / "ut" / "kopia.pdf"
    out.parent.mkdir()
    assert ws.export_signed_pdf(demo_plan, out) == out
    assert out.read_bytes() == data
    assert [p.name for p in out.parent.iterdir()] == ["kopia.pdf"]  # no temporary left


def test_attach_after_signing_once_only(ws: Workspace, demo_plan: int, pdf: Path,
                                        tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Only a signed plan"):
        ws.attach_signed_pdf(demo_plan, pdf)
    ws.set_plan_status(demo_plan, "sent")
    with pytest.raises(UserError, match="Only a signed plan"):
        ws.attach_signed_pdf(demo_plan, pdf)
    ws.sign_plan(demo_plan, signed_on=SIGNED_ON)
    data = pdf.read_bytes()
    assert ws.attach_signed_pdf(demo_plan, pdf) == hashlib.sha256(data).hexdigest()
    other = tmp_path / "annan.pdf"
    other.write_bytes(data + b"% changed\n")
    for candidate in (other, pdf):
        with pytest.raises(SealedPlanError, match="cannot be replaced"):
            ws.attach_signed_pdf(demo_plan, candidate)
    assert ws.signed_pdf(demo_plan) == (pdf.name, hashlib.sha256(data).hexdigest(), data)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a docx", b" %PDF-1.4", b"%PD"])
def test_a_file_that_is_not_a_pdf_is_refused_and_nothing_signed(
        ws: Workspace, demo_plan: int, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "inte.pdf"
    bad.write_bytes(content)
    with pytest.raises(UserError, match="is not a PDF file"):
        ws.sign_plan(demo_plan, pdf=bad)
    assert plan_row(ws, demo_plan).status == "draft"  # all or nothing
    ws.sign_plan(demo_plan)
    with pytest.raises(UserError, match="is not a PDF file"):
        ws.attach_signed_pdf(demo_plan, bad)
    assert ws.signed_pdf(demo_plan) is None


def test_missing_pdf_and_plan_without_pdf(ws: Workspace, demo_plan: int, tmp_path: Path) -> None:
    ws.sign_plan(demo_plan)
    with pytest.raises(UserError, match="Cannot read"):
        ws.attach_signed_pdf(demo_plan, tmp_path / "saknas.pdf")
    with pytest.raises(UserError, match="is a folder"):
        ws.attach_signed_pdf(demo_plan, tmp_path)  # a folder
    with pytest.raises(UserError, match="has no signed PDF"):
        ws.export_signed_pdf(demo_plan, tmp_path / "ut.pdf")
    assert not (tmp_path / "ut.pdf").exists()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="POSIX permissions, not root")
def test_export_to_a_read_only_file_leaves_it_intact(ws: Workspace, demo_plan: int, pdf: Path,
                                                     tmp_path: Path) -> None:
    ws.sign_plan(demo_plan, pdf=pdf)
    target = tmp_path / "gammal.pdf"
    target.write_bytes(b"old")
    target.chmod(stat.S_IRUSR)
    with pytest.raises(UserError, match="read-only"):
        ws.export_signed_pdf(demo_plan, target)
    assert target.read_bytes() == b"old"


def test_a_failing_export_leaves_the_old_file(ws: Workspace, demo_plan: int, pdf: Path,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ws.sign_plan(demo_plan, pdf=pdf)
    target = tmp_path / "ut" / "signerad.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(UserError, match="could not be written"):
        ws.export_signed_pdf(demo_plan, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["signerad.pdf"]
    monkeypatch.undo()
    with pytest.raises(UserError, match="is a folder"):
        ws.export_signed_pdf(demo_plan, target.parent)
    with pytest.raises(UserError, match="does not exist"):
        ws.export_signed_pdf(demo_plan, tmp_path / "saknas" / "x.pdf")


def test_attachment_sql_seal_and_damage_check(ws: Workspace, demo_plan: int, pdf: Path,
                                              workspace_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    draft = ws.create_plan(title="Utkast", year_from=2026)
    ws.sign_plan(demo_plan, pdf=pdf)
    conn = sqlite3.connect(workspace_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="signed plans"):
            conn.execute(
                "INSERT INTO attachment (plan_id, kind, file_name, sha256, size, content, "
                "added_at, added_by, changed_at, changed_by, row_version) VALUES "
                "(?, 'signed_pdf', 'x.pdf', 'x', 1, x'25', '2025-01-01', 'x', '2025-01-01', "
                "'x', 1)", (draft,))
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            conn.execute("UPDATE attachment SET content = x'255044462d'")
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            conn.execute("DELETE FROM attachment")
        conn.rollback()
        # Past the triggers (as a damaged file might be), the SHA-256 still catches it.
        conn.execute("DROP TRIGGER seal_attachment_update")
        conn.execute("UPDATE attachment SET content = x'255044462d31'")
        conn.commit()
    finally:
        conn.close()
    with pytest.raises(DamagedWorkspaceError):
        ws.signed_pdf(demo_plan)
    assert main(["--workspace", str(workspace_path), "check"]) == 2
    assert "does not match its SHA-256" in capsys.readouterr().err


def test_check_passes_with_a_sound_signed_pdf(ws: Workspace, demo_plan: int, pdf: Path,
                                              workspace_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    ws.sign_plan(demo_plan, pdf=pdf)
    assert main(["--workspace", str(workspace_path), "check"]) == 0
    assert f"schema {HEAD_REVISION}" in capsys.readouterr().out


# ------------------------------------------------------------- new version


def test_new_version_is_an_editable_copy_with_the_same_identity(ws: Workspace,
                                                                demo_plan: int) -> None:
    ws.sign_plan(demo_plan, signed_on=SIGNED_ON)
    source = ws.exchange_document(demo_plan)
    heard: list[Change] = []
    ws.subscribe(heard.append)
    copy_id = ws.new_version(demo_plan)
    assert heard == [Change("plans", copy_id)]
    copy = ws.exchange_document(copy_id)
    plan, old = copy["plan"], source["plan"]
    assert plan["uuid"] != old["uuid"]
    assert (plan["status"], plan["fingerprint"], plan["signed_on"]) == ("draft", None, None)
    assert plan["origin_plan_uuid"] == old["uuid"]
    assert plan_row(ws, copy_id).origin_plan_id == demo_plan
    assert (plan["year_from"], plan["year_to"]) == (old["year_to"] + 1, old["year_to"] + 1)
    assert plan["reporting_deadline"] == "2027-03-01" and old["reporting_deadline"] == "2026-03-01"
    # The title names the new year (the year roll); every other text is copied as it is.
    assert plan["title"] == old["title"].replace("2025", "2026") != old["title"]
    for name in ("subtitle", "kind", "preamble", "basis", "coordinator", "parties",
                 "signatories"):
        assert plan[name] == old[name], name
    # Same nodes, same UUIDs, same order; evaluations stay with last year.
    assert [n["uuid"] for n in nodes_of(copy)] == [n["uuid"] for n in nodes_of(source)]
    assert any("evaluations" in n for n in nodes_of(source))
    assert not any("evaluations" in n for n in nodes_of(copy))
    with ws.reading() as session:
        copied_ids = [n.id for n in session.query(Node).filter_by(plan_id=copy_id)]
        assert session.query(Evaluation).filter(Evaluation.node_id.in_(copied_ids)).count() == 0
    # Same content: the fingerprint differs only by the years that moved.
    moved_back = json.loads(json.dumps(copy))
    for name in ("year_from", "year_to", "reporting_deadline", "title"):
        moved_back["plan"][name] = old[name]
    assert fingerprint(moved_back) == plan_row(ws, demo_plan).fingerprint
    assert fingerprint(copy) != plan_row(ws, demo_plan).fingerprint
    # Shared series: the same series UUIDs, and a value measured once shows in both plans.
    assert [s["uuid"] for s in copy["series"]] == [s["uuid"] for s in source["series"]]
    ws.set_measurement(series_of(ws, copy_id), "2026", "77")
    for plan_id in (demo_plan, copy_id):
        values = [m["value"] for s in ws.exchange_document(plan_id)["series"]
                  for m in s["measurements"] if m["period"] == "2026"]
        assert values == ["77"]
    assert series_of(ws, copy_id) == series_of(ws, demo_plan)
    # The copy is open for editing; the source stays as signed.
    topic = first(ws, copy_id, "topic")
    ws.update_node(topic.id, title="Nästa års rubrik")
    ws.add_node(copy_id, topic.id, "goal", "Nytt mål")
    assert ws.exchange_document(demo_plan)["plan"]["children"] == old["children"]
    assert plan_row(ws, demo_plan).status == "signed"
    with ws.reading() as session:
        log = session.query(OperationLog).order_by(OperationLog.id.desc()).offset(3).first()
        assert log.operation == "new_version" and log.plan_uuid == plan["uuid"]
        assert log.node_uuids == [n["uuid"] for n in nodes_of(copy)]


def test_new_version_of_the_same_year_has_the_same_fingerprint(ws: Workspace,
                                                               demo_plan: int) -> None:
    source_fp = fingerprint(ws.exchange_document(demo_plan))
    copy_id = ws.new_version(demo_plan, year=plan_row(ws, demo_plan).year_from)
    assert fingerprint(ws.exchange_document(copy_id)) == source_fp
    again = ws.new_version(copy_id, year=2031)  # a copy of a copy keeps the UUIDs too
    assert ([n["uuid"] for n in nodes_of(ws.exchange_document(again))]
            == [n["uuid"] for n in nodes_of(ws.exchange_document(demo_plan))])
    assert plan_row(ws, again).origin_plan_id == copy_id


def test_new_version_of_a_multi_year_plan_keeps_its_length(ws: Workspace) -> None:
    plan_id = ws.create_plan(title="Långsiktig", year_from=2024, year_to=2026,
                             reporting_deadline="2024-02-29")
    copy_id = ws.new_version(plan_id)
    copy = plan_row(ws, copy_id)
    assert (copy.year_from, copy.year_to) == (2027, 2029)
    assert copy.reporting_deadline == dt.date(2027, 2, 28)
    later = plan_row(ws, ws.new_version(plan_id, year=2030))
    assert (later.year_from, later.year_to) == (2030, 2032)
    before = len(ws.plans())
    for year in (2199, 1800):
        with pytest.raises(UserError, match="not between"):
            ws.new_version(plan_id, year=year)
    assert len(ws.plans()) == before


# ------------------------------------------------------------------ CLI


def test_cli_sign_prints_the_grouped_fingerprint(ws: Workspace, demo_plan: int,
                                                 workspace_path: Path, pdf: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    computed = fingerprint(ws.exchange_document(demo_plan))
    ws.close()  # the CLI is another writer
    code, out, err = run(capsys, workspace_path, "sign", str(demo_plan), "--date",
                         "2025-05-26", "--pdf", str(pdf))
    assert (code, err) == (0, "")
    assert out[-1] == grouped(computed) and len(out[-1].split()) == 16
    with Workspace.open(workspace_path, readonly=True) as reader:
        plan = reader.plan(demo_plan)
        assert (plan.status, plan.fingerprint, plan.signed_on) == ("signed", computed, SIGNED_ON)
        assert reader.signed_pdf(demo_plan) is not None
    code, out, err = run(capsys, workspace_path, "sign", str(demo_plan))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("args", [["--date", "26/5 2025"], ["--pdf", "saknas.pdf"],
                                  ["--date", "2999-01-01"]])
def test_cli_sign_mistakes_change_nothing(ws: Workspace, demo_plan: int, workspace_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: list[str]) -> None:
    ws.close()
    code, out, err = run(capsys, workspace_path, "sign", str(demo_plan), *args)
    assert code == 2 and out == [] and err.count("\n") == 1 and err.startswith("insatsplan: ")
    with Workspace.open(workspace_path, readonly=True) as reader:
        assert reader.plan(demo_plan).status == "draft"


def test_cli_new_version_and_signed_pdf(ws: Workspace, demo_plan: int, workspace_path: Path,
                                        pdf: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    ws.sign_plan(demo_plan, pdf=pdf)
    ws.close()
    code, out, _ = run(capsys, workspace_path, "new-version", str(demo_plan), "--year", "2027")
    assert code == 0 and out[-1].isdigit()
    copy_id = int(out[-1])
    with Workspace.open(workspace_path, readonly=True) as reader:
        copy = reader.plan(copy_id)
        assert (copy.status, copy.year_from, copy.origin_plan_id) == ("draft", 2027, demo_plan)
    code, out, _ = run(capsys, workspace_path, "new-version", str(demo_plan))
    assert code == 0 and int(out[-1]) == copy_id + 1
    target = tmp_path / "hämtad.pdf"
    code, out, _ = run(capsys, workspace_path, "signed-pdf", str(demo_plan), "--out",
                       str(target))
    assert code == 0 and target.read_bytes() == pdf.read_bytes()
    for args in (["signed-pdf", str(copy_id), "--out", str(tmp_path / "x.pdf")],
                 ["new-version", str(demo_plan), "--year", "nästa"],
                 ["new-version", "999"],
                 ["signed-pdf", str(demo_plan)]):
        code, out, err = run(capsys, workspace_path, *args)
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, args
    assert not (tmp_path / "x.pdf").exists()


def test_plans_json_fingerprint_fixed_for_signed_computed_otherwise(
        ws: Workspace, demo_plan: int, workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    draft = ws.new_version(demo_plan)
    fixed = ws.sign_plan(demo_plan)
    conn = sqlite3.connect(workspace_path)
    try:  # a draft with a leftover value (as an imported file may carry) must not show it
        conn.execute("UPDATE plan SET fingerprint = 'fp1:stale' WHERE id = ?", (draft,))
        conn.commit()
    finally:
        conn.close()
    ws.update_node(first(ws, draft, "topic").id, title="Ändrad")
    expected_draft = fingerprint(ws.exchange_document(draft))
    ws.close()
    code, out, _ = run(capsys, workspace_path, "plans", "--json")
    rows = {row["id"]: row for row in json.loads("\n".join(out))}
    assert code == 0
    assert rows[demo_plan]["fingerprint"] == fixed
    assert rows[draft]["fingerprint"] == expected_draft != fixed
