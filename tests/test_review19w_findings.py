"""A second read of the Word tracked-changes writer (``diff --out``): each test failed
before its fix.

The pairs are made through the workspace (B is A's exchange document edited and
imported, so the nodes keep their UUIDs) and the proof is LibreOffice's, as in
``tests/test_word_tracked_changes.py``: accepting every change gives B's plain export,
rejecting every change A's. One LibreOffice start serves every pair.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn

from insatsplan.word import writer
from insatsplan.word.agreement import build_agreement
from insatsplan.word.tracked_changes import build_tracked_agreement
from insatsplan.workspace import Workspace
from word_helpers import needs_libreoffice, revised_paragraphs

WHEN = dt.datetime(2026, 12, 2, 14, 30, tzinfo=dt.UTC)
W_P, W_T = qn("w:p"), qn("w:t")
MARK = f"{qn('w:pPr')}/{qn('w:rPr')}"

Edit = Callable[[dict[str, Any]], None]


def _walk(children: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for child in children:
        yield child
        yield from _walk(child["children"])


def _node(plan: dict[str, Any], start: str) -> dict[str, Any]:
    [found] = [n for n in _walk(plan["children"]) if n["title"].startswith(start)]
    return found


def topic_text_made_a_bullet(plan: dict[str, Any]) -> None:
    """A topic's paragraph turned into a bullet, words unchanged."""
    topic = _node(plan, "Första linjen för barn och unga")
    topic["text"] = "- " + topic["text"]


def goal_title_emptied(plan: dict[str, Any]) -> None:
    _node(plan, "Genomföra en gemensam utbildningsdag")["title"] = ""


def next_goal_begins_with_a_word_more(plan: dict[str, Any]) -> None:
    goal = _node(plan, "Informera invånare om rätten")
    goal["title"] = "Nu " + goal["title"]


def goal_untitled(plan: dict[str, Any]) -> None:
    _node(plan, "Sprida information om personligt ombud")["title"] = ""


def topic_moved_up(plan: dict[str, Any]) -> None:
    """"Personligt ombud" (holding the untitled goal) to the top of the first area."""
    [topic] = [n for n in _walk(plan["children"]) if n["title"] == "Personligt ombud"]
    for area in plan["children"]:
        if topic in area["children"]:
            area["children"].remove(topic)
    plan["children"][0]["children"].insert(0, topic)


def three_goals(*titles: str) -> Edit:
    """Three goals first in "Meningsfull fritid", with the same UUIDs in A and B."""
    def edit(plan: dict[str, Any]) -> None:
        topic = _node(plan, "Meningsfull fritid")
        topic["children"][0:0] = [
            {"uuid": f"00000000-0000-4000-8000-00000000001{n}", "kind": "goal",
             "title": title, "horizon": "short", "children": []}
            for n, title in enumerate(titles)]
    return edit


def preamble_list(*items: str, end: str = "Avslut.") -> Edit:
    """The preamble ending in a bulleted list of *items* and a last paragraph."""
    def edit(plan: dict[str, Any]) -> None:
        plan["preamble"] += "\n\n" + "\n".join(items) + "\n\n" + end
    return edit


def basis_items_swapped(plan: dict[str, Any]) -> None:
    """The first two basis items change places (the second ends in a link)."""
    plan["basis"][0], plan["basis"][1] = plan["basis"][1], plan["basis"][0]


def second_area_last(plan: dict[str, Any]) -> None:
    """The second focus area (its goals hold links) moved to the end."""
    plan["children"].append(plan["children"].pop(1))


#: name -> (edits making A from the demo plan, edits making B from it)
PAIRS: dict[str, tuple[tuple[Edit, ...], tuple[Edit, ...]]] = {
    # LibreOffice took the deleted paragraph and the inserted bullet of the same words
    # for a move of its own; rejecting it gave the heading after them the bullet's style
    "bullet": ((), (topic_text_made_a_bullet,)),
    # a goal's empty title filled in ends in an insertion the next goal's first word
    # continues: LibreOffice made one change of them, across the paragraph mark, and
    # rejecting it joined the two goals
    "filled_in": ((goal_title_emptied,), (next_goal_begins_with_a_word_more,)),
    # a moved paragraph without text stayed, on accepting and on rejecting alike
    "moved_untitled": ((goal_untitled,), (goal_untitled, topic_moved_up)),
    # the middle goal, all one deletion and one insertion, was rewritten to end in
    # the deletion (the next goal starts with an insertion) and so started with its
    # insertion, which the first goal's last inserted word ran on into
    "chain": ((three_goals("Alfa beta gamma", "Delta", "Epsilon zeta"),),
              (three_goals("Alfa beta gamma nu", "Omega", "Nu Epsilon zeta"),)),
    # the second bullet, with its link, was paired with a new sub-bullet of other words
    # and written as a move between the two levels: accepting everything kept the
    # moved-from paragraph's mark (an empty bullet more)
    "reworded_list": ((preamble_list("- första punkten", "- andra [länk](https://example.org)"),),
                      (preamble_list("- första punkten ändrad",
                                     "- andra [länken](https://example.org/b)",
                                     "  - ny underpunkt", end="Avslut nu."),)),
    # the basis item with a link, written as a move, stayed as an empty item where it
    # was on accepting and where it went on rejecting
    "basis_swapped": ((), (basis_items_swapped,)),
    # and the same for every paragraph with a link gave, in a focus area moved to the
    # end, the signature heading after it a list's style on rejecting everything
    "area_moved_last": ((), (second_area_last,)),
}


