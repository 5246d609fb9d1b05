"""The Uppföljning view's "what is still missing" list, for chasing before the deadline.

Per administration: the activities without an evaluation for the period and the
indicators without a value in it (:meth:`Workspace.missing_follow_up`, the same read as
``status PLAN --missing``). Closed by default: the list is read only while it is open,
so refreshing the tiles stays one read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from insatsplan.periods import period_label
from insatsplan.workspace.reads import MissingFollowUp

__all__ = ["MissingPanel"]

_NODE_ROLE = Qt.ItemDataRole.UserRole


class MissingPanel(QWidget):
    """A toggle and, when open, the missing activities and values by administration."""

    #: the person wants to act on this node (an activity or an indicator): its node id
    node_opened = Signal(int)
    #: opened or closed (the view reads the list when it is opened)
    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton(self.tr("What is missing?"), self)
        self.button.setCheckable(True)
        self.button.setToolTip(self.tr(
            "Activities without an evaluation and indicators without a value for the "
            "plan's year, by administration"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Missing follow-up"))
        self.tree.setMaximumHeight(220)
        self.tree.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tree)
        self.button.toggled.connect(self._toggled)
        self.tree.itemActivated.connect(self._activated)

    def is_open(self) -> bool:
        return self.button.isChecked()

    def show_missing(self, missing: MissingFollowUp, code: str | None = None) -> None:
        """Fill the list (only administration *code*, when given)."""
        self.tree.clear()
        period = period_label(missing.period)
        self.button.setText(self.tr("What is missing for {period}?").format(period=period))
        shown = [each for each in missing.administrations if code is None or each.code == code]
        if not shown:
            QTreeWidgetItem(self.tree, [self.tr(
                "Nothing is missing for {period}.").format(period=period)])
            return
        for each in shown:
            name = (f"{each.name} ({each.code})" if each.code and each.name != each.code
                    else each.code or self.tr("No administration responsible"))
            top = QTreeWidgetItem(self.tree, [name])
            for item in each.activities:
                child = QTreeWidgetItem(top, [self.tr("No evaluation: {title}").format(
                    title=item.title.replace("\n", " "))])
                child.setData(0, _NODE_ROLE, item.node_id)
            for item in each.indicators:
                child = QTreeWidgetItem(top, [self.tr("No value: {title}").format(
                    title=item.title.replace("\n", " "))])
                child.setData(0, _NODE_ROLE, item.node_id)
            top.setExpanded(True)

    def _toggled(self, checked: bool) -> None:
        self.tree.setVisible(checked)
        self.toggled.emit(checked)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        node_id = item.data(0, _NODE_ROLE)
        if node_id is not None:
            self.node_opened.emit(int(node_id))
