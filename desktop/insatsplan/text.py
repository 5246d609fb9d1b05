"""Text hygiene and the one stored text format: a small Markdown subset.

Every title and text in a plan is stored as Markdown restricted to what a municipal
plan needs and what Word can show: links ``[label](https://...)``, ``**bold**`` and
``*italic*``; multi-paragraph fields separate paragraphs by a blank line and may hold
``- `` bullet lines with one level of nesting (``  - ``). Storing one format keeps
fingerprints, search and diffs meaningful; keeping it small keeps the Word export and
the Qt editor exact.

The module has three layers:

* :func:`clean` makes any incoming text storable (XML 1.0 can hold it, one newline
  convention, one Unicode normal form).
* The parsers (:func:`parse_inline`, :func:`parse_blocks`) read the subset with
  markdown-it-py, never with home-made regexes, into flat :class:`Run` tuples. They
  accept anything, never raise and never drop text: what is not part of the subset
  (headings, HTML, code, ordered lists, ...) stays literal text.
* The writers (:func:`render_inline`, :func:`render_blocks`) are the one canonical
  serialisation. For a canonical string ``s`` (anything a writer returned),
  ``render(parse(s)) == s`` holds, so loading and saving a plan changes nothing.

Normalisation rules of the writers (``parse(render(x))`` is ``x`` after these):

1. Text is :func:`clean`-ed; adjacent runs with equal formatting merge; empty runs go.
2. Whitespace at the start and end of every line is dropped and blank lines inside
   one paragraph collapse to a single line break: CommonMark discards that whitespace
   anyway and a blank line would end the paragraph.
3. Whitespace at the edges of a bold or italic stretch moves outside the markers
   (CommonMark does not read ``** x**`` as bold), so a run of only whitespace loses
   bold and italic. Links keep their whitespace.
4. Link targets are cleaned, lose line breaks and surrounding whitespace; an empty
   target or one markdown-it refuses (``javascript:``, ``file:``, ...) makes the text
   plain. Link titles in hand-written input are not kept.
5. Bold and italic are written with nested markers (``**bold *both* bold**``, which
   is ``***x***`` where both cover the same text); when that does not parse back, the
   writer tries the other nesting order and ``_``/``__`` markers. Where no choice
   expresses a formatting boundary (CommonMark's flanking rules make e.g. bold
   ``"x"`` directly followed by plain ``y`` impossible), the writer removes the
   formatting of the first bold/italic stretch (italic before bold, then a link) at
   which the re-parse differs, and tries again. The check is done per stretch of text
   between plain whitespace, so one awkward word never costs a whole paragraph its
   formatting.
6. Blocks: empty blocks go, bullet levels are 0 or 1, and a level-1 bullet that does
   not follow another bullet becomes level 0 (Markdown cannot nest it under nothing).

The normalisation is idempotent, which is what makes ``render(parse(render(x)))`` equal
``render(x)`` for every input.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = [
    "Block",
    "BulletItem",
    "Paragraph",
    "Run",
    "canonical",
    "clean",
    "parse_blocks",
    "parse_inline",
    "plain_text",
    "render_blocks",
    "render_inline",
]

# --------------------------------------------------------------------------- hygiene

#: Characters XML 1.0 cannot hold (Word files are XML): C0 controls other than tab,
#: line feed and carriage return (CR is turned into LF before this is applied), lone
#: surrogates, and the noncharacters U+FFFE and U+FFFF.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(s: str) -> str:
    """Make any incoming text storable: LF newlines only, XML-safe, NFC.

    Every text that enters the program (typing, pasting, importing) passes through
    here so that equal-looking texts are equal strings and the Word export never
    meets a character XML cannot hold. Removal happens before NFC so that removing a
    control character between a letter and a combining mark cannot leave a pair that
    a second call would compose: the function is idempotent.
    """
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _XML_UNSAFE.sub("", s)
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one formatting: what the Qt editor and Word both have.

    Runs are flat on purpose (a bold word inside a link is one run with both), so
    the editor and the exporter never need to understand Markdown nesting.
    """

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of a multi-paragraph field; ``"\\n"`` in run text is a line break."""

    runs: tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class BulletItem:
    """A bullet line; *level* 0 is ``- ``, level 1 is the one nesting level ``  - ``."""

    runs: tuple[Run, ...]
    level: int = 0


Block: TypeAlias = Paragraph | BulletItem

# --------------------------------------------------------------------------- markdown-it


@cache
def _subset_markdown_class() -> type[MarkdownIt]:
    """markdown-it with link targets kept exactly as written.

    The default ``normalizeLink`` percent-encodes and punycodes targets, so a typed
    ``https://example.se/å`` would come back changed; the stored text keeps what the
    person wrote and the Word exporter encodes when it needs to. Built on first use:
    importing markdown-it is a noticeable part of the editor's start-up, and a tree of
    plain titles never needs it (see :func:`plain_text`).
    """
    from markdown_it import MarkdownIt

    class _SubsetMarkdown(MarkdownIt):
        def normalizeLink(self, url: str) -> str:
            return url

    return _SubsetMarkdown


@cache
def _markdown(blocks: bool) -> MarkdownIt:
    """The shared parser: paragraphs (plus lists for *blocks*), emphasis, links.

    The ``zero`` preset has nothing but paragraphs and text, so everything outside the
    subset (headings, code, HTML, entities, block quotes, images, autolinks, tables)
    stays literal text and survives a round trip unchanged. One-line fields are read
    without the list rule, so a hand-written title ``- x`` or ``1. januari`` is text.
    """
    # No nesting limit: markdown-it silently drops everything after the limit in a
    # deeply nested list; unbounded, absurd nesting ends in RecursionError instead,
    # which the callers turn into plain text.
    md = _subset_markdown_class()("zero", {"maxNesting": sys.maxsize})
    rules = ["emphasis", "link", "escape", "newline"]
    if blocks:
        rules.append("list")
    md.enable(rules)
    return md


# --------------------------------------------------------------------------- normalising


class _Fmt(NamedTuple):
    """The formatting of one character; runs are maximal stretches of equal _Fmt."""

    bold: bool
    italic: bool
    link: str | None


_PLAIN = _Fmt(False, False, None)


def _without(fmt: _Fmt, attr: str) -> _Fmt:
    """*fmt* with the formatting *attr* (``bold``, ``italic`` or ``link``) taken off."""
    if attr == "bold":
        return fmt._replace(bold=False)
    if attr == "italic":
        return fmt._replace(italic=False)
    return fmt._replace(link=None)
_LINE_EDGE_WS = re.compile(r"\s*\n\s*")
_URL_CONTROL = re.compile("[\x00-\x20\x7f]")


def _normalise_link(link: str | None) -> str | None:
    """The link target as stored, or None when it cannot be a link (rule 4)."""
    if link is None:
        return None
    # NFC again after removing line breaks: a break may have kept a letter and a
    # combining mark apart.
    url = unicodedata.normalize("NFC", clean(link).replace("\n", "")).strip()
    if not url or not _markdown(False).validateLink(url):
        return None
    if _URL_CONTROL.search(url) and unicodedata.normalize("NFC", "<" + url)[0] != "<":
        # The target must be written as <...>; a combining mark at its start would
        # fuse with '<' under NFC and break clean(render(x)) == render(x).
        url = "".join(f"%{b:02X}" for b in url[0].encode()) + url[1:]
    return url


def _segments(runs: Iterable[Run]) -> list[tuple[str, _Fmt]]:
    """Cleaned, non-empty, maximal stretches of equal formatting.

    Characters are removed before merging (so an emptied run cannot keep equal
    neighbours apart) and NFC is applied after it (merging can bring a letter and a
    combining mark together).
    """
    merged: list[tuple[str, _Fmt]] = []
    for run in runs:
        text = clean(run.text)
        if not text:
            continue
        fmt = _Fmt(bool(run.bold), bool(run.italic), _normalise_link(run.link))
        if merged and merged[-1][1] == fmt:
            merged[-1] = (merged[-1][0] + text, fmt)
        else:
            merged.append((text, fmt))
    return [(unicodedata.normalize("NFC", text), fmt) for text, fmt in merged]


def _flatten(runs: Iterable[Run]) -> tuple[str, list[_Fmt]]:
    """The text of *runs* and the formatting of every character."""
    segments = _segments(runs)
    fmts: list[_Fmt] = []
    for text, fmt in segments:
        fmts.extend([fmt] * len(text))
    return "".join(text for text, _ in segments), fmts


def _unflatten(text: str, fmts: Sequence[_Fmt]) -> tuple[Run, ...]:
    """Runs of maximal equal formatting, each text NFC (merging can compose)."""
    runs: list[Run] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or fmts[i] != fmts[start]:
            fmt = fmts[start]
            chunk = unicodedata.normalize("NFC", text[start:i])
            runs.append(Run(chunk, fmt.bold, fmt.italic, fmt.link))
            start = i
    return tuple(runs)


def _strip_line_edges(text: str, fmts: list[_Fmt]) -> tuple[str, list[_Fmt]]:
    """Rule 2: no whitespace at line edges, no blank lines, no edge newlines."""
    out_text: list[str] = []
    out_fmts: list[_Fmt] = []
    pos = 0
    for m in _LINE_EDGE_WS.finditer(text):
        out_text.append(text[pos : m.start()])
        out_fmts.extend(fmts[pos : m.start()])
        newline = m.start() + m.group().index("\n")
        out_text.append("\n")
        out_fmts.append(fmts[newline])
        pos = m.end()
    out_text.append(text[pos:])
    out_fmts.extend(fmts[pos:])
    joined = "".join(out_text)
    start = len(joined) - len(joined.lstrip())
    end = len(joined.rstrip())
    return joined[start:end], out_fmts[start:end]


def _trim_emphasis(text: str, fmts: list[_Fmt]) -> None:
    """Rule 3, in place: bold/italic stretches neither start nor end with whitespace."""
    for attr in ("bold", "italic"):
        i = 0
        n = len(text)
        while i < n:
            if not getattr(fmts[i], attr):
                i += 1
                continue
            link = fmts[i].link
            j = i
            while j < n and getattr(fmts[j], attr) and fmts[j].link == link:
                j += 1
            a, b = i, j
            while a < b and text[a].isspace():
                fmts[a] = _without(fmts[a], attr)
                a += 1
            while b > a and text[b - 1].isspace():
                fmts[b - 1] = _without(fmts[b - 1], attr)
                b -= 1
            i = j


_WS_AT_BREAK = re.compile(r"\s\n|\n\s")


def _needs_edits(text: str, segments: Sequence[tuple[str, _Fmt]]) -> bool:
    """Whether rules 2 or 3 change anything: usually not, and checking is cheap."""
    if text[:1].isspace() or text[-1:].isspace() or _WS_AT_BREAK.search(text):
        return True
    for attr in (0, 1):  # bold, italic
        i = 0
        while i < len(segments):
            fmt = segments[i][1]
            if not fmt[attr]:
                i += 1
                continue
            j = i
            while (
                j + 1 < len(segments)
                and segments[j + 1][1][attr]
                and (segments[j + 1][1].link == fmt.link)
            ):
                j += 1
            if segments[i][0][0].isspace() or segments[j][0][-1].isspace():
                return True
            i = j + 1
    return False


def _normalise(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Rules 1-4: the runs as the writer will express them (idempotent)."""
    segments = _segments(runs)
    text = "".join(t for t, _ in segments)
    if not _needs_edits(text, segments):
        return tuple(Run(t, f.bold, f.italic, f.link) for t, f in segments)
    fmts: list[_Fmt] = []
    for t, f in segments:
        fmts.extend([f] * len(t))
    text, fmts = _strip_line_edges(text, fmts)
    _trim_emphasis(text, fmts)
    return _unflatten(text, fmts)


