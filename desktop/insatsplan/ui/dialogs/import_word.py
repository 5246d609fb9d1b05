"""Arkiv → Importera Word-dokument…: an earlier year's document into a new plan, previewed.

The person chooses a file; it is read and recognised as ``insatsplan import-word`` does
(:mod:`insatsplan.word_import.importing`): an old ``.doc`` is converted with LibreOffice
when the person agrees (and LibreOffice is here), a document without structure can come
in as one topic's text. The preview shows what will be created (the tree), what could
not be mapped and where it stood (kept as text on the nearest node), and for each
indicator the series it joins -- the one its title matches by default, any other, or
"Ny serie". When the workspace holds the plan the document was exported from, it offers
to import it as a new version of that plan. Importing is
:meth:`Workspace.import_word`, one transaction; the new plan is then shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError
from insatsplan.text import plain_text
from insatsplan.ui.kind_names import kind_name

if TYPE_CHECKING:
    from insatsplan.ui.main_window import MainWindow
    from insatsplan.word_import.model import ImportResult
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.word_import import SeriesMatch, WordImportPreview

FILE_FILTER = "*.docx *.doc"
#: Spelled out at each call with its context: lupdate reads the text, so a helper that
#: passes its argument on would hide every message from it.
translate = QCoreApplication.translate


class ImportWordDialog(QDialog):
    """The preview; :meth:`series_choices` and :meth:`new_version_of` are what the person
    chose. The widgets are public so tests (and screen readers, by name) find them."""

    def __init__(self, preview: WordImportPreview, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import Word document"))
        self.resize(820, 600)
        counts = preview.counts()
        untitled = self.tr("(untitled)")
        years = (str(preview.year_from) if preview.year_from == preview.year_to
                 else f"{preview.year_from}–{preview.year_to}")
        self.summary_label = QLabel(self.tr(
            "<b>{title}</b> ({years}) from {file}<br>{focus_areas} focus areas, {topics} "
            "topics, {short_goals} short-term and {long_goals} long-term goals, "
            "{indicators} indicators, {evaluations} evaluations, {signatories} "
            "signatories.").format(
                title=_escaped(plain_text(preview.title) or untitled), years=years,
                file=_escaped(source), **counts), self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.new_version_box = QCheckBox(self)
        held = preview.held_plan
        if held is not None:
            self.new_version_box.setText(self.tr(
                "Import as a new version of “{plan}” ({years})").format(
                    plan=_elided(plain_text(held.title) or untitled),
                    years=(str(held.year_from) if held.year_from == held.year_to
                           else f"{held.year_from}–{held.year_to}")))
            self.new_version_box.setChecked(True)
        self.new_version_label = QLabel(self.tr(
            "The workspace holds the plan this document was exported from. As a new "
            "version, the new plan starts from a copy of it and takes the document's text, "
            "keeping what Word does not print: directions, levels, targets and series."),
            self)
        self.new_version_label.setWordWrap(True)
        self.new_version_label.setIndent(22)
        self.new_version_box.setToolTip(self.new_version_label.text())
        self.new_version_box.setVisible(held is not None)
        self.new_version_label.setVisible(held is not None)

        self._series_model: QStandardItemModel | None = None
        self._series_rows: dict[str, int] = {}
        self.tabs = QTabWidget(self)
        self.tree = self._tree()
        self.tabs.addTab(self.tree, self.tr("What will be created"))
        self.unmapped_table = self._unmapped()
        self.tabs.addTab(self.unmapped_table, self.tr("Not mapped ({count})").format(
            count=len(preview.unmapped)))
        self.tabs.setTabEnabled(1, bool(preview.unmapped))
        self.series_table, self.series_combos = self._series()
        self.tabs.addTab(self.series_table, self.tr("Series ({matched} of {count} "
                                                    "matched)").format(
            matched=counts["matched_series"], count=counts["indicators"]))

        notes = [QCoreApplication.translate("Errors", note) for note in preview.notes]
        self.notes_label = QLabel("\n".join(notes), self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(notes))

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.new_version_box)
        layout.addWidget(self.new_version_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(buttons)

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(self.tr("What will be created"))
        tree.setHeaderLabels([self.tr("Title"), self.tr("Kind")])
        horizons = {"short": self.tr("short-term"), "long": self.tr("long-term")}
        untitled = self.tr("(untitled)")
        parents: list[QTreeWidgetItem] = []
        for node in self.preview.nodes:
            del parents[node.depth - 1:]
            kind = kind_name(node.kind)
            if node.horizon is not None:
                kind = f"{kind}, {horizons.get(node.horizon, node.horizon)}"
            item = QTreeWidgetItem([" ".join(node.title.split()) or untitled, kind])
            item.setToolTip(0, node.title)
            if parents:
                parents[-1].addChild(item)
            else:
                tree.addTopLevelItem(item)
            parents.append(item)
        for index in range(tree.topLevelItemCount()):
            area = tree.topLevelItem(index)
            if area is not None:
                area.setExpanded(True)  # focus areas open: their topics show
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        return tree

    def _unmapped(self) -> QTableWidget:
        table = QTableWidget(len(self.preview.unmapped), 3, self)
        table.setAccessibleName(self.tr("Not mapped"))
        table.setHorizontalHeaderLabels([self.tr("Where it stood"), self.tr("Text"),
                                         self.tr("Kept on")])
        for row, item in enumerate(self.preview.unmapped):
            for column, text in enumerate(
                    (item.where, " ".join(item.text.split()),
                     item.kept_on or self.tr("the preamble"))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
        _read_only(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _series(self) -> tuple[QTableWidget, dict[str, QComboBox]]:
        matches = self.preview.series_matches
        table = QTableWidget(len(matches), 2, self)
        table.setAccessibleName(self.tr("Series"))
        table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Series")])
        combos: dict[str, QComboBox] = {}
        for row, match in enumerate(matches):
            title = " ".join(match.title.split()) or self.tr("(untitled)")
            cell = QTableWidgetItem(title)
            cell.setToolTip(" › ".join(match.path))
            table.setItem(row, 0, cell)
            combo = self._series_combo(match)
            combo.setAccessibleName(self.tr("Series of “{indicator}”").format(
                indicator=title))
            table.setCellWidget(row, 1, combo)
            combos[match.indicator_uuid] = combo
        _read_only(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table, combos

    def _series_combo(self, match: SeriesMatch) -> QComboBox:
        """"Ny serie" first, then every series by name, the matching one chosen. The
        combos share one list: a real agreement has 150 indicators and the workspace as
        many series, and a list each took most of a second to build."""
        if self._series_model is None:
            self._series_model = QStandardItemModel(self)
            self._series_model.appendRow(QStandardItem(self.tr("New series")))
            for option in self.preview.series:
                item = QStandardItem(_series_label(option.name, option.unit))
                item.setData(option.uuid, Qt.ItemDataRole.UserRole)
                self._series_rows[option.uuid] = self._series_model.rowCount()
                self._series_model.appendRow(item)
        combo = QComboBox(self)
        combo.setModel(self._series_model)
        combo.setCurrentIndex(self._series_rows.get(match.matched or "", 0))
        return combo

    def series_choices(self) -> dict[str, str | None]:
        """Indicator UUID → the chosen series' UUID, or None for a new series."""
        return {uuid: combo.currentData() for uuid, combo in self.series_combos.items()}

    def new_version_of(self) -> int | None:
        """The held plan's id when the person imports the document as its new version."""
        held = self.preview.held_plan
        return held.id if held is not None and self.new_version_box.isChecked() else None