@pytest.fixture(autouse=True)
def no_libreoffice_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documents without LibreOffice's page-number pass (the TOC is not compared)."""
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory, demo_workspace_file: Path
              ) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Each pair's exchange documents (A, B), both plans made through the workspace."""
    folder = tmp_path_factory.mktemp("review19w")
    path = folder / "pairs.insatsplan"
    shutil.copyfile(demo_workspace_file, path)
    found: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        with Workspace.open(path) as ws:
            demo = ws.exchange_document(1)

            def imported(edits: tuple[Edit, ...]) -> int:
                if not edits:
                    return 1
                document = copy.deepcopy(demo)
                for edit in edits:
                    edit(document["plan"])
                return ws.import_document(document)

            refs = {name: (imported(a), imported(b)) for name, (a, b) in PAIRS.items()}
        with Workspace.open(path, readonly=True) as ws:
            for name, (a, b) in refs.items():
                found[name] = (ws.exchange_document(a), ws.exchange_document(b))
    return found


def tracked(documents: dict[str, tuple[dict[str, Any], dict[str, Any]]], name: str) -> Any:
    from insatsplan.compare import compare_plans

    a_doc, b_doc = documents[name]
    return build_tracked_agreement(a_doc, b_doc, compare_plans(a_doc["plan"], b_doc["plan"]),
                                   author="Kim Samordnare", when=WHEN)


def _text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(W_T, qn("w:delText")))


@needs_libreoffice
def test_libreoffice_accepts_b_and_rejects_a(
        documents: dict[str, tuple[dict[str, Any], dict[str, Any]]], tmp_path: Path) -> None:
    jobs: list[tuple[Path, str]] = []
    for name, (a_doc, b_doc) in documents.items():
        tracked(documents, name).save(str(tmp_path / f"{name}.docx"))
        build_agreement(a_doc).save(str(tmp_path / f"{name}-a.docx"))
        build_agreement(b_doc).save(str(tmp_path / f"{name}-b.docx"))
        jobs += [(tmp_path / f"{name}.docx", "accept"), (tmp_path / f"{name}.docx", "reject"),
                 (tmp_path / f"{name}-a.docx", "none"), (tmp_path / f"{name}-b.docx", "none")]
    results = iter(revised_paragraphs(jobs))
    for name in documents:
        accepted, rejected, plain_a, plain_b = (next(results) for _ in range(4))
        assert accepted["redlines"] > 0 and (accepted["left"], rejected["left"]) == (0, 0)
        assert plain_a["paragraphs"] != plain_b["paragraphs"], name
        assert accepted["paragraphs"] == plain_b["paragraphs"], name
        assert rejected["paragraphs"] == plain_a["paragraphs"], name


def test_a_paragraph_made_a_bullet_is_moved_not_deleted_and_inserted(
        documents: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> None:
    body = tracked(documents, "bullet").element.body
    words = _node(documents["bullet"][0]["plan"], "Första linjen för barn")["text"]
    ends = [p for p in body.iter(W_P) if _text(p) == words]
    assert sorted(p.find(MARK)[0].tag for p in ends) == [qn("w:moveFrom"), qn("w:moveTo")]


def test_a_title_filled_in_is_the_paragraph_inserted_whole(
        documents: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> None:
    body = tracked(documents, "filled_in").element.body
    filled = next(p for p in body.iter(W_P)
                  if _text(p).startswith("Genomföra en gemensam utbildningsdag"))
    assert filled.find(f"{MARK}/{qn('w:ins')}") is not None


def test_a_paragraph_without_text_is_never_one_end_of_a_move(
        documents: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> None:
    body = tracked(documents, "moved_untitled").element.body
    moves = [p for p in body.iter(W_P) if p.find(f"{MARK}/{qn('w:moveTo')}") is not None]
    assert len(moves) > 5  # the topic's heading, text, section headings, goals
    assert all(_text(p).strip() for p in moves)
    assert all(_text(p).strip() for p in body.iter(W_P)
               if p.find(f"{MARK}/{qn('w:moveFrom')}") is not None)


def test_no_paragraph_ends_in_the_kind_of_revision_the_next_begins_with(
        documents: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> None:
    from insatsplan.word.tracked_changes import _edge_revision, _mark_revised

    body = tracked(documents, "chain").element.body
    paragraphs = list(body.iterchildren(W_P))
    joined = [_text(p) for p, q in itertools.pairwise(paragraphs)
              if not _mark_revised(p) and _edge_revision(p, last=True) is not None
              and _edge_revision(p, last=True) == _edge_revision(q, last=False)]
    assert joined == []


@pytest.mark.parametrize("name", list(PAIRS))
def test_the_two_ends_of_every_move_say_the_same(
        documents: dict[str, tuple[dict[str, Any], dict[str, Any]]], name: str) -> None:
    body = tracked(documents, name).element.body
    ends: dict[str, dict[str, list[str]]] = {}
    for p in body.iter(W_P):
        for way in ("From", "To"):
            for start in p.iter(qn(f"w:move{way}RangeStart")):
                ends.setdefault(start.get(qn("w:name")), {}).setdefault(way, []).append(
                    _text(p))
    assert all(len(e.get("From", ())) == len(e.get("To", ())) == 1 and e["From"] == e["To"]
               for e in ends.values()), ends


def test_a_basis_item_with_a_link_is_never_one_end_of_a_move(
        documents: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> None:
    body = tracked(documents, "basis_swapped").element.body
    linked = [p for p in body.iter(W_P) if p.find(qn("w:hyperlink")) is not None
              and _text(p).startswith("Den nationella strategin")]
    assert len(linked) == 2  # deleted where A had it, inserted where B has it
    assert sorted(p.find(MARK)[0].tag for p in linked) == [qn("w:del"), qn("w:ins")]
