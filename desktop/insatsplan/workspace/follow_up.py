"""Follow-up operations: reading series and indicators, writing measurements.

Measurements belong to a series, not to a plan: next year's plan measures the same
series and continues the line, and values stay open after a plan is signed (they are
outside the fingerprint). Every write is a list of :class:`MeasurementChange` applied in
one transaction, and returns the list that undoes it, so the editor's undo, a pasted
block and a statistics import are the same operation.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.model import Indicator, Measurement, Node, Series
from insatsplan.periods import parse_period
from insatsplan.text import clean, plain_text
from insatsplan.values import parse_value
from insatsplan.workspace import reads
from insatsplan.workspace.core import Change, WorkspaceBase
from insatsplan.workspace.reads import (
    IndicatorData,
    IndicatorStatus,
    MeasurementChange,
    MeasurementComparison,
    MeasurementRow,
    SeriesData,
    SeriesUse,
)

_MSG_NO_SERIES = QT_TRANSLATE_NOOP("Errors", "There is no series {id}.")
_MSG_NO_INDICATOR = QT_TRANSLATE_NOOP("Errors", "There is no indicator {ref} in the plan.")
_MSG_AMBIGUOUS_INDICATOR = QT_TRANSLATE_NOOP(
    "Errors", "More than one indicator is called “{ref}”; give its UUID: {matches}.")
_MSG_UNKNOWN_SERIES = QT_TRANSLATE_NOOP(
    "Errors", "There is no series or indicator {ref}; give a series UUID, an indicator UUID "
    "or an exact name.")
_MSG_AMBIGUOUS_SERIES = QT_TRANSLATE_NOOP(
    "Errors", "More than one series is called “{ref}”; give its UUID: {matches}.")
_MSG_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "The period {period} is given twice for the same series.")
_MSG_NOT_INDICATOR = QT_TRANSLATE_NOOP("Errors", "The node {ref} is not an indicator.")


def _same_text(title: str) -> str:
    """A title as compared when people name it: plain text, whitespace collapsed."""
    return " ".join(plain_text(title or "").split())


class FollowUpOperations(WorkspaceBase):
    """The follow-up half of :class:`~insatsplan.workspace.Workspace`."""

    # ------------------------------------------------------------------ reading

    def series(self, ref: int | str) -> SeriesData:
        """A series with its values, by database id or series UUID."""
        with self.reading() as session:
            return self._series_data(session, self._series_id(session, ref))

    @staticmethod
    def _series_id(session: Session, ref: int | str) -> int:
        table = Series.__table__
        if isinstance(ref, int) and not isinstance(ref, bool):
            found = session.scalar(select(table.c.id).where(table.c.id == ref))
        else:
            found = session.scalar(select(table.c.id).where(table.c.uuid == str(ref).strip()))
        if found is None:
            raise UserError(_MSG_NO_SERIES, id=ref)
        return int(found)

    @staticmethod
    def _series_data(session: Session, series_id: int) -> SeriesData:
        found = reads.series_data(session, [series_id]).get(series_id)
        if found is None:
            raise UserError(_MSG_NO_SERIES, id=series_id)
        return found

    def find_series(self, ref: str) -> int:
        """The series a person names: a series UUID, an indicator UUID or an exact name
        (the series' name or an indicator's plain title). Ambiguous names list the UUIDs."""
        text = " ".join(str(ref).split())
        series, nodes, indicators = Series.__table__, Node.__table__, Indicator.__table__
        with self.reading() as session:
            by_uuid = session.scalar(select(series.c.id).where(series.c.uuid == text))
            if by_uuid is not None:
                return int(by_uuid)
            found = set(session.scalars(
                select(indicators.c.series_id)
                .join(nodes, nodes.c.id == indicators.c.node_id)
                .where(nodes.c.uuid == text)))
            if not found:
                wanted = _same_text(text)
                for series_id, name in session.execute(select(series.c.id, series.c.name)):
                    if _same_text(name) == wanted:
                        found.add(series_id)
                for series_id, title in session.execute(
                        select(indicators.c.series_id, nodes.c.title)
                        .join(nodes, nodes.c.id == indicators.c.node_id)):
                    if _same_text(title) == wanted:
                        found.add(series_id)
            if len(found) == 1:
                return int(found.pop())
            if not found:
                raise UserError(_MSG_UNKNOWN_SERIES, ref=text)
            uuids = sorted(session.scalars(select(series.c.uuid).where(series.c.id.in_(found))))
        raise UserError(_MSG_AMBIGUOUS_SERIES, ref=text, matches=", ".join(uuids))

    def find_indicator(self, plan_ref: str | int, ref: str) -> int:
        """An indicator of a plan by its UUID or exact plain title (node id)."""
        text = " ".join(str(ref).split())
        nodes = Node.__table__
        with self.reading() as session:
            plan_id = self._plan(session, plan_ref).id  # type: ignore[attr-defined]
            rows = session.execute(select(nodes.c.id, nodes.c.uuid, nodes.c.title, nodes.c.kind)
                                   .where(nodes.c.plan_id == plan_id)).all()
        for row in rows:
            if row.uuid == text:
                if row.kind != "indicator":
                    raise UserError(_MSG_NOT_INDICATOR, ref=text)
                return int(row.id)
        wanted = _same_text(text)
        matches = [row for row in rows
                   if row.kind == "indicator" and _same_text(row.title) == wanted]
        if len(matches) == 1:
            return int(matches[0].id)
        if not matches:
            raise UserError(_MSG_NO_INDICATOR, ref=text)
        raise UserError(_MSG_AMBIGUOUS_INDICATOR, ref=text,
                        matches=", ".join(row.uuid for row in matches))

    def indicator(self, node_id: int) -> IndicatorData:
        """One indicator with its series, levels and place (topic, focus area)."""
        with self.reading() as session:
            plan_id = session.scalar(select(Node.__table__.c.plan_id)
                                     .where(Node.__table__.c.id == node_id))
            found = [] if plan_id is None else reads.plan_indicators(session, plan_id,
                                                                      [node_id])
        if not found:
            raise UserError(_MSG_NOT_INDICATOR, ref=node_id)
        return found[0]

    def indicators(self, plan_id: int) -> list[IndicatorData]:
        """Every indicator of a plan, in print order."""
        with self.reading() as session:
            return reads.plan_indicators(session, plan_id)

    def indicator_statuses(self, plan_id: int) -> list[IndicatorStatus]:
        """Every indicator of a plan with its status and trend, in print order.

        Reads each series' last two values only (``series.complete`` is False): the tree
        and the CLI judge hundreds of indicators at once, and a scaled workspace holds
        hundreds of thousands of values.
        """
        with self.reading() as session:
            indicators = reads.plan_indicators(session, plan_id, latest_only=True)
        return [reads.judged(indicator) for indicator in indicators]

    def series_uses(self, series_id: int) -> list[SeriesUse]:
        """Every indicator in every plan that measures the series."""
        with self.reading() as session:
            return reads.series_uses(session, series_id)

    def compare_measurements(self, series_id: int, rows: Sequence[MeasurementRow]
                             ) -> MeasurementComparison:
        """Incoming values sorted into new, unchanged and in conflict with stored ones."""
        with self.reading() as session:
            stored = {row.period: row for row in self._series_data(session, series_id)
                      .measurements}
        new: list[MeasurementRow] = []
        unchanged: list[MeasurementRow] = []
        conflicts: list[tuple[MeasurementRow, MeasurementRow]] = []
        for row in rows:
            old = stored.get(row.period)
            if old is None:
                new.append(row)
            elif old.value == row.value:
                unchanged.append(row)
            else:
                conflicts.append((old, row))
        return MeasurementComparison(tuple(new), tuple(unchanged), tuple(conflicts))

    # ------------------------------------------------------------------ writing

    def write_measurements(self, changes: Sequence[MeasurementChange], *,
                           name: str = "set_measurement") -> list[MeasurementChange]:
        """Apply *changes* in one transaction, all or none; return the changes that undo it.

        Periods and values are checked again here (a caller may have built the rows by
        hand) and stored in their canonical forms. Measurements stay open on sent and
        signed plans: they are follow-up, outside the fingerprint.
        """
        checked: list[MeasurementChange] = []
        seen: set[tuple[int, str]] = set()
        for change in changes:
            period = parse_period(change.period).text
            if (change.series_id, period) in seen:
                raise UserError(_MSG_TWICE, period=period)
            seen.add((change.series_id, period))
            new = change.new
            if new is not None:
                new = MeasurementRow(period, parse_value(new.value), clean(new.note).strip(),
                                     clean(new.source).strip())
            checked.append(MeasurementChange(change.series_id, period, new))
        inverse: list[MeasurementChange] = []
        series_ids = sorted({change.series_id for change in checked})
        with self.operation(name) as session:
            for series_id in series_ids:
                self._series_id(session, series_id)
            stored = _stored_rows(session, checked)  # one query per 500, not one per row
            for change in checked:
                row = stored.get((change.series_id, change.period))
                before = None if row is None else MeasurementRow(
                    row.period, row.value, row.note or "", row.source or "")
                inverse.append(MeasurementChange(change.series_id, change.period, before))
                if change.new is None:
                    if row is not None:
                        session.delete(row)
                    continue
                if row is None:
                    row = Measurement(series_id=change.series_id, period=change.period)
                    session.add(row)
                parsed = parse_period(change.period)
                row.period_start, row.period_end = parsed.start, parsed.end
                row.value, row.note, row.source = (change.new.value, change.new.note,
                                                   change.new.source)
            session.flush()
            plan_ids = reads.plans_measuring(session, series_ids)
            self._notify(Change("follow_up", series_ids=tuple(series_ids), plan_ids=plan_ids))
        inverse.reverse()
        return inverse

    def set_measurement(self, series_id: int, period: str, value: object, *, note: str = "",
                        source: str = "") -> list[MeasurementChange]:
        """Add or replace one value of a series (open after signing); returns its undo."""
        parsed = parse_period(period)
        number = parse_value(value)  # type: ignore[arg-type]
        return self.write_measurements(
            [MeasurementChange(series_id, parsed.text,
                               MeasurementRow(parsed.text, number, note, source))])

    def delete_measurement(self, series_id: int, period: str) -> list[MeasurementChange]:
        """Remove one period's value of a series; returns its undo."""
        return self.write_measurements(
            [MeasurementChange(series_id, parse_period(period).text, None)],
            name="delete_measurement")


def _stored_rows(session: Session, changes: Sequence[MeasurementChange]
                 ) -> dict[tuple[int, str], Measurement]:
    """The stored rows the changes touch, by (series, period), read in chunks: a query
    per change made a pasted block of 10,000 values take 20 s (each query flushed the
    rows added before it), 100,000 several minutes."""
    wanted: dict[int, list[str]] = {}
    for change in changes:
        wanted.setdefault(change.series_id, []).append(change.period)
    found: dict[tuple[int, str], Measurement] = {}
    with session.no_autoflush:
        for series_id, periods in wanted.items():
            for start in range(0, len(periods), 500):
                for row in session.scalars(select(Measurement).where(
                        Measurement.series_id == series_id,
                        Measurement.period.in_(periods[start:start + 500]))):
                    found[(series_id, row.period)] = row
    return found
