"""The workspace's read side: plain, frozen dataclasses for what views and exports show.

The editor's tree and forms, the trend charts, the Uppföljning view, the CLI and the
report all read the same facts (a series and its values, an indicator with its levels,
every indicator's status in a plan). They read them here, as values that outlive the
session and say what each field is, instead of ORM objects (which tie callers to a
session and to SQLite's mapping) or positional rows (which break silently when a column
is added). A shared PostgreSQL workspace later answers the same calls.

Queries are Core selects on the mapped tables: a plan's statuses are four queries
whatever its size.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from insatsplan.content import child_sort_key
from insatsplan.errors import UserError
from insatsplan.follow_up.evaluation_choice import NO_EVALUATION, chosen_evaluation
from insatsplan.follow_up.report_lines import default_year
from insatsplan.follow_up.status import StatusName, TrendName, assess_status, assess_trend
from insatsplan.levels import Band, Levels
from insatsplan.model import (
    EVALUATION_STATUSES,
    Evaluation,
    Indicator,
    Measurement,
    Node,
    Organisation,
    Plan,
    PlanParty,
    Series,
)
from insatsplan.periods import Period, parse_period, period_label
from insatsplan.text import plain_text

__all__ = [
    "EVALUATION_ORDER", "NO_EVALUATION", "EvaluatedActivity", "EvaluationOverview",
    "EvaluationRow", "IndicatorData", "IndicatorStatus", "MeasurementChange",
    "MeasurementComparison", "MeasurementRow", "MissingFollowUp", "MissingForAdministration",
    "MissingItem", "NodePlace", "PlanSummary", "SeriesData", "SeriesUse",
]


@dataclass(frozen=True)
class MeasurementRow:
    """One value of a series: the canonical period text, the exact value, note, source."""

    period: str
    value: Decimal
    note: str = ""
    source: str = ""

    @property
    def parsed(self) -> Period:
        return parse_period(self.period)


@dataclass(frozen=True)
class MeasurementChange:
    """Set (``new``) or delete (``new`` is None) one period's value of one series.

    Writes and their undo are lists of these: applying what a write returns undoes it.
    """

    series_id: int
    period: str
    new: MeasurementRow | None


@dataclass(frozen=True)
class MeasurementComparison:
    """Incoming values against stored ones, for an import's preview."""

    new: tuple[MeasurementRow, ...]
    unchanged: tuple[MeasurementRow, ...]
    #: (stored, incoming) for each period whose value differs
    conflicts: tuple[tuple[MeasurementRow, MeasurementRow], ...]


@dataclass(frozen=True)
class SeriesData:
    """A measured series with all its values, oldest period first."""

    id: int
    uuid: str
    name: str
    unit: str
    measurements: tuple[MeasurementRow, ...]
    #: False when only the latest values were read (:meth:`Workspace.indicator_statuses`
    #: reads two per series); the whole line is then one :meth:`Workspace.series` away.
    complete: bool = True

    @property
    def latest(self) -> MeasurementRow | None:
        return self.measurements[-1] if self.measurements else None

    @property
    def previous(self) -> MeasurementRow | None:
        return self.measurements[-2] if len(self.measurements) > 1 else None


@dataclass(frozen=True)
class SeriesUse:
    """One indicator, in one plan, that measures a series (next year's plan shares it)."""

    plan_id: int
    plan_uuid: str
    plan_title: str
    year_from: int
    year_to: int
    plan_status: str
    node_id: int
    node_uuid: str
    indicator_title: str


@dataclass(frozen=True)
class IndicatorData:
    """An indicator with everything a chart, a status or a report row needs."""

    node_id: int
    node_uuid: str
    plan_id: int
    #: plain text, Markdown removed
    title: str
    unit: str
    direction: str
    data_source: str
    baseline_value: Decimal | None
    baseline_period: str | None
    target_value: Decimal | None
    target_period: str | None
    levels: Levels | None
    series: SeriesData
    topic_id: int | None
    topic_title: str
    focus_area_id: int | None
    focus_area_title: str
    #: the topic's responsible organisation codes (for "bara SOF" filters)
    organisations: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorStatus:
    """An indicator judged: its latest and previous values, status and trend."""

    indicator: IndicatorData
    latest: MeasurementRow | None
    previous: MeasurementRow | None
    status: StatusName
    trend: TrendName