def _normalise_blocks(blocks: Iterable[Block]) -> tuple[Block, ...]:
    """Rule 6 on top of the inline rules for every block."""
    out: list[Block] = []
    for block in blocks:
        runs = _normalise(block.runs)
        if not runs:
            continue
        if isinstance(block, BulletItem):
            level = 1 if block.level >= 1 and out and isinstance(out[-1], BulletItem) else 0
            out.append(BulletItem(runs, level))
        else:
            out.append(Paragraph(runs))
    return tuple(out)


# --------------------------------------------------------------------------- parsing


def _runs_from_inline(children: Sequence[Token]) -> list[Run]:
    """Flatten markdown-it inline tokens to runs; unknown tokens keep their text."""
    runs: list[Run] = []
    strong = em = 0
    links: list[str] = []
    for tok in children:
        kind = tok.type
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong = max(0, strong - 1)
        elif kind == "em_open":
            em += 1
        elif kind == "em_close":
            em = max(0, em - 1)
        elif kind == "link_open":
            href = tok.attrs.get("href", "")
            links.append(str(href))
        elif kind == "link_close":
            if links:
                links.pop()
        else:
            text = "\n" if kind in ("softbreak", "hardbreak") else tok.content
            if text:
                runs.append(Run(text, strong > 0, em > 0, links[-1] if links else None))
    return runs


