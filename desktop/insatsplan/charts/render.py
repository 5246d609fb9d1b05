"""The one trend-chart renderer: a :class:`ChartDescription` drawn with pyqtgraph.

The editor's widget, ``insatsplan chart`` and the report's images all draw through
:func:`draw`, so a chart looks the same wherever it appears. This is the one Qt module
below ``ui``; it is imported only when a chart is first drawn (pyqtgraph, numpy and the
font cost about 0.7 s once), never at the editor's start-up or by the other headless commands.

Fixed look: charts are laid out at a fixed logical width (:data:`LOGICAL_WIDTH`, the
height follows the asked aspect) in DejaVu Sans shipped in ``resources/fonts`` (so text
is the same on every machine), and scaled as a whole to the asked pixel size, so a
1600×900 PNG is the 640×360 layout at 2.5×. Text sizes are in pixels of that layout:
:data:`TEXT_PX` at 640 pixels across 16 cm prints at about 8.5 pt.

Known traps, measured: pyqtgraph's ``SVGExporter`` raises on PySide6 6.11, so SVG goes
through :class:`QSvgGenerator` and the scene's ``render``; cosmetic pens do not scale
with the painter, so pens are drawn ``scale`` times wider for a scaled export; pyqtgraph
off the GUI thread warns of timers and parents, so drawing and exporting refuse to run
anywhere else (:func:`ensure_application`).
"""

from __future__ import annotations

import heapq
import html
import math
import os
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, QThread
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter, QPicture
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QWidget

from insatsplan.charts.description import ChartDescription, ChartPoint, ChartSeries
from insatsplan.charts.files import DEFAULT_SIZE, chart_format, check_size
from insatsplan.resources import resources_dir

LOGICAL_WIDTH: Final = 640
"""The width every chart is laid out at, in logical pixels (the height follows the aspect)."""
TEXT_PX: Final = 12
"""Ticks, axis labels, legend and marks: 12/640 of the width, 8.5 pt at 16 cm."""
TITLE_PX: Final = 15
TITLE_LINES: Final = 2
TITLE_SHARE: Final = 0.75
"""How much of the chart's width a title line may take (the axes share its row)."""

FONT_FILES: Final = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY: Final = "DejaVu Sans"

BACKGROUND: Final = "#ffffff"
FOREGROUND: Final = "#333333"
#: Soft band fills: readable behind a line, printable in grey.
BAND_COLOURS: Final = {"green": "#d9f0da", "yellow": "#fff1bf", "red": "#f8d7d3"}
#: Okabe–Ito colours, told apart by people who do not see red and green apart.
SERIES_COLOURS: Final = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00",
                         "#56b4e9", "#000000")
#: A marker shape per series, so lines are told apart without colour too.
SYMBOLS: Final = ("o", "s", "t", "d", "star", "h", "p")
TARGET_COLOUR: Final = "#1b5e20"
BASELINE_COLOUR: Final = "#555555"
OWN_WIDTH: Final = 2.2
COMPARISON_WIDTH: Final = 1.1
DENSE_WIDTH: Final = 1.0
MARKER_SIZE: Final = 8
COMPARISON_MARKER_SIZE: Final = 5
OPEN_END: Final = 1e9
"""How far an open band reaches; it is never part of the auto range."""
HOVER_RADIUS: Final = 12.0
"""How near (logical pixels) the pointer must be to a value to show it."""



# ------------------------------------------------------------------------ Qt set-up


def ensure_application() -> QApplication:
    """The running QApplication, or a new offscreen one for a headless caller.

    Refuses to run off the GUI thread: pyqtgraph there warns of timers and parents and
    may crash, so a background export must get its images drawn first.
    """
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    if not isinstance(app, QApplication):
        raise RuntimeError("charts need a QApplication, not a QCoreApplication")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("charts are drawn on the GUI thread only")
    return app


