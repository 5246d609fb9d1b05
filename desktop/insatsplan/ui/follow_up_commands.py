"""Undo commands for follow-up: measurements written, replaced and deleted.

A command holds its series by UUID and its periods as text, never by database id: an
indicator deleted and restored by undo brings its series back under the same UUID but
possibly a new id. Each command is one :meth:`Workspace.write_measurements` call (one
transaction, all rows or none) and keeps the inverse that call returns, so undo is
exactly the values that were there before, and redo the values written.
"""

from __future__ import annotations

from collections.abc import Sequence

from insatsplan.ui.commands import CommandContext, WorkspaceCommand
from insatsplan.workspace.reads import MeasurementChange, MeasurementRow

__all__ = ["MeasurementsCommand"]

#: (canonical period, the row to store there or None to delete it)
PeriodChange = tuple[str, MeasurementRow | None]


class MeasurementsCommand(WorkspaceCommand):
    """Typing, adding, deleting, pasting or importing values of one series: one undo step."""

    def __init__(self, context: CommandContext, text: str, series_uuid: str,
                 changes: Sequence[MeasurementChange], plan_id: int | None,
                 node_uuid: str | None, *, operation: str = "set_measurement") -> None:
        """*plan_id*, *node_uuid*: the indicator the person edited in (undo and redo
        show it; no plan: nothing to show, as for an import with no plan open);
        *operation*: the operation log's name for the write."""
        super().__init__(context, text)
        self.series_uuid = series_uuid
        self.plan_id = plan_id
        self.node_uuid = node_uuid
        self.operation = operation
        self.forward: list[PeriodChange] = [(change.period, change.new) for change in changes]
        self.backward: list[PeriodChange] = []

    def execute(self) -> None:
        self.backward = self._write(self.forward)
        self._show()

    def revert(self) -> None:
        self.forward = self._write(self.backward)
        self._show()

    def _write(self, changes: Sequence[PeriodChange]) -> list[PeriodChange]:
        """Write *changes*; answer their inverse."""
        series_id = self.ws.find_series(self.series_uuid)
        inverse = self.ws.write_measurements(
            [MeasurementChange(series_id, period, new) for period, new in changes],
            name=self.operation)
        return [(change.period, change.new) for change in inverse]

    def _show(self) -> None:
        if not self.first_run and self.plan_id is not None:
            # typing must not move the selection; undo and redo show the change
            self.context.select(self.plan_id, self.node_uuid)
