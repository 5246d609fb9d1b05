"""The plan's tree view: a QTreeView that says how to begin when it has no rows.

An empty tree is a blank white area; a person who has just made a new plan does not
know that Enter adds the first focus area. The window decides what the hint says (or
that there is none, on a sealed plan); the view paints it while it has no rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTreeView, QWidget

from insatsplan.ui.rollup_delegate import RollupDelegate


class PlanTreeView(QTreeView):
    """A tree view with a placeholder text for when it shows no rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        # Topics and focus areas show their indicators counted by status.
        self.setItemDelegate(RollupDelegate(self))

    @property
    def placeholder(self) -> str:
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        """What the empty tree says ("" for nothing)."""
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    @property
    def placeholder_shown(self) -> bool:
        """The hint is painted: there is one, and no row to show."""
        model = self.model()
        return bool(self._placeholder) and (model is None
                                            or model.rowCount(QModelIndex()) == 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.placeholder_shown:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 16, -12, -12)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), self._placeholder)
        painter.end()


