"""The editor's trend chart: an indicator's values over time, with hover, comparisons,
save as PNG or SVG and copy.

What is drawn comes from :mod:`insatsplan.charts.description` and how from
:mod:`insatsplan.charts.render`, the same as ``insatsplan chart`` and the report's images.
pyqtgraph and numpy load the first time a chart is actually shown (half a second once),
never when the editor starts or builds this widget.

API for the forms that embed it::

    chart = TrendChart(parent)
    chart.set_workspace(ws)                    # enables "Compare with" (other series, same unit)
    chart.set_comparison_sink(sink)            # stores the choice as an undo step (ComparisonEdit)
    chart.show_indicator(indicator)            # IndicatorData, with its stored comparisons
    chart.show_topic(indicators)               # a topic's indicators sharing the first's unit
    chart.show_empty()                         # nothing selected
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from insatsplan.charts.comparisons import comparison_candidates
from insatsplan.charts.description import (
    ChartDescription,
    ChartPoint,
    ChartSeries,
    describe_indicator,
    describe_topic,
)
from insatsplan.charts.files import DEFAULT_SIZE
from insatsplan.errors import UserError
from insatsplan.ui.edits import ComparisonEdit, ComparisonSink

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.reads import IndicatorData, SeriesData

HOVER_FILL = (255, 255, 255, 235)
HOVER_BORDER = "#777777"


def _number(value: Any) -> str:
    from insatsplan.ui.editors.fields import format_number

    return format_number(value)


class TrendChart(QWidget):
    """An indicator's (or a topic's) trend chart; accessible name "Trenddiagram"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Trend chart"))
        self.ws: Workspace | None = None
        self.description: ChartDescription | None = None
        self._indicator: IndicatorData | None = None
        self._topic: list[IndicatorData] = []
        #: where a choice in "Compare with" is stored (the window's undo stack)
        self._sink: ComparisonSink | None = None
        #: without a sink (nothing can be stored): the choices, per indicator (node id),
        #: for this session only
        self._chosen: dict[int, list[SeriesData]] = {}
        self._shown: list[SeriesData] = []  # the comparisons the current chart draws
        self._plot_widget: Any = None  # pyqtgraph's PlotWidget, made on first show
        self._drawn: Any = None
        self._hover_item: Any = None
        self._drawn_for: ChartDescription | None = None
        self.hover_point: tuple[ChartSeries, ChartPoint] | None = None

        self.compare_button = QToolButton(self)
        self.compare_button.setText(self.tr("Compare with"))
        self.compare_button.setToolTip(self.tr(
            "Draw another series in the same unit beside this one (the county, the country, "
            "women, men)"))
        self.compare_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.compare_menu = QMenu(self.compare_button)
        self.compare_menu.aboutToShow.connect(self._fill_compare_menu)
        self.compare_button.setMenu(self.compare_menu)

        self.save_png_action = QAction(self.tr("Save as PNG…"), self)
        self.save_png_action.triggered.connect(lambda: self.save("png"))
        self.save_svg_action = QAction(self.tr("Save as SVG…"), self)
        self.save_svg_action.triggered.connect(lambda: self.save("svg"))
        self.copy_action = QAction(self.tr("Copy chart"), self)
        self.copy_action.triggered.connect(self.copy_to_clipboard)
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Save chart"))
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        save_menu = QMenu(self.save_button)
        save_menu.addAction(self.save_png_action)
        save_menu.addAction(self.save_svg_action)
        self.save_button.setMenu(save_menu)
        self.copy_button = QToolButton(self)
        self.copy_button.setDefaultAction(self.copy_action)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(buttons)
        self._layout.addStretch(1)  # the plot goes here when first shown
        self.setMinimumHeight(260)
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._update_buttons()

    # ------------------------------------------------------------------ what to show

    def set_workspace(self, ws: Workspace | None) -> None:
        """Where "Compare with" looks for other series and reads the stored ones (None:
        the menu is off)."""
        self.ws = ws
        self._chosen.clear()
        self._update_buttons()

    def set_comparison_sink(self, sink: ComparisonSink | None) -> None:
        """Where "Compare with" stores a choice (one undo step); None: for this session."""
        self._sink = sink

    def show_indicator(self, indicator: IndicatorData,
                       comparisons: Sequence[SeriesData] | None = None) -> None:
        """Chart one indicator beside its comparisons: *comparisons* when given, else
        the ones stored for it in the workspace (or chosen this session, without a sink).
        """
        self._indicator, self._topic = indicator, []
        if comparisons is not None:
            shown = list(comparisons)
        elif self._sink is None and indicator.node_id in self._chosen:
            shown = list(self._chosen[indicator.node_id])
        else:
            shown = self._stored_comparisons(indicator)
        self._shown = shown
        self._show(describe_indicator(indicator, shown, translate=QCoreApplication.translate,
                                      number=_number))

    def _stored_comparisons(self, indicator: IndicatorData) -> list[SeriesData]:
        if self.ws is None:
            return []
        try:
            return self.ws.comparisons(indicator.node_id)
        except UserError:
            return []  # the indicator is gone: the panel's reload shows what is left

    def show_topic(self, indicators: Sequence[IndicatorData]) -> None:
        """A topic's indicators together: those in the first one's unit (others apart)."""
        self._indicator, self._topic = None, list(indicators)
        if not indicators:
            self.show_empty()
            return
        charts = describe_topic(indicators, translate=QCoreApplication.translate,
                                number=_number)
        self._show(charts[0])

    def show_empty(self, title: str = "") -> None:
        """No indicator: the chart's empty state."""
        self._indicator, self._topic = None, []
        self._show(_empty(title))

    def comparisons(self) -> list[SeriesData]:
        """The comparison series shown beside the current indicator."""
        if self._indicator is None:
            return []
        return list(self._shown)

    def add_comparison(self, series: SeriesData) -> None:
        """Draw *series* beside the indicator's own line, last (stored through the sink)."""
        chosen = self.comparisons()
        if all(other.uuid != series.uuid for other in chosen):
            self._choose([*chosen, series])

    def remove_comparison(self, series_uuid: str) -> None:
        self._choose([s for s in self.comparisons() if s.uuid != series_uuid])

    def _choose(self, chosen: list[SeriesData]) -> None:
        """Make *chosen* the indicator's comparisons: stored as one undo step through
        the sink (the workspace's change event redraws the chart), or for this session
        when nothing can be stored."""
        indicator = self._indicator
        if indicator is None:
            return
        if self._sink is None:
            self._chosen[indicator.node_id] = chosen
            self.show_indicator(indicator)
            return
        problem = self._sink(ComparisonEdit(
            indicator.node_id, tuple(series.uuid for series in chosen),
            self.tr("Compare with")))
        if problem:
            QMessageBox.warning(self, self.tr("Trend chart"), problem)
        if self._indicator is indicator and (
                [s.uuid for s in self._shown] != [s.uuid for s in chosen] or problem):
            self.show_indicator(indicator)  # nobody redrew it: show what is stored

    # ------------------------------------------------------------------ drawing

    def _show(self, description: ChartDescription) -> None:
        self.description = description
        self.setAccessibleDescription(description.empty_message or description.summary)
        self._set_hover(None)
        self._update_buttons()
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.description is not None and self._drawn_for is not self.description:
            self.redraw()

    def redraw(self) -> None:
        """Draw the current description now (loads pyqtgraph the first time)."""
        if self.description is None:
            return
        from insatsplan.charts import render

        plot_widget = self.plot_widget()
        self._drawn = render.draw(plot_widget.getPlotItem(), self.description)
        self._drawn_for = self.description
        self._hover_item = None
        self._fit_title()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """Wrap the title to the width shown (a wider title would push the plot past
        the widget's edge)."""
        if self._plot_widget is None or self._drawn_for is None:
            return
        from insatsplan.charts import render

        render.set_title_width(self._plot_widget.getPlotItem(),
                               max(120.0, self.width() * render.TITLE_SHARE))

    def plot_widget(self) -> Any:
        """pyqtgraph's PlotWidget, made the first time it is needed."""
        if self._plot_widget is None:
            from insatsplan.charts import render

            widget = render.new_plot_widget(self)
            widget.setAccessibleName(self.accessibleName())
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for action in (self.save_png_action, self.save_svg_action, self.copy_action):
                widget.addAction(action)
            widget.scene().sigMouseMoved.connect(self._mouse_moved)
            stretch = self._layout.takeAt(self._layout.count() - 1)  # the placeholder
            del stretch
            self._layout.addWidget(widget, 1)
            self._plot_widget = widget
        return self._plot_widget

    # ------------------------------------------------------------------ hover

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        from insatsplan.charts import render

        if self._drawn is None or self.description is None:
            return
        plot = self._plot_widget.getPlotItem()
        self._set_hover(render.nearest_point(plot, self._drawn, scene_pos))

    def hover_text(self) -> str:
        """What the hovered value's box says ("" when none is hovered)."""
        if self.hover_point is None or self.description is None:
            return ""
        return self.description.hover_text(*self.hover_point)

    def _set_hover(self, hovered: tuple[ChartSeries, ChartPoint] | None) -> None:
        self.hover_point = hovered
        text = self.hover_text()
        if self._plot_widget is None:
            return
        # Screen readers hear the hovered value; sighted users see the box beside it.
        self._plot_widget.setAccessibleDescription(text.replace("\n", ", "))
        import pyqtgraph as pg

        from insatsplan.charts import render

        if self._hover_item is None:
            self._hover_item = pg.TextItem(anchor=(0, 1), color=render.FOREGROUND,
                                           fill=pg.mkBrush(*HOVER_FILL),
                                           border=pg.mkPen(HOVER_BORDER))
            self._hover_item.setFont(render.chart_font(render.TEXT_PX))
            self._hover_item.setZValue(100)
            self._plot_widget.getPlotItem().addItem(self._hover_item, ignoreBounds=True)
        if hovered is None:
            self._hover_item.hide()
            return
        point = hovered[1]
        view = self._plot_widget.getPlotItem().getViewBox()
        (left, right), _ = view.viewRange()
        self._hover_item.setAnchor((1, 1) if point.x > (left + right) / 2 else (0, 1))
        self._hover_item.setText(text)
        self._hover_item.setPos(point.x, point.y)
        self._hover_item.show()

    # ------------------------------------------------------------------ comparisons

    def _update_buttons(self) -> None:
        has_chart = self.description is not None and not self.description.is_empty
        self.compare_button.setEnabled(self.ws is not None and self._indicator is not None)
        for action in (self.save_png_action, self.save_svg_action, self.copy_action):
            action.setEnabled(self.description is not None)
        self.save_button.setEnabled(self.description is not None)
        self.setToolTip("" if has_chart else (self.description.empty_message
                                              if self.description else ""))

    def candidates(self) -> list[SeriesData]:
        """Other series in the indicator's unit that have values."""
        if self.ws is None or self._indicator is None:
            return []
        return comparison_candidates(self.ws, self._indicator)

    def _fill_compare_menu(self) -> None:
        self.compare_menu.clear()
        shown = {series.uuid for series in self.comparisons()}
        try:
            candidates = self.candidates()
        except UserError as error:
            self._report(error)
            return
        for series in candidates:
            action = self.compare_menu.addAction(series.name or series.uuid)
            action.setCheckable(True)
            action.setChecked(series.uuid in shown)
            action.toggled.connect(
                lambda on, s=series: self.add_comparison(s) if on
                else self.remove_comparison(s.uuid))
        if not candidates:
            empty = self.compare_menu.addAction(self.tr("No other series in this unit"))
            empty.setEnabled(False)

    # ------------------------------------------------------------------ files, clipboard

    def save(self, kind: str) -> Path | None:
        """Ask where, then write the chart as PNG or SVG (1600×900)."""
        if self.description is None:
            return None
        filters = {"png": self.tr("PNG images (*.png)"), "svg": self.tr("SVG images (*.svg)")}
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"),
            str(Path.home() / f"{_file_stem(self.description.title)}.{kind}"), filters[kind])
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        return self.save_to(path)

    def save_to(self, path: Path) -> Path | None:
        """Write the chart to *path* (.png or .svg) atomically; a problem is shown."""
        if self.description is None:
            return None
        from insatsplan.charts import render

        try:
            return render.write_chart(self.description, path, *DEFAULT_SIZE)
        except UserError as error:
            self._report(error)
            return None

    def copy_to_clipboard(self) -> None:
        """The chart as an image (1600×900) and as SVG, for Word, mail and slides."""
        if self.description is None:
            return
        from PySide6.QtWidgets import QApplication

        from insatsplan.charts import render

        data = QMimeData()
        data.setImageData(render.render_image(self.description, *DEFAULT_SIZE))
        data.setData("image/svg+xml", render.render_svg(self.description, *DEFAULT_SIZE))
        QApplication.clipboard().setMimeData(data)

    def _report(self, error: UserError) -> None:
        QMessageBox.warning(self, self.tr("Trend chart"),
                            error.text(QCoreApplication.translate))


def _empty(title: str) -> ChartDescription:
    from insatsplan.charts.description import CONTEXT, MSG_EMPTY

    return ChartDescription(title=title, unit="", series=(),
                            empty_message=QCoreApplication.translate(CONTEXT, MSG_EMPTY))


def _file_stem(title: str) -> str:
    """A file name from a chart's title: no characters a file system refuses."""
    cleaned = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return (cleaned or "diagram")[:80]

