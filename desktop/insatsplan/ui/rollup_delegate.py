"""Paints a topic's or focus area's roll-up counts at the right end of its tree row.

"3 ■ 1 ▲ 2 ●": how many of the indicators below are red, yellow, green or cannot be
assessed, each count beside its status's shape (see :mod:`insatsplan.ui.status_marker`).
The title is elided to leave them room. Everything else (editing in place, the
indicator rows' markers, which are their icons) is the standard delegate's.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from insatsplan.ui import status_marker
from insatsplan.ui.tree_roles import ROLLUP_ROLE

_GAP = 4  # pixels between a count and its marker, and after the marker


class RollupDelegate(QStyledItemDelegate):
    """The standard delegate, with roll-up counts right-aligned on rows that have them."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        counts = index.data(ROLLUP_ROLE)
        if not counts:
            super().paint(painter, option, index)
            return
        metrics = option.fontMetrics
        marker = max(8, metrics.height() - 4)
        parts = [(status, str(counts[status])) for status in status_marker.ORDER
                 if counts.get(status)]
        width = sum(metrics.horizontalAdvance(text) + marker + 3 * _GAP
                    for _status, text in parts)
        rect = option.rect
        width = min(width, rect.width() // 2)
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = rect.adjusted(0, 0, -width, 0)
        # The selection's highlight still spans the whole row.
        style = option.widget.style() if option.widget else None
        if style is not None and option.state & QStyle.StateFlag.State_Selected:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option,
                                painter, option.widget)
        super().paint(painter, narrowed, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        x = rect.right() - width + _GAP
        for status, text in parts:
            advance = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x, rect.top(), advance, rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter), text)
            x += advance + _GAP
            status_marker.paint_marker(painter, QRectF(x, rect.center().y() - marker / 2,
                                                       marker, marker), status)
            x += marker + 2 * _GAP
        painter.restore()
