"""The topic form's "Utvärdering" section: what the activity did in a period.

A period chooser (the periods the topic has evaluations for and the plan's year; another
period can be typed, "2025 K1" or "VT 2025"), the status, the number of participants and
the narrative in the project's text format. Follow-up goes on all year, so the section
stays editable on sent and signed plans; only a read-only workspace file (or no sink)
makes it read-only, and the topic form's own read-only switch leaves it alone.

The section is a small :class:`Form` of its own, so its fields behave like every other
field (typed text sent after a pause or on leaving the field, a bad value shown in red
beside the field and never sent). Each change becomes an
:class:`~insatsplan.ui.edits.EvaluationEdit` for the window: one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError
from insatsplan.follow_up.evaluation_words import EVALUATION_WORDS
from insatsplan.limits import MAX_PARTICIPANTS
from insatsplan.model import EVALUATION_STATUSES
from insatsplan.periods import parse_period
from insatsplan.ui.editors.fields import (
    PROBLEM_COLOUR,
    ChoiceBinding,
    LineBinding,
    Problem,
    TextBinding,
    _set_problem_frame,
    shown_period,
    translated,
)
from insatsplan.ui.editors.forms import Form, ProblemListener
from insatsplan.ui.edits import EvaluationEdit, EvaluationSink, EvaluationValues, FieldEdit
from insatsplan.workspace.reads import EvaluationRow

__all__ = ["EvaluationSection", "evaluation_status_word"]


def evaluation_status_word(status: str) -> str:
    """"Genomförd", "Pågår", "Ingen utvärdering": the status as a person says it."""
    word = QCoreApplication.translate("FollowUp", EVALUATION_WORDS.get(
        status, EVALUATION_WORDS["none"]))
    return word[:1].upper() + word[1:]


class ParticipantsBinding(LineBinding):
    """How many took part: a whole number from 0 up, or nothing (sent as int or None)."""

    def __init__(self, form: Form, label: str) -> None:
        super().__init__(form, "evaluation", "participants", label,
                         QCoreApplication.translate("ParticipantsBinding", "e.g. 22"))
        self.widget.setMaximumWidth(120)

    def read(self) -> int | None:
        text = "".join(self.widget.text().split())  # "1 200" as people group thousands
        if not text:
            return None
        if not (text.isascii() and text.isdigit()) or int(text) > MAX_PARTICIPANTS:
            raise Problem(self.tr("Write the number of participants as a whole number from 0 "
                              "to {limit}, or leave it empty.").format(limit=MAX_PARTICIPANTS))
        return int(text)

    def write(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class EvaluationSection(Form):
    """Period, status, participants, narrative and "Ta bort utvärdering" of one topic."""

    def __init__(self, on_problem: ProblemListener, parent: QWidget | None = None) -> None:
        super().__init__(lambda _edit: None, on_problem, parent)
        self.heading.hide()
        outer = self.layout()
        assert outer is not None
        outer.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(2)
        self.node_id: int | None = None
        self.period: str | None = None
        self.rows: dict[str, EvaluationRow] = {}
        self.default_period: str | None = None
        self._sink: EvaluationSink | None = None

        self.period_box = QComboBox()
        self.period_box.setEditable(True)
        self.period_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_box.setMinimumContentsLength(12)
        self.period_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.period_box.setAccessibleName(self.tr("Evaluation period"))
        self.period_box.setToolTip(self.tr("Choose a period, or type another one, for example "
                                       "2025, VT 2025 or 2025 K1, and press Enter"))
        line = self.period_box.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._period_typed)
        self.period_box.activated.connect(self._period_chosen)
        self.period_problem = QLabel()
        self.period_problem.setWordWrap(True)
        self.period_problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.period_problem.hide()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setEnabled(False)
        period_row = QWidget()
        period_layout = QVBoxLayout(period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.setSpacing(2)
        chooser = QHBoxLayout()
        chooser.setContentsMargins(0, 0, 0, 0)
        chooser.addWidget(self.period_box, 0, Qt.AlignmentFlag.AlignLeft)
        chooser.addWidget(self.state, 1)
        period_layout.addLayout(chooser)
        period_layout.addWidget(self.period_problem)
        period_label = QLabel(self.tr("Period"))
        period_label.setBuddy(self.period_box)
        self._row(period_label, period_row)

        self.status = ChoiceBinding(self, "evaluation", "status", self.tr("Status"), [
            (status, evaluation_status_word(status)) for status in EVALUATION_STATUSES])
        self.status.widget.setPlaceholderText(self.tr("Choose…"))  # nothing stored yet
        self.participants = ParticipantsBinding(self, self.tr("Participants"))
        self.add_side_by_side(self.status, self.participants)
        self.text = TextBinding(self, "evaluation", "text", self.tr("What was done"),
                                min_lines=4)
        self.add(self.text)
        self.delete_button = QPushButton(self.tr("Delete evaluation"))
        self.delete_button.setToolTip(self.tr("Remove this period's evaluation (can be undone)"))
        self.delete_button.clicked.connect(lambda _checked=False: self.delete())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.form.addRow(buttons)
        self._update_state()

    # ----------------------------------------------------------------- public

    def set_sink(self, sink: EvaluationSink | None) -> None:
        """Where changes go (the window's undo stack); without one nothing can change."""
        self._sink = sink

    def show_topic(self, node_id: int, rows: Sequence[EvaluationRow],
                   default_period: str) -> None:
        """Show *node_id*'s evaluations: another topic opens at *default_period* (the
        plan's year); the same topic again (after a change) keeps the period shown."""
        fresh = node_id != self.node_id
        self.node_id = node_id
        self.rows = {row.period: row for row in rows}
        self.default_period = default_period
        if fresh or self.period is None:
            self.forget_values()
            self.period = default_period
            self._clear_period_problem()
        self._fill_periods()
        self._load_period()

    def show_period(self, period: str) -> None:
        """Show the evaluation for *period* (canonical or as people write it)."""
        try:
            text = parse_period(period).text
        except UserError as error:
            self._show_period_problem(translated(error))
            return
        self._clear_period_problem()
        if text == self.period:
            self._fill_periods()
            return
        self.flush()  # what was typed belongs to the period shown until now
        self.forget_values()
        self.period = text
        self._fill_periods()
        self._load_period()

    def forget(self) -> None:
        """Show nothing: the next topic is fresh."""
        self.forget_values()
        self.node_id = self.period = None
        self.rows = {}

    def forget_values(self) -> None:
        super().forget()

    def shown_row(self) -> EvaluationRow | None:
        """The stored evaluation for the period shown (None: there is none yet)."""
        return None if self.period is None else self.rows.get(self.period)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_state()

    def delete(self) -> None:
        """"Ta bort utvärdering": remove the shown period's evaluation (one undo step)."""
        if self.read_only or self.node_id is None or self.period is None \
                or self.shown_row() is None:
            return
        for binding in self.bindings.values():  # what was typed goes with the evaluation
            binding.timer.stop()
            binding.dirty = False
        message = self._give(EvaluationEdit(
            self.node_id, self.period, None, "delete",
            self.tr("Delete evaluation {period}").format(period=self._label())))
        if message:
            self.problem_shown(message)

    # ----------------------------------------------------------------- sending

    def send(self, edit: FieldEdit) -> str | None:
        """A field's change, as the whole evaluation with that field changed."""
        if self.node_id is None or self.period is None:
            return None
        stored = {key: binding.stored for key, binding in self.bindings.items()}
        stored[edit.field] = edit.new
        values = EvaluationValues(stored.get("status") or "planned",
                                  stored.get("participants"), stored.get("text") or "")
        return self._give(EvaluationEdit(
            self.node_id, self.period, values, edit.field,
            self.tr("Evaluation {period}: {field}").format(period=self._label(),
                                                      field=edit.label)))

    def _give(self, edit: EvaluationEdit) -> str | None:
        if self._sink is None:
            return self.tr("The evaluation cannot be changed here.")
        return self._sink(edit)

    # ----------------------------------------------------------------- showing

    def _label(self) -> str:
        return shown_period(self.period)

    def _fill_periods(self) -> None:
        """The topic's periods and the plan's year, in time order, the shown one chosen."""
        wanted = set(self.rows) | {p for p in (self.default_period, self.period) if p}
        periods = sorted(wanted, key=_period_order)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in periods:
            self.period_box.addItem(shown_period(period), period)
        self.period_box.setCurrentIndex(self.period_box.findData(self.period))
        self.period_box.blockSignals(False)

    def _load_period(self) -> None:
        row = self.shown_row()
        assert self.node_id is not None
        self.load(self.node_id, {} if row is None else {
            "status": row.status, "participants": row.participants, "text": row.text})
        self._update_state()

    def _update_state(self) -> None:
        row = self.shown_row()
        if self.period is None:
            self.state.setText("")
        elif row is None:
            self.state.setText(self.tr("No evaluation for {period} yet.").format(
                period=self._label()))
        else:
            self.state.setText("")
        self.state.setVisible(bool(self.state.text()))
        self.delete_button.setEnabled(row is not None and not self.read_only)

    def _period_typed(self) -> None:
        """Enter or leaving the period field: show what it names (a listed period's
        text names it too)."""
        line = self.period_box.lineEdit()
        text = "" if line is None else line.text().strip()
        if text:
            self.show_period(text)
        else:
            self._fill_periods()  # an emptied field shows the period again

    def _period_chosen(self, index: int) -> None:
        chosen = self.period_box.itemData(index)
        if chosen is not None:
            self.show_period(str(chosen))

    def _show_period_problem(self, message: str) -> None:
        self.period_problem.setText(message)
        self.period_problem.show()
        _set_problem_frame(self.period_box, True)
        self.problem_shown(message)

    def _clear_period_problem(self) -> None:
        if not self.period_problem.isHidden():
            self.period_problem.hide()
            _set_problem_frame(self.period_box, False)

    @property
    def period_problem_text(self) -> str:
        return "" if self.period_problem.isHidden() else self.period_problem.text()


def _period_order(period: str) -> tuple[Any, ...]:
    try:
        parsed = parse_period(period)
    except UserError:
        return (1, period)
    return (0, parsed.start, parsed.end)

