"""The follow-up report's indicator rows for one period, decided once and without Qt.

The report is read after the period, and sometimes long after: a report for 2024 written
in March 2026 must still say what was known for 2024, not show the 2025 value as the
latest. So every indicator is taken *as of* the period: only the values whose period ends
by the period's end count (a quarter or a term inside the year counts for the year; a
rolling span "2022–2025" that ends after a 2024 report does not). The indicator table, the
status and the chart all read the same cut series, so they cannot disagree.

The Word layer prints the rows as they come: the numbers are written the Swedish way here
(the document is Swedish whatever language the editor shows), the unit has its own column,
and a baseline or target with a period carries it in parentheses ("55 (2022)").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from insatsplan.follow_up.indicator_line import IndicatorLine
from insatsplan.follow_up.status import assess_status
from insatsplan.periods import Period, parse_period, period_label
from insatsplan.values import format_value_sv

if TYPE_CHECKING:
    from insatsplan.workspace.reads import IndicatorData

__all__ = ["ReportFollowUp", "TopicIndicators", "as_of", "default_year", "indicator_line",
           "report_follow_up"]


@dataclass(frozen=True)
class TopicIndicators:
    """One activity's indicators, in print order, each cut to the report's period."""

    uuid: str
    title: str
    indicators: tuple[IndicatorData, ...]


@dataclass(frozen=True)
class ReportFollowUp:
    """What the report shows of a plan's measurements for one period.

    *lines*: every indicator's table row by its node UUID; *topics*: the activities that
    have indicators, in print order, for their charts.
    """

    period: Period
    lines: Mapping[str, IndicatorLine]
    topics: tuple[TopicIndicators, ...]

    @property
    def period_label(self) -> str:
        return period_label(self.period)


def default_year(year_from: int, year_to: int, today_year: int) -> int:
    """The year a plan is followed up for when nobody says: this year, held within the
    plan's years (a 2025 plan read in 2026 reports 2025; in a plan for 2024–2027 it is
    the current year). ``status --missing`` and the report agree on it."""
    return min(max(today_year, year_from), year_to)


def as_of(indicator: IndicatorData, period: Period) -> IndicatorData:
    """*indicator* with only the values known for *period*: those whose period ends by
    its end."""
    rows = tuple(row for row in indicator.series.measurements
                 if parse_period(row.period).end <= period.end)
    if len(rows) == len(indicator.series.measurements):
        return indicator
    return replace(indicator, series=replace(indicator.series, measurements=rows))


def _number(value: Decimal | None, period: str | None = None) -> str:
    if value is None:
        return ""
    text = format_value_sv(value)
    return f"{text} ({period_label(period)})" if period else text


def indicator_line(indicator: IndicatorData) -> IndicatorLine:
    """One row of the indicator table from an indicator already cut with :func:`as_of`:
    baseline and target with their periods, the latest value and its period, the status
    of that value against the levels ("none" without a value or without levels)."""
    latest = indicator.series.latest
    return IndicatorLine(
        title=indicator.title,
        unit=indicator.unit,
        baseline=_number(indicator.baseline_value, indicator.baseline_period),
        target=_number(indicator.target_value, indicator.target_period),
        latest="" if latest is None else format_value_sv(latest.value),
        latest_period="" if latest is None else period_label(latest.period),
        status=assess_status(indicator.levels, None if latest is None else latest.value))


def report_follow_up(period: Period, indicators: Iterable[IndicatorData],
                     topic_uuids: Mapping[int, str]) -> ReportFollowUp:
    """The report's rows and chart groups from a plan's indicators (print order, with
    their whole series) and its topics' UUIDs by node id."""
    cut = [as_of(indicator, period) for indicator in indicators]
    groups: dict[int, list[IndicatorData]] = {}
    for indicator in cut:
        if indicator.topic_id is not None and indicator.topic_id in topic_uuids:
            groups.setdefault(indicator.topic_id, []).append(indicator)
    return ReportFollowUp(
        period=period,
        lines={indicator.node_uuid: indicator_line(indicator) for indicator in cut},
        topics=tuple(_topic(topic_uuids[topic_id], group)
                     for topic_id, group in groups.items()))


def _topic(uuid: str, group: Sequence[IndicatorData]) -> TopicIndicators:
    return TopicIndicators(uuid=uuid, title=group[0].topic_title, indicators=tuple(group))
