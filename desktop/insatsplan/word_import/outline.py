"""Where a document's headings are, whoever wrote it: the outline recognition builds on.

A document with heading styles says it outright (the reader gives every paragraph's
``heading_level``). Many earlier years' documents have none: their authors made headings
bold, numbered focus areas "Fokusområde 3.", and typed the table of contents by hand with
page numbers. :func:`outline` finds the headings in such a document from those cues, in
this order of trust: the printed table of contents (its entries name the headings), the
focus-area numbering, then formatting (a short bold paragraph), and — in a plan-and-report
document — the short line that stands right before an activity's first labelled paragraph.

A printed table of contents is not content: :func:`toc_indices` finds it (the reader's
``in_toc`` or a typed one) so that recognition can leave it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from insatsplan.word_import.model import Paragraph

#: "Fokusområde 3." / "Fokusområde 3:" / "FOKUSOMRÅDE 3" at the start of a paragraph.
FOCUS_NUMBER: Final = re.compile(r"^\s*fokusområde\s+\d{1,2}\s*[.:)]?\s*", re.IGNORECASE)

#: The characters of a dot leader between a contents line's text and its page number.
_LEADER: Final = ".…·_"


def typed_toc_title(text: str) -> str | None:
    """The title of a typed contents line — its text, then a tab, a dot leader (three or
    more of :data:`_LEADER`) or wide space (three or more), then a page number of one to
    four digits — or None when *text* is no such line.

    Read from the end, in linear time: the regular expression it replaces backtracked
    cubically over a long run of spaces or underscores (a paragraph of 1,000 spaces took
    five seconds, one of 5,000 ten minutes).
    """
    body = text.rstrip()
    head = body.rstrip("0123456789")
    if not 1 <= len(body) - len(head) <= 4:
        return None
    before_gap = head.rstrip()
    gap = head[len(before_gap):]
    core = before_gap.rstrip(_LEADER)
    title = core.rstrip() if len(before_gap) - len(core) >= 3 else ""
    if not title.strip():  # no dot leader (or nothing before it): a tab or wide space
        if len(gap) < 3 and "\t" not in gap:
            return None
        title = before_gap
    title = title.strip()
    return title if title and "\n" not in title else None

#: How much a contents line typed with leading white space counts as indented.
_LEAD_INDENT: Final = 720

#: The contents' own heading.
_TOC_HEADINGS: Final = frozenset({"innehåll", "innehållsförteckning", "innehållsförteckning:",
                                  "innehåll:", "contents", "table of contents"})

#: Labels that only a plan-and-report document's activities carry (the agreement's
#: section headings are not among them). Used to tell the two styles apart and to find
#: an activity's title before its first label; parsing the labels is :mod:`.labelled`'s.
ACTIVITY_LABEL: Final = re.compile(
    r"^\s*(?:bakgrund\s*/\s*syfte|bakgrund|syftet|syfte|målgrupp(?:en)?|ansvariga|ansvarig|"
    r"tidsplan|tidplan|utvärdering|redovisning|resultat|"
    r"finns mätbara mål inom området|mätbara mål inom området)\s*(?:[:?.]|$)",
    re.IGNORECASE)

#: Longest paragraph that can be a heading found by its formatting.
MAX_HEADING_CHARS: Final = 160


def norm(text: str) -> str:
    """*text* for comparing headings: case-blind, single spaces, no closing punctuation."""
    return " ".join(text.split()).casefold().rstrip(" .:")


def is_list(p: Paragraph) -> bool:
    """Whether *p* shows a bullet or number (from Word's numbering or typed)."""
    return p.list_level is not None or p.typed_bullet or p.list_kind is not None


@dataclass(frozen=True)
class TocEntry:
    """A line of a printed table of contents: the heading's text and its level (1 or 2)."""

    text: str
    level: int


def toc_indices(paragraphs: Sequence[Paragraph]) -> tuple[set[int], list[TocEntry]]:
    """The positions (in *paragraphs*) of the printed table of contents, and its entries.

    The reader marks a real TOC (``in_toc``); a typed one is two or more consecutive
    lines ending in a page number after a tab or a dot leader, with the "Innehåll" line
    before them. Entry levels come from the "toc N" styles, else from indentation, else
    from the focus-area numbering.
    """
    skip: set[int] = set()
    raw: list[tuple[str, int | None, int]] = []  # text, level from style, indent
    position = 0
    while position < len(paragraphs):
        p = paragraphs[position]
        if p.in_toc:
            skip.add(position)
            title = _toc_title(p.text)
            if title and norm(title) not in _TOC_HEADINGS:
                raw.append((title, _toc_style_level(p.style), p.indent_twips))
            position += 1
            continue
        run_end = position
        while run_end < len(paragraphs) and typed_toc_title(paragraphs[run_end].text):
            run_end += 1
        if run_end - position >= 2:
            if position > 0 and norm(paragraphs[position - 1].text) in _TOC_HEADINGS:
                skip.add(position - 1)
            for k in range(position, run_end):
                skip.add(k)
                typed = typed_toc_title(paragraphs[k].text)
                assert typed is not None
                text = paragraphs[k].text
                lead = _LEAD_INDENT if text[:1].isspace() else 0  # a tab or spaces typed
                raw.append((typed, _toc_style_level(paragraphs[k].style),
                            paragraphs[k].indent_twips + lead))
            position = run_end
            continue
        if norm(p.text) in _TOC_HEADINGS and p.heading_level is None and (
                position + 1 < len(paragraphs) and paragraphs[position + 1].in_toc):
            skip.add(position)
        position += 1
    return skip, _entry_levels(raw)


def _toc_title(text: str) -> str:
    return typed_toc_title(text) or text.strip()


def _toc_style_level(style: str) -> int | None:
    match = re.fullmatch(r"toc\s*(\d)", style.strip().lower())
    return int(match[1]) if match else None


def _entry_levels(raw: list[tuple[str, int | None, int]]) -> list[TocEntry]:
    if not raw:
        return []
    indents = sorted({indent for _, _, indent in raw})
    numbered = any(FOCUS_NUMBER.match(text) for text, _, _ in raw)
    entries = []
    for text, styled, indent in raw:
        if styled is not None:
            level = styled
        elif len(indents) > 1:
            level = min(indents.index(indent) + 1, 2)
        elif numbered:
            level = 1 if FOCUS_NUMBER.match(text) else 2
        else:
            level = 1
        entries.append(TocEntry(text, min(level, 2)))
    return entries


def has_heading_styles(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether the author used heading styles (or outline levels) for the body."""
    return any(p.heading_level is not None and not p.in_toc for p in paragraphs)


def outline(paragraphs: Sequence[Paragraph], skip: set[int], toc: Sequence[TocEntry], *,
            reserved: frozenset[int] = frozenset(), goal_sections: frozenset[int] = frozenset(),
            activities: bool = False, styled_only: bool = False) -> dict[int, int]:
    """Heading level (1 focus area, 2 topic or activity) by position in *paragraphs*.

    *skip* are the TOC's positions, *reserved* positions that recognition has given
    another meaning already (section headings, the signature heading). With heading
    styles, levels 1 and 2 are the headings; without, the cues of the module docstring.
    *activities* turns on the plan-and-report cue (a short line before a label);
    *goal_sections* are the positions of "Kortsiktiga mål …" and "Långsiktiga mål"
    headings, since a short line right before one is the topic's title. With
    *styled_only* (our own export, which prints every focus area and topic as a heading)
    the styled headings are all there are: a bold line in a text stays text, also where
    the plan has focus areas without topics.
    """
    styled: dict[int, int] = {}
    if has_heading_styles(paragraphs):
        for k, p in enumerate(paragraphs):
            if k in skip or k in reserved or p.heading_level is None or p.style in (
                    "title", "subtitle"):
                continue
            if p.heading_level <= 2:
                styled[k] = p.heading_level
        if not any(level == 1 for level in styled.values()):
            # Only one heading level used: the focus areas are the numbered ones, if any.
            for k in list(styled):
                if FOCUS_NUMBER.match(paragraphs[k].text):
                    styled[k] = 1
        if set(styled.values()) == {1, 2} or styled_only:
            return styled
    # No heading styles, or styles for one level only (focus areas as Heading 1, topics
    # as bold lines) or for no heading of the plan (a "Contents" line): the missing
    # levels are found as in a document without styles.
    inferred = _inferred(paragraphs, skip, toc, reserved, goal_sections, activities)
    used = set(styled.values())
    for k, level in inferred.items():
        if k not in styled and level not in used:
            styled[k] = level
    return dict(sorted(styled.items()))


def _inferred(paragraphs: Sequence[Paragraph], skip: set[int], toc: Sequence[TocEntry],
              reserved: frozenset[int], goal_sections: frozenset[int],
              activities: bool) -> dict[int, int]:
    """Heading levels from the cues of a document without heading styles."""
    levels: dict[int, int] = {}
    wanted = {norm(entry.text): entry.level for entry in toc}
    candidates: list[int] = []
    # The title (the first line) and whatever stands before a printed contents are the
    # front matter, however they are formatted.
    first = next((k for k, p in enumerate(paragraphs) if k not in skip and p.text.strip()),
                 len(paragraphs))
    body_from = max(first + 1, max(skip, default=-1) + 1)
    for k, p in enumerate(paragraphs):
        if (k < body_from or k in skip or k in reserved or is_list(p) or not p.text.strip()
                or p.in_table):
            continue
        key = norm(p.text)
        if key in wanted:
            levels[k] = wanted.pop(key)
        elif FOCUS_NUMBER.match(p.text) and len(p.text) <= MAX_HEADING_CHARS:
            levels[k] = 1
        elif _looks_like_heading(p):
            candidates.append(k)
        elif ((activities and _before_label(paragraphs, k, skip))
              or (_next_text(paragraphs, k, skip) in goal_sections and _short_line(p))):
            levels[k] = 2  # an activity's title before its labels, a topic's before goals
    numbered = any(level == 1 for level in levels.values())
    for k in candidates:
        if numbered:
            levels[k] = 2
        else:  # a bold line right before another bold line heads the one below it
            after = k + 1
            levels[k] = 1 if after in candidates or levels.get(after) == 2 else 2
    return levels


def _looks_like_heading(p: Paragraph) -> bool:
    """A short bold line that is not a label: a heading by its formatting."""
    text = p.text.strip()
    if not p.bold or not text or len(text) > MAX_HEADING_CHARS or ACTIVITY_LABEL.match(text):
        return False
    if text.endswith((":", ",", ";")):
        return False
    # A sentence is not a heading; "Stödgrupper." (one short phrase with a stop) may be.
    return not text.endswith(".") or (len(text) <= 80 and text.count(".") == 1)


def _short_line(p: Paragraph) -> bool:
    """A line that can be a heading by its length and ending, whatever its format."""
    text = p.text.strip()
    return (0 < len(text) <= MAX_HEADING_CHARS and not text.endswith((".", ":", ","))
            and not ACTIVITY_LABEL.match(text))


def _next_text(paragraphs: Sequence[Paragraph], k: int, skip: set[int]) -> int:
    """The position of the next paragraph after *k* that holds text."""
    after = k + 1
    while after < len(paragraphs) and (after in skip or not paragraphs[after].text.strip()):
        after += 1
    return after


def _before_label(paragraphs: Sequence[Paragraph], k: int, skip: set[int]) -> bool:
    """Whether paragraph *k* is a short line right before a labelled paragraph (an
    activity's title in a plan-and-report document)."""
    if not _short_line(paragraphs[k]):
        return False
    after = _next_text(paragraphs, k, skip)
    return after < len(paragraphs) and bool(ACTIVITY_LABEL.match(paragraphs[after].text))
