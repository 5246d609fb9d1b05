"""Hostile and clumsy input in the editor's follow-up: blocks pasted from spreadsheets
and files chosen in Arkiv → Importera statistik…, read back from the file through a
second connection. Each case failed before its fix (a traceback, a hang, a silently
changed or lost value)."""

from __future__ import annotations

import json
import os
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_measurements_table import series_uuid, show_indicator, stored

from insatsplan.ui.dialogs import import_statistics
from insatsplan.ui.dialogs.import_statistics import ImportStatisticsDialog
from insatsplan.ui.editors.measurements_table import PasteProblem, changes_from_block
from insatsplan.ui.main_window import MainWindow


def test_a_pasted_note_keeps_its_line_break_and_its_quotation_marks(window: MainWindow
                                                                    ) -> None:
    """Excel quotes a cell with a line break; a note that only starts with a quotation
    mark is not quoted. Before: the line break was lost, "Hej" lost its marks, and an
    unpaired mark swallowed the next row (one value stored instead of two)."""
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    steps = window.stack.count()
    table.paste('2031\t1\t"rad 1\r\nrad 2"\r\n'
                '2032\t2\t"Hej" sa hon\r\n'
                '2033\t3\t"ej stängt\r\n'
                '2034\t4\t"""citat"" i cell"\r\n')
    assert table.problem.isHidden(), table.problem.text()
    assert stored(window.ws.path, uuid) == [
        *before, ("2031", "1", "rad 1\nrad 2", ""), ("2032", "2", '"Hej" sa hon', ""),
        ("2033", "3", '"ej stängt', ""), ("2034", "4", '"citat" i cell', "")]
    assert window.stack.count() == steps + 1


