"""The follow-up read side and measurement writes, read back through a second connection.

Charts, the Uppföljning view, the CLI and the report read series, indicators and their
status through these calls; the editor's table writes through ``write_measurements`` and
undoes with what it returns.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from insatsplan.errors import UserError
from insatsplan.workspace import Change, Workspace
from insatsplan.workspace.reads import MeasurementChange, MeasurementRow


def stored_values(path: Path, series_uuid: str) -> list[tuple[str, str, str, str]]:
    """(period, value, note, source) of a series as another program sees the file."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT m.period, m.value, m.note, m.source FROM measurement m "
            "JOIN series s ON s.id = m.series_id WHERE s.uuid = ? "
            "ORDER BY m.period_start, m.period_end", (series_uuid,)))
    finally:
        conn.close()


@pytest.fixture
def demo(demo_workspace_path: Path) -> Workspace:
    workspace = Workspace.open(demo_workspace_path)
    yield workspace  # type: ignore[misc]
    workspace.close()


def test_indicators_come_in_print_order_with_their_place_and_series(demo: Workspace) -> None:
    indicators = demo.indicators(1)
    assert len(indicators) >= 25
    measured = [i for i in indicators if i.series.measurements]
    assert len(measured) >= 20
    first = measured[0]
    assert first.topic_title and first.focus_area_title
    periods = [m.parsed for m in first.series.measurements]
    assert periods == sorted(periods)
    # the same indicator read alone is the same value
    assert demo.indicator(first.node_id) == first


def test_statuses_judge_the_latest_value(demo: Workspace) -> None:
    statuses = demo.indicator_statuses(1)
    assert {s.status for s in statuses} <= {"green", "yellow", "red", "none"}
    judged = [s for s in statuses if s.status != "none"]
    assert judged, "the demo has measured indicators with levels"
    full = {i.node_id: i.series for i in demo.indicators(1)}
    for item in statuses:
        whole = full[item.indicator.node_id].measurements
        assert not item.indicator.series.complete  # only the last two values were read
        assert item.indicator.series.measurements == whole[-2:]
        assert item.latest == (whole[-1] if whole else None)
        assert item.previous == (whole[-2] if len(whole) > 1 else None)


def test_write_returns_its_undo_and_the_file_holds_each_state(
        demo: Workspace, demo_workspace_path: Path) -> None:
    indicator = demo.indicators(1)[0]
    series = indicator.series
    before = stored_values(demo_workspace_path, series.uuid)
    changes: list[Change] = []
    demo.subscribe(changes.append)

    undo = demo.write_measurements([
        MeasurementChange(series.id, "2030-VT", MeasurementRow("VT 2030", Decimal("12.5"),
                                                                "  ny  ", "Egen räkning")),
        MeasurementChange(series.id, "2031", MeasurementRow("2031", Decimal("1234"))),
    ])
    after = stored_values(demo_workspace_path, series.uuid)
    assert ("2030-VT", "12.5", "ny", "Egen räkning") in after
    assert ("2031", "1234", "", "") in after
    assert changes and changes[-1].kind == "follow_up"
    assert changes[-1].series_ids == (series.id,)
    assert 1 in changes[-1].plan_ids

    demo.write_measurements(undo)
    assert stored_values(demo_workspace_path, series.uuid) == before


def test_replace_and_delete_undo_to_the_old_value(demo: Workspace,
                                                  demo_workspace_path: Path) -> None:
    series = next(i.series for i in demo.indicators(1) if i.series.measurements)
    old = series.measurements[-1]
    undo_replace = demo.set_measurement(series.id, old.period, "7,25", note="rättad")
    assert demo.series(series.id).measurements[-1].value == Decimal("7.25")
    undo_delete = demo.delete_measurement(series.id, old.period)
    assert old.period not in [m.period for m in demo.series(series.uuid).measurements]
    demo.write_measurements(undo_delete)
    demo.write_measurements(undo_replace)
    assert demo.series(series.id).measurements[-1] == old
    assert (old.period, str(old.value), old.note, old.source) in stored_values(
        demo_workspace_path, series.uuid)


