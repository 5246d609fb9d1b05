"""The demo plan is realistic and stable; the scaled demo keeps the workspace's invariants.

The scaled demo writes rows in bulk instead of through the workspace operations, so these
tests check what the operations would otherwise guarantee: dense sibling positions per
section, nested goals on their parent's horizon, the search column, the audit columns,
and that the plans stay editable and readable through the ordinary API afterwards.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from insatsplan import demo
from insatsplan.errors import UserError
from insatsplan.fingerprint import fingerprint
from insatsplan.model import (
    Evaluation,
    Indicator,
    Measurement,
    Node,
    OperationLog,
    Organisation,
    Plan,
    Series,
)
from insatsplan.periods import parse_period
from insatsplan.resources import resources_dir
from insatsplan.workspace import Workspace
from insatsplan.workspace.api import search_text_of
from insatsplan.workspace.files import connect_raw, integrity_problems

PARTIES = ("arbetsmarknadsförvaltningen", "skol- och fritidsförvaltningen",
           "socialförvaltningen", "vård- och omsorgsförvaltningen")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with Workspace.open(tmp_path / "test.insatsplan") as workspace:
        yield workspace


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, int]]:
    """One demo plan for the tests that only read it."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
        with Workspace.open(folder / "demo.insatsplan") as workspace:
            yield workspace, demo.add_demo_plan(workspace)


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, list[int]]]:
    """Two scaled years, built once: the build is the slow part of these tests."""
    folder = tmp_path_factory.mktemp("scaled")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
        with Workspace.open(folder / "scaled.insatsplan") as workspace:
            yield workspace, demo.add_scaled_demo(workspace, 2)


# ------------------------------------------------------------------------------ helpers


def nodes_of(ws: Workspace, plan_id: int) -> list[Node]:
    with ws.reading() as session:
        return list(session.scalars(select(Node).where(Node.plan_id == plan_id)))


def position_gaps(ws: Workspace, plan_id: int) -> list[Any]:
    """Sections (parent, kind, horizon) whose positions are not exactly 0..n-1."""
    statement = (
        select(Node.parent_id, Node.kind, Node.horizon, func.count(),
               func.min(Node.position), func.max(Node.position),
               func.count(func.distinct(Node.position)))
        .where(Node.plan_id == plan_id)
        .group_by(Node.parent_id, Node.kind, Node.horizon)
    )
    with ws.reading() as session:
        return [row for row in session.execute(statement)
                if not (row[4] == 0 and row[5] == row[3] - 1 and row[6] == row[3])]


def nested_goal_horizons(ws: Workspace, plan_id: int) -> tuple[int, int]:
    """(goals under a goal, of which on another horizon than their parent)."""
    parent = aliased(Node)
    base = (select(func.count()).select_from(Node)
            .join(parent, parent.id == Node.parent_id)
            .where(Node.plan_id == plan_id, Node.kind == "goal", parent.kind == "goal"))
    with ws.reading() as session:
        nested = session.scalar(base) or 0
        wrong = session.scalar(base.where(Node.horizon.is_distinct_from(parent.horizon))) or 0
    return nested, wrong


def without_uuids(value: Any) -> Any:
    """An exchange document with every identity removed, for comparing content."""
    if isinstance(value, dict):
        return {k: without_uuids(v) for k, v in value.items()
                if k not in ("uuid", "series_uuid", "origin_uuid")}
    if isinstance(value, list):
        return [without_uuids(v) for v in value]
    return value


def sorted_series(document: dict[str, Any]) -> list[Any]:
    """The document's series without identities, in name order (the export orders by UUID)."""
    return sorted((without_uuids(s) for s in document["series"]), key=lambda s: s["name"])


# ---------------------------------------------------------------------- the demo plan


