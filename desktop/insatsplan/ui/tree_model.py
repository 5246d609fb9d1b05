"""The plan tree as a Qt item model that mirrors the workspace, change by change.

The model reads a plan once (:meth:`Workspace.outline`, the read side's outline rows,
and :meth:`Workspace.indicator_statuses` for the status markers) into small Python items
and from then on follows the workspace's change events, turning each into the precise
row signals (insert, remove, move, data changed) a view needs to keep its selection,
expansion and scroll position. It holds no SQL of its own, never holds ORM objects and
never edits anything itself: renaming in place calls :meth:`Workspace.update_node`, and
the event that operation emits is what updates the mirror.

Shape of the mirror::

    root ─ focus area ─ topic ─┬─ section "Short-term goals and activities {year}"
                               │     └─ goal ─ goal (nested)
                               ├─ section "Measurable indicators for follow-up" (short)
                               ├─ section "Long-term goals"
                               └─ section "Measurable indicators for follow-up" (long)

Every container holds exactly one section's worth of siblings (the root holds focus
areas, a focus area topics, a section row its goals or indicators, a goal its nested
goals), so a node's row is its rank among the siblings of its section.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from insatsplan.errors import UserError
from insatsplan.model import TOPIC_SECTIONS, section_of
from insatsplan.text import plain_text
from insatsplan.ui import status_marker
from insatsplan.ui.tree_roles import FOLLOW_UP_ROLES, ROLLUP_ROLE, STATUS_ROLE, TREND_ROLE
from insatsplan.workspace import Change, Workspace
from insatsplan.workspace.reads import IndicatorStatus
from insatsplan.workspace.tree_reads import OutlineRow

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

# A module-level invalid index for argument defaults (never mutated).
_NO_INDEX = QModelIndex()

NODE_MIME = "application/x-insatsplan-node-ids"

ROOT = "root"
SECTION = "section"

NODE_ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
HORIZON_ROLE = Qt.ItemDataRole.UserRole + 2

_ICONS: dict[str, QStyle.StandardPixmap] = {
    "focus_area": QStyle.StandardPixmap.SP_DirIcon,
    "topic": QStyle.StandardPixmap.SP_FileIcon,
    "goal": QStyle.StandardPixmap.SP_DialogApplyButton,
    "indicator": QStyle.StandardPixmap.SP_FileDialogInfoView,
    SECTION: QStyle.StandardPixmap.SP_FileDialogListView,
}

_BASE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_NODE = _BASE | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
# Where drops may land: a focus area takes topics, a goal nested goals, a section row
# its goals or indicators. A topic itself takes nothing: its children live in sections.
_FLAGS: dict[str, Qt.ItemFlag] = {
    "focus_area": _NODE | Qt.ItemFlag.ItemIsDropEnabled,
    "topic": _NODE,
    "goal": _NODE | Qt.ItemFlag.ItemIsDropEnabled,
    "indicator": _NODE | Qt.ItemFlag.ItemNeverHasChildren,
    SECTION: _BASE | Qt.ItemFlag.ItemIsDropEnabled,
}


_READ_ONLY_MASK = ~(Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsDropEnabled)


class TreeOperations(Protocol):
    """How the model's own edits (rename in place, drop) reach the workspace.

    The window supplies one that goes through its undo stack; without it the model
    calls the workspace directly. Both raise UserError when the workspace refuses.
    """

    def rename_node(self, node_id: int, title: str) -> None: ...

    def move_node(self, node_id: int, parent_id: int | None, position: int,
                  horizon: str | None) -> None: ...

    def group(self, text: str) -> AbstractContextManager[object]: ...


class DirectOperations:
    """Edits straight to the workspace, without undo (tests, tools)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def rename_node(self, node_id: int, title: str) -> None:
        self._ws.update_node(node_id, title=title)

    def move_node(self, node_id: int, parent_id: int | None, position: int,
                  horizon: str | None) -> None:
        self._ws.move_node(node_id, parent_id, position, horizon=horizon)

    def group(self, text: str) -> AbstractContextManager[object]:
        return nullcontext()


