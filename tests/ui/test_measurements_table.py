"""The indicator form's measurements table, driven in a real window: each result read
back from the file through a second connection, each change one undo step."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_shortcuts import bound_keys

from insatsplan.periods import period_label
from insatsplan.ui.editors.follow_up import FollowUpSection
from insatsplan.ui.editors.forms import IndicatorForm
from insatsplan.ui.editors.measurements_table import (
    NOTE,
    PERIOD,
    VALUE,
    MeasurementsModel,
    MeasurementsTable,
)
from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace

#: The demo's first indicator: "Antal föräldrar …", five yearly values, rise, green ≥ 140.
DEMO_INDICATOR_TITLE = "Antal föräldrar som deltagit"

Stored = list[tuple[str, str, str, str]]


def stored(path: Path, series_uuid: str) -> Stored:
    """(period, value, note, source) of a series as the file holds it, by period start,
    read through a second connection."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [tuple(row) for row in db.execute(
            "SELECT m.period, m.value, m.note, m.source FROM measurement m "
            "JOIN series s ON s.id = m.series_id WHERE s.uuid = ? "
            "ORDER BY m.period_start, m.period_end", (series_uuid,))]


def first_indicator(ws: Workspace) -> int:
    with sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True) as db:
        (node_id,) = db.execute(
            "SELECT id FROM node WHERE kind = 'indicator' AND title LIKE ? ORDER BY id",
            (DEMO_INDICATOR_TITLE + "%",)).fetchone()
    return int(node_id)


def show_indicator(window: MainWindow, node_id: int | None = None) -> MeasurementsTable:
    """Select the demo's first indicator in the tree; its form's table."""
    assert window.ws is not None and window.panel is not None
    node_id = node_id or first_indicator(window.ws)
    place = window.ws.node_place(node_id)
    window.select_node(place.plan_id, place.uuid)
    form = window.panel.current_form()
    assert isinstance(form, IndicatorForm) and form.target_id == node_id
    return form.follow_up.table


def section(window: MainWindow) -> FollowUpSection:
    assert window.panel is not None
    form = window.panel.current_form()
    assert isinstance(form, IndicatorForm)
    return form.follow_up


def series_uuid(table: MeasurementsTable) -> str:
    assert table.model.series is not None
    return table.model.series.uuid


def row_of(model: MeasurementsModel, period: str) -> int:
    for number, row in enumerate(model.rows):
        if row.stored is not None and row.stored.period == period:
            return number
    raise AssertionError(f"no row for {period}")


