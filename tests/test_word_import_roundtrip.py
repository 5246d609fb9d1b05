"""The Word round trip over generated plans: a plan made in one workspace, exported to
Word by our exporter, imported into a second, fresh workspace with
:meth:`Workspace.import_word` and read back through another connection is the same
tree: kinds, order, horizons, titles, texts (with bold, italic, links and bullets),
signatories, node UUIDs and the plan's UUID.

The generator draws what a coordinator writes: focus areas, topics, goals in every
horizon nested one to three deep, indicators, a horizon with goals and no indicators
(its indicator section prints "Saknas."), empty titles (printed "(utan rubrik)" or as
an empty bullet), Swedish letters, Markdown characters that must stay literal, and
texts with paragraphs and bullet lists.

Texts are compared as stored. The one normalisation is on the *original* side, and it
is the workspace's own: the plan is first created in workspace A, and what A gives
back (``exchange_document``) is what is exported and compared, so the Markdown is the
canonical form every stored text has (:func:`insatsplan.text.canonical`). Nothing of
the re-imported side is normalised.
"""

from __future__ import annotations

import copy
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from insatsplan.text import (
    BulletItem,
    Paragraph,
    Run,
    parse_inline,
    plain_text,
    render_blocks,
    render_inline,
)
from insatsplan.values import canonical_value
from insatsplan.word.agreement import build_agreement
from insatsplan.word.report import build_report
from insatsplan.word_import.importing import read_document, recognise_document
from insatsplan.workspace import Workspace

UUIDS = st.uuids().map(str)
YEARS = st.integers(min_value=2015, max_value=2030)
ORGANISATIONS = {"AMF": "Arbetsmarknadsförvaltningen", "SFF": "Skol- och fritidsförvaltningen",
                 "SOF": "Socialförvaltningen", "VOF": "Vård- och omsorgsförvaltningen"}

#: Words with Swedish letters, digits and punctuation, and a few characters Markdown
#: would read as syntax (they must come back literal).
WORDS = st.text(alphabet=st.sampled_from(list("abcdefåäöÅÄÖéü0123456789.,:;!?()–-")),
                min_size=1, max_size=9)
MARKDOWN_WORDS = st.sampled_from(["*", "_", "#", "[x]", "\\", "<b>", "&amp;", "1.", "-", "`"])
#: The start of a typed bullet, as the reader knows it.
TYPED_BULLET = re.compile(r"[ \t\u00a0]*(?:[•·▪◦\uf0b7]|[-–*][ \t\u00a0]+\S)")
LINKS = st.sampled_from(["https://www.example.se/", "https://1177.se/Stockholm/barn",
                         "https://example.se/a?b=1&c=å"])


@st.composite
def runs(draw: st.DrawFn, *, max_words: int = 6, breaks: bool = False) -> tuple[Run, ...]:
    """Formatted words: plain, **bold**, *italic*, both, or a link; with *breaks* a
    line break between two words now and then (a text's paragraph may hold them)."""
    out: list[Run] = []
    for n in range(draw(st.integers(1, max_words))):
        word = draw(WORDS | MARKDOWN_WORDS) if draw(st.integers(0, 5)) == 0 else draw(WORDS)
        kind = draw(st.sampled_from(["plain", "plain", "plain", "bold", "italic", "both",
                                     "link"]))
        if n:
            out.append(Run("\n" if breaks and draw(st.integers(0, 6)) == 0 else " "))
        out.append(Run(word, link=draw(LINKS)) if kind == "link" else Run(
            word, bold=kind in ("bold", "both"), italic=kind in ("italic", "both")))
    return tuple(r for r in out if r.text)


def not_a_typed_bullet(line: tuple[Run, ...]) -> bool:
    """Whether a paragraph of *line* does not start like a typed bullet ("- ", "• ").

    Word prints such a paragraph exactly as a careless author's typed bullet, which the
    import must read as a list item (issue 18): a person could not tell them apart
    either, so the generator does not write them.
    """
    return TYPED_BULLET.match("".join(run.text for run in line)) is None


def inline(draw: st.DrawFn, *, empty: bool = True, paragraph: bool = False) -> str:
    """A title in the stored Markdown (empty now and then when *empty*). A *paragraph*
    title (the plan's title and subtitle: no heading, no list item) does not start like
    a typed bullet: one that does comes home with its bullet, but in the formatting of
    the words after it, since the reader does not keep the bullet's own (a named test
    covers a plain "- ")."""
    if empty and draw(st.integers(0, 9)) == 0:
        return ""
    line = runs()
    return render_inline(draw(line.filter(not_a_typed_bullet) if paragraph else line))


