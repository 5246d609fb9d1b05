"""What a trend chart shows, decided once and without Qt.

The editor's chart, ``insatsplan chart`` and the report's images must show the same
thing: the same points at the same places, the same bands, target and words. So every
decision about *what* is drawn is made here, from the workspace's read side
(``IndicatorData``, ``SeriesData`` of :mod:`insatsplan.workspace.reads`),
into frozen dataclasses; :mod:`insatsplan.charts.render` only decides *how* (colours,
pens, fonts) and never looks at the workspace.

Decisions made here:

- a value sits at its period's midpoint, as a decimal year (2024-07-01 is about 2024.5),
  so a year, its terms, quarters and months, and a rolling span "2019–2022" share one axis;
- the x axis is labelled in the periods' own words (:func:`insatsplan.periods.period_label`);
- values become floats only here, for drawing; texts show the exact decimals;
- the bands are the indicator's levels cut by :func:`insatsplan.levels.segments`, so the one
  rule (green wins where bands overlap) holds on the chart too; the outermost bands are open
  (``None``): the red band is whatever lies outside;
- markers are dropped above :data:`MARKER_LIMIT` points (10,000 markers cost far more than
  the 50 ms a chart may take, and at that density they are a smear anyway);
- an indicator without values is an empty chart with a message, never an error.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

from insatsplan.errors import QT_TRANSLATE_NOOP, Translate, untranslated
from insatsplan.levels import Levels, Status, segments
from insatsplan.periods import Period, parse_period, period_label
from insatsplan.values import format_value_sv, same_unit, unit_key, with_unit

if TYPE_CHECKING:
    from insatsplan.workspace.reads import IndicatorData, MeasurementRow, SeriesData

CONTEXT: Final = "Charts"
"""The translation context of every text on a chart."""

MARKER_LIMIT: Final = 300
"""More points than this in one series: a line without markers."""

NumberFormat = Callable[[Decimal], str]
SeriesRole = Literal["indicator", "comparison"]
MarkKind = Literal["target", "baseline"]

MSG_EMPTY: Final = QT_TRANSLATE_NOOP(
    "Charts", "No values yet: add them in the Mätvärden table or import statistics.")
MSG_TARGET: Final = QT_TRANSLATE_NOOP("Charts", "Target {value} ({period})")
MSG_TARGET_NO_PERIOD: Final = QT_TRANSLATE_NOOP("Charts", "Target {value}")
MSG_BASELINE: Final = QT_TRANSLATE_NOOP("Charts", "Baseline {value} ({period})")
MSG_BASELINE_NO_PERIOD: Final = QT_TRANSLATE_NOOP("Charts", "Baseline {value}")
MSG_NOTE: Final = QT_TRANSLATE_NOOP("Charts", "Comment: {note}")
MSG_SOURCE: Final = QT_TRANSLATE_NOOP("Charts", "Source: {source}")
MSG_SUMMARY: Final = QT_TRANSLATE_NOOP("Charts", "{title} {span}, latest {value} ({period})")
MSG_SUMMARY_TARGET: Final = QT_TRANSLATE_NOOP("Charts", ", target {value}")
MSG_SUMMARY_EMPTY: Final = QT_TRANSLATE_NOOP("Charts", "{title}: no values yet")
BAND_NAMES: Final[dict[Status, str]] = {
    "green": QT_TRANSLATE_NOOP("Charts", "green"),
    "yellow": QT_TRANSLATE_NOOP("Charts", "yellow"),
    "red": QT_TRANSLATE_NOOP("Charts", "red"),
}


@dataclass(frozen=True)
class ChartPoint:
    """One value where it is drawn, and what hovering over it tells."""

    x: float
    """The period's midpoint as a decimal year."""
    y: float
    value: Decimal
    period: str
    """The stored (canonical) period text."""
    label: str
    """The period as people say it: "VT 2024"."""
    note: str
    source: str


@dataclass(frozen=True)
class ChartSeries:
    """One line: an indicator's own series or a comparison (county, country, women, men)."""

    name: str
    role: SeriesRole
    points: tuple[ChartPoint, ...]

    @property
    def markers(self) -> bool:
        """Whether each value gets a marker (not above :data:`MARKER_LIMIT` points)."""
        return len(self.points) <= MARKER_LIMIT


@dataclass(frozen=True)
class ChartBand:
    """A stretch of the value axis with one status; ``None`` is an open end."""

    status: Status
    low: float | None
    high: float | None
    label: str = ""
    """The band's name ("grön"), written on it: never colour alone (print is grey)."""


@dataclass(frozen=True)
class ChartMark:
    """An indicator's target or baseline.

    A target with a period is drawn as a line at its value from the start of its period
    (``x_start``) to ``x_end`` (the end of its period or the last value, whichever is
    later), with a marker at the period's midpoint; without a period it spans the chart.
    A baseline is a marker at its period's midpoint (without a period: a line across).
    """

    kind: MarkKind
    value: Decimal
    y: float
    period: str | None
    x: float | None
    x_start: float | None
    x_end: float | None
    text: str
    series: int
    """The index in :attr:`ChartDescription.series` of the indicator it belongs to."""


