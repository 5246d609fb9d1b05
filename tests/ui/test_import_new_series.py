"""Arkiv → Importera statistik… → "Ny serie…": a comparison series made from the file,
named from the chosen categories, in the indicator's unit, filled and drawn beside the
indicator in one undo step; read back through a second connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from insatsplan.ui.dialogs import import_statistics
from insatsplan.ui.dialogs.import_statistics import ImportStatisticsDialog
from insatsplan.ui.editors.forms import IndicatorForm
from insatsplan.ui.main_window import MainWindow

DATA = Path(__file__).parent.parent / "data" / "statistics"
MONTHLY = DATA / "scb_folkmangd_manad_TAB6471_trimmed.json"
SERIES = "Antal suicid i Exempelstad"
NAME = "Uppsala län, 10-19 år, kvinnor"
GIRLS = [("2026-01", "23485"), ("2026-02", "23490"), ("2026-03", "23475"),
         ("2026-04", "23486")]


def series_named(path: Path, name: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(uuid, unit, values) of each series called *name*, as another program sees it."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [(uuid, unit, [tuple(r) for r in db.execute(
            "SELECT period, value FROM measurement WHERE series_id = ? ORDER BY period",
            (series_id,))]) for series_id, uuid, unit in db.execute(
            "SELECT id, uuid, unit FROM series WHERE name = ?", (name,))]


def compared_with(path: Path, indicator_series: str) -> list[str]:
    """Names of the series compared with the indicator measuring *indicator_series*."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [name for (name,) in db.execute(
            "SELECT s.name FROM comparison c JOIN series s ON s.id = c.series_id "
            "JOIN indicator i ON i.node_id = c.node_id JOIN series own ON own.id = "
            "i.series_id WHERE own.name = ? ORDER BY c.position", (indicator_series,))]


@pytest.fixture
def dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ImportStatisticsDialog:
    """The dialog the menu opens with the series' indicator selected (kept, not run)."""
    assert window.ws is not None
    indicator = next(i for i in window.ws.indicators(1) if i.series.name == SERIES)
    window.select_node(1, indicator.node_uuid)
    dialogs: list[ImportStatisticsDialog] = []

    def keep(self: ImportStatisticsDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(import_statistics.ImportStatisticsDialog, "exec", keep)
    window.import_statistics_action.trigger()
    return dialogs[-1]


def choose_uppsala_girls(dialog: ImportStatisticsDialog) -> None:
    dialog.load_file(MONTHLY)
    dialog.choose_new_series()
    dialog.choose("Region", "03")
    dialog.choose("Alder", "10-19")
    dialog.choose("Kon", "2")


def test_new_series_is_created_filled_and_compared_in_one_undo_step(
        window: MainWindow, dialog: ImportStatisticsDialog, qtbot: Any,
        demo_workspace_path: Path) -> None:
    assert window.ws is not None
    unit = next(i for i in window.ws.indicators(1) if i.series.name == SERIES).unit
    labels = [dialog.series_combo.itemText(i) for i in range(dialog.series_combo.count())]
    assert labels[-1] in ("New series…", "Ny serie…")
    choose_uppsala_girls(dialog)
    assert dialog.new_series_box.isVisibleTo(dialog)
    assert dialog.name_edit.text() == NAME  # the chosen categories' labels
    assert dialog.unit_edit.text() == unit and dialog.compare_box.isChecked()
    assert dialog.preview_table.rowCount() == 4 and dialog.import_button.isEnabled()
    steps = window.stack.count()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    [(uuid, stored_unit, values)] = series_named(demo_workspace_path, NAME)
    assert (stored_unit, values) == (unit, GIRLS)
    assert compared_with(demo_workspace_path, SERIES) == [NAME]
    assert window.stack.count() == steps + 1
    assert window.panel is not None
    form = window.panel.current_form()
    assert isinstance(form, IndicatorForm)
    QApplication.processEvents()  # the chart is built after the form has painted
    assert [s.name for s in form.follow_up.chart.comparisons()] == [NAME]  # drawn now

    window.undo()
    assert series_named(demo_workspace_path, NAME) == []
    assert compared_with(demo_workspace_path, SERIES) == []
    window.redo()
    assert series_named(demo_workspace_path, NAME) == [(uuid, unit, GIRLS)]  # same UUID
    assert compared_with(demo_workspace_path, SERIES) == [NAME]


def test_a_typed_name_and_no_comparison_are_kept(
        window: MainWindow, dialog: ImportStatisticsDialog, qtbot: Any,
        demo_workspace_path: Path) -> None:
    choose_uppsala_girls(dialog)
    dialog.name_edit.clear()
    assert not dialog.import_button.isEnabled()  # a series needs a name
    qtbot.keyClicks(dialog.name_edit, "Uppsala flickor")
    dialog.choose("Region", "01")  # a typed name is not overwritten
    assert dialog.name_edit.text() == "Uppsala flickor"
    dialog.compare_box.setChecked(False)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(series_named(demo_workspace_path, "Uppsala flickor")) == 1
    assert compared_with(demo_workspace_path, SERIES) == []


def test_a_unit_other_than_the_indicators_is_refused_when_compared(
        window: MainWindow, dialog: ImportStatisticsDialog, qtbot: Any,
        demo_workspace_path: Path) -> None:
    choose_uppsala_girls(dialog)
    dialog.unit_edit.setText("kronor")
    steps = window.stack.count()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text()  # shown in the dialog, which stays open
    assert series_named(demo_workspace_path, NAME) == []
    assert window.stack.count() == steps
