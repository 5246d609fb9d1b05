"""Word-level differences between two texts.

A text is cut into tokens that are either a word (letters, digits, underscore) or a
run of everything else (spaces, punctuation, Markdown markup) between two words. The
tokens cover the text without gaps, so the operations put the texts back exactly:
the "equal" and "delete" pieces joined give *before*, the "equal" and "insert" pieces
joined give *after*. A reader (the CLI, the editor, Word's tracked changes) can show a
changed word as one struck-out and one inserted word instead of a whole new paragraph.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal, TypeAlias

WordOp: TypeAlias = tuple[Literal["equal", "delete", "insert"], str]

_TOKEN = re.compile(r"\w+|\W+")
#: A word with the spaces and punctuation after it: what the texts are first matched by.
#: A space alone is in every other place of a text, and matching it as a token of its
#: own made difflib's work grow with (changes × words²): seconds for one much-edited
#: page. Only the stretches that differ are then matched token by token.
_UNIT = re.compile(r"\w+\W*|\W+")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
#: A sentence (up to and with its ".", "!" or "?", the spaces after them and a line end)
#: or a line: finer than lines, so one long paragraph still splits.
_SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+[^\S\n]*\n?|\n)|[^\n.!?]+")

#: Largest product of the two token counts compared word by word (about two texts of
#: 1,400 words each). Beyond it ``SequenceMatcher``'s time grows with the product (every
#: space matches every space) and a pasted book would stall a comparison, so the
#: stretch between the common beginning and end is compared sentence by sentence
#: instead, or line by line when even its sentences are that many, and as a whole when
#: its lines are too. (Lines alone made one long paragraph with two words changed far
#: apart a deletion and insertion of the whole paragraph.)
MAX_WORD_PAIRS = 2_000_000

#: Largest product of the token counts of one differing stretch matched token by token;
#: a longer stretch (a rewritten paragraph) is one deletion and one insertion.
MAX_STRETCH_PAIRS = 40_000


def tokens(text: str) -> list[str]:
    """Words and the runs of non-word characters between them, in order, gap-free."""
    return _TOKEN.findall(text)


def word_diff(before: str, after: str) -> list[WordOp]:
    """The operations that turn *before* into *after*, word by word.

    Neighbouring operations of one kind are merged, and a replaced stretch is given as
    its deletion followed by its insertion (the order Word shows tracked changes in).
    ``SequenceMatcher`` runs without its "junk" heuristic: that heuristic ignores
    frequent tokens such as the space in long texts, which would turn a one-word
    change into a rewritten paragraph. The common beginning and end are taken as they
    are; a very long changed stretch between them is compared sentence by sentence (or
    line by line), and one of very many lines as one deletion and one insertion
    (:data:`MAX_WORD_PAIRS`). The
    texts are matched by words with what follows each (``_UNIT``), and only the
    stretches that differ token by token, which keeps a much-edited page fast.
    """
    if before == after:
        return [("equal", before)] if before else []
    a, b = _UNIT.findall(before), _UNIT.findall(after)
    head = 0  # the common beginning and end need no matching
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a_mid, b_mid = a[head:len(a) - tail], b[head:len(b) - tail]
    if len(a_mid) * len(b_mid) > MAX_WORD_PAIRS:
        a_text, b_text = "".join(a_mid), "".join(b_mid)
        for pieces in (_SENTENCE, _LINE):
            a_mid, b_mid = pieces.findall(a_text), pieces.findall(b_text)
            if len(a_mid) * len(b_mid) <= MAX_WORD_PAIRS:
                break
        else:  # one stretch, deleted and inserted
            a_mid, b_mid = [a_text], [b_text]
    ops = _Ops()
    ops.add("equal", "".join(a[:head]))
    matcher = SequenceMatcher(None, a_mid, b_mid, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.add("equal", "".join(a_mid[i1:i2]))
            continue
        _stretch_diff(ops, "".join(a_mid[i1:i2]), "".join(b_mid[j1:j2]))
    ops.add("equal", "".join(a[len(a) - tail:]))
    return ops.ops


def _stretch_diff(ops: _Ops, before: str, after: str) -> None:
    """A differing stretch token by token (words and what lies between them), so a
    changed word is that word and not the space or comma after it too. The common end
    is taken first ("två " → "fyra fem ": "två" → "fyra fem", then the space), then the
    common beginning; a middle of very many tokens is one deletion and one insertion."""
    a, b = tokens(before), tokens(after)
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    head = 0
    while head < min(len(a), len(b)) - tail and a[head] == b[head]:
        head += 1
    a_mid, b_mid = a[head:len(a) - tail], b[head:len(b) - tail]
    ops.add("equal", "".join(a[:head]))
    if len(a_mid) * len(b_mid) > MAX_STRETCH_PAIRS:
        ops.add("delete", "".join(a_mid))
        ops.add("insert", "".join(b_mid))
    else:
        matcher = SequenceMatcher(None, a_mid, b_mid, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                ops.add("equal", "".join(a_mid[i1:i2]))
                continue
            ops.add("delete", "".join(a_mid[i1:i2]))
            ops.add("insert", "".join(b_mid[j1:j2]))
    ops.add("equal", "".join(a[len(a) - tail:]))


class _Ops:
    """Operations as they are added: empty pieces dropped, neighbours of one kind
    merged, and a deletion always before the insertion it meets."""

    def __init__(self) -> None:
        self.ops: list[WordOp] = []

    def add(self, op: Literal["equal", "delete", "insert"], text: str) -> None:
        ops = self.ops
        if not text:
            return
        if ops and ops[-1][0] == op:
            ops[-1] = (op, ops[-1][1] + text)
        elif op == "delete" and ops and ops[-1][0] == "insert":
            if len(ops) >= 2 and ops[-2][0] == "delete":
                ops[-2] = ("delete", ops[-2][1] + text)
            else:
                ops.insert(len(ops) - 1, ("delete", text))
        else:
            ops.append((op, text))


def before_text(ops: list[WordOp] | tuple[WordOp, ...]) -> str:
    """The text the operations start from (equal and deleted pieces)."""
    return "".join(text for op, text in ops if op != "insert")


def after_text(ops: list[WordOp] | tuple[WordOp, ...]) -> str:
    """The text the operations lead to (equal and inserted pieces)."""
    return "".join(text for op, text in ops if op != "delete")
