"""How an indicator's status looks: a coloured shape, never colour alone.

About one man in twelve cannot tell red from green, and reports are printed in black and
white, so each status has its own shape as well as its colour: a filled circle for
green, a triangle for yellow, a square for red and an empty circle for *kan inte
bedömas*. The tree's indicator rows, its roll-up counts on topics and focus areas and
the Uppföljning view's tiles all paint through here, and say the status in words for
tooltips and screen readers.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

#: Statuses in the order counts are shown: worst first, so red catches the eye.
ORDER = ("red", "yellow", "green", "none")

FILL = {
    "green": QColor("#2e7d32"),
    "yellow": QColor("#f2b600"),
    "red": QColor("#c62828"),
    "none": QColor("#ffffff"),
}
OUTLINE = {
    "green": QColor("#1b5e20"),
    "yellow": QColor("#8a6a00"),
    "red": QColor("#8e1b1b"),
    "none": QColor("#6b6b6b"),
}

_icons: dict[str, QIcon] = {}


def paint_marker(painter: QPainter, rect: QRectF, status: str) -> None:
    """The status's shape, filled with its colour, centred in *rect* (square fit)."""
    side = min(rect.width(), rect.height()) * 0.86
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(OUTLINE.get(status, OUTLINE["none"]), max(1.0, side / 10))
    painter.setPen(pen)
    painter.setBrush(QBrush(FILL.get(status, FILL["none"])))
    inset = pen.widthF() / 2
    box = box.adjusted(inset, inset, -inset, -inset)
    if status == "yellow":
        painter.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()),
                                       QPointF(box.right(), box.bottom()),
                                       QPointF(box.left(), box.bottom())]))
    elif status == "red":
        painter.drawRect(box.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06))
    else:
        painter.drawEllipse(box)
    painter.restore()


def marker_icon(status: str) -> QIcon:
    """The marker as an icon (tree rows), drawn once per status at 16 and 32 pixels."""
    icon = _icons.get(status)
    if icon is None:
        icon = QIcon()
        for size in (16, 32):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            paint_marker(painter, QRectF(0, 0, size, size), status)
            painter.end()
            icon.addPixmap(pixmap)
        _icons[status] = icon
    return icon


# Every message is spelled out as QCoreApplication.translate("FollowUp", "literal"):
# pyside6-lupdate reads the source text.

def status_word(status: str) -> str:
    """The status as a person says it: "Grön nivå", "Kan inte bedömas"."""
    if status == "green":
        return QCoreApplication.translate("FollowUp", "Green level")
    if status == "yellow":
        return QCoreApplication.translate("FollowUp", "Yellow level")
    if status == "red":
        return QCoreApplication.translate("FollowUp", "Red level")
    return QCoreApplication.translate("FollowUp", "Cannot be assessed")


def trend_word(trend: str) -> str:
    """"Bättre", "Sämre", "Oförändrad", or "" when there is no earlier value to compare."""
    if trend == "better":
        return QCoreApplication.translate("FollowUp", "Better")
    if trend == "worse":
        return QCoreApplication.translate("FollowUp", "Worse")
    if trend == "flat":
        return QCoreApplication.translate("FollowUp", "Unchanged")
    return ""


def count_words(counts: Mapping[str, int]) -> str:
    """Roll-up counts in words, for tooltips and screen readers: "Röd nivå: 2, Grön nivå:
    1" (the word before the number: no plural forms to get wrong)."""
    return ", ".join(
        QCoreApplication.translate("FollowUp", "{status}: {count}").format(
            status=status_word(status), count=counts[status])
        for status in ORDER if counts.get(status))
