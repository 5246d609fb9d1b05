"""Follow-up operations: reading series and indicators, writing measurements.

Measurements belong to a series, not to a plan: next year's plan measures the same
series and continues the line, and values stay open after a plan is signed (they are
outside the fingerprint). Every write is a list of :class:`MeasurementChange` applied in
one transaction, and returns the list that undoes it, so the editor's undo, a pasted
block and a statistics import are the same operation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.follow_up.indicator_line import IndicatorLine
from insatsplan.follow_up.report_lines import ReportFollowUp, default_year, report_follow_up
from insatsplan.model import Comparison, Indicator, Measurement, Node, Plan, Series
from insatsplan.periods import parse_period
from insatsplan.text import clean, plain_text
from insatsplan.uuids import canonical_uuid
from insatsplan.values import parse_value, same_unit
from insatsplan.workspace import reads
from insatsplan.workspace.core import Change, WorkspaceBase, new_uuid
from insatsplan.workspace.reads import (
    IndicatorData,
    IndicatorStatus,
    MeasurementChange,
    MeasurementComparison,
    MeasurementRow,
    MissingFollowUp,
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
_MSG_SERIES_NAME = QT_TRANSLATE_NOOP("Errors", "A series needs a name.")
_MSG_SERIES_UUID_TAKEN = QT_TRANSLATE_NOOP("Errors", "There is already a series {uuid}.")
_MSG_OWN_SERIES = QT_TRANSLATE_NOOP(
    "Errors", "The indicator's own series cannot also be drawn as its comparison.")
_MSG_OTHER_UNIT = QT_TRANSLATE_NOOP(
    "Errors", "The series “{name}” is measured in “{unit}”, the indicator in “{wanted}”: "
    "a line in another unit on the same axis would mislead.")
_MSG_SERIES_MEASURED = QT_TRANSLATE_NOOP(
    "Errors", "The series “{name}” is measured by an indicator and cannot be deleted.")


#: In a node snapshot of :meth:`Workspace.delete_node` (never in an exchange file): an
#: indicator's comparison series by UUID, so the undo of the deletion restores them.
COMPARISONS_KEY = "comparison_series"


def _same_text(title: str) -> str:
    """A title as compared when people name it: plain text, whitespace collapsed."""
    return " ".join(plain_text(title or "").split())


#: What separates the titles of a node's path when a person names it ("Psykisk hälsa ›
#: Samtalsstöd", as the editor's status bar shows it, or with slashes).
PATH_SEPARATORS = ("›", "/")


def named_nodes(rows: Sequence[Any], ref: str, kind: str) -> list[Any]:
    """The rows (id, uuid, title, kind, parent_id of one plan's nodes) a person names by
    *ref*: the node with that UUID (of any kind, so the caller can say what it is
    instead), else the nodes of *kind* with that exact plain title, else those whose path
    of titles ends with it ("Samtalsstöd › Dubblett", "Psykisk hälsa / Samtalsstöd").
    Several rows: the name is ambiguous; none: nothing is called so."""
    text = " ".join(str(ref).split())
    as_uuid = canonical_uuid(text)
    for row in rows:
        if row.uuid == as_uuid:
            return [row]
    wanted = _same_text(text)
    candidates = [row for row in rows if row.kind == kind]
    matches = [row for row in candidates if _same_text(row.title) == wanted]
    if matches or not any(separator in text for separator in PATH_SEPARATORS):
        return matches
    by_id = {row.id: row for row in rows}
    for separator in PATH_SEPARATORS:
        parts = [_same_text(part) for part in text.split(separator)]
        if len(parts) < 2 or not all(parts):
            continue
        for row in candidates:
            titles: list[str] = []
            node = row
            while node is not None and len(titles) < len(parts):
                titles.append(_same_text(node.title))
                node = by_id.get(node.parent_id)
            if titles[::-1] == parts:
                matches.append(row)
        if matches:
            return matches
    return matches


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
            found = session.scalar(select(table.c.id).where(
                table.c.uuid == canonical_uuid(str(ref))))
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
        as_uuid = canonical_uuid(text)
        with self.reading() as session:
            by_uuid = session.scalar(select(series.c.id).where(series.c.uuid == as_uuid))
            if by_uuid is not None:
                return int(by_uuid)
            found = set(session.scalars(
                select(indicators.c.series_id)
                .join(nodes, nodes.c.id == indicators.c.node_id)
                .where(nodes.c.uuid == as_uuid)))
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
        """An indicator of a plan by its UUID, exact plain title or path (node id)."""
        text = " ".join(str(ref).split())
        matches = named_nodes(self.plan_nodes(plan_ref), text, "indicator")
        if len(matches) == 1:
            if matches[0].kind != "indicator":
                raise UserError(_MSG_NOT_INDICATOR, ref=text)
            return int(matches[0].id)
        if not matches:
            raise UserError(_MSG_NO_INDICATOR, ref=text)
        raise UserError(_MSG_AMBIGUOUS_INDICATOR, ref=text,
                        matches=", ".join(row.uuid for row in matches))

    def plan_nodes(self, plan_ref: str | int) -> list[Any]:
        """Every node of a plan as (id, uuid, title, kind, parent_id) rows: what
        :func:`named_nodes` looks a person's name for a node up in."""
        nodes = Node.__table__
        with self.reading() as session:
            plan_id = self._plan(session, plan_ref).id  # type: ignore[attr-defined]
            return list(session.execute(
                select(nodes.c.id, nodes.c.uuid, nodes.c.title, nodes.c.kind,
                       nodes.c.parent_id).where(nodes.c.plan_id == plan_id)).all())

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

    def count_under(self, node_id: int, kind: str) -> int:
        """How many nodes of *kind* are under *node_id* at any depth."""
        with self.reading() as session:
            return len(reads.descendants(session, node_id, kind))

    def topic_indicators(self, topic_id: int) -> list[IndicatorData]:
        """The indicators under a topic (or any node), in print order, with their series."""
        with self.reading() as session:
            plan_id = session.scalar(select(Node.__table__.c.plan_id)
                                     .where(Node.__table__.c.id == topic_id))
            if plan_id is None:
                return []
            found = reads.descendants(session, topic_id, "indicator")
            return reads.plan_indicators(session, plan_id, found) if found else []

    def indicator_statuses(self, plan_id: int, node_ids: Sequence[int] | None = None
                           ) -> list[IndicatorStatus]:
        """Every indicator of a plan (or only *node_ids*) with its status and trend, in
        print order.

        Reads each series' last two values only (``series.complete`` is False): the tree
        and the CLI judge hundreds of indicators at once, and a scaled workspace holds
        hundreds of thousands of values. The tree asks again for just the indicators a
        change touched.
        """
        if node_ids is not None and not node_ids:
            return []
        with self.reading() as session:
            indicators = reads.plan_indicators(session, plan_id, node_ids, latest_only=True)
        return [reads.judged(indicator) for indicator in indicators]

    def missing_follow_up(self, plan_ref: str | int, period: str | None = None
                          ) -> MissingFollowUp:
        """What is still missing for *period* (default: the plan's year, or this year
        within a plan of several): activities without an evaluation and indicators
        without a value, by administration, for chasing before the deadline."""
        with self.reading() as session:
            plan = self._plan(session, plan_ref)  # type: ignore[attr-defined]
            if period is None:
                period = str(default_year(plan.year_from, plan.year_to, dt.date.today().year))
            return reads.missing_follow_up(session, plan.id, parse_period(period))

    def report_follow_up(self, plan_ref: str | int, period: str | None = None
                         ) -> ReportFollowUp:
        """What the follow-up report shows of the plan's measurements for *period*
        (default as for :meth:`missing_follow_up`): every indicator's row and each
        activity's indicators for its charts, all as of the period (values after its end
        are left out). A period that is not a period is the person's error."""
        chosen = None if period is None else parse_period(period)
        nodes = Node.__table__
        with self.reading() as session:
            plan = self._plan(session, plan_ref)  # type: ignore[attr-defined]
            if chosen is None:
                chosen = parse_period(str(default_year(plan.year_from, plan.year_to,
                                                       dt.date.today().year)))
            indicators = reads.plan_indicators(session, plan.id)
            topic_uuids = {int(node_id): str(uuid) for node_id, uuid in session.execute(
                select(nodes.c.id, nodes.c.uuid)
                .where(nodes.c.plan_id == plan.id, nodes.c.kind == "topic"))}
        return report_follow_up(chosen, indicators, topic_uuids)

    def report_lines(self, plan_ref: str | int, period: str | None = None
                     ) -> dict[str, IndicatorLine]:
        """Every indicator's row of the report's indicator tables, by node UUID."""
        return dict(self.report_follow_up(plan_ref, period).lines)

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

    def series_in_unit(self, unit: str, *, excluding: int | None = None
                       ) -> list[SeriesData]:
        """Every series in *unit* (compared without case and surrounding space), with its
        values, by name: what a chart may draw beside an indicator in that unit."""
        table = Series.__table__
        with self.reading() as session:
            ids = [row.id for row in session.execute(select(table.c.id, table.c.unit))
                   if row.id != excluding and same_unit(row.unit or "", unit)]
            found = reads.series_data(session, ids)
        return sorted(found.values(), key=lambda series: (series.name.casefold(), series.uuid))

    def comparisons(self, node_id: int) -> list[SeriesData]:
        """The series drawn beside an indicator's own on its chart, in the stored order."""
        with self.reading() as session:
            self._indicator_row(session, node_id)
            ids = self._comparison_ids(session, node_id)
            found = reads.series_data(session, ids)
        return [found[series_id] for series_id in ids if series_id in found]

    @staticmethod
    def _comparison_ids(session: Session, node_id: int) -> list[int]:
        table = Comparison.__table__
        return [int(series_id) for series_id in session.scalars(
            select(table.c.series_id).where(table.c.node_id == node_id)
            .order_by(table.c.position, table.c.id))]

    @staticmethod
    def _indicator_row(session: Session, node_id: int) -> Indicator:
        indicator = session.get(Indicator, node_id)
        if indicator is None:
            raise UserError(_MSG_NOT_INDICATOR, ref=node_id)
        return indicator

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

    # ------------------------------------------------------------ comparison series

    def create_series(self, name: str, unit: str, *,
                      measurements: Sequence[MeasurementRow] = (),
                      compare_with: int | None = None, uuid: str | None = None,
                      operation: str = "create_series") -> int:
        """A new series that is no indicator's own (the county, the country, women, men);
        its id. In the same transaction, all or none: *measurements* written into it and,
        with *compare_with* (an indicator's node id), the series added last to that
        indicator's comparisons, so a refused import or comparison leaves no series
        behind. *uuid* brings back a series an undo removed under its own UUID."""
        name = " ".join(clean(name).split())
        if not name:
            raise UserError(_MSG_SERIES_NAME)
        unit = " ".join(clean(unit).split())
        rows: list[MeasurementRow] = []
        seen: set[str] = set()
        for row in measurements:
            period = parse_period(row.period).text
            if period in seen:
                raise UserError(_MSG_TWICE, period=period)
            seen.add(period)
            rows.append(MeasurementRow(period, parse_value(row.value), clean(row.note).strip(),
                                       clean(row.source).strip()))
        with self.operation(operation) as session:
            table = Series.__table__
            if uuid is not None and session.scalar(
                    select(table.c.id).where(table.c.uuid == uuid)) is not None:
                raise UserError(_MSG_SERIES_UUID_TAKEN, uuid=uuid)
            series = Series(uuid=uuid or new_uuid(), name=name, unit=unit)
            session.add(series)
            session.flush()
            for row in rows:
                parsed = parse_period(row.period)
                session.add(Measurement(series_id=series.id, period=row.period,
                                        period_start=parsed.start, period_end=parsed.end,
                                        value=row.value, note=row.note, source=row.source))
            node_ids: tuple[int, ...] = ()
            plan_ids: tuple[int, ...] = ()
            if compare_with is not None:
                current = self._comparison_ids(session, compare_with)
                plan_id = self._store_comparisons(session, compare_with,
                                                  [*current, series.id])
                node_ids, plan_ids = (compare_with,), (plan_id,)
            session.flush()
            self._notify(Change("follow_up", node_ids=node_ids, series_ids=(series.id,),
                                plan_ids=plan_ids))
            return int(series.id)

    def delete_series(self, series_id: int) -> None:
        """Remove a series that no indicator measures, with its values and its place on
        every chart that compared with it (the undo of :meth:`create_series`)."""
        with self.operation("delete_series") as session:
            self._series_id(session, series_id)
            if session.scalar(select(Indicator.__table__.c.node_id)
                              .where(Indicator.__table__.c.series_id == series_id)
                              .limit(1)) is not None:
                name = session.scalar(select(Series.__table__.c.name)
                                      .where(Series.__table__.c.id == series_id))
                raise UserError(_MSG_SERIES_MEASURED, name=name or series_id)
            table = Comparison.__table__
            nodes = tuple(sorted(set(session.scalars(
                select(table.c.node_id).where(table.c.series_id == series_id)))))
            plan_ids = tuple(sorted(set(session.scalars(
                select(Node.__table__.c.plan_id).where(Node.__table__.c.id.in_(nodes))))))
            session.execute(delete(Comparison).where(Comparison.series_id == series_id))
            session.execute(delete(Measurement).where(Measurement.series_id == series_id))
            session.execute(delete(Series).where(Series.id == series_id))
            self._notify(Change("follow_up", node_ids=nodes, series_ids=(series_id,),
                                plan_ids=plan_ids))

    def set_comparisons(self, node_id: int, series_ids: Sequence[int]) -> list[int]:
        """Draw *series_ids* (in this order) beside the indicator's own line; returns the
        list it replaced, for undo. Presentation, not content: allowed on sent and signed
        plans. Each series must be in the indicator's unit and not its own."""
        with self.operation("set_comparisons") as session:
            previous = self._comparison_ids(session, node_id)
            plan_id = self._store_comparisons(session, node_id, series_ids)
            changed = tuple(sorted(set(previous) | set(series_ids)))
            self._notify(Change("follow_up", node_ids=(node_id,), series_ids=changed,
                                plan_ids=(plan_id,)))
            return previous

    def check_comparison_unit(self, node_id: int, name: str, unit: str) -> None:
        """Refuse, as :meth:`set_comparisons` would, a series named *name* in *unit* beside
        the indicator *node_id* (for a dry run, before anything is created)."""
        with self.reading() as session:
            own = session.get(Series, self._indicator_row(session, node_id).series_id)
            assert own is not None
            if not same_unit(unit, own.unit or ""):
                raise UserError(_MSG_OTHER_UNIT, name=name, unit=unit, wanted=own.unit or "")

    def _store_comparisons(self, session: Session, node_id: int,
                           series_ids: Sequence[int]) -> int:
        """Replace a node's comparison rows (checked); the node's plan id."""
        indicator = self._indicator_row(session, node_id)
        own = session.get(Series, indicator.series_id)
        assert own is not None
        wanted = list(dict.fromkeys(int(series_id) for series_id in series_ids))
        for series_id in wanted:
            series = session.get(Series, self._series_id(session, series_id))
            assert series is not None
            if series.id == own.id:
                raise UserError(_MSG_OWN_SERIES)
            if not same_unit(series.unit or "", own.unit or ""):
                raise UserError(_MSG_OTHER_UNIT, name=series.name or series.uuid,
                                unit=series.unit or "", wanted=own.unit or "")
        node = session.get(Node, node_id)
        assert node is not None
        existing = {row.series_id: row for row in session.scalars(
            select(Comparison).where(Comparison.node_id == node_id))}
        for series_id, gone in existing.items():
            if series_id not in wanted:
                session.delete(gone)
        session.flush()
        for position, series_id in enumerate(wanted):
            kept = existing.get(series_id)
            if kept is None:
                session.add(Comparison(node_id=node_id, series_id=series_id,
                                       position=position))
            elif kept.position != position:
                kept.position = position
        self.log_nodes(session, session.scalar(
            select(Plan.__table__.c.uuid).where(Plan.__table__.c.id == node.plan_id)),
            [node.uuid])
        return int(node.plan_id)

    @staticmethod
    def _copy_comparisons(session: Session, source_plan_id: int, plan_id: int) -> None:
        """A new version's indicators keep the comparisons of the source's (nodes keep
        their UUIDs across versions)."""
        nodes, table = Node.__table__, Comparison.__table__
        new_ids = {row.uuid: row.id for row in session.execute(
            select(nodes.c.uuid, nodes.c.id).where(nodes.c.plan_id == plan_id))}
        for uuid, series_id, position in session.execute(
                select(nodes.c.uuid, table.c.series_id, table.c.position)
                .join(nodes, nodes.c.id == table.c.node_id)
                .where(nodes.c.plan_id == source_plan_id)):
            if uuid in new_ids:
                session.add(Comparison(node_id=new_ids[uuid], series_id=series_id,
                                       position=position))

    @classmethod
    def _keep_comparisons(cls, session: Session, plan_id: int,
                          snapshot: dict[str, Any]) -> None:
        """Note each indicator's comparison series (UUIDs) in a deletion's snapshot."""
        nodes, table, series = Node.__table__, Comparison.__table__, Series.__table__
        kept: dict[str, list[str]] = {}
        for node_uuid, series_uuid in session.execute(
                select(nodes.c.uuid, series.c.uuid)
                .join(table, table.c.node_id == nodes.c.id)
                .join(series, series.c.id == table.c.series_id)
                .where(nodes.c.plan_id == plan_id)
                .order_by(table.c.position, table.c.id)):
            kept.setdefault(node_uuid, []).append(series_uuid)
        pending = [snapshot]
        while pending:
            item = pending.pop()
            if item.get("uuid") in kept:
                item[COMPARISONS_KEY] = kept[item["uuid"]]
            pending += item.get("children") or []

    @staticmethod
    def _restore_comparisons(session: Session, node_id: int, own_series_id: int,
                             series_uuids: Sequence[str]) -> None:
        """Comparison rows from a snapshot's UUIDs (series gone since are left out)."""
        table = Series.__table__
        for position, series_uuid in enumerate(series_uuids):
            found = session.scalar(select(table.c.id).where(table.c.uuid == str(series_uuid)))
            if found is not None and found != own_series_id:
                session.add(Comparison(node_id=node_id, series_id=found, position=position))


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