@dataclass(frozen=True)
class AxisTick:
    x: float
    label: str


@dataclass(frozen=True)
class ChartDescription:
    """Everything a trend chart shows, in drawing units and finished texts."""

    title: str
    unit: str
    series: tuple[ChartSeries, ...]
    bands: tuple[ChartBand, ...] = ()
    marks: tuple[ChartMark, ...] = ()
    ticks: tuple[AxisTick, ...] = ()
    empty_message: str = ""
    """Shown in the middle of the chart when no series has a value."""
    summary: str = ""
    """The chart in one sentence: alt text for reports, accessible description."""
    indicator_ids: tuple[int, ...] = field(default=())
    """The node ids of the indicators drawn (the widget keeps its comparisons per id)."""
    decimal_mark: str = ","
    """How the value axis writes a fraction: as the texts' number format does."""
    words: _Words | None = field(default=None, compare=False, repr=False)
    """The language and number style the texts were made in (for :meth:`hover_text`)."""

    @property
    def is_empty(self) -> bool:
        return not any(series.points for series in self.series)

    @property
    def point_count(self) -> int:
        return sum(len(series.points) for series in self.series)

    def hover_text(self, series: ChartSeries, point: ChartPoint) -> str:
        """What hovering over *point* tells: the series (when there are several), the
        period and the value with its unit, the comment and the source, one per line.
        Made when asked: 10,000 texts up front would cost more than drawing them."""
        words = self.words or _Words(untranslated, format_value_sv, self.unit)
        lines = [series.name] if len(self.series) > 1 else []
        lines.append(f"{point.label}: {words.value(point.value)}")
        if point.note:
            lines.append(words.text(MSG_NOTE, note=point.note))
        if point.source:
            lines.append(words.text(MSG_SOURCE, source=point.source))
        return "\n".join(lines)


# ------------------------------------------------------------------------ building


def describe_indicator(indicator: IndicatorData, comparisons: Sequence[SeriesData] = (), *,
                       translate: Translate = untranslated,
                       number: NumberFormat = format_value_sv) -> ChartDescription:
    """One indicator's chart: its series, levels, target and baseline, and *comparisons*
    (other series in the same unit) as thin lines beside it."""
    return describe_indicators([indicator], comparisons, translate=translate, number=number)


def describe_topic(indicators: Sequence[IndicatorData], *,
                   translate: Translate = untranslated,
                   number: NumberFormat = format_value_sv) -> list[ChartDescription]:
    """A topic's indicators, one chart per unit (in order of first appearance): values in
    different units on one axis would mislead."""
    by_unit: dict[str, list[IndicatorData]] = {}
    for indicator in indicators:
        by_unit.setdefault(unit_key(indicator.unit), []).append(indicator)
    return [describe_indicators(group, translate=translate, number=number,
                                title=group[0].topic_title if len(group) > 1 else None)
            for group in by_unit.values()]


def describe_indicators(indicators: Sequence[IndicatorData],
                        comparisons: Sequence[SeriesData] = (), *,
                        title: str | None = None, translate: Translate = untranslated,
                        number: NumberFormat = format_value_sv) -> ChartDescription:
    """Indicators that share a unit on one chart (the first one's unit is the axis's).

    Bands are drawn only when every indicator has the same levels: two sets of bands on
    one axis cannot both be read, and one indicator's bands would judge another's values.
    Each indicator's target and baseline are shown.
    """
    if not indicators:
        raise ValueError("a chart needs at least one indicator")
    unit = indicators[0].unit.strip()
    words = _Words(translate, number, unit)
    series: list[ChartSeries] = [
        words.series(indicator.title, "indicator", indicator.series.measurements)
        for indicator in indicators]
    own = {indicator.series.uuid for indicator in indicators}
    for other in comparisons:
        # a comparison chosen before the indicator's unit changed is not drawn on an
        # axis it does not belong to (the menu still offers to take it off)
        if other.uuid not in own and same_unit(other.unit, unit):
            own.add(other.uuid)
            series.append(words.series(other.name, "comparison", other.measurements))
    xs = [point.x for line in series for point in line.points]
    span = (min(xs), max(xs)) if xs else None
    marks = [mark for index, indicator in enumerate(indicators)
             for mark in words.marks(indicator, index, span)]
    levels = {indicator.levels for indicator in indicators}
    only = levels.pop() if len(levels) == 1 else None
    bands = bands_for(only, translate=translate) if only is not None else ()
    description = ChartDescription(
        title=title if title is not None else indicators[0].title, unit=unit,
        series=tuple(series), bands=bands, marks=tuple(marks),
        ticks=_ticks(series, marks),
        indicator_ids=tuple(indicator.node_id for indicator in indicators),
        decimal_mark="," if "," in number(Decimal("0.5")) else ".", words=words)
    return _finished(description, indicators[0], words)