@cache
def font_family() -> str:
    """The shipped DejaVu Sans, registered with Qt once; the family name to ask for."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or FALLBACK_FAMILY


def chart_font(pixels: int, *, bold: bool = False) -> QFont:
    """The chart font at a size in logical pixels (not points: the same on every screen)."""
    font = QFont(font_family())
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


# ------------------------------------------------------------------------ axes


class PeriodAxis(pg.AxisItem):  # type: ignore[misc]
    """The time axis: ticks only at the description's periods, in their own words, thinned
    so that the labels never overlap at the width they are drawn."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self.ticks: list[tuple[float, str]] = []
        self._widest: float | None = None

    def set_period_ticks(self, ticks: Sequence[tuple[float, str]]) -> None:
        self.ticks = sorted(ticks)
        self._widest = None
        # The first and last period's labels may reach past the axis by half their
        # width ("2016–2019" under the first value): pyqtgraph hid them by default.
        self.setStyle(hideOverlappingLabels=int(self.widest_label() / 2) + TEXT_PX)
        self.picture = None
        self.update()

    def widest_label(self) -> float:
        """The widest label's width in pixels (measured once per set of ticks)."""
        if self._widest is None:
            metrics = QFontMetricsF(self.style.get("tickFont") or chart_font(TEXT_PX))
            longest = heapq.nlargest(24, {label for _x, label in self.ticks}, key=len)
            self._widest = max((metrics.horizontalAdvance(label) for label in longest),
                               default=0.0)
        return self._widest

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        """The periods in view, left to right, each kept only if its label clears the
        last kept one (periods of different lengths are not evenly spaced)."""
        if maxVal <= minVal or size <= 0:
            return []
        room = (self.widest_label() + TEXT_PX) * (maxVal - minVal) / size
        kept: list[float] = []
        for x, _label in self.ticks:
            if minVal <= x <= maxVal and (not kept or x - kept[-1] >= room):
                kept.append(x)
        return [(1.0, kept)] if kept else []

    def tickStrings(self, values: list[float], scale: float,
                    spacing: float) -> list[str]:
        labels = dict(self.ticks)
        return [labels.get(value, "") for value in values]


class ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """The value axis with the description's decimal mark ("12,5" in Swedish)."""

    def __init__(self) -> None:
        super().__init__("left")
        self.decimal_mark = ","
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float,
                    spacing: float) -> list[str]:
        texts = super().tickStrings(values, scale, spacing)
        if self.decimal_mark != ".":
            texts = [text.replace(".", self.decimal_mark) for text in texts]
        return [_grouped(text) for text in texts]


class BandAxis(pg.AxisItem):  # type: ignore[misc]
    """The bands' names beside the plot, each by the middle of the part of its band in
    view: the bands are never told by colour alone (print is often grey), and the names
    stay clear of the values, target and baseline."""

    def __init__(self) -> None:
        super().__init__("right")
        self.bands: list[tuple[float | None, float | None, str]] = []
        self.setStyle(tickLength=0)

    def set_bands(self, bands: Sequence[tuple[float | None, float | None, str]]) -> None:
        self.bands = list(bands)
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        if maxVal <= minVal or size <= 0:
            return []
        needed = (TEXT_PX + 4) * (maxVal - minVal) / size
        middles = []
        for low, high, name in self.bands:
            shown_low = minVal if low is None else max(low, minVal)
            shown_high = maxVal if high is None else min(high, maxVal)
            if name and shown_high - shown_low >= needed:
                middles.append((shown_low + shown_high) / 2)
        return [(1.0, middles)] if middles else []

    def tickStrings(self, values: list[float], scale: float,
                    spacing: float) -> list[str]:
        return [next((name for low, high, name in self.bands
                      if (low is None or value >= low) and (high is None or value <= high)),
                     "") for value in values]


def _grouped(text: str) -> str:
    """Thousands grouped with a no-break space, as the texts write them ("12 500")."""
    sign = "-" if text.startswith("-") else ""
    digits = text.lstrip("-")
    integer = digits
    rest = ""
    for index, char in enumerate(digits):
        if not char.isdigit():
            integer, rest = digits[:index], digits[index:]
            break
    if len(integer) <= 4 or not integer.isdigit():
        return text
    head = len(integer) % 3 or 3
    groups = [integer[:head]] + [integer[i:i + 3] for i in range(head, len(integer), 3)]
    return sign + "\u00a0".join(groups) + rest


