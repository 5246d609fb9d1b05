"""The comparison as a Word document with tracked changes, from the comparison view.

What ``insatsplan diff A B --out F.docx`` writes, for the coordinator who compares in the
editor and then sends the administrations "what changed": plan B's agreement whose
differences from plan A are Word revisions by B's coordinator, dated now
(:mod:`insatsplan.word.tracked_changes`). The writing (and LibreOffice's pass for the
table of contents) runs in the background like every other Word export, and so shares
:class:`~insatsplan.ui.plan_actions.WordExport`'s progress, messages and "open the file".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from insatsplan.errors import UserMessage
from insatsplan.ui.plan_actions import WordExport, safe_file_name

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace


class TrackedChangesExport(WordExport):
    """Save plan B's agreement with its changes from plan A as Word tracked changes."""

    def __init__(self, parent: QWidget, ws: Workspace, a_plan_id: int, b_plan_id: int,
                 folder: Path) -> None:
        super().__init__(parent, ws, b_plan_id, None, folder, kind="agreement")
        self.a_plan_id = a_plan_id

    def default_path(self) -> Path:
        """"<B's title> <years> ändringar från <A's years>.docx" in the last folder."""
        from insatsplan.text import plain_text
        from insatsplan.year_roll import years_text

        a, b = self.ws.plan_summary(self.a_plan_id), self.ws.plan_summary(self.plan_id)
        name = self.tr("{title} {years} changes since {earlier}").format(
            title=plain_text(b.title), years=years_text(b.year_from, b.year_to),
            earlier=years_text(a.year_from, a.year_to))
        return self.folder / f"{safe_file_name(name)}.docx"

    def choose_path(self) -> Path | None:
        """Where to save (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self._title(), str(self.default_path()),
            self.tr("Word documents") + " (*.docx)")
        return Path(name) if name else None

    def start(self) -> bool:
        """Ask where, read both plans and compare them here, then write in the
        background; False when the person cancelled or the plans cannot be compared
        (said in a message)."""
        from insatsplan.errors import UserError
        from insatsplan.word.tracked_changes import revision_author

        out = self.choose_path()
        if out is None:
            return False
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        try:
            comparison = self.ws.compare_plans(self.a_plan_id, self.plan_id)
            a_document = self.ws.exchange_document(self.a_plan_id)
            b_document = self.ws.exchange_document(self.plan_id)
        except UserError as error:
            self.report(error.text(QCoreApplication.translate))
            return False
        author = revision_author(b_document)
        when = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def write(notice: Callable[[UserMessage], None]) -> Path:
            from insatsplan.word.tracked_changes import export_tracked_agreement

            return export_tracked_agreement(a_document, b_document, comparison, out,
                                            author=author, when=when, on_notice=notice)

        self.run_writer(out, write)
        return True

    def _title(self) -> str:
        return self.tr("Save the changes in Word")

    def saved_text(self, path: Path) -> str:
        return self.tr(
            "The changes were saved as {path}. In Word, Review shows each change; "
            "accepting all of them gives this plan's agreement, rejecting all of them "
            "the earlier plan's.").format(path=path)
