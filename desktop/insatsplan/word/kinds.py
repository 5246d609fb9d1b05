"""The Word document kinds, in one registry the CLI, the editor and the tests read.

Importing this module loads no python-docx: the editor lists the kinds in its menus at
start-up and loads the writer at the first export.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from insatsplan.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DocumentKind:
    """One kind of Word document made from a plan.

    *follow_up*: the layout prints evaluations, indicator values and charts, so the
    caller gathers a :class:`insatsplan.word.report_input.ReportInput` (charts are drawn
    by the caller, on a GUI thread or an offscreen application, never in the Word layer).
    *sealed*: the document prints the plan's Dokument-ID and signature lines.
    """

    key: str
    label: str  # English source, context "Word"; the UI translates it
    follow_up: bool
    sealed: bool


AGREEMENT: Final = DocumentKind(
    "agreement", QT_TRANSLATE_NOOP("Word", "Agreement"), follow_up=False, sealed=True)
REPORT: Final = DocumentKind(
    "report", QT_TRANSLATE_NOOP("Word", "Follow-up report"), follow_up=True, sealed=False)
PLAN_AND_REPORT: Final = DocumentKind(
    "plan_and_report", QT_TRANSLATE_NOOP("Word", "Action plan with report"),
    follow_up=True, sealed=False)

#: Every kind by key, in the order menus and ``--kind`` list them.
KINDS: Final[dict[str, DocumentKind]] = {
    kind.key: kind for kind in (AGREEMENT, REPORT, PLAN_AND_REPORT)}

#: The document a plan exports as when no kind is asked for, by the plan's own kind
#: (``Plan.kind``): an agreement prints the agreement, an action plan with report the
#: plan and its report in one.
DEFAULT_FOR_PLAN: Final[dict[str, str]] = {
    "agreement": AGREEMENT.key, "plan_and_report": PLAN_AND_REPORT.key}


def kind_for_plan(plan_kind: object) -> DocumentKind:
    """The default document kind for a plan of kind *plan_kind* (agreement if unknown)."""
    return KINDS[DEFAULT_FOR_PLAN.get(str(plan_kind), AGREEMENT.key)]