def _series_label(name: str, unit: str) -> str:
    name = (" ".join(plain_text(name).split())
            or translate("ImportWordDialog", "(untitled)"))
    return f"{name} ({unit})" if unit else name


def _elided(text: str, limit: int = 70) -> str:
    """A long title cut to fit a check box's one line."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[:limit - 1] + "…"


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)


# ------------------------------------------------------------------------ the flow


def choose_word_file(window: MainWindow) -> Path | None:
    """The file the person picks, or None (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        window, translate("ImportWordDialog", "Import Word document"), "",
        translate("ImportWordDialog", "Word documents") + f" ({FILE_FILTER})")
    return Path(name) if name else None


def load_result(window: MainWindow, ws: Workspace, path: Path) -> ImportResult | None:
    """The recognised document, asking the person about an old ``.doc`` (convert it with
    LibreOffice?) and a document without structure (import it as one topic's text?);
    None when refused or declined, the refusal shown."""
    from insatsplan.word_import.importing import (
        ConvertibleDocError,
        read_document,
        recognise_document,
    )
    from insatsplan.word_import.recognise import NoStructureError

    try:
        try:
            word = read_document(path)
        except ConvertibleDocError:
            if not window.confirm(translate("ImportWordDialog",
                    "{file} is an old Word 97–2003 document (.doc). Convert it to .docx "
                    "with LibreOffice and import that?").format(file=path.name)):
                return None
            word = read_document(path, convert=True)
        organisations = {o.code: o.name for o in ws.organisations()}
        try:
            return recognise_document(word, organisations)
        except NoStructureError as error:
            if not window.confirm(error.text(QCoreApplication.translate) + "\n\n"
                                  + translate("ImportWordDialog",
                                              "Import it as one topic's text?")):
                return None
            return recognise_document(word, organisations, as_one_topic=True)
    except UserError as error:
        window.report(error)
        return None


def open_import_word(window: MainWindow) -> None:
    """Arkiv → Importera Word-dokument…: choose, preview, import, show the new plan."""
    ws = window.ws
    if ws is None:
        return
    window.commit_typing()
    path = choose_word_file(window)
    if path is None:
        return
    result = load_result(window, ws, path)
    if result is None:
        return
    try:
        preview = ws.preview_word_import(result)
    except UserError as error:
        window.report(error)
        return
    dialog = ImportWordDialog(preview, path.name, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        plan_id = ws.import_word(result, series_choices=dialog.series_choices(),
                                 as_new_version_of=dialog.new_version_of())
    except UserError as error:
        window.report(error)
        return
    # The new plan shares series with the plans before it, as a new version does: the
    # commands before it do not know its rows, so a new history starts (see new_version).
    window.stack.clear()
    window.show_plan_in_chooser(plan_id)
