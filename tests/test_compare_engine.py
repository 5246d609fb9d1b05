"""The comparison engine on plain exchange-shaped plans: matching and the change list."""

from __future__ import annotations

import copy
import json
from typing import Any

from insatsplan.compare import compare_plans, match_nodes
from insatsplan.compare.matching import SIMILARITY_THRESHOLD


def node(uuid: str, kind: str, title: str, *children: dict[str, Any],
         **extra: Any) -> dict[str, Any]:
    return {"uuid": uuid, "kind": kind, "title": title, **extra, "children": list(children)}


def goal(uuid: str, title: str, *children: dict[str, Any], horizon: str = "short"
         ) -> dict[str, Any]:
    return node(uuid, "goal", title, *children, horizon=horizon)


def plan() -> dict[str, Any]:
    return {
        "uuid": "plan-a", "title": "Överenskommelse 2025", "subtitle": "mellan fyra förvaltningar",
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "preamble": "Syftet är ...",
        "basis": ["Lagen"], "coordinator": "Anna", "reporting_deadline": "2026-03-01",
        "parties": [{"organisation_code": "SOF", "organisation_name": "socialförvaltningen"}],
        "signatories": [],
        "children": [
            node("f1", "focus_area", "Suicidprevention",
                 node("t1", "topic", "Familjecentraler",
                      goal("g1", "Öka antalet besök på familjecentralerna",
                           goal("g1a", "Fler öppna förskolor")),
                      goal("g2", "Utbilda personal i suicidprevention"),
                      goal("g3", "Ta fram en gemensam handlingsplan"),
                      goal("g4", "Följa upp arbetet varje kvartal"),
                      goal("g5", "Minska väntetiderna", horizon="long"),
                      text="Familjecentraler finns i alla stadsdelar.")),
            node("f2", "focus_area", "Barn och unga",
                 node("t2", "topic", "Elevhälsa",
                      goal("g6", "Samverka med skolan om elevernas hälsa")),
                 node("t3", "topic", "Stödgrupper",
                      goal("g7", "Starta stödgrupper för barn i familjer med missbruk"))),
        ],
    }


def find(tree: dict[str, Any], uuid: str) -> dict[str, Any]:
    for child in tree["children"]:
        if child["uuid"] == uuid:
            return child
        try:
            return find(child, uuid)
        except KeyError:
            pass
    raise KeyError(uuid)


def entries(a: dict[str, Any], b: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(c.change, c.kind, c.uuid) for c in compare_plans(a, b).changes]


def test_a_plan_compared_with_itself_has_no_changes() -> None:
    a = plan()
    comparison = compare_plans(a, copy.deepcopy(a))
    assert comparison.changes == ()
    assert comparison.summary() == {"added": 0, "removed": 0, "moved": 0, "changed": 0}
    assert not comparison.shares_nothing
    assert len(comparison.matches) == 13


def test_a_changed_word_in_a_title_is_a_word_change() -> None:
    a, b = plan(), plan()
    find(b, "g2")["title"] = "Utbilda chefer i suicidprevention"
    comparison = compare_plans(a, b)
    [change] = comparison.changes
    assert (change.change, change.kind, change.uuid) == ("changed", "goal", "g2")
    assert change.path == "Suicidprevention › Familjecentraler › Utbilda chefer i suicidprevention"
    [field] = change.fields
    assert field.field == "title"
    assert [op for op in field.words if op[0] != "equal"] == [("delete", "personal"),
                                                               ("insert", "chefer")]
    assert change.before == {"title": "Utbilda personal i suicidprevention"}
    assert change.after == {"title": "Utbilda chefer i suicidprevention"}


def test_deleting_a_goal_does_not_move_its_later_siblings() -> None:
    a, b = plan(), plan()
    topic = find(b, "t1")
    topic["children"] = [c for c in topic["children"] if c["uuid"] != "g2"]
    changes = compare_plans(a, b).changes
    assert [(c.change, c.uuid) for c in changes] == [("removed", "g2")]
    # listed where it stood: the path it had in A
    assert changes[0].path == ("Suicidprevention › Familjecentraler › "
                               "Utbilda personal i suicidprevention")


