"""Comparison series: stored per indicator, outside the seal, copied with a new version.

A coordinator draws "Skåne" and "Riket" beside an indicator's own line; the choice is
kept in the workspace file (table ``comparison``, revision 0006), read back here through
a second connection, the CLI or a reopened workspace.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from follow_up_plan import FollowUpPlan, build_follow_up_plan
from insatsplan.cli import main
from insatsplan.errors import UserError
from insatsplan.model import Plan
from insatsplan.workspace import Change, Workspace
from insatsplan.workspace.reads import MeasurementRow
from insatsplan.workspace.verify import content_fingerprint


def stored_comparisons(path: Path, node_uuid: str) -> list[str]:
    """The names of the series compared with the indicator *node_uuid*, in order, as
    another program sees the file (every plan holding that node UUID: the first)."""
    conn = sqlite3.connect(path)
    try:
        node_id = conn.execute("SELECT min(id) FROM node WHERE uuid = ?",
                               (node_uuid,)).fetchone()[0]
        return [name for (name,) in conn.execute(
            "SELECT s.name FROM comparison c JOIN series s ON s.id = c.series_id "
            "WHERE c.node_id = ? ORDER BY c.position", (node_id,))]
    finally:
        conn.close()


def comparison_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM comparison").fetchone()[0])
    finally:
        conn.close()


def series_named(path: Path, name: str) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute("SELECT uuid, unit FROM series WHERE name = ?", (name,)))
    finally:
        conn.close()


def county_and_country(ws: Workspace) -> tuple[int, int]:
    """Two series in the unit of "Andel som mår bra" (%), with values."""
    county = ws.create_series("Skåne län", " % ", measurements=[
        MeasurementRow("2023", Decimal("64")), MeasurementRow("2024", Decimal("66"))])
    country = ws.create_series("Riket", "%", measurements=[
        MeasurementRow("2024", Decimal("70"))])
    return county, country


@pytest.fixture
def plan(ws: Workspace) -> FollowUpPlan:
    return build_follow_up_plan(ws)


def test_chosen_comparisons_are_stored_in_order_and_replaceable(
        ws: Workspace, plan: FollowUpPlan, workspace_path: Path) -> None:
    county, country = county_and_country(ws)
    changes: list[Change] = []
    ws.subscribe(changes.append)
    assert ws.set_comparisons(plan.feeling_well, [country, county]) == []
    uuid = ws.node_place(plan.feeling_well).uuid
    assert stored_comparisons(workspace_path, uuid) == ["Riket", "Skåne län"]
    assert [s.name for s in ws.comparisons(plan.feeling_well)] == ["Riket", "Skåne län"]
    assert [m.value for m in ws.comparisons(plan.feeling_well)[1].measurements] == [
        Decimal("64"), Decimal("66")]
    assert changes[-1] == Change("follow_up", node_ids=(plan.feeling_well,),
                                 series_ids=tuple(sorted((county, country))),
                                 plan_ids=(plan.plan_id,))
    assert ws.set_comparisons(plan.feeling_well, [county]) == [country, county]
    assert stored_comparisons(workspace_path, uuid) == ["Skåne län"]


def test_series_in_a_unit_ignore_case_and_spaces_and_leave_one_out(
        ws: Workspace, plan: FollowUpPlan) -> None:
    county, country = county_and_country(ws)
    own = ws.indicator(plan.feeling_well).series.id
    found = ws.series_in_unit("%", excluding=own)
    assert [s.id for s in found] == [country, county]  # by name: Riket, Skåne län
    assert found[0].measurements[0].value == Decimal("70")
    assert own in [s.id for s in ws.series_in_unit(" % ")]
    assert [s.id for s in ws.series_in_unit("DAGAR")] == [ws.indicator(plan.waiting).series.id]


def test_a_comparison_in_another_unit_or_the_own_series_is_refused(
        ws: Workspace, plan: FollowUpPlan, workspace_path: Path) -> None:
    days = ws.create_series("Väntetid i länet", "dagar")
    with pytest.raises(UserError, match="another unit"):
        ws.set_comparisons(plan.feeling_well, [days])
    with pytest.raises(UserError, match="own series"):
        ws.set_comparisons(plan.feeling_well, [ws.indicator(plan.feeling_well).series.id])
    with pytest.raises(UserError, match="not an indicator"):
        ws.set_comparisons(plan.topics[0], [days])
    assert comparison_count(workspace_path) == 0


def test_a_new_series_with_values_and_comparison_is_one_operation_or_nothing(
        ws: Workspace, plan: FollowUpPlan, workspace_path: Path) -> None:
    with pytest.raises(UserError, match="another unit"):
        ws.create_series("Riket", "dagar", measurements=[MeasurementRow("2024", Decimal("9"))],
                         compare_with=plan.feeling_well)
    assert series_named(workspace_path, "Riket") == []
    with pytest.raises(UserError, match="needs a name"):
        ws.create_series("  ", "%")
    created = ws.create_series("Riket", "%", measurements=[
        MeasurementRow("2024", Decimal("70"), source="Folkhälsomyndigheten")],
        compare_with=plan.feeling_well)
    assert ws.series(created).measurements[0].source == "Folkhälsomyndigheten"
    assert stored_comparisons(workspace_path,
                              ws.node_place(plan.feeling_well).uuid) == ["Riket"]
    uuid = ws.series(created).uuid
    ws.delete_series(created)  # the undo of creating it
    assert series_named(workspace_path, "Riket") == []
    assert comparison_count(workspace_path) == 0
    again = ws.create_series("Riket", "%", uuid=uuid, compare_with=plan.feeling_well)
    assert ws.series(again).uuid == uuid
    with pytest.raises(UserError, match="measured by an indicator"):
        ws.delete_series(ws.indicator(plan.waiting).series.id)


def _sign(ws: Workspace, plan_id: int) -> str:
    ws.set_signatories(plan_id, [{"name": "A", "title": "B", "organisation_code": "SOF"}])
    return ws.sign_plan(plan_id)


def test_comparisons_stay_open_on_a_signed_plan_outside_its_fingerprint(
        ws: Workspace, plan: FollowUpPlan, workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    county, country = county_and_country(ws)
    signed = _sign(ws, plan.plan_id)
    ws.set_comparisons(plan.feeling_well, [county, country])
    ws.set_comparisons(plan.waiting, [])
    with ws.reading() as session:
        stored = session.get(Plan, plan.plan_id)
        assert stored is not None
        assert content_fingerprint(session, stored) == signed
    ws.close()
    assert stored_comparisons(workspace_path, Workspace.open(workspace_path).node_place(
        plan.feeling_well).uuid) == ["Skåne län", "Riket"]
    assert main(["--workspace", str(workspace_path), "check"]) == 0, capsys.readouterr()


def test_a_new_version_keeps_the_comparisons(ws: Workspace, plan: FollowUpPlan,
                                             workspace_path: Path) -> None:
    county, country = county_and_country(ws)
    ws.set_comparisons(plan.feeling_well, [country, county])
    copy = ws.new_version(plan.plan_id)
    uuid = ws.node_place(plan.feeling_well).uuid
    copied = ws.node_id(copy, uuid)
    assert copied != plan.feeling_well
    assert [s.id for s in ws.comparisons(copied)] == [country, county]
    ws.set_comparisons(copied, [county])  # the copy's own: the source keeps its two
    assert [s.id for s in ws.comparisons(plan.feeling_well)] == [country, county]
    assert comparison_count(workspace_path) == 3


def test_deleting_the_indicator_or_the_plan_takes_its_comparisons(
        ws: Workspace, plan: FollowUpPlan, workspace_path: Path) -> None:
    county, country = county_and_country(ws)
    ws.set_comparisons(plan.feeling_well, [county])
    ws.delete_node(plan.feeling_well)
    assert comparison_count(workspace_path) == 0
    other = ws.create_plan(title="Annan", year_from=2026)
    topic = ws.add_node(other, ws.add_node(other, None, "focus_area", "F"), "topic", "T")
    node = ws.add_node(other, topic, "indicator", "Andel", horizon="short")
    ws.update_indicator(node, unit="%")
    ws.set_comparisons(node, [country, county])
    assert comparison_count(workspace_path) == 2
    ws.delete_plan(other)
    assert comparison_count(workspace_path) == 0
    assert len(series_named(workspace_path, "Riket")) == 1  # the series stays


def test_a_0005_file_upgrades_with_its_rows_and_takes_comparisons(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from insatsplan.workspace.schema import HEAD_REVISION
    from test_migrations import as_revision_0001, counts, filled, sqlite_schema

    path = tmp_path / "old.insatsplan"
    filled(path)
    before = counts(path)
    as_revision_0001(path, "0005")
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
    finally:
        conn.close()
    assert "comparison" not in sqlite_schema(path)
    with Workspace.open(path) as ws:  # upgrades, after a backup
        signed = next(p for p in ws.plans() if p.status == "signed")
        indicator = ws.indicators(signed.id)[0]
        riket = ws.create_series("Riket", indicator.unit,
                                 measurements=[MeasurementRow("2024", Decimal("4"))])
        ws.set_comparisons(indicator.node_id, [riket])
    assert counts(path) == {**before, "measurement": before["measurement"] + 1}  # Riket's
    assert comparison_count(path) == 1
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert main(["--workspace", str(path), "check"]) == 0, capsys.readouterr()


def test_undoing_a_deletion_brings_the_comparisons_back(
        ws: Workspace, plan: FollowUpPlan, workspace_path: Path) -> None:
    """The editor's undo of a deletion inserts the deletion's snapshot again."""
    county, country = county_and_country(ws)
    ws.set_comparisons(plan.feeling_well, [country, county])
    uuid = ws.node_place(plan.feeling_well).uuid
    topic = ws.node_place(plan.topics[0])
    snapshot = ws.delete_node(plan.topics[0])["node"]  # the topic, with the indicator
    assert comparison_count(workspace_path) == 0
    ws.insert_nodes(plan.plan_id, plan.focus_areas[0], topic.position, [snapshot])
    assert stored_comparisons(workspace_path, uuid) == ["Riket", "Skåne län"]
    ws.delete_series(country)  # a series gone since is left out
    snapshot = ws.delete_node(ws.node_id(plan.plan_id, uuid))["node"]
    ws.insert_nodes(plan.plan_id, ws.node_id(plan.plan_id, topic.uuid), None, [snapshot])
    assert stored_comparisons(workspace_path, uuid) == ["Skåne län"]


def test_cut_and_paste_and_duplicate_keep_the_comparisons(
        ws: Workspace, plan: FollowUpPlan, workspace_path: Path) -> None:
    """Cut and paste is how an indicator moves to another topic: its chart keeps its
    comparison lines (found by the second review). A duplicate compares alike."""
    county, country = county_and_country(ws)
    ws.set_comparisons(plan.feeling_well, [country, county])
    uuid = ws.node_place(plan.feeling_well).uuid
    clipboard = ws.copy_nodes([plan.feeling_well])  # cut = copy, then delete
    place = ws.node_place(plan.feeling_well)
    parent = ws.node_id(plan.plan_id, place.parent_uuid or "")
    ws.delete_node(plan.feeling_well)
    [moved] = ws.insert_nodes(plan.plan_id, parent, None, clipboard)
    assert ws.node_place(moved).uuid == uuid
    assert stored_comparisons(workspace_path, uuid) == ["Riket", "Skåne län"]
    copy = ws.duplicate_node(moved)
    assert stored_comparisons(workspace_path, ws.node_place(copy).uuid) == [
        "Riket", "Skåne län"]


def test_after_a_unit_change_a_chosen_comparison_is_not_drawn_but_can_be_taken_off(
        ws: Workspace, plan: FollowUpPlan) -> None:
    """Found by the second review: the old unit's line was drawn on the new axis and the
    menu no longer listed it, so it could not be removed."""
    from insatsplan.charts.comparisons import comparison_candidates
    from insatsplan.charts.description import describe_indicator

    county, country = county_and_country(ws)
    ws.set_comparisons(plan.feeling_well, [country])
    ws.update_indicator(plan.feeling_well, unit="antal")
    indicator = ws.indicator(plan.feeling_well)
    drawn = describe_indicator(indicator, ws.comparisons(plan.feeling_well))
    assert [line.role for line in drawn.series] == ["indicator"]
    assert country in [series.id for series in comparison_candidates(ws, indicator)]
    assert county not in [series.id for series in comparison_candidates(ws, indicator)]