def test_demo_plan_fields(demo_plan: tuple[Workspace, int]) -> None:
    ws, plan_id = demo_plan
    document = ws.exchange_document(plan_id)["plan"]
    assert document["kind"] == "agreement"
    assert document["title"] == "Insatser inom området psykisk hälsa och suicidprevention 2025"
    assert (document["year_from"], document["year_to"]) == (2025, 2025)
    assert document["subtitle"].startswith("Överenskommelse mellan")
    assert all(party in document["subtitle"] for party in PARTIES)
    assert 2 <= len(document["preamble"].split("\n\n")) <= 3
    assert len(document["basis"]) == 3
    assert [p["organisation_code"] for p in document["parties"]] == ["AMF", "SFF", "SOF", "VOF"]
    signatories = document["signatories"]
    assert len(signatories) == 4
    assert [s["organisation_code"] for s in signatories] == ["AMF", "SFF", "SOF", "VOF"]
    assert all(s["name"] and s["title"] and s["organisation_name"] for s in signatories)
    assert "Socialdirektör" in {s["title"] for s in signatories}
    assert document["coordinator"]
    assert document["reporting_deadline"] == "2026-03-01"
    assert document["status"] == "draft"


def test_demo_plan_tree(demo_plan: tuple[Workspace, int]) -> None:
    ws, plan_id = demo_plan
    nodes = nodes_of(ws, plan_id)
    by_id = {n.id: n for n in nodes}
    areas = [n for n in nodes if n.kind == "focus_area"]
    topics = [n for n in nodes if n.kind == "topic"]
    goals = [n for n in nodes if n.kind == "goal"]
    assert len(areas) == 5
    assert len(topics) >= 12
    assert {t.parent_id for t in topics} == {a.id for a in areas}
    assert sum(1 for t in topics if t.text) >= 6
    assert any("\n\n" in t.text for t in topics)  # a multi-paragraph intro

    nested = [g for g in goals if by_id[g.parent_id].kind == "goal"]  # type: ignore[index]
    assert len(nested) >= 5
    assert nested_goal_horizons(ws, plan_id) == (len(nested), 0)
    assert {g.horizon for g in goals} == {"short", "long"}
    assert sum(1 for g in goals if "](https://" in g.title) >= 3
    assert sum(1 for g in goals if "**" in g.title) >= 2

    indicators = [n for n in nodes if n.kind == "indicator"]
    assert {i.horizon for i in indicators} == {"short", "long"}
    long_indicator_parents = {i.parent_id for i in indicators if i.horizon == "long"}
    short_indicator_parents = {i.parent_id for i in indicators if i.horizon == "short"}
    topic_ids = {t.id for t in topics}
    assert topic_ids - long_indicator_parents, "some topic should print 'Saknas.'"
    assert topic_ids - short_indicator_parents

    with_fields = [t for t in topics if t.purpose or t.target_group or t.responsible_people]
    assert len(with_fields) >= 5
    funded = [t for t in topics if t.funding_source == "Stimulansmedel"]
    assert len(funded) >= 3 and all(t.funding_amount for t in funded)
    assert {t.measurable_answer for t in topics} >= {"yes", "no"}
    assert all(set(t.responsible_organisations) <= {"AMF", "SFF", "SOF", "VOF"}
               for t in topics)
    assert position_gaps(ws, plan_id) == []
    assert all(n.search_text for n in nodes)


def test_demo_plan_indicators(demo_plan: tuple[Workspace, int]) -> None:
    ws, plan_id = demo_plan
    with ws.reading() as session:
        rows = list(session.execute(
            select(Indicator, Series).join(Series, Series.id == Indicator.series_id)
            .join(Node, Node.id == Indicator.node_id).where(Node.plan_id == plan_id)))
        periods = {
            series_id: [p for (p,) in session.execute(
                select(Measurement.period).where(Measurement.series_id == series_id))]
            for series_id in {series.id for _, series in rows}}
    assert len(rows) >= 20
    assert all(series.unit for _, series in rows)
    assert {series.unit for _, series in rows} >= {"antal", "procent", "dagar"}
    assert {ind.direction for ind, _ in rows} == {"rise", "fall", "hold"}
    assert {ind.data_source for ind, _ in rows} == {
        "Folkhälsoenkät", "Dödsorsaksregistret", "Verksamhetsstatistik"}
    assert all(len(periods[series.id]) >= 4 for _, series in rows)
    all_periods = {p for ps in periods.values() for p in ps}
    assert {"2024-VT", "2024-HT", "2025-Q1", "2021"} <= all_periods
    assert sum(1 for ind, _ in rows if ind.has_levels) > len(rows) / 2
    assert any(ind.target_value is not None and ind.target_period for ind, _ in rows)
    assert any(ind.baseline_value is not None and ind.baseline_period for ind, _ in rows)


