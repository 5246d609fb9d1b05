"""A plan's follow-up as a spreadsheet: what the administrations open in Excel.

One row per indicator in tree order: where it belongs (focus area, topic), what it
measures (title, unit), how it stands (status, trend, latest value) and then one column
per period with its value. An ``.xlsx`` (openpyxl, imported only when one is written)
also gets a second sheet with every measurement on its own row, note and source
included. A ``.csv`` is the first sheet alone, the way Excel reads it on a Swedish
machine: ``;`` between fields, a decimal comma, UTF-8 with a byte order mark.

The column headings and status words are document labels, Swedish like the agreement's;
they live here, in one place. No Qt: the CLI and the editor both write through
:func:`write_follow_up`, the editor from the rows it already shows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

from insatsplan.atomic_files import write_atomically
from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.periods import parse_period, period_label
from insatsplan.values import canonical_value
from insatsplan.workspace.reads import IndicatorStatus, judged

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace

#: The file kinds :func:`write_follow_up` writes, by suffix.
SUFFIXES: Final = (".xlsx", ".csv")

STATUS_LABELS: Final[dict[str, str]] = {
    "green": "Grön", "yellow": "Gul", "red": "Röd", "none": "Kan inte bedömas"}
TREND_LABELS: Final[dict[str, str]] = {
    "better": "Bättre", "worse": "Sämre", "flat": "Oförändrad", "none": ""}

FIXED_HEADINGS: Final = ("Fokusområde", "Insats", "Indikator", "Enhet", "Status", "Trend",
                         "Senaste värde", "Senaste period", "Källa")
MEASUREMENT_HEADINGS: Final = ("Fokusområde", "Insats", "Indikator", "Enhet", "Period",
                               "Värde", "Kommentar", "Källa")
SHEET_OVERVIEW: Final = "Uppföljning"
SHEET_MEASUREMENTS: Final = "Mätvärden"

MSG_SUFFIX: Final = QT_TRANSLATE_NOOP(
    "Errors", "Cannot write {file}: the file name must end in .xlsx or .csv.")

MSG_TOO_WIDE: Final = QT_TRANSLATE_NOOP(
    "Errors", "Cannot write {file}: the plan's values fall in {count} different periods, "
    "one column each, and a spreadsheet holds at most {limit}.")
#: The most columns an Excel worksheet has (XFD); LibreOffice Calc has as many.
MAX_COLUMNS: Final = 16_384

Cell = str | Decimal | None


@dataclass(frozen=True)
class FollowUpTable:
    """The overview sheet as headings and rows of cells (text, a number, or empty)."""

    headings: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: every measurement: focus area, topic, indicator, unit, period, value, note, source
    measurements: tuple[tuple[Cell, ...], ...]


def check_suffix(path: Path) -> str:
    """The kind of file *path* asks for (".xlsx" or ".csv"), before any work is done."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(MSG_SUFFIX, file=str(path))
    return suffix


def follow_up_statuses(ws: Workspace, plan_id: int) -> list[IndicatorStatus]:
    """Every indicator of a plan judged, each with its whole series (what an export
    writes; :meth:`Workspace.indicator_statuses` reads only the last two values)."""
    return [judged(indicator) for indicator in ws.indicators(plan_id)]


def follow_up_table(statuses: Sequence[IndicatorStatus]) -> FollowUpTable:
    """Every indicator with its status and its values by period (periods in time order).

    The statuses must carry whole series (:func:`follow_up_statuses`): a sheet with only
    the last two values of each would silently leave out the history.
    """
    if any(not each.indicator.series.complete for each in statuses):
        raise ValueError("follow_up_table needs whole series (see follow_up_statuses)")
    periods: dict[str, Any] = {}
    for each in statuses:
        for row in each.indicator.series.measurements:
            if row.period not in periods:
                periods[row.period] = parse_period(row.period).sort_key
    ordered = sorted(periods, key=lambda text: periods[text])
    headings = FIXED_HEADINGS + tuple(period_label(text) for text in ordered)
    rows: list[tuple[Cell, ...]] = []
    measurements: list[tuple[Cell, ...]] = []
    for each in statuses:
        data = each.indicator
        values = {row.period: row.value for row in data.series.measurements}
        sources = [data.data_source] if data.data_source else []
        for row in data.series.measurements:
            if row.source and row.source not in sources:
                sources.append(row.source)
        latest = each.latest
        rows.append((
            data.focus_area_title, data.topic_title, data.title, data.unit,
            STATUS_LABELS[each.status], TREND_LABELS[each.trend],
            None if latest is None else latest.value,
            None if latest is None else period_label(latest.period),
            "; ".join(sources),
            *(values.get(text) for text in ordered)))
        for row in data.series.measurements:
            measurements.append((data.focus_area_title, data.topic_title, data.title,
                                 data.unit, period_label(row.period), row.value, row.note,
                                 row.source))
    return FollowUpTable(headings, tuple(rows), tuple(measurements))


def write_follow_up(path: Path, statuses: Sequence[IndicatorStatus]) -> Path:
    """Write the follow-up of *statuses* to *path* (.xlsx or .csv), atomically: a failure
    leaves any earlier file as it was."""
    suffix = check_suffix(path)
    table = follow_up_table(statuses)
    if len(table.headings) > MAX_COLUMNS:  # openpyxl would fail, or write what Excel refuses
        raise UserError(MSG_TOO_WIDE, file=str(path), count=len(table.headings) - len(
            FIXED_HEADINGS), limit=MAX_COLUMNS - len(FIXED_HEADINGS))
    if suffix == ".csv":
        return write_atomically(path, lambda stream: _write_csv(stream, table))
    return write_atomically(path, lambda stream: _write_xlsx(stream, table))


def swedish_number(value: Decimal) -> str:
    """A value as a Swedish Excel reads a number in a CSV: decimal comma, no grouping."""
    return canonical_value(value).replace(".", ",")


#: A text cell that starts with one of these is a formula to Excel and LibreOffice.
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(cell: Cell) -> str:
    """A cell as CSV text; text that Excel would run as a formula ("=HYPERLINK(…)" as a
    title or a note) gets a leading apostrophe, the spreadsheet's own "this is text"."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return swedish_number(cell)
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def _write_csv(stream: IO[bytes], table: FollowUpTable) -> None:
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(table.headings)
    for row in table.rows:
        writer.writerow([_csv_cell(cell) for cell in row])
    stream.write(text.getvalue().encode("utf-8-sig"))


def _xlsx_cell(cell: Cell) -> Cell:
    """A text without the control characters XML forbids: openpyxl refuses them with an
    exception, and a workspace edited outside Insatsplan may hold them. (openpyxl itself
    cuts a text at Excel's 32,767 characters.)"""
    if not isinstance(cell, str):
        return cell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return str(ILLEGAL_CHARACTERS_RE.sub("", cell))


def _write_xlsx(stream: IO[bytes], table: FollowUpTable) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    overview = book.active
    assert overview is not None
    overview.title = SHEET_OVERVIEW
    details = book.create_sheet(SHEET_MEASUREMENTS)
    for sheet, headings, rows in ((overview, table.headings, table.rows),
                                  (details, MEASUREMENT_HEADINGS, table.measurements)):
        sheet.append(list(headings))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_xlsx_cell(cell) for cell in row])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # openpyxl would store it as a formula
        sheet.freeze_panes = "A2"
        for column, heading in enumerate(headings, start=1):
            width = max([len(heading)] + [len(_csv_cell(row[column - 1])) for row in rows])
            sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, 60)
    book.save(stream)
