"""Values from files into series: the preview (new, unchanged, in conflict) and the write.

One path for the command line (``import-statistics``, ``import-measurements``) and the
editor's "Importera statistik…": rows are compared with what is stored
(:meth:`Workspace.compare_measurements`), a value that differs from a stored one refuses
the whole import unless the person asked to replace changed values, identical values are
skipped, and everything else is written in one transaction
(:meth:`Workspace.write_measurements`, whose inverse the editor keeps for undo).

Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from pathlib import Path
from typing import TYPE_CHECKING

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.periods import period_label
from insatsplan.statistics.measurements_csv import MeasurementLine
from insatsplan.statistics.table import MissingValue, Selection
from insatsplan.values import format_value_sv
from insatsplan.workspace.reads import MeasurementChange, MeasurementRow

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace

_CONFLICTS_SHOWN = 30

_MSG_CONFLICTS = QT_TRANSLATE_NOOP(
    "Errors", "{count} values in the file differ from the stored ones, so nothing was "
    "imported (--replace replaces them; period: stored → file): {conflicts}")
_MSG_LINE_CONFLICTS = QT_TRANSLATE_NOOP(
    "Errors", "{file}: {count} values differ from the stored ones, so nothing was "
    "imported (line: indicator, period: stored → file): {conflicts}")
_MSG_NO_VALUES = QT_TRANSLATE_NOOP(
    "Errors", "The file has no values for this selection, so no series was created.")
_MSG_LINE = QT_TRANSLATE_NOOP("Errors", "{file}, line {line}: {error}")
_MSG_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "{file}, line {line}: a second value for {period} of {indicator} (the first "
    "is on line {first}).")


def _conflict_text(stored: MeasurementRow, incoming: MeasurementRow) -> str:
    """"2020: 14,2 → 254,6": the period and the values as the person reads them."""
    return (f"{period_label(incoming.period)}: {format_value_sv(stored.value)} → "
            f"{format_value_sv(incoming.value)}")


def _listed(items: Sequence[str]) -> str:
    shown = "; ".join(items[:_CONFLICTS_SHOWN])
    if len(items) > _CONFLICTS_SHOWN:
        shown += f"; … (+{len(items) - _CONFLICTS_SHOWN})"
    return shown


@dataclass(frozen=True)
class ImportPreview:
    """What importing a selection into one series would do, before anything is written."""

    series_id: int
    new: tuple[MeasurementRow, ...]
    unchanged: tuple[MeasurementRow, ...]
    conflicts: tuple[tuple[MeasurementRow, MeasurementRow], ...]  # (stored, incoming)
    missing: tuple[MissingValue, ...]

    def changes(self, *, replace: bool) -> list[MeasurementChange]:
        """The writes: the new values, and the changed ones when *replace*.

        UserError listing every conflict when there are conflicts and not *replace*:
        official figures get revised, and replacing them must be asked for.
        """
        if self.conflicts and not replace:
            raise UserError(_MSG_CONFLICTS, count=len(self.conflicts), conflicts=_listed(
                [_conflict_text(stored, incoming) for stored, incoming in self.conflicts]))
        # A revised figure replaces the value and its source; a note the coordinator
        # wrote on the stored value stays (the file has no notes).
        rows = list(self.new) + ([dataclass_replace(incoming, note=incoming.note or stored.note)
                                  for stored, incoming in self.conflicts] if replace else [])
        return [MeasurementChange(self.series_id, row.period, row) for row in rows]


def preview_selection(ws: Workspace, series_id: int, selection: Selection) -> ImportPreview:
    """Compare the selection's values with what *series_id* holds; its source on each."""
    rows = [MeasurementRow(period=value.period, value=value.value, note="",
                           source=selection.source) for value in selection.values]
    comparison = ws.compare_measurements(series_id, rows)
    return ImportPreview(series_id=series_id, new=tuple(comparison.new),
                         unchanged=tuple(comparison.unchanged),
                         conflicts=tuple(comparison.conflicts),
                         missing=selection.missing)


def new_series_rows(selection: Selection) -> list[MeasurementRow]:
    """The selection's values for a series made for them (every one new; the source on
    each). A selection without any value is refused: a series with nothing in it is
    not what the person asked for, so none is created."""
    if not selection.values:
        raise UserError(_MSG_NO_VALUES)
    return [MeasurementRow(period=value.period, value=value.value, note="",
                           source=selection.source) for value in selection.values]


def apply_changes(ws: Workspace, changes: Sequence[MeasurementChange], *,
                  name: str) -> list[MeasurementChange]:
    """Write *changes* in one transaction; the inverse changes (for undo). Nothing to
    write is no operation at all (no empty entry in the operation log)."""
    if not changes:
        return []
    return ws.write_measurements(list(changes), name=name)


@dataclass(frozen=True)
class MeasurementsPlan:
    """What ``import-measurements`` would write: the changes and how many were the same."""

    changes: tuple[MeasurementChange, ...]
    unchanged: int


def plan_measurement_lines(ws: Workspace, file: Path,
                           lines: Sequence[MeasurementLine]) -> MeasurementsPlan:
    """Resolve each line's indicator, refuse two values for one period and any conflict
    (naming the lines), and return the writes; nothing is written here."""
    series_of: dict[str, int] = {}
    seen: dict[tuple[int, str], MeasurementLine] = {}
    by_series: dict[int, list[MeasurementLine]] = {}
    for line in lines:
        if line.indicator not in series_of:
            try:
                series_of[line.indicator] = ws.find_series(line.indicator)
            except UserError as error:
                raise UserError(_MSG_LINE, file=file.name, line=line.line, error=error
                                ) from None
        series_id = series_of[line.indicator]
        key = (series_id, line.row.period)
        if key in seen:
            raise UserError(_MSG_TWICE, file=file.name, line=line.line,
                            period=period_label(line.row.period), indicator=line.indicator,
                            first=seen[key].line)
        seen[key] = line
        by_series.setdefault(series_id, []).append(line)
    changes: list[MeasurementChange] = []
    conflicts: list[str] = []
    unchanged = 0
    for series_id, series_lines in by_series.items():
        comparison = ws.compare_measurements(series_id, [line.row for line in series_lines])
        line_of = {line.row.period: line for line in series_lines}
        unchanged += len(comparison.unchanged)
        changes += [MeasurementChange(series_id, row.period, row) for row in comparison.new]
        for stored, incoming in comparison.conflicts:
            line = line_of[incoming.period]
            conflicts.append(f"{line.line}: {line.indicator}, "
                             f"{_conflict_text(stored, incoming)}")
    if conflicts:
        raise UserError(_MSG_LINE_CONFLICTS, file=file.name, count=len(conflicts),
                        conflicts=_listed(conflicts))
    return MeasurementsPlan(tuple(changes), unchanged)