def _tokens(s: str, blocks: bool) -> list[Token] | None:
    """markdown-it's tokens for *s*, or None if it failed (then *s* is plain text)."""
    try:
        return _markdown(blocks).parse(s)
    except Exception:  # never let odd input crash an editor or an import
        return None


def _parse_inline_raw(s: str) -> tuple[Run, ...]:
    """parse_inline without cleaning: paragraphs of a one-line field joined by LF."""
    tokens = _tokens(s, blocks=False)
    if tokens is None:
        return _normalise([Run(s)])
    runs: list[Run] = []
    for tok in tokens:
        if tok.type == "inline":
            if runs:
                runs.append(Run("\n"))
            runs.extend(_runs_from_inline(tok.children or []))
    return _normalise(runs)


def parse_inline(s: str) -> tuple[Run, ...]:
    """Runs of a one-line field (title, goal or indicator text).

    Soft line breaks are kept as ``"\\n"`` in run text; several paragraphs (which a
    one-line field should not have) are joined by ``"\\n"`` rather than dropped. List
    markers are not interpreted here: ``1. januari`` as a title is text.
    """
    return _parse_inline_raw(s)


class _Item:
    """A list item being collected while walking the block tokens."""

    __slots__ = ("bullet", "level", "prefix", "runs")

    def __init__(self, bullet: bool, level: int, prefix: str) -> None:
        self.bullet = bullet
        self.level = level
        self.prefix = prefix
        self.runs: list[Run] = []


