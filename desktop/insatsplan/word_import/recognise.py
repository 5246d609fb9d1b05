"""Finding the plan in a Word document's paragraphs: an ``insatsplan/1`` exchange document.

Two kinds of document (DOMAIN.md): the agreement — front matter, focus areas, topics with
their four sections of bulleted goals and indicators, a signature block — and the plan
and report, whose activities are written as labelled paragraphs (parsed by
:mod:`.labelled`). Where the headings are is :mod:`.outline`'s job; this module walks
the paragraphs once and builds the tree.

Nothing is dropped silently: a paragraph that maps to nothing is kept as text on the
nearest node and listed in :attr:`ImportResult.unmapped` with where it stood. Our own
export comes home with its identities: node bookmarks ``n`` + 32 hex digits give the
nodes' UUIDs, the ``InsatsplanPlanUuid`` property the plan's.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal

from insatsplan.errors import QT_TRANSLATE_NOOP
from insatsplan.exchange import FORMAT
from insatsplan.limits import MAX_NODE_DEPTH
from insatsplan.links import readable_link
from insatsplan.periods import MONTH_NAMES
from insatsplan.text import Block, BulletItem, Run, clean, render_blocks, render_inline
from insatsplan.text import Paragraph as TextParagraph
from insatsplan.word import labels
from insatsplan.word_import.errors import MSG_EMPTY, EmptyWordError, WordImportError
from insatsplan.word_import.labelled import parse_activity
from insatsplan.word_import.model import (
    DocumentStyle,
    ImportResult,
    Note,
    Paragraph,
    Unmapped,
    WordDocument,
)
from insatsplan.word_import.outline import (
    ACTIVITY_LABEL,
    FOCUS_NUMBER,
    is_list,
    norm,
    outline,
    toc_indices,
)

__all__ = ["NoStructureError", "as_single_topic", "recognise"]

MSG_NO_STRUCTURE: Final = QT_TRANSLATE_NOOP(
    "Errors", "No plan structure was found in {file}: no focus areas, topics or goal "
    "sections. It can be imported as one topic holding the document's text instead.")
NOTE_SUMMARY_LEFT_OUT: Final = QT_TRANSLATE_NOOP(
    "Errors", "The report's summary tables were left out: they are counted from the plan.")
NOTE_NO_FOCUS_AREA: Final = QT_TRANSLATE_NOOP(
    "Errors", "Some topics stand before any focus area; they were put under a focus area "
    "without a title.")
NOTE_YEAR_ASSUMED: Final = QT_TRANSLATE_NOOP(
    "Errors", "The document names no year; the current year was assumed.")
NOTE_TRACKED_CHANGES: Final = QT_TRANSLATE_NOOP(
    "Errors", "The document holds tracked changes that were neither accepted nor "
    "rejected; it was read as if all of them were accepted.")

#: How a footnote's, endnote's or comment's text is marked where it is kept (document
#: text, Swedish like the documents: "Fotnot 2: Se beslutet från nämnden.", "Kommentar 1
#: (Anna Berg): Stämmer siffran?").
NOTE_MARKS: Final = {"footnote": "Fotnot", "endnote": "Slutnot", "comment": "Kommentar"}

#: The custom property our exports carry the plan's UUID in.
PLAN_UUID_PROPERTY: Final = "InsatsplanPlanUuid"

_BOOKMARK: Final = re.compile(r"n([0-9a-f]{32})")
_YEAR: Final = re.compile(r"(?<!\d)(19[0-9]{2}|2[01][0-9]{2})(?!\d)")
_YEAR_RANGE: Final = re.compile(
    r"(?<!\d)(19[0-9]{2}|2[01][0-9]{2})\s*[–—-]\s*(19[0-9]{2}|2[01][0-9]{2})(?!\d)")

_YEARS: Final = r"(?:\s+(?:år\s+)?\d{4}(?:\s*[–—-]\s*\d{2,4})?)?"
_SHORT_GOALS: Final = re.compile(
    rf"kortsiktiga mål(?: och aktiviteter)?{_YEARS}\s*[:.]?", re.IGNORECASE)
_LONG_GOALS: Final = re.compile(rf"långsiktiga mål(?: och aktiviteter)?{_YEARS}\s*[:.]?",
                                re.IGNORECASE)
_INDICATORS: Final = re.compile(
    r"mätbara indikatorer(?: för uppföljning)?\s*[:.]?|indikatorer för uppföljning\s*[:.]?",
    re.IGNORECASE)
_BASIS_INTRO: Final = re.compile(r".{0,60}har sin grund i\s*:?", re.IGNORECASE)
_SIGNATURES: Final = frozenset({"underskrifter", "underskrift", "underteckning",
                                "undertecknande", "signaturer"})
_EMPTY_SECTION: Final = norm(labels.EMPTY_SECTION)
_UNTITLED: Final = labels.UNTITLED_HEADING
#: What our own export prints around the signatures, derived or fixed: not content.
_EXPORT_FIXED: Final = frozenset(norm(t) for t in (
    labels.SIGNATURES_INTRO, labels.NO_SIGNATORIES, labels.FINGERPRINT_NOTE,
    labels.FINGERPRINT_LABEL))
#: A person's name as a signature block prints it: two to four capitalised words.
_PERSON_NAME: Final = re.compile(r"[A-ZÅÄÖÉÜ][\w'’.-]+(?:[ -][A-ZÅÄÖÉÜ][\w'’.-]+){1,3}")
#: How a plan document's title begins.
_DOCUMENT_KIND: Final = re.compile(
    r"\s*(?:överenskommelse|handlingsplan|redovisning|insatser inom)\b", re.IGNORECASE)
#: A signature table's column headings: no signatory's line.
_SIGNATURE_COLUMNS: Final = frozenset({
    "namn", "titel", "befattning", "förvaltning", "organisation", "part", "parter",
    "underskrift", "namnteckning", "namnförtydligande", "datum", "ort och datum"})
_GOAL_SECTIONS: Final = (("goal", "short"), ("goal", "long"))
#: How the name of an administration or a board ends, when the workspace does not know it.
_ORGANISATION_ENDINGS: Final = ("förvaltningen", "förvaltning", "nämnden")
SUMMARY_BOOKMARK: Final = "_TocInsatsplanSummary"
_SUMMARY: Final = re.compile(r"Sammanfattning(?: \S+){0,2}", re.IGNORECASE)
_FINGERPRINT_VALUE: Final = re.compile(r"[0-9A-Za-z]{4}(?:[ -][0-9A-Za-z]{4}){3,}")

Horizon = Literal["short", "long"]


def _template(text: str) -> re.Pattern[str]:
    """A label template ("… senast den {date}.") as a pattern, a named group per field."""
    parts = re.split(r"\{(\w+)\}", text)
    return re.compile("".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                              for i, part in enumerate(parts)), re.IGNORECASE)


_EXPORT_DEADLINES: Final = (_template(labels.PLAN_DEADLINE), _template(labels.REPORT_DEADLINE))
_EXPORT_SENTENCES: Final = (_template(labels.PLAN_AND_REPORT_INTRO),
                            _template(labels.REPORT_INTRO), _template(labels.REPORT_FOLLOWS))
_REPORT_TITLE: Final = _template(labels.REPORT_TITLE)
_SWEDISH_DATE: Final = re.compile(r"(\d{1,2}) (\w+) (\d{4})")
#: Our report's trend charts' captions ("Figur 3. Trenddiagram: …"): generated.
_FIGURE_CAPTION: Final = re.compile(
    labels.CHART_CAPTION.split("{", 1)[0] + r"\d+\.\s")
_MEASURABLE_LABEL: Final = norm(labels.FIELD_MEASURABLE)


def _iso_date(text: str) -> str | None:
    """"1 mars 2026" (as our export prints a date) → "2026-03-01"; None otherwise."""
    match = _SWEDISH_DATE.fullmatch(text.strip())
    if match is None or match[2].lower() not in MONTH_NAMES:
        return None
    try:
        return dt.date(int(match[3]), MONTH_NAMES.index(match[2].lower()) + 1,
                       int(match[1])).isoformat()
    except ValueError:
        return None


_TABLE_VALUE: Final = re.compile(r"(-?[\d \u00a0\u202f]+(?:,\d+)?) \((.+)\)")


def _table_value(text: str) -> dict[str, str] | None:
    """A value as our report's indicator table prints it, "9,5 (2024 K1)", as the
    exchange's ``{"value": "9.5", "period": "2024-Q1"}``; None for "–" or anything else."""
    from insatsplan.errors import UserError
    from insatsplan.periods import parse_period

    match = _TABLE_VALUE.fullmatch(" ".join(text.split()))
    if match is None:
        return None
    value = re.sub(r"[\s\u00a0\u202f]", "", match[1]).replace(",", ".")
    try:
        return {"value": value, "period": parse_period(match[2]).text}
    except UserError:
        return None


