"""One form per kind of thing: the plan, a focus area, a topic, a goal, an indicator.

The panel builds each form the first time its kind is shown and reuses it for every
plan or node of that kind; showing one only loads values into existing widgets (see
:meth:`Form.load`). Field names, targets
and value shapes are those of :meth:`Workspace.update_plan`, ``update_node``,
``update_indicator``, ``set_parties``, ``set_signatories`` and the horizon move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from insatsplan.ui.editors.fields import (
    BasisBinding,
    Binding,
    BoundBinding,
    CheckListBinding,
    ChoiceBinding,
    DateBinding,
    LevelsBinding,
    LineBinding,
    NumberBinding,
    SignatoriesBinding,
    TextBinding,
    YearBinding,
)
from insatsplan.ui.editors.follow_up import FollowUpSection
from insatsplan.ui.editors.topic_charts import TopicCharts
from insatsplan.ui.edits import FieldEdit

Sender = Callable[[FieldEdit], "str | None"]
ProblemListener = Callable[[str], None]


class Form(QWidget):
    """A column of labelled fields for one kind; knows which plan or node it shows."""

    def __init__(self, send: Sender, on_problem: ProblemListener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._send = send
        self._on_problem = on_problem
        self.target_id: int | None = None
        self.read_only = False
        self.bindings: dict[str, Binding] = {}
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.note.hide()
        self.form = QFormLayout()
        # Labels above fields: the panel is narrow and Swedish labels are long.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addStretch(1)

    # ------------------------------------------------------------ building

    def add(self, binding: Binding) -> Binding:
        """A field with its label above it."""
        self.bindings[binding.key] = binding
        label = QLabel(binding.label)
        label.setBuddy(binding.edit_widgets()[0] if binding.edit_widgets() else binding.widget)
        self._row(label, binding.container)
        return binding

    def add_side_by_side(self, *bindings: Binding) -> None:
        """Short fields in one row, each with its own label (years, amounts)."""
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        for binding in bindings:
            self.bindings[binding.key] = binding
            column = QVBoxLayout()
            column.setSpacing(2)
            label = QLabel(binding.label)
            label.setBuddy(binding.edit_widgets()[0])
            column.addWidget(label)
            column.addWidget(binding.container)
            box.addLayout(column)
        box.addStretch(1)
        self.form.addRow(row)
        self._space()

    def _row(self, label: QLabel, field: QWidget) -> None:
        self.form.addRow(label, field)
        self._space()

    def _space(self) -> None:
        spacer = QWidget()
        spacer.setFixedHeight(4)
        self.form.addRow(spacer)

    # ------------------------------------------------------------ behaviour

    def set_organisations(self, options: Sequence[tuple[str, str]]) -> None:
        """The workspace's organisations as (code, name), for lists that choose them."""
        for binding in self.bindings.values():
            if isinstance(binding, CheckListBinding | SignatoriesBinding):
                binding.set_options(options)

    def load(self, target_id: int, values: dict[str, Any]) -> None:
        """Show the values of *target_id* (another target replaces everything typed)."""
        fresh = target_id != self.target_id
        self.target_id = target_id
        for key, binding in self.bindings.items():
            binding.load(values.get(key), fresh=fresh)

    def forget(self) -> None:
        """Show nothing: the next load is fresh."""
        for binding in self.bindings.values():
            binding.timer.stop()
            binding.dirty = False
        self.target_id = None

    def flush(self) -> None:
        """Send what was typed and not yet sent."""
        for binding in self.bindings.values():
            binding.commit()

    def pending(self) -> bool:
        return any(binding.dirty for binding in self.bindings.values())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for binding in self.bindings.values():
            binding.apply_read_only(read_only)

    def send(self, edit: FieldEdit) -> str | None:
        return self._send(edit)

    def problem_shown(self, message: str) -> None:
        self._on_problem(message)