def test_a_pasted_cell_longer_than_the_csv_limit_is_no_traceback(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    table.paste("2031\t1\t" + "x" * 200_000 + "\n")
    assert table.problem.isHidden(), table.problem.text()
    assert stored(window.ws.path, uuid)[-1][2] == "x" * 200_000


def test_a_block_copied_with_a_byte_order_mark_keeps_its_header(window: MainWindow) -> None:
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    table.paste("\ufeffVärde\tPeriod\n7\tVT 2031\n")
    assert table.problem.isHidden(), table.problem.text()
    assert stored(window.ws.path, uuid)[-1] == ("2031-VT", "7", "", "")


def test_thousands_of_pasted_rows_are_one_step_both_ways(window: MainWindow) -> None:
    """5,000 rows (a daily series since 1990): stored, undone and redone whole. Measured
    with 10,000 rows: 20 s before (one query per row, an audit stamp quadratic in the
    rows), 3.5 s after; 100,000 rows about 30 s, from many minutes."""
    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    before = stored(window.ws.path, uuid)
    first = date(1990, 1, 1)
    block = "".join(f"{(first + timedelta(days=i)).isoformat()}\t{i},5\n"
                    for i in range(5000))
    table.paste(block)
    assert table.problem.isHidden(), table.problem.text()
    after = stored(window.ws.path, uuid)
    assert len(after) == len(before) + 5000 and table.model.rowCount() == len(after)
    assert ("1990-01-01", "0.5", "", "") in after
    window.undo()
    assert stored(window.ws.path, uuid) == before
    window.redo()
    assert stored(window.ws.path, uuid) == after


# ------------------------------------------------------------ the import dialog

@pytest.fixture
def dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ImportStatisticsDialog:
    """Arkiv → Importera statistik… on the demo's first indicator, kept open."""
    show_indicator(window)
    dialogs: list[ImportStatisticsDialog] = []

    def keep(self: ImportStatisticsDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(import_statistics.ImportStatisticsDialog, "exec", keep)
    window.import_statistics_action.trigger()
    return dialogs[-1]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_choosing_a_fifo_in_the_import_dialog_says_so_and_does_not_hang(
        dialog: ImportStatisticsDialog, tmp_path: Path) -> None:
    fifo = tmp_path / "statistik.json"
    os.mkfifo(fifo)
    # Before the fix the editor blocked here for ever: free it if it still does.
    rescue = threading.Timer(5, lambda: open(fifo, "wb").close())
    rescue.start()
    try:
        dialog.load_file(fifo)
    finally:
        rescue.cancel()
    assert "not a regular file" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_file_naming_two_time_dimensions_previews_instead_of_crashing(
        dialog: ImportStatisticsDialog, tmp_path: Path) -> None:
    path = tmp_path / "tid.json"
    path.write_text(json.dumps({
        "version": "2.0", "class": "dataset", "id": ["Region", "Tid"], "size": [1, 2],
        "dimension": {"Region": {"category": {"index": {"0180": 0}}},
                      "Tid": {"category": {"index": {"2020": 0, "2021": 1}}}},
        "role": {"time": ["Region", "Tid"]}, "value": [1, 2]}), encoding="utf-8")
    dialog.load_file(path)
    assert dialog.error_label.text() == ""
    assert dialog.preview_table.rowCount() == 2


_BLOCK = st.lists(st.sampled_from(
    [*'\t\n\r" ;,.-–0123456789', "2024", "VT 2024", "Period", "Värde", "Källa", "12,5",
     "1\u00a0234", "\ufeff", '""', "x" * 4]),
    max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_BLOCK)
def test_any_pasted_block_gives_changes_or_names_its_problem(text: str) -> None:
    try:
        changes = changes_from_block(text, 1)
    except PasteProblem as problem:
        assert problem.message
        return
    periods = [change.period for change in changes]
    assert len(periods) == len(set(periods))
    assert all(change.new is not None and change.new.period == change.period
               for change in changes)


def test_typed_markup_is_shown_as_typed_not_as_html(window: MainWindow) -> None:
    """QLabel reads text that looks like HTML as HTML: a typed "<h1>…" became a huge
    heading in the problem line, and a plan title with markup did the same."""
    from PySide6.QtCore import Qt

    from insatsplan.ui.editors.measurements_table import VALUE

    table = show_indicator(window)
    table.model.type_cell(0, VALUE, '<h1 style="font-size:200px">12</h1>')
    assert "<h1" in table.problem.text()
    assert table.problem.textFormat() == Qt.TextFormat.PlainText
    assert table.uses.textFormat() == Qt.TextFormat.PlainText
    assert table.problem.sizeHint().height() < 200


def test_copied_rows_never_hold_a_cell_excel_would_run_and_paste_back_exactly(
        window: MainWindow) -> None:
    """A source from a statistics file ("=HYPERLINK(…)", "@SUM(…)") or a note went to the
    clipboard as it was, and Excel runs such a pasted cell as a formula."""
    from insatsplan.ui.editors.measurements_table import PERIOD

    table = show_indicator(window)
    assert window.ws is not None
    uuid = series_uuid(table)
    series_id = table.model.series.id if table.model.series else 0
    window.ws.set_measurement(series_id, "2031", "1", note="=cmd|' /C calc'!A0",
                              source='=HYPERLINK("http://example.invalid")')
    window.ws.set_measurement(series_id, "2032", "2", note="+1+1", source="@SUM(A1)")
    rows = [n for n, row in enumerate(table.model.rows)
            if row.stored is not None and row.stored.period in ("2031", "2032")]
    block = table.model.block(rows)
    cells = [cell for line in block.splitlines()[1:] for cell in line.split("\t")]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@")]
    original = stored(window.ws.path, uuid)[-2:]
    window.ws.delete_measurement(series_id, "2031")
    window.ws.delete_measurement(series_id, "2032")
    table.paste(block)
    assert table.problem.isHidden(), table.problem.text()
    assert stored(window.ws.path, uuid)[-2:] == original
    assert table.model.data(table.model.index(rows[0], PERIOD)) == "2031"


def test_pasting_a_header_alone_is_nothing_to_paste_not_an_empty_step(
        window: MainWindow) -> None:
    """Before: "Paste 0 values" on the undo stack and an empty row in the operation log."""
    import sqlite3

    table = show_indicator(window)
    assert window.ws is not None
    path, steps = window.ws.path, window.stack.count()

    def logged() -> int:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return int(db.execute("SELECT count(*) FROM operation_log").fetchone()[0])

    before = logged()
    table.paste("Period\tVärde\tKommentar\r\n\r\n\t\t\r\n")
    assert "nothing to paste" in table.problem.text()
    assert (window.stack.count(), logged()) == (steps, before)


@pytest.mark.parametrize(("column", "typed"), [(1, "{value},0"), (1, " {value} "),
                                               (2, "{note}  "), (0, " {period}")])
def test_retyping_a_stored_cell_the_same_is_no_undo_step(
        window: MainWindow, column: int, typed: str) -> None:
    """Before: "68,0" typed over 68 (or a note with a trailing space) was a "Change
    value" undo step and an operation log row that changed nothing."""
    table = show_indicator(window)
    assert window.ws is not None
    row = table.model.rows[0]
    assert row.stored is not None
    table.model.type_cell(0, 2, "anteckning")  # a note to retype
    row = table.model.rows[0]
    assert row.stored is not None and row.stored.note == "anteckning"
    steps = window.stack.count()
    before = stored(window.ws.path, series_uuid(table))
    table.model.type_cell(0, column, typed.format(value=row.stored.value,
                                                  note=row.stored.note,
                                                  period=row.stored.period))
    assert table.problem.isHidden(), table.problem.text()
    assert window.stack.count() == steps
    assert stored(window.ws.path, series_uuid(table)) == before
