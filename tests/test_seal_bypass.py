"""The seal holds against the ways around it that SQLite offers and that shared data opens.

A review found that ``INSERT OR REPLACE`` removed a signed plan's rows without firing
their DELETE triggers (SQLite's REPLACE does not, unless recursive triggers are on),
that a series a signed plan measures could be renamed (its name and unit are in the
fingerprint), that an indicator could be moved out of a signed plan, and that a signed
plan's origin could change. Each case here was reproduced before the fix.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from insatsplan import demo
from insatsplan.errors import SealedPlanError
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.model import Indicator, Node
from insatsplan.workspace import Workspace


@pytest.fixture
def signed_and_draft(ws: Workspace, make_pdf: Callable[..., Path]) -> tuple[int, int]:
    """A signed plan with its PDF (tmp_path/signerad.pdf, printing its Dokument-ID), and
    next year's draft sharing its series."""
    signed = demo.add_demo_plan(ws)
    value = fingerprint(ws.exchange_document(signed))
    pdf = make_pdf("signerad.pdf", [f"Dokument-ID\n{grouped(value)}"])
    ws.sign_plan(signed, pdf=pdf)
    draft = ws.new_version(signed)
    return signed, draft


def sql(path: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def one(path: Path, query: str, *params: object) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchone()[0]
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")]
    finally:
        conn.close()


def replace_row(path: Path, table: str, where: str, changes: dict[str, object]) -> str:
    """An INSERT OR REPLACE that rewrites one existing row with *changes*."""
    names = columns(path, table)
    values = ", ".join(f"? AS {n}" if n in changes else n for n in names)
    return (f"INSERT OR REPLACE INTO {table} ({', '.join(names)}) "
            f"SELECT {values} FROM {table} WHERE {where}"), tuple(changes.values())  # type: ignore[return-value]


@pytest.mark.parametrize("table, where, changes", [
    ("plan", "id = {signed}", {"title": "TAMPERED", "status": "draft", "fingerprint": None}),
    ("signatory", "plan_id = {signed} LIMIT 1", {"plan_id": "{draft}"}),
    ("plan_party", "plan_id = {signed} LIMIT 1", {"plan_id": "{draft}"}),
    ("node", "plan_id = {signed} LIMIT 1", {"plan_id": "{draft}", "uuid": "x"}),
    ("attachment", "plan_id = {signed}", {"file_name": "forged.pdf"}),
    ("indicator", "node_id IN (SELECT id FROM node WHERE plan_id = {signed}) LIMIT 1",
     {"data_source": "tampered"}),
    ("series", "id IN (SELECT series_id FROM indicator) LIMIT 1", {"unit": "tampered"}),
])
def test_insert_or_replace_cannot_rewrite_a_signed_plan(
        ws: Workspace, workspace_path: Path, signed_and_draft: tuple[int, int], table: str,
        where: str, changes: dict[str, object], tmp_path: Path) -> None:
    signed, draft = signed_and_draft
    before = fingerprint(ws.exchange_document(signed))
    values = {k: (v.format(signed=signed, draft=draft) if isinstance(v, str) and "{" in v
                  else v) for k, v in changes.items()}
    statement, params = replace_row(workspace_path, table,
                                    where.format(signed=signed, draft=draft), values)
    with pytest.raises(sqlite3.IntegrityError, match="sealed"):
        sql(workspace_path, statement, *params)
    after = ws.plan(signed)
    assert after.status == "signed" and fingerprint(ws.exchange_document(signed)) == before
    stored = ws.signed_pdf(signed)
    assert stored is not None and stored[2] == (tmp_path / "signerad.pdf").read_bytes()


def test_update_or_replace_onto_a_signed_row_is_refused(
        ws: Workspace, workspace_path: Path, signed_and_draft: tuple[int, int]) -> None:
    signed, draft = signed_and_draft
    target = one(workspace_path, "SELECT id FROM node WHERE plan_id = ? LIMIT 1", signed)
    mine = one(workspace_path, "SELECT id FROM node WHERE plan_id = ? LIMIT 1", draft)
    with pytest.raises(sqlite3.IntegrityError, match="sealed"):
        sql(workspace_path, "UPDATE OR REPLACE node SET id = ? WHERE id = ?", target, mine)
    with pytest.raises(sqlite3.IntegrityError, match="sealed"):
        sql(workspace_path, "UPDATE OR REPLACE plan SET uuid = (SELECT uuid FROM plan "
            "WHERE id = ?) WHERE id = ?", signed, draft)
    assert ws.plan(signed).status == "signed"


def test_a_draft_may_still_be_rewritten_with_replace(
        ws: Workspace, workspace_path: Path, signed_and_draft: tuple[int, int]) -> None:
    _signed, draft = signed_and_draft
    statement, params = replace_row(workspace_path, "signatory",
                                    f"plan_id = {draft} LIMIT 1", {"name": "Ny namn"})
    sql(workspace_path, statement, *params)
    signatories = ws.exchange_document(draft)["plan"]["signatories"]
    assert "Ny namn" in [s["name"] for s in signatories]


def test_a_shared_series_keeps_its_unit_while_a_signed_plan_measures_it(
        ws: Workspace, workspace_path: Path, signed_and_draft: tuple[int, int]) -> None:
    signed, draft = signed_and_draft
    before = fingerprint(ws.exchange_document(signed))
    with ws.reading() as session:
        node = session.query(Node).filter_by(plan_id=draft, kind="indicator").first()
        series_id = session.get(Indicator, node.id).series_id
    with pytest.raises(SealedPlanError, match="unit"):
        ws.update_indicator(node.id, unit="procent (ny)")
    ws.update_indicator(node.id, direction="fall")  # the draft's own definition is open
    for statement in ("UPDATE series SET unit = 'x' WHERE id = ?",
                      "UPDATE series SET name = 'x' WHERE id = ?",
                      "DELETE FROM series WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            sql(workspace_path, statement, series_id)
    ws.set_measurement(series_id, "2026", "12.5")  # follow-up stays open
    assert fingerprint(ws.exchange_document(signed)) == before


def test_an_indicator_cannot_be_moved_out_of_a_signed_plan(
        ws: Workspace, workspace_path: Path, signed_and_draft: tuple[int, int]) -> None:
    signed, draft = signed_and_draft
    mine = one(workspace_path, "SELECT node_id FROM indicator JOIN node ON node.id = node_id "
               "WHERE plan_id = ? LIMIT 1", signed)
    spare = one(workspace_path, "SELECT id FROM node WHERE plan_id = ? AND kind = 'goal' "
                "LIMIT 1", draft)
    with pytest.raises(sqlite3.IntegrityError, match="sealed"):
        sql(workspace_path, "UPDATE indicator SET node_id = ? WHERE node_id = ?", spare, mine)


def test_a_signed_plans_origin_stays(ws: Workspace, workspace_path: Path,
                                     signed_and_draft: tuple[int, int]) -> None:
    signed, draft = signed_and_draft
    ws.sign_plan(draft)  # now draft's origin is signed, and the copy is signed too
    third = ws.new_version(draft)
    with pytest.raises(sqlite3.IntegrityError, match="sealed"):
        sql(workspace_path, "UPDATE plan SET origin_plan_id = ? WHERE id = ?", third, draft)
    assert ws.plan(draft).origin_plan_id == signed
    # a draft that a signed plan names as its origin is not deleted from under it
    origin = demo.add_demo_plan(ws)
    sql(workspace_path, "UPDATE plan SET origin_plan_id = ? WHERE id = ?", origin, third)
    ws.sign_plan(third)
    with pytest.raises(SealedPlanError, match="origin"):
        ws.delete_plan(origin)
    assert ws.plan(third).origin_plan_id == origin


def test_check_reports_a_missing_seal_trigger(ws: Workspace, workspace_path: Path,
                                              signed_and_draft: tuple[int, int],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from insatsplan.cli import main

    assert main(["--workspace", str(workspace_path), "check"]) == 0
    sql(workspace_path, "DROP TRIGGER seal_signatory_replace_insert")
    assert main(["--workspace", str(workspace_path), "check"]) == 2
    assert "seal_signatory_replace_insert" in capsys.readouterr().err


def _small_plan(ws: Workspace, title: str) -> int:
    plan: int = ws.create_plan(title=title, year_from=2025)
    ws.set_parties(plan, ["AMF"])
    ws.set_signatories(plan, [{"name": "Ada", "title": "Direktör", "organisation_code": "AMF"}])
    topic = ws.add_node(plan, ws.add_node(plan, None, "focus_area", "Fokus"), "topic", "Ämne")
    ws.add_node(plan, topic, "goal", "Mål", horizon="short")
    ws.add_node(plan, topic, "indicator", "Antal", horizon="long")
    return plan


@pytest.mark.parametrize("status", ["sent", "signed"])
@pytest.mark.parametrize("statement", [
    "UPDATE plan SET id = 9999 WHERE id = {plan}",
    "UPDATE plan SET uuid = 'annan' WHERE id = {plan}",
    "UPDATE plan SET source_plan_uuid = 'annan' WHERE id = {plan}",
    "UPDATE plan SET source_fingerprint = 'fp1:annan' WHERE id = {plan}",
    "UPDATE plan SET fingerprint = 'fp1:annan' WHERE id = {plan}",
    "UPDATE node SET id = 9999 WHERE plan_id = {plan} AND kind = 'goal'",
    "UPDATE node SET uuid = 'annan' WHERE plan_id = {plan} AND kind = 'goal'",
    "UPDATE node SET plan_id = {draft} WHERE plan_id = {plan} AND kind = 'goal'",
    "UPDATE indicator SET node_id = 9999 WHERE node_id IN "
    "(SELECT id FROM node WHERE plan_id = {plan})",
    "UPDATE indicator SET series_id = 9999 WHERE node_id IN "
    "(SELECT id FROM node WHERE plan_id = {plan})",
    "UPDATE signatory SET id = 9999 WHERE plan_id = {plan}",
    "UPDATE signatory SET plan_id = {draft} WHERE plan_id = {plan}",
    "UPDATE plan_party SET id = 9999 WHERE plan_id = {plan}",
    "UPDATE series SET id = 9999 WHERE id IN (SELECT series_id FROM indicator "
    "JOIN node ON node.id = indicator.node_id WHERE node.plan_id = {plan})",
    "UPDATE series SET uuid = 'annan' WHERE id IN (SELECT series_id FROM indicator "
    "JOIN node ON node.id = indicator.node_id WHERE node.plan_id = {plan})",
])
def test_a_sealed_plans_ids_and_keys_cannot_change(ws: Workspace, workspace_path: Path,
                                                   status: str, statement: str) -> None:
    """Even with foreign keys off (so no constraint refuses first) the triggers hold."""
    plan, draft = _small_plan(ws, "Förseglad"), _small_plan(ws, "Utkast")
    ws.set_plan_status(plan, status)
    before = fingerprint(ws.exchange_document(plan))
    conn = sqlite3.connect(workspace_path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            conn.execute(statement.format(plan=plan, draft=draft))
    finally:
        conn.close()
    assert ws.plan(plan).status == status
    assert fingerprint(ws.exchange_document(plan)) == before == ws.plan(plan).fingerprint