def test_demo_plan_evaluations(demo_plan: tuple[Workspace, int]) -> None:
    ws, plan_id = demo_plan
    with ws.reading() as session:
        evaluations = list(session.scalars(
            select(Evaluation).join(Node, Node.id == Evaluation.node_id)
            .where(Node.plan_id == plan_id)))
    assert len({e.node_id for e in evaluations}) >= 6
    assert {e.status for e in evaluations} == {
        "planned", "ongoing", "done", "postponed", "cancelled"}
    assert {e.period for e in evaluations} >= {"2025"}
    assert all(e.text for e in evaluations)
    assert any(e.participants for e in evaluations)


def test_demo_plan_is_one_import_operation(demo_plan: tuple[Workspace, int]) -> None:
    # The demo is data imported in one transaction, not hundreds of synced commits.
    ws, _plan_id = demo_plan
    with ws.reading() as session:
        operations = Counter(session.scalars(select(OperationLog.operation)))
    assert operations == Counter({"import_plan": 1})


# The demo as it was built by the Python code it replaced (commit fa8a63e), exported: a
# change of resources/demo/demo-plan.json must change these on purpose.
DEMO_FINGERPRINT = "fp1:2691a77632ef80b834c377b7b12b370380681c28d0c480e1eacab387c8b88f4a"
DEMO_NODES = {"focus_area": 5, "topic": 14, "goal": 55, "indicator": 25}
DEMO_SERIES, DEMO_MEASUREMENTS, DEMO_EVALUATIONS = 25, 119, 12


def test_demo_plan_is_the_committed_plan(demo_plan: tuple[Workspace, int]) -> None:
    ws, plan_id = demo_plan
    document = ws.exchange_document(plan_id)
    assert fingerprint(document) == DEMO_FINGERPRINT
    assert Counter(n.kind for n in nodes_of(ws, plan_id)) == DEMO_NODES
    assert len(document["series"]) == DEMO_SERIES
    assert sum(len(s["measurements"]) for s in document["series"]) == DEMO_MEASUREMENTS
    with ws.reading() as session:
        evaluations = session.scalar(
            select(func.count()).select_from(Evaluation)
            .join(Node, Node.id == Evaluation.node_id).where(Node.plan_id == plan_id))
    assert evaluations == DEMO_EVALUATIONS
    # Measurements and evaluations are outside the fingerprint: the whole plan, every
    # identity aside, is the file's.
    stored = json.loads(demo.demo_document_path().read_text(encoding="utf-8"))
    assert without_uuids(document["plan"]) == without_uuids(stored["plan"])
    assert sorted_series(document) == sorted_series(stored)


def test_demo_file_is_found_as_a_resource() -> None:
    path = demo.demo_document_path()
    assert path == resources_dir() / "demo" / "demo-plan.json"
    assert path.is_file()


def test_demo_plan_is_the_same_every_time(ws: Workspace) -> None:
    first, second = demo.add_demo_plan(ws), demo.add_demo_plan(ws)
    one, two = ws.exchange_document(first), ws.exchange_document(second)
    assert one["plan"]["uuid"] != two["plan"]["uuid"]
    assert without_uuids(one["plan"]) == without_uuids(two["plan"])

    assert sorted_series(one) == sorted_series(two)
    # A new plan of its own: no series is shared with the first copy.
    assert not {s["uuid"] for s in one["series"]} & {s["uuid"] for s in two["series"]}