class PlanForm(Form):
    """The plan's own fields: title page, preamble, basis, parties, signatures."""

    def __init__(self, send: Sender, on_problem: ProblemListener,
                 parent: QWidget | None = None) -> None:
        super().__init__(send, on_problem, parent)
        self.heading.setText(self.tr("Plan"))
        self.add(TextBinding(self, "plan", "title", self.tr("Title"), single_line=True))
        self.add(TextBinding(self, "plan", "subtitle", self.tr("Subtitle"), single_line=True))
        self.add_side_by_side(YearBinding(self, "plan", "year_from", self.tr("Year from")),
                              YearBinding(self, "plan", "year_to", self.tr("Year to")))
        self.add(TextBinding(self, "plan", "preamble", self.tr("Introduction"), min_lines=5))
        self.add(BasisBinding(self, "plan", "basis",
                              self.tr("This agreement is based on")))
        self.add(CheckListBinding(self, "parties", "parties", self.tr("Parties")))
        self.add(SignatoriesBinding(self, "signatories", "signatories",
                                    self.tr("Signatories")))
        self.add(TextBinding(self, "plan", "coordinator", self.tr("Coordinator"),
                             single_line=True))
        self.add(DateBinding(self, "plan", "reporting_deadline",
                             self.tr("Reporting deadline")))


class FocusAreaForm(Form):
    """A focus area: its heading and introduction."""

    def __init__(self, send: Sender, on_problem: ProblemListener,
                 parent: QWidget | None = None) -> None:
        super().__init__(send, on_problem, parent)
        self.heading.setText(self.tr("Focus area"))
        self.add(TextBinding(self, "node", "title", self.tr("Title"), single_line=True))
        self.add(TextBinding(self, "node", "text", self.tr("Introduction"), min_lines=4))


class TopicForm(Form):
    """A topic (the report's "insats") with the report's labelled fields."""

    def __init__(self, send: Sender, on_problem: ProblemListener,
                 parent: QWidget | None = None) -> None:
        super().__init__(send, on_problem, parent)
        self.heading.setText(self.tr("Topic"))
        self.add(TextBinding(self, "node", "title", self.tr("Title"), single_line=True))
        self.add(TextBinding(self, "node", "text", self.tr("Introduction")))
        self.add(TextBinding(self, "node", "background", self.tr("Background")))
        self.add(TextBinding(self, "node", "purpose", self.tr("Purpose")))
        self.add(TextBinding(self, "node", "target_group", self.tr("Target group"),
                             min_lines=2))
        self.add(CheckListBinding(self, "node", "responsible_organisations",
                                  self.tr("Responsible administrations")))
        self.add(TextBinding(self, "node", "responsible_people",
                             self.tr("Named responsible people"), single_line=True))
        self.add(TextBinding(self, "node", "timeline", self.tr("Timeline"), min_lines=2))
        self.add(ChoiceBinding(
            self, "node", "measurable_answer",
            self.tr("Are there measurable goals in the area?"),
            [(None, self.tr("Not answered")), ("yes", self.tr("Yes")),
             ("no", self.tr("No"))]))
        self.add(TextBinding(self, "node", "measurable_text",
                             self.tr("About the measurable goals"), min_lines=2))
        self.add(TextBinding(self, "node", "funding_source", self.tr("Funding"),
                             single_line=True))
        amount = NumberBinding(self, "node", "funding_amount", self.tr("Amount (SEK)"))
        amount.widget.setMaximumWidth(160)
        self.add(amount)
        # The indicators' trend charts, together per unit: not a binding (nothing to
        # write), drawn only when opened; the panel fills it.
        self.charts = TopicCharts(self)
        charts_label = QLabel(self.tr("Trend charts"))
        charts_label.setBuddy(self.charts.button)
        self._row(charts_label, self.charts)
        # Follow-up: a form of its own, so the form's read-only switch (a sealed plan)
        # leaves it editable; the panel fills it and makes it read-only for a read-only
        # file. (Imported here: the section is a Form too.)
        from insatsplan.ui.editors.evaluation import EvaluationSection

        self.evaluation = EvaluationSection(on_problem, self)
        evaluation_label = QLabel(self.tr("Evaluation"))
        font = QFont(evaluation_label.font())
        font.setBold(True)
        evaluation_label.setFont(font)
        evaluation_label.setBuddy(self.evaluation.period_box)
        self._row(evaluation_label, self.evaluation)

    def forget(self) -> None:
        super().forget()
        self.charts.forget()
        self.evaluation.forget()

    def flush(self) -> None:
        super().flush()
        self.evaluation.flush()

    def pending(self) -> bool:
        return super().pending() or self.evaluation.pending()


