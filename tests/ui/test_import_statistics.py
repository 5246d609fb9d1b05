"""Arkiv → Importera statistik…: the file's dimensions as combos with its labels, the
preview (new, unchanged, differing, missing), replacing only when asked, and the import
as one undo step, read back through a second connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from insatsplan.ui.dialogs import import_statistics
from insatsplan.ui.dialogs.import_statistics import ImportStatisticsDialog
from insatsplan.ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data" / "statistics"
MONTHLY = DATA / "scb_folkmangd_manad_TAB6471_trimmed.json"
SERIES = "Antal suicid i Exempelstad"


def months(path: Path) -> list[tuple[str, str]]:
    """The series' 2026 months as another program sees the file."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(
            "SELECT m.period, m.value FROM measurement m JOIN series s ON s.id = m.series_id "
            "WHERE s.name = ? AND m.period LIKE '2026-%' ORDER BY m.period", (SERIES,)))
    finally:
        conn.close()


@pytest.fixture
def opened(window: MainWindow, monkeypatch: pytest.MonkeyPatch
           ) -> tuple[MainWindow, list[ImportStatisticsDialog]]:
    """The window with the series' indicator selected; the dialog the menu opens is
    kept instead of run modally."""
    assert window.ws is not None
    indicator = next(i for i in window.ws.indicators(1) if i.series.name == SERIES)
    window.select_node(1, indicator.node_uuid)
    dialogs: list[ImportStatisticsDialog] = []

    def keep(self: ImportStatisticsDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(import_statistics.ImportStatisticsDialog, "exec", keep)
    return window, dialogs


def open_dialog(window: MainWindow, dialogs: list[ImportStatisticsDialog]
                ) -> ImportStatisticsDialog:
    window.import_statistics_action.trigger()
    return dialogs[-1]


def cells(dialog: ImportStatisticsDialog, column: int) -> list[str]:
    table = dialog.preview_table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_menu_opens_on_the_selected_indicators_series_with_the_files_labels(
        opened: tuple[MainWindow, list[ImportStatisticsDialog]]) -> None:
    window, dialogs = opened
    dialog = open_dialog(window, dialogs)
    assert window.ws is not None
    assert dialog.series_id == window.ws.find_series(SERIES)
    dialog.load_file(MONTHLY)
    assert set(dialog.dimension_combos) == {"Region", "Alder", "Kon"}
    region = dialog.dimension_combos["Region"]
    assert region.accessibleName() == "region"
    assert [region.itemText(i) for i in range(region.count())] == [
        "Stockholms län (01)", "Uppsala län (03)"]
    assert "SCB: Folkmängden per månad" in dialog.about_label.text()
    assert dialog.preview_table.accessibleName() in ("Preview", "Förhandsgranskning")
    assert dialog.preview_table.rowCount() == 4 and dialog.import_button.isEnabled()


def test_import_is_one_undo_step_read_back_from_the_file(
        opened: tuple[MainWindow, list[ImportStatisticsDialog]], qtbot: Any,
        demo_workspace_path: Path) -> None:
    window, dialogs = opened
    dialog = open_dialog(window, dialogs)
    dialog.load_file(MONTHLY)
    dialog.choose("Region", "03")
    dialog.choose("Alder", "10-19")
    dialog.choose("Kon", "2")
    assert cells(dialog, 1) == ["23\xa0485", "23\xa0490", "23\xa0475", "23\xa0486"]
    assert len(set(cells(dialog, 3))) == 1  # all four new
    steps = window.stack.count()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    girls = [("2026-01", "23485"), ("2026-02", "23490"), ("2026-03", "23475"),
             ("2026-04", "23486")]
    assert months(demo_workspace_path) == girls
    assert window.stack.count() == steps + 1
    window.undo()
    assert months(demo_workspace_path) == []
    window.redo()
    assert months(demo_workspace_path) == girls


def test_changed_values_are_replaced_only_when_asked(
        opened: tuple[MainWindow, list[ImportStatisticsDialog]], qtbot: Any,
        demo_workspace_path: Path) -> None:
    window, dialogs = opened
    first = open_dialog(window, dialogs)
    first.load_file(MONTHLY)
    for dimension, code in (("Region", "03"), ("Alder", "10-19"), ("Kon", "2")):
        first.choose(dimension, code)
    first.import_values()
    girls = months(demo_workspace_path)

    dialog = open_dialog(window, dialogs)
    dialog.load_file(MONTHLY)
    for dimension, code in (("Region", "03"), ("Alder", "10-19"), ("Kon", "2")):
        dialog.choose(dimension, code)
    assert not dialog.import_button.isEnabled()  # nothing new: all unchanged
    dialog.choose("Kon", "1")
    assert cells(dialog, 2) == ["23\xa0485", "23\xa0490", "23\xa0475", "23\xa0486"]
    assert cells(dialog, 1)[0] == "24\xa0806"
    assert not dialog.import_button.isEnabled() and dialog.replace_box.isEnabled()
    dialog.replace_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert months(demo_workspace_path)[0] == ("2026-01", "24806")
    window.undo()
    assert months(demo_workspace_path) == girls


def test_missing_values_and_a_damaged_file_are_shown_not_imported(
        opened: tuple[MainWindow, list[ImportStatisticsDialog]], tmp_path: Path,
        demo_workspace_path: Path) -> None:
    window, dialogs = opened
    dialog = open_dialog(window, dialogs)
    dialog.load_file(DATA / "ssb_boligindeks_07221.json")
    dialog.choose("Region", "007")
    dialog.choose("Boligtype", "02")
    assert dialog.preview_table.rowCount() == 8
    assert cells(dialog, 1) == [".."] * 8
    assert not dialog.import_button.isEnabled()

    damaged = tmp_path / "TAB6471.json"
    damaged.write_bytes(MONTHLY.read_bytes()[:300])
    dialog.load_file(damaged)
    assert "TAB6471.json" in dialog.error_label.text()
    assert dialog.dimension_combos == {} and dialog.preview_table.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert months(demo_workspace_path) == []


def test_without_a_selected_indicator_no_series_is_chosen_for_the_person(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.ws is not None and window.proxy is not None
    focus_area = window.proxy.index(0, 0)  # a focus area, not an indicator
    window.tree.setCurrentIndex(focus_area)
    dialogs: list[ImportStatisticsDialog] = []
    monkeypatch.setattr(import_statistics.ImportStatisticsDialog, "exec",
                        lambda self: dialogs.append(self) or 0)
    dialog = open_dialog(window, dialogs)
    assert dialog.series_id is None and dialog.series_combo.count() > 1
    dialog.load_file(MONTHLY)
    assert dialog.preview_table.rowCount() == 0 and not dialog.import_button.isEnabled()
    dialog.series_combo.setCurrentIndex(0)
    assert dialog.preview_table.rowCount() == 4


def test_the_files_words_are_shown_as_written_never_as_markup(
        opened: tuple[MainWindow, list[ImportStatisticsDialog]], tmp_path: Path) -> None:
    """A file's labels are text: "<b>Riket</b>" is shown with its brackets, not bold."""
    import json

    document = json.loads(MONTHLY.read_text(encoding="utf-8"))
    document["label"] = "<b>Tabell</b> <img src=x>"
    for dimension in document["dimension"].values():
        labels = dimension["category"].get("label", {})
        for code in labels:
            labels[code] = f"<i>{labels[code]}</i>"
    marked = tmp_path / "marked.json"
    marked.write_text(json.dumps(document), encoding="utf-8")
    dialog = open_dialog(*opened)
    dialog.load_file(marked)
    from PySide6.QtWidgets import QLabel

    shown = [label for label in dialog.findChildren(QLabel) if "<" in label.text()]
    assert shown, "the file's words are on show"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