# Every message is spelled out as QCoreApplication.translate("PlanTree", "literal"):
# pyside6-lupdate reads the source text, and a helper would hide the context.


def section_title(kind: str, horizon: str | None, year: str) -> str:
    """The heading the agreement prints above one of a topic's four lists."""
    if kind == "goal" and horizon == "short":
        return QCoreApplication.translate(
            "PlanTree", "Short-term goals and activities {year}").format(year=year)
    if kind == "goal":
        return QCoreApplication.translate("PlanTree", "Long-term goals")
    return QCoreApplication.translate("PlanTree", "Measurable indicators for follow-up")


def untitled_label() -> str:
    """What a node with an empty title shows, dimmed, so the row can still be found."""
    return QCoreApplication.translate("PlanTree", "(untitled)")


def display_title(title: str) -> str:
    """A stored Markdown title as one line of visible text."""
    return " ".join(plain_text(title).split("\n")).strip()


class _Item:
    """One row of the mirror: a node, a section heading or the invisible root.

    ``row`` is kept equal to the item's place in ``parent.children`` (see
    :meth:`PlanTreeModel._renumber`) so that ``parent()`` is O(1).
    """

    __slots__ = ("_display", "children", "horizon", "kind", "node_id", "parent", "row",
                 "section_kind", "serial", "title")

    def __init__(self, serial: int, kind: str, *, node_id: int | None = None,
                 horizon: str | None = None, title: str = "",
                 section_kind: str | None = None) -> None:
        self.serial = serial
        self.kind = kind  # a node kind, SECTION or ROOT
        self.node_id = node_id
        self.horizon = horizon
        self.title = title  # stored Markdown
        self._display: str | None = None  # computed when a view first asks
        self.section_kind = section_kind  # for a section row: the kind it holds
        self.parent: _Item | None = None
        self.children: list[_Item] = []
        self.row = 0

    @property
    def display(self) -> str:
        """The title as visible text, parsed once and only for rows a view shows:
        parsing every title of a big plan up front made switching plans slow."""
        if self._display is None:
            self._display = display_title(self.title)
        return self._display

    def set_title(self, title: str) -> None:
        self.title = title
        self._display = None

    @property
    def section(self) -> tuple[str, str | None]:
        """(kind, horizon) of the siblings this section row holds."""
        return (self.section_kind or "", self.horizon)