def test_adding_a_goal_does_not_move_the_others() -> None:
    a, b = plan(), plan()
    find(b, "t1")["children"].insert(1, goal("new", "Nytt mål"))
    assert entries(a, b) == [("added", "goal", "new")]


def test_removed_nodes_are_listed_where_they_stood() -> None:
    a, b = plan(), plan()
    find(b, "t1")["children"].pop(2)  # g3, between g2 and g4
    b["children"][1]["children"].pop(0)  # t2 with g6, the first topic of f2
    changes = compare_plans(a, b).changes
    assert [(c.change, c.uuid) for c in changes] == [
        ("removed", "g3"), ("removed", "t2"), ("removed", "g6")]
    # where a view of B shows them: under the nearest ancestor B still has
    assert [c.anchor for c in changes] == ["t1", "f2", "f2"]


def test_one_goal_dragged_down_is_one_move() -> None:
    a, b = plan(), plan()
    children = find(b, "t1")["children"]
    children.insert(3, children.pop(0))  # g1 after g4
    assert entries(a, b) == [("moved", "goal", "g1")]


def test_a_topic_moved_to_another_focus_area_is_moved_and_its_goals_are_not() -> None:
    a, b = plan(), plan()
    topic = b["children"][0]["children"].pop(0)
    b["children"][1]["children"].append(topic)
    comparison = compare_plans(a, b)
    [change] = comparison.changes
    assert (change.change, change.uuid) == ("moved", "t1")
    assert change.before["path"] == "Suicidprevention › Familjecentraler"
    assert change.after["path"] == "Barn och unga › Familjecentraler"
    assert change.before["parent"] == "f1" and change.after["parent"] == "f2"
    assert change.after["reason"] == "parent"


def test_an_outdented_nested_goal_is_moved() -> None:
    a, b = plan(), plan()
    g1 = find(b, "g1")
    nested = g1["children"].pop(0)
    find(b, "t1")["children"].insert(1, nested)
    assert entries(a, b) == [("moved", "goal", "g1a")]


def test_a_goal_moved_to_the_long_term_section_is_moved() -> None:
    a, b = plan(), plan()
    find(b, "g4")["horizon"] = "long"
    assert entries(a, b) == [("moved", "goal", "g4")]


def test_a_moved_and_edited_node_gives_two_entries() -> None:
    a, b = plan(), plan()
    topic = b["children"][0]["children"].pop(0)
    topic["text"] = "Familjecentraler finns i nästan alla stadsdelar."
    b["children"][1]["children"].append(topic)
    assert entries(a, b) == [("moved", "topic", "t1"), ("changed", "topic", "t1")]


def test_plan_fields_are_changes_of_kind_plan() -> None:
    a, b = plan(), plan()
    b["uuid"] = "plan-b"
    b["coordinator"] = "Bertil"
    b["year_to"] = 2026
    b["basis"] = ["Lagen", "Förordningen"]
    changes = compare_plans(a, b).changes
    assert [(c.change, c.kind, c.uuid, c.path, c.before, c.after) for c in changes] == [
        ("changed", "plan", "plan-b", "years", "2025", "2025–2026"),
        ("changed", "plan", "plan-b", "basis", "Lagen", "Lagen\nFörordningen"),
        ("changed", "plan", "plan-b", "coordinator", "Anna", "Bertil"),
    ]


