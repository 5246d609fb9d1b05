"""The indicator form's measurements table ("Mätvärden"): period, value, note, source.

People type values the Swedish way ("12,5", "1 234") and periods as they say them
("2024", "VT 2024", "2024 K1", "mars 2024"); the table stores the canonical forms
(:func:`~insatsplan.periods.parse_period`, :func:`~insatsplan.values.parse_value`)
and shows them back the way people write them. A cell that cannot be read keeps what
was typed, drawn as a problem with the reason beside the table, and nothing is stored.

Every change (a typed cell, a new row once it has a period and a value, deleted rows,
a pasted block) is one :class:`~insatsplan.ui.edits.MeasurementEdit` for the window's
undo stack. A block pasted from Excel or LibreOffice (tab-separated, with or without a
header row) is stored whole or not at all; the failing cell is named.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError
from insatsplan.follow_up.spreadsheet import FORMULA_STARTS
from insatsplan.periods import is_period, parse_period, period_label
from insatsplan.statistics.csv_rows import split_pasted
from insatsplan.text import clean
from insatsplan.ui.editors.fields import PROBLEM_COLOUR, translated
from insatsplan.values import format_value_sv, parse_value
from insatsplan.workspace.reads import MeasurementChange, MeasurementRow, SeriesData

__all__ = ["NOTE", "PERIOD", "SOURCE", "VALUE", "MeasurementsModel", "MeasurementsTable",
           "PasteProblem", "changes_from_block"]

PERIOD, VALUE, NOTE, SOURCE = range(4)
_ROOT = QModelIndex()
COLUMNS = (PERIOD, VALUE, NOTE, SOURCE)

#: Header words a pasted block may start with, by column (Swedish and English, folded).
HEADER_WORDS: dict[str, int] = {
    "period": PERIOD, "år": PERIOD, "year": PERIOD, "tid": PERIOD, "time": PERIOD,
    "värde": VALUE, "value": VALUE, "mätvärde": VALUE,
    "kommentar": NOTE, "note": NOTE, "anteckning": NOTE, "notering": NOTE,
    "källa": SOURCE, "source": SOURCE,
}

_PROBLEM_BACKGROUND = QColor("#fde7e7")
#: Rows the table shows before it scrolls.
MOST_ROWS_SHOWN = 12
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: Writes one edit: (changes, undo text, operation name) -> None or the refusal.
Writer = Callable[[Sequence[MeasurementChange], str, str], "str | None"]



def column_names() -> tuple[str, str, str, str]:
    """The columns' headers, translated."""
    return (QCoreApplication.translate("MeasurementsTable", "Period"),
            QCoreApplication.translate("MeasurementsTable", "Value"),
            QCoreApplication.translate("MeasurementsTable", "Note"),
            QCoreApplication.translate("MeasurementsTable", "Source"))


