"""Tree operations through the workspace API, read back from the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from insatsplan.errors import SealedPlanError, UserError
from insatsplan.model import Indicator, Node, OperationLog
from insatsplan.workspace import Change, Workspace


def titles(ws: Workspace, parent_id: int | None, plan_id: int) -> list[tuple[str, str | None]]:
    """(title, horizon) of the children of *parent_id* in print order, read by a new reader."""
    with ws.reading() as session:
        uuid = None if parent_id is None else session.get(Node, parent_id).uuid
    with Workspace.open(ws.path, readonly=True) as reader:
        document = reader.exchange_document(plan_id)

    def walk(nodes: list[dict]) -> list[dict] | None:
        for node in nodes:
            if node["uuid"] == uuid:
                return node["children"]
            found = walk(node["children"])
            if found is not None:
                return found
        return None

    children = document["plan"]["children"] if uuid is None else walk(document["plan"]["children"])
    assert children is not None
    return [(c["title"], c.get("horizon")) for c in children]


@pytest.fixture
def plan(ws: Workspace) -> dict[str, int]:
    p = ws.create_plan(title="Plan 2025", year_from=2025)
    ws.set_signatories(p, [{"name": "Anna Berg", "title": "Socialdirektör",
                           "organisation_code": "SOF"}])  # so it can be sent
    fa = ws.add_node(p, None, "focus_area", "Fokus A")
    fb = ws.add_node(p, None, "focus_area", "Fokus B")
    t1 = ws.add_node(p, fa, "topic", "Familjecentraler")
    t2 = ws.add_node(p, fb, "topic", "Barn som anhöriga")
    g1 = ws.add_node(p, t1, "goal", "Mål 1", horizon="short")
    g2 = ws.add_node(p, t1, "goal", "Mål 2", horizon="short")
    g3 = ws.add_node(p, t1, "goal", "Långt mål", horizon="long")
    sub = ws.add_node(p, g1, "goal", "Delmål")
    i1 = ws.add_node(p, t1, "indicator", "Antal familjer", horizon="short")
    return dict(p=p, fa=fa, fb=fb, t1=t1, t2=t2, g1=g1, g2=g2, g3=g3, sub=sub, i1=i1)


def test_add_orders_sections_and_nests(ws: Workspace, plan: dict[str, int]) -> None:
    assert titles(ws, plan["t1"], plan["p"]) == [
        ("Mål 1", "short"), ("Mål 2", "short"), ("Antal familjer", "short"),
        ("Långt mål", "long")]
    assert titles(ws, plan["g1"], plan["p"]) == [("Delmål", "short")]


def test_add_at_position_and_kind_rules(ws: Workspace, plan: dict[str, int]) -> None:
    ws.add_node(plan["p"], plan["t1"], "goal", "Först", horizon="short", position=0)
    assert [t for t, _ in titles(ws, plan["t1"], plan["p"])][:3] == ["Först", "Mål 1", "Mål 2"]
    with pytest.raises(UserError):
        ws.add_node(plan["p"], plan["fa"], "goal", "Fel plats")
    with pytest.raises(UserError):
        ws.add_node(plan["p"], None, "topic", "Fel plats")
    with pytest.raises(UserError):
        ws.add_node(plan["p"], plan["g1"], "indicator", "Fel plats")


def test_reorder_within_section(ws: Workspace, plan: dict[str, int]) -> None:
    ws.move_node(plan["g2"], plan["t1"], 0)
    assert [t for t, _ in titles(ws, plan["t1"], plan["p"])][:2] == ["Mål 2", "Mål 1"]


def test_move_across_parents_and_sections(ws: Workspace, plan: dict[str, int]) -> None:
    # Goal with a nested goal to another topic's long-term section: the child follows.
    ws.move_node(plan["g1"], plan["t2"], 0, horizon="long")
    assert titles(ws, plan["t2"], plan["p"]) == [("Mål 1", "long")]
    assert titles(ws, plan["g1"], plan["p"]) == [("Delmål", "long")]
    assert titles(ws, plan["t1"], plan["p"])[0] == ("Mål 2", "short")
    # A topic to another focus area.
    ws.move_node(plan["t1"], plan["fb"], 5)
    assert [t for t, _ in titles(ws, plan["fb"], plan["p"])] == ["Barn som anhöriga",
                                                                "Familjecentraler"]
    # Indent: a goal becomes the child of its sibling goal.
    ws.move_node(plan["g2"], plan["g3"], 0)
    assert titles(ws, plan["g3"], plan["p"]) == [("Mål 2", "long")]
    with pytest.raises(UserError):
        ws.move_node(plan["g3"], plan["g2"], 0)  # into its own subtree
    with ws.reading() as session:
        positions = sorted(
            (n.parent_id or 0, n.kind, n.horizon or "", n.position)
            for n in session.scalars(select(Node).where(Node.plan_id == plan["p"])))
    groups: dict[tuple, list[int]] = {}
    for parent, kind, horizon, position in positions:
        groups.setdefault((parent, kind, horizon), []).append(position)
    for group in groups.values():
        assert group == list(range(len(group))), "positions stay dense per section"


def test_delete_with_children_and_restore_keeps_uuids(ws: Workspace,
                                                      plan: dict[str, int]) -> None:
    with ws.reading() as session:
        before = {n.uuid for n in session.scalars(select(Node).where(Node.plan_id == plan["p"]))}
    snapshot = ws.delete_node(plan["t1"])
    with ws.reading() as session:
        left = {n.uuid for n in session.scalars(select(Node).where(Node.plan_id == plan["p"]))}
        assert session.get(Indicator, plan["i1"]) is None
    assert len(before - left) == 6
    ws.restore_deleted(plan["p"], snapshot)
    with ws.reading() as session:
        after = {n.uuid for n in session.scalars(select(Node).where(Node.plan_id == plan["p"]))}
    assert after == before
    assert titles(ws, plan["fa"], plan["p"]) == [("Familjecentraler", None)]


def test_paste_gives_new_uuids_with_origin(ws: Workspace, plan: dict[str, int]) -> None:
    copied = ws.copy_nodes([plan["t1"]])
    [new_id] = ws.insert_nodes(plan["p"], plan["fb"], None, copied)
    with ws.reading() as session:
        original = session.get(Node, plan["t1"])
        copy = session.get(Node, new_id)
        assert copy.uuid != original.uuid and copy.origin_uuid == original.uuid
        old_ind = session.get(Indicator, plan["i1"])
        new_ind = session.scalar(select(Indicator).join(Node, Node.id == Indicator.node_id)
                                 .where(Node.parent_id == new_id))
        assert new_ind.series_id != old_ind.series_id, "a duplicate within a plan gets a series"
    # Pasting into another plan keeps the UUIDs and the series (like next year's copy).
    other = ws.create_plan(title="Plan 2026", year_from=2026)
    fa = ws.add_node(other, None, "focus_area", "Fokus")
    [pasted] = ws.insert_nodes(other, fa, 0, copied)
    with ws.reading() as session:
        assert session.get(Node, pasted).uuid == session.get(Node, plan["t1"]).uuid
        ind = session.scalar(select(Indicator).join(Node, Node.id == Indicator.node_id)
                             .where(Node.parent_id == pasted))
        assert ind.series_id == session.get(Indicator, plan["i1"]).series_id


def test_every_operation_is_logged_with_user_and_rows_are_stamped(
        ws: Workspace, plan: dict[str, int]) -> None:
    ws.update_node(plan["t1"], title="Nytt namn", background="Bakgrund")
    with ws.reading() as session:
        logs = list(session.scalars(select(OperationLog).order_by(OperationLog.id)))
        node = session.get(Node, plan["t1"])
    assert logs[-1].operation == "update_node" and logs[-1].user == ws.user
    assert logs[-1].node_uuids == [node.uuid]
    assert node.changed_by == ws.user and node.row_version >= 2


def test_listeners_hear_precise_changes(ws: Workspace, plan: dict[str, int]) -> None:
    heard: list[Change] = []
    ws.subscribe(heard.append)
    new = ws.add_node(plan["p"], plan["t1"], "goal", "Ny", horizon="long")
    ws.update_node(new, title="Nyare")
    ws.delete_node(new)
    assert [c.kind for c in heard] == ["nodes_inserted", "nodes_changed", "nodes_removed"]
    assert heard[0].parent_id == plan["t1"] and heard[0].node_ids == (new,)


def test_sealed_plan_refuses_content_but_takes_follow_up(ws: Workspace,
                                                         plan: dict[str, int]) -> None:
    ws.set_plan_status(plan["p"], "signed")
    with pytest.raises(SealedPlanError):
        ws.update_node(plan["t1"], title="Ändrad")
    with pytest.raises(SealedPlanError):
        ws.add_node(plan["p"], plan["t1"], "goal", "Ny")
    with pytest.raises(SealedPlanError):
        ws.set_plan_status(plan["p"], "draft")
    ws.set_evaluation(plan["t1"], "2025", status="done", participants=12, text="Klart")
    with ws.reading() as session:
        series_id = session.get(Indicator, plan["i1"]).series_id
    ws.set_measurement(series_id, "2025-HT", "12,5")


def test_triggers_refuse_direct_sql_on_sealed_plan(ws: Workspace, plan: dict[str, int],
                                                   workspace_path: Path) -> None:
    import sqlite3

    ws.set_plan_status(plan["p"], "sent")
    conn = sqlite3.connect(workspace_path)
    try:
        for sql in ("UPDATE node SET title = 'x' WHERE id = 1",
                    "DELETE FROM node WHERE id = 1",
                    "UPDATE plan SET title = 'x'",
                    "UPDATE indicator SET direction = 'fall'"):
            with pytest.raises(sqlite3.IntegrityError, match="sealed"):
                conn.execute(sql)
    finally:
        conn.close()
    ws.set_plan_status(plan["p"], "draft")  # sent may go back to draft
    ws.update_node(plan["t1"], title="Ändrad igen")


def test_search_folds_swedish_letters(ws: Workspace, plan: dict[str, int]) -> None:
    ws.update_node(plan["g2"], title="ÖVERSYN av ÅTGÄRDER för äldre")
    assert (plan["p"], plan["g2"]) in ws.search("översyn")
    assert (plan["p"], plan["g2"]) in ws.search("åtgärder")
    assert (plan["p"], plan["g2"]) in ws.search("ÄLDRE")
    assert ws.search("100%") == []
    assert (plan["p"], plan["t2"]) in ws.search("anhÖriga", plan_id=plan["p"])


def test_invalid_values_are_refused_and_nothing_stored(ws: Workspace,
                                                       plan: dict[str, int]) -> None:
    with pytest.raises(UserError):
        ws.update_indicator(plan["i1"], target={"value": "många", "period": "2026"})
    with pytest.raises(UserError):
        ws.create_plan(title="Fel", year_from=99999)
    with pytest.raises(UserError):
        ws.set_evaluation(plan["t1"], "2025-VX")
    with ws.reading() as session:
        assert session.get(Indicator, plan["i1"]).target_value is None


def test_a_failing_listener_does_not_hide_the_change_from_others(ws: Workspace) -> None:
    """Every change is committed before listeners hear of it: one that raises is logged,
    the others still hear, and the operation still returns normally."""
    heard: list[str] = []

    def broken(_change: Change) -> None:
        raise RuntimeError("a view that cannot follow")

    ws.subscribe(broken)
    ws.subscribe(lambda change: heard.append(change.kind))
    plan_id = ws.create_plan(title="Plan", year_from=2025)
    assert heard == ["plans"] and ws.plan(plan_id).title == "Plan"
