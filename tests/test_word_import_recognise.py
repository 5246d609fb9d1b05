"""Recognising a plan in Word documents from other producers and from our own export.

Each producer's document (tests/word_import_docs.py) holds known content; the tests
count what recognition finds — focus areas, topics, goals by horizon, indicators, fields,
evaluations, signatories — and check that the exchange document is one the workspace
accepts. Our own export comes home with the same tree and the same UUIDs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import word_import_docs as docs
from insatsplan.exchange import validate_document
from insatsplan.text import BulletItem, Run, canonical, render_blocks, render_inline
from insatsplan.text import Paragraph as TextParagraph
from insatsplan.word.agreement import build_agreement
from insatsplan.word_import.errors import EmptyWordError
from insatsplan.word_import.model import ImportResult, Paragraph, WordDocument
from insatsplan.word_import.reader import read_word
from insatsplan.word_import.recognise import (
    NoStructureError,
    as_single_topic,
    blocks_text,
    inline_text,
    recognise,
)
from test_exchange_roundtrip import documents as generated_documents
from word_helpers import demo_exchange_document


def nodes(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in items:
        yield node
        yield from nodes(node["children"])


def counts(result: ImportResult) -> Counter[Any]:
    """What a test counts in a recognised plan."""
    plan = result.document["plan"]
    found: Counter[Any] = Counter()
    for node in nodes(plan["children"]):
        kind = node["kind"]
        found[(kind, node["horizon"]) if kind in ("goal", "indicator") else kind] += 1
        found["evaluations"] += len(node.get("evaluations", []))
        found["fields"] += len(node.get("fields", {}))
        found["participants"] += sum(e["participants"] or 0
                                     for e in node.get("evaluations", []))
    found["basis"] = len(plan["basis"])
    found["signatories"] = len(plan["signatories"])
    return found


#: A topic's fields as the workspace stores them, each "has a value" in SQL.
_FIELD_COLUMNS: Final = {
    "background": "background != ''", "purpose": "purpose != ''",
    "target_group": "target_group != ''", "timeline": "timeline != ''",
    "responsible": "(responsible_organisations NOT IN ('[]', '') "
                   "OR responsible_people != '')",
    "measurable": "(measurable_answer IS NOT NULL OR measurable_text != '')",
    "funding": "(funding_source != '' OR funding_amount IS NOT NULL)",
}


def imported(path: Path, workspace: Path,
             capsys: pytest.CaptureFixture[str]) -> tuple[Counter[Any], list[set[str]]]:
    """``insatsplan import-word PATH`` into *workspace*, then what the file holds, read
    through a second connection: the counts :func:`counts` makes, and each topic's
    fields in order."""
    from cli_helpers import run_in
    from word_import_results import rows

    code, out, err = run_in(capsys, workspace, "import-word", str(path))
    assert code == 0, err
    plan_id = int(out.splitlines()[-1])
    found: Counter[Any] = Counter()
    for kind, horizon, number in rows(
            workspace, "SELECT kind, horizon, count(*) FROM node WHERE plan_id = ? "
            "GROUP BY kind, horizon", plan_id):
        found[(kind, horizon) if kind in ("goal", "indicator") else kind] = number
    [(found["evaluations"], found["participants"])] = rows(
        workspace, "SELECT count(*), coalesce(sum(e.participants), 0) FROM evaluation e "
        "JOIN node n ON n.id = e.node_id WHERE n.plan_id = ?", plan_id)
    [(found["signatories"],)] = rows(
        workspace, "SELECT count(*) FROM signatory WHERE plan_id = ?", plan_id)
    [(basis,)] = rows(workspace, "SELECT basis FROM plan WHERE id = ?", plan_id)
    found["basis"] = len(json.loads(basis))
    columns = ", ".join(_FIELD_COLUMNS.values())
    fields = [{name for name, has in zip(_FIELD_COLUMNS, row, strict=True) if has}
              for row in rows(workspace, f"SELECT {columns} FROM node WHERE plan_id = ? AND "
                              "kind = 'topic' ORDER BY id", plan_id)]
    found["fields"] = sum(len(names) for names in fields)
    return found, fields


def expected(counts: dict[Any, int]) -> Counter[Any]:
    """*counts* as :func:`counts` and :func:`imported` give them (no zero entries)."""
    return Counter({key: value for key, value in counts.items() if value})


def recognised(path: Path) -> ImportResult:
    result = recognise(read_word(path), organisations=docs.ORGANISATIONS)
    validate_document(result.document)  # the workspace would accept it as it is
    return result


# ----------------------------------------------------------------------------- producers


def _libreoffice(build: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def resaved(folder: Path) -> Path:
        if docs.soffice() is None:
            pytest.skip("LibreOffice is not installed")
        return docs.libreoffice_resave(build(folder), folder)
    return resaved


AGREEMENT_PRODUCERS = {
    "pandoc": docs.pandoc_agreement,
    "libreoffice": _libreoffice(docs.pandoc_agreement),
    "python-docx-careless": docs.careless_agreement,
}
REPORT_PRODUCERS = {
    "pandoc": docs.pandoc_report,
    "libreoffice": _libreoffice(docs.pandoc_report),
    "python-docx-careless": docs.careless_report,
}


@pytest.mark.parametrize("producer", list(AGREEMENT_PRODUCERS))
def test_agreements_from_other_producers_are_recognised(
        producer: str, tmp_path: Path, workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Every count exactly — focus areas, topics, goals and indicators by horizon,
    fields, evaluations, basis, signatories — in what recognition finds and in what the
    workspace holds after ``import-word``."""
    path = AGREEMENT_PRODUCERS[producer](tmp_path)
    result = recognised(path)
    plan = result.document["plan"]

    assert result.style == "agreement"
    assert counts(result) == expected(docs.AGREEMENT_COUNTS), producer
    found, fields = imported(path, workspace_path, capsys)
    assert found == expected(docs.AGREEMENT_COUNTS), producer
    assert fields == [set()] * docs.AGREEMENT_COUNTS["topic"]
    assert plan["title"] == (
        f"Överenskommelse om psykisk hälsa och suicidprevention {docs.AGREEMENT_YEAR}")
    assert plan["subtitle"] == docs.AGREEMENT_SUBTITLE
    assert (plan["year_from"], plan["year_to"]) == (docs.AGREEMENT_YEAR,) * 2
    assert plan["preamble"].startswith("Överenskommelsen beskriver hur förvaltningarna")
    titles = [n["title"] for n in nodes(plan["children"])]
    assert "Trygg skolväg" in titles
    assert "Minst en grupp hålls på arabiska." in titles  # a nested goal
    assert "Saknas." not in titles  # an empty section, not an indicator
    assert not any(t.startswith(("Fokusområde", "Innehåll")) for t in titles)
    assert [(s["name"], s["title"], s["organisation_code"]) for s in plan["signatories"]] == [
        ("Eva Lind", "Skoldirektör", "SFF"), ("Omar Haddad", "Socialdirektör", "SOF"),
        ("Stina Berg", "Kulturdirektör", "")]
    assert result.unmapped == ()


