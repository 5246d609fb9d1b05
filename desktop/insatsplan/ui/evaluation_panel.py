"""The Uppföljning view's activities by evaluation status, for the plan's year.

One line counts the activities per status in words ("Genomförd: 5 · Pågår: 3 · Ingen
utvärdering: 2"); opened, a list groups them under each status. It follows the view's
administration filter and opens an activity in the tree on a double-click or Enter. Read
through :meth:`Workspace.evaluation_overview` (the same rule as the find bar's
"Insatser utan utvärdering": a quarter's or a term's evaluation counts for its year).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insatsplan.ui.editors.evaluation import evaluation_status_word
from insatsplan.workspace.reads import EvaluationOverview

__all__ = ["EvaluationOverviewPanel"]

_NODE_ROLE = Qt.ItemDataRole.UserRole


class EvaluationOverviewPanel(QWidget):
    """Counts per evaluation status, and (opened) the activities under each status."""

    #: the person chose an activity: its node id
    node_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton(self.tr("Activities by evaluation"), self)
        self.button.setCheckable(True)
        self.button.setToolTip(self.tr(
            "The plan's activities grouped by the status of their evaluation for the "
            "plan's year"))
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Activities by evaluation status"))
        self.tree.setMaximumHeight(220)
        self.tree.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        self.button.toggled.connect(self.tree.setVisible)
        self.tree.itemActivated.connect(self._activated)

    def show_overview(self, overview: EvaluationOverview, code: str | None = None) -> None:
        """Counts and lists for *overview* (only administration *code*, when given)."""
        self.tree.clear()
        groups = overview.by_status(code)
        self.button.setText(self.tr("Activities by evaluation {period}").format(
            period=overview.period_label))
        if not groups:
            self.counts.setText(self.tr("No activities."))
            return
        self.counts.setText(" · ".join(
            f"{evaluation_status_word(status)}: {len(members)}"
            for status, members in groups.items()))
        for status, members in groups.items():
            top = QTreeWidgetItem(self.tree, [f"{evaluation_status_word(status)} "
                                              f"({len(members)})"])
            for each in members:
                title = each.title.replace("\n", " ") or self.tr("(untitled)")
                child = QTreeWidgetItem(top, [title])
                child.setData(0, _NODE_ROLE, each.node_id)
                if each.focus_area_title:
                    child.setToolTip(0, f"{each.focus_area_title} › {title}")
            top.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        node_id = item.data(0, _NODE_ROLE)
        if node_id is not None:
            self.node_opened.emit(int(node_id))
