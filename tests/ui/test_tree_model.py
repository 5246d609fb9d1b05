"""The plan tree model follows workspace operations with precise row signals.

Every model here is watched by ``QAbstractItemModelTester`` in fatal mode from before
the first change, so any inconsistent signal sequence aborts the run. After each change
the model's rows must equal those of a model freshly loaded from the file: the mirror
never drifts from what the workspace holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from insatsplan.ui.tree_model import (
    FOLLOW_UP_ROLES,
    PlanTreeModel,
    section_title,
    untitled_label,
)
from insatsplan.workspace import Workspace

Tree = list[tuple[str, "Tree"]]


def dump(model: PlanTreeModel, parent: QModelIndex | None = None) -> Tree:
    """Rows as (label, children): a node by its stored title, a section as §kind/horizon."""
    parent = parent or QModelIndex()
    out: Tree = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        section = model.section_for_index(index)
        label = (f"§{section[1]}/{section[2]}" if section is not None
                 else model.data(index, Qt.ItemDataRole.EditRole))
        out.append((label, dump(model, index)))
    return out


def fresh(ws: Workspace, plan_id: int) -> Tree:
    model = PlanTreeModel(ws, plan_id)
    try:
        return dump(model)
    finally:
        model.detach()


@dataclass
class Spy:
    """Every structural and data signal the model sends, in order."""

    events: list[tuple[Any, ...]] = field(default_factory=list)

    def attach(self, model: PlanTreeModel) -> None:
        def key(index: QModelIndex) -> int | str | None:
            if not index.isValid():
                return None
            section = model.section_for_index(index)
            return f"§{section[1]}/{section[2]}@{section[0]}" if section else model.node_id(index)

        model.rowsInserted.connect(lambda p, a, b: self.events.append(("ins", key(p), a, b)))
        model.rowsRemoved.connect(lambda p, a, b: self.events.append(("rem", key(p), a, b)))
        model.rowsMoved.connect(
            lambda p, a, b, d, r: self.events.append(("mov", key(p), a, b, key(d), r)))
        def data(tl: QModelIndex, br: QModelIndex, roles: list[int] | None = None) -> None:
            # Status markers and roll-up counts follow edits too; tests/ui/
            # test_tree_status.py checks those signals, these tests the rows and titles.
            if roles and set(roles) <= set(FOLLOW_UP_ROLES):
                return
            self.events.append(("data", key(tl), key(br)))

        model.dataChanged.connect(data)
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.layoutChanged.connect(lambda *a: self.events.append(("layout",)))

    def kinds(self) -> list[str]:
        return [e[0] for e in self.events]


@dataclass
class Plan:
    ws: Workspace
    ids: dict[str, int]
    model: PlanTreeModel
    spy: Spy

    def __getitem__(self, name: str) -> int:
        return self.ids[name]

    def check_matches_file(self) -> None:
        assert dump(self.model) == fresh(self.ws, self.ids["p"])


@pytest.fixture
def plan(qapp: QApplication, ws: Workspace) -> Iterator[Plan]:
    p = ws.create_plan(title="Plan 2025", year_from=2025)
    ws.set_signatories(p, [{"name": "Anna Berg", "title": "Socialdirektör",
                           "organisation_code": "SOF"}])  # so it can be sent
    fa = ws.add_node(p, None, "focus_area", "Fokus A")
    fb = ws.add_node(p, None, "focus_area", "Fokus B")
    t1 = ws.add_node(p, fa, "topic", "Familjecentraler")
    t2 = ws.add_node(p, fb, "topic", "Barn som **anhöriga**")
    g1 = ws.add_node(p, t1, "goal", "Mål 1", horizon="short")
    g2 = ws.add_node(p, t1, "goal", "Mål 2", horizon="short")
    g3 = ws.add_node(p, t1, "goal", "Långt mål", horizon="long")
    sub = ws.add_node(p, g1, "goal", "Delmål")
    i1 = ws.add_node(p, t1, "indicator", "Antal familjer", horizon="short")
    i2 = ws.add_node(p, t1, "indicator", "Andel nöjda", horizon="long")
    ids = dict(p=p, fa=fa, fb=fb, t1=t1, t2=t2, g1=g1, g2=g2, g3=g3, sub=sub, i1=i1, i2=i2)
    model = PlanTreeModel(ws, p)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    spy = Spy()
    spy.attach(model)
    yield Plan(ws, ids, model, spy)
    del tester
    model.detach()


def sections(*, sg: Tree = (), si: Tree = (), lg: Tree = (), li: Tree = ()) -> Tree:
    return [("§goal/short", list(sg)), ("§indicator/short", list(si)),
            ("§goal/long", list(lg)), ("§indicator/long", list(li))]


def test_rows_print_order_sections_and_nesting(plan: Plan) -> None:
    assert dump(plan.model) == [
        ("Fokus A", [("Familjecentraler", sections(
            sg=[("Mål 1", [("Delmål", [])]), ("Mål 2", [])],
            si=[("Antal familjer", [])],
            lg=[("Långt mål", [])],
            li=[("Andel nöjda", [])]))]),
        ("Fokus B", [("Barn som **anhöriga**", sections())]),
    ]


def test_roles_flags_and_section_headings(plan: Plan) -> None:
    model = plan.model
    t2 = model.index_for_node(plan["t2"])
    assert model.data(t2) == "Barn som anhöriga"
    assert model.data(t2, Qt.ItemDataRole.EditRole) == "Barn som **anhöriga**"
    assert model.data(t2, PlanTreeModel.NodeIdRole) == plan["t2"]
    assert model.data(t2, PlanTreeModel.KindRole) == "topic"
    assert not model.data(t2, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.flags(t2) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(t2) & Qt.ItemFlag.ItemIsDragEnabled

    heading = model.index(0, 0, t2)
    assert model.data(heading) == section_title("goal", "short", "2025")
    assert "2025" in model.data(heading)
    assert model.data(model.index(2, 0, t2)) == section_title("goal", "long", "2025")
    assert model.section_for_index(heading) == (plan["t2"], "goal", "short")
    assert model.section_for_index(model.index(3, 0, t2)) == (plan["t2"], "indicator", "long")
    assert model.section_for_index(t2) is None
    assert model.node_id(heading) is None
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(heading) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.setData(heading, "x")
    assert model.rowCount(heading) == 0 and not model.hasChildren(heading)

    untitled = plan.ws.add_node(plan["p"], plan["t2"], "goal", "")
    index = model.index_for_node(untitled)
    assert model.data(index) == untitled_label()
    assert model.data(index, Qt.ItemDataRole.EditRole) == ""
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None


def test_add_inserts_one_row_in_its_section(plan: Plan) -> None:
    first = plan.ws.add_node(plan["p"], plan["t1"], "goal", "Först", horizon="short",
                             position=0)
    indicator = plan.ws.add_node(plan["p"], plan["t1"], "indicator", "Ny", horizon="long")
    nested = plan.ws.add_node(plan["p"], plan["g2"], "goal", "Under 2")
    assert plan.spy.events == [
        ("ins", f"§goal/short@{plan['t1']}", 0, 0),
        ("ins", f"§indicator/long@{plan['t1']}", 1, 1),
        ("ins", plan["g2"], 0, 0),
    ]
    model = plan.model
    for node_id in (first, indicator, nested):
        assert model.node_id(model.index_for_node(node_id)) == node_id
    plan.check_matches_file()


def test_rename_in_place_writes_the_file_and_changes_one_row(
        plan: Plan, qtbot: Any) -> None:
    model = plan.model
    index = model.index_for_node(plan["g2"])
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.setData(index, "Mål **två**")
    assert blocker.args[0] == index and blocker.args[1] == index
    assert plan.spy.events == [("data", plan["g2"], plan["g2"])]
    assert model.data(index) == "Mål två"
    with Workspace.open(plan.ws.path, readonly=True) as reader:
        titles = _titles(reader.exchange_document(plan["p"])["plan"]["children"])
    assert "Mål **två**" in titles and "Mål 2" not in titles


def test_refused_rename_reports_and_leaves_the_row(plan: Plan, qtbot: Any) -> None:
    plan.ws.set_plan_status(plan["p"], "sent")
    index = plan.model.index_for_node(plan["g1"])
    with qtbot.waitSignal(plan.model.operation_failed) as blocker:
        assert not plan.model.setData(index, "Nytt")
    assert "signed" in str(blocker.args[0])
    assert plan.model.data(index) == "Mål 1"
    assert "data" not in plan.spy.kinds()


def test_delete_removes_the_row_and_its_subtree(plan: Plan) -> None:
    g1 = QPersistentModelIndex(plan.model.index_for_node(plan["g1"]))
    plan.ws.delete_node(plan["g1"])
    assert plan.spy.events == [("rem", f"§goal/short@{plan['t1']}", 0, 0)]
    assert not g1.isValid()
    assert not plan.model.index_for_node(plan["sub"]).isValid()
    plan.check_matches_file()


def test_restore_brings_the_subtree_back_where_it_was(plan: Plan) -> None:
    snapshot = plan.ws.delete_node(plan["g1"])
    restored = plan.ws.restore_deleted(plan["p"], snapshot)
    assert plan.spy.kinds() == ["rem", "ins"]
    assert plan.spy.events[-1] == ("ins", f"§goal/short@{plan['t1']}", 0, 0)
    index = plan.model.index_for_node(restored)
    assert index.row() == 0
    assert dump(plan.model, index) == [("Delmål", [])]
    plan.check_matches_file()


def test_restore_a_topic_with_all_its_sections(plan: Plan) -> None:
    snapshot = plan.ws.delete_node(plan["t1"])
    restored = plan.ws.restore_deleted(plan["p"], snapshot)
    index = plan.model.index_for_node(restored)
    assert plan.model.rowCount(index) == 4
    assert plan.spy.kinds() == ["rem", "ins"]
    plan.check_matches_file()


def test_paste_of_several_nodes_lands_in_their_sections(plan: Plan) -> None:
    copies = plan.ws.copy_nodes([plan["g1"], plan["i1"]])
    plan.ws.insert_nodes(plan["p"], plan["t2"], None, copies)
    assert plan.spy.kinds() == ["ins", "ins"]
    plan.check_matches_file()


@pytest.mark.parametrize(
    ("node", "parent", "position", "horizon"),
    [
        ("g1", "t1", 1, None),      # down within its section
        ("g2", "t1", 0, None),      # up within its section
        ("g1", "t1", 0, "long"),    # to the long-term section, nested goal follows
        ("i1", "t1", 5, "long"),    # indicator to the other horizon
        ("g2", "t2", 0, None),      # to another topic
        ("g2", "g3", 0, None),      # nested under a long-term goal
        ("sub", "t1", 1, None),     # out of its goal into the topic
        ("t1", "fb", 0, None),      # a topic to another focus area
        ("fb", None, 0, None),      # focus areas swap
    ],
)
def test_move_is_one_row_move(plan: Plan, node: str, parent: str | None, position: int,
                              horizon: str | None) -> None:
    plan.ws.move_node(plan[node], None if parent is None else plan[parent], position,
                      horizon=horizon)
    moves = [e for e in plan.spy.events if e[0] != "data"]
    assert [e[0] for e in moves] == ["mov"]
    assert "reset" not in plan.spy.kinds()
    plan.check_matches_file()
    moved = plan.model.index_for_node(plan[node])
    assert plan.model.node_id(moved) == plan[node]


def test_move_between_horizons_updates_nested_horizons(plan: Plan) -> None:
    plan.ws.move_node(plan["g1"], plan["t1"], 0, horizon="long")
    sub = plan.model.index_for_node(plan["sub"])
    assert plan.model.data(sub, PlanTreeModel.HorizonRole) == "long"
    assert plan.model.section_for_index(plan.model.parent(sub.parent())) == (
        plan["t1"], "goal", "long")


def test_move_to_the_same_place_sends_nothing(plan: Plan) -> None:
    plan.ws.move_node(plan["g1"], plan["t1"], 0)
    assert plan.spy.events == []


def test_year_change_updates_short_term_headings_only(plan: Plan) -> None:
    plan.ws.update_plan(plan["p"], year_from=2026, year_to=2026)
    t1 = plan.model.index_for_node(plan["t1"])
    assert plan.model.data(plan.model.index(0, 0, t1)) == section_title("goal", "short", "2026")
    assert sorted(plan.spy.events) == sorted([
        ("data", f"§goal/short@{plan['t1']}", f"§goal/short@{plan['t1']}"),
        ("data", f"§goal/short@{plan['t2']}", f"§goal/short@{plan['t2']}"),
    ])


def test_other_plans_changes_are_ignored(plan: Plan) -> None:
    other = plan.ws.create_plan(title="Annan", year_from=2024)
    area = plan.ws.add_node(other, None, "focus_area", "Annat")
    plan.ws.update_node(area, title="Annat 2")
    assert plan.spy.events == []


def test_set_plan_shows_the_other_plan_with_one_reset(plan: Plan) -> None:
    other = plan.ws.create_plan(title="Annan", year_from=2024, year_to=2027)
    area = plan.ws.add_node(other, None, "focus_area", "Annat")
    topic = plan.ws.add_node(other, area, "topic", "Ämne")
    plan.model.set_plan(other)
    assert plan.spy.kinds() == ["reset"]
    assert plan.model.plan_id == other
    assert dump(plan.model) == [("Annat", [("Ämne", sections())])]
    heading = plan.model.index(0, 0, plan.model.index_for_node(topic))
    assert "2024–2027" in plan.model.data(heading)
    # Now it follows the other plan, and no longer the first.
    plan.ws.add_node(plan["p"], None, "focus_area", "Ignorerad")
    plan.ws.add_node(other, None, "focus_area", "Följd")
    assert plan.spy.kinds() == ["reset", "ins"]
    assert dump(plan.model) == fresh(plan.ws, other)


def test_detached_model_stops_listening(plan: Plan) -> None:
    plan.model.detach()
    plan.ws.add_node(plan["p"], None, "focus_area", "Sen")
    assert plan.spy.events == []


def _titles(nodes: list[dict[str, Any]]) -> list[str]:
    out = []
    for node in nodes:
        out.append(node["title"])
        out += _titles(node["children"])
    return out


def test_model_deleted_by_qt_stops_listening(qapp: QApplication, ws: Workspace) -> None:
    p = ws.create_plan(title="P", year_from=2025)
    owner = QObject()
    model = PlanTreeModel(ws, p, owner)
    del model
    shiboken6.delete(owner)  # as when a window closes and Qt deletes its children
    ws.add_node(p, None, "focus_area", "Efter")  # must not reach a deleted model
    assert ws._listeners == []


def drag(model: PlanTreeModel, *node_ids: int) -> QMimeData:
    return model.mimeData([model.index_for_node(i) for i in node_ids])


def test_drop_on_a_section_moves_there_with_the_nested_goal(plan: Plan) -> None:
    model = plan.model
    long_goals = model.index(2, 0, model.index_for_node(plan["t1"]))
    data = drag(model, plan["g1"])
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, -1, 0, long_goals)
    assert not model.dropMimeData(data, move, -1, 0, long_goals)  # the event moved it
    assert [e[0] for e in plan.spy.events if e[0] != "data"] == ["mov"]
    assert dump(model, long_goals) == [("Långt mål", []), ("Mål 1", [("Delmål", [])])]
    plan.check_matches_file()


@pytest.mark.parametrize(("node", "row", "expected"), [
    ("g2", 0, ["Mål 2", "Mål 1"]),   # up: Qt row = workspace position
    ("g1", 2, ["Mål 2", "Mål 1"]),   # down: Qt counts the row before it leaves
    ("g1", 1, ["Mål 1", "Mål 2"]),   # just below itself: no move at all
])
def test_drop_reorders_within_a_section(plan: Plan, node: str, row: int,
                                        expected: list[str]) -> None:
    model = plan.model
    short_goals = model.index(0, 0, model.index_for_node(plan["t1"]))
    model.dropMimeData(drag(model, plan[node]), Qt.DropAction.MoveAction, row, 0, short_goals)
    assert [label for label, _ in dump(model, short_goals)] == expected
    plan.check_matches_file()


def test_drops_that_break_the_kind_rules_are_refused(plan: Plan) -> None:
    model = plan.model
    move = Qt.DropAction.MoveAction
    fa = model.index_for_node(plan["fa"])
    t1 = model.index_for_node(plan["t1"])
    indicators = model.index(1, 0, t1)
    assert not model.canDropMimeData(drag(model, plan["g1"]), move, -1, 0, fa)
    assert not model.canDropMimeData(drag(model, plan["g1"]), move, -1, 0, indicators)
    assert not model.canDropMimeData(drag(model, plan["g1"]), move, -1, 0, t1)
    assert not model.canDropMimeData(drag(model, plan["g1"]), move, -1, 0,
                                     model.index_for_node(plan["sub"]))  # below itself
    assert not model.canDropMimeData(drag(model, plan["t1"]), Qt.DropAction.CopyAction,
                                     -1, 0, model.index_for_node(plan["fb"]))
    assert model.canDropMimeData(drag(model, plan["fb"]), move, 0, 0, QModelIndex())
    assert model.canDropMimeData(drag(model, plan["i1"]), move, 0, 0, indicators)
    heading = model.mimeData([model.index(0, 0, t1)])
    assert not model.canDropMimeData(heading, move, -1, 0, model.index(2, 0, t1))
    assert plan.spy.events == []


def test_drop_on_a_sealed_plan_reports(plan: Plan, qtbot: Any) -> None:
    plan.ws.set_plan_status(plan["p"], "sent")
    model = plan.model
    target = model.index_for_node(plan["fb"])
    with qtbot.waitSignal(model.operation_failed):
        model.dropMimeData(drag(model, plan["t1"]), Qt.DropAction.MoveAction, -1, 0, target)
    assert plan.spy.events == []