@dataclass(frozen=True)
class PlanSummary:
    """What lists of plans show: id, UUID, title, years, status, signing date, and the
    plan it was made from (a new version's origin: id, title, years), if any."""

    id: int
    uuid: str
    title: str
    year_from: int
    year_to: int
    status: str
    signed_on: dt.date | None
    origin_id: int | None = None
    origin_title: str | None = None
    origin_year_from: int | None = None
    origin_year_to: int | None = None


@dataclass(frozen=True)
class NodePlace:
    """Where a node stands, by UUID: undo keeps nodes by UUID across delete and restore."""

    plan_id: int
    uuid: str
    parent_uuid: str | None
    position: int
    horizon: str | None


# ---------------------------------------------------------------------- reading


def _rows_by_series(session: Session, series_ids: Iterable[int], from_: Any,
                    where: Callable[[list[int]], Any]) -> dict[int, tuple[MeasurementRow, ...]]:
    """Measurement rows of the given series, oldest period first, per series id: the
    select *from_* (a table or join) and *where* (for 500 ids at a time) say which."""
    table = Measurement.__table__
    ids = sorted(set(series_ids))
    out: dict[int, list[MeasurementRow]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(table.c.series_id, table.c.period, table.c.value, table.c.note,
                   table.c.source)
            .select_from(from_).where(where(ids[start:start + 500]))
            .order_by(table.c.series_id, table.c.period_start, table.c.period_end))
        for series_id, period, value, note, source in rows:
            out[series_id].append(MeasurementRow(period, value, note or "", source or ""))
    return {series_id: tuple(out.get(series_id, ())) for series_id in ids}


def measurement_rows(session: Session, series_ids: Iterable[int]
                     ) -> dict[int, tuple[MeasurementRow, ...]]:
    """Every value of the given series, oldest period first, per series id."""
    table = Measurement.__table__
    return _rows_by_series(session, series_ids, table, table.c.series_id.in_)


def latest_rows(session: Session, series_ids: Iterable[int], count: int = 2
                ) -> dict[int, tuple[MeasurementRow, ...]]:
    """The last *count* values of each series, oldest first, per series id.

    One correlated query on the period-order index (revision 0005): the cost follows the
    number of series, not the number of values.
    """
    table = Measurement.__table__
    series = Series.__table__
    inner = table.alias("latest")
    newest = (select(inner.c.id).where(inner.c.series_id == series.c.id)
              .order_by(inner.c.period_start.desc(), inner.c.period_end.desc())
              .limit(count).correlate(series))
    # from each series to its newest rows: the index answers each in a step
    return _rows_by_series(session, series_ids, series.join(table, table.c.id.in_(newest)),
                           series.c.id.in_)


def series_data(session: Session, series_ids: Iterable[int], *, latest_only: bool = False
                ) -> dict[int, SeriesData]:
    """Series with their values (or only the last two), per id (unknown ids left out)."""
    ids = sorted(set(series_ids))
    table = Series.__table__
    values = latest_rows(session, ids) if latest_only else measurement_rows(session, ids)
    out: dict[int, SeriesData] = {}
    for start in range(0, len(ids), 500):
        for row in session.execute(
                select(table.c.id, table.c.uuid, table.c.name, table.c.unit)
                .where(table.c.id.in_(ids[start:start + 500]))):
            out[row.id] = SeriesData(row.id, row.uuid, row.name or "", row.unit or "",
                                     values.get(row.id, ()), complete=not latest_only)
    return out


def _levels(row: Any) -> Levels | None:
    if not row.has_levels:
        return None
    return Levels(green=Band(row.green_min, row.green_max),
                  yellow=Band(row.yellow_min, row.yellow_max))


def _structure_columns() -> tuple[Any, ...]:
    """What the print order needs: no texts (a plan's thousands of titles are read only
    for the nodes a result names; reading them all was most of a plan's status time)."""
    nodes = Node.__table__
    return (nodes.c.id, nodes.c.parent_id, nodes.c.kind, nodes.c.horizon, nodes.c.position)


def _details(session: Session, node_ids: Iterable[int]) -> dict[int, Any]:
    """Title, UUID and responsible organisations (the stored JSON text, decoded only for
    the topics that need it) of the given nodes."""
    nodes = Node.__table__
    ids = sorted(set(node_ids))
    out: dict[int, Any] = {}
    for start in range(0, len(ids), 500):
        for row in session.execute(
                select(nodes.c.id, nodes.c.title, nodes.c.uuid,
                       type_coerce(nodes.c.responsible_organisations, Text)
                       .label("organisations"))
                .where(nodes.c.id.in_(ids[start:start + 500]))):
            out[row.id] = row
    return out