def blocks(draw: st.DrawFn) -> str:
    """A text: paragraphs and bullet lists (one nested level), or nothing."""
    if draw(st.booleans()):
        return ""
    items: list[Paragraph | BulletItem] = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            items.append(Paragraph(draw(runs(max_words=8, breaks=True).filter(
                not_a_typed_bullet))))
        else:
            items += [BulletItem(draw(runs()), level) for level in
                      draw(st.lists(st.sampled_from([0, 0, 1]), min_size=1, max_size=3))]
    return render_blocks(items)


#: A field's text as people write it: a capital letter first, a letter last. The
#: labelled-paragraph parser takes a leading ":" or "." for the label's own and takes a
#: funding source's last "," for the one before the amount (reported, not drawn here).
#: A measurable text may start in lower case (it comes home after "Ja." as written).
FIELD_TEXT = st.builds(lambda first, rest, last: first + rest + last,
                       st.sampled_from(list("ABCÅÄÖ")),
                       st.text(alphabet=st.sampled_from(list("abcåäö xyz.,–:()123")),
                               max_size=20),
                       st.sampled_from(list("aäz")))


#: A funding source: words. Beside an amount the parser tidies the source's punctuation
#: ("x :c" comes back "x:c"; reported, not drawn here).
SOURCE_TEXT = st.lists(st.text(alphabet=st.sampled_from(list("abcåäöABCÅÄÖ123")), min_size=1,
                               max_size=8), min_size=1, max_size=3).map(" ".join)


@st.composite
def report_fields(draw: st.DrawFn) -> dict[str, Any] | None:
    """An activity's labelled fields, each set now and then (amounts negative too)."""
    fields: dict[str, Any] = {}
    for name in ("background", "purpose", "target_group", "timeline"):
        if draw(st.booleans()):
            fields[name] = draw(FIELD_TEXT)
    organisations = draw(st.lists(st.sampled_from(sorted(ORGANISATIONS)), max_size=3,
                                  unique=True))
    people = draw(st.sampled_from(["", "Anna Berg", "Kim Ek och Bo Ås"]))
    if organisations or people:
        fields["responsible"] = {"organisations": organisations, "people": people}
    answer = draw(st.sampled_from([None, "yes", "no"]))
    text = draw(st.just("") | FIELD_TEXT | FIELD_TEXT.map(lambda t: t[0].lower() + t[1:]))
    if answer is not None or text:
        fields["measurable"] = {"answer": answer, "text": text}
    source = draw(st.just("") | SOURCE_TEXT)
    amount = draw(st.none() | st.decimals(-10**7, 10**7, places=2).map(canonical_value))
    if source or amount is not None:
        fields["funding"] = {"source": source, "amount": amount}
    return fields or None


