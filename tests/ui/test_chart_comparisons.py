"""The chart's "Compare with" in a real window: the choice is stored in the file (read
through a second connection), is one undo step, stays open on a signed plan and is shown
again when the workspace is opened anew."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from insatsplan.ui.charts.trend_chart import TrendChart
from insatsplan.ui.editors.forms import IndicatorForm
from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace

HOMELESS = "Antal personer i akut hemlöshet"


def stored(path: Path, node_uuid: str) -> list[str]:
    """Names of the series compared with the indicator, in order, as the file holds them."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [name for (name,) in db.execute(
            "SELECT s.name FROM comparison c JOIN node n ON n.id = c.node_id "
            "JOIN series s ON s.id = c.series_id WHERE n.uuid = ? ORDER BY c.position",
            (node_uuid,))]


def chart_of(window: MainWindow, node_id: int) -> TrendChart:
    """Select the indicator in the tree; its form's chart."""
    assert window.ws is not None and window.panel is not None
    place = window.ws.node_place(node_id)
    window.select_node(place.plan_id, place.uuid)
    form = window.panel.current_form()
    assert isinstance(form, IndicatorForm) and form.target_id == node_id
    QApplication.processEvents()  # the chart is built after the form has painted
    chart = form.follow_up.chart
    assert isinstance(chart, TrendChart)
    return chart


def tick(chart: TrendChart, name: str, on: bool = True) -> None:
    """Tick (or untick) *name* in the chart's "Compare with" menu, as a person does."""
    chart.compare_menu.aboutToShow.emit()
    action = next(a for a in chart.compare_menu.actions() if a.text() == name)
    action.setChecked(on)


def drawn(chart: TrendChart) -> list[tuple[str, str]]:
    assert chart.description is not None
    return [(series.name, series.role) for series in chart.description.series]


def test_compare_with_is_stored_as_one_undo_step_even_on_a_signed_plan(
        qtbot: Any, window: MainWindow, demo_workspace_path: Path) -> None:
    ws = window.ws
    assert ws is not None
    node_id = ws.find_indicator(1, HOMELESS)
    node_uuid = ws.node_place(node_id).uuid
    ws.set_signatories(1, [{"name": "A", "title": "B", "organisation_code": "SOF"}])
    ws.sign_plan(1)  # comparisons are presentation: open on a signed plan
    chart = chart_of(window, node_id)
    offered = [series.name for series in chart.candidates()]
    assert len(offered) >= 2
    steps = window.stack.count()
    tick(chart, offered[1])
    tick(chart, offered[0])
    assert stored(demo_workspace_path, node_uuid) == [offered[1], offered[0]]
    assert window.stack.count() == steps + 2
    assert drawn(chart)[1:] == [(offered[1], "comparison"), (offered[0], "comparison")]

    window.stack.undo()
    assert stored(demo_workspace_path, node_uuid) == [offered[1]]
    assert drawn(chart_of(window, node_id))[1:] == [(offered[1], "comparison")]
    window.stack.redo()
    assert stored(demo_workspace_path, node_uuid) == [offered[1], offered[0]]
    chart = chart_of(window, node_id)
    assert [s.name for s in chart.comparisons()] == [offered[1], offered[0]]
    tick(chart, offered[1], on=False)
    assert stored(demo_workspace_path, node_uuid) == [offered[0]]
    assert window.messages == []  # type: ignore[attr-defined]


def test_stored_comparisons_are_shown_after_reopening(
        qtbot: Any, window: MainWindow, demo_workspace_path: Path) -> None:
    ws = window.ws
    assert ws is not None
    node_id = ws.find_indicator(1, HOMELESS)
    chart = chart_of(window, node_id)
    name = chart.candidates()[0].name
    tick(chart, name)
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.attach(Workspace.open(demo_workspace_path))
    try:
        assert again.ws is not None
        chart = chart_of(again, again.ws.find_indicator(1, HOMELESS))
        assert [s.name for s in chart.comparisons()] == [name]
        assert drawn(chart)[1:] == [(name, "comparison")]
    finally:
        again.close()


def test_comparisons_with_long_names_are_all_named_inside_the_picture(
        qapp: Any, demo_workspace_path: Path) -> None:
    """The legend takes fewer columns rather than push the plot (and a comparison's name)
    past the picture's edge."""
    from decimal import Decimal

    from PySide6.QtGui import QColor, QImage

    from insatsplan.charts import render
    from insatsplan.charts.description import describe_indicator
    from insatsplan.workspace.reads import MeasurementRow

    with Workspace.open(demo_workspace_path) as ws:
        node = ws.find_indicator(1, "Suicid per 100 000 invånare")
        own = ws.indicator(node)
        for name, step in (("Skåne län", Decimal("1.5")), ("Riket", Decimal("-1.2"))):
            ws.create_series(name, own.unit, compare_with=node, measurements=[
                MeasurementRow(m.period, m.value + step) for m in own.series.measurements])
        description = describe_indicator(ws.indicator(node), ws.comparisons(node))
    laid = render._laid_out(description, 1200, 675)
    legend = laid.plot._chart_legend
    assert {label.text for _sample, label in legend.items} >= {"Skåne län", "Riket"}
    for sample, label in legend.items:
        for item in (sample, label):
            assert item.mapRectToScene(item.boundingRect()).right() <= laid.logical.width()
    image = QImage()
    assert image.loadFromData(render.render_png(description, 1200, 675), "PNG")
    # the band names' column is inside the picture, so the plot ends before the edge
    assert QColor(image.pixel(image.width() - 3, image.height() // 3)).name() == \
        render.BACKGROUND
