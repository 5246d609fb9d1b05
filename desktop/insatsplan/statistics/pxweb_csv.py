"""PxWeb's CSV downloads (SCB, Folkhälsodata) read into a :class:`StatisticsTable`.

What the files look like in practice, and what this reader therefore accepts:

- separated by ``;`` (Swedish Excel), ``,`` or a tab; Windows-1252 or UTF-8, often with
  a byte-order mark; optionally a title line (one cell) above the header and footnotes
  (one cell each) below the data;
- headers and cells with codes, texts or both ("0114 Upplands Väsby", "Region - region");
- decimal commas ("12,5"), spaces between thousands, ``..`` (and ``.``, ``-``, empty) for a
  missing value;
- *wide*: the periods are columns, recognised by their codes (``2024``, ``2024K1``,
  ``2024M03``, ``2019-2022``), alone or after the contents' name ("Folkmängd 2024");
- *long*: one column holds the periods (called Tid/år/… or holding only period codes),
  the numeric columns at the right hold the values.

Every non-period column becomes a dimension whose categories are its distinct cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.periods import parse_period
from insatsplan.statistics.csv_rows import excel_separator, split_rows
from insatsplan.statistics.table import Category, Cell, Dimension, StatisticsTable, is_time_code
from insatsplan.values import parse_value

MISSING_MARKS = frozenset({"", ".", "..", "...", "....", "-", "–", "—"})
"""PxWeb's marks for a cell without a value: ``..`` missing, ``.`` not applicable, …"""

_TIME_NAMES = frozenset({"tid", "time", "år", "year", "period", "månad", "kvartal",
                         "month", "quarter", "årtal"})
_CONTENTS = ("ContentsCode", "tabellinnehåll")
_CODE_DASH_TEXT = re.compile(r"(?P<code>\S(?:.*?\S)?)\s+-\s+(?P<text>\S.*)", re.DOTALL)
# A leading code: digits ("0114", "1+2") or an upper-case word ("TOTAL", "TotSa" is not).
_DIGITS_TEXT = re.compile(r"(?P<code>[0-9][0-9+]*|[A-Z]{2,}[0-9]*)\s+(?P<text>\S.*)",
                          re.DOTALL | re.ASCII)

_MSG_NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not a statistics table: no header row with columns was found.")
_MSG_WIDTH = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}: {count} cells where the header has {expected}.")
_MSG_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}, column {column}: {value} is not a number.")
_MSG_NO_TIME = QT_TRANSLATE_NOOP(
    "Errors", "{file} has no period column: no header is a period such as 2024, 2024K1 "
    "or 2024M03, and no column is called Tid or år.")
_MSG_NO_VALUES = QT_TRANSLATE_NOOP(
    "Errors", "{file} has no column of numbers at its right to take the values from.")
_MSG_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}: the same cell as line {first} ({what}).")
_MSG_NO_DATA = QT_TRANSLATE_NOOP("Errors", "{file} has a header but no rows of values.")
_MSG_PERIOD_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "{file}: the column {column} looks like a period but is not one: {reason}")
_MSG_PERIOD_CELL = QT_TRANSLATE_NOOP("Errors", "{file}, line {line}, column {column}: {reason}")

# What a period column's header looks like even when it is not a valid one ("2023-02-29",
# "2024Q5", "1899"): such a column must not quietly become a dimension and lose its values.
_PERIOD_LIKE = re.compile(
    r"[0-9]{4}(?:\s*[-\u2013\u2014]?\s*(?:[KQMkqm][0-9]{1,2}|[0-9]{1,2}(?:-[0-9]{1,2})?"
    r"|[0-9]{4}|VT|HT|vt|ht))?", re.ASCII)


