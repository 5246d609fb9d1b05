"""The workspace side of the Word import: the preview, series matched by title, the
person's series choices, our own export coming home (UUIDs, "a new version of the plan
we hold"), and bad input leaving the workspace as it was (read back through a second
connection)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from insatsplan.errors import UserError
from insatsplan.workspace import Workspace
from word_import_results import (
    document,
    indicator,
    node,
    result,
    rows,
    sample_result,
    table_counts,
)

DEMO_SERIES = "Antal suicid i Exempelstad"


@pytest.fixture
def demo(demo_workspace_path: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_workspace_path) as workspace:
        yield workspace


def indicator_series(path: Path, plan_id: int) -> dict[str, str]:
    """Indicator title → series UUID of a plan, from the file."""
    return dict(rows(path, "SELECT n.title, s.uuid FROM node n JOIN indicator i ON "
                      "i.node_id = n.id JOIN series s ON s.id = i.series_id "
                      "WHERE n.plan_id = ?", plan_id))


def demo_series_uuid(path: Path) -> str:
    return str(rows(path, "SELECT uuid FROM series WHERE name = ?", DEMO_SERIES)[0][0])


def test_preview_shows_the_tree_the_unmapped_and_the_series_match(
        demo: Workspace, demo_workspace_path: Path) -> None:
    before = table_counts(demo_workspace_path)
    preview = demo.preview_word_import(sample_result())
    assert [(n.path, n.kind, n.horizon) for n in preview.nodes] == [
        (("Psykisk hälsa",), "focus_area", None),
        (("Psykisk hälsa", "Samtalsstöd"), "topic", None),
        (("Psykisk hälsa", "Samtalsstöd", "Fler unga får stöd"), "goal", "short"),
        (("Psykisk hälsa", "Samtalsstöd", "Färre väntar"), "goal", "long"),
        (("Psykisk hälsa", "Samtalsstöd", "antal  SUICID i exempelstad"), "indicator",
         "short"),
        (("Psykisk hälsa", "Föräldraskap"), "topic", None),
        (("Psykisk hälsa", "Föräldraskap", "Andel föräldrar som deltar"), "indicator",
         "short"),
        (("Suicidprevention",), "focus_area", None),
        (("Suicidprevention", "Utbildning"), "topic", None),
        (("Suicidprevention", "Utbildning", "Alla chefer utbildas"), "goal", "short"),
    ]
    assert preview.counts() == {"focus_areas": 2, "topics": 3, "short_goals": 2,
                                "long_goals": 1, "indicators": 2, "evaluations": 0,
                                "signatories": 1, "unmapped": 1, "matched_series": 1}
    assert preview.unmapped[0].where == "stycke 14, under Psykisk hälsa › Samtalsstöd"
    assert preview.held_plan is None
    suicide, parents = preview.series_matches
    assert suicide.matched == demo_series_uuid(demo_workspace_path)
    assert preview.series_option(suicide.matched).name == DEMO_SERIES  # type: ignore[union-attr]
    assert parents.matched is None and parents.candidates == ()
    assert len(preview.series) == len(rows(demo_workspace_path, "SELECT id FROM series"))
    assert table_counts(demo_workspace_path) == before  # read-only


def test_import_attaches_a_matching_indicator_to_the_existing_series(
        demo: Workspace, demo_workspace_path: Path) -> None:
    """An imported 2023 plan and the demo plan draw one line: the same series."""
    before = table_counts(demo_workspace_path)
    sample = sample_result()
    plan_id = demo.import_word(sample)
    series = indicator_series(demo_workspace_path, plan_id)
    assert series["antal  SUICID i exempelstad"] == demo_series_uuid(demo_workspace_path)
    assert series["Andel föräldrar som deltar"] not in indicator_series(
        demo_workspace_path, 1).values()
    after = table_counts(demo_workspace_path)
    assert after["series"] == before["series"] + 1  # only the unmatched one is new
    assert after["node"] == before["node"] + 10
    assert rows(demo_workspace_path, "SELECT uuid, status, year_from FROM plan WHERE id = ?",
                 plan_id) == [(sample.document["plan"]["uuid"], "draft", 2023)]
    assert rows(demo_workspace_path, "SELECT operation FROM operation_log ORDER BY id DESC "
                 "LIMIT 1") == [("import_word",)]
    stored = {row[0] for row in rows(demo_workspace_path,
                                      "SELECT uuid FROM node WHERE plan_id = ?", plan_id)}
    assert {n["uuid"] for n in walk(sample.document["plan"]["children"])} == stored


def walk(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in nodes:
        yield item
        yield from walk(item["children"])


def test_the_persons_series_choices_win_over_the_match(
        demo: Workspace, demo_workspace_path: Path) -> None:
    sample = sample_result()
    suicide, parents = demo.preview_word_import(sample).series_matches
    plan_id = demo.import_word(sample, series_choices={
        suicide.indicator_uuid: None, parents.indicator_uuid: suicide.matched})
    series = indicator_series(demo_workspace_path, plan_id)
    assert series["Andel föräldrar som deltar"] == demo_series_uuid(demo_workspace_path)
    assert series["antal  SUICID i exempelstad"] != demo_series_uuid(demo_workspace_path)
    assert rows(demo_workspace_path, "SELECT name FROM series WHERE uuid = ?",
                 series["antal  SUICID i exempelstad"]) == [("antal  SUICID i exempelstad",)]


def test_an_unknown_series_choice_writes_nothing(
        demo: Workspace, demo_workspace_path: Path) -> None:
    sample = sample_result()
    suicide = demo.preview_word_import(sample).series_matches[0]
    before = table_counts(demo_workspace_path)
    with pytest.raises(UserError, match="no series"):
        demo.import_word(sample, series_choices={
            suicide.indicator_uuid: "00000000-0000-4000-8000-000000000000"})
    assert table_counts(demo_workspace_path) == before


def test_a_failure_halfway_rolls_everything_back(
        demo: Workspace, demo_workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan row and some nodes are flushed when the third focus area fails: the
    second connection sees none of it."""
    from insatsplan.workspace import api

    built: list[str] = []
    original = api.NodeBuilder.build

    def failing(self: Any, item: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        if item["title"] == "Suicidprevention":
            raise UserError("Broken halfway.")
        built.append(item["title"])
        return original(self, item, *args, **kwargs)

    monkeypatch.setattr(api.NodeBuilder, "build", failing)
    before = table_counts(demo_workspace_path)
    with pytest.raises(UserError, match="Broken halfway"):
        demo.import_word(sample_result())
    assert "Psykisk hälsa" in built
    assert table_counts(demo_workspace_path) == before


def test_a_document_that_is_not_valid_is_refused_before_anything(
        demo: Workspace, demo_workspace_path: Path) -> None:
    doc = document(node("topic", "Ett ämne utan fokusområde"))
    before = table_counts(demo_workspace_path)
    with pytest.raises(UserError, match="focus_area"):
        demo.preview_word_import(result(doc))
    with pytest.raises(UserError, match="focus_area"):
        demo.import_word(result(doc))
    assert table_counts(demo_workspace_path) == before


def test_a_document_of_the_wrong_shape_is_refused_with_its_place(
        demo: Workspace, demo_workspace_path: Path) -> None:
    """The preview skips the slow schema check for a sound document; a broken one
    still gets the schema's message naming the place."""
    doc = document(node("focus_area", "Psykisk hälsa", node("topic", "Samtalsstöd")))
    del doc["plan"]["children"][0]["children"][0]["uuid"]
    before = table_counts(demo_workspace_path)
    with pytest.raises(UserError, match=r"plan\.children\[0\]\.children\[0\].*uuid"):
        demo.preview_word_import(result(doc))
    with pytest.raises(UserError, match="uuid"):
        demo.import_word(result(doc))
    assert table_counts(demo_workspace_path) == before


def test_a_held_plan_is_offered_and_a_plain_import_gets_a_new_plan_uuid(
        demo: Workspace, demo_workspace_path: Path) -> None:
    """A copy back from review without "as a new version": a new plan whose origin is
    the held one, node UUIDs kept (they are unique per plan)."""
    held = demo.exchange_document(1)
    held_uuid = held["plan"]["uuid"]
    sample = result(document(*held["plan"]["children"], series=held["series"],
                             plan_uuid=held_uuid, title="Granskad kopia"))
    preview = demo.preview_word_import(sample)
    assert preview.held_plan is not None and preview.held_plan.id == 1
    plan_id = demo.import_word(sample)
    [(uuid, origin)] = rows(demo_workspace_path,
                             "SELECT uuid, origin_plan_id FROM plan WHERE id = ?", plan_id)
    assert uuid != held_uuid and origin == 1
    assert sorted(r[0] for r in rows(demo_workspace_path,
                                      "SELECT uuid FROM node WHERE plan_id = ?", plan_id)) == \
        sorted(r[0] for r in rows(demo_workspace_path,
                                   "SELECT uuid FROM node WHERE plan_id = 1"))
    # every indicator keeps the held plan's series, by node UUID
    assert indicator_series(demo_workspace_path, plan_id) == indicator_series(
        demo_workspace_path, 1)


@pytest.fixture
def held_plan(ws: Workspace) -> tuple[Workspace, int, dict[str, Any]]:
    """A plan with what Word does not print: an indicator's direction, levels, target
    and data source, a topic's background and funding, a chart comparison."""
    series: list[dict[str, Any]] = []
    doc = document(
        node("focus_area", "Psykisk hälsa",
             node("topic", "Samtalsstöd",
                  node("goal", "Fler unga får stöd", horizon="short"),
                  indicator("Antal samtal", series, direction="fall", data_source="Kolada",
                            target={"value": "120", "period": "2025"},
                            levels={"green": {"min": None, "max": "120"},
                                    "yellow": {"min": "120", "max": "150"}}),
                  text="Samtal för unga.",
                  fields={"background": "Många unga mår dåligt.",
                          "funding": {"source": "Statsbidrag", "amount": "50000"}}),
             node("topic", "Tas bort i Word")),
        series=series, title="Överenskommelse 2025", year=2025)
    plan_id = ws.import_document(doc)
    indicator_id = ws.find_indicator(plan_id, "Antal samtal")
    ws.create_series("Riket", "", compare_with=indicator_id)
    return ws, plan_id, ws.exchange_document(plan_id)


def test_as_a_new_version_keeps_what_word_does_not_print(
        held_plan: tuple[Workspace, int, dict[str, Any]], workspace_path: Path) -> None:
    ws, held_id, held = held_plan
    focus = held["plan"]["children"][0]
    topic = focus["children"][0]
    goal, measured = topic["children"]
    series: list[dict[str, Any]] = []
    word = document(
        node("focus_area", "Psykisk hälsa och välmående",
             node("topic", "Samtalsstöd för unga",
                  node("goal", "Fler unga får stöd snabbt", uuid=goal["uuid"],
                       horizon="short"),
                  indicator("Antal samtal per år", series, uuid=measured["uuid"]),
                  uuid=topic["uuid"], text="Samtal för unga, även digitalt.",
                  fields={"purpose": "Att nå fler."}),
             node("topic", "Nytt i Word"), uuid=focus["uuid"]),
        series=series, plan_uuid=held["plan"]["uuid"], title="Överenskommelse 2026",
        year=2026, preamble="Ny inledning.")
    preview = ws.preview_word_import(result(word))
    assert preview.held_plan is not None and preview.held_plan.id == held_id
    assert preview.series_matches[0].matched == measured["indicator"]["series_uuid"]
    plan_id = ws.import_word(result(word), as_new_version_of=held_id)

    new = ws.exchange_document(plan_id)
    body = new["plan"]
    assert body["title"] == "Överenskommelse 2026" and body["year_from"] == 2026
    assert body["preamble"] == "Ny inledning." and body["status"] == "draft"
    assert body["origin_plan_uuid"] == held["plan"]["uuid"]
    assert body["uuid"] != held["plan"]["uuid"]
    [new_focus] = body["children"]
    assert new_focus["title"] == "Psykisk hälsa och välmående"
    assert [t["title"] for t in new_focus["children"]] == ["Samtalsstöd för unga",
                                                            "Nytt i Word"]
    new_topic = new_focus["children"][0]
    assert new_topic["uuid"] == topic["uuid"]
    assert new_topic["text"] == "Samtal för unga, även digitalt."
    assert new_topic["fields"]["background"] == "Många unga mår dåligt."
    assert new_topic["fields"]["purpose"] == "Att nå fler."
    assert new_topic["fields"]["funding"] == {"source": "Statsbidrag", "amount": "50000"}
    new_goal, new_indicator = new_topic["children"]
    assert new_goal["title"] == "Fler unga får stöd snabbt"
    assert new_indicator["title"] == "Antal samtal per år"
    assert new_indicator["indicator"] == measured["indicator"]  # series, levels, target…
    # the chart comparison came along; the held plan is untouched
    assert rows(workspace_path, "SELECT count(*) FROM comparison c JOIN node n ON "
                 "n.id = c.node_id WHERE n.plan_id = ?", plan_id) == [(1,)]
    assert ws.exchange_document(held_id) == held
    assert rows(workspace_path, "SELECT count(*) FROM series") == [(2,)]


def test_as_a_new_version_a_new_series_choice_is_honoured(
        held_plan: tuple[Workspace, int, dict[str, Any]], workspace_path: Path) -> None:
    ws, held_id, held = held_plan
    measured = held["plan"]["children"][0]["children"][0]["children"][1]
    series: list[dict[str, Any]] = []
    word = document(node("focus_area", "Psykisk hälsa", node(
        "topic", "Samtalsstöd", indicator("Antal samtal", series, uuid=measured["uuid"]))),
        series=series, plan_uuid=held["plan"]["uuid"], year=2026)
    plan_id = ws.import_word(result(word), series_choices={measured["uuid"]: None},
                             as_new_version_of=held_id)
    spec = ws.exchange_document(plan_id)["plan"]["children"][0]["children"][0][
        "children"][0]["indicator"]
    assert spec["series_uuid"] != measured["indicator"]["series_uuid"]
    assert spec["direction"] == "fall" and spec["levels"] == measured["indicator"]["levels"]


def three_topics(order: tuple[str, ...], series: list[dict[str, Any]],
                 **plan: Any) -> dict[str, Any]:
    """A plan whose topics each count "Antal deltagare", in *order*."""
    return document(node("focus_area", "Stöd", *(
        node("topic", topic, indicator("Antal deltagare", series)) for topic in order)),
        series=series, **plan)


def test_same_titled_indicators_join_the_series_under_the_same_topic(
        ws: Workspace, workspace_path: Path) -> None:
    """Three topics' "Antal deltagare" are three series; a document with the topics in
    another order still draws each line on with its own topic's series."""
    this_year = ws.import_document(three_topics(("Samtal", "Grupper", "Läger"), [],
                                                year=2025))
    held = indicator_series_by_topic(workspace_path, this_year)
    sample = result(three_topics(("Läger", "Samtal", "Grupper"), []))
    preview = ws.preview_word_import(sample)
    assert {m.path[-2]: m.matched for m in preview.series_matches} == held
    plan_id = ws.import_word(sample)
    assert indicator_series_by_topic(workspace_path, plan_id) == held


def indicator_series_by_topic(path: Path, plan_id: int) -> dict[str, str]:
    return dict(rows(path, "SELECT t.title, s.uuid FROM node n JOIN node t ON "
                      "t.id = n.parent_id JOIN indicator i ON i.node_id = n.id JOIN series s "
                      "ON s.id = i.series_id WHERE n.plan_id = ?", plan_id))


def test_a_series_is_the_default_of_one_indicator_only(
        ws: Workspace, workspace_path: Path) -> None:
    """One existing "Antal deltagare" series, two in the document: the first joins it,
    the second gets a new series, in the preview as in the import."""
    series: list[dict[str, Any]] = []
    ws.import_document(document(node("focus_area", "Stöd", node(
        "topic", "Samtal", indicator("Antal deltagare", series))), series=series, year=2025))
    sample = result(three_topics(("Samtal", "Grupper"), []))
    first, second = ws.preview_word_import(sample).series_matches
    assert first.matched is not None and second.matched is None
    assert second.candidates == (first.matched,)  # still offered: the person may swap
    plan_id = ws.import_word(sample)
    stored = indicator_series_by_topic(workspace_path, plan_id)
    assert stored["Samtal"] == first.matched and stored["Grupper"] != first.matched


def test_one_series_chosen_for_two_indicators_is_refused(
        ws: Workspace, workspace_path: Path) -> None:
    series: list[dict[str, Any]] = []
    ws.import_document(document(node("focus_area", "Stöd", node(
        "topic", "Samtal", indicator("Antal deltagare", series))), series=series, year=2025))
    sample = result(three_topics(("Samtal", "Grupper"), []))
    first, second = ws.preview_word_import(sample).series_matches
    before = table_counts(workspace_path)
    with pytest.raises(UserError, match="chosen for two indicators"):
        ws.import_word(sample, series_choices={first.indicator_uuid: first.matched,
                                               second.indicator_uuid: first.matched})
    assert table_counts(workspace_path) == before
