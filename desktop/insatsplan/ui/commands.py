"""Undo and redo: each command is one workspace operation and its inverse.

Commands keep nodes by (plan id, UUID), never by database id: a node deleted and
restored by undo keeps its UUID but gets a new id, and later commands on the stack
must still find it. A command runs once *before* it is pushed (so a refused operation
never reaches the stack and the person sees why); QUndoStack's first ``redo`` after
the push is then skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from insatsplan.errors import UserError
from insatsplan.ui.edits import FieldEdit

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace

#: (plan id, node UUID)
NodeRef = tuple[int, str]

FIELD_EDIT_ID = 1001


@dataclass
class CommandContext:
    """What commands need from the window: the workspace, where to report, what to show."""

    ws: Workspace
    report: Callable[[UserError], None]
    select: Callable[[int, str | None], None]  # plan id, node UUID (None: the plan)
    #: the period whose evaluation an undo or redo changed, for the topic form to show
    show_period: Callable[[str], None] | None = None


@dataclass
class _Place:
    """Where a node stood: enough to put it back with :meth:`Workspace.insert_nodes`."""

    uuid: str
    parent_uuid: str | None
    position: int
    horizon: str | None
    snapshot: dict[str, Any] | None = None


class WorkspaceCommand(QUndoCommand):
    """Base: ``execute`` does the change, ``revert`` undoes it; both raise UserError."""

    def __init__(self, context: CommandContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._skip_redo = False
        self.first_run = False  # inside run_first: the person is looking at the change

    @property
    def ws(self) -> Workspace:
        return self.context.ws

    def run_first(self) -> None:
        """Run now, before the push; raises UserError when the workspace refuses."""
        self.first_run = True
        try:
            self.execute()
        finally:
            self.first_run = False
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.execute)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        # Qt calls redo/undo from C++: an exception must not escape into it.
        try:
            step()
        except UserError as error:
            self.context.report(error)

    def execute(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def resolve(self, plan_id: int, uuid: str | None) -> int | None:
        return None if uuid is None else self.ws.node_id(plan_id, uuid)

    def place_of(self, node_id: int) -> _Place:
        place = self.ws.node_place(node_id)
        return _Place(place.uuid, place.parent_uuid, place.position, place.horizon)

    def take_out(self, plan_id: int, place: _Place) -> None:
        """Delete the node at *place*, keeping its snapshot to put it back."""
        place.snapshot = self.ws.delete_node(self.ws.node_id(plan_id, place.uuid))["node"]

    def put_back(self, plan_id: int, place: _Place) -> None:
        """The node :meth:`take_out` removed, where it was, with its UUIDs and series."""
        assert place.snapshot is not None
        self.ws.insert_nodes(plan_id, self.resolve(plan_id, place.parent_uuid),
                             place.position, [place.snapshot])


class InsertNodesCommand(WorkspaceCommand):
    """Add, paste and duplicate: *create* makes the nodes the first time; redo after an
    undo puts the very same nodes (same UUIDs, same series) back where they were."""

    def __init__(self, context: CommandContext, text: str, plan_id: int,
                 create: Callable[[], Sequence[int]]) -> None:
        super().__init__(context, text)
        self.plan_id = plan_id
        self._create: Callable[[], Sequence[int]] | None = create
        self.places: list[_Place] = []

    def execute(self) -> None:
        if self._create is not None:
            ids = self._create()
            self._create = None
            self.places = [self.place_of(node_id) for node_id in ids]
        else:
            for place in self.places:
                self.put_back(self.plan_id, place)
        if self.places:
            self.context.select(self.plan_id, self.places[-1].uuid)

    def revert(self) -> None:
        for place in reversed(self.places):
            self.take_out(self.plan_id, place)
        if self.places:
            self.context.select(self.plan_id, self.places[0].parent_uuid)


class DeleteNodesCommand(WorkspaceCommand):
    """Delete subtrees; undo restores them with their UUIDs, series and evaluations."""

    def __init__(self, context: CommandContext, text: str, plan_id: int,
                 uuids: Sequence[str], then_select: str | None = None) -> None:
        """*then_select*: the UUID of the row to select afterwards (the next sibling,
        as an outliner does); the parent when it is None or gone."""
        super().__init__(context, text)
        self.plan_id = plan_id
        self.uuids = list(uuids)
        self.then_select = then_select
        self.places: list[_Place] = []

    def execute(self) -> None:
        self.places = []
        for uuid in self.uuids:
            place = self.place_of(self.ws.node_id(self.plan_id, uuid))
            self.take_out(self.plan_id, place)
            self.places.append(place)
        if self.places:
            neighbour = self.then_select
            if neighbour is not None and not self._exists(neighbour):
                neighbour = None
            self.context.select(self.plan_id, neighbour or self.places[0].parent_uuid)

    def revert(self) -> None:
        for place in reversed(self.places):
            self.put_back(self.plan_id, place)
        if self.places:
            self.context.select(self.plan_id, self.places[0].uuid)

    def _exists(self, uuid: str) -> bool:
        try:
            self.ws.node_id(self.plan_id, uuid)
        except UserError:
            return False
        return True


class MoveNodeCommand(WorkspaceCommand):
    """Move up/down, indent/outdent, drag and drop, change of horizon."""

    def __init__(self, context: CommandContext, text: str, plan_id: int, uuid: str,
                 parent_uuid: str | None, position: int, horizon: str | None) -> None:
        super().__init__(context, text)
        self.plan_id = plan_id
        self.uuid = uuid
        self.target = (parent_uuid, position, horizon)
        self.origin: _Place | None = None

    def execute(self) -> None:
        node_id = self.ws.node_id(self.plan_id, self.uuid)
        if self.origin is None:
            self.origin = self.place_of(node_id)
        parent_uuid, position, horizon = self.target
        self.ws.move_node(node_id, self.resolve(self.plan_id, parent_uuid), position,
                          horizon=horizon)
        self.context.select(self.plan_id, self.uuid)

    def revert(self) -> None:
        assert self.origin is not None
        self.ws.move_node(self.ws.node_id(self.plan_id, self.uuid),
                          self.resolve(self.plan_id, self.origin.parent_uuid),
                          self.origin.position, horizon=self.origin.horizon)
        self.context.select(self.plan_id, self.uuid)


class FieldEditCommand(WorkspaceCommand):
    """One field of a plan or node; typing in the same field merges into one step."""

    def __init__(self, context: CommandContext, text: str, edit: FieldEdit,
                 plan_id: int, uuid: str | None, session: int = 0) -> None:
        """*session*: edits merge only within one editing session (the window starts a
        new one when the selection changes), so coming back later is a new undo step."""
        super().__init__(context, text)
        self.edit = edit
        self.session = session
        self.plan_id = plan_id
        self.uuid = uuid  # None for plan-level targets
        self.old = edit.old
        self.new = edit.new

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand):
            return False
        if (other.edit.target, other.plan_id, other.uuid, other.edit.field, other.session) != (
                self.edit.target, self.plan_id, self.uuid, self.edit.field, self.session):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def execute(self) -> None:
        self._apply(self.new)

    def revert(self) -> None:
        self._apply(self.old)

    def _apply(self, value: Any) -> None:
        target, field = self.edit.target, self.edit.field
        if target == "plan":
            self.ws.update_plan(self.plan_id, **{field: value})
        elif target == "parties":
            self.ws.set_parties(self.plan_id, value)
        elif target == "signatories":
            self.ws.set_signatories(self.plan_id, value)
        else:
            assert self.uuid is not None
            node_id = self.ws.node_id(self.plan_id, self.uuid)
            if target == "indicator":
                self.ws.update_indicator(node_id, **{field: value})
            else:
                self.ws.update_node(node_id, **{field: value})
        if not self.first_run:  # typing must not move the selection; undo shows the change
            self.context.select(self.plan_id, self.uuid)


class PlanStatusCommand(WorkspaceCommand):
    """Draft ↔ sent for signature (signing itself is final and not undoable)."""

    def __init__(self, context: CommandContext, text: str, plan_id: int, old: str,
                 new: str) -> None:
        super().__init__(context, text)
        self.plan_id, self.old, self.new = plan_id, old, new

    def execute(self) -> None:
        self.ws.set_plan_status(self.plan_id, self.new)
        self.context.select(self.plan_id, None)

    def revert(self) -> None:
        self.ws.set_plan_status(self.plan_id, self.old)
        self.context.select(self.plan_id, None)
