"""What the follow-up report is given: indicator rows and trend charts as of one period.

Built through the workspace API (tests/follow_up_plan.py), read back through a second
opening of the file: the rows (Swedish numbers, the latest value known for the period and
its status), the period's default and refusal, and the charts (one per unit as the
editor draws them, PNG at 16 cm and 200 dpi, alt text saying what each shows).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from follow_up_plan import FollowUpPlan, build_follow_up_plan
from insatsplan.errors import UserError
from insatsplan.workspace import Workspace


@pytest.fixture
def built(workspace_path: Path) -> Iterator[tuple[Workspace, FollowUpPlan]]:
    with Workspace.open(workspace_path) as ws:
        plan = build_follow_up_plan(ws)
        ws.update_indicator(plan.feeling_well, baseline={"value": "55", "period": "2022"},
                            target={"value": "75", "period": "2025"})
        # known after a 2024 report: never its latest value
        ws.set_measurement(ws.indicator(plan.feeling_well).series.id, "2025", "80")
        # a second indicator in per cent under the same activity: on the same chart
        node = ws.add_node(plan.plan_id, plan.topics[0], "indicator", "Andel som känner sig "
                           "trygga", horizon="short")
        ws.update_indicator(node, unit="%", direction="rise")
        ws.set_measurement(ws.indicator(node).series.id, "2023", "40")
    with Workspace.open(workspace_path) as reopened:  # read back through a new connection
        yield reopened, plan


def png_facts(data: bytes) -> tuple[int, int, float]:
    """Width, height and dots per inch (from the pHYs chunk) of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    at = data.index(b"pHYs")
    per_metre_x, _y, unit = struct.unpack(">IIB", data[at + 4:at + 13])
    assert unit == 1  # metres
    return width, height, per_metre_x * 0.0254


def test_rows_show_what_was_known_for_the_period(
        built: tuple[Workspace, FollowUpPlan]) -> None:
    ws, plan = built
    uuid = {plan.feeling_well: "", plan.waiting: "", plan.participants: "",
            plan.duplicate_a: "", plan.duplicate_b: ""}
    for node_id in uuid:
        uuid[node_id] = ws.indicator(node_id).node_uuid
    lines = ws.report_lines(plan.plan_id, "2024")
    feeling = lines[uuid[plan.feeling_well]]
    assert (feeling.title, feeling.unit, feeling.baseline, feeling.target) == (
        "Andel som mår bra", "%", "55 (2022)", "75 (2025)")
    assert (feeling.latest, feeling.latest_period, feeling.status) == ("68", "2024", "yellow")
    assert (lines[uuid[plan.waiting]].latest, lines[uuid[plan.waiting]].status) == ("30", "red")
    # the term inside the year counts for it, written as people say it
    assert (lines[uuid[plan.duplicate_b]].latest,
            lines[uuid[plan.duplicate_b]].latest_period) == ("1,5", "VT 2024")
    # a value from after the period is not known yet; no value cannot be assessed
    assert (lines[uuid[plan.participants]].latest,
            lines[uuid[plan.participants]].status) == ("", "none")
    assert lines[uuid[plan.duplicate_a]].status == "none"

    later = ws.report_lines(plan.plan_id, "2025")
    assert (later[uuid[plan.feeling_well]].latest, later[uuid[plan.feeling_well]].status) == (
        "80", "green")
    assert later[uuid[plan.participants]].latest == "292"


def test_the_period_defaults_to_the_plans_year_and_must_be_a_period(
        built: tuple[Workspace, FollowUpPlan]) -> None:
    ws, plan = built
    follow_up = ws.report_follow_up(plan.plan_id)
    assert (follow_up.period.text, follow_up.period_label) == ("2024", "2024")
    spring = ws.report_follow_up(plan.plan_id, "VT 2024")
    assert (spring.period.text, spring.period_label) == ("2024-VT", "VT 2024")
    with pytest.raises(UserError) as raised:
        ws.report_follow_up(plan.plan_id, "förra året")
    assert "förra året" in raised.value.text()


