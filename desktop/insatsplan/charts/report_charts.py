"""The follow-up report's input: indicator rows and each activity's trend charts as PNG.

The Word layer draws nothing and reads no workspace
(:mod:`insatsplan.word.report_input`), so its caller gathers what it prints here: the
editor on its GUI thread before it hands the export to a worker, the CLI through an
offscreen application. The charts are the editor's topic charts
(:func:`insatsplan.charts.description.describe_topic`: one chart per unit, indicators of
one unit together), drawn by the one renderer at print size, 16 cm at 200 dpi.

The document is Swedish whatever language the editor shows (as the agreement's labels,
:mod:`insatsplan.word.labels`), so the chart texts come from the Swedish catalogue and the
alt texts are Swedish constants, kept here beside the one function that fills them in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import TYPE_CHECKING, Final

from insatsplan.charts.description import ChartDescription, describe_topic
from insatsplan.errors import Translate
from insatsplan.follow_up.report_lines import ReportFollowUp, TopicIndicators
from insatsplan.follow_up.status import STATUS_WORDS, StatusName
from insatsplan.periods import period_label
from insatsplan.values import PERCENT_UNITS, format_value_sv, with_unit
from insatsplan.word.labels import UNTITLED_HEADING
from insatsplan.word.report_input import ChartImage, IndicatorLine, ReportInput

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace

__all__ = ["CHART_DPI", "CHART_HEIGHT_CM", "CHART_WIDTH_CM", "alt_text", "describe_report",
           "gather_report_input", "report_input"]

CHART_WIDTH_CM: Final = 16.0
CHART_HEIGHT_CM: Final = 9.0
"""16:9, the editor's chart's shape."""
CHART_DPI: Final = 200.0

#: The alt texts' words (Swedish: the document's language, see the module's docstring).
ALT_CHART: Final = "Trenddiagram: {subject}{unit}, {span}."
ALT_UNIT: Final = " i {unit}"
#: The periods spanned when an end is itself a span ("2019–2022 till 2025", never the
#: unreadable "2019–2022–2025").
ALT_SPAN_WORDS: Final = "{first} till {last}"
ALT_LATEST: Final = "Senaste värde {value} ({period}), {status}."
ALT_TARGET: Final = "Målvärde {value}{period}."
ALT_NAMED_LATEST: Final = "{title}: senaste värde {value} ({period}), {status}."
ALT_NAMED_NO_VALUE: Final = "{title}: inget värde."
ALT_AND: Final = " och "
PER_CENT_WORD: Final = "procent"


@cache
def swedish() -> Translate:
    """The Swedish catalogue's ``translate(context, source)``, read once per process."""
    from insatsplan.translations import cli_translator

    return cli_translator("sv")


def describe_report(topic: TopicIndicators, *, translate: Translate | None = None
                    ) -> list[ChartDescription]:
    """An activity's charts as the editor draws them (one per unit), leaving out a chart
    with no value at all: the report says nothing rather than print an empty frame."""
    if not topic.indicators:
        return []
    charts = describe_topic(topic.indicators, translate=translate or swedish(),
                            number=format_value_sv)
    return [chart for chart in charts if not chart.is_empty]


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + ALT_AND + items[-1]


def _title(title: str) -> str:
    """An indicator's name as the alt text says it: an untitled one is named as the
    report's headings name it, never left as nothing between two commas."""
    return title if title.strip() else UNTITLED_HEADING


def _unit_words(unit: str) -> str:
    unit = " ".join(unit.split())
    if not unit:
        return ""
    return ALT_UNIT.format(unit=PER_CENT_WORD if unit.casefold() in PERCENT_UNITS else unit)