def parse_blocks(s: str) -> tuple[Block, ...]:
    """Blocks of a multi-paragraph field; never raises and never drops text.

    Bullet lists nested deeper than one level are flattened to level 1. Ordered lists
    are not part of the subset, but hand-written input may have them: their items
    become paragraphs (or level-1 bullets when nested in a bullet) that keep their
    number, e.g. ``1. januari``.
    """
    tokens = _tokens(s, blocks=True)
    if tokens is None:
        return _normalise_blocks([Paragraph((Run(s),))])
    blocks: list[Block] = []
    lists: list[bool] = []  # one entry per open list: is it a bullet list
    items: list[_Item] = []

    def flush(item: _Item) -> None:
        runs = item.runs
        if item.prefix:
            runs = [Run(item.prefix), *runs]
            item.prefix = ""
        if runs:
            if item.bullet:
                blocks.append(BulletItem(tuple(runs), item.level))
            else:
                blocks.append(Paragraph(tuple(runs)))
        item.runs = []

    for tok in tokens:
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            if items:
                flush(items[-1])
            lists.append(kind == "bullet_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            if lists:
                lists.pop()
        elif kind == "list_item_open":
            bullet_list = lists[-1] if lists else True
            prefix = "" if bullet_list else f"{tok.info}{tok.markup} "
            bullet = bullet_list or any(lists[:-1])
            items.append(_Item(bullet, min(len(lists) - 1, 1), prefix))
        elif kind == "list_item_close":
            if items:
                flush(items.pop())
        elif kind == "inline":
            runs = _runs_from_inline(tok.children or [])
            if items:
                item = items[-1]
                if item.runs:
                    item.runs.append(Run("\n"))
                item.runs.extend(runs)
            else:
                blocks.append(Paragraph(tuple(runs)))
    while items:
        flush(items.pop())
    return _normalise_blocks(blocks)


# --------------------------------------------------------------------------- writing

_ESCAPE_ALWAYS = re.compile(r"([\\*_\[\]])")
_BULLET_MARKER = re.compile(r"^([-+])(?=\s|$)")
_ORDERED_MARKER = re.compile(r"^([0-9]+)([.)])(?=\s|$)")
_ENTITY_LIKE = re.compile(r"&(?=[a-z#][a-z0-9]{1,31};)", re.IGNORECASE)


def _escape_text(text: str, at_line_start: bool) -> str:
    """Escape what markdown-it would read as markup in plain text.

    ``\\ * _ [ ]`` are always escaped; a list marker (``-``, ``+``, ``1.``, ``1)``
    followed by a space, a tab or the end of the text) is escaped at the start of
    every line, so a stored text means the same in one-line and multi-paragraph
    fields. Escaping where not strictly needed is harmless: it reads back the same.
    """
    lines = _ESCAPE_ALWAYS.sub(r"\\\1", text).split("\n")
    for i, line in enumerate(lines):
        if i == 0 and not at_line_start:
            continue
        line = _BULLET_MARKER.sub(r"\\\1", line)
        lines[i] = _ORDERED_MARKER.sub(r"\1\\\2", line)
    return "\n".join(lines)


def _balanced_parens(url: str) -> bool:
    """Whether markdown-it reads the parentheses of a bare target as part of it."""
    depth = 0
    for ch in url:
        if ch == "(":
            depth += 1
            if depth > 32:
                return False
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _destination(url: str) -> str:
    """The link target as written in ``[label](target)``.

    Plain form when possible (easy to read in a stored file); ``<...>`` when the URL
    holds whitespace or control characters. Backslashes, entity-like ``&name;`` (which
    markdown-it decodes in targets) and, where they would not pair up, parentheses are
    backslash-escaped.
    """
    url = _ENTITY_LIKE.sub(r"\\&", url.replace("\\", "\\\\"))
    if _URL_CONTROL.search(url):
        return "<" + url.replace("<", "\\<").replace(">", "\\>") + ">"
    if not _balanced_parens(url):
        url = url.replace("(", "\\(").replace(")", "\\)")
    if url.startswith("<"):
        url = "\\" + url
    return url


class _Style(NamedTuple):
    """One way of writing emphasis: which mark is outside and the marker strings."""

    outer: Literal["bold", "italic"]
    bold: str
    italic: str


_STYLES: tuple[_Style, ...] = (
    _Style("bold", "**", "*"),
    _Style("italic", "**", "*"),
    _Style("bold", "**", "_"),
    _Style("italic", "**", "_"),
    _Style("bold", "__", "*"),
    _Style("italic", "__", "*"),
    _Style("bold", "__", "_"),
    _Style("italic", "__", "_"),
)


class _Writer:
    """Accumulates output and knows whether the next text starts a line."""

    __slots__ = ("at_line_start", "parts")

    def __init__(self, at_line_start: bool) -> None:
        self.parts: list[str] = []
        self.at_line_start = at_line_start

    def markup(self, s: str) -> None:
        self.parts.append(s)
        self.at_line_start = False

    def text(self, s: str) -> None:
        self.parts.append(_escape_text(s, self.at_line_start))
        self.at_line_start = s.endswith("\n")


def _write_emphasis(out: _Writer, runs: Sequence[Run], style: _Style) -> None:
    """Write runs that share one link target, nesting emphasis as *style* says."""
    inner = "italic" if style.outer == "bold" else "bold"
    outer_mark = getattr(style, style.outer)
    inner_mark = getattr(style, inner)

    def write_inner(run: Run) -> None:
        if getattr(run, inner):
            out.markup(inner_mark)
            out.text(run.text)
            out.markup(inner_mark)
        else:
            out.text(run.text)

    i = 0
    while i < len(runs):
        if getattr(runs[i], style.outer):
            j = i
            while j < len(runs) and getattr(runs[j], style.outer):
                j += 1
            out.markup(outer_mark)
            for run in runs[i:j]:
                write_inner(run)
            out.markup(outer_mark)
            i = j
        else:
            write_inner(runs[i])
            i += 1


def _write(runs: Sequence[Run], style: _Style, at_line_start: bool) -> str:
    """Write normalised runs in one *style* (unverified)."""
    out = _Writer(at_line_start)
    i = 0
    while i < len(runs):
        link = runs[i].link
        j = i
        while j < len(runs) and runs[j].link == link:
            j += 1
        if link is None:
            _write_emphasis(out, runs[i:j], style)
        else:
            out.markup("[")
            _write_emphasis(out, runs[i:j], style)
            out.markup("](" + _destination(link) + ")")
        i = j
    return "".join(out.parts)


#: What markdown-it counts as whitespace for emphasis (``isWhiteSpace``); only these
#: separate pieces, because only these look like a line edge to the flanking rules.
#: (U+2028 or U+0085 are ``str.isspace()`` but read like letters there.)
_MD_WHITESPACE = re.compile("([\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u202f\u205f\u3000]+)")


def _is_separator(run: Run) -> bool:
    """Plain Markdown whitespace: emphasis pairing and link brackets never cross it."""
    return (
        run.link is None
        and not run.bold
        and not run.italic
        and _MD_WHITESPACE.fullmatch(run.text) is not None
    )


def _split(runs: tuple[Run, ...]) -> list[tuple[Run, ...]]:
    """Split at plain whitespace into pieces whose emphasis parses independently.

    A piece is separated from the next by plain whitespace with non-whitespace text on
    both sides; whitespace is what a line edge counts as for CommonMark's flanking
    rules, so a piece parses the same alone as within the paragraph. Separators are
    returned as pieces of their own (one run of plain whitespace).
    """
    # Split plain runs at their whitespace so separators become runs of their own.
    atoms: list[Run] = []
    for run in runs:
        if run.link is None and not run.bold and not run.italic:
            atoms.extend(Run(part) for part in _MD_WHITESPACE.split(run.text) if part)
        else:
            atoms.append(run)
    pieces: list[tuple[Run, ...]] = []
    current: list[Run] = []
    for k, atom in enumerate(atoms):
        if (
            _is_separator(atom)
            and current
            and not current[-1].text[-1].isspace()
            and k + 1 < len(atoms)
            and not atoms[k + 1].text[0].isspace()
        ):
            pieces.append(_merge(current))
            pieces.append((atom,))
            current = []
        else:
            current.append(atom)
    if current:
        pieces.append(_merge(current))
    return pieces


def _merge(runs: Sequence[Run]) -> tuple[Run, ...]:
    """Merge adjacent runs with equal formatting (text is already normalised)."""
    out: list[Run] = []
    for run in runs:
        if out and (out[-1].bold, out[-1].italic, out[-1].link) == (
            run.bold,
            run.italic,
            run.link,
        ):
            last = out[-1]
            out[-1] = Run(last.text + run.text, last.bold, last.italic, last.link)
        else:
            out.append(run)
    return tuple(out)


def _degrade(intended: tuple[Run, ...], parsed: tuple[Run, ...]) -> tuple[Run, ...] | None:
    """Rule 5: remove one formatting stretch where *parsed* first differs, or None.

    The first character at which the re-parse differs normally lies at the start of
    the stretch whose marker did not pair up (the marker shows up as literal text
    there), or just after a stretch whose closing marker failed.
    """
    text, fmts = _flatten(intended)
    ptext, pfmts = _flatten(parsed)
    n = min(len(text), len(ptext))
    i = next((k for k in range(n) if text[k] != ptext[k] or fmts[k] != pfmts[k]), n)

    def attrs_at(k: int) -> list[str]:
        if not 0 <= k < len(text):
            return []
        f = fmts[k]
        return [a for a, on in (("italic", f.italic), ("bold", f.bold), ("link", f.link)) if on]

    choice: tuple[int, str] | None = None
    if i < len(text):
        other = pfmts[i] if i < len(ptext) else _PLAIN
        missing = [a for a in attrs_at(i) if getattr(other, a) != getattr(fmts[i], a)]
        if missing:
            choice = (i, missing[0])
    if choice is None:
        for k in (*range(i - 1, -1, -1), *range(i, len(text))):
            found = attrs_at(k)
            if found:
                choice = (k, found[0])
                break
    if choice is None:
        return None
    k, attr = choice
    link = fmts[k].link
    lo = k
    while lo > 0 and getattr(fmts[lo - 1], attr) and fmts[lo - 1].link == link:
        lo -= 1
    hi = k
    while hi < len(text) and getattr(fmts[hi], attr) and fmts[hi].link == link:
        hi += 1
    for j in range(lo, hi):
        fmts[j] = _without(fmts[j], attr)
    return _normalise(_unflatten(text, fmts))


def _write_piece(piece: tuple[Run, ...], at_line_start: bool) -> str:
    """Write one independent piece in the first style that parses back exactly."""
    if not any(run.bold or run.italic or run.link for run in piece):
        return _write(piece, _STYLES[0], at_line_start)  # escaped text always reads back
    first: tuple[str, tuple[Run, ...]] | None = None
    tried: set[str] = set()
    for style in _STYLES:
        s = _write(piece, style, at_line_start)
        if s in tried:
            continue
        tried.add(s)
        parsed = _parse_inline_raw(s)
        if parsed == piece:
            return s
        if first is None:
            first = (s, parsed)
    assert first is not None
    degraded = _degrade(piece, first[1])
    if degraded is None:  # cannot happen for plain text; be total anyway
        return first[0]
    return _write_pieces(degraded, at_line_start)


def _write_pieces(runs: tuple[Run, ...], at_line_start: bool) -> str:
    """Write normalised runs piece by piece (see :func:`_split`)."""
    parts: list[str] = []
    for piece in _split(runs):
        if len(piece) == 1 and _is_separator(piece[0]):
            parts.append(piece[0].text)
            at_line_start = piece[0].text.endswith("\n")
        else:
            parts.append(_write_piece(piece, at_line_start))
            at_line_start = False
    return "".join(parts)


def _render_normalised(runs: tuple[Run, ...]) -> str:
    """The canonical Markdown for normalised runs.

    The fast path writes the whole text in the first style and checks it with one
    parse; only when that fails is the text written piece by piece. Both give the same
    string whenever the fast path succeeds, because the pieces parse independently.
    """
    if not runs:
        return ""
    s = _write(runs, _STYLES[0], True)
    if _parse_inline_raw(s) == runs:
        return s
    return _write_pieces(runs, True)


def render_inline(runs: Iterable[Run]) -> str:
    """The canonical Markdown for *runs* (normalised as the module docstring says)."""
    return _render_normalised(_normalise(runs))


def render_blocks(blocks: Iterable[Block]) -> str:
    """The canonical Markdown for *blocks*.

    Paragraphs are separated by a blank line and so is a list from what surrounds it
    (otherwise a following paragraph would continue the last item); bullets of one
    list follow each other line by line. Line breaks inside a bullet are indented to
    the bullet's text, so they continue it.
    """
    parts: list[str] = []
    previous: Block | None = None
    for block in _normalise_blocks(blocks):
        body = _render_normalised(block.runs)
        if isinstance(block, BulletItem):
            indent = "  " * block.level
            body = indent + "- " + body.replace("\n", "\n" + indent + "  ")
            if previous is not None:
                parts.append("\n" if isinstance(previous, BulletItem) else "\n\n")
        elif previous is not None:
            parts.append("\n\n")
        parts.append(body)
        previous = block
    return "".join(parts)


# --------------------------------------------------------------------------- helpers


# Text the subset cannot read as anything but itself: no emphasis, link, escape or list
# characters, one line, words separated by single spaces, starting with a letter or digit.
_PLAIN_TITLE = re.compile(r"[^\W_][^\s*_\[\]\\]*(?: [^\s*_\[\]\\]+)*")


def plain_text(s: str) -> str:
    """The visible text of stored Markdown: for search, labels and comparisons.

    Blocks are joined by ``"\\n"``; bullets keep a ``- `` (``  - `` nested) prefix so
    that a title that happens to read as a list keeps all of its characters; links
    keep their label and lose their target. Most titles hold no Markdown at all and are
    returned as they are, without the parser (a test checks both paths agree).
    """
    if _PLAIN_TITLE.fullmatch(s) and clean(s) == s:
        return s
    return _plain_text_of_text(s)


@lru_cache(maxsize=4096)
def _plain_text_of_text(s: str) -> str:
    """:func:`plain_text` of what the title shortcut cannot take.

    Paragraphs of plain words (separated by one blank line, each of which the shortcut
    would take) are joined by ``"\n"`` as the parser would; the rest is parsed. Cached,
    because an import asks for each text twice (the preview's tree and the search text)
    and parsing was a fifth of an import's time (profiled); the cache is bounded and
    the function pure, so a stale answer is impossible.
    """
    if "\n\n" in s and clean(s) == s:
        paragraphs = s.split("\n\n")
        if all(_PLAIN_TITLE.fullmatch(paragraph) for paragraph in paragraphs):
            return "\n".join(paragraphs)
    return _plain_text_parsed(s)


def clear_text_caches() -> None:
    """Forget cached plain texts: for benchmarks that import one document many times."""
    _plain_text_of_text.cache_clear()


def _plain_text_parsed(s: str) -> str:
    """:func:`plain_text` through the parser, whatever *s* holds."""
    lines: list[str] = []
    for block in parse_blocks(clean(s)):
        text = "".join(run.text for run in block.runs)
        if isinstance(block, BulletItem):
            text = "  " * block.level + "- " + text
        lines.append(text)
    return "\n".join(lines)


def canonical(s: str, *, blocks: bool) -> str:
    """The stored form of any text: ``render(parse(clean(s)))``."""
    if blocks:
        return render_blocks(parse_blocks(clean(s)))
    return render_inline(parse_inline(clean(s)))
