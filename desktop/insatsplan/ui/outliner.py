"""Editing the tree like an outliner: add, delete, move, indent, cut/copy/paste, duplicate.

Every action looks at the tree's current row, decides what the workspace should do,
and runs it as an undo command. The same object is the tree model's
:class:`~insatsplan.ui.tree_model.TreeOperations`, so renaming in place and drag and
drop land on the undo stack too. What a row may receive follows the workspace's kind
rules (:data:`insatsplan.workspace.api.ALLOWED_PARENTS`); the workspace checks them
again, so a refused action is a message, never a broken tree.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QTreeView

from insatsplan.errors import UserError
from insatsplan.text import plain_text
from insatsplan.ui.commands import (
    CommandContext,
    DeleteNodesCommand,
    FieldEditCommand,
    InsertNodesCommand,
    MoveNodeCommand,
    WorkspaceCommand,
)
from insatsplan.ui.edits import FieldEdit
from insatsplan.ui.tree_model import KIND_ROLE, SECTION, PlanTreeModel
from insatsplan.workspace.api import ALLOWED_PARENTS
from insatsplan.workspace.reads import NodePlace

NODES_MIME = "application/x-insatsplan-nodes"
END = 1_000_000  # "last": the workspace clamps positions to the section's length

#: What "add child" makes under a row of each kind: (kind, horizon).
CHILD_KIND: dict[str, tuple[str, str | None]] = {
    "focus_area": ("topic", None),
    "topic": ("goal", "short"),
    "goal": ("goal", None),
}


class Outliner(QObject):
    """The tree actions of one window."""

    def __init__(self, context: CommandContext, stack: QUndoStack, model: PlanTreeModel,
                 view: QTreeView, confirm: Callable[[str], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = stack
        self.model = model
        self.view = view
        self.confirm = confirm
        model.operations = self
        self._group_text: str | None = None
        self._group_open = False
        self._rename_sessions = itertools.count(1)

    @property
    def ws(self) -> Any:
        return self.context.ws

    # ------------------------------------------------------------ running commands

    def run(self, command: WorkspaceCommand) -> bool:
        """Run *command* and put it on the stack; a refusal is reported, not pushed."""
        try:
            command.run_first()
        except UserError as error:
            self.context.report(error)
            return False
        self._push(command)
        return True

    def _push(self, command: WorkspaceCommand) -> None:
        """Onto the stack, opening the pending group's macro with its first command."""
        if self._group_text is not None and not self._group_open:
            self.stack.beginMacro(self._group_text)
            self._group_open = True
        self.stack.push(command)

    @contextmanager
    def group(self, text: str) -> Iterator[object]:
        """Several commands as one undo step (a drop of several rows).

        The macro opens only when a command arrives, so a drop the workspace refuses
        leaves no empty step on the undo stack.
        """
        self._group_text, self._group_open = text, False
        try:
            yield self
        finally:
            if self._group_open:
                self.stack.endMacro()
            self._group_text, self._group_open = None, False

    # ------------------------------------------------- TreeOperations for the model

    def rename_node(self, node_id: int, title: str) -> None:
        place = self.ws.node_place(node_id)
        plan_id, uuid = place.plan_id, place.uuid
        old = self.model.index_for_node(node_id).data(Qt.ItemDataRole.EditRole) or ""
        edit = FieldEdit("node", node_id, "title", old, title, self.tr("Title"))
        # Each rename in place is its own undo step (a session of its own).
        command = FieldEditCommand(self.context, self.tr("Rename"), edit, plan_id, uuid,
                                   session=-next(self._rename_sessions))
        command.run_first()  # a UserError goes back to the model, which reports it
        self._push(command)

    def move_node(self, node_id: int, parent_id: int | None, position: int,
                  horizon: str | None) -> None:
        place = self.ws.node_place(node_id)
        plan_id, uuid = place.plan_id, place.uuid
        parent_uuid = None if parent_id is None else self.ws.node_place(parent_id).uuid
        command = MoveNodeCommand(self.context, self.tr("Move"), plan_id, uuid, parent_uuid,
                                  position, horizon)
        command.run_first()
        self._push(command)

    # ------------------------------------------------------------- where we are

    def current(self) -> QModelIndex:
        """The current row as an index of the tree model (the view may show a proxy)."""
        index = self.view.currentIndex()
        proxy = self.view.model()
        if index.isValid() and proxy is not self.model:
            index = proxy.mapToSource(index)  # type: ignore[attr-defined]
        return index

    def current_kind(self) -> str | None:
        index = self.current()
        return index.data(KIND_ROLE) if index.isValid() else None

    def _current_node(self) -> NodePlace | None:
        node_id = self.model.node_id(self.current())
        return None if node_id is None else self.ws.node_place(node_id)

    def can_add_child(self) -> bool:
        return self.current_kind() in (*CHILD_KIND, SECTION)

    # --------------------------------------------------------------- the actions

    def add_sibling(self) -> None:
        """A new node of the current row's kind right after it (Enter)."""
        plan_id = self.model.plan_id
        if plan_id is None:
            return
        index = self.current()
        kind = index.data(KIND_ROLE) if index.isValid() else None
        if kind == SECTION or kind is None:
            self._add_into(index)
            return
        place = self._current_node()
        assert place is not None
        parent_uuid, position, horizon = place.parent_uuid, place.position, place.horizon
        parent_id = None if parent_uuid is None else self.ws.node_id(plan_id, parent_uuid)
        self._add(plan_id, parent_id, kind, horizon, position + 1)

    def add_child(self) -> None:
        """A new node inside the current row, last (Ctrl+Enter)."""
        if self.model.plan_id is None:
            return
        self._add_into(self.current())

    def _add_into(self, index: QModelIndex) -> None:
        plan_id = self.model.plan_id
        assert plan_id is not None
        if not index.isValid():
            self._add(plan_id, None, "focus_area", None, END)
            return
        section = self.model.section_for_index(index)
        if section is not None:
            topic_id, kind, horizon = section
            self._add(plan_id, topic_id, kind, horizon, END)
            return
        kind = index.data(KIND_ROLE)
        if kind not in CHILD_KIND:
            return
        child_kind, horizon = CHILD_KIND[kind]
        self._add(plan_id, self.model.node_id(index), child_kind, horizon, END)

    def _add(self, plan_id: int, parent_id: int | None, kind: str, horizon: str | None,
             position: int) -> None:
        labels = {"focus_area": self.tr("Add focus area"), "topic": self.tr("Add topic"),
                  "goal": self.tr("Add goal"), "indicator": self.tr("Add indicator")}

        def create() -> list[int]:
            return [self.ws.add_node(plan_id, parent_id, kind, "", horizon=horizon,
                                     position=position)]

        command = InsertNodesCommand(self.context, labels[kind], plan_id, create)
        if self.run(command) and command.places:
            # Type the title straight into the new row, and only into it: with a filter
            # on, the current row could still be another one.
            new_id = self.ws.node_id(plan_id, command.places[-1].uuid)
            if self.model.node_id(self.current()) == new_id:
                self.edit_current()

    def edit_current(self) -> None:
        """Rename in place (F2): the new row's title is typed straight into the tree."""
        index = self.view.currentIndex()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(index)

    def delete(self) -> None:
        """Delete the current node and its subtree (Del); asks first when it has children."""
        place = self._current_node()
        if place is None:
            return
        plan_id, uuid = place.plan_id, place.uuid
        if self._has_children(self.current()) and not self.confirm(
                self.tr("Delete “{title}” and everything under it?").format(
                    title=plain_text(self.current().data(Qt.ItemDataRole.EditRole) or "")
                    or self.current().data())):
            return
        self.run(DeleteNodesCommand(self.context, self.tr("Delete"), plan_id, [uuid],
                                    then_select=self._neighbour_uuid(self.current())))

    def _neighbour_uuid(self, index: QModelIndex) -> str | None:
        """The row an outliner selects after deleting *index*: the next sibling, else
        the previous one (None: the parent)."""
        for row in (index.row() + 1, index.row() - 1):
            node_id = self.model.node_id(index.sibling(row, 0)) if row >= 0 else None
            if node_id is not None:
                return str(self.ws.node_place(node_id).uuid)
        return None

    def _has_children(self, index: QModelIndex) -> bool:
        if index.data(KIND_ROLE) == "topic":  # its section rows are always there
            return any(self.model.rowCount(self.model.index(row, 0, index))
                       for row in range(self.model.rowCount(index)))
        return self.model.rowCount(index) > 0

    def move_by(self, delta: int) -> None:
        """One step up or down among the siblings of the same section (Ctrl+Up/Down)."""
        place = self._current_node()
        if place is None:
            return
        plan_id, uuid, parent_uuid = place.plan_id, place.uuid, place.parent_uuid
        position, horizon = place.position, place.horizon
        index = self.current()
        if not 0 <= position + delta < self.model.rowCount(index.parent()):
            return
        text = self.tr("Move up") if delta < 0 else self.tr("Move down")
        self.run(MoveNodeCommand(self.context, text, plan_id, uuid, parent_uuid,
                                 position + delta, horizon))

    def indent(self) -> None:
        """A goal becomes the last sub-goal of the goal above it (Alt+Shift+Right)."""
        index = self.current()
        if index.data(KIND_ROLE) != "goal" or index.row() == 0:
            return
        above = index.sibling(index.row() - 1, 0)
        place = self._current_node()
        assert place is not None
        plan_id, uuid = place.plan_id, place.uuid
        parent_uuid = self.ws.node_place(self.model.node_id(above)).uuid
        self.run(MoveNodeCommand(self.context, self.tr("Indent"), plan_id, uuid, parent_uuid,
                                 END, None))

    def outdent(self) -> None:
        """A sub-goal moves out to just after its parent goal (Alt+Shift+Left)."""
        index = self.current()
        parent = index.parent()
        if index.data(KIND_ROLE) != "goal" or parent.data(KIND_ROLE) != "goal":
            return
        place = self._current_node()
        assert place is not None
        outer = self.ws.node_place(self.model.node_id(parent))
        self.run(MoveNodeCommand(self.context, self.tr("Outdent"), place.plan_id, place.uuid,
                                 outer.parent_uuid, outer.position + 1, outer.horizon))

    def duplicate(self) -> None:
        """A copy right after the original (new UUIDs, new indicator series)."""
        place = self._current_node()
        if place is None:
            return
        plan_id = place.plan_id
        node_id = self.model.node_id(self.current())
        assert node_id is not None
        self.run(InsertNodesCommand(self.context, self.tr("Duplicate"), plan_id,
                                    lambda: [self.ws.duplicate_node(node_id)]))

    # ------------------------------------------------------------------ clipboard

    def copy(self, *, evaluations: bool = False) -> bool:
        """The current subtree onto the system clipboard (also readable as plain text);
        *evaluations* (a cut: the topic moves) takes its evaluations along."""
        node_id = self.model.node_id(self.current())
        if node_id is None:
            return False
        nodes = self.ws.copy_nodes([node_id], evaluations=evaluations)
        data = QMimeData()
        data.setData(NODES_MIME, json.dumps({"nodes": nodes}, ensure_ascii=False).encode())
        data.setText("\n".join(_outline(nodes)))
        QApplication.clipboard().setMimeData(data)
        return True

    def cut(self) -> None:
        place = self._current_node()
        if place is None or not self.copy(evaluations=True):
            return
        plan_id, uuid = place.plan_id, place.uuid
        self.run(DeleteNodesCommand(self.context, self.tr("Cut"), plan_id, [uuid],
                                    then_select=self._neighbour_uuid(self.current())))

    def clipboard_nodes(self) -> list[dict[str, Any]]:
        data = QApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(NODES_MIME):
            return []
        try:
            nodes = json.loads(bytes(data.data(NODES_MIME).data()).decode())["nodes"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return []
        return [n for n in nodes if isinstance(n, dict) and n.get("kind") in ALLOWED_PARENTS]

    def paste(self) -> None:
        """Into the current row when it can hold the nodes, else after it."""
        plan_id = self.model.plan_id
        nodes = self.clipboard_nodes()
        if plan_id is None or not nodes:
            return
        target = self._paste_target(nodes)
        if target is None:
            self.context.report(_PasteRefused())
            return
        parent_id, position, horizon = target
        if horizon is not None:
            nodes = [dict(copy.deepcopy(n), horizon=horizon) for n in nodes]
        self.run(InsertNodesCommand(
            self.context, self.tr("Paste"), plan_id,
            lambda: self.ws.insert_nodes(plan_id, parent_id, position, nodes)))

    def _paste_target(self, nodes: Sequence[dict[str, Any]]
                      ) -> tuple[int | None, int | None, str | None] | None:
        """(parent id, position or None for last, horizon to force) for a paste here."""
        kinds = {n["kind"] for n in nodes}
        if len(kinds) != 1:
            return None
        kind = kinds.pop()
        index = self.current()
        section = self.model.section_for_index(index) if index.isValid() else None
        if section is not None:
            topic_id, section_kind, horizon = section
            return (topic_id, None, horizon) if section_kind == kind else None
        current_kind = index.data(KIND_ROLE) if index.isValid() else None
        if current_kind in ALLOWED_PARENTS.get(kind, ()):
            return (self.model.node_id(index), None, None)
        if current_kind == kind or (current_kind is None and kind == "focus_area"):
            place = self._current_node()
            if place is None:
                return (None, None, None)
            plan_id, parent_uuid = place.plan_id, place.parent_uuid
            position, horizon = place.position, place.horizon
            parent_id = None if parent_uuid is None else self.ws.node_id(plan_id, parent_uuid)
            return (parent_id, position + 1, horizon if kind in ("goal", "indicator")
                    else None)
        return None


class _PasteRefused(UserError):
    def __init__(self) -> None:
        from insatsplan.errors import QT_TRANSLATE_NOOP

        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "What was copied cannot be placed here: choose a row that can hold it."))


def _outline(nodes: Sequence[dict[str, Any]], depth: int = 0) -> Iterator[str]:
    for node in nodes:
        yield "  " * depth + "- " + plain_text(node.get("title", ""))
        yield from _outline(node.get("children", []), depth + 1)
