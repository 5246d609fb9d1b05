"""Comparing two plans of the workspace (read-only).

The comparison itself is :mod:`insatsplan.compare` (Qt- and database-free); this part
reads both plans in one session in the exchange shape the engine takes and refuses
what cannot be compared: an unknown plan (the usual message) and two plans of different
kinds (an agreement's tree and a plan and report's tree hold different things, so a
comparison would list everything as changed). A plan compared with itself has no
changes. The CLI's ``diff`` and the editor's Plan → Jämför med… both call
:meth:`ComparingOperations.compare_plans`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from insatsplan import content
from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.text import plain_text
from insatsplan.workspace.core import WorkspaceBase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from insatsplan.compare import Comparison
    from insatsplan.model import Plan

__all__ = ["ComparingOperations"]

MSG_DIFFERENT_KINDS: Final = QT_TRANSLATE_NOOP(
    "Errors", "Plan {a} “{a_title}” and plan {b} “{b_title}” are of different kinds (an "
    "agreement and a plan with report); only plans of the same kind can be compared.")


class ComparingOperations(WorkspaceBase):
    """The comparison half of :class:`~insatsplan.workspace.Workspace`."""

    if TYPE_CHECKING:  # what comparing uses of the rest of Workspace (the same signature)
        def _plan(self, session: Session, ref: str | int) -> Plan:
            """The plan *ref* names, or UserError (:mod:`.api`)."""

    def compare_plans(self, a_ref: str | int, b_ref: str | int) -> Comparison:
        """What changed from plan *a_ref* (the earlier) to plan *b_ref* (the later).

        Plans are named by database id or UUID. Read-only: works beside the editor and
        on a read-only workspace.
        """
        from insatsplan.compare import compare_plans

        with self.reading() as session:
            a_plan = self._plan(session, a_ref)
            b_plan = self._plan(session, b_ref)
            if a_plan.kind != b_plan.kind:
                raise UserError(MSG_DIFFERENT_KINDS, a=a_plan.id, a_title=plain_text(a_plan.title),
                                b=b_plan.id, b_title=plain_text(b_plan.title))
            a_dict = content.plan_dict(session, a_plan)
            b_dict = a_dict if b_plan.id == a_plan.id else content.plan_dict(session, b_plan)
        return compare_plans(a_dict, b_dict)