def test_a_bad_change_writes_nothing(demo: Workspace, demo_workspace_path: Path) -> None:
    series = demo.indicators(1)[0].series
    before = stored_values(demo_workspace_path, series.uuid)
    with pytest.raises(UserError, match="twice"):
        demo.write_measurements([
            MeasurementChange(series.id, "2030", MeasurementRow("2030", Decimal(1))),
            MeasurementChange(series.id, "2030", MeasurementRow("2030", Decimal(2))),
        ])
    with pytest.raises(UserError):
        demo.write_measurements([
            MeasurementChange(series.id, "2030", MeasurementRow("2030", Decimal(1))),
            MeasurementChange(series.id + 10_000, "2030", MeasurementRow("2030", Decimal(2))),
        ])
    assert stored_values(demo_workspace_path, series.uuid) == before


def test_measurements_stay_open_on_a_signed_plan_and_next_year_shares_the_series(
        demo: Workspace, demo_workspace_path: Path) -> None:
    demo.sign_plan(1, signed_on="2025-02-01")
    indicator = demo.indicators(1)[0]
    copy_id = demo.new_version(1)
    demo.set_measurement(indicator.series.id, "2032", "5")
    uses = demo.series_uses(indicator.series.id)
    assert [use.plan_id for use in uses] == [1, copy_id]
    assert demo.indicators(copy_id)[0].series.latest == MeasurementRow("2032", Decimal(5))
    assert ("2032", "5", "", "") in stored_values(demo_workspace_path, indicator.series.uuid)


def test_indicators_and_series_are_found_by_uuid_or_exact_name(demo: Workspace) -> None:
    indicator = demo.indicators(1)[0]
    assert demo.find_indicator(1, indicator.node_uuid) == indicator.node_id
    assert demo.find_indicator(1, f"  {indicator.title} ") == indicator.node_id
    assert demo.find_series(indicator.series.uuid) == indicator.series.id
    assert demo.find_series(indicator.node_uuid) == indicator.series.id
    assert demo.find_series(indicator.title) == indicator.series.id
    with pytest.raises(UserError, match="no indicator"):
        demo.find_indicator(1, "Finns inte")
    with pytest.raises(UserError, match="no series"):
        demo.find_series("Finns inte")


def test_an_ambiguous_title_lists_the_matches(demo: Workspace) -> None:
    indicator = demo.indicators(1)[0]
    copy = demo.duplicate_node(indicator.node_id)
    copy_uuid = demo.node_place(copy).uuid
    with pytest.raises(UserError) as caught:
        demo.find_indicator(1, indicator.title)
    assert indicator.node_uuid in caught.value.text() and copy_uuid in caught.value.text()


def test_comparison_sorts_incoming_values(demo: Workspace) -> None:
    series = next(i.series for i in demo.indicators(1) if len(i.series.measurements) >= 2)
    first, second = series.measurements[:2]
    result = demo.compare_measurements(series.id, [
        first, MeasurementRow(second.period, second.value + 1),
        MeasurementRow("2040", Decimal(3))])
    assert result.unchanged == (first,)
    assert result.conflicts == ((second, MeasurementRow(second.period, second.value + 1)),)
    assert result.new == (MeasurementRow("2040", Decimal(3)),)


def test_a_multi_year_value_travels_through_the_exchange_file(demo: Workspace,
                                                              tmp_path: Path) -> None:
    """Folkhälsodata's rolling averages ("2019–2022") export and import like any period."""
    series = demo.indicators(1)[0].series
    demo.set_measurement(series.id, "2019–2022", "12,5")
    document = demo.exchange_document(1)
    with Workspace.open(tmp_path / "other.insatsplan") as other:
        plan_id = other.import_document(document)
        values = other.indicators(plan_id)[0].series.measurements
    assert MeasurementRow("2019-2022", Decimal("12.5")) in values
    assert values[0].period == "2019-2022"  # sorts by its start, before 2023
