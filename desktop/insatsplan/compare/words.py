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


def tokens(text: str) -> list[str]:
    """Words and the runs of non-word characters between them, in order, gap-free."""
    return _TOKEN.findall(text)


def word_diff(before: str, after: str) -> list[WordOp]:
    """The operations that turn *before* into *after*, word by word.

    Neighbouring operations of one kind are merged, and a replaced stretch is given as
    its deletion followed by its insertion (the order Word shows tracked changes in).
    ``SequenceMatcher`` runs without its "junk" heuristic: that heuristic ignores
    frequent tokens such as the space in long texts, which would turn a one-word
    change into a rewritten paragraph.
    """
    if before == after:
        return [("equal", before)] if before else []
    a, b = tokens(before), tokens(after)
    ops: list[WordOp] = []

    def add(op: Literal["equal", "delete", "insert"], text: str) -> None:
        if not text:
            return
        if ops and ops[-1][0] == op:
            ops[-1] = (op, ops[-1][1] + text)
        elif op == "delete" and ops and ops[-1][0] == "insert":
            # keep "delete before insert" when two replaced stretches meet
            if len(ops) >= 2 and ops[-2][0] == "delete":
                ops[-2] = ("delete", ops[-2][1] + text)
            else:
                ops.insert(len(ops) - 1, ("delete", text))
        else:
            ops.append((op, text))

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(a[i1:i2]))
            continue
        add("delete", "".join(a[i1:i2]))
        add("insert", "".join(b[j1:j2]))
    return ops


def before_text(ops: list[WordOp] | tuple[WordOp, ...]) -> str:
    """The text the operations start from (equal and deleted pieces)."""
    return "".join(text for op, text in ops if op != "insert")


def after_text(ops: list[WordOp] | tuple[WordOp, ...]) -> str:
    """The text the operations lead to (equal and inserted pieces)."""
    return "".join(text for op, text in ops if op != "delete")