def new_plot_widget(parent: QWidget | None = None) -> pg.PlotWidget:
    """A PlotWidget with the chart's axes, colours and fonts, ready for :func:`draw`."""
    widget = pg.PlotWidget(parent, background=BACKGROUND,
                           axisItems={"bottom": PeriodAxis(), "left": ValueAxis(),
                                      "right": BandAxis()})
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("bottom", "left", "right"):
        axis = plot.getAxis(name)
        axis.setTickFont(chart_font(TEXT_PX))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.label.setFont(chart_font(TEXT_PX))
    return widget


# ------------------------------------------------------------------------ drawing


@dataclass
class Drawn:
    """What :func:`draw` put on a plot: the lines with their points, for hovering."""

    description: ChartDescription
    lines: list[tuple[ChartSeries, np.ndarray, np.ndarray]]


def draw(plot: pg.PlotItem, description: ChartDescription, *, scale: float = 1.0) -> Drawn:
    """Clear *plot* and draw *description* on it.

    *scale* widens the pens for an export drawn *scale* times larger (cosmetic pens keep
    their device width under the painter's scaling; fonts and markers do not).
    """
    ensure_application()
    _clear(plot)
    _title(plot, description.title)
    left = plot.getAxis("left")
    bottom = plot.getAxis("bottom")
    axis_pen = pg.mkPen(FOREGROUND, width=scale)
    plot.getAxis("right").setPen(pg.mkPen(None))  # names only, no spine
    plot.getAxis("right").setTextPen(pg.mkPen(FOREGROUND))
    for axis in (left, bottom):
        axis.setPen(axis_pen)
        axis.setTextPen(pg.mkPen(FOREGROUND))
    if isinstance(left, ValueAxis):
        left.decimal_mark = description.decimal_mark
    left.setLabel(html.escape(description.unit) if description.unit else None)
    left.label.setFont(chart_font(TEXT_PX))
    if isinstance(bottom, PeriodAxis):
        bottom.set_period_ticks([(tick.x, tick.label) for tick in description.ticks])
    view = plot.getViewBox()
    if description.is_empty:
        return _draw_empty(plot, description)
    view.enableAutoRange()
    view.setMouseEnabled(x=True, y=True)
    plot.showAxis("left")
    plot.showAxis("bottom")
    for band in description.bands:
        _band(plot, band.status, band.low, band.high)
    right = plot.getAxis("right")
    if isinstance(right, BandAxis):
        right.set_bands([(band.low, band.high, band.label) for band in description.bands])
    plot.showAxis("right", show=bool(description.bands))
    lines = []
    # The legend row under the axis names the lines (when there are several) and the
    # baseline and target: text beside a marker inside the plot crossed the line or was
    # cut by the axis, depending on where the values went.
    several_lines = len(description.series) > 1
    legend = _legend(plot) if several_lines or description.marks else None
    for index, series in enumerate(description.series):
        if not series.points:
            continue
        item, xs, ys = _line(plot, series, index, scale)
        lines.append((series, xs, ys))
        if legend is not None and several_lines:
            legend.addItem(item, html.escape(series.name))
    # Several indicators: each target and baseline in its indicator's colour.
    several = sum(series.role == "indicator" for series in description.series) > 1
    for mark in description.marks:
        colour = (SERIES_COLOURS[mark.series % len(SERIES_COLOURS)] if several
                  else TARGET_COLOUR if mark.kind == "target" else BASELINE_COLOUR)
        sample = _mark(plot, mark.kind, mark.x, mark.x_start, mark.x_end, mark.y, colour,
                       scale)
        if legend is not None and sample is not None and mark.text:
            legend.addItem(sample, html.escape(mark.text))
    if legend is not None:
        for _sample, label in legend.items:
            label.setText(label.text, family=font_family(), size=f"{TEXT_PX}px",
                          color=FOREGROUND)
        # Fewer columns when long names would not fit: a column past the chart's edge
        # was cut off (the comparisons' names went missing).
        legend.setColumnCount(legend_columns(
            [html.unescape(label.text) for _sample, label in legend.items]))
    _pad_x(plot, description)
    return Drawn(description, lines)