class PlanTreeModel(QAbstractItemModel):
    """One plan's tree, kept in step with the workspace without resets on edits."""

    NodeIdRole = NODE_ID_ROLE
    KindRole = KIND_ROLE
    HorizonRole = HORIZON_ROLE
    StatusRole = STATUS_ROLE
    RollupRole = ROLLUP_ROLE
    TrendRole = TREND_ROLE

    #: A rename (or any operation the model starts) was refused; carries the UserError
    #: so the window can show it in a dialog, translated.
    operation_failed = Signal(object)

    def __init__(self, ws: Workspace, plan_id: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._plan_id: int | None = None
        self._year = ""
        self._serials = itertools.count(1)
        self._root = _Item(0, ROOT)
        self._items: dict[int, _Item] = {0: self._root}
        self._by_node: dict[int, _Item] = {}
        self._icons: dict[str, QIcon] = {}
        # Follow-up: every indicator's status, read in one call per plan switch or
        # follow-up change, and the roll-up counts of the rows a view has asked for.
        self._statuses: dict[int, IndicatorStatus] = {}
        self._rollups: dict[int, dict[str, int] | None] = {}
        self.operations: TreeOperations = DirectOperations(ws)
        self._read_only = False
        if plan_id is not None:
            self._load(plan_id)  # first, so a plan that is not there leaves no listener
        self._subscribed = True
        ws.subscribe(self._on_change)
        # The workspace outlives the model: stop listening when Qt deletes it.
        self.destroyed.connect(partial(_unsubscribe, ws, self._on_change))

    # ----------------------------------------------------------------- public API

    @property
    def plan_id(self) -> int | None:
        return self._plan_id

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """A sealed plan or a read-only workspace: no renaming, dragging or dropping."""
        if read_only == self._read_only:
            return
        # Flags change everywhere while no row moves; views and proxies re-read them.
        self.layoutAboutToBeChanged.emit()
        self._read_only = read_only
        self.layoutChanged.emit()

    def detach(self) -> None:
        """Stop following the workspace (before it closes)."""
        if self._subscribed:
            self._subscribed = False
            _unsubscribe(self._ws, self._on_change)

    def set_plan(self, plan_id: int | None) -> None:
        """Show another plan: the one change that resets the model."""
        self.beginResetModel()
        try:
            self._clear()
            if plan_id is not None:
                self._load(plan_id)
        finally:
            self.endResetModel()

    def node_id(self, index: ModelIndex) -> int | None:
        """The node a row shows, or None for a section heading (or no row)."""
        item = self._item(index)
        return item.node_id if item is not self._root else None

    def index_for_node(self, node_id: int) -> QModelIndex:
        item = self._by_node.get(node_id)
        return QModelIndex() if item is None else self._index_of(item)

    def indicator_status(self, node_id: int) -> IndicatorStatus | None:
        """The status the tree shows for an indicator (None for another node)."""
        return self._statuses.get(node_id)

    def section_for_index(self, index: ModelIndex) -> tuple[int, str, str | None] | None:
        """(topic id, kind, horizon) for a section heading row, so "add" knows where to go."""
        item = self._item(index)
        if item.kind != SECTION or item.parent is None or item.parent.node_id is None:
            return None
        kind, horizon = item.section
        return (item.parent.node_id, kind, horizon)

    # ------------------------------------------------------------- Qt structure

    def index(self, row: int, column: int, parent: ModelIndex = _NO_INDEX) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        container = self._item(parent)
        if row >= len(container.children):
            return QModelIndex()
        return self.createIndex(row, 0, container.children[row].serial)

    def parent(self, index: ModelIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        item = self._items.get(index.internalId())
        if item is None or item.parent is None or item.parent is self._root:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent.serial)

    def rowCount(self, parent: ModelIndex = _NO_INDEX) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: ModelIndex = _NO_INDEX) -> int:
        return 1

    def hasChildren(self, parent: ModelIndex = _NO_INDEX) -> bool:
        return self.rowCount(parent) > 0

    # ------------------------------------------------------------------ Qt data

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items.get(index.internalId())
        if item is None:
            return None
        if item.kind == SECTION:
            return self._section_data(item, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.display or untitled_label()
        if role == Qt.ItemDataRole.EditRole:
            return item.title
        if role in FOLLOW_UP_ROLES and item.kind in ("indicator", "topic", "focus_area"):
            return self._follow_up_data(item, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text(item.title) or None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item.kind)
        if role == Qt.ItemDataRole.ForegroundRole and not item.display:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == NODE_ID_ROLE:
            return item.node_id
        if role == KIND_ROLE:
            return item.kind
        if role == HORIZON_ROLE:
            return item.horizon
        return None

    def _follow_up_data(self, item: _Item, role: int) -> Any:
        """Status marker and words on an indicator row; counts on a topic or focus area.

        The marker is the row's icon (a shape as well as a colour); tooltip and
        accessible text say the status in words, so colour never carries it alone.
        """
        if item.kind == "indicator":
            found = self._statuses.get(item.node_id or 0)
            status = "none" if found is None else found.status
            trend = "none" if found is None else found.trend
            if role == STATUS_ROLE:
                return status
            if role == TREND_ROLE:
                return trend
            if role == ROLLUP_ROLE:
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return status_marker.marker_icon(status)
            words = status_marker.status_word(status)
            if trend != "none":
                words = f"{words}, {status_marker.trend_word(trend).lower()}"
            if role == Qt.ItemDataRole.ToolTipRole and found is not None:
                words = f"{words}\n{status_marker.latest_sentence(found)}"
        else:
            counts = self._rollup(item)
            if role == ROLLUP_ROLE:
                return counts
            if role in (STATUS_ROLE, TREND_ROLE):
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(item.kind)
            words = status_marker.count_words(counts or {})
        title = plain_text(item.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (title, words) if part) or None
        return ", ".join(part for part in (item.display or untitled_label(), words) if part)

    def _rollup(self, item: _Item) -> dict[str, int] | None:
        """The indicators below a topic or focus area counted by status (cached until
        the tree or the follow-up changes)."""
        node_id = item.node_id or 0
        if node_id in self._rollups:
            return self._rollups[node_id]
        counts: dict[str, int] = {}
        for each in _walk(item):
            if each.kind == "indicator":
                found = self._statuses.get(each.node_id or 0)
                status = "none" if found is None else found.status
                counts[status] = counts.get(status, 0) + 1
        result = counts or None
        self._rollups[node_id] = result
        return result

    def _refresh_follow_up(self, *, reread: bool) -> None:
        """Statuses again (*reread*: one :meth:`Workspace.indicator_statuses` call) and
        ``dataChanged`` for just the rows whose marker or counts changed."""
        if self._plan_id is None:
            return
        old = self._statuses
        if reread:
            self._statuses = _by_node_id(self._ws.indicator_statuses(self._plan_id))
        shown = self._rollups
        self._rollups = {}
        # A row new to the mirror is read fresh by the views: no signal for it.
        changed = [node_id for node_id, each in self._statuses.items()
                   if node_id in old
                   and (old[node_id].status, old[node_id].trend) != (each.status, each.trend)]
        changed += [node_id for node_id, counts in shown.items()
                    if node_id in self._by_node
                    and self._rollup(self._by_node[node_id]) != counts]
        for node_id in changed:
            item = self._by_node.get(node_id)
            if item is not None:
                index = self._index_of(item)
                self.dataChanged.emit(index, index, list(FOLLOW_UP_ROLES))

    def _section_data(self, item: _Item, role: int) -> Any:
        kind, horizon = item.section
        if role == Qt.ItemDataRole.DisplayRole:
            return section_title(kind, horizon, self._year)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(SECTION)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == KIND_ROLE:
            return SECTION
        if role == HORIZON_ROLE:
            return horizon
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # focus areas drop onto the plan itself
            return Qt.ItemFlag.NoItemFlags if self._read_only else Qt.ItemFlag.ItemIsDropEnabled
        item = self._items.get(index.internalId())
        if item is None:
            return Qt.ItemFlag.NoItemFlags
        flags = _FLAGS[item.kind]
        return flags & _READ_ONLY_MASK if self._read_only else flags

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename in place through the workspace; the change event updates the row."""
        item = self._item(index)
        if role != Qt.ItemDataRole.EditRole or item.node_id is None or self._read_only:
            return False
        title = "" if value is None else str(value)
        if title == item.title:
            return True
        try:
            self.operations.rename_node(item.node_id, title)
        except UserError as error:
            self.operation_failed.emit(error)
            return False
        return True

    # ------------------------------------------------------------- drag and drop

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """Dragged rows as node ids; section headings do not travel."""
        ids = [item.node_id for index in indexes
               if (item := self._item(index)).node_id is not None]
        data = QMimeData()
        data.setData(NODE_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: ModelIndex) -> bool:
        return bool(self._drop_plan(data, action, parent))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: ModelIndex) -> bool:
        """Move the dragged nodes through the workspace; the events move the rows.

        Returns False even on success, so a view does not also remove the source rows
        (the ``node_moved`` event has already put them in their new place).
        """
        moves = self._drop_plan(data, action, parent)
        if not moves:
            return False
        target = self._item(parent)
        parent_id, horizon = self._drop_target(target)
        at = len(target.children) if row < 0 else row
        try:
            with self.operations.group(QCoreApplication.translate("PlanTree", "Move")):
                for offset, item in enumerate(moves):
                    # Qt counts rows before the dragged row leaves; the workspace after.
                    position = at + offset
                    if item.parent is target and item.row < position:
                        position -= 1
                    self.operations.move_node(item.node_id or 0, parent_id, position, horizon)
        except UserError as error:
            self.operation_failed.emit(error)
        return False

    def _drop_plan(self, data: QMimeData, action: Qt.DropAction,
                   parent: ModelIndex) -> list[_Item]:
        """The items a drop would move, or [] when the kind rules or the tree forbid it."""
        if self._read_only:
            return []
        if action != Qt.DropAction.MoveAction or not data.hasFormat(NODE_MIME):
            return []
        try:
            ids = json.loads(bytes(data.data(NODE_MIME).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return []
        target = self._item(parent)
        wanted = self._drop_kind(target)
        items = [self._by_node.get(i) for i in ids if isinstance(i, int)]
        moves = [item for item in items if item is not None]
        if not moves or any(item.kind != wanted for item in moves):
            return []
        ancestors = set()
        each: _Item | None = target
        while each is not None:
            ancestors.add(each.serial)
            each = each.parent
        if any(item.serial in ancestors for item in moves):
            return []  # into itself or below itself
        return moves

    def _drop_kind(self, target: _Item) -> str | None:
        """What kind of node a row (or the plan) takes as children."""
        if target is self._root:
            return "focus_area"
        if target.kind == SECTION:
            return target.section_kind
        return {"focus_area": "topic", "goal": "goal"}.get(target.kind)

    def _drop_target(self, target: _Item) -> tuple[int | None, str | None]:
        """(parent node id, horizon) for :meth:`Workspace.move_node`."""
        if target.kind == SECTION:
            topic = target.parent
            return (None if topic is None else topic.node_id), target.horizon
        return target.node_id, (target.horizon if target.kind == "goal" else None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (section == 0 and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return QCoreApplication.translate("PlanTree", "Plan")
        return None

    # ------------------------------------------------------------ change events

    def _on_change(self, change: Change) -> None:
        if self._plan_id is None:
            return
        if change.kind == "follow_up":
            if self._plan_id in change.plan_ids and change.series_ids:
                self._refresh_follow_up(reread=True)
            return
        if change.plan_id != self._plan_id:
            return
        handler = {
            "nodes_inserted": self._on_inserted,
            "nodes_removed": self._on_removed,
            "nodes_changed": self._on_changed,
            "node_moved": self._on_moved,
            "plans": self._on_plan,
        }.get(change.kind)
        if handler is None:
            return
        try:
            handler(change)
        except _OutOfStep as error:
            # Cannot happen while every change goes through the workspace; if it does,
            # a reset is better than a tree that lies.
            log.warning("plan tree out of step (%s); reloading", error)
            self.set_plan(self._plan_id)
            return
        if change.kind != "plans":
            # New or edited indicators (levels, direction) need their status read again;
            # a removal or a move only changes which rows count them.
            touched = [self._by_node.get(node_id) for node_id in change.node_ids]
            reread = change.kind in ("nodes_inserted", "nodes_changed") and any(
                each.kind == "indicator" for item in touched if item is not None
                for each in _walk(item))
            self._refresh_follow_up(reread=reread)

    def _on_inserted(self, change: Change) -> None:
        new_ids = [i for i in change.node_ids if i not in self._by_node]
        if not new_ids or self._plan_id is None:
            return
        tops, children = self._ws.outline_subtrees(new_ids)
        items = [self._build(top, children) for top in tops]
        orders: dict[tuple[str, str | None], list[int]] = {}
        placements = []
        for item in items:
            key = section_of(item.kind, item.horizon)
            if key not in orders:
                orders[key] = self._ws.section_order(self._plan_id, change.parent_id, *key)
            placements.append((item, orders[key]))
        for item, order in placements:
            container = self._container(change.parent_id, item.kind, item.horizon)
            row = _row_in(order, item.node_id, container, exclude=None)
            self.beginInsertRows(self._index_of(container), row, row)
            container.children.insert(row, item)
            item.parent = container
            self._register(item)
            self._renumber(container, row)
            self.endInsertRows()

    def _on_removed(self, change: Change) -> None:
        for node_id in change.node_ids:
            item = self._by_node.get(node_id)
            if item is None or item.parent is None:
                continue
            container, row = item.parent, item.row
            self.beginRemoveRows(self._index_of(container), row, row)
            del container.children[row]
            self._unregister(item)
            self._renumber(container, row)
            self.endRemoveRows()

    def _on_changed(self, change: Change) -> None:
        for node_id, title in self._ws.node_titles(change.node_ids).items():
            item = self._by_node.get(node_id)
            if item is None or item.title == title:
                continue
            item.set_title(title)
            index = self._index_of(item)
            self.dataChanged.emit(index, index)

    def _on_moved(self, change: Change) -> None:
        for node_id in change.node_ids:
            item = self._by_node.get(node_id)
            if item is None:
                raise _OutOfStep(f"moved node {node_id} is not shown")
            place = self._ws.node_parent(node_id)
            if place is None or self._plan_id is None:
                raise _OutOfStep(f"moved node {node_id} is gone")
            parent_id, horizon = place
            order = self._ws.section_order(self._plan_id, parent_id,
                                           *section_of(item.kind, horizon))
            self._move(item, parent_id, horizon, order)

    def _move(self, item: _Item, parent_id: int | None, horizon: str | None,
              order: Sequence[int]) -> None:
        source = item.parent
        if source is None:
            raise _OutOfStep("moved item has no parent")
        target = self._container(parent_id, item.kind, horizon)
        src_row = item.row
        dst_row = _row_in(order, item.node_id, target, exclude=item)
        if source is target and dst_row == src_row:
            self._set_horizon(item, horizon)
            return
        # Qt counts the destination before the row leaves: one more when moving down.
        qt_row = dst_row + 1 if source is target and dst_row > src_row else dst_row
        if not self.beginMoveRows(self._index_of(source), src_row, src_row,
                                  self._index_of(target), qt_row):
            raise _OutOfStep("Qt refused the move")
        del source.children[src_row]
        target.children.insert(dst_row, item)
        item.parent = target
        self._renumber(source, min(src_row, dst_row) if source is target else src_row)
        if source is not target:
            self._renumber(target, dst_row)
        self.endMoveRows()
        self._set_horizon(item, horizon)

    def _on_plan(self, change: Change) -> None:
        try:
            plan = self._ws.plan_summary(change.plan_id or 0)
        except UserError:
            self.set_plan(None)
            return
        year = _year_label(plan.year_from, plan.year_to)
        if year == self._year:
            return
        self._year = year
        for item in self._by_node.values():
            if item.kind == "topic" and item.children:
                first = self._index_of(item.children[0])
                self.dataChanged.emit(first, first, [Qt.ItemDataRole.DisplayRole])

    # ------------------------------------------------------------------ mirror

    def _clear(self) -> None:
        self._root.children = []
        self._items = {0: self._root}
        self._by_node = {}
        self._plan_id = None
        self._year = ""
        self._statuses = {}
        self._rollups = {}

    def _load(self, plan_id: int) -> None:
        plan = self._ws.plan_summary(plan_id)
        children = self._ws.outline(plan.id)
        roots = [self._build(node, children) for node in children.get(None, [])]
        self._plan_id = plan.id
        self._year = _year_label(plan.year_from, plan.year_to)
        self._statuses = _by_node_id(self._ws.indicator_statuses(plan.id))
        self._root.children = roots
        for root in roots:
            root.parent = self._root
            self._register(root)
        self._renumber(self._root, 0)

    def _build(self, node: OutlineRow,
               children: Mapping[int | None, Sequence[OutlineRow]]) -> _Item:
        """An item for *node* and its subtree."""
        item = _Item(next(self._serials), node.kind, node_id=node.id,
                     horizon=node.horizon, title=node.title)
        kids = [self._build(child, children) for child in children.get(node.id, ())]
        if node.kind == "topic":
            sections: dict[tuple[str, str | None], _Item] = {}
            for kind, horizon in TOPIC_SECTIONS:
                section = _Item(next(self._serials), SECTION, horizon=horizon,
                                section_kind=kind)
                sections[(kind, horizon)] = section
                item.children.append(section)
            for kid in kids:
                sections[section_of(kid.kind, kid.horizon)].children.append(kid)
        else:
            item.children = kids
        for child in item.children:
            child.parent = item
            if child.kind == SECTION:
                for grandchild in child.children:
                    grandchild.parent = child
                self._renumber(child, 0)
        self._renumber(item, 0)
        return item

    def _register(self, item: _Item) -> None:
        for each in _walk(item):
            self._items[each.serial] = each
            if each.node_id is not None:
                self._by_node[each.node_id] = each

    def _unregister(self, item: _Item) -> None:
        for each in _walk(item):
            self._items.pop(each.serial, None)
            if each.node_id is not None:
                self._by_node.pop(each.node_id, None)

    @staticmethod
    def _renumber(container: _Item, start: int) -> None:
        for row in range(start, len(container.children)):
            container.children[row].row = row

    def _set_horizon(self, item: _Item, horizon: str | None) -> None:
        """A goal moved between short and long term takes its nested goals along."""
        if item.horizon == horizon:
            return
        changed = [each for each in _walk(item) if each.kind in ("goal", "indicator")]
        for each in changed:
            each.horizon = horizon
        for each in changed:
            index = self._index_of(each)
            self.dataChanged.emit(index, index, [HORIZON_ROLE])

    def _container(self, parent_id: int | None, kind: str, horizon: str | None) -> _Item:
        """The item whose children are the siblings of a *kind* node under *parent_id*."""
        if parent_id is None:
            return self._root
        parent = self._by_node.get(parent_id)
        if parent is None:
            raise _OutOfStep(f"parent {parent_id} is not shown")
        if parent.kind != "topic":
            return parent
        wanted = section_of(kind, horizon)
        for section in parent.children:
            if section.section == wanted:
                return section
        raise _OutOfStep(f"topic {parent_id} has no section {wanted}")

    def _item(self, index: ModelIndex) -> _Item:
        if not index.isValid():
            return self._root
        return self._items.get(index.internalId(), self._root)

    def _index_of(self, item: _Item) -> QModelIndex:
        if item is self._root:
            return QModelIndex()
        return self.createIndex(item.row, 0, item.serial)

    def _icon(self, kind: str) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            icon = QApplication.style().standardIcon(_ICONS[kind])
            self._icons[kind] = icon
        return icon


class _OutOfStep(Exception):
    """An event does not fit the mirror (only a bug, or a change behind the API, can)."""


def _unsubscribe(ws: Workspace, listener: Any) -> None:
    try:
        ws.unsubscribe(listener)
    except ValueError:
        pass  # already gone


def _by_node_id(statuses: Iterable[IndicatorStatus]) -> dict[int, IndicatorStatus]:
    return {each.indicator.node_id: each for each in statuses}


def _walk(item: _Item) -> Iterable[_Item]:
    stack = [item]
    while stack:
        each = stack.pop()
        yield each
        stack.extend(each.children)


def _year_label(year_from: int, year_to: int) -> str:
    return str(year_from) if year_to == year_from else f"{year_from}–{year_to}"


def _row_in(order: Sequence[int], node_id: int | None, container: _Item,
            exclude: _Item | None) -> int:
    """Where *node_id* goes among the container's rows: after every shown sibling the
    file puts before it (siblings not yet shown are skipped, so several inserts in one
    event land right one by one)."""
    shown = {child.node_id for child in container.children if child is not exclude}
    row = 0
    for other in order:
        if other == node_id:
            return row
        if other in shown:
            row += 1
    raise _OutOfStep(f"node {node_id} is not in its section")