def decode_text(data: bytes) -> str:
    """*data* as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    return text.lstrip("\ufeff")  # a file saved twice with a mark has two


def split_code_text(text: str) -> tuple[str, str]:
    """("0114", "Upplands Väsby") from "0114 Upplands Väsby" or "0114 - Upplands Väsby";
    (text, text) when it holds no code."""
    text = text.strip()
    match = _CODE_DASH_TEXT.fullmatch(text) or _DIGITS_TEXT.fullmatch(text)
    if match is None:
        return text, text
    return match["code"].strip(), match["text"].strip()


_SAMPLE = 64 * 1024
"""How much of a CSV file chooses its separator."""


def _best_delimiter(text: str, delimiters: Sequence[str], file_name: str
                    ) -> str | UserError:
    """The separator giving the most rows of one width (two cells or more), the first
    on a tie; the first one's error when the text splits with none of them."""
    best: tuple[int, str] | None = None
    failure: UserError | None = None
    for delimiter in delimiters:
        try:
            rows = split_rows(text, delimiter, file_name)
        except UserError as error:
            failure = failure or error
            continue
        widths: dict[int, int] = {}
        for _line, row in rows:
            if len(row) >= 2:
                widths[len(row)] = widths.get(len(row), 0) + 1
        score = max(widths.values(), default=0)
        if best is None or score > best[0]:
            best = (score, delimiter)
    if best is None:
        assert failure is not None
        return failure
    return best[1]


def read_rows(text: str, file_name: str = ""
              ) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """The header, the numbered rows under it and the title line above it (``""``).

    The separator is the one an Excel ``sep=`` first line names, else the one of ``;``,
    tab and ``,`` that gives the most rows of the same width (two or more cells); title
    and footnote lines hold one cell. Rows are numbered by the line they start on (a
    quoted cell may hold line breaks); UserError for an unclosed quote (when no
    separator reads the text) or no header.
    """
    named, text = excel_separator(text)
    # The separator is chosen on the first lines (the whole of a big file three times
    # over took most of a minute), then the file is read once with it.
    sample = text[:_SAMPLE] if len(text) <= _SAMPLE else text[:text.rfind("\n", 0, _SAMPLE)]
    delimiters = (named,) if named else (";", "\t", ",")
    # A quoted cell crossing the sample's end fails every separator: then the whole text.
    chosen = _best_delimiter(sample, delimiters, file_name)
    if isinstance(chosen, UserError) and len(sample) < len(text):
        chosen = _best_delimiter(text, delimiters, file_name)
    if isinstance(chosen, UserError):
        raise chosen
    rows = split_rows(text, chosen, file_name)
    width = max((w for w in {len(r) for _, r in rows if len(r) >= 2}),
                key=lambda w: sum(1 for _, r in rows if len(r) == w), default=0)
    header_at = next((i for i, (_, r) in enumerate(rows) if len(r) == width), None)
    if not width or header_at is None:
        raise UserError(_MSG_NO_HEADER, file=file_name)
    title = " ".join(c.strip() for _, r in rows[:header_at] for c in r if c.strip())
    return [h.strip() for h in rows[header_at][1]], rows[header_at + 1:], title


@dataclass(frozen=True)
class _Column:
    header: str
    names: tuple[str, ...]
    time_code: str = ""
    contents: str = ""


def _column(header: str) -> _Column:
    code, text = split_code_text(header) if " - " in header else (header, header)
    names = tuple(dict.fromkeys((header, code, text)))
    if is_time_code(header):
        return _Column(header, names, time_code=header)
    tokens = header.split()
    if len(tokens) >= 2 and is_time_code(tokens[-1]):
        return _Column(header, names, tokens[-1], header[: header.rfind(tokens[-1])].strip())
    if len(tokens) >= 2 and is_time_code(tokens[0]):
        return _Column(header, names, tokens[0], header[len(tokens[0]):].strip())
    return _Column(header, names)


def _period_problem(text: str) -> UserError:
    """Why *text* is not a period (parse_period's own words)."""
    try:
        parse_period(text.strip())
    except UserError as error:
        return error
    raise AssertionError(f"{text!r} is a period")


# The usual shape of a number in these files ("12", "-3,5", "1 234.5"): checked with one
# regular expression; parse_value, twenty times slower, reads only the cells selected.
_NUMBER_SHAPE = re.compile(r"[-\u2212]?[0-9]{1,3}(?:[ \u00a0\u202f]?[0-9]{3})*(?:[.,][0-9]+)?"
                           r"|[-\u2212]?[0-9]+(?:[.,][0-9]+)?", re.ASCII)