def _clear(plot: pg.PlotItem) -> None:
    plot.clear()
    legend = getattr(plot, "_chart_legend", None)
    if legend is not None:
        plot.layout.removeItem(legend)
        if legend.scene() is not None:
            legend.scene().removeItem(legend)
        plot._chart_legend = None


def set_title_width(plot: pg.PlotItem, width: float) -> None:
    """Wrap the title to *width* pixels, at most :data:`TITLE_LINES` lines (the last one
    elided): a title wider than the chart would widen the whole plot past its edge."""
    title = getattr(plot, "_chart_title", "")
    lines = title_lines(title, chart_font(TITLE_PX, bold=True), width)
    plot.setTitle("<br>".join(html.escape(line) for line in lines), family=font_family(),
                  size=f"{TITLE_PX}px", color=FOREGROUND, bold=True)
    height = math.ceil(plot.titleLabel.item.boundingRect().height()) + 4
    plot.titleLabel.setMaximumHeight(height)  # pyqtgraph fixes one line's 30 pixels
    plot.layout.setRowFixedHeight(0, height)


def title_lines(title: str, font: QFont, width: float) -> list[str]:
    """*title* in lines no wider than *width* in *font*, broken between words."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for word in title.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > TITLE_LINES:
        lines[TITLE_LINES - 1] = " ".join(lines[TITLE_LINES - 1:])
        lines = lines[:TITLE_LINES]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def _title(plot: pg.PlotItem, title: str) -> None:
    plot._chart_title = title
    set_title_width(plot, LOGICAL_WIDTH * TITLE_SHARE)


LEGEND_COLUMNS: Final = 3
LEGEND_SAMPLE_PX: Final = 44.0
"""A legend entry's sample line and the spacing around it, beside its text."""
LEGEND_WIDTH: Final = LOGICAL_WIDTH - 60.0
"""What the legend row may take: the chart's width less the value axis."""


def legend_columns(texts: list[str], width: float = LEGEND_WIDTH) -> int:
    """The most columns (up to three) in which the legend's entries, placed row by row
    as pyqtgraph does, fit *width* logical pixels."""
    metrics = QFontMetricsF(chart_font(TEXT_PX))
    widths = [metrics.horizontalAdvance(text) + LEGEND_SAMPLE_PX for text in texts]
    for columns in range(LEGEND_COLUMNS, 1, -1):
        rows = [widths[start:start + columns] for start in range(0, len(widths), columns)]
        if sum(max(row[column] for row in rows if column < len(row))
               for column in range(min(columns, len(widths)))) <= width:
            return columns
    return 1


def _legend(plot: pg.PlotItem) -> pg.LegendItem:
    """A legend in a row of its own under the time axis, never over the values."""
    legend = pg.LegendItem(colCount=LEGEND_COLUMNS, labelTextSize=f"{TEXT_PX}px",
                           labelTextColor=FOREGROUND)
    # A legend ignores transformations on screen; in a scaled export it would stay small.
    legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
    plot.layout.addItem(legend, 4, 1)
    plot._chart_legend = legend
    return legend


class _Band(pg.LinearRegionItem):  # type: ignore[misc]
    """A band painted only where the view shows it: an open band reaches
    :data:`OPEN_END`, which an SVG reader would refuse to draw (too large to rasterise)."""

    def boundingRect(self) -> QRectF:
        whole: QRectF = super().boundingRect()
        view = self.viewRect()
        return whole if view is None else whole.intersected(view)


def _band(plot: pg.PlotItem, status: str, low: float | None, high: float | None) -> None:
    region = _Band(
        values=(-OPEN_END if low is None else low, OPEN_END if high is None else high),
        orientation="horizontal", movable=False, brush=pg.mkBrush(BAND_COLOURS[status]),
        pen=pg.mkPen(None))
    region.setZValue(-100)
    region.setAcceptHoverEvents(False)
    for line in region.lines:
        line.setPen(pg.mkPen(None))
        line.setHoverPen(pg.mkPen(None))
    plot.addItem(region, ignoreBounds=True)  # the bands never change the auto range


def _line(plot: pg.PlotItem, series: ChartSeries, index: int,
          scale: float) -> tuple[pg.PlotDataItem, np.ndarray, np.ndarray]:
    xs = np.fromiter((point.x for point in series.points), float, len(series.points))
    ys = np.fromiter((point.y for point in series.points), float, len(series.points))
    colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
    own = series.role == "indicator"
    # Thousands of points: a one-pixel line, Qt's fast path (an antialiased 2-pixel path
    # through 10,000 points takes 100-500 ms; one pixel wide, 7 ms).
    width = (OWN_WIDTH if own else COMPARISON_WIDTH) if series.markers else DENSE_WIDTH
    pen = pg.mkPen(colour, width=width * scale)
    options: dict[str, Any] = {"pen": pen, "antialias": True, "skipFiniteCheck": True}
    if series.markers:
        options.update(symbol=SYMBOLS[index % len(SYMBOLS)],
                       symbolSize=MARKER_SIZE if own else COMPARISON_MARKER_SIZE,
                       symbolBrush=pg.mkBrush(colour if own else BACKGROUND),
                       symbolPen=pg.mkPen(colour, width=scale))
    item = pg.PlotDataItem(xs, ys, **options)
    item.setZValue(10 if own else 5)
    plot.addItem(item)
    return item, xs, ys


def _mark(plot: pg.PlotItem, kind: str, x: float | None, x_start: float | None,
          x_end: float | None, y: float, colour: str, scale: float) -> Any:
    """Draw a target or baseline; return the item the legend shows as its sample."""
    style = Qt.PenStyle.DashLine if kind == "target" else Qt.PenStyle.DotLine
    pen = pg.mkPen(colour, width=1.5 * scale, style=style)
    sample: Any = None
    if x_start is not None and x_end is not None and (kind == "target" or x is None):
        line = pg.PlotDataItem([x_start, x_end], [y, y], pen=pen)
        line.setZValue(8)
        plot.addItem(line)
        sample = line
    elif x is None:
        infinite = pg.InfiniteLine(pos=y, angle=0, pen=pen, movable=False)
        infinite.setZValue(8)
        plot.addItem(infinite, ignoreBounds=True)
        sample = pg.PlotDataItem([0, 1], [0, 0], pen=pen)  # the legend's sample only
    if x is not None:
        marker = pg.ScatterPlotItem(
            [x], [y], symbol="star" if kind == "target" else "d",
            size=MARKER_SIZE + 6 if kind == "target" else MARKER_SIZE + 2,
            brush=pg.mkBrush(colour if kind == "target" else BACKGROUND),
            pen=pg.mkPen(colour, width=1.5 * scale))
        marker.setZValue(12)
        plot.addItem(marker)
        sample = marker
    return sample


def _pad_x(plot: pg.PlotItem, description: ChartDescription) -> None:
    """A little room on both sides of the time axis, so end markers are not cut."""
    xs = [point.x for series in description.series for point in series.points]
    xs += [x for mark in description.marks for x in (mark.x, mark.x_start, mark.x_end)
           if x is not None]
    if xs:
        low, high = min(xs), max(xs)
        margin = max((high - low) * 0.05, 0.25)
        plot.getViewBox().setXRange(low - margin, high + margin, padding=0)


def _draw_empty(plot: pg.PlotItem, description: ChartDescription) -> Drawn:
    view = plot.getViewBox()
    view.disableAutoRange()
    view.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
    view.setMouseEnabled(x=False, y=False)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.hideAxis("right")
    message = pg.TextItem(description.empty_message, color=FOREGROUND, anchor=(0.5, 0.5))
    message.setFont(chart_font(TEXT_PX + 2))
    message.setPos(0.5, 0.5)
    plot.addItem(message, ignoreBounds=True)
    return Drawn(description, [])


# ------------------------------------------------------------------------ hover