def alt_text(description: ChartDescription, topic: TopicIndicators,
             lines: dict[str, IndicatorLine] | None = None, *,
             translate: Translate | None = None) -> str:
    """What the chart shows, for a reader who cannot see it: the indicator(s), the unit,
    the periods spanned, and each indicator's latest value, its period and its status
    ("Trenddiagram: Andel som mår bra i procent, 2022–2024. Senaste värde 68 % (2024),
    gul nivå. Målvärde 75 %.")."""
    words = translate or swedish()
    shown = [indicator for indicator in topic.indicators
             if indicator.node_id in description.indicator_ids]
    points = sorted((point for series in description.series for point in series.points),
                    key=lambda point: point.x)
    first, last = points[0].label, points[-1].label
    span = (first if first == last
            else ALT_SPAN_WORDS.format(first=first, last=last) if "\u2013" in first + last
            else f"{first}\u2013{last}")
    titles = [_title(indicator.title) for indicator in shown]
    subject = (titles[0] if len(titles) == 1
               else f"{description.title}: {_listed(titles)}" if description.title
               else _listed(titles))
    parts = [ALT_CHART.format(subject=subject, unit=_unit_words(description.unit),
                              span=span)]
    for indicator in shown:
        line = (lines or {}).get(indicator.node_uuid)
        latest = indicator.series.latest
        status: StatusName = (line.status if line is not None  # type: ignore[assignment]
                              else "none")
        status_word = words("FollowUp", STATUS_WORDS.get(status, STATUS_WORDS["none"]))
        if latest is None:
            parts.append(ALT_NAMED_NO_VALUE.format(title=_title(indicator.title)))
            continue
        value = with_unit(format_value_sv(latest.value), indicator.unit)
        period = period_label(latest.period)
        if len(shown) == 1:
            parts.append(ALT_LATEST.format(value=value, period=period, status=status_word))
            if indicator.target_value is not None:
                target_period = indicator.target_period
                parts.append(ALT_TARGET.format(
                    value=with_unit(format_value_sv(indicator.target_value), indicator.unit),
                    period=f" ({period_label(target_period)})" if target_period else ""))
        else:
            parts.append(ALT_NAMED_LATEST.format(title=_title(indicator.title), value=value,
                                                 period=period, status=status_word))
    return " ".join(parts)


#: Told (charts drawn, charts in all) after each chart; answers False to stop drawing.
Progress = Callable[[int, int], bool]


class DrawingCancelled(Exception):
    """The person stopped the drawing of a report's charts (nothing is exported)."""


def report_input(follow_up: ReportFollowUp, *, charts: bool = True,
                 progress: Progress | None = None) -> ReportInput:
    """The :class:`ReportInput` the Word layer prints: the rows, and (*charts*) each
    activity's charts drawn as PNG. Drawing needs the GUI thread or, headless, an
    offscreen application (:func:`insatsplan.charts.render.ensure_application` makes one
    when there is none). *progress* hears of each chart drawn, so the editor can show
    how far it is and let the person stop (:class:`DrawingCancelled`)."""
    lines = dict(follow_up.lines)
    images: dict[str, tuple[ChartImage, ...]] = {}
    if charts:
        described = [(topic, description) for topic in follow_up.topics
                     for description in describe_report(topic)]
        if described:
            for topic, description, png in _drawn(described, progress):
                image = ChartImage(png, alt_text(description, topic, lines),
                                   width_cm=CHART_WIDTH_CM, height_cm=CHART_HEIGHT_CM)
                images[topic.uuid] = (*images.get(topic.uuid, ()), image)
    return ReportInput(period=follow_up.period.text, period_label=follow_up.period_label,
                       indicators=lines, charts=images)


def _drawn(described: Sequence[tuple[TopicIndicators, ChartDescription]],
           progress: Progress | None = None
           ) -> list[tuple[TopicIndicators, ChartDescription, bytes]]:
    """Each chart drawn as :func:`insatsplan.charts.render.png_bytes` draws it, on this
    (the GUI) thread, and encoded as PNG on a second thread while the next one is drawn
    (encoding was a fifth of a report's chart time)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is first loaded
    from insatsplan.charts import render

    render.ensure_application()
    width, height = render.print_size(CHART_WIDTH_CM, CHART_HEIGHT_CM, CHART_DPI)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="png") as encoder:
        pending = []
        for done, (topic, description) in enumerate(described, 1):
            image = render.render_image(description, width, height)
            pending.append((topic, description,
                            encoder.submit(render.encode_png, image, dpi=CHART_DPI)))
            if progress is not None and not progress(done, len(described)):
                for _topic, _description, png in pending:
                    png.cancel()
                raise DrawingCancelled
        return [(topic, description, png.result()) for topic, description, png in pending]


def gather_report_input(ws: Workspace, plan_ref: str | int, period: str | None = None, *,
                        charts: bool = True, progress: Progress | None = None
                        ) -> ReportInput:
    """Read the plan's follow-up for *period* (default: the plan's year) and draw its
    charts: what ``export-word --kind report`` and the editor's export hand the Word
    layer. A period that is not a period raises the person's error before anything is
    drawn."""
    return report_input(ws.report_follow_up(plan_ref, period), charts=charts,
                        progress=progress)
