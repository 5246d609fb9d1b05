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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from insatsplan.follow_up.status import STATUS_COLOUR, STATUS_WORDS, TREND_WORDS
from insatsplan.periods import period_label
from insatsplan.values import format_with_unit

if TYPE_CHECKING:
    from insatsplan.workspace.reads import IndicatorStatus

#: Statuses in the order counts are shown: worst first, so red catches the eye.
ORDER = ("red", "yellow", "green", "none")

# The strong colours of insatsplan.follow_up.status fill the shapes; an empty circle,
# outlined, is "cannot be assessed".
FILL: dict[str, QColor] = {str(name): QColor(colour) for name, colour in STATUS_COLOUR.items()}
FILL["none"] = QColor("#ffffff")
OUTLINE: dict[str, QColor] = {str(name): QColor(colour).darker(140)
                              for name, colour in STATUS_COLOUR.items()}

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


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def status_word(status: str) -> str:
    """The status as a person says it, capitalised: "Grön nivå", "Kan inte bedömas"
    (the words are :mod:`insatsplan.follow_up.status`'s, one set for every view)."""
    source = STATUS_WORDS.get(status, STATUS_WORDS["none"])  # type: ignore[call-overload]
    return _sentence_case(QCoreApplication.translate("FollowUp", source))


def trend_word(trend: str) -> str:
    """"Bättre", "Sämre", "Oförändrad", or "" when there is no earlier value to compare."""
    if trend not in ("better", "worse", "flat"):
        return ""
    source = TREND_WORDS[trend]  # type: ignore[index]
    return _sentence_case(QCoreApplication.translate("FollowUp", source))


def latest_text(status: IndicatorStatus) -> str:
    """"68 % (2024)": the latest value with its unit and period, "" when there is none."""
    if status.latest is None:
        return ""
    value = format_with_unit(status.latest.value, status.indicator.unit)
    return f"{value} ({period_label(status.latest.period)})"


def latest_sentence(status: IndicatorStatus) -> str:
    """"Senaste värde 68 % (2024)", or "Inga mätvärden än"."""
    latest = latest_text(status)
    if not latest:
        return QCoreApplication.translate("FollowUp", "No values yet")
    return QCoreApplication.translate("FollowUp", "Latest value {value}").format(value=latest)


def count_words(counts: Mapping[str, int]) -> str:
    """Roll-up counts in words, for tooltips and screen readers: "Röd nivå: 2, Grön nivå:
    1" (the word before the number: no plural forms to get wrong)."""
    return ", ".join(
        QCoreApplication.translate("FollowUp", "{status}: {count}").format(
            status=status_word(status), count=counts[status])
        for status in ORDER if counts.get(status))
