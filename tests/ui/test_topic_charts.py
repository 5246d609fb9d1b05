"""A topic's indicators charted together, one chart per unit, drawn only when opened."""

from __future__ import annotations

from typing import Any

from insatsplan.ui.editors.forms import TopicForm
from insatsplan.ui.editors.topic_charts import TopicCharts, by_unit
from insatsplan.ui.main_window import MainWindow


def topic_with_most_indicators(window: MainWindow) -> tuple[int, str, int]:
    """(plan id, topic UUID, topic id) of the demo topic with the most indicators."""
    assert window.ws is not None
    indicators = window.ws.indicators(1)
    counts: dict[int, int] = {}
    for indicator in indicators:
        assert indicator.topic_id is not None
        counts[indicator.topic_id] = counts.get(indicator.topic_id, 0) + 1
    topic_id = max(counts, key=lambda key: counts[key])
    return 1, window.ws.node_place(topic_id).uuid, topic_id


def charts_of(window: MainWindow) -> TopicCharts:
    assert window.panel is not None
    form = window.panel.current_form()
    assert isinstance(form, TopicForm)
    return form.charts


def test_topic_indicators_are_the_plans_indicators_under_it(window: MainWindow) -> None:
    assert window.ws is not None
    _plan, _uuid, topic_id = topic_with_most_indicators(window)
    expected = [i for i in window.ws.indicators(1) if i.topic_id == topic_id]
    assert window.ws.topic_indicators(topic_id) == expected
    assert window.ws.count_under(topic_id, "indicator") == len(expected) >= 2


def test_closed_section_names_the_count_and_draws_nothing(window: MainWindow) -> None:
    TopicCharts.open_for_session = False
    plan_id, uuid, topic_id = topic_with_most_indicators(window)
    window.select_node(plan_id, uuid)
    charts = charts_of(window)
    assert window.ws is not None
    count = window.ws.count_under(topic_id, "indicator")
    assert f"({count} " in charts.button.text()
    assert not charts.is_open() and charts.charts == []


def test_open_section_draws_one_chart_per_unit_and_follows_new_values(
        qtbot: Any, window: MainWindow) -> None:
    TopicCharts.open_for_session = False
    plan_id, uuid, topic_id = topic_with_most_indicators(window)
    window.select_node(plan_id, uuid)
    charts = charts_of(window)
    charts.button.click()
    assert window.ws is not None
    indicators = window.ws.topic_indicators(topic_id)
    groups = by_unit(indicators)
    shown = [chart for chart in charts.charts if chart.isVisibleTo(charts)]
    assert len(shown) == len(groups)
    first = shown[0].description
    assert first is not None
    assert {s.name for s in first.series} >= {i.title for i in groups[0]}
    # a new value for one of them redraws its chart
    target = groups[0][0]
    window.ws.set_measurement(target.series.id, "2031", "5")
    qtbot.waitUntil(lambda: any(
        p.period == "2031" for s in (shown[0].description.series if shown[0].description
                                      else ()) for p in s.points), timeout=3000)
    # and the choice holds for the next topic
    assert TopicCharts.open_for_session
    TopicCharts.open_for_session = False
