"""A small bar under the traffic-light fields: the bands as they will be judged.

Four numbers in two rows do not show that green lies inside yellow, or that two bands
overlap; the bar does. It paints what :func:`insatsplan.levels.segments` says, so it
follows the one rule (green wins where bands overlap), and it does not rely on colour
alone: each colour has its own pattern and, where there is room, its name.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from insatsplan.levels import Levels, Segment, Status, axis, segments

#: Fill colour and pattern per status (the pattern tells them apart without colour).
FILLS: dict[Status, tuple[str, Qt.BrushStyle]] = {
    "red": ("#e57373", Qt.BrushStyle.DiagCrossPattern),
    "yellow": ("#ffd54f", Qt.BrushStyle.BDiagPattern),
    "green": ("#81c784", Qt.BrushStyle.SolidPattern),
}
BAR_HEIGHT = 18


class LevelsBar(QWidget):
    """The value axis coloured red, yellow and green, with the band ends below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._levels: Levels | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)
        self.setMaximumWidth(480)

    # ------------------------------------------------------------------ what to show

    def set_levels(self, levels: Levels | None) -> None:
        """Show *levels* (None: nothing to show, the bar hides)."""
        self._levels = levels
        shown = self.segments()
        self.setVisible(bool(shown))
        self.setToolTip(self.describe(shown))
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def segments(self) -> list[Segment]:
        """What the bar paints, left to right (empty when there is no value range)."""
        if self._levels is None:
            return []
        value_range = axis(self._levels)
        if value_range is None:
            return []
        return segments(self._levels, *value_range)

    def status_name(self, status: Status) -> str:
        return {"red": self.tr("red"), "yellow": self.tr("yellow"),
                "green": self.tr("green")}[status]

    def describe(self, shown: list[Segment]) -> str:
        """The bar in words, for the tooltip and screen readers."""
        from insatsplan.ui.editors.fields import format_number

        parts = []
        for i, segment in enumerate(shown):
            low = None if i == 0 else format_number(segment.low)
            high = None if i == len(shown) - 1 else format_number(segment.high)
            name = self.status_name(segment.status)
            if low is None and high is None:
                parts.append(name)
            elif low is None:
                parts.append(self.tr("{colour} below {high}").format(colour=name, high=high))
            elif high is None:
                parts.append(self.tr("{colour} above {low}").format(colour=name, low=low))
            else:
                parts.append(self.tr("{colour} {low}–{high}").format(colour=name, low=low,
                                                                     high=high))
        return ", ".join(parts)

    # ------------------------------------------------------------------ painting

    def sizeHint(self) -> QSize:
        return QSize(320, BAR_HEIGHT + QFontMetrics(self.font()).height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        shown = self.segments()
        if not shown:
            return
        low, high = shown[0].low, shown[-1].high
        width = self.width() - 1
        painter = QPainter(self)
        metrics = painter.fontMetrics()

        def x_of(value: Decimal) -> float:
            return float((value - low) / (high - low)) * width

        for segment in shown:
            rect = QRectF(x_of(segment.low), 0, x_of(segment.high) - x_of(segment.low),
                          BAR_HEIGHT)
            colour, pattern = FILLS[segment.status]
            painter.fillRect(rect, QColor(colour))
            if pattern != Qt.BrushStyle.SolidPattern:
                painter.fillRect(rect, QBrush(QColor(0, 0, 0, 70), pattern))
            name = self.status_name(segment.status)
            if metrics.horizontalAdvance(name) + 8 <= rect.width():
                label = rect.adjusted(0, 1, 0, -1)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(label.translated(1, 1), Qt.AlignmentFlag.AlignCenter, name)
                painter.setPen(QColor("#202020"))
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, name)
        painter.setPen(QPen(self.palette().windowText().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, 0, width, BAR_HEIGHT))
        self._paint_ends(painter, shown, x_of)
        painter.end()

    def _paint_ends(self, painter: QPainter, shown: list[Segment],
                    x_of: Callable[[Decimal], float]) -> None:
        """Each boundary between colours, as a tick and its value under the bar."""
        from insatsplan.ui.editors.fields import format_number

        metrics = painter.fontMetrics()
        right_of_last = -1.0
        for segment in shown[1:]:
            x = x_of(segment.low)
            painter.drawLine(int(x), 0, int(x), BAR_HEIGHT + 3)
            text = format_number(segment.low)
            text_width = metrics.horizontalAdvance(text)
            left = min(max(x - text_width / 2, 0), self.width() - text_width)
            if left <= right_of_last + 4:
                continue  # would cover the previous value
            painter.drawText(QRectF(left, BAR_HEIGHT + 3, text_width + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, text)
            right_of_last = left + text_width
