"""The measurements CSV that ``import-measurements`` reads: one value per line, any series.

Header ``indicator;period;value;note[;source]`` (``;`` or ``,``; the Swedish names
indikator, värde, kommentar, källa work too, in any order; note and source may be left
out). Values are read the Swedish way ("12,5", "1 234"), periods as people write them.
Every line is checked here before anything is resolved against a workspace; a bad line
is named. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.periods import parse_period
from insatsplan.safe_paths import read_input
from insatsplan.statistics.csv_rows import excel_separator, split_rows
from insatsplan.statistics.pxweb_csv import decode_text
from insatsplan.values import parse_value
from insatsplan.workspace.reads import MeasurementRow

MAX_FILE_BYTES = 16 * 1024 * 1024

_COLUMNS = {
    "indicator": "indicator", "indikator": "indicator", "series": "indicator",
    "serie": "indicator",
    "period": "period",
    "value": "value", "värde": "value",
    "note": "note", "kommentar": "note", "anteckning": "note",
    "source": "source", "källa": "source",
}
_REQUIRED = ("indicator", "period", "value")

_MSG_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "{file} is larger than {limit} MB.")
_MSG_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "{file}: the first line must name the columns indicator;period;value;note "
    "(and optionally source), not {header}.")
_MSG_WIDTH = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}: {count} cells where the header has {expected}.")
_MSG_LINE = QT_TRANSLATE_NOOP("Errors", "{file}, line {line}: {error}")
_MSG_NO_INDICATOR = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}: the indicator is missing.")
_MSG_EMPTY = QT_TRANSLATE_NOOP("Errors", "{file} holds no measurements.")
_MSG_BINARY = QT_TRANSLATE_NOOP("Errors", "{file} is not a text file.")


@dataclass(frozen=True)
class MeasurementLine:
    """One line of the file: its number, the indicator as written, the parsed row."""

    line: int
    indicator: str
    row: MeasurementRow


def read_measurements_csv(path: Path) -> list[MeasurementLine]:
    """Every line of *path*, parsed; UserError naming the first bad line.

    A FIFO, folder, device or dangling link is refused before it is opened."""
    data = read_input(path, MAX_FILE_BYTES)
    if len(data) > MAX_FILE_BYTES:
        raise UserError(_MSG_TOO_BIG, file=path.name, limit=MAX_FILE_BYTES // (1024 * 1024))
    # Excel's "Unicode text" is UTF-16 with a byte order mark: zero bytes, yet text.
    text = decode_text(data)
    if "\x00" in text or (b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise UserError(_MSG_BINARY, file=path.name)
    return parse_measurements_csv(text, path.name)


def parse_measurements_csv(text: str, file_name: str) -> list[MeasurementLine]:
    """As :func:`read_measurements_csv` for text already decoded."""
    named, text = excel_separator(text)
    first_line = next((line for line in text.splitlines() if line.strip()), None)
    if first_line is None:
        raise UserError(_MSG_EMPTY, file=file_name)
    delimiter = named or (";" if ";" in first_line else
                          ("\t" if "\t" in first_line else ","))
    rows = [(number, row) for number, row in split_rows(text, delimiter, file_name)
            if any(cell.strip() for cell in row)]
    if not rows:
        raise UserError(_MSG_EMPTY, file=file_name)
    header_row = rows[0][1]
    header = _without_empty_tail([cell.strip().casefold() for cell in header_row])
    columns = [_COLUMNS.get(name) for name in header]
    if (None in columns or len(set(columns)) != len(columns)
            or any(name not in columns for name in _REQUIRED)):
        raise UserError(_MSG_HEADER, file=file_name,
                        header=delimiter.join(header_row)[:80])
    result: list[MeasurementLine] = []
    for number, row in rows[1:]:
        if len(row) > len(columns) and not any(cell.strip() for cell in row[len(columns):]):
            row = row[:len(columns)]  # Excel's empty columns at the right
        if len(row) != len(columns):
            raise UserError(_MSG_WIDTH, file=file_name, line=number, count=len(row),
                            expected=len(columns))
        cells = {name: cell.strip() for name, cell in zip(columns, row, strict=True)
                 if name is not None}
        if not cells["indicator"]:
            raise UserError(_MSG_NO_INDICATOR, file=file_name, line=number)
        try:
            period = parse_period(cells["period"]).text
            value = parse_value(cells["value"])
        except UserError as error:
            raise UserError(_MSG_LINE, file=file_name, line=number, error=error) from None
        result.append(MeasurementLine(number, cells["indicator"], MeasurementRow(
            period=period, value=value, note=cells.get("note", ""),
            source=cells.get("source", ""))))
    if not result:
        raise UserError(_MSG_EMPTY, file=file_name)
    return result


def _without_empty_tail(cells: list[str]) -> list[str]:
    """A header without the empty cells Excel leaves at its right."""
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells
