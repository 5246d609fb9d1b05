"""The one chart renderer, offscreen: PNGs whose pixels show the bands and the line, SVG
readable as XML with the line's path, the empty state, the shipped font.

Colours are sampled from the rendered image, so a band that is not drawn, a line in the
wrong place or bands that stretch the value axis all show up as wrong pixels.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QFontInfo, QImage

from insatsplan.charts import render
from insatsplan.charts.description import ChartDescription, describe_indicator
from insatsplan.levels import Levels
from insatsplan.workspace import Workspace
from insatsplan.workspace.reads import IndicatorData

SVG = "{http://www.w3.org/2000/svg}"
HOMELESS = "Antal personer i akut hemlöshet"  # fall; 48 → 33 over 2021–2025; target 2030


@pytest.fixture
def demo(demo_workspace_path: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_workspace_path) as workspace:
        yield workspace


@pytest.fixture
def homeless(demo: Workspace, qapp: Any) -> IndicatorData:
    return demo.indicator(demo.find_indicator(1, HOMELESS))


def image_of(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image


def rgb(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def pixels_of(image: QImage, colour: str) -> list[tuple[int, int]]:
    """Every pixel of exactly *colour* (every second row and column: enough, and fast)."""
    return [(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
            if rgb(image, x, y) == colour]


def bands_down(image: QImage, x: int) -> list[str]:
    """The band colours met going down column *x*, each once per stretch."""
    names = {colour: name for name, colour in render.BAND_COLOURS.items()}
    seen: list[str] = []
    for y in range(image.height()):
        name = names.get(rgb(image, x, y))
        if name is not None and (not seen or seen[-1] != name):
            seen.append(name)
    return seen


def test_a_png_of_the_asked_size_shows_the_bands_and_the_line(
        homeless: IndicatorData) -> None:
    image = image_of(render.render_png(describe_indicator(homeless), 1000, 600))
    assert (image.width(), image.height()) == (1000, 600)
    # falling is better: red at the top, then yellow, green at the bottom
    assert bands_down(image, int(image.width() * 0.7)) == ["red", "yellow", "green"]
    line = pixels_of(image, render.SERIES_COLOURS[0])
    assert len(line) > 100
    # values 2021–2025 on an axis that reaches the 2030 target: the line is on the left,
    # and it falls (its left end is higher in the image than its right end)
    assert max(x for x, _y in line) < image.width() * 0.6
    left = [y for x, y in line if x == min(x for x, _ in line)]
    right = [y for x, y in line if x == max(x for x, _ in line)]
    assert min(left) < min(right)


def test_bands_never_stretch_the_value_axis(homeless: IndicatorData) -> None:
    far = replace(homeless, target_value=None, baseline_value=None, levels=Levels.from_mapping(
        {"green": {"max": "-1000"}, "yellow": {"min": "-1000", "max": "-500"}}))
    image = image_of(render.render_png(describe_indicator(far), 800, 450))
    assert pixels_of(image, render.BAND_COLOURS["red"])  # the values lie in red
    assert not pixels_of(image, render.BAND_COLOURS["green"])  # far away: not in view
    assert not pixels_of(image, render.BAND_COLOURS["yellow"])


def test_png_bytes_for_print_are_sized_by_centimetres_and_dpi(
        homeless: IndicatorData) -> None:
    image = image_of(render.png_bytes(describe_indicator(homeless), width_cm=16, dpi=200))
    assert (image.width(), image.height()) == (1260, 709)
    assert image.dotsPerMeterX() == round(200 / 0.0254)


def test_text_is_the_shipped_font_and_at_least_8_pt_printed_16_cm_wide(
        homeless: IndicatorData) -> None:
    widget = render.new_plot_widget()
    render.draw(widget.getPlotItem(), describe_indicator(homeless))
    font = widget.getPlotItem().getAxis("bottom").style["tickFont"]
    assert QFontInfo(font).family() == "DejaVu Sans"
    points_per_logical_pixel = 16 / 2.54 * 72 / render.LOGICAL_WIDTH
    assert font.pixelSize() * points_per_logical_pixel >= 8
    assert (render.resources_dir() / "fonts" / "LICENSE-DejaVu.txt").is_file()
    widget.deleteLater()


def test_svg_is_xml_with_the_line_as_a_path_and_text_as_text(
        homeless: IndicatorData) -> None:
    root = ET.fromstring(render.render_svg(describe_indicator(homeless), 800, 450))
    assert (root.get("width"), root.get("height")) == ("800px", "450px")
    colour = render.SERIES_COLOURS[0]
    lines = [path for group in root.iter(f"{SVG}g") if group.get("stroke") == colour
             for path in group.iter(f"{SVG}path") if len(path.get("d", "")) > 20]
    assert lines, "the series' line is a path in its colour"
    texts = {"".join(text.itertext()).strip() for text in root.iter(f"{SVG}text")}
    assert {HOMELESS, "2021", "2025", "2030"} <= texts


def test_every_axis_label_is_drawn_in_an_export_however_wide(
        homeless: IndicatorData) -> None:
    """An export paints once: axes must be wide enough for their labels before it (a
    value axis sized for "50" dropped "12 500"; a band name wider than its axis too)."""
    from decimal import Decimal

    from insatsplan.workspace.reads import MeasurementRow

    big = replace(homeless, target_value=None, baseline_value=None,
                  levels=Levels.from_mapping({"green": {"max": "11000"},
                                              "yellow": {"min": "11000", "max": "14000"}}),
                  series=replace(homeless.series, measurements=tuple(
                      MeasurementRow(str(year), Decimal(10_000 + 1_000 * i))
                      for i, year in enumerate(range(2020, 2026)))))
    root = ET.fromstring(render.render_svg(describe_indicator(big), 800, 450))
    texts = ["".join(text.itertext()).strip() for text in root.iter(f"{SVG}text")]
    grouped = [text for text in texts if re.fullmatch(r"1[0-5]\u00a0[0-9]{3}", text)]
    assert len(grouped) >= 3, texts
    assert {"green", "yellow", "red"} <= set(texts)  # the bands named, not colour alone


def test_the_first_and_last_periods_keep_their_labels_however_long(
        homeless: IndicatorData) -> None:
    """A span's label ("2016–2019") under the first value reaches past the axis by half
    its width; pyqtgraph hid such labels, leaving the first values unnamed."""
    from decimal import Decimal

    from insatsplan.workspace.reads import MeasurementRow

    spans = replace(homeless, target_value=None, baseline_value=None, series=replace(
        homeless.series, measurements=(
            MeasurementRow("2016-2019", Decimal(70)), MeasurementRow("2021", Decimal(75)),
            MeasurementRow("2022-2025", Decimal(80)))))
    root = ET.fromstring(render.render_svg(describe_indicator(spans), 800, 450))
    texts = {"".join(text.itertext()).strip() for text in root.iter(f"{SVG}text")}
    assert {"2016\u20132019", "2022\u20132025"} <= texts, texts


def test_baseline_and_target_are_named_in_the_legend_not_over_the_line(
        homeless: IndicatorData) -> None:
    description = describe_indicator(homeless)
    assert {mark.kind for mark in description.marks} == {"baseline", "target"}
    widget = render.new_plot_widget()
    plot = widget.getPlotItem()
    render.draw(plot, description)
    legend = plot._chart_legend
    assert sorted(label.text for _sample, label in legend.items) == sorted(
        mark.text for mark in description.marks)
    import pyqtgraph as pg
    assert not [item for item in plot.items if isinstance(item, pg.TextItem)]


def test_a_long_title_wraps_and_never_pushes_the_plot_past_the_edge(
        demo: Workspace, qapp: Any) -> None:
    long = demo.indicator(demo.find_indicator(
        1, "Andel föräldrar som känner sig tryggare i föräldrarollen efter avslutat program"))
    chart = describe_indicator(long)
    image = image_of(render.render_png(chart, 1260, 709))
    # the band names' column is inside the picture, so the plot ends before the edge
    assert rgb(image, image.width() - 3, image.height() // 2) == render.BACKGROUND
    assert bands_down(image, image.width() // 2)  # the bands are drawn
    root = ET.fromstring(render.render_svg(chart, 1260, 709))
    texts = ["".join(text.itertext()).strip() for text in root.iter(f"{SVG}text")]
    first = next(i for i, text in enumerate(texts) if long.title.startswith(text))
    assert " ".join(texts[first:first + 2]) == long.title  # two lines, nothing lost
    assert {"green", "yellow"} <= set(texts)


def test_an_empty_chart_shows_its_message_and_nothing_else(homeless: IndicatorData) -> None:
    empty = describe_indicator(replace(homeless, series=replace(homeless.series,
                                                                measurements=())))
    image = image_of(render.render_png(empty, 640, 360))
    assert (image.width(), image.height()) == (640, 360)
    assert not pixels_of(image, render.SERIES_COLOURS[0])
    assert not any(pixels_of(image, colour) for colour in render.BAND_COLOURS.values())
    root = ET.fromstring(render.render_svg(empty, 640, 360))
    texts = {"".join(text.itertext()).strip() for text in root.iter(f"{SVG}text")}
    assert empty.empty_message in texts


def test_many_points_draw_as_a_plain_line(homeless: IndicatorData) -> None:
    from insatsplan.periods import parse_period
    from insatsplan.workspace.reads import MeasurementRow

    rows = tuple(MeasurementRow(parse_period(f"2024-{m:02d}-{d:02d}").text, homeless.series
                                .measurements[0].value + d) for m in range(1, 13)
                 for d in range(1, 29))
    chart = describe_indicator(replace(homeless, series=replace(homeless.series,
                                                                measurements=rows)))
    widget = render.new_plot_widget()
    drawn = render.draw(widget.getPlotItem(), chart)
    (item,) = [item for item in widget.getPlotItem().listDataItems()
               if item.opts["pen"].color().name() == render.SERIES_COLOURS[0]]
    assert item.opts["symbol"] is None and len(drawn.lines[0][1]) == len(rows)
    widget.deleteLater()


def test_a_chart_is_written_atomically_and_a_bad_name_refused(
        homeless: IndicatorData, tmp_path: Path) -> None:
    from insatsplan.errors import UserError

    chart: ChartDescription = describe_indicator(homeless)
    folder = tmp_path / "out"
    folder.mkdir()
    written = render.write_chart(chart, folder / "a.PNG", 320, 200)
    assert image_of(written.read_bytes()).width() == 320
    with pytest.raises(UserError, match=r"\.png or \.svg"):
        render.write_chart(chart, folder / "a.jpg", 320, 200)
    with pytest.raises(UserError, match="between 1 and"):
        render.write_chart(chart, folder / "b.png", 0, 200)
    assert sorted(p.name for p in folder.iterdir()) == ["a.PNG"]


def test_charts_are_drawn_on_the_gui_thread_only(homeless: IndicatorData) -> None:
    """pyqtgraph off the GUI thread warns of timers and parents and may crash: a
    background export must get its images drawn first."""
    import threading

    chart = describe_indicator(homeless)
    failures: list[BaseException] = []

    def export() -> None:
        try:
            render.render_png(chart, 320, 200)
        except BaseException as error:  # what the thread met, for the test
            failures.append(error)

    worker = threading.Thread(target=export)
    worker.start()
    worker.join(30)
    assert len(failures) == 1 and isinstance(failures[0], RuntimeError)
    assert "GUI thread" in str(failures[0])
