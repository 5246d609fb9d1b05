"""Undo for evaluations: a topic's evaluation for one period written or deleted.

The command holds the topic by (plan id, node UUID) and the period as text, like every
command (undo of a deletion brings a topic back under a new id). It keeps the row the
first write replaced (:meth:`Workspace.set_evaluation` and ``delete_evaluation`` answer
it), so undo writes back exactly that row, or deletes when there was none.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from insatsplan.ui.commands import CommandContext, WorkspaceCommand
from insatsplan.ui.edits import EvaluationValues

__all__ = ["EvaluationCommand"]

EVALUATION_EDIT_ID = 1002
#: fields whose typing arrives in pieces (after each pause) and merges into one step
_TYPED = ("participants", "text")


class EvaluationCommand(WorkspaceCommand):
    """Status chosen, participants or narrative typed, or the evaluation deleted: one
    undo step (typing in one field of one evaluation merges, as for other fields)."""

    def __init__(self, context: CommandContext, text: str, plan_id: int, node_uuid: str,
                 period: str, new: EvaluationValues | None, field: str,
                 session: int = 0) -> None:
        """*session*: edits merge only within one editing session (the window starts a
        new one when the selection changes)."""
        super().__init__(context, text)
        self.plan_id = plan_id
        self.node_uuid = node_uuid
        self.period = period
        self.new = new
        self.field = field
        self.session = session
        self.before: EvaluationValues | None = None
        self._ran = False

    def id(self) -> int:
        return EVALUATION_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EvaluationCommand) or self.field not in _TYPED:
            return False
        if (other.plan_id, other.node_uuid, other.period, other.field, other.session) != (
                self.plan_id, self.node_uuid, self.period, self.field, self.session):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.before)
        return True

    def execute(self) -> None:
        before = self._write(self.new)
        if not self._ran:  # a redo finds the state undo left: the same row as before
            self.before, self._ran = before, True
        self._show()

    def revert(self) -> None:
        self._write(self.before)
        self._show()

    def _write(self, values: EvaluationValues | None) -> EvaluationValues | None:
        """Store *values* (None: delete); answer what was there."""
        node_id = self.ws.node_id(self.plan_id, self.node_uuid)
        if values is None:
            row = self.ws.delete_evaluation(node_id, self.period)
        else:
            row = self.ws.set_evaluation(node_id, self.period, status=values.status,
                                         participants=values.participants, text=values.text)
        return None if row is None else EvaluationValues(row.status, row.participants,
                                                         row.text)

    def _show(self) -> None:
        if not self.first_run:  # typing must not move the selection; undo shows the change
            self.context.select(self.plan_id, self.node_uuid)
            if self.context.show_period is not None:
                self.context.show_period(self.period)