def test_demo_plan_adds_missing_party_organisations(ws: Workspace) -> None:
    # The list is the user's to edit; there is no operation to remove an organisation yet.
    with ws.operation("test_remove_organisation") as session:
        session.delete(session.scalars(
            select(Organisation).where(Organisation.code == "AMF")).one())
    plan_id = demo.add_demo_plan(ws)
    assert "AMF" in {o.code for o in ws.organisations()}
    assert ws.exchange_document(plan_id)["plan"]["parties"][0]["organisation_code"] == "AMF"


# ---------------------------------------------------------------------- scaled demo


def test_scaled_demo_shape(scaled: tuple[Workspace, list[int]]) -> None:
    ws, plan_ids = scaled
    assert len(plan_ids) == 2
    with ws.reading() as session:
        plans = [session.get(Plan, plan_id) for plan_id in plan_ids]
        signatories = [len(p.signatories) for p in plans if p]
        counts = Counter((plan_id, kind) for plan_id, kind in session.execute(
            select(Node.plan_id, Node.kind).where(Node.plan_id.in_(plan_ids))))
        log = Counter(session.scalars(select(OperationLog.operation)))
    assert [(p.year_from, p.year_to) for p in plans if p] == [(2024, 2024), (2025, 2025)]
    assert plans[1] is not None and plans[1].origin_plan_id == plan_ids[0]
    assert all(p is not None and p.status == "draft" for p in plans)
    assert signatories == [4, 4]
    for plan_id in plan_ids:
        assert counts[(plan_id, "focus_area")] == 5
        assert counts[(plan_id, "topic")] == 60
        assert counts[(plan_id, "goal")] == 60 * 40
        assert counts[(plan_id, "indicator")] == 60 * 4
    assert log["demo_scaled"] == 2


def test_scaled_demo_positions_are_dense_per_section(
        scaled: tuple[Workspace, list[int]]) -> None:
    ws, plan_ids = scaled
    for plan_id in plan_ids:
        assert position_gaps(ws, plan_id) == []


def test_scaled_demo_nested_goals_share_their_parents_horizon(
        scaled: tuple[Workspace, list[int]]) -> None:
    ws, plan_ids = scaled
    for plan_id in plan_ids:
        nested, wrong = nested_goal_horizons(ws, plan_id)
        assert nested > 500
        assert wrong == 0
    nodes = nodes_of(ws, plan_ids[0])
    by_id = {n.id: n for n in nodes}
    depth_two = [n for n in nodes if n.kind == "goal" and n.parent_id is not None
                 and by_id[n.parent_id].kind == "goal"
                 and by_id[by_id[n.parent_id].parent_id].kind == "goal"]  # type: ignore[index]
    assert depth_two  # bullets nest one or two levels
    goals = [n for n in nodes if n.kind == "goal"]
    assert {g.horizon for g in goals} == {"short", "long"}
    assert all(g.horizon is not None for g in goals)
    assert all(n.horizon is None for n in nodes if n.kind in ("focus_area", "topic"))


def test_scaled_demo_search_text_is_the_workspaces(
        scaled: tuple[Workspace, list[int]]) -> None:
    ws, plan_ids = scaled
    for plan_id in plan_ids:
        nodes = nodes_of(ws, plan_id)
        assert all(n.search_text for n in nodes)
        assert [n.search_text for n in nodes] == [search_text_of(n) for n in nodes]
    hits = ws.search("UNDER 2025", plan_ids[1])
    assert hits and not ws.search("under 2025", plan_ids[0])
    assert ws.search("ÄLDRE", plan_ids[0])


