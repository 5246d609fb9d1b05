"""Word-level differences: exact, word-sized, Markdown kept."""

from __future__ import annotations

import pytest

from insatsplan.compare.words import after_text, before_text, tokens, word_diff


def test_one_changed_word_is_one_deletion_and_one_insertion() -> None:
    ops = word_diff("Öka antalet barn i stödgrupper.", "Öka antalet unga i stödgrupper.")
    assert ops == [("equal", "Öka antalet "), ("delete", "barn"), ("insert", "unga"),
                   ("equal", " i stödgrupper.")]


@pytest.mark.parametrize(("before", "after"), [
    ("", "Ny text"),
    ("Gammal text", ""),
    ("[Länk](https://example.se) och **fet** text", "[Länk](https://example.se/ny) och *fet* text"),
    ("Rad ett\n\n- punkt ett\n- punkt två", "Rad ett\n\n- punkt två\n- punkt tre"),
    ("a b c d e f", "f e d c b a"),
    ("  mellanslag  ", "mellanslag"),
])
def test_the_operations_give_back_both_texts_exactly(before: str, after: str) -> None:
    ops = word_diff(before, after)
    assert before_text(ops) == before
    assert after_text(ops) == after
    assert all(text for _op, text in ops)  # no empty pieces


def test_equal_texts_give_one_equal_piece() -> None:
    assert word_diff("Samma text", "Samma text") == [("equal", "Samma text")]
    assert word_diff("", "") == []


def test_a_replaced_stretch_is_deleted_before_it_is_inserted() -> None:
    ops = word_diff("ett två tre", "ett fyra fem tre")
    kinds = [op for op, _text in ops]
    assert kinds == ["equal", "delete", "insert", "equal"]
    assert ops[1] == ("delete", "två") and ops[2] == ("insert", "fyra fem")


def test_a_word_in_a_long_text_stays_a_word_change() -> None:
    """difflib's junk heuristic would treat the frequent space as junk in a long text
    and rewrite the paragraph; the diff must stay one word."""
    words = [f"ord{n}" for n in range(400)]
    before = " ".join(words)
    after = " ".join([*words[:200], "ändrat", *words[201:]])
    ops = word_diff(before, after)
    assert [op for op in ops if op[0] != "equal"] == [("delete", "ord200"),
                                                       ("insert", "ändrat")]


def test_tokens_are_words_and_the_runs_between_them() -> None:
    assert tokens("Hej, **du** där!") == ["Hej", ", **", "du", "** ", "där", "!"]


def test_a_pasted_book_is_compared_quickly_and_exactly() -> None:
    """Two long texts differing all through (a pasted document replaced by another)
    would take SequenceMatcher minutes word by word; the change is still exact."""
    import time

    before = "\n".join(f"Rad {n} med några ord om stöd till barn och unga." for n in range(4000))
    after = "\n".join(f"Rad {n} med andra ord om hjälp till familjer." for n in range(4000))
    start = time.perf_counter()
    ops = word_diff("Samma början. " + before + " Samma slut.",
                    "Samma början. " + after + " Samma slut.")
    assert time.perf_counter() - start < 5
    assert before_text(ops) == "Samma början. " + before + " Samma slut."
    assert after_text(ops) == "Samma början. " + after + " Samma slut."
    assert ops[0][0] == "equal" and ops[0][1].startswith("Samma början. Rad 0")
    assert ops[-1][0] == "equal" and ops[-1][1].endswith(" Samma slut.")