def test_topic_fields_and_indicator_fields_are_compared() -> None:
    a, b = plan(), plan()
    for tree in (a, b):
        find(tree, "t2")["fields"] = {"purpose": "Att stödja eleverna",
                                      "responsible": {"organisations": ["SFF"], "people": ""}}
        find(tree, "t2")["children"].append(node(
            "i1", "indicator", "Andel elever som mår bra", horizon="short",
            indicator={"series_uuid": "s1", "direction": "rise", "data_source": "enkät",
                       "baseline": {"value": "60", "period": "2024"}, "target": None,
                       "levels": None}))
    find(b, "t2")["fields"] = {"purpose": "Att stödja alla eleverna",
                               "responsible": {"organisations": ["SFF", "SOF"], "people": ""}}
    find(b, "i1")["indicator"]["target"] = {"value": "70", "period": "2026"}
    changes = compare_plans(a, b).changes
    assert [(c.uuid, [f.field for f in c.fields]) for c in changes] == [
        ("t2", ["purpose", "responsible_organisations"]), ("i1", ["target"])]
    assert changes[1].fields[0].after == "70 (2026)"


def test_nodes_without_our_uuids_are_matched_by_similar_text() -> None:
    a = plan()
    b = renumbered(plan())
    find(b, "x1")["title"] = "Familjecentralerna"  # t1, a changed word
    goals = find(b, "x1")["children"]
    goals[1]["title"] = "Utbilda all personal i suicidprevention"  # g2, a word added
    matches = match_nodes(a, b)
    assert len(matches) == 13
    assert matches["x1"] == "t1" and matches[goals[1]["uuid"]] == "g2"
    assert matches[goals[0]["children"][0]["uuid"]] == "g1a"
    comparison = compare_plans(a, b)
    assert sorted((c.change, comparison.matches[c.uuid]) for c in comparison.changes) == [
        ("changed", "g2"), ("changed", "t1")]


def renumbered(tree: dict[str, Any]) -> dict[str, Any]:
    """The plan with every node's UUID replaced ("x0", "x1", ... in print order)."""
    out = copy.deepcopy(tree)
    fresh = iter(range(1000))

    def renumber(node: dict[str, Any]) -> None:
        for child in node["children"]:
            child["uuid"] = f"x{next(fresh)}"
            renumber(child)

    renumber(out)
    return out


def test_a_topic_moved_to_another_focus_area_without_uuids_is_found_as_moved() -> None:
    a, b = plan(), plan()
    topic = b["children"][0]["children"].pop(0)  # t1 with its goals
    topic["title"] = "Familjecentralerna"  # and renamed a little
    b["children"][1]["children"].append(topic)
    b = renumbered(b)
    comparison = compare_plans(a, b)
    assert len(comparison.matches) == 13
    assert sorted((c.change, comparison.matches[c.uuid]) for c in comparison.changes) == [
        ("changed", "t1"), ("moved", "t1")]


def test_across_parents_only_nodes_under_parents_of_one_kind_pair() -> None:
    """A nested goal moved up to its topic has a parent of another kind: without UUIDs
    it is removed and added (documented), never paired with an unrelated goal."""
    a, b = plan(), plan()
    nested = find(b, "g1")["children"].pop(0)
    find(b, "t1")["children"].append(nested)
    b = renumbered(b)
    changes = compare_plans(a, b).changes
    assert [(c.change, c.path.split(" › ")[-1]) for c in changes] == [
        ("removed", "Fler öppna förskolor"), ("added", "Fler öppna förskolor")]


def test_similar_text_pairs_the_most_similar_node_first() -> None:
    a = {"uuid": "a", "children": [node("p", "focus_area", "Område",
                                        goal("a1", "Fler stödgrupper för barn"),
                                        goal("a2", "Fler stödgrupper för barn och unga"))]}
    b = {"uuid": "b", "children": [node("q", "focus_area", "Område",
                                        goal("b1", "Fler stödgrupper för barn och unga i skolan"))]}
    assert match_nodes(a, b) == {"q": "p", "b1": "a2"}


def test_dissimilar_nodes_are_not_paired() -> None:
    a = {"uuid": "a", "children": [goal("a1", "Starta stödgrupper för barn")]}
    b = {"uuid": "b", "children": [goal("b1", "Minska väntetiderna till BUP")]}
    assert match_nodes(a, b) == {}
    assert SIMILARITY_THRESHOLD > 0.3


