"""Word documents made from a plan: the agreement, the follow-up report, and the action
plan with its report in one (the kinds: :mod:`insatsplan.word.kinds`).

python-docx is heavy to import, so this package's ``__init__`` imports nothing from it:
the editor starts without it and loads it at the first export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from insatsplan.word.kinds import KINDS

if TYPE_CHECKING:
    from collections.abc import Callable

    from insatsplan.errors import UserMessage
    from insatsplan.word.report_input import ReportInput

__all__ = ["KINDS", "export_agreement", "export_document"]


def export_agreement(document: dict[str, Any], out: Path, *, template: Path | None = None,
                     pdf: Path | None = None,
                     on_notice: Callable[[UserMessage], None] | None = None) -> Path:
    """Write the agreement of one plan (an exchange dict) to *out*; see
    :func:`insatsplan.word.agreement.export_agreement`."""
    from insatsplan.word.agreement import export_agreement as export

    return export(document, out, template=template, pdf=pdf, on_notice=on_notice)


def export_document(document: dict[str, Any], out: Path, *, kind: str = "agreement",
                    template: Path | None = None, pdf: Path | None = None,
                    follow_up: ReportInput | None = None,
                    on_notice: Callable[[UserMessage], None] | None = None) -> Path:
    """Write the Word document of *kind* (a key of :data:`KINDS`) for one plan.

    A follow-up kind takes *follow_up*, the indicator lines and charts its caller
    gathered (without it: the plan's first year, no indicator lines and no charts);
    the agreement ignores it.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    if not KINDS[kind].follow_up:
        return export_agreement(document, out, template=template, pdf=pdf,
                                on_notice=on_notice)
    from insatsplan.word.report import export_report

    return export_report(document, follow_up, out, combined=kind == "plan_and_report",
                         template=template, pdf=pdf, on_notice=on_notice)