def bands_for(levels: Levels, *,
              translate: Translate = untranslated) -> tuple[ChartBand, ...]:
    """The value axis cut into green, yellow and red by the one band rule; the outermost
    bands are open, so red reaches as far as the chart does. Each carries its name."""
    ends = levels.ends()
    if not ends:
        return ()
    margin = max(abs(ends[-1] - ends[0]), Decimal(1))
    pieces = segments(levels, ends[0] - margin, ends[-1] + margin)
    last = len(pieces) - 1
    words = _Words(translate, format_value_sv, "")
    return tuple(ChartBand(piece.status,
                           None if i == 0 else float(piece.low),
                           None if i == last else float(piece.high),
                           words.text(BAND_NAMES[piece.status]))
                 for i, piece in enumerate(pieces))


def period_x(period: Period) -> float:
    """Where a period is drawn: its midpoint as a decimal year (1 July 2024 ≈ 2024.497)."""
    middle = period.midpoint
    year_days = 366 if calendar.isleap(middle.year) else 365
    return middle.year + (middle - date(middle.year, 1, 1)).days / year_days


def period_start_x(period: Period) -> float:
    start = period.start
    year_days = 366 if calendar.isleap(start.year) else 365
    return start.year + (start - date(start.year, 1, 1)).days / year_days


def period_end_x(period: Period) -> float:
    """The first moment after the period, as a decimal year (2024 ends at 2025.0)."""
    end = period.end
    year_days = 366 if calendar.isleap(end.year) else 365
    return end.year + ((end - date(end.year, 1, 1)).days + 1) / year_days


# ------------------------------------------------------------------------ helpers


@dataclass(frozen=True)
class _Words:
    """The texts of one chart, in the language and number style asked for."""

    translate: Translate
    number: NumberFormat
    unit: str

    def text(self, message: str, /, **params: object) -> str:
        try:
            return self.translate(CONTEXT, message).format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation: the source
            return message.format(**params)

    def value(self, value: Decimal) -> str:
        return with_unit(self.number(value), self.unit)

    def series(self, name: str, role: SeriesRole,
               rows: Iterable[MeasurementRow]) -> ChartSeries:
        points = []
        for row in rows:
            period = parse_period(row.period)
            points.append(ChartPoint(x=period_x(period), y=float(row.value), value=row.value,
                                     period=period.text, label=period_label(period),
                                     note=row.note, source=row.source))
        points.sort(key=lambda point: point.x)
        return ChartSeries(name=name, role=role, points=tuple(points))

    def marks(self, indicator: IndicatorData, index: int,
              span: tuple[float, float] | None) -> list[ChartMark]:
        """Target and baseline; one without a period spans the values (*span*)."""
        out = []
        for kind, value, period_text in (
                ("target", indicator.target_value, indicator.target_period),
                ("baseline", indicator.baseline_value, indicator.baseline_period)):
            if value is None:
                continue
            period = parse_period(period_text) if period_text else None
            shown = self.value(value)
            if period is None:
                message = MSG_TARGET_NO_PERIOD if kind == "target" else MSG_BASELINE_NO_PERIOD
                text = self.text(message, value=shown)
                x = None
                x_start, x_end = span if span is not None else (None, None)
            else:
                message = MSG_TARGET if kind == "target" else MSG_BASELINE
                text = self.text(message, value=shown, period=period_label(period))
                x, x_start = period_x(period), period_start_x(period)
                x_end = max(period_end_x(period), span[1] if span is not None else x)
            out.append(ChartMark(kind=kind, value=value, y=float(value),  # type: ignore[arg-type]
                                 period=None if period is None else period.text, x=x,
                                 x_start=x_start, x_end=x_end, text=text, series=index))
        return out


def _ticks(series: Sequence[ChartSeries], marks: Sequence[ChartMark]) -> tuple[AxisTick, ...]:
    """One tick per distinct period shown (values, targets and baselines), left to right."""
    seen: dict[str, AxisTick] = {}
    for line in series:
        for point in line.points:
            seen.setdefault(point.period, AxisTick(point.x, point.label))
    for mark in marks:
        if mark.period is not None and mark.x is not None:
            seen.setdefault(mark.period, AxisTick(mark.x, period_label(mark.period)))
    return tuple(sorted(seen.values(), key=lambda tick: tick.x))


def _finished(description: ChartDescription, first: IndicatorData,
              words: _Words) -> ChartDescription:
    """The empty-state message and the one-sentence summary, once the rest is known."""
    if description.is_empty:
        return replace(description, empty_message=words.text(MSG_EMPTY),
                       summary=words.text(MSG_SUMMARY_EMPTY, title=description.title))
    line = next((line for line in description.series if line.points), description.series[0])
    first_label, latest = line.points[0].label, line.points[-1]
    span = first_label if first_label == latest.label else f"{first_label}–{latest.label}"
    summary = words.text(MSG_SUMMARY, title=line.name, span=span,
                         value=words.value(latest.value), period=latest.label)
    if first.target_value is not None and line.name == first.title:
        summary += words.text(MSG_SUMMARY_TARGET, value=words.value(first.target_value))
    return replace(description, summary=summary)