class PasteProblem(Exception):
    """A pasted block that cannot be stored; the message names the row and column."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _header_columns(cells: Sequence[str]) -> list[int] | None:
    """The columns a header row names, or None when *cells* is not a header row."""
    names = [" ".join(cell.split()).casefold() for cell in cells]
    translated = {name.casefold(): column for column, name in enumerate(column_names())}
    found = [HEADER_WORDS.get(name, translated.get(name)) for name in names]
    if not any(column is not None for column in found) or found[0] is None:
        return None
    # A column the header names in its own words ("Antal deltagare") stands where the
    # table's own order puts it, unless the header names that column elsewhere.
    return [column if column is not None
            else COLUMNS[i] if i < len(COLUMNS) and COLUMNS[i] not in found else -1
            for i, column in enumerate(found)]


def changes_from_block(text: str, series_id: int) -> list[MeasurementChange]:
    """The rows of a tab-separated block as changes to *series_id*, all or none.

    Columns are period, value, note, source in that order, or in the order a header row
    names them (columns the header does not name are left out). Empty lines are
    skipped. Raises :class:`PasteProblem` naming the row (as numbered in the pasted
    block) and the column of the first cell that cannot be read, or a period given
    twice.
    """
    lines = split_pasted(text)  # quoted cells keep their line breaks (see split_pasted)
    rows = [(number, cells) for number, cells in enumerate(lines, start=1)
            if any(cell.strip() for cell in cells)]
    if not rows:
        raise PasteProblem(QCoreApplication.translate(
            "MeasurementsTable", "There is nothing to paste: copy rows of periods and "
            "values first."))
    columns: list[int] = list(COLUMNS)
    header = _header_columns(rows[0][1])
    if header is not None and not is_period(rows[0][1][0]):
        columns = header
        rows = rows[1:]
        if VALUE not in columns:
            raise PasteProblem(QCoreApplication.translate(
                "MeasurementsTable", "The pasted header has no value column."))
        if not rows:  # a header alone: no empty "Paste 0 values" step
            raise PasteProblem(QCoreApplication.translate(
                "MeasurementsTable", "There is nothing to paste: copy rows of periods and "
                "values first."))
    names = column_names()
    changes: list[MeasurementChange] = []
    seen: dict[str, int] = {}
    for number, cells in rows:
        if len(cells) > len(columns) and any(cell.strip() for cell in cells[len(columns):]):
            raise PasteProblem(QCoreApplication.translate(
                "MeasurementsTable", "Row {row} has more than {count} columns (period, "
                "value, note, source).").format(row=number, count=len(columns)))
        by_column = {column: cells[i] for i, column in enumerate(columns)
                     if i < len(cells) and column >= 0}
        try:
            column = PERIOD
            period = parse_period(by_column.get(PERIOD, "")).text
            column = VALUE
            value = parse_value(by_column.get(VALUE, "").strip() or "")
        except UserError as error:
            raise PasteProblem(QCoreApplication.translate(
                "MeasurementsTable", "Row {row}, column {column}: {problem}").format(
                row=number, column=names[column], problem=translated(error))) from None
        if period in seen:
            raise PasteProblem(QCoreApplication.translate(
                "MeasurementsTable", "Row {row} repeats the period {period} of row {first}."
            ).format(row=number, period=period_label(period), first=seen[period]))
        seen[period] = number
        changes.append(MeasurementChange(series_id, period, MeasurementRow(
            period, value, _pasted_text(by_column.get(NOTE, "")),
            _pasted_text(by_column.get(SOURCE, "")))))
    return changes


def _pasted_text(cell: str) -> str:
    """A pasted note or source, without the apostrophe :meth:`MeasurementsModel.block`
    puts before text a spreadsheet would run as a formula ("'=…")."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        cell = cell[1:]
    return clean(cell)


@dataclass
class _Row:
    """A table row: a stored measurement, or a new row not stored yet (``stored`` None);
    ``typed`` holds cells typed and not stored (a problem, or a new row's first cells)."""

    stored: MeasurementRow | None
    typed: dict[int, str] = field(default_factory=dict)
    problems: dict[int, str] = field(default_factory=dict)
    #: the stored values as shown (period label, Swedish value), made on first paint:
    #: a view asks for every cell many times, and a long series has thousands
    texts: tuple[str, str] | None = None

    def shown(self, column: int) -> str:
        """The stored value of *column* as the table shows it."""
        if self.stored is None:
            return ""
        if column == NOTE:
            return self.stored.note
        if column == SOURCE:
            return self.stored.source
        if self.texts is None:
            self.texts = (period_label(self.stored.period), format_value_sv(self.stored.value))
        return self.texts[column]


