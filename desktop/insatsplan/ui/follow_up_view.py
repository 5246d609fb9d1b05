"""Visa → Uppföljning: every indicator of the plan at a glance, as small multiples.

One small tile per indicator, grouped under its focus area: the title, the status as a
marker *and* a word, the trend (Bättre / Sämre / Oförändrad), the latest value with its
period and a sparkline of the series. Filters narrow the tiles to one status or to the
topics one administration is responsible for; a click (or Enter on a focused tile)
opens the indicator in the tree; "Exportera till Excel" writes what is shown.

Read through :meth:`Workspace.indicator_statuses` (one call per refresh), so the tiles
say exactly what the tree's markers and ``insatsplan status`` say, and
:meth:`Workspace.recent_measurements` for the sparklines' latest values (never a
series' whole history); the export reads the whole series. The sparkline is
drawn with QPainter: pyqtgraph is for the full chart and must not load for this.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError
from insatsplan.periods import parse_period
from insatsplan.ui import status_marker
from insatsplan.ui.evaluation_panel import EvaluationOverviewPanel
from insatsplan.ui.missing_panel import MissingPanel

if TYPE_CHECKING:
    from insatsplan.workspace import Change, Workspace
    from insatsplan.workspace.reads import EvaluationOverview, IndicatorStatus, MeasurementRow

TILE_SIZE = QSize(250, 138)
SPARK_POINTS = 24  # the sparkline shows the latest values only: it is a glance, not a chart
ALL = ""  # the filters' "everything" choice


class IndicatorTile(QFrame):
    """One indicator as a small multiple; focusable, opened by click, Enter or Space."""

    opened = Signal(int)  # the indicator's node id
    focused = Signal(object)  # this tile, so the view can scroll it into sight
    stepped = Signal(object, int)  # this tile and -1 or 1: the arrow keys

    def __init__(self, status: IndicatorStatus, recent: Sequence[MeasurementRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.recent = tuple(recent)  # the latest values, oldest first: the sparkline
        self.setFixedSize(TILE_SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.description())
        self.setToolTip(self.description())
        self._points = self._spark_values()

    @property
    def node_id(self) -> int:
        return self.status.indicator.node_id

    def status_line(self) -> str:
        """"Gul nivå · Bättre": the status in words, and the trend when there is one."""
        trend = status_marker.trend_word(self.status.trend)
        word = status_marker.status_word(self.status.status)
        return f"{word} · {trend}" if trend else word

    def description(self) -> str:
        """What a screen reader says and the tooltip shows: everything, in words."""
        return ". ".join((self.status.indicator.title, self.status_line(),
                          status_marker.latest_sentence(self.status)))

    def _spark_values(self) -> list[tuple[float, float]]:
        """(midpoint day, value) of the latest values, oldest first."""
        return [(float(parse_period(row.period).midpoint.toordinal()), float(row.value))
                for row in self.recent[-SPARK_POINTS:]]

    # --------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(10, 8, -10, -8)
        metrics = self.fontMetrics()
        line = metrics.height()
        # title: at most two lines, elided
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_rect = QRectF(area.left(), area.top(), area.width(), 2 * line + 2)
        painter.drawText(title_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop),
                         self._elided_title(bold, area.width()))
        painter.setFont(self.font())
        # status: marker and word (and trend)
        top = title_rect.bottom() + 4
        status_marker.paint_marker(painter, QRectF(area.left(), top, line, line),
                                   self.status.status)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(area.left() + line + 6, top, area.width() - line - 6, line),
                         int(Qt.AlignmentFlag.AlignVCenter), self.status_line())
        # latest value
        top += line + 2
        latest = status_marker.latest_text(self.status) or self.tr("No values yet")
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText
                                     if self.status.latest is None else QPalette.ColorRole.Text))
        painter.drawText(QRectF(area.left(), top, area.width(), line),
                         int(Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(latest, Qt.TextElideMode.ElideRight,
                                            int(area.width())))
        # sparkline below
        top += line + 4
        self._paint_sparkline(painter, QRectF(area.left(), top, area.width(),
                                              area.bottom() - top))
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _elided_title(self, font: QFont, width: float) -> str:
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(font)
        title = self.status.indicator.title.replace("\n", " ")
        words, first = title.split(), ""
        while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
            first = f"{first} {words.pop(0)}".strip()
        if not first and words:  # one word wider than the tile
            return metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(width))
        rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, int(width))
        return f"{first}\n{rest}" if rest else first

    def _paint_sparkline(self, painter: QPainter, rect: QRectF) -> None:
        if len(self._points) < 2 or rect.height() < 6:
            return
        xs = [x for x, _y in self._points]
        ys = [y for _x, y in self._points]
        x_low, x_high = min(xs), max(xs)
        y_low, y_high = min(ys), max(ys)
        x_span = (x_high - x_low) or 1.0
        y_span = (y_high - y_low) or 1.0
        box = rect.adjusted(3, 3, -3, -3)

        def point(x: float, y: float) -> QPointF:
            return QPointF(box.left() + (x - x_low) / x_span * box.width(),
                           box.bottom() - ((y - y_low) / y_span * box.height()
                                           if y_high > y_low else box.height() / 2))

        path = QPainterPath(point(*self._points[0]))
        for each in self._points[1:]:
            path.lineTo(point(*each))
        colour = QColor(self.palette().color(QPalette.ColorRole.Text))
        colour.setAlpha(170)
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        last = point(*self._points[-1])
        status_marker.paint_marker(painter, QRectF(last.x() - 4, last.y() - 4, 8, 8),
                                   self.status.status)

    # ----------------------------------------------------------------- input

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.opened.emit(self.node_id)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.node_id)
            return
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(event.key()))
        if step is not None:
            self.stepped.emit(self, step)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class FollowUpView(QWidget):
    """The Uppföljning page: filters, export and the tiles of one plan."""

    #: a tile or a listed activity was opened: the window selects this node in the tree
    node_opened = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Follow-up"))
        self._ws = ws
        self._plan_id: int | None = None
        self._statuses: list[IndicatorStatus] = []
        self._recent: dict[int, tuple[MeasurementRow, ...]] = {}
        self._overview: EvaluationOverview | None = None
        self._stale = True
        self.tiles: list[IndicatorTile] = []
        self._columns = 0

        heading = QLabel(self.tr("Follow-up"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        for status in ("green", "yellow", "red", "none"):
            self.status_filter.addItem(status_marker.marker_icon(status),
                                       status_marker.status_word(status), status)
        self.organisation_filter = QComboBox(self)
        self.organisation_filter.setAccessibleName(self.tr("Show administration"))
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_filter)
        organisation_label = QLabel(self.tr("&Administration:"), self)
        organisation_label.setBuddy(self.organisation_filter)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.setToolTip(self.tr(
            "Write the indicators shown, with their values by period, status and source, "
            "to an Excel file (.xlsx) or a CSV file"))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # paths and titles as written
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(organisation_label)
        bar.addWidget(self.organisation_filter)
        bar.addWidget(self.export_button)

        self.content = QWidget()
        self.grid = QGridLayout(self.content)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(8)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.viewport().installEventFilter(self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        self.missing = MissingPanel(self)
        self.missing.toggled.connect(lambda _open: self._fill_missing())
        self.missing.node_opened.connect(self.node_opened)
        layout.addWidget(self.missing)
        self.evaluations = EvaluationOverviewPanel(self)
        self.evaluations.node_opened.connect(self.node_opened)
        layout.addWidget(self.evaluations)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.empty_label, 1)

        self.status_filter.currentIndexChanged.connect(lambda _row: self._fill())
        self.organisation_filter.currentIndexChanged.connect(lambda _row: self._fill())
        self.organisation_filter.currentIndexChanged.connect(
            lambda _row: self._fill_missing())
        self.organisation_filter.currentIndexChanged.connect(
            lambda _row: self._fill_evaluations())
        self.export_button.clicked.connect(lambda _checked=False: self.export_dialog())
        ws.subscribe(self._on_change)

    # ----------------------------------------------------------------- public

    @property
    def plan_id(self) -> int | None:
        return self._plan_id

    def detach(self) -> None:
        """Stop following the workspace (before it closes)."""
        try:
            self._ws.unsubscribe(self._on_change)
        except ValueError:
            pass

    def set_plan(self, plan_id: int | None) -> None:
        """Show *plan_id*'s indicators (read now if the page is visible, else when shown)."""
        if plan_id != self._plan_id:
            self._plan_id = plan_id
            self._stale = True
        self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the plan's statuses again (one read) and rebuild the tiles."""
        self._stale = False
        self._statuses = ([] if self._plan_id is None
                          else self._ws.indicator_statuses(self._plan_id))
        self._recent = self._ws.recent_measurements(
            [each.indicator.series.id for each in self._statuses], SPARK_POINTS)
        self._fill_organisations()
        self._fill()
        self._fill_missing()
        self._overview = (None if self._plan_id is None
                          else self._ws.evaluation_overview(self._plan_id))
        self._fill_evaluations()

    def _fill_evaluations(self) -> None:
        """The activities by evaluation status for the plan's year (read on refresh)."""
        overview = self._overview
        self.evaluations.setVisible(overview is not None)
        if overview is None:
            return
        code = self.organisation_filter.currentData() or ALL
        self.evaluations.show_overview(overview, None if code == ALL else code)

    def _fill_missing(self) -> None:
        """What is missing for the plan's year, read only while the list is open."""
        if self._plan_id is None or not self.missing.is_open():
            return
        code = self.organisation_filter.currentData() or ALL
        self.missing.show_missing(self._ws.missing_follow_up(self._plan_id),
                                  None if code == ALL else code)

    def shown_statuses(self) -> list[IndicatorStatus]:
        """The indicators the filters let through, in tree order."""
        wanted_status = self.status_filter.currentData() or ALL
        wanted_code = self.organisation_filter.currentData() or ALL
        return [each for each in self._statuses
                if (wanted_status == ALL or each.status == wanted_status)
                and (wanted_code == ALL or wanted_code in each.indicator.organisations)]

    def export_to(self, path: Path) -> Path:
        """Write the indicators shown to *path* (.xlsx or .csv); raises UserError."""
        from insatsplan.follow_up.spreadsheet import follow_up_statuses, write_follow_up

        shown = {each.indicator.node_id for each in self.shown_statuses()}
        whole = ([] if self._plan_id is None
                 else follow_up_statuses(self._ws, self._plan_id))
        return write_follow_up(path, [each for each in whole
                                      if each.indicator.node_id in shown])

    def choose_export_path(self) -> Path | None:
        """Ask where to write (tests replace this)."""
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), str(Path.home() / "uppfoljning.xlsx"),
            self.tr("Excel workbooks (*.xlsx);;CSV for Excel (*.csv)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen else ".xlsx"))
        return path

    def export_dialog(self) -> Path | None:
        path = self.choose_export_path()
        if path is None:
            return None
        try:
            written = self.export_to(path)
        except UserError as error:
            self.show_message(error.text(self.tr_error))
            return None
        self.summary.setText(self.tr("Exported to {path}").format(path=written))
        return written

    @staticmethod
    def tr_error(context: str, source: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, source)

    def show_message(self, text: str) -> None:
        """A refusal, in a dialog (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Insatsplan"), text)

    # ----------------------------------------------------------------- internals

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """As many tile columns as the scroll area's width holds, again on each resize."""
        if (watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize
                and self._columns_for_width() != self._columns and self.tiles):
            QTimer.singleShot(0, self._fill)  # not inside the layout's own resize
        return super().eventFilter(watched, event)

    def _on_change(self, change: Change) -> None:
        if self._plan_id is None:
            return
        ours = change.plan_id == self._plan_id and change.kind != "plans"
        measured = change.kind == "follow_up" and self._plan_id in change.plan_ids
        if ours or measured or change.kind == "organisations":
            self._stale = True
            self.refresh_if_stale()

    def _fill_organisations(self) -> None:
        current = self.organisation_filter.currentData() or ALL
        self.organisation_filter.blockSignals(True)
        self.organisation_filter.clear()
        self.organisation_filter.addItem(self.tr("All administrations"), ALL)
        for organisation in self._ws.organisations():
            self.organisation_filter.addItem(f"{organisation.name} ({organisation.code})",
                                             organisation.code)
        self.organisation_filter.setCurrentIndex(
            max(self.organisation_filter.findData(current), 0))
        self.organisation_filter.blockSignals(False)

    def _columns_for_width(self) -> int:
        width = self.scroll_area.viewport().width()
        return max(1, (width + 8) // (TILE_SIZE.width() + 8))

    def _fill(self) -> None:
        """The tiles again, grouped by focus area, for the filters' choice."""
        focused = next((tile.node_id for tile in self.tiles if tile.hasFocus()), None)
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = None if taken is None else taken.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.tiles = []
        self._columns = columns = self._columns_for_width()
        shown = self.shown_statuses()
        row = 0
        groups: dict[tuple[int | None, str], list[IndicatorStatus]] = {}
        for each in shown:
            key = (each.indicator.focus_area_id, each.indicator.focus_area_title)
            groups.setdefault(key, []).append(each)
        for (_id, title), members in groups.items():
            heading = QLabel(self._group_heading(title, members), self.content)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.grid.addWidget(heading, row, 0, 1, columns)
            row += 1
            for number, each in enumerate(members):
                tile = IndicatorTile(each, self._recent.get(each.indicator.series.id, ()),
                                     self.content)
                tile.opened.connect(partial(self._open, tile))
                tile.focused.connect(self._scroll_to)
                tile.stepped.connect(self._step)
                self.grid.addWidget(tile, row + number // columns, number % columns)
                self.tiles.append(tile)
            row += (len(members) + columns - 1) // columns
        self._show_summary(shown)
        for tile in self.tiles:
            if tile.node_id == focused:
                tile.setFocus()

    def _group_heading(self, title: str, members: Sequence[IndicatorStatus]) -> str:
        counts: dict[str, int] = {}
        for each in members:
            counts[each.status] = counts.get(each.status, 0) + 1
        name = title or self.tr("(untitled)")
        return f"{name} — {status_marker.count_words(counts)}"

    def _show_summary(self, shown: Sequence[IndicatorStatus]) -> None:
        if self._plan_id is None:
            empty = self.tr("No plan is open.")
        elif not self._statuses:
            empty = self.tr("The plan has no indicators yet. Add them under a topic's "
                            "“Measurable indicators for follow-up”.")
        elif not shown:
            empty = self.tr("No indicator matches the filters.")
        else:
            empty = ""
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))
        self.scroll_area.setVisible(not empty)
        counts: dict[str, int] = {}
        for each in shown:
            counts[each.status] = counts.get(each.status, 0) + 1
        self.summary.setText(" — ".join(part for part in (
            self.tr("{shown} of {total} indicators").format(
                shown=len(shown), total=len(self._statuses)),
            status_marker.count_words(counts)) if part) if self._statuses else "")

    def _open(self, tile: IndicatorTile, node_id: int) -> None:
        self.node_opened.emit(node_id)

    def _scroll_to(self, tile: IndicatorTile) -> None:
        """A tile reached by keyboard is scrolled into sight."""
        self.scroll_area.ensureWidgetVisible(tile, 8, 8)

    def _step(self, tile: IndicatorTile, step: int) -> None:
        """Left and right arrows: the tile before or after, across focus areas."""
        if tile in self.tiles:
            number = self.tiles.index(tile) + step
            if 0 <= number < len(self.tiles):
                self.tiles[number].setFocus(Qt.FocusReason.TabFocusReason)