class Plans:
    """Draws a plan's tree in the order the agreement prints it; for the plan and
    report (*report*) with the activities' fields and the year's evaluation too."""

    def __init__(self, draw: st.DrawFn, *, report: bool = False, year: int = 2025) -> None:
        self.draw = draw
        self.report = report
        self.year = year
        self.series: list[dict[str, Any]] = []

    def node(self, kind: str, horizon: str | None = None, *, depth: int = 0,
             children: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        draw = self.draw
        out: dict[str, Any] = {"uuid": draw(UUIDS), "kind": kind, "title": inline(draw)}
        text = blocks(draw)
        if text:
            out["text"] = text
        if horizon is not None:
            out["horizon"] = horizon
        if kind == "indicator":
            series_uuid = draw(UUIDS)
            self.series.append({"uuid": series_uuid, "name": "Serie", "unit": "antal",
                                "measurements": []})
            out["indicator"] = {"series_uuid": series_uuid, "direction": "rise",
                                "data_source": "", "baseline": None, "target": None,
                                "levels": None}
        out["children"] = children or []
        return out

    def goal(self, horizon: str, depth: int) -> dict[str, Any]:
        """A goal with sub-goals, at most three goals deep."""
        below = [] if depth >= 2 else [self.goal(horizon, depth + 1)
                                        for _ in range(self.draw(st.integers(0, 2 - depth)))]
        return self.node("goal", horizon, depth=depth, children=below)

    def topic(self) -> dict[str, Any]:
        draw = self.draw
        children: list[dict[str, Any]] = []
        for kind, horizon in (("goal", "short"), ("indicator", "short"),
                              ("goal", "long"), ("indicator", "long")):
            for _ in range(draw(st.integers(0, 2))):
                children.append(self.goal(horizon, 0) if kind == "goal"
                                else self.node("indicator", horizon))
        topic = self.node("topic", children=children)
        if self.report:  # what the report prints of an activity besides its goals
            fields = draw(report_fields())
            if fields is not None:
                topic["fields"] = fields
            if draw(st.booleans()):
                topic["evaluations"] = [{
                    "period": str(self.year),
                    "status": draw(st.sampled_from(["planned", "done", "postponed"])),
                    "participants": draw(st.none() | st.integers(0, 500)),
                    "text": blocks(draw)}]
        return topic

    def focus_area(self) -> dict[str, Any]:
        return self.node("focus_area", children=[
            self.topic() for _ in range(self.draw(st.integers(0, 2)))])


@st.composite
def plans(draw: st.DrawFn, kind: str = "agreement") -> dict[str, Any]:
    """A plan of *kind* ("agreement" or "plan_and_report", which prints no signatures)."""
    year = draw(YEARS)
    drawn = Plans(draw, report=kind == "plan_and_report", year=year)
    title = f"{inline(draw, empty=False, paragraph=True)} {year}"
    assume(TYPED_BULLET.match(plain_text(title)) is None)  # "*" + " 2025" is one
    codes = draw(st.lists(st.sampled_from(sorted(ORGANISATIONS)), unique=True, max_size=4))
    plan = {
        "uuid": draw(UUIDS), "title": title,
        "subtitle": inline(draw, paragraph=True), "year_from": year, "year_to": year,
        "kind": kind, "status": "draft", "preamble": blocks(draw),
        "coordinator": "", "basis": [inline(draw, empty=False)
                                     for _ in range(draw(st.integers(0, 3)))],
        "reporting_deadline": None, "signed_on": None, "fingerprint": None,
        "origin_plan_uuid": None,
        "parties": [{"organisation_code": c, "organisation_name": ORGANISATIONS[c]}
                    for c in codes],
        "signatories": [{"name": f"{draw(WORDS)} {draw(WORDS)}", "title": draw(WORDS),
                         "organisation_code": c, "organisation_name": ORGANISATIONS[c]}
                        for c in draw(st.lists(st.sampled_from(sorted(ORGANISATIONS)),
                                               max_size=0 if drawn.report else 4))],
        "children": [drawn.focus_area() for _ in range(draw(st.integers(0, 3)))],
    }
    return {"format": "insatsplan/1", "plan": plan, "series": drawn.series}


# ----------------------------------------------------------------------------- the trip


@pytest.fixture(scope="module")
def empty_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh, closed workspace file; each example copies it (creating one is slow)."""
    path = tmp_path_factory.mktemp("empty") / "empty.insatsplan"
    Workspace.open(path).close()
    return path


def fresh(empty: Path, folder: Path, name: str) -> Path:
    path = folder / name
    shutil.copyfile(empty, path)
    return path


def nodes(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in items:
        yield node
        yield from nodes(node["children"])


def as_heading(title: str) -> str:
    """*title* as a Word heading shows it: without bold. Headings 1 and 2 are bold by
    their style, so a **bold** word in a focus area's or topic's title looks like the
    rest and cannot come back as bold; every character, italic and link stays."""
    return render_inline(Run(r.text, False, r.italic, r.link) for r in parse_inline(title))


def tree(items: list[dict[str, Any]], *, original: bool = False) -> list[dict[str, Any]]:
    """What the agreement prints of a tree: kinds, order, horizons, titles, texts (with
    their links, bold and italic), UUIDs; and a topic's fields and evaluations, which
    the report prints. Of the *original*, headings as Word shows
    them (:func:`as_heading`)."""
    return [{"uuid": n["uuid"], "kind": n["kind"], "horizon": n.get("horizon"),
             "title": as_heading(n["title"]) if original and n["kind"] in (
                 "focus_area", "topic") else n["title"],
             "text": n.get("text", ""), "fields": n.get("fields", {}),
             "evaluations": n.get("evaluations", []),
             "children": tree(n["children"], original=original)}
            for n in items]


def printed(plan: dict[str, Any]) -> dict[str, Any]:
    """What the agreement prints of a plan besides its tree."""
    return {"uuid": plan["uuid"], "kind": plan["kind"], "title": plan["title"],
            "subtitle": plan["subtitle"], "years": (plan["year_from"], plan["year_to"]),
            "preamble": plan["preamble"], "basis": plan["basis"],
            "signatories": plan["signatories"]}


def export(document: dict[str, Any]) -> Any:
    """The Word document our exporter makes of the plan's kind, in process (no
    LibreOffice): the agreement, or the plan with its report (no charts)."""
    if document["plan"]["kind"] == "plan_and_report":
        return build_report(document, None, combined=True)
    return build_agreement(document)


def word_round_trip(document: dict[str, Any], empty: Path, folder: Path
                    ) -> tuple[dict[str, Any], dict[str, Any]]:
    """The plan as workspace A holds it, and as workspace B holds it after A's Word
    export was imported there (each read back through a connection of its own)."""
    first, second = fresh(empty, folder, "a.insatsplan"), fresh(empty, folder, "b.insatsplan")
    with Workspace.open(first) as ws:
        plan_id = ws.import_document(copy.deepcopy(document))
    with Workspace.open(first, readonly=True) as ws:
        original = ws.exchange_document(plan_id)
    docx = folder / "plan.docx"
    export(original).save(str(docx))
    with Workspace.open(second) as ws:
        organisations = {o.code: o.name for o in ws.organisations()}
        result = recognise_document(read_document(docx), organisations)
        imported_id = ws.import_word(result)
    with Workspace.open(second, readonly=True) as ws:
        return original, ws.exchange_document(imported_id)


@settings(max_examples=40, deadline=None)
@given(document=plans())
def test_generated_agreements_come_home_through_word_as_the_same_plan(
        empty_workspace: Path, tmp_path_factory: pytest.TempPathFactory,
        document: dict[str, Any]) -> None:
    original, imported = word_round_trip(document, empty_workspace,
                                         tmp_path_factory.mktemp("trip"))

    assert tree(imported["plan"]["children"]) == tree(original["plan"]["children"],
                                                      original=True)
    assert printed(imported["plan"]) == printed(original["plan"])
    assert [n["uuid"] for n in nodes(imported["plan"]["children"])] == [
        n["uuid"] for n in nodes(document["plan"]["children"])]


def as_reported(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A tree (of :func:`tree`) as the plan and report prints it: under each activity
    the short-term goals, the indicators ("Finns mätbara mål inom området?", without a
    horizon, which the report does not print: they come home as short-term) and the
    long-term goals, in the order the import places them."""
    out = []
    for node in items:
        node = dict(node, children=as_reported(node["children"]))
        if node["kind"] == "topic":
            children = node["children"]
            node["children"] = [
                *(c for c in children if c["kind"] == "goal" and c["horizon"] == "short"),
                *(dict(c, horizon="short") for c in children if c["kind"] == "indicator"),
                *(c for c in children if c["kind"] == "goal" and c["horizon"] == "long")]
        out.append(node)
    return out