class MeasurementsModel(QAbstractTableModel):
    """A series' measurements as rows sorted by period, new rows last.

    The model writes through its *writer* (the panel hands edits to the window's undo
    stack) and is refilled by :meth:`set_series` after every change; it never edits the
    workspace itself.
    """

    #: A cell's problem (or "" when the last problem was solved), for the message line.
    problem_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: SeriesData | None = None
        self.rows: list[_Row] = []
        self.read_only = False
        self.writer: Writer | None = None

    # ------------------------------------------------------------- loading

    def set_series(self, series: SeriesData | None) -> None:
        """Show *series*; cells typed and not stored stay where their period still is
        (the same series), new rows stay at the bottom."""
        if (series is not None and self.series is not None
                and series.uuid == self.series.uuid):
            self.series = series
            self._update_rows(series.measurements)
        else:
            self.beginResetModel()
            self.series = series
            self.rows = [_Row(m) for m in (series.measurements if series is not None else ())]
            self.endResetModel()
        self.problem_changed.emit(self.first_problem())

    def _update_rows(self, measurements: Sequence[MeasurementRow]) -> None:
        """The same series changed: remove, update and insert only the rows that
        changed, so the current cell, the selection and an open editor stay put (a
        reset would close the editor the person is typing the next value in)."""
        wanted = {m.period for m in measurements}
        for number in reversed(range(len(self.rows))):
            stored = self.rows[number].stored
            if stored is not None and stored.period not in wanted:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self.rows[number]
                self.endRemoveRows()
        # What is left of the stored rows is in the same order as *measurements*.
        for number, measurement in enumerate(measurements):
            row = self.rows[number] if number < len(self.rows) else None
            if row is not None and row.stored is not None \
                    and row.stored.period == measurement.period:
                if row.stored != measurement:
                    row.stored, row.texts = measurement, None
                    self.dataChanged.emit(self.index(number, 0),
                                          self.index(number, len(COLUMNS) - 1))
            else:
                self._insert_row(number, _Row(measurement))

    def first_problem(self) -> str:
        """The first problem still shown in the table, naming its cell, or ""."""
        for row in self.rows:
            found = self.problem_of(row)
            if found:
                return found
        return ""

    def problem_of(self, row: _Row) -> str:
        """*row*'s first problem with its cell named ("2021, Value: …"), or ""."""
        for column in COLUMNS:
            if column in row.problems:
                where = (self.tr("New row") if row.stored is None
                         else period_label(row.stored.period))
                return self.tr("{row}, {column}: {problem}").format(
                    row=where, column=column_names()[column], problem=row.problems[column])
        return ""

    # ---------------------------------------------------------- Qt's model API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_names()[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.typed[column] if column in row.typed else row.shown(column)
        if role == Qt.ItemDataRole.EditRole:
            return row.typed[column] if column in row.typed else self._editable(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == VALUE else None
        if not row.problems or column not in row.problems:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return row.problems[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(PROBLEM_COLOUR))
        return None

    @staticmethod
    def _editable(row: _Row, column: int) -> str:
        """What an editor starts from: as shown, except a period label that does not
        read back as the same period (a day's "15 mars 2024") gives the stored text."""
        text = row.shown(column)
        if column == PERIOD and row.stored is not None and not _reads_as(text,
                                                                          row.stored.period):
            return row.stored.period
        return text

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        self.type_cell(index.row(), index.column(), str(value))
        return True

    # ------------------------------------------------------------- editing

    def type_cell(self, row_number: int, column: int, text: str) -> None:
        """What typing *text* into a cell does: store it, or show why not."""
        row = self.rows[row_number]
        if row.stored is not None and column not in row.typed and text == self._editable(
                row, column):
            return  # unchanged (an editor opened and closed)
        row.typed[column] = text
        row.problems.pop(column, None)
        if row.stored is None:
            self._try_new_row(row)
        else:
            self._try_stored_row(row, column)
        self._changed(row)

    def _try_stored_row(self, row: _Row, column: int) -> None:
        assert row.stored is not None and self.series is not None
        text = row.typed[column]
        try:
            if column == PERIOD:
                period = parse_period(text).text
                if period == row.stored.period:
                    del row.typed[column]
                    return
                taken = self._taken(period, row)
                if taken:
                    row.problems[column] = taken
                    return
                changes = [MeasurementChange(self.series.id, row.stored.period, None),
                           MeasurementChange(self.series.id, period,
                                             replace(row.stored, period=period))]
                label = self.tr("Change period")
            elif column == VALUE:
                changes = [MeasurementChange(self.series.id, row.stored.period,
                                             replace(row.stored, value=parse_value(text)))]
                label = self.tr("Change value")
            else:
                if column == NOTE:
                    changed = replace(row.stored, note=clean(text).strip())
                    label = self.tr("Change note")
                else:
                    changed = replace(row.stored, source=clean(text).strip())
                    label = self.tr("Change source")
                changes = [MeasurementChange(self.series.id, row.stored.period, changed)]
        except UserError as error:
            row.problems[column] = translated(error)
            return
        if len(changes) == 1 and changes[0].new == row.stored:
            del row.typed[column]  # "68,0" for 68, "x " for "x": no empty undo step
            return
        self._write(row, column, changes, label, "set_measurement")

    def _try_new_row(self, row: _Row) -> None:
        """A new row is stored once it has a readable period and value."""
        assert self.series is not None
        period: str | None = None
        value = None
        for column in (PERIOD, VALUE):
            text = row.typed.get(column, "")
            if not text.strip():
                continue
            try:
                if column == PERIOD:
                    period = parse_period(text).text
                    if taken := self._taken(period, row):
                        row.problems[column] = taken
                else:
                    value = parse_value(text)
            except UserError as error:
                row.problems[column] = translated(error)
        if period is None or value is None or row.problems:
            return
        measurement = MeasurementRow(period, value, clean(row.typed.get(NOTE, "")),
                                     clean(row.typed.get(SOURCE, "")))
        self._write(row, PERIOD, [MeasurementChange(self.series.id, period, measurement)],
                    self.tr("Add value"), "set_measurement")

    def _taken(self, period: str, row: _Row) -> str:
        """Why *row* cannot have *period* (another row has it), or ""."""
        for other in self.rows:
            if other is not row and other.stored is not None and other.stored.period == period:
                return self.tr("There is already a value for {period}.").format(
                    period=period_label(period))
        return ""

    def _write(self, row: _Row, column: int, changes: Sequence[MeasurementChange],
               label: str, operation: str) -> None:
        """Hand the changes to the writer; on success the row's typed cells are done
        (the workspace's change refills the table), else the cell shows the refusal."""
        refusal = (self.tr("The measurements cannot be changed here.") if self.writer is None
                   else None)
        if refusal is None:
            typed, problems = dict(row.typed), dict(row.problems)
            row.typed.clear()
            row.problems.clear()
            if row.stored is None and row in self.rows:
                self._remove_new_row(row)
            assert self.writer is not None
            refusal = self.writer(changes, label, operation)
            if refusal is not None:  # put back what was typed
                row.typed.update(typed)
                row.problems.update(problems)
                if row.stored is None and row not in self.rows:
                    self._insert_row(len(self.rows), row)
        if refusal is not None:
            row.problems[column] = refusal

    def _remove_new_row(self, row: _Row) -> None:
        number = self.rows.index(row)
        self.beginRemoveRows(QModelIndex(), number, number)
        del self.rows[number]
        self.endRemoveRows()

    def _insert_row(self, number: int, row: _Row) -> None:
        self.beginInsertRows(QModelIndex(), number, number)
        self.rows.insert(number, row)
        self.endInsertRows()

    def _changed(self, row: _Row) -> None:
        if row in self.rows:
            number = self.rows.index(row)
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
        self.problem_changed.emit(self.problem_of(row) or self.first_problem())

    def add_row(self) -> int:
        """A new empty row at the bottom (stored once it has a period and a value)."""
        self._insert_row(len(self.rows), _Row(None))
        return len(self.rows) - 1

    def delete_rows(self, numbers: Sequence[int]) -> None:
        """Delete these rows: stored values as one undo step, new rows simply go."""
        chosen = [self.rows[n] for n in sorted(set(numbers)) if 0 <= n < len(self.rows)]
        for row in [row for row in chosen if row.stored is None]:
            self._remove_new_row(row)
        stored = [row.stored for row in chosen if row.stored is not None]
        if not stored or self.series is None:
            self.problem_changed.emit(self.first_problem())
            return
        changes = [MeasurementChange(self.series.id, m.period, None) for m in stored]
        label = self.tr("Delete value") if len(changes) == 1 else self.tr("Delete values")
        refusal = (None if self.writer is None
                   else self.writer(changes, label, "delete_measurement"))
        if self.writer is None or refusal is not None:
            self.problem_changed.emit(refusal or self.tr("The measurements cannot be changed "
                                                     "here."))

    def block(self, numbers: Sequence[int]) -> str:
        """Rows as tab-separated text with a header: periods as people write them,
        values with a decimal comma and no thousands spaces (a spreadsheet reads them
        as numbers)."""
        out = io.StringIO()
        # quoted as Excel quotes: a note's line breaks survive the round trip
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(column_names())
        for number in numbers:
            stored = self.rows[number].stored
            if stored is None:
                continue
            cells = [self._editable(self.rows[number], PERIOD),
                     format_value_sv(stored.value).replace("\u00a0", ""),
                     stored.note, stored.source]
            # A note or source (a statistics file's own words) Excel would run as a
            # formula when pasted gets the spreadsheet's "this is text" apostrophe;
            # changes_from_block takes it off again.
            cells[NOTE:] = [f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell
                            for cell in cells[NOTE:]]
            writer.writerow(cells)
        return out.getvalue()

    def paste(self, text: str) -> str | None:
        """Store a pasted block whole; None, or the problem (nothing is stored then)."""
        if self.series is None or self.writer is None or self.read_only:
            return self.tr("The measurements cannot be changed here.")
        try:
            changes = changes_from_block(text, self.series.id)
        except PasteProblem as problem:
            return problem.message
        label = self.tr("Paste {count} values").format(count=len(changes))
        return self.writer(changes, label, "set_measurement")


def _reads_as(text: str, period: str) -> bool:
    try:
        return parse_period(text).text == period
    except UserError:
        return False


class MeasurementsTable(QWidget):
    """The table with its buttons, its message line and where else the series is used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeasurementsModel(self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Measurements"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        # Fixed starting widths, not "resize to contents": that measures every row of a
        # long series each time an indicator is shown.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        header.resizeSection(PERIOD, metrics.horizontalAdvance("15 september 2024") + 16)
        header.resizeSection(VALUE, metrics.horizontalAdvance("1 234 567,89") + 16)
        header.resizeSection(SOURCE, metrics.horizontalAdvance("Folkhälsomyndigheten") + 16)
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)

        self.add_button = QPushButton(self.tr("Add value"), self)
        self.add_button.setToolTip(self.tr("A new row at the bottom (Insert or Ctrl+Shift+N); "
                                       "it is stored once it has a period and a value"))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected rows (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.paste_button = QPushButton(self.tr("Paste"), self)
        self.paste_button.setToolTip(self.tr("Paste rows copied from Excel or LibreOffice: "
                                         "period, value, note, source (Ctrl+V)"))
        self.paste_button.clicked.connect(self.paste)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.delete_button, self.paste_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.add_action = self._view_action(
            self.tr("Add value"), self.add_row,
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Shift+N")])
        self.delete_action = self._view_action(self.tr("Delete"), self.delete_selected,
                                               [QKeySequence(QKeySequence.StandardKey.Delete)])
        self.paste_action = self._view_action(self.tr("Paste"), self.paste,
                                              [QKeySequence(QKeySequence.StandardKey.Paste)])
        self.copy_action = self._view_action(self.tr("Copy"), self.copy,
                                             [QKeySequence(QKeySequence.StandardKey.Copy)])

        self.problem = QLabel(self)
        # The message quotes what was typed or pasted, the other line plans' titles: shown
        # as written, never read as HTML ("<b>12</b>" typed is not bold text).
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.uses = QLabel(self)
        self.uses.setTextFormat(Qt.TextFormat.PlainText)
        self.uses.setWordWrap(True)
        self.uses.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.uses)
        self.model.problem_changed.connect(self.show_problem)
        self.set_read_only(False)

    def _view_action(self, text: str, slot: Callable[[], object],
                     keys: list[QKeySequence]) -> QAction:
        """A key that works while the table has focus (the window's Del, Ctrl+V and
        Ctrl+N belong to the tree and the File menu)."""
        action = QAction(text, self.view)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        return action

    # ---------------------------------------------------------------- state

    def set_series(self, series: SeriesData | None, uses: Sequence[str] = ()) -> None:
        """Show *series*; *uses*: the other plans' indicators on it, as sentences."""
        self.model.set_series(series)
        self.fit_height()
        if uses:
            self.uses.setText(self.tr("Also used in: {uses}").format(uses="; ".join(uses)))
        self.uses.setVisible(bool(uses))

    def fit_height(self) -> None:
        """Tall enough for the rows and one more (a short series leaves no empty box),
        scrolling beyond :data:`MOST_ROWS_SHOWN` rows."""
        rows = min(max(self.model.rowCount() + 1, 3), MOST_ROWS_SHOWN)
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(self.view.horizontalHeader().sizeHint().height() + frame
                                 + rows * self.view.verticalHeader().defaultSectionSize())

    def set_writer(self, writer: Writer | None) -> None:
        self.model.writer = writer

    def set_read_only(self, read_only: bool) -> None:
        """Read-only only for a read-only workspace file: measurements stay open on sent
        and signed plans (follow-up goes on all year)."""
        self.model.read_only = read_only
        for widget in (self.add_button, self.delete_button, self.paste_button):
            widget.setEnabled(not read_only)
        for action in (self.add_action, self.delete_action, self.paste_action):
            action.setEnabled(not read_only)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    # -------------------------------------------------------------- actions

    def add_row(self) -> None:
        if self.model.read_only:
            return
        number = self.model.add_row()
        self.fit_height()
        index = self.model.index(number, PERIOD)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def delete_selected(self) -> None:
        if self.model.read_only:
            return
        rows = {index.row() for index in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        self.model.delete_rows(sorted(rows))

    def copy(self) -> None:
        """The selected rows to the clipboard as a block Excel and LibreOffice read
        (tab-separated, Swedish decimals, a header row): what :meth:`paste` reads back."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if rows:
            QGuiApplication.clipboard().setText(self.model.block(rows))

    def paste(self, text: str | None = None) -> None:
        """Paste *text* (the clipboard's when None) as one undo step, or say why not."""
        if self.model.read_only:
            return
        if text is None:
            text = QGuiApplication.clipboard().text()
        self.show_problem(self.model.paste(text) or "")
