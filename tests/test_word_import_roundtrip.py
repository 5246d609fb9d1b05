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
from hypothesis import given, settings
from hypothesis import strategies as st

from insatsplan.text import (
    BulletItem,
    Paragraph,
    Run,
    parse_inline,
    render_blocks,
    render_inline,
)
from insatsplan.word.agreement import build_agreement
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
LINKS = st.sampled_from(["https://www.example.se/", "https://example.se/a?b=1&c=å",
                         "https://1177.se/Stockholm/barn-och-unga"])


@st.composite
def runs(draw: st.DrawFn, *, max_words: int = 6) -> tuple[Run, ...]:
    """One line of formatted words: plain, **bold**, *italic*, both, or a link."""
    out: list[Run] = []
    for n in range(draw(st.integers(1, max_words))):
        word = draw(WORDS | MARKDOWN_WORDS) if draw(st.integers(0, 5)) == 0 else draw(WORDS)
        kind = draw(st.sampled_from(["plain", "plain", "plain", "bold", "italic", "both",
                                     "link"]))
        if n:
            out.append(Run(" "))
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


def inline(draw: st.DrawFn, *, empty: bool = True) -> str:
    """A title in the stored Markdown (empty now and then when *empty*)."""
    if empty and draw(st.integers(0, 9)) == 0:
        return ""
    return render_inline(draw(runs()))


def blocks(draw: st.DrawFn) -> str:
    """A text: paragraphs and bullet lists (one nested level), or nothing."""
    if draw(st.booleans()):
        return ""
    items: list[Paragraph | BulletItem] = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            items.append(Paragraph(draw(runs(max_words=8).filter(not_a_typed_bullet))))
        else:
            items += [BulletItem(draw(runs()), level) for level in
                      draw(st.lists(st.sampled_from([0, 0, 1]), min_size=1, max_size=3))]
    return render_blocks(items)


class Plans:
    """Draws an agreement's tree in the order the exporter prints it."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
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
        return self.node("topic", children=children)

    def focus_area(self) -> dict[str, Any]:
        return self.node("focus_area", children=[
            self.topic() for _ in range(self.draw(st.integers(1, 2)))])


@st.composite
def agreements(draw: st.DrawFn) -> dict[str, Any]:
    plans = Plans(draw)
    year = draw(YEARS)
    codes = draw(st.lists(st.sampled_from(sorted(ORGANISATIONS)), unique=True, max_size=4))
    plan = {
        "uuid": draw(UUIDS), "title": f"{inline(draw, empty=False)} {year}",
        "subtitle": inline(draw), "year_from": year, "year_to": year,
        "kind": "agreement", "status": "draft", "preamble": blocks(draw),
        "coordinator": "", "basis": [inline(draw, empty=False)
                                     for _ in range(draw(st.integers(0, 3)))],
        "reporting_deadline": None, "signed_on": None, "fingerprint": None,
        "origin_plan_uuid": None,
        "parties": [{"organisation_code": c, "organisation_name": ORGANISATIONS[c]}
                    for c in codes],
        "signatories": [{"name": f"{draw(WORDS)} {draw(WORDS)}", "title": draw(WORDS),
                         "organisation_code": c, "organisation_name": ORGANISATIONS[c]}
                        for c in draw(st.lists(st.sampled_from(sorted(ORGANISATIONS)),
                                               max_size=4))],
        "children": [plans.focus_area() for _ in range(draw(st.integers(1, 3)))],
    }
    return {"format": "insatsplan/1", "plan": plan, "series": plans.series}


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
    their links, bold and italic), UUIDs. Of the *original*, headings as Word shows
    them (:func:`as_heading`)."""
    return [{"uuid": n["uuid"], "kind": n["kind"], "horizon": n.get("horizon"),
             "title": as_heading(n["title"]) if original and n["kind"] in (
                 "focus_area", "topic") else n["title"],
             "text": n.get("text", ""), "children": tree(n["children"], original=original)}
            for n in items]


def printed(plan: dict[str, Any]) -> dict[str, Any]:
    """What the agreement prints of a plan besides its tree."""
    return {"uuid": plan["uuid"], "kind": plan["kind"], "title": plan["title"],
            "subtitle": plan["subtitle"], "years": (plan["year_from"], plan["year_to"]),
            "preamble": plan["preamble"], "basis": plan["basis"],
            "signatories": plan["signatories"]}


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
    build_agreement(original).save(str(docx))
    with Workspace.open(second) as ws:
        organisations = {o.code: o.name for o in ws.organisations()}
        result = recognise_document(read_document(docx), organisations)
        imported_id = ws.import_word(result)
    with Workspace.open(second, readonly=True) as ws:
        return original, ws.exchange_document(imported_id)


@settings(max_examples=25, deadline=None)
@given(document=agreements())
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