@pytest.mark.parametrize("producer", ["pandoc", "libreoffice"])
def test_inline_links_stay_links(producer: str, tmp_path: Path) -> None:
    plan = recognised(AGREEMENT_PRODUCERS[producer](tmp_path)).document["plan"]

    titles = [n["title"] for n in nodes(plan["children"])]
    assert f"Sprida information om [suicidprevention]({docs.LINK}) till personalen." in titles
    assert plan["basis"][1] == ("Regional handlingsplan för psykisk hälsa, se "
                                "[regionens webbplats](https://www.example.se/plan)")


def test_a_typed_table_of_contents_is_not_content(tmp_path: Path) -> None:
    plan = recognised(docs.careless_agreement(tmp_path)).document["plan"]

    everything = plan["preamble"] + " ".join(
        n["title"] + n.get("text", "") for n in nodes(plan["children"]))
    assert "Innehåll" not in everything
    assert "\t" not in everything
    assert [n["title"] for n in plan["children"]] == [
        "Främjande och förebyggande insatser", "Suicidprevention i kommunen"]


@pytest.mark.parametrize("producer", list(REPORT_PRODUCERS))
def test_plans_and_reports_from_other_producers_are_recognised(
        producer: str, tmp_path: Path, workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Every count exactly, as for agreements, and each activity's very fields."""
    path = REPORT_PRODUCERS[producer](tmp_path)
    result = recognised(path)
    plan = result.document["plan"]

    assert result.style == "plan_and_report"
    assert plan["kind"] == "plan_and_report"
    assert counts(result) == expected(docs.REPORT_COUNTS), producer
    found, fields = imported(path, workspace_path, capsys)
    assert found == expected(docs.REPORT_COUNTS), producer
    assert fields == list(docs.REPORT_FIELDS)
    assert [n["title"] for n in plan["children"]] == ["Tidiga insatser", "Suicidprevention"]
    topics = [n for n in nodes(plan["children"]) if n["kind"] == "topic"]
    assert [set(topic["fields"]) for topic in topics] == list(docs.REPORT_FIELDS)
    for topic in topics:
        assert [e["period"] for e in topic["evaluations"]] == [str(docs.REPORT_YEAR)]
    first = topics[0]
    assert [(n["kind"], n["horizon"], n["title"], [c["title"] for c in n["children"]])
            for n in first["children"]] == [
        ("goal", "short", "Erbjuda samtal inom en vecka.", []),
        ("goal", "short", "Starta en chatt för unga vuxna.",
         ["Chatten är öppen på kvällarna."]),
        ("goal", "long", "Färre unga vuxna behöver specialistvård.", []),
        ("goal", "long", "Unga vuxna vet var de får stöd.", []),
        ("indicator", "short", "Antal samtal per år.", []),
        ("indicator", "short", "Andel som fått samtal inom en vecka.", [])]
    assert first["fields"]["responsible"]["organisations"] == ["SOF"]
    assert first["fields"]["measurable"]["answer"] == "yes"
    assert first["fields"]["funding"] == {"source": "Stimulansmedel", "amount": "250000"}
    assert [(s["name"], s["title"], s["organisation_code"]) for s in plan["signatories"]] == [
        ("Eva Lind", "Socialdirektör", "SOF"), ("Omar Haddad", "Omsorgsdirektör", "VOF")]
    assert plan["preamble"].startswith("Handlingsplanen samlar stadens insatser")
    assert result.unmapped == ()


# ----------------------------------------------------------------------------- our own export


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return demo_exchange_document(tmp_path_factory)


def meaning(text: str, *, blocks: bool = False) -> str:
    """A text's stored form after the parser's normalisation: a generated title "-" and
    the "\\-" read back from Word show the same; an empty Markdown list is no text."""
    return canonical(text, blocks=blocks)


def _tree(items: list[dict[str, Any]],
          normal: Callable[..., str] = lambda text, **_: text) -> list[dict[str, Any]]:
    """What the agreement prints of a tree: kinds, order, horizons, titles, texts (with
    their links), UUIDs."""
    out = []
    for n in items:
        node = {k: n[k] for k in ("uuid", "kind", "horizon") if k in n}
        node["title"] = normal(n["title"])
        if normal(n.get("text", ""), blocks=True):
            node["text"] = normal(n["text"], blocks=True)
        node["children"] = _tree(n["children"], normal)
        out.append(node)
    return out


def test_our_own_agreement_comes_home_as_the_same_tree(
        demo_document: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "exported.docx"
    build_agreement(demo_document).save(str(path))

    result = recognised(path)

    plan, original = result.document["plan"], demo_document["plan"]
    assert _tree(plan["children"]) == _tree(original["children"])
    for key in ("uuid", "title", "subtitle", "year_from", "year_to", "preamble", "basis",
                "signatories", "parties", "kind"):
        assert plan[key] == original[key], key
    assert result.unmapped == ()


# ----------------------------------------------------------------------------- by hand


def word(*paragraphs: Paragraph, properties: dict[str, str] | None = None) -> WordDocument:
    return WordDocument("hand.docx", tuple(paragraphs), properties or {})


_counter = iter(range(1, 10_000))


def para(text: str, **kwargs: Any) -> Paragraph:
    return Paragraph(next(_counter), text, (Run(text),), **kwargs)


def test_untitled_headings_read_back_as_empty_titles() -> None:
    result = recognise(word(
        para("Plan 2025", style="title"),
        para("(utan rubrik)", style="heading 1", heading_level=1),
        para("(utan rubrik)", style="heading 2", heading_level=2),
        para("Långsiktiga mål", style="heading 3", heading_level=3),
        para("Ett mål.", list_level=0, list_kind="bullet")))

    focus = result.document["plan"]["children"][0]
    assert focus["title"] == "" and focus["children"][0]["title"] == ""
    assert focus["children"][0]["children"][0]["horizon"] == "long"


def test_content_that_maps_nowhere_is_kept_on_the_nearest_node_and_reported() -> None:
    under_indicator = para("Mäts varje termin.", list_level=1, list_kind="bullet")
    result = recognise(word(
        para("Plan 2025", style="title"),
        para("Stöd", style="heading 1", heading_level=1),
        para("Stödgrupper", style="heading 2", heading_level=2),
        para("Mätbara indikatorer för uppföljning", style="heading 3", heading_level=3),
        para("Antal grupper.", list_level=0, list_kind="bullet"),
        under_indicator))

    indicator = result.document["plan"]["children"][0]["children"][0]["children"][0]
    assert indicator["kind"] == "indicator" and indicator["children"] == []
    assert "Mäts varje termin." in indicator["text"]
    [unmapped] = result.unmapped
    assert unmapped.text == "Mäts varje termin."
    assert unmapped.where == f"stycke {under_indicator.index}, under Stöd › Stödgrupper"
    assert unmapped.kept_on == "Stöd › Stödgrupper › Antal grupper."
    validate_document(result.document)


def test_the_sample_agreement_shape_without_heading_styles() -> None:
    """The city's agreement as plain paragraphs: the headings named by the printed
    contents, section headings without the year, indicators after the long-term goals
    long-term, and the signatures without a heading before them."""
    body = [
        para("Insatser inom området psykisk hälsa 2025 barn, unga och vuxna"),
        para("Överenskommelse mellan socialförvaltningen och vård- och "
             "omsorgsförvaltningen"),
        para("Syftet med denna överenskommelse är att främja psykisk hälsa."),
        para("Denna överenskommelse har sin grund i:"),
        para("Nationell överenskommelse 2025", list_level=0, list_kind="bullet"),
        para("Innehåll", in_toc=True),
        para("Ett stärkt suicidpreventivt arbete\t3", in_toc=True, style="toc 1"),
        para("Familjecentraler\t3", in_toc=True, style="toc 2"),
        para("Ett stärkt suicidpreventivt arbete"),
        para("Familjecentraler"),
        para("Kortsiktiga mål och aktiviteter 2025"),
        para("Öppna en mobil familjecentral.", list_level=0, list_kind="bullet"),
        para("Mätbara indikatorer för uppföljning"),
        para("Antal familjer.", list_level=0, list_kind="bullet"),
        para("LÅNGSIKTIGA MÅL"),
        para("Familjecentraler är tillgängliga.", list_level=0, list_kind="bullet"),
        para("Mätbara indikatorer för uppföljning"),
        para("Besöksstatistik.", list_level=0, list_kind="bullet"),
        para("Johan Klingborg"), para("Socialdirektör"), para("Socialförvaltningen"),
        para(""),
        para("Annika Andersson"), para("Omsorgsdirektör"),
        para("Vård- och omsorgsförvaltningen"),
        para("Underskriftssida"),
        para("Dokumentet har skrivits under elektroniskt av en eller flera personer som "
             "är listade nedan."),
    ]
    result = recognise(word(*body), organisations=docs.ORGANISATIONS)
    plan = result.document["plan"]

    validate_document(result.document)
    assert plan["title"] == "Insatser inom området psykisk hälsa 2025 barn, unga och vuxna"
    assert plan["year_from"] == 2025
    assert plan["basis"] == ["Nationell överenskommelse 2025"]
    [focus] = plan["children"]
    assert focus["title"] == "Ett stärkt suicidpreventivt arbete"
    [topic] = focus["children"]
    assert [(n["kind"], n["horizon"]) for n in topic["children"]] == [
        ("goal", "short"), ("indicator", "short"), ("goal", "long"), ("indicator", "long")]
    assert [(s["name"], s["organisation_code"]) for s in plan["signatories"]] == [
        ("Johan Klingborg", "SOF"), ("Annika Andersson", "VOF")]
    assert [u.text for u in result.unmapped] == [
        "Underskriftssida", body[-1].text]  # kept, and said so


def test_our_own_report_labels_do_not_turn_into_signatories() -> None:
    """Labelled lines that end in an administration's name are fields, not a person."""
    result = recognise(word(
        para("Handlingsplan 2023"),
        para("Fokusområde 1. Tidiga insatser"),
        para("Samtalsstöd"),
        para("Bakgrund: Behovet ökar."),
        para("Målgrupp: Unga vuxna."),
        para("Ansvariga: Socialförvaltningen"),
        para("Tidsplan: Hela året.")), organisations=docs.ORGANISATIONS)

    plan = result.document["plan"]
    assert plan["signatories"] == []
    topic = plan["children"][0]["children"][0]
    assert topic["fields"]["responsible"]["organisations"] == ["SOF"]


def test_a_document_without_structure_can_be_imported_as_one_topic() -> None:
    letter = word(para("Hej!"), para("Här kommer några tankar inför nästa år."),
                  para("Vi borde satsa mer på unga.", list_level=0, list_kind="bullet"),
                  properties={"title": "Tankar 2026"})

    with pytest.raises(NoStructureError) as raised:
        recognise(letter)
    assert "hand.docx" in str(raised.value)

    result = as_single_topic(letter)
    validate_document(result.document)
    [focus] = result.document["plan"]["children"]
    [topic] = focus["children"]
    assert topic["title"] == "Tankar 2026"
    assert topic["text"] == ("Hej!\n\nHär kommer några tankar inför nästa år.\n\n"
                             "- Vi borde satsa mer på unga.")
    assert result.document["plan"]["year_from"] == 2026


def test_an_empty_document_says_so() -> None:
    with pytest.raises(EmptyWordError):
        recognise(word(para(""), para("   ")))
    with pytest.raises(EmptyWordError):
        as_single_topic(word(para("")))


def test_our_own_plan_and_report_comes_home_with_its_goals_uuids(
        demo_document: dict[str, Any], tmp_path: Path) -> None:
    from insatsplan.word.report import build_report

    document = {**demo_document, "plan": {**demo_document["plan"], "kind": "plan_and_report"}}
    path = tmp_path / "report.docx"
    build_report(document, None, combined=True).save(str(path))

    result = recognised(path)

    plan, original = result.document["plan"], document["plan"]
    assert result.style == "plan_and_report"
    # The summary tables are counted from the plan: no focus area of their own.
    assert [n["uuid"] for n in plan["children"]] == [n["uuid"] for n in original["children"]]

    def goals(items: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
        return [(n["uuid"], n["title"], n["horizon"]) for n in nodes(items)
                if n["kind"] == "goal"]
    assert goals(plan["children"]) == goals(original["children"])
    topics = [n for n in nodes(plan["children"]) if n["kind"] == "topic"]
    assert [t["uuid"] for t in topics] == [
        n["uuid"] for n in nodes(original["children"]) if n["kind"] == "topic"]
    assert topics[0]["fields"]["responsible"]["organisations"] == ["SOF", "SFF"]


@pytest.fixture(scope="module")
def demo_with_follow_up(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Any]:
    """The demo plan's exchange dict and its follow-up for 2025 (indicator lines and
    drawn trend charts), as ``export-word --kind plan_and_report`` hands the Word layer."""
    from insatsplan.charts.report_charts import gather_report_input
    from insatsplan.demo import add_demo_plan
    from insatsplan.workspace import Workspace

    folder = tmp_path_factory.mktemp("demo-report")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        ws = Workspace.open(folder / "demo.insatsplan")
        try:
            plan_ref = add_demo_plan(ws)
            return ws.exchange_document(plan_ref), gather_report_input(ws, plan_ref, "2025")
        finally:
            ws.close()


@pytest.mark.parametrize("combined", [True, False], ids=["plan_and_report", "report"])
def test_our_own_report_brings_its_indicators_fields_and_evaluations_home(
        demo_with_follow_up: tuple[dict[str, Any], Any], tmp_path: Path,
        combined: bool) -> None:
    """The report prints each activity's indicators as bookmarked bullets under "Finns
    mätbara mål inom området?" and again in a table with trend charts below: they come
    home as the topic's indicators (UUIDs, titles, units), the table, charts and figure
    captions are generated and neither unmapped nor text, the fields and the year's
    evaluation are the plan's, the coordinator and the reporting deadline come back."""
    from insatsplan.word.report import build_report

    document, follow_up = demo_with_follow_up
    assert follow_up.charts and follow_up.indicators  # the layout under test is printed
    path = tmp_path / "report.docx"
    build_report(document, follow_up, combined=combined).save(str(path))

    result = recognised(path)

    plan, original = result.document["plan"], document["plan"]
    assert result.unmapped == ()
    series = {s["uuid"]: s for s in result.document["series"]}
    original_series = {s["uuid"]: s for s in document["series"]}
    topics = [n for n in nodes(plan["children"]) if n["kind"] == "topic"]
    original_topics = [n for n in nodes(original["children"]) if n["kind"] == "topic"]
    assert [t["uuid"] for t in topics] == [t["uuid"] for t in original_topics]

    def indicators(topic: dict[str, Any], units: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(n["uuid"], n["title"], units[n["indicator"]["series_uuid"]]["unit"],
                 n["indicator"]["baseline"], n["indicator"]["target"])
                for n in topic["children"] if n["kind"] == "indicator"]
    assert sum(len(indicators(t, series)) for t in topics) == 25
    for topic, before in zip(topics, original_topics, strict=True):
        assert indicators(topic, series) == indicators(before, original_series), topic["title"]
        assert not [n for n in nodes(topic["children"]) if n["kind"] == "indicator"
                    and n not in topic["children"]]
        assert topic.get("fields", {}) == before.get("fields", {}), topic["title"]
        assert meaning(topic.get("text", ""), blocks=True) == meaning(
            before.get("text", ""), blocks=True), topic["title"]
        year = [{k: e[k] for k in ("period", "status", "participants", "text")}
                for e in before.get("evaluations", []) if e["period"] == "2025"]
        assert topic.get("evaluations", []) == year, topic["title"]
    assert (plan["coordinator"], plan["reporting_deadline"]) == (
        original["coordinator"], original["reporting_deadline"])
    assert plan["title"] == original["title"]
    if combined:
        assert meaning(plan["preamble"], blocks=True) == meaning(
            original["preamble"], blocks=True)


def test_our_own_report_resaved_by_libreoffice_still_brings_its_indicators_home(
        demo_with_follow_up: tuple[dict[str, Any], Any], tmp_path: Path) -> None:
    """A copy that came back from review through LibreOffice: the same indicators (UUIDs
    from the bookmarks), nothing of the generated table and charts unmapped."""
    from insatsplan.word.report import build_report

    if docs.soffice() is None:
        pytest.skip("LibreOffice is not installed")
    document, follow_up = demo_with_follow_up
    path = tmp_path / "report.docx"
    build_report(document, follow_up, combined=True).save(str(path))
    folder = tmp_path / "resaved"
    folder.mkdir()

    result = recognised(docs.libreoffice_resave(path, folder))

    def indicators(plan: dict[str, Any]) -> list[tuple[str, str]]:
        return [(n["uuid"], n["title"]) for n in nodes(plan["children"])
                if n["kind"] == "indicator"]
    assert indicators(result.document["plan"]) == indicators(document["plan"])
    assert len(indicators(document["plan"])) == 25
    assert result.unmapped == ()


@settings(max_examples=30, deadline=None)
@given(document=generated_documents())
def test_generated_agreements_come_home_as_the_same_tree(
        tmp_path_factory: pytest.TempPathFactory, document: dict[str, Any]) -> None:
    """Export to Word, read, recognise: kinds, order, horizons, titles, texts, links,
    signatories and UUIDs are what the plan held."""
    path = tmp_path_factory.mktemp("generated") / "plan.docx"
    build_agreement(document).save(str(path))

    result = recognised(path)

    plan, original = result.document["plan"], document["plan"]
    assert _tree(plan["children"], meaning) == _tree(original["children"], meaning)
    for key in ("uuid", "year_from", "year_to"):
        assert plan[key] == original[key], key
    for key in ("title", "subtitle"):
        assert meaning(plan[key]) == meaning(original[key]), key
    assert meaning(plan["preamble"], blocks=True) == meaning(original["preamble"], blocks=True)
    assert plan["basis"] == [meaning(entry) for entry in original["basis"] if entry]
    assert [(s["name"], s["title"], s["organisation_code"]) for s in plan["signatories"]] == [
        (meaning(s["name"]), meaning(s["title"]), s["organisation_code"])
        for s in original["signatories"]]


def test_a_goals_text_with_bullets_comes_home_as_text(tmp_path: Path) -> None:
    """Our export prints a goal's text bullets one level below the goal, without the
    node bookmark every goal carries: they are the goal's text, not goals."""
    document = {"format": "insatsplan/1", "series": [], "plan": {
        "uuid": "6f1c2a30-0000-4000-8000-00000000000a", "title": "Plan 2025", "subtitle": "",
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "status": "draft",
        "preamble": "", "basis": [], "coordinator": "", "reporting_deadline": None,
        "signed_on": None, "fingerprint": None, "origin_plan_uuid": None, "parties": [],
        "signatories": [], "children": [{
            "uuid": "6f1c2a30-0000-4000-8000-000000000001", "kind": "focus_area",
            "title": "Stöd", "children": [{
                "uuid": "6f1c2a30-0000-4000-8000-000000000002", "kind": "topic",
                "title": "Stödgrupper", "children": [{
                    "uuid": "6f1c2a30-0000-4000-8000-000000000003", "kind": "goal",
                    "horizon": "short", "title": "Starta grupper.",
                    "text": "Grupperna ges:\n\n- på våren\n- på hösten\n\nI alla stadsdelar.",
                    "children": [{
                        "uuid": "6f1c2a30-0000-4000-8000-000000000004", "kind": "goal",
                        "horizon": "short", "title": "En grupp på arabiska.",
                        "children": []}]}]}]}]}}
    validate_document(document)
    path = tmp_path / "goal-text.docx"
    build_agreement(document).save(str(path))

    plan = recognised(path).document["plan"]

    assert _tree(plan["children"]) == _tree(document["plan"]["children"])


RUN_TEXT = st.text(alphabet=st.sampled_from(list("ab Åö.,-+1)(#*_[]\\&<!:=\n\t")), max_size=12)
RUNS = st.lists(st.builds(Run, RUN_TEXT, st.booleans(), st.booleans(),
                          st.none() | st.just("https://example.se")), max_size=3).map(tuple)


@settings(max_examples=300)
@given(runs=RUNS)
def test_the_fast_inline_path_writes_what_the_renderer_writes(runs: tuple[Run, ...]) -> None:
    assert inline_text(runs) == render_inline(runs)


@settings(max_examples=300)
@given(blocks=st.lists(st.builds(TextParagraph, RUNS) | st.builds(
    BulletItem, RUNS, st.integers(0, 2)), max_size=5))
def test_the_fast_blocks_path_writes_what_the_renderer_writes(blocks: list[Any]) -> None:
    assert blocks_text(blocks) == render_blocks(blocks)


def test_plain_lines_before_goal_sections_are_topics() -> None:
    """No styles, no bold, no contents: a short line right before "Kortsiktiga mål …"
    (or "Långsiktiga mål") is its topic's title, as in the city's own agreement."""
    result = recognise(word(
        para("Insatser 2025"),
        para("Syftet är att främja psykisk hälsa."),
        para("Familjecentraler"),
        para("Kortsiktiga mål och aktiviteter 2025"),
        para("Öppna en mobil familjecentral.", list_level=0, list_kind="bullet"),
        para("Barn som anhöriga"),
        para("Långsiktiga mål"),
        para("Barn får stöd.", list_level=0, list_kind="bullet"),
        para("Mätbara indikatorer för uppföljning"),
        para("Saknas.", list_level=0, list_kind="bullet")))
    plan = result.document["plan"]

    validate_document(result.document)
    [focus] = plan["children"]
    assert focus["title"] == ""
    assert [t["title"] for t in focus["children"]] == ["Familjecentraler", "Barn som anhöriga"]
    assert [(n["kind"], n["horizon"]) for t in focus["children"] for n in t["children"]] == [
        ("goal", "short"), ("goal", "long")]
    assert plan["preamble"] == "Syftet är att främja psykisk hälsa."
    assert result.notes == ("Some topics stand before any focus area; they were put under a "
                            "focus area without a title.",)


def test_a_heading_1_title_and_bold_topics_under_styled_focus_areas() -> None:
    """The title written as Heading 1, focus areas as Heading 1, topics as bold lines,
    and a subheading the plan has no place for: kept on the topic and reported."""
    aside = para("Bakgrundsfakta", style="heading 3", heading_level=3)
    result = recognise(word(
        para("Överenskommelse 2026", style="heading 1", heading_level=1),
        para("Syftet är att främja psykisk hälsa."),
        para("Tidiga insatser", style="heading 1", heading_level=1),
        para("Första linjen", bold=True),
        para("Kortsiktiga mål och aktiviteter 2026", bold=True),
        para("Kortare väntetid.", list_level=0, list_kind="bullet"),
        aside,
        para("Väntetiden är i dag tre veckor."),
        para("Suicidprevention", style="heading 1", heading_level=1),
        para("Utbildning", bold=True),
        para("Långsiktiga mål", bold=True),
        para("Färre suicid.", list_level=0, list_kind="bullet")))
    plan = result.document["plan"]

    validate_document(result.document)
    assert (plan["title"], plan["year_from"]) == ("Överenskommelse 2026", 2026)
    assert plan["preamble"] == "Syftet är att främja psykisk hälsa."
    assert [(f["title"], [t["title"] for t in f["children"]]) for f in plan["children"]] == [
        ("Tidiga insatser", ["Första linjen"]), ("Suicidprevention", ["Utbildning"])]
    topic = plan["children"][0]["children"][0]
    assert [n["title"] for n in topic["children"]] == ["Kortare väntetid."]
    assert topic["text"] == "Bakgrundsfakta\n\nVäntetiden är i dag tre veckor."
    assert [u.where for u in result.unmapped] == [
        f"stycke {aside.index}, under Tidiga insatser › Första linjen"]


def test_a_signature_table_with_column_headings() -> None:
    """Another author's signature table: a heading row, then one row per party with
    name, title and administration in their cells."""
    cells = ["Namn", "Titel", "Förvaltning",
             "Eva Lind", "Skoldirektör", "Skol- och fritidsförvaltningen",
             "Omar Haddad", "Socialdirektör", "SOF"]
    result = recognise(word(
        para("Plan 2025"),
        para("Stöd", style="heading 1", heading_level=1),
        para("Stödgrupper", style="heading 2", heading_level=2),
        para("Underskrifter", style="heading 1", heading_level=1),
        *(para(text, in_table=True) for text in cells)), organisations=docs.ORGANISATIONS)

    assert result.document["plan"]["signatories"] == [
        {"name": "Eva Lind", "title": "Skoldirektör", "organisation_code": "SFF",
         "organisation_name": "Skol- och fritidsförvaltningen"},
        {"name": "Omar Haddad", "title": "Socialdirektör", "organisation_code": "SOF",
         "organisation_name": "Socialförvaltningen"}]
    assert [n["title"] for n in result.document["plan"]["children"]] == ["Stöd"]
    assert result.unmapped == ()


LINES = st.sampled_from([
    "Fokusområde 2. Stöd", "Kortsiktiga mål och aktiviteter 2024", "Långsiktiga mål",
    "Mätbara indikatorer för uppföljning", "Saknas.", "Underskrifter", "Eva Lind",
    "Socialdirektör", "Socialförvaltningen", "Bakgrund: Behov.", "Utvärdering: 12 deltagare.",
    "Ansvariga: SOF", "Innehåll", "Stöd\t3", "(utan rubrik)", "Denna överenskommelse har "
    "sin grund i:", "Ett mål.", "", "Sammanfattning 2024", "Dokument-ID"]) | RUN_TEXT
PARAGRAPHS = st.lists(st.builds(
    lambda text, level, heading, bold, toc, table, bookmark: Paragraph(
        0, text, (Run(text, bold),), heading_level=heading, list_level=level,
        list_kind="bullet" if level is not None else None, bold=bold, in_toc=toc,
        in_table=table, bookmarks=bookmark),
    LINES, st.none() | st.integers(0, 12), st.none() | st.integers(1, 4), st.booleans(),
    st.booleans(), st.booleans(),
    st.sampled_from([(), ("n" + "ab" * 16,), ("_TocInsatsplanSummary",)])), max_size=30)


@settings(max_examples=200)
@given(paragraphs=PARAGRAPHS)
def test_any_paragraphs_give_a_valid_plan_or_our_error(paragraphs: list[Paragraph]) -> None:
    numbered = tuple(replace(p, index=n) for n, p in enumerate(paragraphs, 1))
    document = WordDocument("fuzz.docx", numbered, {"InsatsplanPlanUuid": "not a uuid"})
    try:
        result = recognise(document, organisations=docs.ORGANISATIONS)
    except (NoStructureError, EmptyWordError):
        return
    validate_document(result.document)


def test_a_signatory_line_that_looks_like_a_typed_bullet_keeps_its_dash(tmp_path: Path) -> None:
    """The reader takes a leading "– " for a typed bullet; in a signature table it is the
    name itself, and it came home without its dash (found by the round trip above)."""
    document = {"format": "insatsplan/1", "series": [], "plan": {
        "uuid": "6f1c2a30-0000-4000-8000-00000000000b", "title": "Plan 2025", "subtitle": "",
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "status": "draft",
        "preamble": "", "basis": [], "coordinator": "", "reporting_deadline": None,
        "signed_on": None, "fingerprint": None, "origin_plan_uuid": None, "parties": [],
        "signatories": [{"name": "– Anna Berg", "title": "- förvaltningschef",
                         "organisation_code": "SOF",
                         "organisation_name": "Socialförvaltningen"}],
        "children": [{"uuid": "6f1c2a30-0000-4000-8000-000000000011", "kind": "focus_area",
                      "title": "Stöd", "children": []}]}}
    path = tmp_path / "plan.docx"
    build_agreement(document).save(str(path))
    signatories = recognised(path).document["plan"]["signatories"]
    assert [(s["name"], s["title"]) for s in signatories] == [
        ("– Anna Berg", "- förvaltningschef")]


LIST_THEN_TABLE_MARKDOWN = """---
title: Överenskommelse 2024
---

# Stöd

## Stödgrupper

### Kortsiktiga mål och aktiviteter 2024

- Starta grupper.
- Utbilda ledare.

| Grupp | Plats |
|-------|-------|
| Barn  | Väster |

Grupperna följs upp varje termin.

### Långsiktiga mål

- Fler barn får stöd.
"""


def test_a_table_and_a_paragraph_after_a_goal_list_are_kept_and_reported(
        tmp_path: Path) -> None:
    """Another author's table and loose paragraph after a goal list: no goals of their
    own, kept as the last goal's text, and each listed with where it stood and where it
    went (they were merged into the goal's text without a word)."""
    result = recognised(docs.pandoc_docx(LIST_THEN_TABLE_MARKDOWN, tmp_path / "t.docx"))

    topic = result.document["plan"]["children"][0]["children"][0]
    assert [(n["title"], n["horizon"]) for n in topic["children"]] == [
        ("Starta grupper.", "short"), ("Utbilda ledare.", "short"),
        ("Fler barn får stöd.", "long")]
    kept = ["Grupp", "Plats", "Barn", "Väster", "Grupperna följs upp varje termin."]
    assert topic["children"][1]["text"] == "\n\n".join(kept)
    assert [u.text for u in result.unmapped] == [  # one line per table
        "Grupp\nPlats\nBarn\nVäster", "Grupperna följs upp varje termin."]
    assert {u.kept_on for u in result.unmapped} == {"Stöd › Stödgrupper › Utbilda ledare."}
    assert result.unmapped[0].where == "stycke 7, under Stöd › Stödgrupper"
    assert result.unmapped[-1].where == "stycke 11, under Stöd › Stödgrupper"


REPORT_TABLE_AMONG_GOALS_MARKDOWN = """---
title: Handlingsplan 2023
---

# Fokusområde 1. Tidiga insatser

## Samtalsstöd

**Bakgrund:** Fler unga söker stöd.

**Kortsiktiga mål och aktiviteter:**

- Erbjuda samtal.
- Starta chatt.

| Grupp | Plats |
|-------|-------|
| Barn  | Väster |

**Utvärdering:** Bra.
"""


def test_a_table_among_a_reports_goals_is_the_topics_text_and_reported(
        tmp_path: Path) -> None:
    """A table under "Kortsiktiga mål och aktiviteter:" made a goal of every cell; its
    cells are the topic's text now, listed as one line with where the table stood."""
    result = recognised(docs.pandoc_docx(REPORT_TABLE_AMONG_GOALS_MARKDOWN,
                                         tmp_path / "tabell.docx"))

    topic = result.document["plan"]["children"][0]["children"][0]
    assert [n["title"] for n in topic["children"]] == ["Erbjuda samtal.", "Starta chatt."]
    assert topic["text"] == "Grupp\n\nPlats\n\nBarn\n\nVäster"
    [unmapped] = result.unmapped
    assert (unmapped.where, unmapped.text, unmapped.kept_on) == (
        "stycke 8, under Tidiga insatser › Samtalsstöd", "Grupp\nPlats\nBarn\nVäster",
        "Tidiga insatser › Samtalsstöd")
