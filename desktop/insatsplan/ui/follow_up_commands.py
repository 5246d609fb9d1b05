"""Undo commands for follow-up: measurements written, replaced and deleted; the series
a chart compares an indicator with; a comparison series made from a statistics file.

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

__all__ = ["ComparisonsCommand", "MeasurementsCommand", "NewSeriesCommand"]

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


class ComparisonsCommand(WorkspaceCommand):
    """The series drawn beside an indicator's own line, chosen in its chart: one undo step.

    Holds the indicator by (plan id, node UUID) and the series by UUID, like every
    command: undo of a deletion brings them back under new ids.
    """

    def __init__(self, context: CommandContext, text: str, plan_id: int, node_uuid: str,
                 series_uuids: Sequence[str]) -> None:
        super().__init__(context, text)
        self.plan_id = plan_id
        self.node_uuid = node_uuid
        self.forward: list[str] = list(series_uuids)
        self.backward: list[str] = []

    def execute(self) -> None:
        self.backward = self._store(self.forward)
        self._show()

    def revert(self) -> None:
        self.forward = self._store(self.backward)
        self._show()

    def _store(self, series_uuids: Sequence[str]) -> list[str]:
        """Store *series_uuids* as the indicator's comparisons; answer the ones before."""
        node_id = self.ws.node_id(self.plan_id, self.node_uuid)
        before = [series.uuid for series in self.ws.comparisons(node_id)]
        self.ws.set_comparisons(node_id, [self.ws.find_series(uuid)
                                          for uuid in series_uuids])
        return before

    def _show(self) -> None:
        if not self.first_run:
            self.context.select(self.plan_id, self.node_uuid)


class NewSeriesCommand(WorkspaceCommand):
    """A series made for values from a statistics file ("Skåne län, kvinnor"), filled
    and, when asked, drawn beside an indicator: one transaction and one undo step.

    Undo deletes the series (its values and its place on charts go with it); redo makes
    it again under the same UUID, so later commands that name it still find it.
    """

    def __init__(self, context: CommandContext, text: str, name: str, unit: str,
                 rows: Sequence[MeasurementRow], compare_with: tuple[int, str] | None
                 ) -> None:
        """*compare_with*: (plan id, node UUID) of the indicator whose chart shows it."""
        super().__init__(context, text)
        self.name, self.unit = name, unit
        self.rows = list(rows)
        self.compare_with = compare_with
        self.series_uuid: str | None = None

    def execute(self) -> None:
        node_id = None if self.compare_with is None else self.ws.node_id(*self.compare_with)
        series_id = self.ws.create_series(self.name, self.unit, measurements=self.rows,
                                          compare_with=node_id, uuid=self.series_uuid,
                                          operation="import_statistics")
        self.series_uuid = self.ws.series(series_id).uuid
        self._show()

    def revert(self) -> None:
        assert self.series_uuid is not None
        self.ws.delete_series(self.ws.find_series(self.series_uuid))
        self._show()

    def _show(self) -> None:
        if not self.first_run and self.compare_with is not None:
            self.context.select(*self.compare_with)