def cell(model: MeasurementsModel, row: int, column: int, role: int =
         Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


# ------------------------------------------------------------------ built on demand


def test_start_up_builds_no_indicator_form_until_one_is_shown(window: MainWindow) -> None:
    assert window.panel is not None
    assert "indicator" not in window.panel.forms
    assert len(window.panel.forms) <= 1  # at most the form of the row selected at start
    show_indicator(window)
    assert "indicator" in window.panel.forms


def fresh_process(code: str) -> subprocess.CompletedProcess[str]:
    """*code* run by a Python of its own, offscreen, this checkout's code first: what a
    start-up imports can only be seen in a process that has imported nothing yet."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(
        Path(__file__).resolve().parents[2] / "desktop")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return result


def test_start_up_imports_no_chart_library(tmp_path: Path, demo_workspace_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from insatsplan.ui.main_window import MainWindow\n"
        "from insatsplan.workspace import Workspace\n"
        "window = MainWindow(); window.show()\n"
        f"window.attach(Workspace.open({str(demo_workspace_path)!r}))\n"
        "app.processEvents()\n"
        "print(sorted(window.panel.forms))\n"
        "print([m for m in ('pyqtgraph', 'numpy') if m in sys.modules])\n"
        "window.close()\n")
    result = fresh_process(code)
    forms, heavy = result.stdout.splitlines()[-2:]
    assert "indicator" not in forms
    assert heavy == "[]"


def test_an_indicator_shown_at_start_up_draws_its_chart_after_the_form(
        demo_workspace_path: Path) -> None:
    """Start-up restores the remembered row; when that is an indicator its chart (and
    pyqtgraph with numpy) comes after the editor is ready, not inside start-up."""
    code = (
        "import sys, sqlite3\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from insatsplan.ui.main_window import MainWindow\n"
        "from insatsplan.workspace import Workspace\n"
        "heavy = lambda: [m for m in ('numpy', 'pyqtgraph') if m in sys.modules]\n"
        f"path = {str(demo_workspace_path)!r}\n"
        "window = MainWindow(); window.show(); window.attach(Workspace.open(path))\n"
        "uuid, = sqlite3.connect(path).execute(\"SELECT uuid FROM node WHERE kind = "
        "'indicator' ORDER BY id\").fetchone()\n"
        "window.select_node(1, uuid)\n"
        "section = window.panel.current_form().follow_up\n"
        "print(heavy(), section.chart is None, bool(section.table.model.rows))\n"
        "import time; end = time.monotonic() + 30\n"
        "while len(heavy()) < 2 and time.monotonic() < end: app.processEvents()\n"
        "print(heavy())\n"
        "window.close()\n")
    result = fresh_process(code)
    at_selection, afterwards = result.stdout.splitlines()[-2:]
    assert at_selection == "[] True True"  # the table is there, the chart not yet
    assert afterwards == "['numpy', 'pyqtgraph']"


# --------------------------------------------------------------------- the table


def test_the_table_shows_the_series_sorted_the_swedish_way(window: MainWindow) -> None:
    table = show_indicator(window)
    model = table.model
    assert window.ws is not None
    file_rows = stored(window.ws.path, series_uuid(table))
    assert [row.stored.period for row in model.rows if row.stored] == [r[0] for r in file_rows]
    assert table.view.accessibleName() == "Measurements"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Period", "Value", "Note", "Source"]
    big = row_of(model, file_rows[-1][0])
    assert cell(model, big, VALUE) == "\u00a0".join(
        f"{int(Decimal(file_rows[-1][1])):,}".split(","))


def test_a_typed_value_is_stored_and_undone_as_one_step(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    model = table.model
    last = len(before) - 1
    steps = window.stack.count()
    assert model.setData(model.index(last, VALUE), "1 234,5")
    after = stored(window.ws.path, uuid)
    assert after[last][:2] == (before[last][0], "1234.5")
    assert window.stack.count() == steps + 1
    assert cell(model, last, VALUE) == "1\u00a0234,5"
    assert "1\u00a0234,5" in section(window).status.text()  # the sentence follows live
    window.undo()
    assert stored(window.ws.path, uuid) == before
    assert cell(model, last, VALUE) != "1\u00a0234,5"
    window.redo()
    assert stored(window.ws.path, uuid)[last][1] == "1234.5"


def test_typing_into_the_view_with_keys(qtbot: Any, window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    index = table.model.index(0, NOTE)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = table.view.indexWidget(index)
    assert editor is not None
    editor.setText("Räknat för hand")  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, " (2)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: stored(window.ws.path, uuid)[0][2] == "Räknat för hand (2)",
                    timeout=2000)
    assert table.view.indexWidget(index) is None  # the editor closed


def test_a_bad_value_shows_its_problem_and_stores_nothing(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    steps = window.stack.count()
    model = table.model
    model.setData(model.index(0, VALUE), "tolv")
    assert stored(window.ws.path, uuid) == before
    assert window.stack.count() == steps
    assert cell(model, 0, VALUE) == "tolv"  # what was typed stays, to be corrected
    problem = cell(model, 0, VALUE, Qt.ItemDataRole.ToolTipRole)
    assert problem and "tolv" in problem
    assert cell(model, 0, VALUE, Qt.ItemDataRole.BackgroundRole) is not None
    assert table.problem.text().startswith(f"{period_label(before[0][0])}, Value: ")
    assert not table.problem.isHidden() and "tolv" in table.problem.text()
    model.setData(model.index(0, VALUE), "12,5")
    assert stored(window.ws.path, uuid)[0][1] == "12.5"
    assert table.problem.isHidden()


@pytest.mark.parametrize(("typed", "canonical"), [
    ("VT 2031", "2031-VT"), ("HT 2031", "2031-HT"), ("2031 K1", "2031-Q1"),
    ("Q2 2031", "2031-Q2"), ("mars 2031", "2031-03"), ("2031-03-15", "2031-03-15"),
    ("2031", "2031")])
def test_a_new_row_is_stored_with_its_period_in_canonical_form(
        window: MainWindow, typed: str, canonical: str) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    model = table.model
    steps = window.stack.count()
    table.add_row()
    new = len(model.rows) - 1
    model.setData(model.index(new, PERIOD), typed)
    assert stored(window.ws.path, uuid) == before  # no value yet: nothing stored
    model.setData(model.index(new, VALUE), "7")
    assert stored(window.ws.path, uuid) == [*before, (canonical, "7", "", "")]
    assert window.stack.count() == steps + 1
    assert cell(model, row_of(model, canonical), PERIOD) == period_label(canonical)


def test_a_period_already_there_is_refused(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    model = table.model
    model.setData(model.index(1, PERIOD), before[0][0])
    assert stored(window.ws.path, uuid) == before
    assert cell(model, 1, PERIOD, Qt.ItemDataRole.ToolTipRole)


def test_changing_a_period_moves_the_value_in_one_step(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    model = table.model
    steps = window.stack.count()
    model.setData(model.index(0, PERIOD), "VT 2010")
    after = stored(window.ws.path, uuid)
    assert after[0] == ("2010-VT", *before[0][1:])
    assert [r[0] for r in after[1:]] == [r[0] for r in before[1:]]
    assert window.stack.count() == steps + 1
    window.undo()
    assert stored(window.ws.path, uuid) == before


def test_deleting_rows_with_del_is_one_step(qtbot: Any, window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    steps = window.stack.count()
    view = table.view
    view.selectRow(0)
    view.selectionModel().select(table.model.index(2, 0), view.selectionModel().SelectionFlag
                                 .Select | view.selectionModel().SelectionFlag.Rows)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored(window.ws.path, uuid) == [before[1], *before[3:]]
    assert window.stack.count() == steps + 1
    window.undo()
    assert stored(window.ws.path, uuid) == before
    window.redo()
    assert stored(window.ws.path, uuid) == [before[1], *before[3:]]


def test_a_pasted_block_with_a_header_is_one_step(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    steps = window.stack.count()
    block = ("Period\tVärde\tKommentar\tKälla\r\n"
             "VT 2031\t12,5\tEnkät\tSCB\r\n"
             "HT 2031\t1\u00a0234\t\t\r\n"
             "\r\n")
    table.paste(block)
    assert table.problem.isHidden()
    assert stored(window.ws.path, uuid) == [*before, ("2031-VT", "12.5", "Enkät", "SCB"),
                                            ("2031-HT", "1234", "", "")]
    assert window.stack.count() == steps + 1
    window.undo()
    assert stored(window.ws.path, uuid) == before
    window.redo()
    assert len(stored(window.ws.path, uuid)) == len(before) + 2


def test_a_block_without_header_replaces_values_of_its_periods(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    table.paste(f"{before[0][0]}\t99\n2032\t1 000,25\n")
    after = stored(window.ws.path, uuid)
    assert after[0] == (before[0][0], "99", "", "")
    assert after[-1] == ("2032", "1000.25", "", "")
    window.undo()
    assert stored(window.ws.path, uuid) == before  # the replaced value and note come back


@pytest.mark.parametrize(("block", "named"), [
    ("2031\t12\n2032\ttolv\n", "Row 2, column Value"),
    ("Period\tVärde\n2031\t12\nvår 2032\t3\n", "Row 3, column Period"),
    ("2031\t12\n2031\t13\n", "Row 2 repeats the period 2031 of row 1"),
    ("2031\t\n", "Row 1, column Value"),
    ("2031\t1\tnote\tsource\textra\n", "Row 1 has more than 4 columns"),
])
def test_a_bad_block_stores_nothing_and_names_the_cell(window: MainWindow, block: str,
                                                       named: str) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    steps = window.stack.count()
    table.paste(block)
    assert stored(window.ws.path, uuid) == before
    assert window.stack.count() == steps
    assert not table.problem.isHidden()
    assert named in table.problem.text()


def test_ctrl_v_in_the_table_pastes_from_the_clipboard(qtbot: Any, window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    QApplication.clipboard().setText("2033\t5\n")
    table.view.setFocus()
    qtbot.waitUntil(table.view.hasFocus, timeout=1000)
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(window.ws.path, uuid) == [*before, ("2033", "5", "", "")]
    QApplication.clipboard().clear()


def test_the_table_keys_clash_with_no_window_key(window: MainWindow) -> None:
    table = show_indicator(window)
    keys = bound_keys(window, table.view)
    assert {k: n for k, n in keys.items() if n > 1} == {}
    for key in ("Del", "Ins", "Ctrl+V", "Ctrl+C", "Ctrl+Shift+N"):
        assert keys[key] == 1, key


# ------------------------------------------------------- sealed plans, read-only files


def test_a_signed_plan_keeps_its_measurements_editable(window: MainWindow) -> None:
    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    window.ws.sign_plan(plan_id)
    table = show_indicator(window)
    uuid = series_uuid(table)
    form = window.panel.current_form() if window.panel else None
    assert form is not None and form.read_only  # the plan's content is sealed ...
    model = table.model
    assert model.flags(model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert table.add_button.isEnabled()
    model.setData(model.index(0, VALUE), "3")  # ... its follow-up is not
    assert stored(window.ws.path, uuid)[0][1] == "3"
    window.undo()
    assert stored(window.ws.path, uuid)[0][1] != "3"


def test_a_read_only_file_keeps_the_table_read_only(qtbot: Any,
                                                    demo_workspace_path: Path) -> None:
    ws = Workspace.open(demo_workspace_path, readonly=True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(ws)
    try:
        table = show_indicator(window)
        uuid = series_uuid(table)
        before = stored(demo_workspace_path, uuid)
        model = table.model
        assert not model.flags(model.index(0, VALUE)) & Qt.ItemFlag.ItemIsEditable
        assert not table.add_button.isEnabled()
        assert not model.setData(model.index(0, VALUE), "3")
        table.paste("2031\t5\n")
        assert stored(demo_workspace_path, uuid) == before
    finally:
        window.close()


def test_a_shared_series_says_where_else_it_is_used(window: MainWindow) -> None:
    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    table = show_indicator(window)
    assert table.uses.isHidden()  # only this plan measures it so far
    new_plan = window.ws.new_version(plan_id)
    window.select_node(plan_id, window.ws.node_place(first_indicator(window.ws)).uuid)
    table = show_indicator(window)
    assert not table.uses.isHidden()
    summary = window.ws.plan_summary(new_plan)
    assert str(summary.year_from) in table.uses.text()
    assert table.uses.text().startswith("Also used in:")


def test_the_status_sentence_names_level_and_trend(window: MainWindow) -> None:
    table = show_indicator(window)
    model = table.model
    status = section(window).status
    # Rise, green from 140, yellow 100–140: two values make the level and the trend.
    table.paste("2040\t120\n2041\t150\n")
    assert status.text() == ("Latest value 150\u00a0antal (2041): green level (at least "
                             "140\u00a0antal). Better than 2040.")
    model.setData(model.index(row_of(model, "2041"), VALUE), "110")
    assert status.text() == ("Latest value 110\u00a0antal (2041): yellow level "
                             "(100–140\u00a0antal). Worse than 2040.")
    model.setData(model.index(row_of(model, "2041"), VALUE), "50")
    assert status.text().startswith("Latest value 50\u00a0antal (2041): red level.")


def test_the_view_keeps_working_after_a_refill(qtbot: Any, window: MainWindow) -> None:
    """The workspace's change refills the table while the view's editor commits: the
    next cell can still be typed in."""
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    for row, text in ((0, "42"), (1, "43")):
        index = table.model.index(row, VALUE)
        table.view.setCurrentIndex(index)
        table.view.edit(index)
        editor = table.view.indexWidget(index)
        assert editor is not None
        editor.selectAll()  # type: ignore[attr-defined]
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        QApplication.processEvents()
    assert [r[1] for r in stored(window.ws.path, uuid)[:2]] == ["42", "43"]
    # Tab moved on to the note of the row typed in: the refill kept the current cell.
    assert (table.view.currentIndex().row(), table.view.currentIndex().column()) == (1, NOTE)


def test_undo_shows_the_indicator_whose_values_it_changes(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None and window.panel is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    table.model.setData(table.model.index(0, VALUE), "5")
    window.tree.setCurrentIndex(window.tree.model().index(0, 0))  # elsewhere in the tree
    assert not isinstance(window.panel.current_form(), IndicatorForm)
    window.undo()
    assert stored(window.ws.path, uuid) == before
    form = window.panel.current_form()
    assert isinstance(form, IndicatorForm)
    assert form.target_id == first_indicator(window.ws)
    assert cell(form.follow_up.table.model, 0, VALUE) != "5"


def test_copied_rows_paste_back_into_another_series(qtbot: Any, window: MainWindow) -> None:
    """Ctrl+C gives a block a spreadsheet reads, and the same block pastes back."""
    table = show_indicator(window)
    assert window.ws is not None
    source_rows = stored(window.ws.path, series_uuid(table))
    table.model.setData(table.model.index(0, VALUE), "1234,5")
    view = table.view
    view.selectRow(0)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    block = QApplication.clipboard().text()
    assert block.splitlines() == ["Period\tValue\tNote\tSource",
                                  f"{period_label(source_rows[0][0])}\t1234,5\t"
                                  f"{source_rows[0][2]}\t{source_rows[0][3]}"]
    with sqlite3.connect(f"file:{window.ws.path}?mode=ro", uri=True) as db:
        (other,) = db.execute(
            "SELECT node_id FROM indicator WHERE series_id != (SELECT id FROM series "
            "WHERE uuid = ?) ORDER BY node_id", (series_uuid(table),)).fetchone()
    other_table = show_indicator(window, int(other))
    other_uuid = series_uuid(other_table)
    before = stored(window.ws.path, other_uuid)
    other_table.paste(block.replace(period_label(source_rows[0][0]), "2039"))
    assert stored(window.ws.path, other_uuid) == [
        *before, ("2039", "1234.5", source_rows[0][2], source_rows[0][3])]
    QApplication.clipboard().clear()


def test_a_pasted_note_keeps_its_line_breaks(window: MainWindow) -> None:
    """Excel quotes a cell that holds a line break; the block is read as one table."""
    table = show_indicator(window)
    assert window.ws is not None
    table.paste('2030\t12\t"flera\nrader"\tEgen\n2031\t13\t\t\n')
    rows = {row[0]: row for row in stored(window.ws.path, series_uuid(table))}
    assert rows["2030"] == ("2030", "12", "flera\nrader", "Egen")
    assert rows["2031"][1] == "13"


def test_a_header_in_the_sheets_own_words_reads_in_table_order(window: MainWindow) -> None:
    """ "År, Antal deltagare": the period word is known, the value column takes the
    value's place."""
    table = show_indicator(window)
    assert window.ws is not None
    table.paste("År\tAntal deltagare\n2032\t22\n")
    assert ("2032", "22", "", "") in stored(window.ws.path, series_uuid(table))