def test_similarity_only_pairs_nodes_of_the_same_kind() -> None:
    a = {"uuid": "a", "children": [node("a1", "focus_area", "Suicidprevention")]}
    b = {"uuid": "b", "children": [node("b1", "topic", "Suicidprevention")]}
    assert match_nodes(a, b) == {}


def test_origin_uuid_pairs_a_copy_with_its_source() -> None:
    a, b = plan(), plan()
    g2 = find(b, "g2")
    g2["uuid"], g2["origin_uuid"] = "copy-of-g2", "g2"
    g2["title"] = "Något helt annat än förut"  # not similar: only the origin pairs it
    assert match_nodes(a, b)["copy-of-g2"] == "g2"
    a2, b2 = plan(), plan()
    g3 = find(a2, "g3")
    g3["uuid"], g3["origin_uuid"] = "old-g3", "g3"
    assert match_nodes(a2, b2)["g3"] == "old-g3"


def test_plans_that_share_nothing_list_everything_added_and_removed() -> None:
    a = plan()
    b = {"uuid": "b", "children": [node("z1", "focus_area", "Helt nytt område",
                                        node("z2", "topic", "Något annat"))]}
    comparison = compare_plans(a, b)
    assert comparison.shares_nothing
    assert comparison.summary()["added"] == 2
    assert comparison.summary()["removed"] == 13
    assert "note" in comparison.to_json()
    assert not compare_plans(a, copy.deepcopy(a)).shares_nothing
    assert "note" not in compare_plans(a, copy.deepcopy(a)).to_json()


def test_the_json_has_the_documented_shape() -> None:
    a, b = plan(), plan()
    find(b, "g2")["title"] = "Utbilda chefer i suicidprevention"
    find(b, "t3")["children"].append(goal("new", "Nytt mål"))
    data = json.loads(json.dumps(compare_plans(a, b).to_json()))
    assert data["summary"] == {"added": 1, "removed": 0, "moved": 0, "changed": 1}
    for entry in data["changes"]:
        assert {"change", "kind", "uuid", "path", "before", "after"} <= set(entry)
    added = data["changes"][1]
    assert added["before"] is None and added["after"]["title"] == "Nytt mål"
    assert data["changes"][0]["fields"][0]["words"][1] == ["delete", "personal"]


def test_a_removed_focus_area_is_listed_with_its_subtree_and_no_anchor() -> None:
    a, b = plan(), plan()
    b["children"].pop(1)
    changes = compare_plans(a, b).changes
    assert [(c.change, c.uuid, c.anchor) for c in changes] == [
        ("removed", "f2", None), ("removed", "t2", None), ("removed", "g6", None),
        ("removed", "t3", None), ("removed", "g7", None)]
    assert compare_plans(a, b).to_json()["changes"][0]["anchor"] is None


def test_a_goal_moved_out_of_a_removed_topic_is_moved_not_removed() -> None:
    a, b = plan(), plan()
    area = b["children"][1]
    t2 = area["children"].pop(0)
    area["children"][0]["children"].append(t2["children"][0])  # g6 into t3, t2 deleted
    assert entries(a, b) == [("removed", "topic", "t2"), ("moved", "goal", "g6")]


def test_huge_texts_without_uuids_are_matched_quickly() -> None:
    """A pasted document in two unpaired topics' texts must not make scoring slow."""
    import time

    words = " ".join(f"ord{n % 50} och" for n in range(60000))
    a = {"uuid": "a", "children": [node("a1", "topic", "Ett ämne", text=words),
                                   node("a2", "topic", "Annat ämne", text=words + " mer")]}
    b = {"uuid": "b", "children": [node("b1", "topic", "Ett ämne", text=words + " slut"),
                                   node("b2", "topic", "Annat ämne", text=words + " mer")]}
    start = time.perf_counter()
    matches = match_nodes(a, b)
    changes = compare_plans(a, b).changes
    assert time.perf_counter() - start < 5
    assert matches == {"b1": "a1", "b2": "a2"}
    assert [(c.uuid, c.fields[0].words[-1]) for c in changes] == [("b1", ("insert", " slut"))]