def _print_order(node_rows: Sequence[Any]) -> list[int]:
    """Node ids in the order the plan prints them (depth first, siblings sorted)."""
    children: dict[int | None, list[Any]] = defaultdict(list)
    for row in node_rows:
        children[row.parent_id].append(row)
    for siblings in children.values():
        siblings.sort(key=child_sort_key)
    order: list[int] = []
    stack = list(reversed(children[None]))
    while stack:
        row = stack.pop()
        order.append(row.id)
        stack.extend(reversed(children[row.id]))
    return order


def descendants(session: Session, node_id: int, kind: str) -> list[int]:
    """Ids of the nodes of *kind* under *node_id*, at any depth (a topic's indicators sit
    under its sections and goals)."""
    nodes = Node.__table__
    down = select(nodes.c.id, nodes.c.kind).where(
        nodes.c.parent_id == node_id).cte("down", recursive=True)
    child = nodes.alias("child")
    down = down.union(select(child.c.id, child.c.kind)
                      .join(down, child.c.parent_id == down.c.id))
    return [int(found) for found in session.scalars(
        select(down.c.id).where(down.c.kind == kind))]


def _with_ancestors(session: Session, node_ids: Sequence[int]) -> list[Any]:
    """The given nodes and their ancestors only: one indicator shown in the editor need
    not read the other thousands of nodes of a large plan."""
    nodes = Node.__table__
    up = select(nodes.c.id, nodes.c.parent_id).where(
        nodes.c.id.in_(list(node_ids))).cte("up", recursive=True)
    parent = nodes.alias("parent")
    up = up.union(select(parent.c.id, parent.c.parent_id)
                  .join(up, parent.c.id == up.c.parent_id))
    return list(session.execute(select(*_structure_columns())
                                .where(nodes.c.id.in_(select(up.c.id)))).all())


def plan_indicators(session: Session, plan_id: int, node_ids: Sequence[int] | None = None,
                    *, latest_only: bool = False) -> list[IndicatorData]:
    """A plan's indicators (or only *node_ids*) in print order, with their series (or,
    with *latest_only*, each series' last two values: enough for status and trend)."""
    nodes = Node.__table__
    if node_ids is None:
        node_rows = session.execute(select(*_structure_columns())
                                    .where(nodes.c.plan_id == plan_id)).all()
        order = _print_order(node_rows)
    else:
        node_rows = _with_ancestors(session, node_ids)
        order = _print_order(node_rows)  # the ancestors settle the order among them
    by_id = {row.id: row for row in node_rows}

    indicators = Indicator.__table__
    series = Series.__table__
    indicator_query = (select(indicators, series.c.unit)
                       .join(nodes, nodes.c.id == indicators.c.node_id)
                       .join(series, series.c.id == indicators.c.series_id)
                       .where(nodes.c.plan_id == plan_id))
    if node_ids is not None:
        indicator_query = indicator_query.where(indicators.c.node_id.in_(list(node_ids)))
    indicator_rows = {row.node_id: row for row in session.execute(indicator_query)}
    wanted = set(indicator_rows) if node_ids is None else set(node_ids) & set(indicator_rows)
    all_series = series_data(session, {indicator_rows[i].series_id for i in wanted},
                             latest_only=latest_only)

    places: list[tuple[int, Any, Any]] = []  # (indicator, topic row, focus area row)
    for node_id in order:
        if node_id not in wanted:
            continue
        topic = focus_area = None
        parent_id = by_id[node_id].parent_id
        ancestor = by_id.get(parent_id) if parent_id is not None else None
        while ancestor is not None:
            if ancestor.kind == "topic" and topic is None:
                topic = ancestor
            elif ancestor.kind == "focus_area" and focus_area is None:
                focus_area = ancestor
            ancestor = by_id.get(ancestor.parent_id) if ancestor.parent_id is not None else None
        places.append((node_id, topic, focus_area))
    details = _details(session, {found.id for _n, *rows in places for found in rows
                                 if found is not None} | wanted)

    out: list[IndicatorData] = []
    for node_id, topic_row, focus_row in places:
        row, ind = details[node_id], indicator_rows[node_id]
        topic = None if topic_row is None else details[topic_row.id]
        focus_area = None if focus_row is None else details[focus_row.id]
        out.append(IndicatorData(
            node_id=node_id, node_uuid=row.uuid, plan_id=plan_id,
            title=plain_text(row.title or ""), unit=ind.unit or "",
            direction=ind.direction, data_source=ind.data_source or "",
            baseline_value=ind.baseline_value, baseline_period=ind.baseline_period,
            target_value=ind.target_value, target_period=ind.target_period,
            levels=_levels(ind), series=all_series[ind.series_id],
            topic_id=None if topic is None else topic.id,
            topic_title="" if topic is None else plain_text(topic.title or ""),
            focus_area_id=None if focus_area is None else focus_area.id,
            focus_area_title="" if focus_area is None else plain_text(focus_area.title or ""),
            organisations=_codes(topic.organisations) if topic else ()))
    return out


