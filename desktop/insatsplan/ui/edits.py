"""What an editor asks for when a person changes a field: one undoable workspace operation.

Editors never call the workspace to change anything. They describe the change as a
:class:`FieldEdit` and hand it to an :data:`EditSink` (the main window), which runs the
operation, pushes the undo command and answers with ``None``, or with a message for
the person when the workspace refused the value (the editor shows it beside the field
and keeps the field as typed, so nothing invalid is stored and nothing typed is lost).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

#: plan: ``Workspace.update_plan(target_id, **{field: new})``
#: node: ``Workspace.update_node(target_id, **{field: new})``
#: indicator: ``Workspace.update_indicator(target_id, **{field: new})``
#: parties: ``Workspace.set_parties(target_id, new)`` (field ``"parties"``)
#: signatories: ``Workspace.set_signatories(target_id, new)`` (field ``"signatories"``)
#: horizon: a goal or indicator moved to the other horizon's section (field ``"horizon"``)
#: evaluation: one field of a topic's evaluation, turned into an :class:`EvaluationEdit`
#: by the topic form's evaluation section (never sent to the window as a FieldEdit)
EditTarget = Literal["plan", "node", "indicator", "parties", "signatories", "horizon",
                     "evaluation"]


@dataclass(frozen=True)
class FieldEdit:
    """One field of one plan or node, from *old* to *new*.

    ``target_id`` is the plan id for plan, parties and signatories, else the node id.
    ``label`` is the translated field name the undo menu shows ("Ångra Syfte").
    Consecutive edits of the same target and field merge into one undo step.
    """

    target: EditTarget
    target_id: int
    field: str
    old: Any
    new: Any
    label: str


EditSink = Callable[[FieldEdit], "str | None"]


@dataclass(frozen=True)
class MeasurementEdit:
    """Values of one measurement series written, replaced or deleted as one undo step.

    ``changes`` are :class:`~insatsplan.workspace.reads.MeasurementChange` (already
    parsed, canonical periods) of the series ``series_uuid``; ``node_id`` is the
    indicator the person edited it in (undo shows that indicator again); ``label`` is
    the undo menu's text; ``operation`` the operation log's name for the write.
    """

    series_uuid: str
    node_id: int
    changes: tuple[Any, ...]
    label: str
    operation: str = "set_measurement"


#: Runs a :class:`MeasurementEdit` as an undo command; answers like :data:`EditSink`.
MeasurementSink = Callable[[MeasurementEdit], "str | None"]


@dataclass(frozen=True)
class ComparisonEdit:
    """The series a trend chart draws beside an indicator's own, as one undo step.

    ``node_id`` is the indicator; ``series_uuids`` the whole new list, in order (the
    county, the country, …); ``label`` the undo menu's text.
    """

    node_id: int
    series_uuids: tuple[str, ...]
    label: str


#: Stores a :class:`ComparisonEdit` through an undo command; answers like :data:`EditSink`.
ComparisonSink = Callable[[ComparisonEdit], "str | None"]


@dataclass(frozen=True)
class EvaluationValues:
    """What a topic's evaluation for one period holds (see :meth:`Workspace.set_evaluation`)."""

    status: str
    participants: int | None
    text: str


@dataclass(frozen=True)
class EvaluationEdit:
    """A topic's evaluation for one period written (``new``) or deleted (``new`` None),
    as one undo step.

    ``node_id`` is the topic, ``period`` the canonical period; ``field`` what the person
    changed ("status", "participants", "text" or "delete": typing in the same field
    merges into one step, as for :class:`FieldEdit`); ``label`` the undo menu's text.
    """

    node_id: int
    period: str
    new: EvaluationValues | None
    field: str
    label: str


#: Runs an :class:`EvaluationEdit` as an undo command; answers like :data:`EditSink`.
EvaluationSink = Callable[[EvaluationEdit], "str | None"]
