"""Rows of delimited text as people's files and clipboards hold them, each with its line.

The statistics CSV reader, the measurements CSV reader and the table's paste all split
text into rows here, so they agree on what Excel and LibreOffice write:

- a quoted cell may hold the separator and line breaks ("rad 1⏎rad 2" in a note stays
  two lines; splitting the text into lines first would silently glue them together);
- a quotation mark that is never closed is an error naming the line it opened on,
  not a cell that swallows every row after it;
- Excel's ``sep=;`` first line names the separator and is not a row;
- a cell longer than the csv module's limit is named, not a traceback.

Qt-free.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Final

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

_EXCEL_SEPARATOR: Final = re.compile(r'"?sep=(?P<sep>[^\r\n])"?[ \t]*(?:\r\n|\r|\n|$)',
                                     re.IGNORECASE)

_MSG_QUOTE: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}: a quoted cell is not closed; a cell that starts with "
    "\" must end with \" (write \"\" for a quotation mark inside it).")
_MSG_LONG: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}: a cell is longer than {limit} characters.")


def excel_separator(text: str) -> tuple[str | None, str]:
    """The separator an Excel ``sep=;`` first line names, and *text* with that line
    left empty (so every later line keeps its number); ``(None, text)`` without one."""
    match = _EXCEL_SEPARATOR.match(text)
    if match is None:
        return None, text
    return match["sep"], "\n" + text[match.end():]


def split_rows(text: str, delimiter: str, file_name: str) -> list[tuple[int, list[str]]]:
    """Every row of *text* with the number of the line it starts on (1-based).

    UserError naming the line for a quoted cell left open or a cell too long to read.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise UserError(_MSG_LONG, file=file_name, line=line,
                                limit=csv.field_size_limit()) from None
            raise UserError(_MSG_QUOTE, file=file_name, line=line) from None
        rows.append((line, row))
        line = reader.line_num + 1


# A cell Excel or LibreOffice put in quotes (it holds a line break or a quotation mark):
# closed, and followed by the end of the cell. Never a tab inside: an unpaired mark at a
# cell's start and another at a later cell's end must not read as one cell swallowing
# the rows between them (a note's tab is rarer than that mistake).
_QUOTED_CELL: Final = re.compile(r'"((?:[^"\t]|"")*)"(?=[\t\r\n]|\Z)')
_PLAIN_CELL: Final = re.compile(r"[^\t\r\n]*")


def split_pasted(text: str) -> list[list[str]]:
    """The rows of a block copied from a spreadsheet: cells split at tabs, rows at line
    breaks (``\\r\\n``, ``\\n`` or ``\\r``).

    A cell in quotes that close before the next tab or line break is unquoted (``""``
    inside is one quotation mark, line breaks inside stay); any other cell is taken as
    it is, so a note that merely starts with a quotation mark (``"Hej" sa hon``) keeps
    it, and an unpaired quotation mark never swallows the rows after it, as the csv
    module's reading does.
    """
    text = text.lstrip("\ufeff")
    rows: list[list[str]] = []
    row: list[str] = []
    position, end = 0, len(text)
    while position < end:
        quoted = _QUOTED_CELL.match(text, position) if text[position] == '"' else None
        if quoted is not None:
            row.append(quoted[1].replace('""', '"'))
        else:
            quoted = _PLAIN_CELL.match(text, position)
            assert quoted is not None  # matches the empty string at worst
            row.append(quoted[0])
        position = quoted.end()
        if position >= end:
            break
        if text[position] == "\t":
            position += 1
            if position == end:
                row.append("")
            continue
        position += 2 if text.startswith("\r\n", position) else 1
        rows.append(row)
        row = []
    if row:
        rows.append(row)
    return rows