def _codes(stored: str | None) -> tuple[str, ...]:
    """Organisation codes from the stored JSON list (damaged text reads as none: ``check``
    reports it; a view must still open)."""
    try:
        codes = json.loads(stored) if stored else []
    except ValueError:
        return ()
    return tuple(str(code) for code in codes) if isinstance(codes, list) else ()


def judged(indicator: IndicatorData) -> IndicatorStatus:
    """Status and trend of an indicator from its series' last two values."""
    latest, previous = indicator.series.latest, indicator.series.previous
    return IndicatorStatus(
        indicator=indicator, latest=latest, previous=previous,
        status=assess_status(indicator.levels, None if latest is None else latest.value),
        trend=assess_trend(indicator.direction, indicator.levels,
                           None if latest is None else latest.value,
                           None if previous is None else previous.value,
                           target=indicator.target_value))


def series_uses(session: Session, series_id: int) -> list[SeriesUse]:
    """Every indicator of every plan that measures the series, oldest plan first."""
    nodes, plans, indicators = Node.__table__, Plan.__table__, Indicator.__table__
    rows = session.execute(
        select(plans.c.id, plans.c.uuid, plans.c.title, plans.c.year_from, plans.c.year_to,
               plans.c.status, nodes.c.id.label("node_id"), nodes.c.uuid.label("node_uuid"),
               nodes.c.title.label("node_title"))
        .join(nodes, nodes.c.plan_id == plans.c.id)
        .join(indicators, indicators.c.node_id == nodes.c.id)
        .where(indicators.c.series_id == series_id)
        .order_by(plans.c.year_from, plans.c.id, nodes.c.id)).all()
    return [SeriesUse(row.id, row.uuid, plain_text(row.title or ""), row.year_from,
                      row.year_to, row.status, row.node_id, row.node_uuid,
                      plain_text(row.node_title or "")) for row in rows]


def plans_measuring(session: Session, series_ids: Iterable[int]) -> tuple[int, ...]:
    """Ids of the plans with an indicator on any of the series (for change events)."""
    ids = sorted(set(series_ids))
    if not ids:
        return ()
    nodes, indicators = Node.__table__, Indicator.__table__
    found = session.scalars(
        select(nodes.c.plan_id).distinct()
        .join(indicators, indicators.c.node_id == nodes.c.id)
        .where(indicators.c.series_id.in_(ids)))
    return tuple(sorted(found))


@dataclass(frozen=True)
class MissingItem:
    """An activity without an evaluation, or an indicator without a value, for a period."""

    node_id: int
    uuid: str
    #: plain text
    title: str
    #: the indicator's series (None for an activity)
    series_uuid: str | None = None


@dataclass(frozen=True)
class MissingForAdministration:
    """What one administration has not reported for the period (code "" holds what no
    administration is responsible for)."""

    code: str
    name: str
    activities: tuple[MissingItem, ...]
    indicators: tuple[MissingItem, ...]


@dataclass(frozen=True)
class MissingFollowUp:
    """Before the reporting deadline: what is still missing, by administration."""

    period: str
    administrations: tuple[MissingForAdministration, ...]