def _is_number_or_missing(text: str) -> bool:
    if text.strip() in MISSING_MARKS or _NUMBER_SHAPE.fullmatch(text.strip()):
        return True
    try:
        parse_value(text)
    except UserError:
        return False
    return True


class _Builder:
    """Collects the categories of each dimension and the cells, in file order."""

    def __init__(self, file_name: str, count: int) -> None:
        self.file_name = file_name
        self.categories: list[dict[str, tuple[int, Category]]] = [{} for _ in range(count)]
        #: the cell's text as written, its line and its column's header
        self.cells: dict[tuple[int, ...], tuple[str, int, str]] = {}

    def position(self, dimension: int, text: str, *, split: bool = True) -> int:
        known = self.categories[dimension]
        if text not in known:
            code, label = split_code_text(text) if split else (text, text)
            known[text] = (len(known), Category(code, label))
        return known[text][0]

    def add(self, key: tuple[int, ...], text: str, line: int, column: str) -> None:
        """Keep a cell; one that is no number is named now, one shaped like a number is
        read exactly when it is selected (:meth:`cell`)."""
        stripped = text.strip()
        if stripped not in MISSING_MARKS and not _NUMBER_SHAPE.fullmatch(stripped):
            self._number(stripped, line, column)
        if key in self.cells:
            raise UserError(_MSG_TWICE, file=self.file_name, line=line,
                            first=self.cells[key][1], what=column)
        self.cells[key] = (stripped, line, column)

    def cell(self, key: tuple[int, ...]) -> Cell | None:
        """The cell at *key*, read exactly; UserError naming its line and column."""
        found = self.cells.get(key)
        if found is None:
            return None
        text, line, column = found
        if text in MISSING_MARKS:
            return Cell(None, text)
        return Cell(self._number(text, line, column))

    def _number(self, text: str, line: int, column: str) -> Decimal:
        try:
            return parse_value(text)
        except UserError:
            raise UserError(_MSG_NUMBER, file=self.file_name, line=line, column=column,
                            value=text[:40]) from None

    def dimension(self, index: int, column: _Column | None, *, dimension_id: str = "",
                  label: str = "", is_time: bool = False) -> Dimension:
        categories = tuple(c for _, c in sorted(self.categories[index].values(),
                                                key=lambda item: item[0]))
        if column is not None:
            code = column.names[1] if len(column.names) > 1 else column.header
            text = column.names[-1]
            return Dimension(id=code, label=text, categories=categories, is_time=is_time,
                             names=column.names)
        return Dimension(id=dimension_id, label=label, categories=categories,
                         is_time=is_time)


def read_pxweb_csv(text: str, file_name: str) -> StatisticsTable:
    """The table in *text* (already decoded); UserError naming *file_name* and the line."""
    header, body, title = read_rows(text, file_name)
    width = len(header)
    rows: list[tuple[int, list[str]]] = []
    notes: list[str] = []
    for line, row in body:
        filled = [c for c in row if c.strip()]
        if not filled:
            continue
        if len(row) != width:
            if len(filled) == 1:  # a footnote under the table
                notes.append(filled[0].strip())
                continue
            raise UserError(_MSG_WIDTH, file=file_name, line=line, count=len(row),
                            expected=width)
        rows.append((line, row))
    if not rows:
        raise UserError(_MSG_NO_DATA, file=file_name)
    columns = [_column(h) for h in header]
    if any(c.time_code for c in columns):
        for column in columns:
            if not column.time_code and _PERIOD_LIKE.fullmatch(column.header):
                raise UserError(_MSG_PERIOD_COLUMN, file=file_name, column=column.header,
                                reason=_period_problem(column.header))
        return _wide(columns, rows, title, file_name, tuple(notes))
    return _long(columns, rows, title, file_name, tuple(notes))


