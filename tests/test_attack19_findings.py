"""Adversarial findings on issue 19 (year roll, plan comparison): each test failed before
its fix."""

from __future__ import annotations

import random
import time
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from insatsplan.compare import compare_plans
from insatsplan.compare.words import after_text, before_text, word_diff
from insatsplan.workspace import Workspace
from insatsplan.year_roll import roll_years

_GOAL_WORDS = ("öka andelen barn unga som får stöd inom första linjen med procent under "
               "året jämfört föregående skolor elever personal utbildning")
_PREAMBLE_WORDS = ("insatser inom psykisk hälsa och suicidprevention för barn unga vuxna "
                   "äldre samverkan mellan förvaltningarna stadsdelar skolan socialtjänsten "
                   "primärvården regionen föräldrar stöd tidiga att det som en på av med "
                   "till ska har kommer arbetet under året planen staden invånare behov")

# ------------------------------------------------------------------ year roll


def test_a_link_address_in_the_subtitle_is_not_rolled(ws: Workspace,
                                                      workspace_path: Path) -> None:
    """A subtitle linking last year's decision: the label names the plan's year and
    rolls, the address is where that document lies and must keep working."""
    plan = ws.create_plan(title="Plan 2025", year_from=2025,
                          subtitle="Se [beslutet 2025](https://stad.se/2025/beslut-2025.pdf)")
    copy = ws.new_version(plan)
    ws.close()
    with Workspace.open(workspace_path, readonly=True) as other:
        assert other.plan(copy).subtitle == (
            "Se [beslutet 2026](https://stad.se/2025/beslut-2025.pdf)")
        assert other.plan(copy).title == "Plan 2026"
    # a label that reads like its address still rolls
    assert roll_years("[Plan 2025](2025)", 2025, 2025, 2026) == "[Plan 2026](2025)"


def test_every_year_of_a_three_year_list_rolls() -> None:
    """"2025/2026/2027" for a 2025–2027 plan: the first two were read as a span and the
    third, glued to it, was left out, giving "2028/2029/2027"."""
    assert roll_years("Plan 2025/2026/2027", 2025, 2027, 2028) == "Plan 2028/2029/2030"
    assert roll_years("Plan 2025–2026–2027", 2025, 2027, 2028) == "Plan 2028–2029–2030"
    # a date or reference number after a span still stays what it is
    assert roll_years("Plan 2025–2026, dnr 2025-123", 2025, 2026, 2027) == (
        "Plan 2027–2028, dnr 2025-123")


# ------------------------------------------------------------------ comparison


def _flat_plan(prefix: str, count: int, edited: bool) -> dict[str, object]:
    """A plan without shared UUIDs (as from a Word document without bookmarks) whose
    goals all stand under one topic, each a little different from the others."""
    words = _GOAL_WORDS.split()
    goals = []
    for i in range(count):
        title = " ".join(words[(i * 7 + k * 3) % len(words)] for k in range(12)) + f" {i}"
        if edited:
            title = title + " nu"
        goals.append({"uuid": f"{prefix}{i}", "kind": "goal", "title": title,
                      "horizon": "short", "children": []})
    topic = {"uuid": f"{prefix}t", "kind": "topic", "title": "Ämne", "children": goals}
    return {"uuid": prefix, "title": "Plan", "kind": "agreement",
            "children": [{"uuid": f"{prefix}f", "kind": "focus_area", "title": "Område",
                          "children": [topic]}]}


def test_many_similar_siblings_without_uuids_compare_within_budget() -> None:
    """600 goals under one topic, all edited, no UUIDs in common: every pair of them was
    scored (360 000 difflib ratios, about 3 s)."""
    a, b = _flat_plan("a", 600, False), _flat_plan("b", 600, True)
    started = time.perf_counter()
    comparison = compare_plans(a, b)
    elapsed = time.perf_counter() - started
    assert comparison.summary() == {"added": 0, "removed": 0, "moved": 0, "changed": 600}
    assert all(comparison.matches[f"b{i}"] == f"a{i}" for i in range(600))
    assert elapsed < 1.0, elapsed  # the budget is 300 ms on a quiet machine


def test_a_much_edited_long_text_is_compared_quickly() -> None:
    """A 700-word preamble with every seventh word changed: the spaces between words
    were tokens of their own, each matching every other space, and difflib took seconds
    for this one field."""
    words = random.Random(19).choices(_PREAMBLE_WORDS.split(), k=700)
    before_words = list(words)
    after_words = ["ändrat" if i % 7 == 0 else w for i, w in enumerate(before_words)]
    before, after = " ".join(before_words), " ".join(after_words)
    started = time.perf_counter()
    ops = word_diff(before, after)
    elapsed = time.perf_counter() - started
    assert before_text(ops) == before and after_text(ops) == after
    assert sum(1 for op, _ in ops if op == "insert") == 100  # one per changed word
    assert all(text == "ändrat" for op, text in ops if op == "insert")
    assert elapsed < 0.5, elapsed


_PIECES = st.text(st.sampled_from(list("ab å \n\r.,-*[]()_\u00a0\u0301\u200d👩‍👧2025")),
                  max_size=50)


@settings(max_examples=400, deadline=None)
@given(_PIECES, _PIECES, st.sampled_from([3, 40_000]))
def test_word_diff_gives_both_texts_back(before: str, after: str, stretch: int) -> None:
    """Exact for any text, whether a differing stretch is matched token by token or
    given whole (a small :data:`MAX_STRETCH_PAIRS`); no empty pieces, a deletion always
    before its insertion."""
    from insatsplan.compare import words

    saved = words.MAX_STRETCH_PAIRS
    words.MAX_STRETCH_PAIRS = stretch
    try:
        ops = word_diff(before, after)
    finally:
        words.MAX_STRETCH_PAIRS = saved
    assert before_text(ops) == before and after_text(ops) == after
    assert all(text for _op, text in ops)
    assert all((first, second) != ("insert", "delete") and first != second
               for (first, _), (second, _) in pairwise(ops))
