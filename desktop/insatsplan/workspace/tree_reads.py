"""What the editor's plan tree reads: outline rows, section orders, titles, markers.

The tree mirrors a plan row by row and follows change events; these are the reads it
makes, as frozen dataclasses (never ORM objects), so the UI holds no SQL of its own.
All Core selects: a plan switch on a large workspace must not pay for the ORM.

The tree's status markers need only each indicator's last two values, while
:meth:`Workspace.indicator_statuses` reads every value of every series (for charts,
tiles and exports): a series is shared by every year's plan, so on a workspace of
twenty years that is every measurement in the file. :func:`indicator_marks` asks the
database for the last two values per series only (a window function, plain SQL that
PostgreSQL shares) and judges them with the same rules
(:mod:`insatsplan.follow_up.status`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from insatsplan.content import child_sort_key
from insatsplan.follow_up.status import StatusName, TrendName, assess_status, assess_trend
from insatsplan.levels import Band, Levels
from insatsplan.model import Indicator, Measurement, Node, Series


@dataclass(frozen=True, slots=True)
class OutlineRow:
    """One node as the tree shows it: where it hangs, in which section, its title."""

    id: int
    parent_id: int | None
    kind: str
    horizon: str | None
    position: int
    title: str


@dataclass(frozen=True, slots=True)
class IndicatorMark:
    """An indicator's status and trend, from its series' last two values."""

    node_id: int
    status: StatusName
    trend: TrendName


Outline = dict[int | None, list[OutlineRow]]


def _outline(rows: Iterable[object]) -> Outline:
    children: Outline = defaultdict(list)
    for row in rows:
        item = OutlineRow(*row)  # type: ignore[misc]
        children[item.parent_id].append(item)
    for siblings in children.values():
        siblings.sort(key=child_sort_key)  # type: ignore[arg-type]
    return children


_COLUMNS = (Node.__table__.c.id, Node.__table__.c.parent_id, Node.__table__.c.kind,
            Node.__table__.c.horizon, Node.__table__.c.position, Node.__table__.c.title)


def plan_outline(session: Session, plan_id: int) -> Outline:
    """Every node of a plan per parent id (None: the plan's focus areas), print order."""
    table = Node.__table__
    return _outline(session.execute(select(*_COLUMNS).where(table.c.plan_id == plan_id)))


def subtrees(session: Session, node_ids: Sequence[int]) -> tuple[list[OutlineRow], Outline]:
    """These nodes (in print order) and everything below them, per parent id."""
    table = Node.__table__
    tops = sorted((row for rows in _outline(session.execute(
        select(*_COLUMNS).where(table.c.id.in_(node_ids)))).values() for row in rows),
        key=child_sort_key)  # type: ignore[arg-type]
    below: list[object] = []
    frontier = [row.id for row in tops]
    while frontier:
        found = session.execute(select(*_COLUMNS).where(
            table.c.parent_id.in_(frontier))).all()
        below.extend(found)
        frontier = [row.id for row in found]
    return tops, _outline(below)


def section_order(session: Session, plan_id: int, parent_id: int | None, kind: str,
                  horizon: str | None) -> list[int]:
    """Ids of one section's siblings in the file's order."""
    table = Node.__table__
    query = select(table.c.id).where(table.c.plan_id == plan_id, table.c.kind == kind)
    query = query.where(table.c.parent_id.is_(None) if parent_id is None
                        else table.c.parent_id == parent_id)
    if kind in ("goal", "indicator"):
        query = query.where(table.c.horizon == horizon)
    return list(session.scalars(query.order_by(table.c.position, table.c.id)))


def titles(session: Session, node_ids: Sequence[int]) -> dict[int, str]:
    """Stored (Markdown) titles of these nodes."""
    table = Node.__table__
    return {row.id: row.title or "" for row in session.execute(
        select(table.c.id, table.c.title).where(table.c.id.in_(node_ids)))}


def parent_and_horizon(session: Session, node_id: int) -> tuple[int | None, str | None] | None:
    """Where a node hangs now (None when it is gone)."""
    table = Node.__table__
    row = session.execute(select(table.c.parent_id, table.c.horizon)
                          .where(table.c.id == node_id)).one_or_none()
    return None if row is None else (row.parent_id, row.horizon)


def indicator_marks(session: Session, plan_id: int) -> dict[int, IndicatorMark]:
    """Status and trend of every indicator of a plan, per node id, reading only the last
    two values of each series."""
    nodes, indicators = Node.__table__, Indicator.__table__
    rows = session.execute(
        select(indicators.c.node_id, indicators.c.series_id, indicators.c.direction,
               indicators.c.has_levels, indicators.c.green_min, indicators.c.green_max,
               indicators.c.yellow_min, indicators.c.yellow_max, indicators.c.target_value)
        .join(nodes, nodes.c.id == indicators.c.node_id)
        .where(nodes.c.plan_id == plan_id)).all()
    last_two = _last_two_values(session, {row.series_id for row in rows})
    marks: dict[int, IndicatorMark] = {}
    for row in rows:
        levels = (Levels(Band(row.green_min, row.green_max),
                         Band(row.yellow_min, row.yellow_max)) if row.has_levels else None)
        values = last_two.get(row.series_id, [])
        latest = values[0] if values else None
        previous = values[1] if len(values) > 1 else None
        marks[row.node_id] = IndicatorMark(
            row.node_id, assess_status(levels, latest),
            assess_trend(row.direction, levels, latest, previous, target=row.target_value))
    return marks


def _last_two_values(session: Session, series_ids: Iterable[int]
                     ) -> dict[int, list[Decimal]]:
    """The latest value first, then the one before, per series (by period start, end).

    Only the rows of each series' last two start years are ranked: a period's text
    begins with the year it starts in, so the unique (series, period) index finds the
    newest year (``max(period)``), the year before it, and the rows from there on, without
    reading a series' whole history (twenty years of weekly values, on a big workspace).
    """
    table, series = Measurement.__table__, Series.__table__
    ids = sorted(series_ids)
    out: dict[int, list[Decimal]] = {}
    for start in range(0, len(ids), 500):
        newest = aliased(table)
        before = aliased(table)
        # correlate(): nested two deep, the series must stay the outer query's row
        last_year = func.substr(select(func.max(newest.c.period)).where(
            newest.c.series_id == series.c.id).correlate(series).scalar_subquery(), 1, 4)
        year_before = func.substr(select(func.max(before.c.period)).where(
            before.c.series_id == series.c.id, before.c.period < last_year
        ).correlate(series).scalar_subquery(), 1, 4)
        years = (select(series.c.id.label("series_id"),
                        func.coalesce(year_before, last_year).label("since"))
                 .where(series.c.id.in_(ids[start:start + 500])).subquery())
        rank = func.row_number().over(
            partition_by=table.c.series_id,
            order_by=(table.c.period_start.desc(), table.c.period_end.desc())).label("rank")
        ranked = (select(table.c.series_id, table.c.value, rank)
                  .join(years, (years.c.series_id == table.c.series_id)
                        & (table.c.period >= years.c.since))
                  .subquery())
        for series_id, value in session.execute(
                select(ranked.c.series_id, ranked.c.value).where(ranked.c.rank <= 2)
                .order_by(ranked.c.series_id, ranked.c.rank)):
            out.setdefault(series_id, []).append(value)
    return out