def missing_follow_up(session: Session, plan_id: int, period: Period) -> MissingFollowUp:
    """Activities (topics) of a plan without an evaluation for *period*, and indicators
    without a value inside it (a quarter's value or evaluation counts for its year, as in
    :func:`evaluation_overview`), grouped by the administrations responsible for the
    activity, in the plan's order of parties."""
    nodes, evaluations = Node.__table__, Evaluation.__table__
    topics = session.execute(
        select(nodes.c.id, nodes.c.uuid, nodes.c.title, nodes.c.kind, nodes.c.horizon,
               nodes.c.position, nodes.c.parent_id, nodes.c.plan_id,
               type_coerce(nodes.c.responsible_organisations, Text).label("organisations"))
        .where(nodes.c.plan_id == plan_id, nodes.c.kind == "topic")).all()
    evaluated = set(session.scalars(
        select(evaluations.c.node_id).where(evaluations.c.node_id.in_([t.id for t in topics]),
                                            evaluations.c.period_start >= period.start,
                                            evaluations.c.period_end <= period.end)))
    indicators = plan_indicators(session, plan_id)
    measurement = Measurement.__table__
    measured = set(session.scalars(
        select(measurement.c.series_id).distinct().where(
            measurement.c.series_id.in_({i.series.id for i in indicators}),
            measurement.c.period_start >= period.start,
            measurement.c.period_end <= period.end)))
    order = {node_id: rank for rank, node_id in enumerate(
        _print_order(session.execute(select(*_structure_columns())
                                     .where(nodes.c.plan_id == plan_id)).all()))}
    codes_of = {topic.id: _codes(topic.organisations) for topic in topics}
    activities: dict[str, list[MissingItem]] = defaultdict(list)
    for topic in sorted(topics, key=lambda row: order.get(row.id, 0)):
        if topic.id not in evaluated:
            for code in codes_of[topic.id] or ("",):
                activities[code].append(MissingItem(topic.id, topic.uuid,
                                                    plain_text(topic.title or "")))
    missing_values: dict[str, list[MissingItem]] = defaultdict(list)
    for indicator in indicators:
        if indicator.series.id not in measured:
            for code in indicator.organisations or ("",):
                missing_values[code].append(MissingItem(
                    indicator.node_id, indicator.node_uuid, indicator.title,
                    indicator.series.uuid))
    names = dict(session.execute(select(Organisation.__table__.c.code,
                                        Organisation.__table__.c.name)).all())
    parties = [code for (code,) in session.execute(
        select(PlanParty.__table__.c.organisation_code)
        .where(PlanParty.__table__.c.plan_id == plan_id)
        .order_by(PlanParty.__table__.c.position))]
    codes = [code for code in dict.fromkeys([*parties, *sorted(activities),
                                             *sorted(missing_values)])
             if activities.get(code) or missing_values.get(code)]
    codes.sort(key=lambda code: code == "")  # what nobody answers for comes last
    return MissingFollowUp(period.text, tuple(
        MissingForAdministration(code, names.get(code, code), tuple(activities[code]),
                                 tuple(missing_values[code])) for code in codes))


# ------------------------------------------------------------------ evaluations

#: The statuses an activity's evaluation can have, in the order people read them, and
#: the word overviews use for an activity with no evaluation for the period.
EVALUATION_ORDER = EVALUATION_STATUSES


def follow_up_year(year_from: int, year_to: int, today: dt.date | None = None) -> int:
    """The year a plan is followed up for by default: its year, or this year within a
    plan of several (the editor, the Uppföljning view and the find bar agree on it)."""
    return default_year(year_from, year_to, (today or dt.date.today()).year)


@dataclass(frozen=True)
class EvaluationRow:
    """One activity's (topic's) evaluation for one period.

    ``period`` is the stored (canonical) form, ``period_label`` how people say it
    ("VT 2025"); ``status`` one of :data:`EVALUATION_ORDER`; ``text`` the narrative in
    the project's text format (paragraphs, ``- `` bullets, links).
    """

    node_id: int
    period: str
    period_label: str
    status: str
    participants: int | None
    text: str


def _label(period: str) -> str:
    try:
        return period_label(period)
    except UserError:  # a damaged stored value is shown as it is (``check`` reports it)
        return period


def evaluation_row(row: Any) -> EvaluationRow:
    """A stored evaluation (a row of any query holding its columns) as what views read,
    its period also as people say it."""
    return EvaluationRow(row.node_id, row.period, _label(row.period), row.status,
                         row.participants, row.text or "")


