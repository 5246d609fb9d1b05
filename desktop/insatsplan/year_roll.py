"""Next year's draft: the years in a plan's title and subtitle move, other texts are found.

Pure text, no database and no Qt: :meth:`Workspace.new_version` rolls the title and
subtitle with :func:`roll_years`, and :meth:`Workspace.year_mentions` asks
:func:`mentions_year` of every other text, which is listed for review and never changed
(a sentence about what happened in 2025 may be history).

What counts as a year (decided here, documented in the README):

* four digits standing alone, 1900–2200: not inside a longer number ("12025"), a word or a
  code ("v2025"), nor a decimal ("2025,5");
* a span "2024–2025", "2024-2025", "2024 – 2025", "2024/2025", "2024/25" (en or em dash,
  hyphen or slash, spaces allowed around a dash; the second year later, at most
  :data:`MAX_SPAN` years on): it mentions both ends and moves as one; a further year
  written in full after it ("2025/2026/2027") is a year of its own;
* a date "2025-05-26" (or "2025-05") mentions its year but never moves: it says when
  something happened;
* a reference number "2025-123", "2025/00123", "SFS 2014:5", "nr 12/2025" (a diarienummer,
  a statute) is not a year at all: it names the same case next year;
* a year in a Markdown link's address ("[beslutet](https://stad.se/2025/b.pdf)") is where
  a document lies: the roll leaves it, and :meth:`Workspace.year_mentions` reads the
  visible text only; an address written out ("https://stad.se/2025/b.pdf",
  "www.stad.se/2025") is not a year either;
* a span followed by ":" and a number ("prop. 2024/25:89", "skr. 2024/25:123") is a
  government document's number (the parliamentary session and the document), not a year.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Final, Literal

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200
#: A span longer than this ("2025-2090") is read as a year and a reference, not a span.
MAX_SPAN: Final = 30

TokenKind = Literal["year", "span", "date", "reference"]

# Four digits not glued to a word, a number, a decimal point or a reference's separator.
_FOUR_DIGITS = re.compile(r"(?<!\w)(?<![0-9][.,:/-])([0-9]{4})(?!\w)(?![.,][0-9])")
_DATE_TAIL = re.compile(r"-(?:0[1-9]|1[0-2])(?:-[0-3][0-9])?(?![0-9])")
_SPAN_TAIL = re.compile(r"(\s*[–—‐-]\s*|/)([0-9]{4}|[0-9]{2})(?!\w)(?![.,][0-9])")
_REFERENCE_TAIL = re.compile(r"[-/:][0-9]+")
#: After a span, a number behind a colon: a government document ("prop. 2024/25:89").
_NUMBERED_TAIL = re.compile(r":[0-9]")
#: An address written out, not as a Markdown link ("https://stad.se/2025/plan.pdf",
#: "www.stad.se/2025"): up to the next space or angle bracket.
_ADDRESS = re.compile(r"(?<![\w.])(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>]+", re.IGNORECASE)


@dataclass(frozen=True)
class YearToken:
    """One place in a text that names a year (or looks like one and is not)."""

    start: int
    end: int
    kind: TokenKind
    #: the year, or both ends of a span; empty for a reference
    years: tuple[int, ...]
    #: a span's separator as written ("–", " - ", "/")
    separator: str = ""
    #: a span written "2024/25"
    short_end: bool = False


def _span_end(first: int, written: str) -> int | None:
    """The later year a span's second part names, or None if it is no span's end."""
    second = int(written)
    if len(written) == 2:
        second += first - first % 100
        if second <= first:
            second += 100
    return second if first < second <= first + MAX_SPAN else None


def year_tokens(text: str) -> Iterator[YearToken]:
    """The years, spans, dates and reference numbers in *text*, in order."""
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)] if (
        "://" in text or "www." in text.casefold()) else []
    position = 0
    while (found := _FOUR_DIGITS.search(text, position)) is not None:
        first, start, end = int(found.group(1)), found.start(), found.end()
        position = end
        address = next((a for a in addresses if a[0] <= start < a[1]), None)
        if address is not None:  # part of where a document lies
            position = address[1]
            yield YearToken(start, position, "reference", ())
            continue
        if (date := _DATE_TAIL.match(text, end)) is not None:
            position = date.end()
            if MIN_YEAR <= first <= MAX_YEAR:
                yield YearToken(start, position, "date", (first,))
            continue
        span = _SPAN_TAIL.match(text, end)
        second = None if span is None else _span_end(first, span.group(2))
        if (span is not None and second is not None
                and _NUMBERED_TAIL.match(text, span.end()) is not None):
            position = span.end() + 1  # "prop. 2024/25:89" names a document
            yield YearToken(start, position, "reference", ())
            continue
        if span is not None and second is not None and MIN_YEAR <= first <= MAX_YEAR:
            position = span.end()
            yield YearToken(start, position, "span", (first, second), span.group(1),
                            len(span.group(2)) == 2)
            # "2025/2026/2027": each further year written in full is a year of its own
            while ((more := _SPAN_TAIL.match(text, position)) is not None
                   and len(more.group(2)) == 4
                   and (later := _span_end(second, more.group(2))) is not None):
                position, second = more.end(), later
                yield YearToken(more.start(2), position, "year", (later,))
            continue
        if (reference := _REFERENCE_TAIL.match(text, end)) is not None:
            position = reference.end()
            yield YearToken(start, position, "reference", ())
            continue
        if MIN_YEAR <= first <= MAX_YEAR:
            yield YearToken(start, end, "year", (first,))


def mentioned_years(text: str) -> set[int]:
    """Every year *text* names: single years, both ends of spans, the years of dates."""
    return {year for token in year_tokens(text) for year in token.years}


def mentions_year(text: str, years: int | Collection[int]) -> bool:
    """Whether *text* names one of *years* (see the module's rules)."""
    wanted = {years} if isinstance(years, int) else set(years)
    return any(year in wanted for token in year_tokens(text) for year in token.years)


def roll_years(text: str, old_from: int, old_to: int, new_from: int) -> str:
    """*text* (a title or subtitle) with the plan's years moved to the new version's.

    Every year from *old_from* to *old_to* moves by the same step (``new_from -
    old_from``), so the first year becomes the first and the last the last; a span that
    shares a year with the plan moves as a whole ("2024–2025" → "2026–2027", separator and
    "2024/25" form kept). Other years ("Vision 2030"), dates and reference numbers stay.
    """
    step = new_from - old_from
    if step == 0:
        return text
    plan_years = range(old_from, old_to + 1)
    addresses = _link_addresses(text)
    parts: list[str] = []
    done = 0
    for token in year_tokens(text):
        if token.kind not in ("year", "span") or not any(y in plan_years for y in token.years):
            continue
        if any(start < token.end and token.start < end for start, end in addresses):
            continue
        parts.append(text[done:token.start])
        if token.kind == "year":
            parts.append(str(token.years[0] + step))
        else:
            later = token.years[1] + step
            parts.append(f"{token.years[0] + step}{token.separator}"
                         f"{later % 100:02d}" if token.short_end else
                         f"{token.years[0] + step}{token.separator}{later}")
        done = token.end
    parts.append(text[done:])
    return "".join(parts)


def _link_addresses(text: str) -> list[tuple[int, int]]:
    """Where the addresses of *text*'s Markdown links stand (start, end): a year in an
    address is part of where a document lies ("https://stad.se/2025/beslut.pdf") and
    rolling it would break the link. The parser names the addresses; each is found in
    the text as written."""
    if "](" not in text:
        return []
    from insatsplan.text import parse_inline

    places = []
    for address in {run.link for run in parse_inline(text) if run.link}:
        for written in (f"]({address}", f"](<{address}"):  # "[label](address)"
            start = text.find(written)
            while start >= 0:
                places.append((start, start + len(written)))
                start = text.find(written, start + 1)
    return places


def years_text(year_from: int, year_to: int) -> str:
    """"2025" or "2024–2025", as the plan's years are written in labels."""
    return str(year_from) if year_from == year_to else f"{year_from}–{year_to}"
