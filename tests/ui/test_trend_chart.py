"""The editor's trend chart widget: hover, empty state, comparisons, save and copy, and
pyqtgraph loaded only when a chart is first shown."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from insatsplan.ui.charts.trend_chart import TrendChart
from insatsplan.ui.editors.fields import format_number
from insatsplan.workspace import Workspace
from insatsplan.workspace.reads import IndicatorData

SUICIDE = "Suicid per 100 000 invånare"


@pytest.fixture
def demo(demo_workspace_path: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_workspace_path) as workspace:
        yield workspace


@pytest.fixture
def chart(qtbot: Any, demo: Workspace) -> TrendChart:
    widget = TrendChart()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.set_workspace(demo)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def indicator(ws: Workspace, title: str) -> IndicatorData:
    return ws.indicator(ws.find_indicator(1, title))


def hover_over(qtbot: Any, chart: TrendChart, x: float, y: float) -> None:
    """Move the mouse over the value drawn at (x, y), as a person would."""
    widget = chart.plot_widget()
    for _settle in range(2):  # painted (the view has its range), axes sized to labels
        widget.grab()
        QApplication.processEvents()
    scene = widget.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    qtbot.mouseMove(widget.viewport(), widget.mapFromScene(scene))
    QApplication.processEvents()


def test_hovering_a_value_shows_period_value_comment_and_source(
        qtbot: Any, chart: TrendChart, demo: Workspace) -> None:
    item = indicator(demo, SUICIDE)
    demo.set_measurement(item.series.id, "2023", "13,1", note="Preliminär siffra",
                         source="Socialstyrelsen")
    chart.show_indicator(indicator(demo, SUICIDE))
    point = next(p for p in chart.description.series[0].points if p.period == "2023")
    hover_over(qtbot, chart, point.x, point.y)
    value = format_number(Decimal("13.1"))  # "13,1" in Swedish, as the editor writes it
    assert chart.hover_text().splitlines() == [
        f"2023: {value}\u00a0per 100 000 invånare", "Comment: Preliminär siffra",
        "Source: Socialstyrelsen"]
    assert chart._hover_item.isVisible()
    assert value in chart.plot_widget().accessibleDescription()
    # in a corner of the plot, away from every value: nothing
    (left, right), (bottom, top) = chart.plot_widget().getPlotItem().getViewBox().viewRange()
    hover_over(qtbot, chart, left + (right - left) * 0.02, bottom + (top - bottom) * 0.02)
    assert chart.hover_text() == "" and not chart._hover_item.isVisible()


def test_an_indicator_without_values_shows_the_empty_state(
        chart: TrendChart, demo: Workspace) -> None:
    item = indicator(demo, "Antal nya kontakter")
    for row in item.series.measurements:
        demo.delete_measurement(item.series.id, row.period)
    chart.show_indicator(indicator(demo, "Antal nya kontakter"))
    assert chart.description.is_empty
    assert chart.accessibleDescription() == chart.description.empty_message
    assert not chart.plot_widget().getPlotItem().getAxis("left").isVisible()
    chart.show_empty()
    assert chart.description.is_empty and chart.description.title == ""
    assert chart.accessibleName() == chart.tr("Trend chart")


def test_compare_with_lists_other_series_in_the_unit_and_draws_them_thin(
        chart: TrendChart, demo: Workspace) -> None:
    item = indicator(demo, "Antal personer i akut hemlöshet")
    chart.show_indicator(item)
    chart.compare_menu.aboutToShow.emit()
    actions = chart.compare_menu.actions()
    offered = [demo.series(s.uuid) for s in chart.candidates()]
    assert [a.text() for a in actions] == [s.name for s in offered]
    assert offered and all(s.unit == "antal" and s.uuid != item.series.uuid
                           and s.measurements for s in offered)
    actions[0].setChecked(True)
    assert [s.uuid for s in chart.comparisons()] == [offered[0].uuid]
    assert [(s.name, s.role) for s in chart.description.series] == [
        (item.title, "indicator"), (offered[0].name, "comparison")]
    drawn = chart.plot_widget().getPlotItem().listDataItems()
    widths = sorted(d.opts["pen"].widthF() for d in drawn if d.opts["symbol"] is not None)
    assert widths[0] < widths[-1]  # the comparison is the thinner line
    # the choice is kept for this indicator, not carried to another
    chart.show_indicator(indicator(demo, SUICIDE))
    assert chart.comparisons() == [] and len(chart.description.series) == 1
    chart.show_indicator(item)
    assert [s.uuid for s in chart.comparisons()] == [offered[0].uuid]
    chart.remove_comparison(offered[0].uuid)
    assert len(chart.description.series) == 1


def test_a_topic_shows_its_indicators_in_one_unit_together(
        chart: TrendChart, demo: Workspace) -> None:
    topic = [i for i in demo.indicators(1) if i.topic_title.startswith("Individanpassat")]
    chart.show_topic(topic)
    assert chart.description.title == topic[0].topic_title
    assert [s.name for s in chart.description.series] == [
        i.title for i in topic if i.unit == topic[0].unit]
    assert not chart.compare_button.isEnabled()


def test_save_as_png_and_svg_and_a_refused_file_is_shown(
        chart: TrendChart, demo: Workspace, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    chart.show_indicator(indicator(demo, SUICIDE))
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(folder / "suicid"), ""))
    png = chart.save("png")
    assert png == folder / "suicid.png"
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 900)
    svg = chart.save("svg")
    assert svg is not None and ET.parse(svg).getroot().get("width") == "1600px"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert chart.save_to(folder / "suicid.gif") is None
    assert len(shown) == 1 and "suicid.gif" in shown[0]
    assert sorted(p.name for p in folder.iterdir()) == ["suicid.png", "suicid.svg"]


def test_copy_puts_the_chart_on_the_clipboard_as_image_and_svg(
        chart: TrendChart, demo: Workspace) -> None:
    chart.show_indicator(indicator(demo, SUICIDE))
    chart.copy_action.trigger()
    data = QApplication.clipboard().mimeData()
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == (1600, 900)
    assert b"<svg" in bytes(data.data("image/svg+xml"))
    QApplication.clipboard().clear()


def test_right_click_on_the_chart_offers_save_and_copy(
        qtbot: Any, chart: TrendChart, demo: Workspace) -> None:
    chart.show_indicator(indicator(demo, SUICIDE))
    viewport = chart.plot_widget().viewport()
    offered: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        offered.append([] if menu is None else [a.text() for a in menu.actions()])
        if menu is not None:
            menu.close()

    QTimer.singleShot(100, read_menu)
    where = viewport.rect().center()
    QApplication.sendEvent(viewport, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, viewport.mapToGlobal(where)))
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == [[chart.save_png_action.text(), chart.save_svg_action.text(),
                        chart.copy_action.text()]]


def test_pyqtgraph_loads_when_a_chart_is_first_shown_not_before(
        demo_workspace_path: Path) -> None:
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from insatsplan.workspace import Workspace
from insatsplan.ui.charts.trend_chart import TrendChart
from insatsplan.ui.editors.fields import format_number
ws = Workspace.open({str(demo_workspace_path)!r})
chart = TrendChart()
chart.set_workspace(ws)
chart.show_indicator(ws.indicator(ws.find_indicator(1, {SUICIDE!r})))
before = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
chart.show()
app.processEvents()
after = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
print(before, after)
ws.close()
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).parents[2] / "desktop", timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] ['pyqtgraph', 'numpy']"