def nearest_point(plot: pg.PlotItem, drawn: Drawn, scene_pos: QPointF,
                  radius: float = HOVER_RADIUS) -> tuple[ChartSeries, ChartPoint] | None:
    """The value drawn nearest to *scene_pos* with its series, if within *radius* pixels."""
    view = plot.getViewBox()
    if not view.sceneBoundingRect().contains(scene_pos) or not drawn.lines:
        return None
    here = view.mapSceneToView(scene_pos)
    per_x, per_y = view.viewPixelSize()
    best: tuple[float, ChartSeries, ChartPoint] | None = None
    for series, xs, ys in drawn.lines:
        distances = ((xs - here.x()) / per_x) ** 2 + ((ys - here.y()) / per_y) ** 2
        index = int(np.argmin(distances))
        if best is None or distances[index] < best[0]:
            best = (float(distances[index]), series, series.points[index])
    if best is None or best[0] > radius ** 2:
        return None
    return best[1], best[2]


# ------------------------------------------------------------------------ export


@dataclass
class _Laid:
    widget: pg.PlotWidget
    plot: pg.PlotItem
    logical: QRectF


def _laid_out(description: ChartDescription, width: int, height: int) -> _Laid:
    """A plot laid out at the logical size whose aspect is *width*×*height*, drawn with
    pens for that scale (ImageExporter would keep the plot's own aspect instead)."""
    ensure_application()
    check_size(width, height)
    scale = width / LOGICAL_WIDTH
    logical = QRectF(0, 0, LOGICAL_WIDTH, height / scale)
    widget = new_plot_widget()
    plot = widget.getPlotItem()
    draw(plot, description, scale=scale)
    widget.resize(int(logical.width()), math.ceil(logical.height()))
    plot.setGeometry(logical)
    plot.layout.activate()
    if not description.is_empty:
        _settle_axes(plot)
    return _Laid(widget, plot, logical)


def _settle_axes(plot: pg.PlotItem) -> None:
    """Let each axis measure its labels and take the width they need, as a shown chart
    does after its first paint: an export paints once, and pyqtgraph drops every label
    wider than its axis (a "12 500" on a value axis sized for "50")."""
    scratch = QImage(1, 1, QImage.Format.Format_ARGB32)
    for _round in range(2):  # a wider axis narrows the view, which may change the ticks
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            if not axis.isVisible():
                continue
            painter = QPainter(scratch)
            font = axis.style.get("tickFont")
            if font is not None:
                painter.setFont(font)
            axis.generateDrawSpecs(painter)
            painter.end()
            axis.picture = None
        plot.layout.activate()


