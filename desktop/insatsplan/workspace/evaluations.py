"""Evaluations: what each activity (topic) did in a period, read and removed.

An evaluation is follow-up, like a measurement: outside the fingerprint and open on sent
and signed plans all year (only a read-only workspace file stops it). Writing one is
:meth:`Workspace.set_evaluation`, which answers the row it replaced; removing one is
:meth:`EvaluationOperations.delete_evaluation`, which answers the row it removed. So an
undo command restores exactly the row before: set that row again, or delete when there
was none.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.model import Evaluation, Node, Plan
from insatsplan.periods import parse_period
from insatsplan.workspace import reads
from insatsplan.workspace.core import Change, WorkspaceBase
from insatsplan.workspace.reads import EvaluationOverview, EvaluationRow

__all__ = ["EvaluationOperations"]

_MSG_NO_NODE = QT_TRANSLATE_NOOP("Errors", "There is no node {id}.")
_MSG_NO_PLAN = QT_TRANSLATE_NOOP("Errors", "There is no plan {ref}.")
_MSG_NOT_TOPIC = QT_TRANSLATE_NOOP("Errors", "Only topics have evaluations.")


class EvaluationOperations(WorkspaceBase):
    """The evaluation half of :class:`~insatsplan.workspace.Workspace`'s follow-up."""

    def evaluations(self, node_id: int) -> list[EvaluationRow]:
        """A topic's evaluations, oldest period first."""
        with self.reading() as session:
            _check_topic(session, node_id)
            return list(reads.evaluation_rows(session, [node_id]).get(node_id, ()))

    def evaluation(self, node_id: int, period: str) -> EvaluationRow | None:
        """A topic's evaluation for exactly *period* (None: there is none)."""
        text = parse_period(period).text
        with self.reading() as session:
            _check_topic(session, node_id)
            return _stored(session, node_id, text)

    def delete_evaluation(self, node_id: int, period: str) -> EvaluationRow | None:
        """Remove a topic's evaluation for *period*; answers the removed row (None when
        there was none, and then nothing is written)."""
        text = parse_period(period).text
        if self.evaluation(node_id, text) is None:
            return None  # nothing to remove: no operation, no log row
        with self.operation("delete_evaluation") as session:
            node = self._topic(session, node_id)
            before = _stored(session, node_id, text)
            if before is None:  # pragma: no cover - the file is locked for us
                return None
            session.execute(delete(Evaluation).where(Evaluation.node_id == node_id,
                                                     Evaluation.period == text))
            plan_uuid = session.scalar(select(Plan.__table__.c.uuid)
                                       .where(Plan.__table__.c.id == node.plan_id))
            self.log_nodes(session, plan_uuid, [node.uuid])
            self._notify(Change("follow_up", node.plan_id, None, (node_id,),
                                plan_ids=(node.plan_id,)))
            return before

    def follow_up_period(self, plan_id: int) -> str:
        """The period a plan is followed up for by default: its year, or this year
        within a plan of several."""
        table = Plan.__table__
        with self.reading() as session:
            row = session.execute(select(table.c.year_from, table.c.year_to)
                                  .where(table.c.id == plan_id)).one_or_none()
        if row is None:
            raise UserError(_MSG_NO_PLAN, ref=plan_id)
        return str(reads.follow_up_year(row.year_from, row.year_to))

    def evaluation_overview(self, plan_id: int, period: str | None = None
                            ) -> EvaluationOverview:
        """The plan's activities in print order with their evaluation for *period*
        (default :meth:`follow_up_period`); see :class:`reads.EvaluationOverview`."""
        parsed = parse_period(period if period is not None else self.follow_up_period(plan_id))
        with self.reading() as session:
            return reads.evaluation_overview(session, plan_id, parsed)

    def topics_without_evaluation(self, plan_id: int, period: str) -> list[int]:
        """Ids of the plan's topics with no evaluation for *period* (one for a quarter or
        a term inside it counts)."""
        return self.evaluation_overview(plan_id, period).without_evaluation()

    @staticmethod
    def _topic(session: Session, node_id: int) -> Node:
        node = session.get(Node, node_id) if isinstance(node_id, int) else None
        if node is None:
            raise UserError(_MSG_NO_NODE, id=node_id)
        if node.kind != "topic":
            raise UserError(_MSG_NOT_TOPIC)
        return node


def _check_topic(session: Session, node_id: int) -> None:
    """Refuse anything but a topic (a Core query: the editor asks on every selection)."""
    table = Node.__table__
    kind = session.scalar(select(table.c.kind).where(table.c.id == node_id)) \
        if isinstance(node_id, int) and not isinstance(node_id, bool) else None
    if kind is None:
        raise UserError(_MSG_NO_NODE, id=node_id)
    if kind != "topic":
        raise UserError(_MSG_NOT_TOPIC)


def _stored(session: Session, node_id: int, period: str) -> EvaluationRow | None:
    """The stored evaluation of a topic for exactly *period*, as a row."""
    table = Evaluation.__table__
    row = session.execute(
        select(table.c.node_id, table.c.period, table.c.status, table.c.participants,
               table.c.text)
        .where(table.c.node_id == node_id, table.c.period == period)).one_or_none()
    return None if row is None else reads.evaluation_row(row)
