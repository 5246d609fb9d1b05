"""Web and e-mail addresses written as text become links in the Word documents.

The project's text format (:mod:`insatsplan.text`) keeps ``<https://…>`` and bare
addresses as literal text on purpose: its parser has no autolink rule, so such text
survives the editor and every round trip unchanged. A reader of the agreement expects
them to be clickable, as they are in the city's own document, so the writer finds them
in the text of runs that are not links already and makes them links; only the targets
the one allow-list (:func:`insatsplan.links.link_target`) accepts, so ``<file://…>`` or
``smb://…`` stays text exactly as written.

Recognised: ``<scheme:…>`` (the angle brackets are dropped, as every Markdown reader
does), bare ``http://``, ``https://`` and ``mailto:`` addresses, and ``www.`` addresses
(linked as ``http://www.…``, as Word's own AutoFormat does). Punctuation that ends a
sentence is not part of a bare address, nor is a closing parenthesis without its
opening one (or a closing square bracket): ``(se https://exempel.se/a).`` links
``https://exempel.se/a``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from insatsplan.links import link_target
from insatsplan.text import Run

_ADDRESS: Final = re.compile(
    r"<(?P<bracketed>[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>]+)>"
    r"|(?<![\w@/.])(?P<bare>(?:https?://|mailto:|www\.)[^\s<>]+)",
    re.IGNORECASE,
)
#: Characters that end a sentence rather than an address when they end a bare one.
_TRAILING: Final = ".,:;!?'\"»”’…`"
_QUICK: Final = ("://", "mailto:", "www.")
#: The same test as one search: most runs hold no address, and the test runs for every run
#: of every export (it lower-cased the run's text once per token before).
_MAYBE_ADDRESS: Final = re.compile("|".join(re.escape(q) for q in _QUICK), re.IGNORECASE)
#: Bracket pairs whose closing one ends a bare address when its opening one is not in it.
_BRACKETS: Final = (("(", ")"), ("[", "]"))


def _trimmed(address: str) -> str:
    """A bare address without the punctuation around it in the sentence."""
    end = len(address)
    # Closing brackets without their opening ones, counted once: linear in the text.
    surplus = {close: address.count(close) - address.count(opening)
               for opening, close in _BRACKETS}
    while end:
        last = address[end - 1]
        if surplus.get(last, 0) > 0:
            surplus[last] -= 1
        elif last not in _TRAILING:
            break
        end -= 1
    return address[:end]


def _target(address: str) -> str:
    return "http://" + address if address[:4].lower() == "www." else address


def _split(text: str) -> Iterator[tuple[str, str | None]]:
    """(text, link target or None) pieces of *text*, addresses as their own pieces."""
    position = 0
    for match in _ADDRESS.finditer(text):
        bracketed = match.group("bracketed")
        if bracketed is not None:
            label, start, end = bracketed, match.start(), match.end()
        else:
            label = _trimmed(match.group("bare"))
            start, end = match.start(), match.start() + len(label)
        target = _target(label)
        if link_target(target) is None or label.lower() in ("www.", "mailto:"):
            continue  # not an address this program links: the text stays as written
        if start > position:
            yield text[position:start], None
        yield label, target
        position = end
    if position < len(text):
        yield text[position:], None


def autolinked(runs: Iterable[Run]) -> Iterator[Run]:
    """*runs* with the addresses in their text made links (runs that are links already,
    and text without an address, pass unchanged)."""
    for run in runs:
        text = run.text
        if run.link or not isinstance(text, str) or _MAYBE_ADDRESS.search(text) is None:
            yield run
            continue
        for piece, target in _split(text):
            yield Run(piece, run.bold, run.italic, target)
