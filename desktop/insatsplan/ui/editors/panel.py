"""The right-hand editor panel: the form for whatever the tree has selected.

The panel builds one form per kind the first time that kind is shown and then swaps
between them, so start-up builds no form at all and selecting a node costs one small
query and filling existing widgets (measured at a few milliseconds on a large
workspace); only the first node of a kind pays for its form's widgets. It listens to
the workspace: when the shown plan or node changes elsewhere (undo, another editor,
the tree's rename) it reloads the values, leaving alone any field the person has
typed in and not yet sent.

The panel never writes to the workspace. Every change goes to the window's
:data:`~insatsplan.ui.edits.EditSink` as a :class:`~insatsplan.ui.edits.FieldEdit`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from insatsplan.errors import UserError
from insatsplan.ui.editors.fields import PROBLEM_COLOUR
from insatsplan.ui.editors.forms import FORM_CLASSES, Form, IndicatorForm, TopicForm
from insatsplan.ui.edits import (
    ComparisonEdit,
    ComparisonSink,
    EditSink,
    EvaluationEdit,
    EvaluationSink,
    FieldEdit,
    MeasurementEdit,
    MeasurementSink,
)
from insatsplan.workspace import Change, Workspace
from insatsplan.workspace.form_values import FormValues

if TYPE_CHECKING:
    from insatsplan.workspace.reads import MeasurementChange

__all__ = ["EditorPanel"]

_STYLE = f"""
QLineEdit[problem="true"], QTextEdit[problem="true"], QTableWidget[problem="true"] {{
    border: 2px solid {PROBLEM_COLOUR};
    border-radius: 2px;
}}
"""


class EditorPanel(QWidget):
    """Shows and edits one plan or node; see the module docstring."""

    #: A message for the status bar (a refused or invalid value).
    status_message = Signal(str)

    def __init__(self, ws: Workspace, sink: EditSink, parent: QWidget | None = None, *,
                 measurements: MeasurementSink | None = None,
                 comparisons: ComparisonSink | None = None,
                 evaluations: EvaluationSink | None = None) -> None:
        """*measurements*: where the indicator form's table sends its edits (the
        window's undo stack); without it the table is read-only. *comparisons*: where
        the chart's "Compare with" stores a choice; without it a choice lasts the session.
        *evaluations*: where the topic form's evaluation section sends its changes;
        without it the section is read-only.
        """
        super().__init__(parent)
        self._ws = ws
        self._sink = sink
        self._measurements = measurements
        self._comparisons = comparisons
        self._evaluations = evaluations
        self._series_uuid: str | None = None
        self._read_only = False
        self._sealed = False
        #: Off where the window already says why nothing can change (its own banner).
        self.show_banner = True
        self._shown: tuple[str, int] | None = None
        self._plan_id: int | None = None
        self._form: Form | None = None
        self.setStyleSheet(_STYLE)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4ce; color: #3b2f00; border: 1px solid #e0c36c;"
            " padding: 6px; border-radius: 3px;")
        self.banner.hide()
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr(
            "Select the plan, a focus area, a topic, a goal or an indicator in the tree "
            "to edit it here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.empty.setMargin(24)
        self.stack.addWidget(self.empty)
        #: The forms built so far, by kind (see :meth:`form_for`).
        self.forms: dict[str, Form] = {}
        self._pages: dict[str, QScrollArea] = {}
        self._organisations: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._load_organisations()
        ws.subscribe(self._on_change)
        # The workspace outlives the panel: stop listening when Qt deletes it.
        self.destroyed.connect(partial(_unsubscribe, ws, self._on_change))

    # ----------------------------------------------------------------- public API

    def show_plan(self, plan_id: int) -> None:
        """Edit the plan's own fields (title page, preamble, parties, signatures)."""
        self.flush()
        if not self._load_plan(plan_id):
            self.show_nothing()

    def show_node(self, node_id: int) -> None:
        """Edit a focus area, topic, goal or indicator."""
        self.flush()
        if not self._load_node(node_id):
            self.show_nothing()

    def show_nothing(self) -> None:
        """No selection: send what was typed, then show a hint."""
        self.flush()
        for form in self.forms.values():
            form.forget()
        self._shown = None
        self._plan_id = None
        self._form = None
        self._sealed = False
        self.stack.setCurrentWidget(self.empty)
        self._apply_read_only()

    def set_read_only(self, read_only: bool) -> None:
        """Make every content field read-only (signed or sent plans, read-only files).

        The panel also does this by itself for a sealed plan and a read-only workspace;
        this flag is for any other reason the window has.
        """
        self._read_only = read_only
        self._apply_read_only()

    def is_read_only(self) -> bool:
        """Whether the shown fields can be changed (by the flag, the plan or the file)."""
        return self._read_only or self._sealed or self._ws.readonly

    def flush(self) -> None:
        """Send typed text now (the window calls it on selection, focus change, close)."""
        if self._form is not None:
            self._form.flush()

    def shown(self) -> tuple[str, int] | None:
        """("plan", id) or ("node", id) of what the panel shows, or None."""
        return self._shown

    def current_form(self) -> Form | None:
        """The form on show (tests and the window's focus handling use it)."""
        return self._form

    def detach(self) -> None:
        """Stop following the workspace (before it closes)."""
        _unsubscribe(self._ws, self._on_change)

    # ------------------------------------------------------------------- loading

    def form_for(self, kind: str) -> Form:
        """The form for *kind*, built (with its page in the stack) the first time."""
        form = self.forms.get(kind)
        if form is None:
            form = FORM_CLASSES[kind](self._send, self.status_message.emit)
            form.setMinimumWidth(380)
            form.set_organisations(self._organisations)
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QScrollArea.Shape.NoFrame)
            page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            page.setWidget(form)
            self.stack.addWidget(page)
            self.forms[kind] = form
            self._pages[kind] = page
            if isinstance(form, IndicatorForm):
                form.follow_up.set_writer(self._write_measurements)
                form.follow_up.set_workspace(self._ws)
                if self._comparisons is not None and not self._ws.readonly:
                    # read-only: a choice in "Compare with" lasts the session
                    form.follow_up.set_comparison_sink(self._write_comparisons)
            if isinstance(form, TopicForm):
                form.charts.toggled.connect(self._load_topic_charts)
                form.evaluation.set_sink(self._write_evaluation)
        return form

    def _load_organisations(self) -> None:
        self._organisations = [(o.code, o.name) for o in self._ws.organisations()]
        for form in self.forms.values():
            form.set_organisations(self._organisations)

    def _load_plan(self, plan_id: int) -> bool:
        return self._present("plan", self._ws.plan_form_values(plan_id))

    def _load_node(self, node_id: int) -> bool:
        return self._present("node", self._ws.node_form_values(node_id))

    def _present(self, what: str, found: FormValues | None) -> bool:
        """Show *found* in its kind's form; False when the plan or node is gone."""
        if found is None:
            return False
        form = self.form_for(found.kind)
        if self._form is not None and self._form is not form:
            self._form.forget()
        self._shown = (what, found.target_id)
        self._plan_id = found.plan_id
        self._form = form
        self._sealed = found.sealed
        form.load(found.target_id, found.values)
        self._load_follow_up()
        self._apply_read_only()
        page = self._pages[found.kind]
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
            page.verticalScrollBar().setValue(0)
        return True

    def _load_topic_charts(self) -> None:
        """The topic form's charts (only while the person has them open: selecting a
        topic reads just how many indicators it has)."""
        form = self._form
        if not isinstance(form, TopicForm) or form.target_id is None:
            return
        if form.charts.is_open():
            form.charts.show_indicators(self._ws.topic_indicators(form.target_id))
        else:
            form.charts.set_count(self._ws.count_under(form.target_id, "indicator"))

    def _load_evaluations(self) -> None:
        """The topic form's evaluations (the plan's year first), from the read side."""
        form = self._form
        if not isinstance(form, TopicForm) or form.target_id is None \
                or self._plan_id is None:
            return
        try:
            rows = self._ws.evaluations(form.target_id)
            period = self._ws.follow_up_period(self._plan_id)
        except UserError:
            return  # the topic is gone: the node's own reload shows what is left
        form.evaluation.show_topic(form.target_id, rows, period)

    def show_evaluation_period(self, period: str) -> None:
        """Show the topic's evaluation for *period* (an undo changed it)."""
        if isinstance(self._form, TopicForm):
            self._form.evaluation.show_period(period)

    def _load_follow_up(self) -> None:
        """The indicator form's status, chart and measurements, from the read side."""
        if isinstance(self._form, TopicForm):
            self._load_topic_charts()
            self._load_evaluations()
            return
        form = self._form
        if not isinstance(form, IndicatorForm) or form.target_id is None:
            self._series_uuid = None
            return
        try:
            indicator = self._ws.indicator(form.target_id)
        except UserError:
            return  # the indicator is gone: the node's own reload shows what is left
        self._series_uuid = indicator.series.uuid
        form.follow_up.show_indicator(indicator, self._ws.series_uses(indicator.series.id))

    def _apply_read_only(self) -> None:
        read_only = self.is_read_only() and self._form is not None
        if read_only:
            if self._ws.readonly:
                text = self.tr("The workspace is open read-only; nothing can be changed.")
            elif self._sealed:
                text = self.tr("The plan is signed or sent for signature; its content "
                               "cannot change.")
            else:
                text = self.tr("Read only: this cannot be changed here.")
            self.banner.setText(text)
        self.banner.setVisible(read_only and self.show_banner)
        if self._form is not None and self._form.read_only != self.is_read_only():
            self._form.set_read_only(self.is_read_only())
        if isinstance(self._form, IndicatorForm):
            # Follow-up stays open on sent and signed plans; only the file can stop it.
            self._form.follow_up.set_read_only(self._ws.readonly or self._measurements is None)
        if isinstance(self._form, TopicForm):
            # Evaluations too: open on sent and signed plans, closed by the file.
            self._form.evaluation.set_read_only(self._ws.readonly
                                                or self._evaluations is None)

    # ------------------------------------------------------------------- writing

    def _send(self, edit: FieldEdit) -> str | None:
        """Give an edit to the window (a refusal is shown by the field, see Form)."""
        if self.is_read_only():
            return None
        return self._sink(edit)

    def _write_measurements(self, changes: Sequence[MeasurementChange], label: str,
                            operation: str) -> str | None:
        """Give the measurement table's edit to the window (one undo step)."""
        form = self._form
        if (self._measurements is None or self._ws.readonly or self._series_uuid is None
                or not isinstance(form, IndicatorForm) or form.target_id is None):
            return self.tr("The measurements cannot be changed here.")
        return self._measurements(MeasurementEdit(self._series_uuid, form.target_id,
                                                  tuple(changes), label, operation))

    def _write_evaluation(self, edit: EvaluationEdit) -> str | None:
        """Give the evaluation section's change to the window (one undo step). Open on
        sent and signed plans: evaluations are follow-up, not signed content."""
        if self._evaluations is None or self._ws.readonly:
            return self.tr("The evaluation cannot be changed here.")
        return self._evaluations(edit)

    def _write_comparisons(self, edit: ComparisonEdit) -> str | None:
        """Give the chart's "Compare with" choice to the window (one undo step). Open on
        sent and signed plans: comparisons are presentation, not signed content."""
        if self._comparisons is None or self._ws.readonly:
            return self.tr("The comparisons cannot be changed here.")
        return self._comparisons(edit)

    # ------------------------------------------------------------------ listening

    def _reload(self) -> None:
        if self._shown is None:
            return
        what, target_id = self._shown
        loaded = self._load_plan(target_id) if what == "plan" else self._load_node(target_id)
        if not loaded:
            self.show_nothing()

    def _on_change(self, change: Change) -> None:
        """Reload when what is shown changed elsewhere (undo, another editor, the tree)."""
        if change.kind == "organisations":
            self._load_organisations()
            self._reload()
            return
        if self._shown is None:
            return
        what, target_id = self._shown
        form = self._form
        if change.kind == "follow_up":
            if isinstance(form, IndicatorForm) and form.follow_up.series_id is not None and (
                    form.follow_up.shows_series(change.series_ids)
                    or form.target_id in change.node_ids):
                self._load_follow_up()
            elif isinstance(form, TopicForm):
                if form.target_id in change.node_ids:
                    self._load_evaluations()  # an evaluation written or deleted
                elif form.charts.is_open() and self._plan_id in change.plan_ids:
                    self._load_topic_charts()
            return
        if (isinstance(form, TopicForm) and change.plan_id == self._plan_id
                and change.kind in ("nodes_inserted", "nodes_removed", "node_moved")):
            self._load_topic_charts()  # an indicator added, removed or moved in or out
        if (isinstance(form, IndicatorForm) and change.plan_id != self._plan_id
                and change.kind in ("plans", "nodes_inserted", "nodes_removed")):
            # Another plan may now share the series (a new version, a pasted copy).
            self._load_follow_up()
        if change.kind == "plans":
            # Plan fields, or the status that seals every node of the plan.
            if change.plan_id == self._plan_id:
                self._reload()
        elif what == "node" and change.plan_id == self._plan_id and (
                change.kind in ("node_moved", "nodes_removed")
                or (change.kind == "nodes_changed" and target_id in change.node_ids)):
            # A removed ancestor takes the node with it; a moved goal may carry the
            # shown nested goal to the other horizon.
            self._reload()


def _unsubscribe(ws: Workspace, listener: Any) -> None:
    try:
        ws.unsubscribe(listener)
    except ValueError:
        pass  # already gone