class GoalForm(Form):
    """A goal: the bullet text as printed, and which section it is in."""

    def __init__(self, send: Sender, on_problem: ProblemListener,
                 parent: QWidget | None = None) -> None:
        super().__init__(send, on_problem, parent)
        self.heading.setText(self.tr("Goal"))
        self.add(TextBinding(self, "node", "title", self.tr("Goal text"), single_line=True,
                             min_lines=3))
        self.horizon = ChoiceBinding(self, "horizon", "horizon", self.tr("Horizon"),
                                     [("short", self.tr("Short-term")),
                                      ("long", self.tr("Long-term"))])
        self.add(self.horizon)

    def load(self, target_id: int, values: dict[str, Any]) -> None:
        """A nested goal follows its parent goal's horizon, so it cannot choose one."""
        super().load(target_id, values)
        nested = bool(values.get("nested"))
        self.horizon.set_enabled(not nested)
        self.horizon.widget.setToolTip(
            self.tr("A goal under another goal has that goal's horizon.") if nested else "")


class IndicatorForm(Form):
    """A measurable indicator: name, unit, direction, source, baseline, target, levels."""

    def __init__(self, send: Sender, on_problem: ProblemListener,
                 parent: QWidget | None = None) -> None:
        super().__init__(send, on_problem, parent)
        self.heading.setText(self.tr("Indicator"))
        self.add(TextBinding(self, "node", "title", self.tr("Name"), single_line=True,
                             min_lines=2))
        self.add(ChoiceBinding(self, "horizon", "horizon", self.tr("Horizon"),
                               [("short", self.tr("Short-term")),
                                ("long", self.tr("Long-term"))]))
        self.add(LineBinding(self, "indicator", "unit", self.tr("Unit"),
                             self.tr("e.g. percent, number, days")))
        self.add(ChoiceBinding(self, "indicator", "direction", self.tr("Direction"),
                               [("rise", self.tr("Rise")), ("fall", self.tr("Fall")),
                                ("hold", self.tr("Hold"))]))
        self.add(LineBinding(self, "indicator", "data_source", self.tr("Data source")))
        self.add(BoundBinding(self, "indicator", "baseline", self.tr("Baseline")))
        self.add(BoundBinding(self, "indicator", "target", self.tr("Target")))
        self.add(LevelsBinding(self, "indicator", "levels", self.tr("Traffic light")))
        # Follow-up: not a binding, so the form's read-only switch (a sealed plan) leaves
        # it editable; the panel fills it and makes it read-only for a read-only file.
        self.follow_up = FollowUpSection(self)
        follow_up_label = QLabel(self.tr("Measurements"))
        follow_up_label.setBuddy(self.follow_up.table.view)
        self._row(follow_up_label, self.follow_up)

    def forget(self) -> None:
        super().forget()
        self.follow_up.forget()


FORM_CLASSES: dict[str, type[Form]] = {
    "plan": PlanForm,
    "focus_area": FocusAreaForm,
    "topic": TopicForm,
    "goal": GoalForm,
    "indicator": IndicatorForm,
}

__all__ = ["FORM_CLASSES", "Form", "IndicatorForm", "TopicForm"]