def render_image(description: ChartDescription, width: int = DEFAULT_SIZE[0],
                 height: int = DEFAULT_SIZE[1]) -> QImage:
    """The chart as an image of exactly *width*×*height* pixels.

    Opaque (RGB32): a chart is drawn on white, and a PNG without an alpha channel is a
    quarter less to compress (half of each report image's encoding time, measured)."""
    laid = _laid_out(description, width, height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    exporter = ImageExporter(laid.plot)
    try:
        exporter.setExportMode(True, {"antialias": True, "background": QColor(BACKGROUND),
                                      "painter": painter,
                                      "resolutionScale": width / LOGICAL_WIDTH})
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        laid.widget.scene().render(painter, QRectF(0, 0, width, height), laid.logical)
    finally:
        exporter.setExportMode(False)
        painter.end()
        laid.widget.deleteLater()
    return image


def render_png(description: ChartDescription, width: int = DEFAULT_SIZE[0],
               height: int = DEFAULT_SIZE[1], *, dpi: float | None = None) -> bytes:
    """The chart as PNG bytes of *width*×*height* pixels (*dpi* recorded in the file)."""
    image = render_image(description, width, height)
    if dpi is not None:
        per_metre = round(dpi / 0.0254)
        image.setDotsPerMeterX(per_metre)
        image.setDotsPerMeterY(per_metre)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt a str
    buffer.close()
    return bytes(data.data())


def png_bytes(description: ChartDescription, *, width_cm: float = 16.0,
              height_cm: float | None = None, dpi: float = 200.0) -> bytes:
    """PNG bytes for a chart printed *width_cm* wide at *dpi* (for Word reports: their
    writer takes bytes and imports no Qt). The height defaults to 9/16 of the width."""
    width, height = print_size(width_cm, height_cm, dpi)
    return encode_png(render_image(description, width, height), dpi=dpi)


def print_size(width_cm: float, height_cm: float | None, dpi: float) -> tuple[int, int]:
    """Pixels for a chart printed *width_cm* × *height_cm* (default 9/16 of the width)."""
    height_cm = width_cm * 9 / 16 if height_cm is None else height_cm
    return round(width_cm / 2.54 * dpi), round(height_cm / 2.54 * dpi)


PNG_LEVEL: Final = 3
"""zlib's level for :func:`encode_png`: 6 took twice as long for a fifth less."""


def encode_png(image: QImage, *, dpi: float | None = None) -> bytes:
    """*image* as an RGB PNG, rows unfiltered, compressed with zlib.

    Qt's encoder (libpng trying a filter per row) took 30–40 ms for a 16 cm chart at
    200 dpi, a third of the chart's whole time in a report with twenty; charts are large
    flat areas, which zlib alone packs as small in 9 ms (measured: 54 kB against Qt's
    51 kB). The standard library writes it: a signature, IHDR, pHYs, IDAT and IEND.
    Safe off the GUI thread (QImage is no QObject, and zlib lets other threads run), so a
    report encodes one chart while the next is drawn.
    """
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    pixels = bytes(rgb.constBits())
    line = width * 3
    rows = b"".join(b"\x00" + pixels[start:start + line]
                    for start in range(0, stride * height, stride))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    parts = [b"\x89PNG\r\n\x1a\n",
             chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))]
    if dpi is not None:
        per_metre = round(dpi / 0.0254)
        parts.append(chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    parts += [chunk(b"IDAT", zlib.compress(rows, PNG_LEVEL)), chunk(b"IEND", b"")]
    return b"".join(parts)


def render_svg(description: ChartDescription, width: int = DEFAULT_SIZE[0],
               height: int = DEFAULT_SIZE[1]) -> bytes:
    """The chart as SVG, *width*×*height* pixels, text as text (QSvgGenerator: pyqtgraph's
    own SVG exporter raises on PySide6 6.11)."""
    laid = _laid_out(description, width, height)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    # pyqtgraph's axes replay a QPicture, which rescales to the device's resolution:
    # the generator must claim the resolution the picture was recorded at.
    generator.setResolution(QPicture().logicalDpiX())
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(description.title)
    generator.setDescription(description.summary)
    painter = QPainter(generator)
    exporter = ImageExporter(laid.plot)
    try:
        exporter.setExportMode(True, {"antialias": True, "background": QColor(BACKGROUND),
                                      "painter": painter,
                                      "resolutionScale": width / LOGICAL_WIDTH})
        painter.fillRect(QRectF(0, 0, width, height), QColor(BACKGROUND))
        laid.widget.scene().render(painter, QRectF(0, 0, width, height), laid.logical)
    finally:
        exporter.setExportMode(False)
        painter.end()
        laid.widget.deleteLater()
    buffer.close()
    # QSvgGenerator gives the size in millimetres at its resolution; a chart is pixels.
    return _SVG_SIZE.sub(f'<svg width="{width}px" height="{height}px"',
                         bytes(data.data()).decode("utf-8"), count=1).encode("utf-8")


_SVG_SIZE: Final = re.compile(r'<svg width="[^"]*" height="[^"]*"')


def chart_bytes(description: ChartDescription, path: Path, width: int = DEFAULT_SIZE[0],
                height: int = DEFAULT_SIZE[1]) -> bytes:
    """PNG or SVG bytes by *path*'s extension; any other extension is refused."""
    if chart_format(path) == "png":
        return render_png(description, width, height)
    return render_svg(description, width, height)


def write_chart(description: ChartDescription, path: Path, width: int = DEFAULT_SIZE[0],
                height: int = DEFAULT_SIZE[1]) -> Path:
    """Write the chart to *path* (.png or .svg) atomically; returns where it landed."""
    from insatsplan.atomic_files import check_target, output_path, write_bytes_atomically

    chart_format(path)
    check_size(width, height)
    check_target(output_path(path))  # a read-only or missing folder before the drawing
    return write_bytes_atomically(path, chart_bytes(description, path, width, height))
