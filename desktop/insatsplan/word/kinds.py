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
    """One kind of Word document made from a plan, with every word the editor says of it.

    *follow_up*: the layout prints evaluations, indicator values and charts, so the
    caller gathers a :class:`insatsplan.word.report_input.ReportInput` (charts are drawn
    by the caller, on a GUI thread or an offscreen application, never in the Word layer).
    *sealed*: the document prints the plan's Dokument-ID and signature lines.
    The texts are English sources in the context ``Word``, translated where shown; whole
    sentences per kind, since Swedish word order differs from one document to the next.
    """

    key: str
    label: str
    follow_up: bool
    sealed: bool
    dialog_title: str  # the export dialog's title
    save_title: str  # the file dialog's title
    saved: str  # the message after the export, with {path}


AGREEMENT: Final = DocumentKind(
    "agreement", QT_TRANSLATE_NOOP("Word", "Agreement"), follow_up=False, sealed=True,
    dialog_title=QT_TRANSLATE_NOOP("Word", "Export the agreement (Word)"),
    save_title=QT_TRANSLATE_NOOP("Word", "Export the agreement"),
    saved=QT_TRANSLATE_NOOP("Word", "The agreement was saved as {path}."))
REPORT: Final = DocumentKind(
    "report", QT_TRANSLATE_NOOP("Word", "Follow-up report"), follow_up=True, sealed=False,
    dialog_title=QT_TRANSLATE_NOOP("Word", "Export the follow-up report (Word)"),
    save_title=QT_TRANSLATE_NOOP("Word", "Export the follow-up report"),
    saved=QT_TRANSLATE_NOOP("Word", "The follow-up report was saved as {path}."))
PLAN_AND_REPORT: Final = DocumentKind(
    "plan_and_report", QT_TRANSLATE_NOOP("Word", "Action plan with report"),
    follow_up=True, sealed=False,
    dialog_title=QT_TRANSLATE_NOOP("Word", "Export the action plan with report (Word)"),
    save_title=QT_TRANSLATE_NOOP("Word", "Export the action plan with report"),
    saved=QT_TRANSLATE_NOOP("Word", "The action plan with its report was saved as {path}."))

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