def test_charts_are_the_editors_topic_charts_at_print_size(
        built: tuple[Workspace, FollowUpPlan]) -> None:
    from insatsplan.charts.report_charts import gather_report_input

    ws, plan = built
    report = gather_report_input(ws, plan.plan_id, "2024")
    assert (report.period, report.period_label) == ("2024", "2024")
    topic_a = ws.exchange_document(plan.plan_id)["plan"]["children"][0]["children"][0]["uuid"]
    charts = report.charts[topic_a]
    # per cent (two indicators together) and days; the indicator without a unit or a
    # value ("Dubblett") has no chart
    assert len(charts) == 2
    for chart in charts:
        width, height, dpi = png_facts(chart.png)
        assert (width, height) == (1260, 709) and round(dpi) == 200
        assert (chart.width_cm, chart.height_cm) == (16.0, 9.0)
    per_cent, days = charts
    assert per_cent.alt_text == (
        "Trenddiagram: Samtalsstöd: Andel som mår bra och Andel som känner sig trygga i "
        "procent, 2022–2024. Andel som mår bra: senaste värde 68\u00a0% (2024), gul nivå. "
        "Andel som känner sig trygga: senaste värde 40\u00a0% (2023), kan inte bedömas.")
    assert days.alt_text == ("Trenddiagram: Väntetid i dagar, 2023–2024. Senaste värde "
                             "30\u00a0dagar (2024), röd nivå.")
    # the second activity's only value before 2025 is the term's
    topic_b = ws.exchange_document(plan.plan_id)["plan"]["children"][1]["children"][0]["uuid"]
    (duplicate,) = report.charts[topic_b]
    assert duplicate.alt_text.startswith("Trenddiagram: Dubblett, VT 2024. Senaste värde 1,5")


def test_a_single_indicators_alt_text_names_its_target(
        built: tuple[Workspace, FollowUpPlan]) -> None:
    from insatsplan.charts.report_charts import gather_report_input

    ws, plan = built
    ws.delete_node(ws.find_indicator(plan.plan_id, "Andel som känner sig trygga"))
    report = gather_report_input(ws, plan.plan_id, "2025")
    topic_a = ws.exchange_document(plan.plan_id)["plan"]["children"][0]["children"][0]["uuid"]
    assert report.charts[topic_a][0].alt_text == (
        "Trenddiagram: Andel som mår bra i procent, 2022–2025. Senaste värde 80\u00a0% "
        "(2025), grön nivå. Målvärde 75\u00a0% (2025).")


def test_a_plan_without_values_has_rows_and_no_charts(ws: Workspace) -> None:
    from insatsplan.charts.report_charts import gather_report_input

    plan = ws.create_plan(title="Tom plan", year_from=2025)
    area = ws.add_node(plan, None, "focus_area", "Område")
    topic = ws.add_node(plan, area, "topic", "Insats")
    ws.add_node(plan, topic, "indicator", "Antal", horizon="short")
    report = gather_report_input(ws, plan)
    assert report.period == "2025" and report.charts == {}
    (line,) = report.indicators.values()
    assert (line.title, line.latest, line.status) == ("Antal", "", "none")


def test_report_images_are_the_renderers_print_png_of_the_editors_charts(
        built: tuple[Workspace, FollowUpPlan]) -> None:
    """Drawn by the same code as the editor's topic chart and ``png_bytes``: the report's
    bytes are those of the editor's description (``describe_topic``) at 16 × 9 cm."""
    from insatsplan.charts import render
    from insatsplan.charts.description import describe_topic
    from insatsplan.charts.report_charts import gather_report_input, swedish

    ws, plan = built
    report = gather_report_input(ws, plan.plan_id, "2023")
    follow_up = ws.report_follow_up(plan.plan_id, "2023")
    topic = follow_up.topics[0]
    editor = [chart for chart in describe_topic(topic.indicators, translate=swedish())
              if not chart.is_empty]
    assert [image.png for image in report.charts[topic.uuid]] == [
        render.png_bytes(chart, width_cm=16, height_cm=9, dpi=200) for chart in editor]