def _is_node_item(p: Paragraph) -> bool:
    """A list item our export bookmarked as a node: a goal or indicator even when its
    title is empty."""
    return is_list(p) and any(_BOOKMARK.fullmatch(name) for name in p.bookmarks)


def _bookmarked_uuid(p: Paragraph) -> str | None:
    """The node UUID our export bookmarked *p* with, or None."""
    for name in p.bookmarks:
        if match := _BOOKMARK.fullmatch(name):
            return str(uuid.UUID(match[1]))
    return None


def _is_summary(p: Paragraph) -> bool:
    """Our report's summary heading ("Sammanfattning 2025")."""
    return SUMMARY_BOOKMARK in p.bookmarks or bool(_SUMMARY.fullmatch(" ".join(p.text.split())))


# ----------------------------------------------------------------------------- errors


class NoStructureError(WordImportError):
    """Nothing in the document reads as a plan: the caller may offer :func:`as_single_topic`."""


# ----------------------------------------------------------------------------- the tree


@dataclass
class _Node:
    kind: str
    title: str
    uuid: str
    horizon: Horizon | None = None
    blocks: list[Block] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # fields, evaluations
    markdown: list[str] = field(default_factory=list)  # text already in the text format
    made_children: list[dict[str, Any]] = field(default_factory=list)  # exchange nodes
    depth: int = 1
    unit: str = ""  # an indicator's series unit, as our report's table prints it
    #: An indicator's baseline and target, as our report's table prints them.
    measures: dict[str, Any] = field(default_factory=dict)
    #: Nodes after :attr:`made_children` (a report's indicators follow the goals).
    late_children: list[_Node] = field(default_factory=list)

    def add(self, child: _Node) -> _Node:
        child.depth = self.depth + 1
        self.children.append(child)
        return child

    def exchange(self, series: list[dict[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {"uuid": self.uuid, "kind": self.kind, "title": self.title}
        text = "\n\n".join(t for t in (blocks_text(self.blocks), *self.markdown) if t)
        if text:
            out["text"] = text
        if self.horizon is not None:
            out["horizon"] = self.horizon
        out.update(self.extra)
        if self.kind == "indicator":
            series_uuid = str(uuid.uuid4())
            series.append({"uuid": series_uuid, "name": _plain(self.title), "unit": self.unit,
                           "measurements": []})
            out["indicator"] = {"series_uuid": series_uuid, "direction": "rise",
                                "data_source": "", "baseline": None, "target": None,
                                "levels": None, **self.measures}
        out["children"] = [*(child.exchange(series) for child in self.children),
                           *self.made_children,
                           *(child.exchange(series) for child in self.late_children)]
        return out


def _plain(markdown: str) -> str:
    from insatsplan.text import plain_text

    return plain_text(markdown)


# ----------------------------------------------------------------------------- entry points


def recognise(word: WordDocument, *, organisations: Mapping[str, str] = {}) -> ImportResult:
    """The plan *word* holds, as an exchange document, and what could not be mapped.

    *organisations* maps known organisation codes to names (the workspace's list), for
    the signatories and the activities' responsible organisations. Raises
    :class:`NoStructureError` when neither focus areas, topics nor goal sections are
    found.
    """
    return _Recogniser(_with_readable_links(word), organisations).run()


def _with_readable_links(word: WordDocument) -> WordDocument:
    """*word* with its links as a person typed them (:func:`readable_link`): the reader
    gets targets %-encoded (``…?c=%C3%A5``), and a link with an "å" should come home
    with it, in the agreement's lists and the report's labelled paragraphs alike. Only
    paragraphs holding a link (in their text or their footnotes) are remade."""
    def encoded(runs: Sequence[Run]) -> bool:
        return any(r.link and "%" in r.link for r in runs)

    def runs_of(runs: Sequence[Run]) -> tuple[Run, ...]:
        return tuple(Run(r.text, r.bold, r.italic, readable_link(r.link)) if r.link else r
                     for r in runs)

    def readable(p: Paragraph) -> Paragraph:
        if not encoded(p.runs) and not any(encoded(note.runs) for note in p.notes):
            return p
        return replace(p, runs=runs_of(p.runs), notes=tuple(
            replace(note, runs=runs_of(note.runs)) for note in p.notes))
    paragraphs = tuple(readable(p) for p in word.paragraphs)
    loose = word.unreferenced_notes
    if any(encoded(note.runs) for note in loose):
        loose = tuple(replace(note, runs=runs_of(note.runs)) for note in loose)
    if loose is word.unreferenced_notes and all(
            a is b for a, b in zip(paragraphs, word.paragraphs, strict=True)):
        return word
    return replace(word, paragraphs=paragraphs, unreferenced_notes=loose)


def as_single_topic(word: WordDocument) -> ImportResult:
    """The whole document as one topic's text, for a document without structure.

    The title is the document's (its Title paragraph, its title property, or its first
    line); the table of contents is left out; everything else becomes the topic's text.
    """
    paragraphs = [p for p in word.paragraphs]
    skip, _ = toc_indices(paragraphs)
    body = [p for k, p in enumerate(paragraphs) if k not in skip and p.text.strip()]
    if not body:
        raise EmptyWordError(MSG_EMPTY, file=word.source)
    title_p = next((p for p in body if p.style == "title"), None)
    title = (inline_text(title_p.runs) if title_p is not None
             else word.properties.get("title", "") or inline_text(body[0].runs))
    levels = _list_levels(body)
    blocks = [_block(p, levels.get(k)) for k, p in enumerate(body) if p is not title_p]
    years = _years_in(_plain(title)) or _common_year(p.text for p in body)
    notes: tuple[str, ...] = ()
    if years is None:
        years = (dt.date.today().year,) * 2
        notes = (NOTE_YEAR_ASSUMED,)
    if word.tracked_changes:
        notes += (NOTE_TRACKED_CHANGES,)
    focus = _Node("focus_area", "", str(uuid.uuid4()))
    topic = focus.add(_Node("topic", title, str(uuid.uuid4())))
    placed = [(note, f"{_note_where(note)} i stycke {p.index}")
              for p in word.paragraphs for note in p.notes]
    placed += [(note, _note_where(note))
               for note in word.unreferenced_notes]
    topic.blocks = blocks + [_note_block(note) for note, _ in placed]
    kept_on = f"{_UNTITLED} › {_plain(title) or _UNTITLED}"
    unmapped = tuple(Unmapped(where, f"{_note_mark(note)}: {note.text}",
                              kept_on) for note, where in placed)
    plan = _plan_dict(word, title=title, subtitle="", years=years, preamble=[], basis=[],
                      signatories=[], style="agreement", children=[focus])
    return ImportResult(document=plan, style="agreement", unmapped=unmapped, notes=notes)


# ----------------------------------------------------------------------------- helpers


def _note_mark(note: Note) -> str:
    """"Fotnot 2", "Kommentar 1 (Anna Berg)": how a kept note begins."""
    mark = f"{NOTE_MARKS[note.kind]} {note.number}"
    return f"{mark} ({note.author})" if note.author else mark


def _note_where(note: Note) -> str:
    """"fotnot 2", "kommentar 1": a note in the report's "where it stood"."""
    return f"{NOTE_MARKS[note.kind].lower()} {note.number}"


def _note_block(note: Note) -> Block:
    """A note's text as a paragraph marked as one ("Fotnot 2: …", "Kommentar 1 (Anna
    Berg): …")."""
    return TextParagraph((Run(f"{_note_mark(note)}: "), *note.runs))


def _block(p: Paragraph, level: int | None) -> Block:
    if level is not None:
        return BulletItem(p.runs, min(level, 1))
    return TextParagraph(p.runs)


def _list_levels(paragraphs: Sequence[Paragraph]) -> dict[int, int]:
    """Nesting level of every list paragraph by position: Word's numbering level, or for
    typed bullets the rank of the indent among the indents of its run of bullets."""
    levels: dict[int, int] = {}
    k = 0
    while k < len(paragraphs):
        p = paragraphs[k]
        if p.list_level is not None:
            levels[k] = p.list_level
            k += 1
            continue
        if not is_list(p):
            k += 1
            continue
        end = k
        while end < len(paragraphs) and paragraphs[end].list_level is None and is_list(
                paragraphs[end]):
            end += 1
        indents = sorted({paragraphs[j].indent_twips for j in range(k, end)})
        for j in range(k, end):
            levels[j] = indents.index(paragraphs[j].indent_twips)
        k = end
    return levels


def _years_in(text: str) -> tuple[int, int] | None:
    if match := _YEAR_RANGE.search(text):
        first, last = int(match[1]), int(match[2])
        if first <= last <= first + 10:
            return first, last
    if match := _YEAR.search(text):
        return int(match[1]), int(match[1])
    return None


def _common_year(texts: Any) -> tuple[int, int] | None:
    counts: dict[int, int] = {}
    for text in texts:
        for match in _YEAR.finditer(text):
            counts[int(match[1])] = counts.get(int(match[1]), 0) + 1
    if not counts:
        return None
    year = max(counts, key=lambda y: (counts[y], y))
    return year, year


def _section(text: str) -> tuple[str, Horizon | None] | None:
    """Which of the four sections a heading's text names: ("goal", horizon) or
    ("indicator", None: the horizon follows from where it stands)."""
    text = " ".join(text.split())
    if _SHORT_GOALS.fullmatch(text):
        return "goal", "short"
    if _LONG_GOALS.fullmatch(text):
        return "goal", "long"
    if _INDICATORS.fullmatch(text):
        return "indicator", None
    return None


def _strip_runs(runs: Sequence[Run], count: int) -> tuple[Run, ...]:
    """*runs* without their first *count* characters."""
    out: list[Run] = []
    for run in runs:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        out.append(Run(run.text[count:], run.bold, run.italic, run.link))
        count = 0
    return tuple(out)


#: Characters that can start Markdown syntax or that the writer escapes; a plain text
#: without them, without white space at its ends and without a list marker at its start,
#: is its own text-format form (word/writer.py's ``inline`` relies on the same).
_MARKDOWN_CHARS: Final = frozenset("*_[]\\`<>&!#~|\n\r\t")
_LEADING_MARKER: Final = re.compile(r"[-+=]|\d+[.)]|\s")


def inline_text(runs: Sequence[Run]) -> str:
    """:func:`render_inline` of *runs*, without the parser for plain text.

    Most paragraphs are plain sentences, and rendering verifies its output by parsing it
    again: that was most of recognition's time (profiled on a 40-page agreement). A test
    checks both paths agree.
    """
    text = _plain_fast(runs)
    return render_inline(runs) if text is None else text


def _plain_fast(runs: Sequence[Run]) -> str | None:
    """The text of plain *runs* when it is its own text-format form, else None."""
    if any(r.bold or r.italic or r.link for r in runs):
        return None
    text = clean("".join(r.text for r in runs))
    if (text == text.strip() and _MARKDOWN_CHARS.isdisjoint(text) and "  " not in text
            and not _LEADING_MARKER.match(text)):
        return text
    return None


def blocks_text(blocks: Sequence[Block]) -> str:
    """:func:`render_blocks` of *blocks*, without the parser when all are plain text
    (the same rules: empty blocks go, a list is set off by a blank line, bullets nest
    one level and only below another bullet)."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        text = _plain_fast(block.runs)
        if text is None:
            return render_blocks(blocks)
        if not text:
            continue
        if isinstance(block, BulletItem):
            level = 1 if block.level >= 1 and isinstance(previous, BulletItem) else 0
            if previous is not None:
                parts.append("\n" if isinstance(previous, BulletItem) else "\n\n")
            parts.append("  " * level + "- " + text)
            block = BulletItem(block.runs, level)
        else:
            if previous is not None:
                parts.append("\n\n")
            parts.append(text)
        previous = block
    return "".join(parts)


def _unbolded(runs: Sequence[Run]) -> str:
    """A signature line as the plain text a signatory's fields are (no Markdown: the
    editor and the exchange format keep names and titles as typed), without the bold
    the name is printed in."""
    return clean("".join(r.text for r in runs)).strip()


def _with_bullet(p: Paragraph) -> tuple[Run, ...]:
    """*p*'s runs with the typed bullet the reader took off put back: a title or
    subtitle is no list item, so a leading "- " or "• " is part of its words. The
    bullet gets the formatting of the text after it (the reader does not keep its own)."""
    if not p.bullet:
        return p.runs
    first = p.runs[0] if p.runs else Run("")
    return (Run(p.bullet, first.bold, first.italic, first.link), *p.runs)


def _title(runs: Sequence[Run]) -> str:
    """A heading's title: Markdown, "(utan rubrik)" read back as empty, no focus-area
    number, no bold (a heading is bold by its style, not by its words)."""
    text = "".join(run.text for run in runs)
    if match := FOCUS_NUMBER.match(text):
        runs = _strip_runs(runs, match.end())
    runs = tuple(Run(r.text, False, r.italic, r.link) for r in runs) if all(
        r.bold for r in runs if r.text.strip()) else tuple(runs)
    title = inline_text(runs)
    return "" if title.strip() == _UNTITLED else title


def _node_uuid(p: Paragraph, used: set[str]) -> str:
    """The node's UUID from our export's bookmark, else a new one."""
    for name in p.bookmarks:
        if match := _BOOKMARK.fullmatch(name):
            value = str(uuid.UUID(match[1]))
            if value not in used:
                used.add(value)
                return value
    value = str(uuid.uuid4())
    used.add(value)
    return value


def _plan_dict(word: WordDocument, *, title: str, subtitle: str, years: tuple[int, int],
               preamble: list[Block], basis: list[str], signatories: list[dict[str, str]],
               style: DocumentStyle, children: list[_Node], coordinator: str = "",
               reporting_deadline: str | None = None) -> dict[str, Any]:
    plan_uuid = str(uuid.uuid4())
    raw = word.properties.get(PLAN_UUID_PROPERTY, "").strip()
    try:
        plan_uuid = str(uuid.UUID(raw))
    except ValueError:
        pass
    series: list[dict[str, Any]] = []
    parties: list[dict[str, str]] = []
    for person in signatories:
        if person["organisation_code"] and all(
                p["organisation_code"] != person["organisation_code"] for p in parties):
            parties.append({"organisation_code": person["organisation_code"],
                            "organisation_name": person["organisation_name"]})
    plan = {
        "uuid": plan_uuid, "title": title, "subtitle": subtitle,
        "year_from": years[0], "year_to": years[1], "kind": style, "status": "draft",
        "preamble": blocks_text(preamble), "basis": basis, "coordinator": coordinator,
        "reporting_deadline": reporting_deadline, "signed_on": None, "fingerprint": None,
        "origin_plan_uuid": None, "parties": parties, "signatories": signatories,
        "children": [node.exchange(series) for node in children],
    }
    return {"format": FORMAT, "plan": plan, "series": series}


# ----------------------------------------------------------------------------- the walk


class _Recogniser:
    """One pass over the document's paragraphs, building the tree as it goes."""

    def __init__(self, word: WordDocument, organisations: Mapping[str, str]) -> None:
        self.word = word
        self.organisations = dict(organisations)
        self.known_organisations = {norm(name) for name in self.organisations.values()} | {
            norm(code) for code in self.organisations}
        self.paragraphs = list(word.paragraphs)
        self.levels = _list_levels(self.paragraphs)
        self.used: set[str] = set()
        self.focus_areas: list[_Node] = []
        self.focus: _Node | None = None
        self.topic: _Node | None = None
        self.section: tuple[str, Horizon] | None = None
        self.last_goal_horizon: Horizon = "short"
        self.list_stack: list[tuple[int, _Node]] = []
        self.last_item: _Node | None = None
        self.preamble: list[Block] = []
        self.basis: list[str] = []
        self.signatories: list[dict[str, str]] = []
        self.unmapped: list[Unmapped] = []
        self.notes: list[str] = []
        self.years: tuple[int, int] = (dt.date.today().year,) * 2
        self.reporting_deadline: str | None = None
        #: Footnotes and endnotes as kept, by the node keeping them (None: the preamble).
        self.note_blocks: dict[int, tuple[_Node | None, list[Block]]] = {}
        self.notes_placed: set[int] = set()
        #: The last table cell kept after a list item: (position, item, report line).
        self.table_cell: tuple[int, _Node | None, int] | None = None
        #: A table's cells by the report line that lists them, joined at the end (one
        #: join, not one per cell: a table of 16,000 cells took 3 s, quadratic).
        self.table_lines: dict[int, list[str]] = {}

    # ---------------------------------------------------------------- the whole document

    def run(self) -> ImportResult:
        paragraphs = self.paragraphs
        if not any(p.text.strip() for p in paragraphs):
            raise EmptyWordError(MSG_EMPTY, file=self.word.source)
        skip, toc = toc_indices(paragraphs)
        sections = {k for k, p in enumerate(paragraphs)
                    if k not in skip and not is_list(p) and _section(p.text)}
        signature_heads = {k for k, p in enumerate(paragraphs)
                           if k not in skip and norm(p.text) in _SIGNATURES}
        style = self.style(skip, sections)
        goal_sections = frozenset(k for k in sections
                                  if _section(paragraphs[k].text) in _GOAL_SECTIONS)
        heads = outline(paragraphs, skip, toc, reserved=frozenset(sections | signature_heads),
                        goal_sections=goal_sections, activities=style == "plan_and_report",
                        styled_only=self.own_export())
        self.heading_as_title(skip, heads)
        first_body = min([*heads, *sections, *signature_heads], default=len(paragraphs))
        title, subtitle = self.front_matter(skip, first_body)
        if self.own_export() and _REPORT_TITLE.fullmatch(_plain(title).strip()):
            # Our report alone is titled "Redovisning 2025" with the plan's title below.
            title, subtitle = subtitle, ""
        if not heads and not sections and not self.own_export():
            # (our own export of a plan without focus areas is that plan, not nothing)
            raise NoStructureError(MSG_NO_STRUCTURE, file=self.word.source)
        section_years = next((found for k in sorted(sections)
                              if (found := _years_in(paragraphs[k].text))), None)
        years = (self.exported_years() or section_years or _years_in(_plain(title))
                 or _years_in(_plain(subtitle)) or _common_year(p.text for p in paragraphs))
        if years is None:
            years = (dt.date.today().year,) * 2
            self.notes.append(NOTE_YEAR_ASSUMED)
        self.years = years
        if style == "plan_and_report":
            self.plan_and_report(skip, heads, signature_heads, first_body)
        else:
            self.agreement(skip, heads, sections, signature_heads, first_body)
        self.notes_done()
        self.tables_done()
        document = _plan_dict(self.word, title=title, subtitle=subtitle, years=years,
                              preamble=self.preamble, basis=self.basis,
                              signatories=self.signatories, style=style,
                              children=self.focus_areas,
                              coordinator=self.word.properties.get("creator", "").strip()
                              if self.own_export() else "",
                              reporting_deadline=self.reporting_deadline)
        if self.word.tracked_changes:
            self.notes.append(NOTE_TRACKED_CHANGES)
        return ImportResult(document=document, style=style, unmapped=tuple(self.unmapped),
                            notes=tuple(dict.fromkeys(self.notes)))

    def heading_as_title(self, skip: set[int], heads: dict[int, int]) -> None:
        """Many authors give the document's title the Heading 1 style: when the document
        has no Title paragraph and opens with a level-1 heading that names a year or
        the kind of document, that heading is the title, not a focus area."""
        if any(p.style == "title" for p in self.paragraphs):
            return
        first = next((k for k, p in enumerate(self.paragraphs)
                      if k not in skip and p.text.strip()), None)
        if first is not None and heads.get(first) == 1 and (
                _YEAR.search(self.paragraphs[first].text)
                or _DOCUMENT_KIND.match(self.paragraphs[first].text)):
            del heads[first]

    def own_export(self) -> bool:
        """Whether our exporter wrote the document (it carries the plan's UUID)."""
        return bool(self.word.properties.get(PLAN_UUID_PROPERTY, "").strip())

    def exported_years(self) -> tuple[int, int] | None:
        """The plan's years as our export's keywords name them ("…; 2025–2026")."""
        if not self.own_export():
            return None
        last = self.word.properties.get("keywords", "").split(";")[-1].strip()
        return _years_in(last) if re.fullmatch(r"[\d\s–-]+", last) else None

    def style(self, skip: set[int], sections: set[int]) -> DocumentStyle:
        category = self.word.properties.get("category", "").strip()
        if category in (labels.KIND_PLAN_AND_REPORT, labels.KIND_REPORT):
            return "plan_and_report"
        if category == labels.KIND_AGREEMENT:
            return "agreement"
        labelled = sum(1 for k, p in enumerate(self.paragraphs)
                       if k not in skip and not is_list(p) and ACTIVITY_LABEL.match(p.text)
                       and len(p.text.strip()) > 0)
        return "plan_and_report" if labelled >= 2 and labelled > len(sections) else "agreement"

    def front_matter(self, skip: set[int], end: int) -> tuple[str, str]:
        """Title, subtitle, preamble and basis from the paragraphs before the body."""
        styled = [k for k in range(end) if k not in skip]
        title_k = next((k for k in styled if self.paragraphs[k].style == "title"), None)
        subtitle_k = next((k for k in styled if self.paragraphs[k].style == "subtitle"), None)
        rest = [k for k in styled if k not in (title_k, subtitle_k)
                and self.paragraphs[k].text.strip()]
        guess_subtitle = title_k is None  # with a Title style, only a Subtitle is one
        if title_k is None and rest and not is_list(self.paragraphs[rest[0]]):
            title_k = rest.pop(0)
        if guess_subtitle and subtitle_k is None and rest and title_k is not None:
            candidate = self.paragraphs[rest[0]]
            text = candidate.text.strip()
            if (not is_list(candidate) and not text.endswith(".") and len(text) <= 300
                    and not _BASIS_INTRO.fullmatch(text)):
                subtitle_k = rest.pop(0)
        title = (_title(_with_bullet(self.paragraphs[title_k])) if title_k is not None
                 else self.word.properties.get("title", ""))
        subtitle = inline_text(_with_bullet(self.paragraphs[subtitle_k])) \
            if subtitle_k is not None else ""
        in_basis = False
        for k in rest:
            p = self.paragraphs[k]
            if _BASIS_INTRO.fullmatch(p.text.strip()) and not is_list(p):
                in_basis = True
                continue
            if in_basis and is_list(p):
                self.basis.append(inline_text(p.runs))
                continue
            in_basis = False
            if self.own_export() and self.exported_sentence(p.text):
                continue
            self.preamble.append(_block(p, self.levels.get(k)))
        return title, subtitle

    def exported_sentence(self, text: str) -> bool:
        """Whether *text* is a sentence our report export writes in the front matter
        (the deadline, the introduction, the Dokument-ID it follows): derived, not the
        preamble. The deadline is read back as the plan's reporting deadline."""
        text = " ".join(text.split())
        for pattern in _EXPORT_DEADLINES:
            if match := pattern.fullmatch(text):
                self.reporting_deadline = _iso_date(match["date"]) or self.reporting_deadline
                return True
        return any(pattern.fullmatch(text) for pattern in _EXPORT_SENTENCES)

    # ---------------------------------------------------------------- placing content

    def path(self, node: _Node | None = None) -> str:
        parts = [n for n in (self.focus, self.topic) if n is not None]
        if node is not None and node not in parts:
            parts.append(node)
        return " › ".join(_plain(n.title) or _UNTITLED for n in parts)

    def where(self, k: int) -> str:
        place = self.path()
        return f"stycke {self.paragraphs[k].index}" + (f", under {place}" if place else "")

    def nearest(self) -> _Node | None:
        return self.last_item or self.topic or self.focus

    def keep_unmapped(self, k: int, level: int | None = None) -> None:
        """Paragraph *k* maps nowhere: keep it as text on the nearest node, and say so."""
        p = self.paragraphs[k]
        if not p.text.strip():
            return
        node = self.nearest()
        if node is None:
            self.preamble.append(_block(p, level))
            kept_on = ""
        else:
            node.blocks.append(_block(p, level))
            kept_on = self.path(node)
        self.unmapped.append(Unmapped(self.where(k), p.text.strip(), kept_on))

    def place_notes(self, k: int, node: _Node | None, where: str | None = None) -> None:
        """Keep the footnotes and endnotes paragraph *k* refers to on *node* (None: the
        preamble), after its text, and list each with where it stood: a note is no part
        of the plan's model, but its words are the author's."""
        p = self.paragraphs[k]
        if not p.notes or k in self.notes_placed:
            return
        self.notes_placed.add(k)
        for note in p.notes:
            self.keep_note(note, node, f"{_note_where(note)} i "
                           + (where or self.where(k)))

    def keep_note(self, note: Note, node: _Node | None, where: str) -> None:
        kept = self.note_blocks.setdefault(id(node), (node, []))[1]
        kept.append(_note_block(note))
        kept_on = self.path(node) if node is not None else ""
        self.unmapped.append(Unmapped(where, f"{_note_mark(note)}: "
                                      f"{note.text}", kept_on))

    def notes_done(self) -> None:
        """Notes the walk did not place (in the front matter, the signatures, a table of
        contents, or referred to by nothing) go to the preamble; then every kept note is
        written after its node's text."""
        for k, p in enumerate(self.paragraphs):
            if p.notes and k not in self.notes_placed:
                self.focus = self.topic = None
                self.place_notes(k, None, f"stycke {p.index}")
        for note in self.word.unreferenced_notes:
            self.keep_note(note, None, _note_where(note))
        for node, blocks in self.note_blocks.values():
            if node is None:
                self.preamble.extend(blocks)
            else:
                node.markdown.append(blocks_text(blocks))

    def keep_table_cell(self, k: int) -> None:
        """:meth:`keep_unmapped` for a table's cell; the cells of one table after one
        item are one line in the report."""
        before = len(self.unmapped)
        last = self.table_cell
        self.keep_unmapped(k)
        if len(self.unmapped) == before:
            return
        if last is not None and last[1] is self.last_item and last[2] == before - 1 and all(
                p.in_table for p in self.paragraphs[last[0] + 1:k]):
            added = self.unmapped.pop()
            self.table_lines.setdefault(before - 1, [self.unmapped[-1].text]).append(
                added.text)
        self.table_cell = (k, self.last_item, len(self.unmapped) - 1)

    def tables_done(self) -> None:
        """Each table's report line holds all its cells, one a line."""
        for index, lines in self.table_lines.items():
            line = self.unmapped[index]
            self.unmapped[index] = Unmapped(line.where, "\n".join(lines), line.kept_on)

    def new_focus(self, k: int | None) -> _Node:
        p = self.paragraphs[k] if k is not None else None
        node = _Node("focus_area", _title(p.runs) if p else "",
                     _node_uuid(p, self.used) if p else self.fresh())
        self.focus_areas.append(node)
        self.focus, self.topic, self.section, self.last_item = node, None, None, None
        self.list_stack = []
        return node

    def new_topic(self, k: int | None) -> _Node:
        if self.focus is None:
            self.notes.append(NOTE_NO_FOCUS_AREA)
        focus = self.focus or self.new_focus(None)
        p = self.paragraphs[k] if k is not None else None
        node = focus.add(_Node("topic", _title(p.runs) if p else "",
                               _node_uuid(p, self.used) if p else self.fresh()))
        self.topic, self.section, self.last_item = node, None, None
        self.last_goal_horizon = "short"
        self.list_stack = []
        return node

    def fresh(self) -> str:
        value = str(uuid.uuid4())
        self.used.add(value)
        return value

    # ---------------------------------------------------------------- agreement

    def agreement(self, skip: set[int], heads: dict[int, int], sections: set[int],
                  signature_heads: set[int], start: int) -> None:
        k = start
        paragraphs = self.paragraphs
        while k < len(paragraphs):
            p = paragraphs[k]
            if k in skip or (not p.text.strip() and not _is_node_item(p)):
                k += 1
                continue
            if k in signature_heads or ((self.section is None or not is_list(p)) and \
                    self.signature_starts(k, skip)):
                k = self.signature_block(k + (1 if k in signature_heads else 0), skip)
                continue
            if heads.get(k) == 1:
                self.new_focus(k)
            elif heads.get(k) == 2:
                self.new_topic(k)
            elif k in sections:
                self.start_section(k)
            elif p.heading_level is not None and self.topic is not None:
                # A heading the plan has no place for ends the section; kept as text.
                self.section, self.last_item, self.list_stack = None, None, []
                self.keep_unmapped(k)
            elif self.section is not None:
                self.section_content(k)
            elif self.topic is not None:
                self.topic.blocks.append(_block(p, self.levels.get(k)))
            elif self.focus is not None:
                self.focus.blocks.append(_block(p, self.levels.get(k)))
            else:
                self.preamble.append(_block(p, self.levels.get(k)))
            self.place_notes(k, self.nearest())
            k += 1

    def start_section(self, k: int) -> None:
        if self.topic is None:
            self.new_topic(None)
        found = _section(self.paragraphs[k].text)
        assert found is not None
        kind, horizon = found
        if kind == "goal":
            assert horizon is not None
            self.last_goal_horizon = horizon
        self.section = (kind, horizon or self.last_goal_horizon)
        self.list_stack, self.last_item = [], None

    def section_content(self, k: int) -> None:
        """A paragraph inside one of the four sections: an item, or an item's text."""
        assert self.section is not None and self.topic is not None
        p = self.paragraphs[k]
        kind, horizon = self.section
        level = self.levels.get(k)
        if norm(p.text) == _EMPTY_SECTION:
            return  # "Saknas.": the section is empty
        if level is None:
            if self.last_item is not None and self.own_export():
                self.last_item.blocks.append(TextParagraph(p.runs))  # as the export writes it
                return
            if self.last_item is not None or p.in_table:
                # Another author's paragraph or table after a list may be the last item's
                # or the whole section's: kept on the item, and listed with where it stood.
                # A table is no items (its header cell was one): kept on the topic.
                if p.in_table:
                    self.keep_table_cell(k)
                else:
                    self.keep_unmapped(k)
                return
            level = 0
        elif self.own_export() and self.last_item is not None and self.list_stack and \
                not _is_node_item(p):
            # Our export bookmarks every goal and indicator: an item without a bookmark
            # is a bullet of the text of the item above, one level deeper.
            below = level - self.list_stack[-1][0] - 1
            self.last_item.blocks.append(BulletItem(p.runs, min(max(below, 0), 1)))
            return
        while self.list_stack and self.list_stack[-1][0] >= level:
            self.list_stack.pop()
        parent = self.list_stack[-1][1] if self.list_stack else self.topic
        if parent.kind == "indicator" or parent.depth + 1 > MAX_NODE_DEPTH:
            # Nothing can stand under an indicator, nor deeper than the model allows.
            self.last_item = parent
            self.keep_unmapped(k, max(level - len(self.list_stack) + 1, 0))
            return
        node = parent.add(_Node(kind, inline_text(p.runs), _node_uuid(p, self.used),
                                horizon=horizon))
        self.list_stack.append((level, node))
        self.last_item = node

    # ---------------------------------------------------------------- signatures

    def is_organisation(self, text: str) -> bool:
        key = norm(text)
        if not key or len(key) > 80:
            return False
        return key in self.known_organisations or key.endswith(_ORGANISATION_ENDINGS)

    def signature_starts(self, k: int, skip: set[int]) -> bool:
        """Whether a signature block without a heading starts at *k*: a person's name, a
        title and an organisation on three short lines."""
        lines: list[str] = []
        j = k
        while j < len(self.paragraphs) and len(lines) < 3:
            p = self.paragraphs[j]
            if j in skip:
                j += 1
                continue
            text = p.text.strip()
            if (not text or is_list(p) or len(text) > 80 or p.heading_level or ":" in text
                    or ACTIVITY_LABEL.match(text)):
                return False
            lines.append(text)
            j += 1
        return (len(lines) == 3 and bool(_PERSON_NAME.fullmatch(lines[0]))
                and self.is_organisation(lines[2]) and not lines[2].endswith(".")
                and not any(self.is_organisation(line) for line in lines[:2]))

    def signature_block(self, k: int, skip: set[int]) -> int:
        """Read signatories from *k* to the end of the document; return the end.

        Short lines between blank paragraphs (or long sentences) are one stretch of
        signatories; what our export prints around them (the intro, the Dokument-ID) is
        derived and skipped; any other sentence is kept and reported, in document order.
        """
        paragraphs = self.paragraphs
        if self.own_export():
            cells = [j for j in range(k, len(paragraphs)) if paragraphs[j].in_table]
            if cells:
                self.exported_signatories(cells)
                k = cells[-1] + 1
        group: list[int] = []
        fingerprint_next = False
        for j in range(k, len(paragraphs)):
            p = paragraphs[j]
            text = p.text.strip()
            if j in skip:
                continue
            derived = norm(text) in _EXPORT_FIXED or (
                fingerprint_next and bool(_FINGERPRINT_VALUE.fullmatch(text)))
            fingerprint_next = norm(text) == norm(labels.FINGERPRINT_LABEL)
            if not text or derived or norm(text) in _SIGNATURE_COLUMNS:
                self.signatories_from(group)
                group = []
            elif len(text) > 100 or (text.endswith(".") and len(text) > 40) or is_list(p):
                self.signatories_from(group)
                group = []
                self.keep_unmapped(j, self.levels.get(j))
            else:
                group.append(j)
        self.signatories_from(group)
        return len(paragraphs)

    def exported_signatories(self, cells: list[int]) -> None:
        """Our export's signature table: three lines (name, title, organisation) per
        signatory, whatever they hold; an odd last cell is one empty line."""
        for start in range(0, len(cells), 3):
            lines = [self.paragraphs[j].bullet + _unbolded(self.paragraphs[j].runs)
                     for j in cells[start:start + 3]]
            if len(lines) < 3:
                for j in cells[start:]:
                    self.keep_unmapped(j)
                continue
            code, org_name = self.organisation(lines[2])
            self.signatories.append({"name": lines[0], "title": lines[1],
                                     "organisation_code": code,
                                     "organisation_name": org_name})

    def signatories_from(self, group: list[int]) -> None:
        """Signatories from one stretch of short lines: each ends at an organisation's
        name, or (when no line names one) every three lines are one. A line on its own
        that names no organisation is no signatory: it is kept and reported."""
        if not group:
            return
        texts = {j: self.paragraphs[j].bullet + _unbolded(self.paragraphs[j].runs)
                 for j in group}
        chunks: list[list[int]] = []
        current: list[int] = []
        if any(self.is_organisation(t) for t in texts.values()):
            for j in group:
                current.append(j)
                if self.is_organisation(texts[j]) and len(current) > 1:
                    chunks.append(current)
                    current = []
            if current:
                chunks.append(current)
        else:
            chunks = [group[i:i + 3] for i in range(0, len(group), 3)]
        for chunk in chunks:
            lines = [texts[j] for j in chunk]
            organisation = lines[-1] if len(lines) > 1 and self.is_organisation(lines[-1]) \
                else ""
            if len(lines) == 1:
                self.keep_unmapped(chunk[0])
                continue
            code, org_name = self.organisation(organisation)
            title_lines = lines[1:-1] if organisation else lines[1:]
            self.signatories.append({"name": lines[0], "title": ", ".join(title_lines),
                                     "organisation_code": code,
                                     "organisation_name": org_name})

    def organisation(self, text: str) -> tuple[str, str]:
        """(code, name) of an organisation line: known by name or code, else as written."""
        key = norm(text)
        for code, name in self.organisations.items():
            if key in (norm(code), norm(name)):
                return code, name
        return "", text

    # ---------------------------------------------------------------- plan and report

    def plan_and_report(self, skip: set[int], heads: dict[int, int],
                        signature_heads: set[int], start: int) -> None:
        paragraphs = self.paragraphs
        activity: list[int] = []
        k = start
        while k < len(paragraphs):
            p = paragraphs[k]
            if k in skip:
                k += 1
                continue
            if k in signature_heads or (p.text.strip() and self.signature_starts(k, skip)):
                self.activity_done(activity)
                activity = []
                k = self.signature_block(k + (1 if k in signature_heads else 0), skip)
                continue
            level = heads.get(k)
            if level == 1 and _is_summary(p):
                self.activity_done(activity)
                activity = []
                k = self.skip_summary(k, heads)
                continue
            if level == 1:
                self.activity_done(activity)
                activity = []
                self.new_focus(k)
            elif level == 2:
                self.activity_done(activity)
                activity = []
                self.new_topic(k)
            elif self.topic is not None:
                activity.append(k)
            elif p.text.strip():
                target = self.focus.blocks if self.focus is not None else self.preamble
                target.append(_block(p, self.levels.get(k)))
            self.place_notes(k, self.topic or self.focus)
            k += 1
        self.activity_done(activity)

    def exported_node_texts(self, positions: list[int]
                            ) -> tuple[list[int], dict[str, list[tuple[int, Block]]]]:
        """Our report's goal and indicator texts by the node's UUID, and the positions
        left for the labels.

        The report prints a node's text right below it, as the agreement does: its
        paragraphs as indented list paragraphs without a bullet, its bullets one list
        level deeper, neither bookmarked (every goal and indicator is). The labelled
        paragraphs would take them for more goals or for the measurable field's text.
        Any other paragraph ends a node's text.
        """
        texts: dict[str, list[tuple[int, Block]]] = {}
        rest: list[int] = []
        current: tuple[str, int] | None = None  # the node's UUID and list level
        for k in positions:
            p = self.paragraphs[k]
            level = self.levels.get(k)
            if _is_node_item(p):
                found = _bookmarked_uuid(p)
                current = None if found is None else (found, level or 0)
            elif current is not None and level is None and p.heading_level is None \
                    and p.style == "list paragraph":
                texts.setdefault(current[0], []).append((k, TextParagraph(p.runs)))
                continue
            elif current is not None and level is not None and level > current[1]:
                below = min(level - current[1] - 1, 1)
                texts.setdefault(current[0], []).append((k, BulletItem(p.runs, below)))
                continue
            else:
                current = None
            rest.append(k)
        return rest, texts

    def place_node_texts(self, texts: dict[str, list[tuple[int, Block]]],
                         goals: list[dict[str, Any]], indicators: list[_Node]) -> None:
        """Give each goal and indicator its text (:meth:`exported_node_texts`); the text
        of a node that did not come home by its UUID (its title changed in Word) is kept
        on the topic and reported, never dropped."""
        def visit(node: dict[str, Any]) -> None:
            found = texts.pop(node["uuid"], None)
            if found:
                node["text"] = blocks_text([block for _k, block in found])
            for child in node.get("children") or ():
                visit(child)

        for goal in goals:
            visit(goal)
        for indicator in indicators:
            indicator.blocks.extend(block for _k, block in texts.pop(indicator.uuid, []))
        for left in texts.values():
            for k, block in left:
                self.keep_unmapped(k, block.level if isinstance(block, BulletItem) else None)

    def restore_goal_uuids(self, goals: list[dict[str, Any]], positions: list[int]) -> None:
        """Give the activity's goals the UUIDs our export's bookmarks carry: each goal,
        in document order, takes the next bookmarked list item with its very title."""
        marked = [k for k in positions if is_list(self.paragraphs[k]) and any(
            _BOOKMARK.fullmatch(name) for name in self.paragraphs[k].bookmarks)]
        if not marked:
            return
        position = 0

        def visit(node: dict[str, Any]) -> None:
            nonlocal position
            for j in range(position, len(marked)):
                p = self.paragraphs[marked[j]]
                if inline_text(p.runs) == node.get("title"):
                    node["uuid"] = _node_uuid(p, self.used)
                    position = j + 1
                    break
            for child in node.get("children") or ():
                visit(child)

        for goal in goals:
            visit(goal)

    def report_indicators(self, positions: list[int]) -> tuple[list[int], list[_Node]]:
        """Our report's indicators in an activity, and the positions left for the labels.

        The report prints a topic's indicators twice: as bullets under "Finns mätbara
        mål inom området?" (bookmarked with their UUIDs) and in the table under the
        "Indikatorer" heading, then the trend charts with their captions. The bullets and
        the table's rows become the topic's indicators (title, unit); the table, the
        charts and their captions are generated from the plan and skipped.
        """
        paragraphs = self.paragraphs
        generated: set[int] = set()
        table: dict[str, tuple[str, dict[str, Any]]] = {}  # plain title → unit, values
        for n, k in enumerate(positions):
            p = paragraphs[k]
            if p.heading_level is None or norm(p.text) != norm(labels.INDICATORS_HEADING):
                continue
            cells = [j for j in positions[n + 1:]]
            columns = len(labels.INDICATOR_COLUMNS)
            head = [" ".join(paragraphs[j].text.split()) for j in cells[:columns]]
            if tuple(head) != labels.INDICATOR_COLUMNS or not all(
                    paragraphs[j].in_table for j in cells[:columns]):
                continue
            generated.add(k)
            rest = 0
            while rest < len(cells) and paragraphs[cells[rest]].in_table:
                rest += 1
            body = cells[columns:rest]
            for start in range(0, len(body) - columns + 1, columns):
                title = " ".join(paragraphs[body[start]].text.split())
                unit = paragraphs[body[start + 1]].text.strip()
                measures = {key: _table_value(paragraphs[body[start + column]].text)
                            for key, column in (("baseline", 2), ("target", 3))}
                table.setdefault(title, ("" if unit == labels.NO_VALUE else unit, measures))
            generated.update(cells[:rest])
            for j in cells[rest:]:
                text = paragraphs[j].text.strip()
                if text and not _FIGURE_CAPTION.match(text):
                    break
                generated.add(j)
            break
        indicators: list[_Node] = []
        measurable = next((n for n, k in enumerate(positions) if not is_list(paragraphs[k])
                           and norm(paragraphs[k].text).startswith(_MEASURABLE_LABEL)), None)
        if measurable is not None:
            for k in positions[measurable + 1:]:
                p = paragraphs[k]
                if not is_list(p):
                    break
                title = inline_text(p.runs)
                if not _is_node_item(p) and " ".join(_plain(title).split()) not in table:
                    continue
                generated.add(k)
                if title == _UNTITLED:  # the report prints an untitled one so
                    title = ""
                node = _Node("indicator", title, _node_uuid(p, self.used), horizon="short")
                node.unit, node.measures = table.pop(" ".join(_plain(title).split()), ("", {}))
                indicators.append(node)
        for title, (unit, measures) in table.items():  # in the table only: no bullet
            node = _Node("indicator", title, self.fresh(), horizon="short")
            node.unit, node.measures = unit, measures
            indicators.append(node)
        if self.topic is not None:
            for node in indicators:
                node.depth = self.topic.depth + 1
        return [k for k in positions if k not in generated], indicators

    def skip_summary(self, k: int, heads: dict[int, int]) -> int:
        """Leave out our report's summary (tables counted from the plan, derived, not
        content) up to the next focus area; return where that starts."""
        self.notes.append(NOTE_SUMMARY_LEFT_OUT)
        k += 1
        while k < len(self.paragraphs) and heads.get(k) != 1:
            k += 1
        return k

    def activity_done(self, positions: list[int]) -> None:
        """Hand an activity's paragraphs to :mod:`.labelled` and place what it found:
        fields, goals, the evaluation for the plan's year; what mapped nowhere is in the
        topic's text already and is listed in the report."""
        topic = self.topic
        if topic is None or not positions:
            return
        texts: dict[str, list[tuple[int, Block]]] = {}
        if self.own_export():
            positions, texts = self.exported_node_texts(positions)
        positions, indicators = self.report_indicators(positions)
        topic.late_children.extend(indicators)
        parts = parse_activity([self.paragraphs[k] for k in positions], year=self.years[0],
                               organisations=self.organisations, kept_on=self.path())
        if parts.text:
            topic.markdown.append(parts.text)
        if parts.fields:
            topic.extra["fields"] = dict(parts.fields)
        if parts.evaluation is not None:
            topic.extra["evaluations"] = [parts.evaluation]
        goals = [*parts.short_goals, *parts.long_goals]
        self.restore_goal_uuids(goals, positions)
        if texts:
            self.place_node_texts(texts, goals, indicators)
        topic.made_children.extend(goals)
        for title, text in parts.indicators:  # under "Mätbara indikatorer", as written
            indicator = _Node("indicator", title, self.fresh(), horizon="short",
                              depth=topic.depth + 1)
            if text:
                indicator.markdown.append(text)
            topic.late_children.append(indicator)
        self.unmapped.extend(parts.unmapped)
