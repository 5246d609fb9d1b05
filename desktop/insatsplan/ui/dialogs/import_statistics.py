"""Arkiv → Importera statistik…: a downloaded statistics file into one series, previewed.

The person chooses a file (PxWeb JSON-stat 2.0, PxWeb CSV or Kolada JSON), the series
(the selected indicator's by default), and one category of each dimension the file leaves
open, by the labels the file gives (region, kön, …). The preview lists every period with
what importing would do: new, unchanged, different from the stored value, missing in the
file. Changed values are replaced only when "Ersätt ändrade värden" is ticked; the import
is one transaction and one undo step.

"Ny serie…" in the series list makes a comparison series for the values instead (the
county, the country, women, men: each its own series): named from the chosen
categories ("Skåne län, kvinnor"), in the selected indicator's unit, and by default
drawn beside that indicator on its chart. Creating, filling and comparing are one
transaction and one undo step.

The reading, comparing and writing are the CLI's (:mod:`insatsplan.statistics`,
:mod:`insatsplan.statistics.importing`); this module only shows them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError
from insatsplan.periods import is_period, period_label
from insatsplan.statistics import StatisticsTable, read_statistics
from insatsplan.statistics.importing import ImportPreview, new_series_rows, preview_selection
from insatsplan.ui.commands import CommandContext, WorkspaceCommand
from insatsplan.ui.follow_up_commands import MeasurementsCommand, NewSeriesCommand
from insatsplan.values import format_value_sv

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from insatsplan.ui.main_window import MainWindow
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.reads import IndicatorData

FILE_FILTER = "*.json *.csv *.txt"
#: the series list's data for "Ny serie…"
NEW_SERIES = "new"


def _error_text(error: UserError) -> str:
    return error.text(QCoreApplication.translate)


class ImportStatisticsDialog(QDialog):
    """The dialog; :meth:`load_file` and the widgets are public so tests drive it."""

    def __init__(self, ws: Workspace, context: CommandContext, stack: QUndoStack,
                 plan_id: int | None, series_id: int | None,
                 parent: QWidget | None = None, *, indicator_id: int | None = None) -> None:
        """*indicator_id*: the selected indicator (a new series takes its unit and is
        drawn beside it)."""
        super().__init__(parent)
        self.ws, self.context, self.stack = ws, context, stack
        self.plan_id = plan_id
        self.indicator: IndicatorData | None = None
        if indicator_id is not None:
            try:
                self.indicator = ws.indicator(indicator_id)
            except UserError:
                self.indicator = None
        self.table: StatisticsTable | None = None
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("Import statistics"))
        self.resize(720, 560)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)

        self.series_combo = QComboBox(self)
        self.series_combo.setAccessibleName(self.tr("Series"))
        self._fill_series(plan_id, series_id)
        self.series_combo.currentIndexChanged.connect(self._series_chosen)

        # "Ny serie…": its name, unit and whether the indicator's chart shows it
        self.new_series_box = QWidget(self)
        new_form = QFormLayout(self.new_series_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.new_series_box)
        self.name_edit.setAccessibleName(self.tr("Name of the new series"))
        self.name_edit.textEdited.connect(self._name_typed)
        self.name_edit.textChanged.connect(self._update_buttons)
        self.unit_edit = QLineEdit(self.new_series_box)
        self.unit_edit.setAccessibleName(self.tr("Unit of the new series"))
        self.unit_edit.setText(self.indicator.unit if self.indicator is not None else "")
        self.compare_box = QCheckBox(self.tr("Show as comparison in the chart"),
                                     self.new_series_box)
        self.compare_box.setChecked(self.indicator is not None)
        self.compare_box.setEnabled(self.indicator is not None)
        if self.indicator is not None:
            self.compare_box.setToolTip(self.tr("Drawn as a thin line beside “{title}”.")
                                        .format(title=self.indicator.title))
        new_form.addRow(self.tr("Name"), self.name_edit)
        new_form.addRow(self.tr("Unit"), self.unit_edit)
        new_form.addRow("", self.compare_box)
        self.new_series_box.setVisible(False)
        self._name_is_typed = False

        self.about_label = QLabel(self)
        self.about_label.setTextFormat(Qt.TextFormat.PlainText)  # the file's own words
        self.about_label.setWordWrap(True)
        self.dimension_form = QFormLayout()
        self.dimension_combos: dict[str, QComboBox] = {}

        self.preview_table = QTableWidget(0, 4, self)
        self.preview_table.setAccessibleName(self.tr("Preview"))
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Value in the file"), self.tr("Stored value"),
             self.tr("Result")])
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.replace_box = QCheckBox(self.tr("Replace changed values"), self)
        self.replace_box.toggled.connect(self._update_buttons)

        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_values)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)

        top = QFormLayout()
        top.addRow(self.tr("File"), file_row)
        top.addRow(self.tr("Series"), self.series_combo)
        top.addRow("", self.new_series_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about_label)
        layout.addLayout(self.dimension_form)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.replace_box)
        layout.addLayout(buttons)
        self._update_buttons()

    # ----------------------------------------------------------------- choosing

    def _fill_series(self, plan_id: int | None, series_id: int | None) -> None:
        """The plan's measured series (each once, by its indicator's title), the given
        one selected."""
        seen: set[int] = set()
        if plan_id is not None:
            for indicator in self.ws.indicators(plan_id):
                if indicator.series.id in seen:
                    continue
                seen.add(indicator.series.id)
                unit = f" ({indicator.series.unit})" if indicator.series.unit else ""
                self.series_combo.addItem(f"{indicator.title}{unit}", indicator.series.id)
        if series_id is not None and series_id not in seen:
            series = self.ws.series(series_id)
            self.series_combo.addItem(series.name or series.uuid, series.id)
        self.series_combo.addItem(self.tr("New series…"), NEW_SERIES)
        # No indicator selected: no series either, so none is filled by mistake.
        self.series_combo.setCurrentIndex(
            -1 if series_id is None else self.series_combo.findData(series_id))

    @property
    def series_id(self) -> int | None:
        data = self.series_combo.currentData()
        return int(data) if data is not None and data != NEW_SERIES else None

    @property
    def new_series(self) -> bool:
        """"Ny serie…" is chosen: the values go into a series made for them."""
        return bool(self.series_combo.currentData() == NEW_SERIES)

    def choose_new_series(self) -> None:
        """Choose "Ny serie…" (what a person does in the series list)."""
        self.series_combo.setCurrentIndex(self.series_combo.findData(NEW_SERIES))

    def _series_chosen(self) -> None:
        self.new_series_box.setVisible(self.new_series)
        self.update_preview()

    def _name_typed(self) -> None:
        self._name_is_typed = True

    def suggested_name(self) -> str:
        """The chosen categories' labels, as a series is named: "Skåne län, kvinnor"."""
        if self.table is None:
            return ""
        labels: list[str] = []
        for dimension_id, combo in self.dimension_combos.items():
            dimension = next(d for d in self.table.dimensions if d.id == dimension_id)
            code = str(combo.currentData())
            category = next((c for c in dimension.categories if c.code == code), None)
            if category is not None:
                labels.append(category.label or category.code)
        return ", ".join(labels)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import statistics"), "",
            self.tr("Statistics files (JSON-stat, CSV, Kolada JSON)") + f" ({FILE_FILTER})")
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read *path* and show its dimensions; a file that is not statistics is said
        under the preview, and nothing can be imported."""
        self.file_edit.setText(str(path))
        self._clear_dimensions()
        try:
            self.table = read_statistics(path)
        except UserError as error:
            self.table = None
            self._show_error(_error_text(error))
            return
        table = self.table
        time = table.time_dimension
        self.about_label.setText(self.tr("{source}. Periods: {first} to {last} ({count}).").format(
            source=table.source_text,
            first=period_label(time.categories[0].code) if is_period(time.categories[0].code)
            else time.categories[0].code,
            last=period_label(time.categories[-1].code) if is_period(
                time.categories[-1].code) else time.categories[-1].code,
            count=len(time.categories)))
        for dimension in table.dimensions:
            if dimension.is_time:
                continue
            if len(dimension.categories) == 1:
                fixed = QLabel(dimension.categories[0].label or dimension.categories[0].code,
                               self)
                fixed.setTextFormat(Qt.TextFormat.PlainText)
                self.dimension_form.addRow(_plain_label(_capitalised(dimension.shown), self),
                                           fixed)
                continue
            combo = QComboBox(self)
            combo.setAccessibleName(dimension.shown)
            for category in dimension.categories:
                combo.addItem(category.label if category.label == category.code
                              else f"{category.label} ({category.code})", category.code)
            combo.currentIndexChanged.connect(self.update_preview)
            self.dimension_combos[dimension.id] = combo
            self.dimension_form.addRow(_plain_label(_capitalised(dimension.shown), self), combo)
        self.update_preview()

    def choose(self, dimension_id: str, code: str) -> None:
        """Pick the category *code* of *dimension_id* (what a person does in its combo)."""
        combo = self.dimension_combos[dimension_id]
        combo.setCurrentIndex(combo.findData(code))

    def _clear_dimensions(self) -> None:
        while self.dimension_form.rowCount():
            self.dimension_form.removeRow(0)
        self.dimension_combos.clear()
        self.about_label.clear()

    # ----------------------------------------------------------------- preview

    def update_preview(self) -> None:
        """Compare the chosen line with what the series holds and list every period."""
        self.preview = None
        self.preview_table.setRowCount(0)
        self.error_label.clear()
        if self.new_series and self.table is not None and not self._name_is_typed:
            self.name_edit.setText(self.suggested_name())
        if self.table is None or (self.series_id is None and not self.new_series):
            self.summary_label.clear()
            self._update_buttons()
            return
        where = [(dimension_id, str(combo.currentData()))
                 for dimension_id, combo in self.dimension_combos.items()]
        try:
            selection = self.table.select(where)
            if self.series_id is None:  # a new series: every value is new
                self.preview = ImportPreview(0, tuple(new_series_rows(selection)), (), (),
                                             selection.missing)
            else:
                self.preview = preview_selection(self.ws, self.series_id, selection)
        except UserError as error:
            self._show_error(_error_text(error))
            return
        preview = self.preview
        rows: list[tuple[str, str, str, str]] = []
        for row in preview.new:
            rows.append((row.period, format_value_sv(row.value), "", self.tr("New")))
        for row in preview.unchanged:
            rows.append((row.period, format_value_sv(row.value), format_value_sv(row.value),
                         self.tr("Unchanged")))
        for stored, incoming in preview.conflicts:
            rows.append((incoming.period, format_value_sv(incoming.value),
                         format_value_sv(stored.value), self.tr("Differs from the stored value")))
        for missing in preview.missing:
            rows.append((missing.period, missing.status, "", self.tr("Missing in the file")))
        from insatsplan.periods import parse_period

        rows.sort(key=lambda row: parse_period(row[0]))
        self.preview_table.setRowCount(len(rows))
        for number, (period, value, stored_value, result) in enumerate(rows):
            for column, text in enumerate((period_label(period), value, stored_value,
                                           result)):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.preview_table.setItem(number, column, item)
        self.summary_label.setText(
            self.tr("{new} new, {unchanged} unchanged, {conflicts} differ from the stored "
                "values, {missing} missing in the file.").format(
                new=len(preview.new), unchanged=len(preview.unchanged),
                conflicts=len(preview.conflicts), missing=len(preview.missing)))
        self._update_buttons()

    def _show_error(self, text: str) -> None:
        self.preview = None
        self.preview_table.setRowCount(0)
        self.summary_label.clear()
        self.error_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.preview
        self.replace_box.setEnabled(bool(preview and preview.conflicts))
        writable = preview is not None and not self.ws.readonly and (
            bool(preview.new) or (bool(preview.conflicts) and self.replace_box.isChecked()))
        blocked = preview is not None and bool(preview.conflicts) and (
            not self.replace_box.isChecked())
        named = not self.new_series or bool(self.name_edit.text().strip())
        self.import_button.setEnabled(writable and not blocked and named)
        if blocked:
            self.import_button.setToolTip(self.tr(
                "Some values differ from the stored ones: tick \"Replace changed values\" "
                "to import."))
        else:
            self.import_button.setToolTip("")

    # ------------------------------------------------------------------ import

    def import_values(self) -> None:
        """Write the preview as one undo step and close; a refusal is shown, not lost."""
        if self.preview is None or (self.series_id is None and not self.new_series):
            return
        command: WorkspaceCommand
        try:
            if self.series_id is None:
                command = self._new_series_command(self.preview)
                command.run_first()
                self.stack.push(command)
                self.accept()
                return
            changes = self.preview.changes(replace=self.replace_box.isChecked())
            if not changes:
                return
            # undo and redo show the series' indicator in the open plan, if it has one
            shown = [use for use in self.ws.series_uses(self.series_id)
                     if use.plan_id == self.plan_id]
            command = MeasurementsCommand(
                self.context, self.tr("Import statistics"), self.ws.series(self.series_id).uuid,
                changes, self.plan_id if shown else None,
                shown[0].node_uuid if shown else None, operation="import_statistics")
            command.run_first()
        except UserError as error:
            self._show_error(_error_text(error))
            return
        self.stack.push(command)
        self.accept()


    def _new_series_command(self, preview: ImportPreview) -> NewSeriesCommand:
        """Create the series, fill it and (when ticked) compare the indicator with it."""
        compare_with = None
        if self.indicator is not None and self.compare_box.isChecked():
            compare_with = (self.indicator.plan_id, self.indicator.node_uuid)
        return NewSeriesCommand(self.context, self.tr("Import statistics"),
                                self.name_edit.text(), self.unit_edit.text(),
                                preview.new, compare_with)


def _plain_label(text: str, parent: QWidget) -> QLabel:
    """A form label holding a file's words: shown as written, never read as HTML."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _capitalised(text: str) -> str:
    """A file's dimension label as a form label: "region" → "Region"."""
    return text[:1].upper() + text[1:]


def open_import_statistics(window: MainWindow) -> None:
    """Arkiv → Importera statistik…: the dialog for *window*'s workspace, the selected
    indicator's series chosen."""
    if window.ws is None or window.context is None or window.model is None:
        return
    window.commit_typing()
    series_id: int | None = None
    node_id = window.model.node_id(window._source(window.tree.currentIndex()))
    if node_id is not None:
        try:
            series_id = window.ws.indicator(node_id).series.id
        except UserError:
            series_id = None
    dialog = ImportStatisticsDialog(window.ws, window.context, window.stack,
                                    window.model.plan_id, series_id, window,
                                    indicator_id=node_id if series_id is not None else None)
    dialog.exec()