def test_scaled_demo_rows_carry_identity_and_audit(
        scaled: tuple[Workspace, list[int]]) -> None:
    ws, plan_ids = scaled
    first, second = nodes_of(ws, plan_ids[0]), nodes_of(ws, plan_ids[1])
    for nodes in (first, second):
        uuids = [n.uuid for n in nodes]
        assert len(set(uuids)) == len(uuids)
        assert all(uuid.UUID(u).version == 4 for u in uuids)
    # A yearly copy: the same node UUIDs, the same series behind each indicator.
    assert {n.uuid for n in first} == {n.uuid for n in second}
    with ws.reading() as session:
        series_by_year = [
            dict(session.execute(
                select(Node.uuid, Indicator.series_id)
                .join(Indicator, Indicator.node_id == Node.id)
                .where(Node.plan_id == plan_id)).all())
            for plan_id in plan_ids]
        for entity in (Node, Indicator, Series, Measurement, Evaluation):
            unstamped = session.scalar(
                select(func.count()).select_from(entity).where(
                    (entity.changed_by != ws.user) | entity.changed_at.is_(None)
                    | (entity.row_version != 1)))
            assert unstamped == 0, entity.__name__
    assert series_by_year[0] == series_by_year[1]
    assert len(set(series_by_year[0].values())) == 240


def test_scaled_demo_measurements_span_the_years(
        scaled: tuple[Workspace, list[int]]) -> None:
    ws, _plan_ids = scaled
    with ws.reading() as session:
        measurements = list(session.execute(
            select(Measurement.series_id, Measurement.period, Measurement.period_start,
                   Measurement.period_end, Measurement.value)))
    per_series_years = Counter((m.series_id, m.period_start.year) for m in measurements)
    series_ids = {m.series_id for m in measurements}
    assert len(series_ids) == 240
    assert all(per_series_years[(s, y)] >= 4 for s in series_ids for y in (2024, 2025))
    assert 18_000 <= len(measurements) <= 22_000  # about 200 000 for twenty years
    for m in measurements:
        period = parse_period(m.period)
        assert (period.text, period.start, period.end) == (m.period, m.period_start,
                                                            m.period_end)
        assert m.value >= 0
    kinds = {len(m.period) for m in measurements}
    assert kinds == {7, 10}  # months and quarters (2024-03, 2024-Q1), weekly dates


def test_scaled_demo_stays_usable_through_the_api(
        scaled: tuple[Workspace, list[int]]) -> None:
    ws, plan_ids = scaled
    document = ws.exchange_document(plan_ids[0])
    assert len(document["plan"]["children"]) == 5
    assert len(document["series"]) == 240
    topic = next(n for n in nodes_of(ws, plan_ids[1]) if n.kind == "topic")
    short_goals = [n for n in nodes_of(ws, plan_ids[1])
                   if n.parent_id == topic.id and n.kind == "goal" and n.horizon == "short"]
    added = ws.add_node(plan_ids[1], topic.id, "goal", "Ny målsättning", horizon="short",
                        position=0)
    ws.delete_node(short_goals[-1].id)
    ws.move_node(added, topic.id, len(short_goals) - 1)
    assert position_gaps(ws, plan_ids[1]) == []
    path = ws.path
    connection = connect_raw(path, readonly=True)
    try:
        assert integrity_problems(connection) == []
    finally:
        connection.close()


def test_scaled_demo_is_deterministic_and_refuses_a_repeat(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    def content(ws: Workspace, plan_id: int) -> list[tuple[Any, ...]]:
        return sorted((n.uuid, n.kind, n.horizon, n.position, n.title, n.text)
                      for n in nodes_of(ws, plan_id))

    with Workspace.open(tmp_path / "a.insatsplan") as one, \
            Workspace.open(tmp_path / "b.insatsplan") as two:
        (first,) = demo.add_scaled_demo(one, 1, seed=7)
        (second,) = demo.add_scaled_demo(two, 1, seed=7)
        assert one.plan(first).uuid == two.plan(second).uuid
        assert content(one, first) == content(two, second)
        with pytest.raises(UserError, match="seed 7"):
            demo.add_scaled_demo(one, 1, seed=7)
        (other,) = demo.add_scaled_demo(one, 1, seed=8)
        assert content(one, other) != content(one, first)
        with pytest.raises(ValueError):
            demo.add_scaled_demo(one, 0)