@settings(max_examples=20, deadline=None)
@given(document=plans("plan_and_report"))
def test_generated_plans_and_reports_come_home_through_word_as_the_same_plan(
        empty_workspace: Path, tmp_path_factory: pytest.TempPathFactory,
        document: dict[str, Any]) -> None:
    """The plan and its report (no charts) through Word: the same tree as it prints,
    texts of focus areas and activities, titles with links, the plan's fields, UUIDs."""
    original, imported = word_round_trip(document, empty_workspace,
                                         tmp_path_factory.mktemp("trip"))

    assert tree(imported["plan"]["children"]) == as_reported(
        tree(original["plan"]["children"], original=True))
    assert printed(imported["plan"]) == printed(original["plan"])


def _node(uuid_tail: str, kind: str, title: str, *, horizon: str | None = None,
          text: str = "", children: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    node: dict[str, Any] = {"uuid": f"6f1c2a30-0000-4000-8000-{uuid_tail:0>12}", "kind": kind,
                            "title": title, "children": children or []}
    if horizon is not None:
        node["horizon"] = horizon
    if text:
        node["text"] = text
    if kind == "indicator":
        node["indicator"] = {"series_uuid": f"6f1c2a30-0000-4000-9000-{uuid_tail:0>12}",
                             "direction": "rise", "data_source": "", "baseline": None,
                             "target": None, "levels": None}
    return node


def every_feature() -> dict[str, Any]:
    """One plan with each case the generator draws only now and then."""
    goal, indicator = "goal", "indicator"
    plan = {
        "uuid": "6f1c2a30-0000-4000-8000-0000000000aa",
        "title": "\\- Insatser för *psykisk hälsa* 2025",
        "subtitle": "• mellan förvaltningarna",
        "year_from": 2025, "year_to": 2025, "kind": "agreement", "status": "draft",
        "preamble": "Syftet är **gemensamt**, se [1177](https://www.1177.se/).\n\n"
                    "- första\n  - andra",
        "coordinator": "", "basis": ["Nationell överenskommelse", "Lag (2025:1)"],
        "reporting_deadline": None, "signed_on": None, "fingerprint": None,
        "origin_plan_uuid": None,
        "parties": [{"organisation_code": "SOF", "organisation_name": "Socialförvaltningen"}],
        "signatories": [{"name": "Ada *Exempel*", "title": "8.", "organisation_code": "SOF",
                         "organisation_name": "Socialförvaltningen"}],
        "children": [_node("1", "focus_area", "", text="Om **området**.", children=[
            _node("2", "topic", "Stöd *till* [anhöriga](https://example.se/a?b=1&c=å)",
                  text="Inledning.\n\n- en punkt\n  - en underpunkt\n\nSista raden\nmed "
                       "radbrytning.", children=[
                      _node("3", goal, "Nivå ett", horizon="short",
                            text="Text med **fetstil**.\n\n- och en lista", children=[
                                _node("4", goal, "", horizon="short", children=[
                                    _node("5", goal, "Nivå tre", horizon="short")])]),
                      _node("6", goal, "Långt mål", horizon="long"),
                      _node("7", indicator, "Antal *deltagare*", horizon="long",
                            text="Källa: [SCB](https://www.scb.se/)."),
                  ]),
            _node("8", "topic", "", children=[_node("9", indicator, "Andel", horizon="short")]),
        ])],
    }
    return {"format": "insatsplan/1", "plan": plan, "series": [
        {"uuid": f"6f1c2a30-0000-4000-9000-{tail:0>12}", "name": "Serie", "unit": "antal",
         "measurements": []} for tail in ("7", "9")]}


def test_a_plan_with_every_case_comes_home_through_word(
        empty_workspace: Path, tmp_path: Path) -> None:
    """Empty titles ("(utan rubrik)" and an empty bullet), "Saknas." for an empty
    section, goals three deep with texts, links with "å" in the address, bold and italic,
    bullets, line breaks, a title starting with "- ", signatories as plain text."""
    document = every_feature()

    original, imported = word_round_trip(document, empty_workspace, tmp_path)

    assert tree(imported["plan"]["children"]) == tree(original["plan"]["children"],
                                                      original=True)
    assert printed(imported["plan"]) == printed(original["plan"])
    topic = imported["plan"]["children"][0]["children"][0]
    assert topic["title"] == "Stöd *till* [anhöriga](https://example.se/a?b=1&c=å)"
    assert imported["plan"]["title"] == "\\- Insatser för *psykisk hälsa* 2025"
    assert imported["plan"]["signatories"][0]["name"] == "Ada *Exempel*"
    assert imported["plan"]["children"][0]["title"] == ""


@pytest.mark.parametrize(("target", "typed"), [
    ("https://example.se/a?c=%C3%A5%C3%A4", "https://example.se/a?c=åä"),
    ("https://example.se/a%20b%2Fc", "https://example.se/a%20b%2Fc"),  # ASCII stays
    ("https://example.se/%FF%FE", "https://example.se/%FF%FE"),  # not UTF-8
    ("https://example.se/%C2%85", "https://example.se/%C2%85"),  # a control character
    ("https://example.se/%E2%80%A8", "https://example.se/%E2%80%A8"),  # a line separator
])
def test_a_links_encoded_letters_read_back_as_typed(target: str, typed: str) -> None:
    from insatsplan.links import link_target, readable_link

    assert readable_link(target) == typed
    assert link_target(readable_link(target)) == link_target(target)


def test_goal_and_indicator_texts_in_a_report_come_home_as_texts(
        empty_workspace: Path, tmp_path: Path) -> None:
    """The report prints a goal's or an indicator's text below it (paragraphs indented,
    bullets a level deeper, no bookmark): they come home as that node's text, not as
    more goals or the measurable field's text; the every-case plan as a whole comes
    home as the report prints it."""
    document = every_feature()
    document["plan"]["kind"] = "plan_and_report"
    document["plan"]["signatories"] = []  # the report prints none

    original, imported = word_round_trip(document, empty_workspace, tmp_path)

    assert tree(imported["plan"]["children"]) == as_reported(
        tree(original["plan"]["children"], original=True))


def test_a_report_goal_retitled_in_word_keeps_its_uuid_and_its_text(tmp_path: Path) -> None:
    """A goal retitled in Word keeps its bookmark: it comes home with its UUID, the new
    title and the text printed below it (also when the title reads like a label)."""
    from dataclasses import replace

    from insatsplan.word_import.recognise import recognise

    document = every_feature()
    document["plan"]["kind"] = "plan_and_report"
    path = tmp_path / "report.docx"
    export(document).save(str(path))
    word = read_document(path)

    for title in ("Nytt namn", "Syfte: bättre stöd"):
        result = recognise(replace(word, paragraphs=tuple(
            replace(p, runs=(Run(title),), text=title) if p.text == "Nivå ett" else p
            for p in word.paragraphs)))

        topic = result.document["plan"]["children"][0]["children"][0]
        goal = topic["children"][0]
        assert (goal["uuid"], goal["title"], goal["text"]) == (
            "6f1c2a30-0000-4000-8000-000000000003", title,
            "Text med **fetstil**.\n\n- och en lista")
        assert result.unmapped == ()


def test_links_in_footnotes_read_back_as_typed_too() -> None:
    """The reader hands every link %-encoded; in a footnote's text, referred to or not,
    an "å" comes back as typed, like in the body."""
    from insatsplan.word_import.model import Note, WordDocument
    from insatsplan.word_import.model import Paragraph as WordParagraph
    from insatsplan.word_import.recognise import recognise

    encoded = "https://example.se/a?c=%C3%A5"
    note = Note("footnote", 1, (Run("Se "), Run("här", link=encoded)))
    loose = Note("endnote", 1, (Run("Och "), Run("där", link=encoded)))
    word = WordDocument("notes.docx", (
        WordParagraph(1, "Plan 2025", (Run("Plan 2025"),), style="title"),
        WordParagraph(2, "Stöd", (Run("Stöd"),), heading_level=1),
        WordParagraph(3, "Stödgrupper", (Run("Stödgrupper"),), heading_level=2),
        WordParagraph(4, "Långsiktiga mål", (Run("Långsiktiga mål"),), heading_level=3),
        WordParagraph(5, "Fler får stöd.", (Run("Fler får "), Run("stöd", link=encoded),
                                            Run(".")), list_level=0, list_kind="bullet",
                      notes=(note,))), unreferenced_notes=(loose,))

    plan = recognise(word).document["plan"]

    [goal] = plan["children"][0]["children"][0]["children"]
    assert goal["title"] == "Fler får [stöd](https://example.se/a?c=å)."
    assert "[här](https://example.se/a?c=å)" in goal["text"]
    assert "[där](https://example.se/a?c=å)" in plan["preamble"]
    assert "%C3%A5" not in str(plan)


@pytest.mark.parametrize("kind", ["agreement", "plan_and_report"])
def test_a_bold_line_in_a_focus_areas_text_stays_text(
        empty_workspace: Path, tmp_path: Path, kind: str) -> None:
    """A focus area without topics whose text holds a short bold line: in our own export
    every topic is a heading with a bookmark, so the bold line is text, not a topic
    (found by the round trip: it came home as an untitled topic's title)."""
    document = every_feature()
    document["plan"]["kind"] = kind
    document["plan"]["children"] = [_node("1", "focus_area", "", text="- 0\n\n**Stöd**")]
    document["series"] = []

    original, imported = word_round_trip(document, empty_workspace, tmp_path)

    assert tree(imported["plan"]["children"]) == tree(original["plan"]["children"],
                                                      original=True)
    assert imported["plan"]["children"][0]["text"] == "- 0\n\n**Stöd**"


@pytest.mark.parametrize("kind", ["agreement", "plan_and_report"])
def test_our_export_of_a_plan_without_focus_areas_comes_home_empty(
        empty_workspace: Path, tmp_path: Path, kind: str) -> None:
    """No focus areas and no signatories: our own export is still that plan (its UUID,
    title, preamble), not "no structure" (found by the round trip)."""
    document = every_feature()
    document["plan"].update(kind=kind, children=[], signatories=[])
    document["series"] = []

    original, imported = word_round_trip(document, empty_workspace, tmp_path)

    assert imported["plan"]["children"] == []
    assert printed(imported["plan"]) == printed(original["plan"])