def evaluation_rows(session: Session, node_ids: Iterable[int]
                    ) -> dict[int, tuple[EvaluationRow, ...]]:
    """Every evaluation of the given topics, oldest period first, per node id (a topic
    without any is left out)."""
    table = Evaluation.__table__
    ids = sorted(set(node_ids))
    out: dict[int, list[EvaluationRow]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        for row in session.execute(
                select(table.c.node_id, table.c.period, table.c.status,
                       table.c.participants, table.c.text)
                .where(table.c.node_id.in_(ids[start:start + 500]))
                .order_by(table.c.node_id, table.c.period_start, table.c.period_end)):
            out[row.node_id].append(evaluation_row(row))
    return {node_id: tuple(rows) for node_id, rows in out.items()}


@dataclass(frozen=True)
class EvaluatedActivity:
    """An activity of a plan with its evaluation for a period (None: not evaluated)."""

    node_id: int
    uuid: str
    #: plain text
    title: str
    focus_area_id: int | None
    focus_area_title: str
    #: the responsible administrations' codes
    organisations: tuple[str, ...]
    evaluation: EvaluationRow | None

    @property
    def status(self) -> str:
        """The evaluation's status, or :data:`NO_EVALUATION`."""
        return NO_EVALUATION if self.evaluation is None else self.evaluation.status


@dataclass(frozen=True)
class EvaluationOverview:
    """Every activity of a plan, in print order, with its evaluation for *period*.

    An activity's evaluation for the period is the one for exactly that period, else
    the latest one inside it (a quarter's or a term's evaluation counts for its year).
    """

    period: str
    period_label: str
    activities: tuple[EvaluatedActivity, ...]

    def shown(self, organisation: str | None = None) -> list[EvaluatedActivity]:
        """The activities *organisation* (a code) is responsible for, or all."""
        return [each for each in self.activities
                if organisation is None or organisation in each.organisations]

    def by_status(self, organisation: str | None = None
                  ) -> dict[str, list[EvaluatedActivity]]:
        """Activities per status in :data:`EVALUATION_ORDER`, then the unevaluated ones
        (:data:`NO_EVALUATION`); statuses nobody has are left out."""
        groups: dict[str, list[EvaluatedActivity]] = {
            status: [] for status in (*EVALUATION_ORDER, NO_EVALUATION)}
        for each in self.shown(organisation):
            groups.setdefault(each.status, []).append(each)
        return {status: members for status, members in groups.items() if members}

    def without_evaluation(self) -> list[int]:
        """Node ids of the activities with no evaluation for the period."""
        return [each.node_id for each in self.activities if each.evaluation is None]


def evaluation_overview(session: Session, plan_id: int, period: Period
                        ) -> EvaluationOverview:
    """The plan's activities in print order with their evaluation for *period* (see
    :class:`EvaluationOverview`): one query for the tree's shape, one for the topics with
    their evaluations inside the period."""
    nodes, table = Node.__table__, Evaluation.__table__
    structure = session.execute(select(*_structure_columns())
                                .where(nodes.c.plan_id == plan_id)).all()
    by_id = {row.id: row for row in structure}
    rows = session.execute(
        select(nodes.c.id, nodes.c.uuid, nodes.c.title,
               type_coerce(nodes.c.responsible_organisations, Text).label("organisations"),
               table.c.node_id, table.c.period, table.c.status, table.c.participants,
               table.c.text, table.c.period_start, table.c.period_end)
        .outerjoin(table, (table.c.node_id == nodes.c.id)
                   & (table.c.period_start >= period.start)
                   & (table.c.period_end <= period.end))
        .where(nodes.c.plan_id == plan_id, nodes.c.kind == "topic")).all()
    topics: dict[int, Any] = {}
    candidates: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        topics.setdefault(row.id, row)
        if row.node_id is not None:
            candidates[row.id].append(row)
    chosen = {topic_id: chosen_evaluation(
        found, period, lambda row: Period(row.period, row.period_start, row.period_end))
        for topic_id, found in candidates.items()}
    focus_ids = {}
    for topic_id in topics:
        ancestor = by_id.get(by_id[topic_id].parent_id) if topic_id in by_id else None
        while ancestor is not None and ancestor.kind != "focus_area":
            ancestor = by_id.get(ancestor.parent_id)
        focus_ids[topic_id] = None if ancestor is None else ancestor.id
    titles = {row.id: plain_text(row.title or "") for row in _details(
        session, {found for found in focus_ids.values() if found is not None}).values()}
    activities = []
    for node_id in _print_order(structure):
        topic = topics.get(node_id)
        if topic is None:
            continue
        focus_id = focus_ids[node_id]
        found = chosen.get(node_id)
        activities.append(EvaluatedActivity(
            node_id, topic.uuid, plain_text(topic.title or ""), focus_id,
            "" if focus_id is None else titles.get(focus_id, ""), _codes(topic.organisations),
            None if found is None else evaluation_row(found)))
    return EvaluationOverview(period.text, _label(period.text), tuple(activities))
