"""The Qt-free chart description: what a trend chart shows, decided from the read side.

Built from the demo workspace's real indicators (read through the workspace API), varied
with ``dataclasses.replace`` where a case needs values the demo lacks.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from insatsplan.charts.description import (
    MARKER_LIMIT,
    describe_indicator,
    describe_indicators,
    describe_topic,
    period_x,
)
from insatsplan.levels import Levels
from insatsplan.periods import parse_period
from insatsplan.workspace import Workspace
from insatsplan.workspace.reads import IndicatorData, MeasurementRow, SeriesData

SWEDISH = {"Target {value} ({period})": "Mål {value} ({period})",
           "Comment: {note}": "Kommentar: {note}", "Source: {source}": "Källa: {source}"}


def swedish(context: str, source: str) -> str:
    assert context == "Charts"
    return SWEDISH.get(source, source)


@pytest.fixture
def demo(demo_workspace_path: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_workspace_path) as workspace:
        yield workspace


def indicator(ws: Workspace, title: str) -> IndicatorData:
    return ws.indicator(ws.find_indicator(1, title))


def with_values(item: IndicatorData, *rows: tuple[str, str]) -> IndicatorData:
    values = tuple(MeasurementRow(period, Decimal(value)) for period, value in rows)
    return replace(item, series=replace(item.series, measurements=values))


def test_points_sit_at_period_midpoints_labelled_in_the_periods_own_words(
        demo: Workspace) -> None:
    parents = indicator(demo, "Antal föräldrar som deltagit i föräldraskapsprogram")
    chart = describe_indicator(parents)
    (line,) = chart.series
    assert [p.label for p in line.points] == ["VT 2023", "HT 2023", "VT 2024", "HT 2024",
                                              "VT 2025"]
    assert [p.value for p in line.points] == [m.value for m in parents.series.measurements]
    assert [p.y for p in line.points] == [float(m.value) for m in parents.series.measurements]
    # VT 2023's midpoint is 1 April (day 90 of 365), HT's 30 September
    assert line.points[0].x == pytest.approx(2023 + 90 / 365)
    assert line.points[1].x == pytest.approx(2023 + 272 / 365)
    # the axis: one tick per period in its own words, the target's period too
    assert [tick.label for tick in chart.ticks] == ["VT 2023", "HT 2023", "VT 2024",
                                                    "HT 2024", "VT 2025", "HT 2025"]
    assert chart.title == parents.title and chart.unit == "antal"
    assert line.markers


def test_a_multi_year_span_is_drawn_at_its_midpoint(demo: Workspace) -> None:
    item = with_values(indicator(demo, "Suicid per 100 000 invånare"),
                       ("2015-2018", "15.1"), ("2019–2022", "13.4"))
    points = describe_indicator(item).series[0].points
    assert [p.label for p in points] == ["2015–2018", "2019–2022"]
    assert points[1].x == pytest.approx(period_x(parse_period("2019-2022")))
    assert 2020.9 < points[1].x < 2021.1


def test_bands_follow_the_levels_and_red_is_whatever_lies_outside(demo: Workspace) -> None:
    item = indicator(demo, "Antal personer i akut hemlöshet")  # fall: green low, red high
    assert item.levels is not None
    bands = describe_indicator(item).bands
    assert [b.status for b in bands] == ["green", "yellow", "red"]
    assert bands[0].low is None and bands[-1].high is None  # open ends: red to the edge
    assert bands[0].high == bands[1].low and bands[1].high == bands[2].low
    # a "hold" indicator: green inside yellow, green wins where they overlap
    hold = replace(item, levels=Levels.from_mapping(
        {"green": {"min": "40", "max": "60"}, "yellow": {"min": "30", "max": "70"}}))
    assert [(b.status, b.low, b.high) for b in describe_indicator(hold).bands] == [
        ("red", None, 30.0), ("yellow", 30.0, 40.0), ("green", 40.0, 60.0),
        ("yellow", 60.0, 70.0), ("red", 70.0, None)]
    assert describe_indicator(replace(item, levels=None)).bands == ()


def test_target_is_a_line_from_its_period_and_the_baseline_a_marked_point(
        demo: Workspace) -> None:
    item = indicator(demo, "Antal personer i akut hemlöshet")  # target 25 (2030), base 48 (2021)
    chart = describe_indicator(item, translate=swedish)
    target = next(m for m in chart.marks if m.kind == "target")
    baseline = next(m for m in chart.marks if m.kind == "baseline")
    assert (target.value, target.period) == (Decimal(25), "2030")
    assert target.x_start == pytest.approx(2030.0) and target.x_end == pytest.approx(2031.0)
    assert target.text == "Mål 25\u00a0antal (2030)"
    assert (baseline.value, baseline.period) == (Decimal(48), "2021")
    assert baseline.x == pytest.approx(period_x(parse_period("2021")))
    # a target without a period spans the values instead
    open_target = describe_indicator(replace(item, target_period=None))
    spans = next(m for m in open_target.marks if m.kind == "target")
    xs = [p.x for p in open_target.series[0].points]
    assert spans.x is None and (spans.x_start, spans.x_end) == (min(xs), max(xs))


def test_hover_tells_period_value_comment_and_source_in_swedish_numbers(
        demo: Workspace) -> None:
    item = indicator(demo, "Suicid per 100 000 invånare")
    noted = replace(item, series=replace(item.series, measurements=(
        MeasurementRow("2024", Decimal("12.5"), "Preliminär siffra", "Socialstyrelsen"),)))
    chart = describe_indicator(noted, translate=swedish)
    (line,) = chart.series
    assert chart.hover_text(line, line.points[0]) == (
        "2024: 12,5\u00a0per 100 000 invånare\nKommentar: Preliminär siffra\n"
        "Källa: Socialstyrelsen")


def test_comparisons_are_their_own_thin_series_and_never_the_indicators_own(
        demo: Workspace) -> None:
    item = indicator(demo, "Suicid per 100 000 invånare")
    county = SeriesData(-1, "county-uuid", "Skåne län", item.unit,
                        (MeasurementRow("2023", Decimal("13.9")),))
    chart = describe_indicator(item, [county, item.series, county])
    assert [(s.name, s.role) for s in chart.series] == [(item.title, "indicator"),
                                                         ("Skåne län", "comparison")]
    several = chart.hover_text(chart.series[1], chart.series[1].points[0])
    assert several.splitlines()[0] == "Skåne län"  # which line, when there are several


def test_markers_are_dropped_above_a_few_hundred_points(demo: Workspace) -> None:
    item = indicator(demo, "Antal nya kontakter")
    days = [parse_period(f"2024-{m:02d}-{d:02d}") for m in range(1, 13) for d in range(1, 29)]
    many = with_values(item, *((p.text, str(i)) for i, p in enumerate(days)))
    assert len(days) > MARKER_LIMIT
    assert not describe_indicator(many).series[0].markers
    few = with_values(item, *((p.text, str(i)) for i, p in enumerate(days[:MARKER_LIMIT])))
    assert describe_indicator(few).series[0].markers


def test_an_indicator_without_values_is_an_empty_chart_with_a_message(
        demo: Workspace) -> None:
    item = with_values(indicator(demo, "Antal nya kontakter"))
    chart = describe_indicator(item)
    assert chart.is_empty and chart.point_count == 0
    assert "No values yet" in chart.empty_message
    assert chart.summary == f"{item.title}: no values yet"
    assert not describe_indicator(indicator(demo, "Antal nya kontakter")).is_empty


def test_a_topics_indicators_share_a_chart_per_unit(demo: Workspace) -> None:
    topic = [i for i in demo.indicators(1) if i.topic_title.startswith("Individanpassat")]
    assert {i.unit for i in topic} == {"antal", "procent"}
    charts = describe_topic(topic)
    assert [c.unit for c in charts] == ["antal", "procent"]
    counted = charts[0]
    assert counted.title == topic[0].topic_title
    assert [s.name for s in counted.series] == [i.title for i in topic if i.unit == "antal"]
    assert set(counted.indicator_ids) == {i.node_id for i in topic if i.unit == "antal"}
    # one has levels, the other none: no bands (they would judge the other's values)
    assert counted.bands == ()
    same = [replace(i, levels=topic[0].levels) for i in topic if i.unit == "antal"]
    assert describe_indicators(same).bands == describe_indicator(topic[0]).bands != ()
    with pytest.raises(ValueError):
        describe_indicators([])


def test_the_summary_says_what_the_chart_shows(demo: Workspace) -> None:
    item = indicator(demo, "Antal personer i akut hemlöshet")
    last = item.series.measurements[-1]
    assert describe_indicator(item).summary == (
        f"{item.title} 2021–2025, latest {last.value}\u00a0antal (2025), target 25\u00a0antal")


def test_the_description_imports_no_qt() -> None:
    code = ("import sys, insatsplan.charts.description, insatsplan.charts.files; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', "
            "'numpy'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).parent.parent / "desktop")
    assert result.stdout.strip() == "[]"


def test_a_topics_indicators_share_a_chart_when_their_units_differ_only_in_case(
        demo: Workspace) -> None:
    """"antal" and "Antal " are one axis (one rule with the topic form and the menus)."""
    from insatsplan.charts.description import describe_topic

    homeless = indicator(demo, "Antal föräldrar som deltagit i föräldraskapsprogram")
    other = replace(homeless, node_id=homeless.node_id + 1000, unit=" Antal ",
                    series=replace(homeless.series, uuid="other", id=homeless.series.id + 1))
    first = replace(homeless, unit="antal")
    charts = describe_topic([first, other])
    assert len(charts) == 1 and len(charts[0].series) == 2
