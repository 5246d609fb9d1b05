"""The topic form's "Utvärdering" section: each change one undo step, open after signing.

A real main window on the demo plan (2025). What the section stores is read back through
a second, read-only connection to the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from insatsplan.ui.editors.evaluation import EvaluationSection
from insatsplan.ui.editors.fields import DEBOUNCE_MS
from insatsplan.ui.editors.forms import TopicForm
from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace
from insatsplan.workspace.reads import EvaluationRow


def stored(path: Path, node_id: int, period: str = "2025") -> EvaluationRow | None:
    """The evaluation as the file holds it, read by a second connection."""
    with Workspace.open(path, readonly=True) as other:
        return other.evaluation(node_id, period)


def open_topic(window: MainWindow, node_id: int) -> EvaluationSection:
    assert window.ws is not None and window.model is not None and window.panel is not None
    place = window.ws.node_place(node_id)
    window.select_node(place.plan_id, place.uuid)
    form = window.panel.current_form()
    assert isinstance(form, TopicForm) and form.target_id == node_id
    return form.evaluation


def unevaluated_topic(window: MainWindow) -> int:
    assert window.ws is not None and window.model is not None
    assert window.model.plan_id is not None
    return window.ws.evaluation_overview(window.model.plan_id, "2025").without_evaluation()[0]


def evaluated_topic(window: MainWindow) -> int:
    assert window.ws is not None and window.model is not None
    assert window.model.plan_id is not None
    return next(each.node_id for each in window.ws.evaluation_overview(
        window.model.plan_id, "2025").activities if each.evaluation is not None
        and each.evaluation.period == "2025" and each.evaluation.participants)


def choose_status(section: EvaluationSection, status: str) -> None:
    combo = section.status.widget
    index = section.status.values.index(status)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_participants(qtbot: QtBot, section: EvaluationSection, text: str) -> None:
    edit = section.participants.widget
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_text(qtbot: QtBot, section: EvaluationSection, text: str) -> None:
    edit = section.text.widget
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    edit.committed.emit()  # what leaving the field does


def test_the_section_opens_at_the_plans_year_and_shows_what_is_stored(
        window: MainWindow, workspace_path: Path) -> None:
    topic = evaluated_topic(window)
    section = open_topic(window, topic)
    row = stored(workspace_path, topic)
    assert row is not None
    assert section.period == "2025"
    assert section.period_box.currentText() == "2025"
    assert section.status.read() == row.status
    assert section.participants.widget.text() == str(row.participants)
    assert section.text.widget.markdown() == row.text
    # the other periods with evaluations are in the chooser, in time order
    periods = [section.period_box.itemData(i) for i in range(section.period_box.count())]
    assert periods == sorted(periods) and "2025" in periods


def test_each_field_is_stored_and_each_change_is_one_undo_step(
        window: MainWindow, workspace_path: Path, qtbot: QtBot) -> None:
    topic = unevaluated_topic(window)
    section = open_topic(window, topic)
    assert stored(workspace_path, topic) is None
    assert "No evaluation for 2025" in section.state.text()
    assert not section.delete_button.isEnabled()
    steps = window.stack.count()

    choose_status(section, "ongoing")
    assert stored(workspace_path, topic) == EvaluationRow(topic, "2025", "2025", "ongoing",
                                                          None, "")
    type_participants(qtbot, section, "22")
    assert stored(workspace_path, topic) == EvaluationRow(topic, "2025", "2025", "ongoing",
                                                          22, "")
    type_text(qtbot, section, "Tre traffar")
    qtbot.keyClick(section.text.widget, Qt.Key.Key_Return)
    edit = section.text.widget
    edit.setFocus()
    edit.toggle_bullet()
    qtbot.keyClicks(edit, "VT: 12 deltagare")
    edit.committed.emit()
    row = stored(workspace_path, topic)
    assert row is not None and row.text == "Tre traffar\n\n- VT: 12 deltagare"
    assert window.stack.count() == steps + 3  # the two text commits merged into one
    assert section.delete_button.isEnabled()

    window.undo()
    assert stored(workspace_path, topic) == EvaluationRow(topic, "2025", "2025", "ongoing",
                                                          22, "")
    assert section.text.widget.markdown() == ""
    window.undo()
    assert stored(workspace_path, topic) == EvaluationRow(topic, "2025", "2025", "ongoing",
                                                          None, "")
    window.undo()
    assert stored(workspace_path, topic) is None
    assert section.status.read() is None
    window.redo()
    window.redo()
    window.redo()
    assert stored(workspace_path, topic) == row
    assert section.text.widget.markdown() == row.text


def test_typing_in_pieces_is_one_step_not_one_per_keystroke(
        window: MainWindow, workspace_path: Path, qtbot: QtBot) -> None:
    topic = evaluated_topic(window)
    section = open_topic(window, topic)
    before = stored(workspace_path, topic)
    assert before is not None
    steps = window.stack.count()
    edit = section.text.widget
    edit.setFocus()
    for piece in (" Mer", " om", " hosten."):
        qtbot.keyClicks(edit, piece)
        qtbot.wait(DEBOUNCE_MS + 150)  # each pause sends what was typed
    row = stored(workspace_path, topic)
    assert row is not None and row.text == before.text + " Mer om hosten."
    assert window.stack.count() == steps + 1
    window.undo()
    assert stored(workspace_path, topic) == before


def test_delete_and_undo_restore_exactly_the_row(window: MainWindow, workspace_path: Path
                                                 ) -> None:
    topic = evaluated_topic(window)
    section = open_topic(window, topic)
    before = stored(workspace_path, topic)
    assert before is not None
    section.delete_button.click()
    assert stored(workspace_path, topic) is None
    assert section.status.read() is None and section.text.widget.markdown() == ""
    assert "Delete evaluation 2025" in window.stack.undoText()
    window.undo()
    assert stored(workspace_path, topic) == before
    assert section.text.widget.markdown() == before.text
    window.redo()
    assert stored(workspace_path, topic) is None


def test_evaluations_stay_editable_on_a_signed_plan(window: MainWindow,
                                                     workspace_path: Path) -> None:
    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    window.ws.sign_plan(plan_id, signed_on="2025-02-01", unverified=True)
    fingerprint = window.ws.seal_state(plan_id)
    topic = unevaluated_topic(window)
    form_section = open_topic(window, topic)
    form = window.panel.current_form() if window.panel else None
    assert isinstance(form, TopicForm)
    assert form.read_only  # the plan's content is sealed ...
    assert not form_section.read_only  # ... its follow-up is not
    choose_status(form_section, "done")
    row = stored(workspace_path, topic)
    assert row is not None and row.status == "done"
    state = window.ws.seal_state(plan_id)
    assert state is not None and not state.broken  # outside the fingerprint
    assert state == fingerprint
    window.undo()
    assert stored(workspace_path, topic) is None


@pytest.mark.parametrize("typed", ["-3", "tolv", "2,5", "2000000000"])
def test_a_bad_number_of_participants_is_refused_in_red_and_nothing_is_stored(
        window: MainWindow, workspace_path: Path, qtbot: QtBot, typed: str) -> None:
    topic = evaluated_topic(window)
    section = open_topic(window, topic)
    before = stored(workspace_path, topic)
    steps = window.stack.count()
    type_participants(qtbot, section, typed)
    assert "whole number" in section.participants.problem_text
    assert section.participants.widget.property("problem") is True
    assert stored(workspace_path, topic) == before
    assert window.stack.count() == steps
    type_participants(qtbot, section, "")  # emptied: no number, which is allowed
    row = stored(workspace_path, topic)
    assert row is not None and row.participants is None
    assert section.participants.problem_text == ""


def test_another_period_can_be_typed(window: MainWindow, workspace_path: Path,
                                     qtbot: QtBot) -> None:
    topic = evaluated_topic(window)
    section = open_topic(window, topic)
    line = section.period_box.lineEdit()
    assert line is not None
    section.period_box.setFocus()  # Enter in the tree would add a row
    assert line.hasFocus()
    line.selectAll()
    qtbot.keyClicks(line, "2025 K7")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "Invalid period" in section.period_problem_text
    assert section.period == "2025"
    line.selectAll()
    qtbot.keyClicks(line, "q3 2025")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert section.period == "2025-Q3" and section.period_problem_text == ""
    assert section.period_box.currentText() == "2025 K3"
    assert section.status.read() is None  # nothing for the quarter yet
    choose_status(section, "postponed")
    row = stored(workspace_path, topic, "2025-Q3")
    assert row is not None and row.status == "postponed" and row.period_label == "2025 K3"
    assert stored(workspace_path, topic) is not None  # the year's own is untouched
    section.show_period("2025")
    assert section.period == "2025"
    window.undo()  # undo shows the period it changed
    assert section.period == "2025-Q3"
    assert stored(workspace_path, topic, "2025-Q3") is None


def test_a_read_only_workspace_shows_evaluations_without_changing_them(
        qtbot: QtBot, demo_workspace_path: Path) -> None:
    with Workspace.open(demo_workspace_path, readonly=True) as ws:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.attach(ws)
        topic = evaluated_topic(window)
        section = open_topic(window, topic)
        assert section.read_only
        assert not section.delete_button.isEnabled()
        assert section.text.widget.isReadOnly()
        window.close()


def test_the_section_is_reached_at_the_end_of_the_topic_form(window: MainWindow,
                                                             tmp_path: Path) -> None:
    """Scrolled to, the section and its delete button are on screen (the picture it
    saves is the one looked at while building it)."""
    window.resize(1300, 900)
    topic = evaluated_topic(window)
    section = open_topic(window, topic)
    assert window.panel is not None
    page = window.panel.stack.currentWidget()
    page.ensureWidgetVisible(section.delete_button)  # type: ignore[attr-defined]
    picture = window.grab()
    assert picture.save(str(tmp_path / "eval.png"))
    assert section.isVisible() and section.delete_button.isVisible()