def _wide(columns: Sequence[_Column], rows: list[tuple[int, list[str]]], title: str,
          file_name: str, notes: tuple[str, ...]) -> StatisticsTable:
    dimension_columns = [i for i, c in enumerate(columns) if not c.time_code]
    time_columns = [i for i, c in enumerate(columns) if c.time_code]
    contents = list(dict.fromkeys(columns[i].contents for i in time_columns))
    has_contents = len(contents) > 1
    count = len(dimension_columns) + (1 if has_contents else 0) + 1
    builder = _Builder(file_name, count)
    for line, row in rows:
        head = [builder.position(n, row[i]) for n, i in enumerate(dimension_columns)]
        for i in time_columns:
            column = columns[i]
            key = list(head)
            if has_contents:
                key.append(builder.position(len(head), column.contents, split=False))
            key.append(builder.position(count - 1, column.time_code, split=False))
            builder.add(tuple(key), row[i], line, column.header)
    dimensions = [builder.dimension(n, columns[i]) for n, i in enumerate(dimension_columns)]
    if has_contents:
        dimensions.append(builder.dimension(len(dimension_columns), None,
                                            dimension_id=_CONTENTS[0], label=_CONTENTS[1]))
    dimensions.append(builder.dimension(count - 1, None, dimension_id="Tid", label="tid",
                                        is_time=True))
    return _table(builder, dimensions, title, file_name, notes)


def _long(columns: Sequence[_Column], rows: list[tuple[int, list[str]]], title: str,
          file_name: str, notes: tuple[str, ...]) -> StatisticsTable:
    def all_periods(i: int) -> bool:
        return all(is_time_code(row[i]) for _, row in rows)

    named = [i for i, c in enumerate(columns)
             if any(n.casefold() in _TIME_NAMES for n in c.names) and all_periods(i)]
    time_at = named or [i for i in range(len(columns)) if all_periods(i)]
    by_name = [i for i, c in enumerate(columns)
               if any(n.casefold() in _TIME_NAMES for n in c.names)]
    if not time_at and len(by_name) == 1:  # the period column, with a bad cell: name it
        column = by_name[0]
        line, row = next((line, row) for line, row in rows if not is_time_code(row[column]))
        raise UserError(_MSG_PERIOD_CELL, file=file_name, line=line,
                        column=columns[column].header, reason=_period_problem(row[column]))
    if len(time_at) != 1:
        raise UserError(_MSG_NO_TIME, file=file_name)
    time_column = time_at[0]
    value_columns: list[int] = []
    for i in range(len(columns) - 1, -1, -1):
        if i == time_column or not all(_is_number_or_missing(row[i]) for _, row in rows):
            break
        value_columns.insert(0, i)
    if not value_columns:
        raise UserError(_MSG_NO_VALUES, file=file_name)
    dimension_columns = [i for i in range(len(columns))
                         if i != time_column and i not in value_columns]
    has_contents = len(value_columns) > 1
    count = len(dimension_columns) + (1 if has_contents else 0) + 1
    builder = _Builder(file_name, count)
    for line, row in rows:
        head = [builder.position(n, row[i]) for n, i in enumerate(dimension_columns)]
        time = builder.position(count - 1, row[time_column].strip(), split=False)
        for i in value_columns:
            key = list(head)
            if has_contents:
                key.append(builder.position(len(head), columns[i].header, split=False))
            key.append(time)
            builder.add(tuple(key), row[i], line, columns[i].header)
    dimensions = [builder.dimension(n, columns[i]) for n, i in enumerate(dimension_columns)]
    if has_contents:
        dimensions.append(builder.dimension(len(dimension_columns), None,
                                            dimension_id=_CONTENTS[0], label=_CONTENTS[1]))
    time_header = columns[time_column]
    dimensions.append(builder.dimension(count - 1, time_header, is_time=True))
    return _table(builder, dimensions, title, file_name, notes)


def _table(builder: _Builder, dimensions: list[Dimension], title: str, file_name: str,
           notes: tuple[str, ...]) -> StatisticsTable:
    # PxWeb's web export may end with "Källa: SCB" (or "Source: …") under the table.
    source = next((note.split(":", 1)[1].strip() for note in notes
                   if note.casefold().startswith(("källa:", "source:"))), "")
    return StatisticsTable(format="PxWeb CSV", source=source, title=title, table_id="",
                           file_name=file_name, dimensions=tuple(dimensions),
                           cell=builder.cell, notes=notes)
