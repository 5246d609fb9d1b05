"""The Plan and Arkiv actions around the signed document: export to Word, sign, new version.

Each flow asks what it needs in a small dialog, calls one workspace or exporter function,
and says what happened. The Word export runs in a worker thread (LibreOffice's page-number
pass takes seconds) behind a progress dialog; python-docx is imported only then.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from insatsplan.errors import UserError, UserMessage
from insatsplan.word.kinds import KINDS, DocumentKind

if TYPE_CHECKING:
    from insatsplan.ui.main_window import MainWindow
    from insatsplan.word.report_input import ReportInput
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.api import PdfFile


def safe_file_name(text: str) -> str:
    """A file name from a title: no path separators or characters Windows refuses."""
    name = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", name)[:120] or "plan"


def _path_row(field: QLineEdit, browse: Callable[[], None]) -> QHBoxLayout:
    """A file name field with its "Choose…" button beside it."""
    button = QPushButton(QCoreApplication.translate("PathRow", "Choose…"), field.parentWidget())
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


class SignDialog(QDialog):
    """The signing date and, optionally, the signed PDF (scanned or digitally signed)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the plan"))
        intro = QLabel(self.tr(
            "Signing fixes “{title}” as it is now: its content can no longer change "
            "(follow-up stays open), and its document ID is recorded. This cannot be "
            "undone; later changes are made in a new version.").format(title=title), self)
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        self.pdf = QLineEdit(self)
        self.pdf.setPlaceholderText(self.tr("optional: the signed PDF"))
        pdf_row = _path_row(self.pdf, self._browse)
        form = QFormLayout()
        form.addRow(self.tr("Signed on"), self.date)
        form.addRow(self.tr("Signed document"), pdf_row)
        buttons = QDialogButtonBox(self)
        self.sign_button = buttons.addButton(self.tr("Sign"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("The signed PDF"), "",
                                                    self.tr("PDF files (*.pdf)"))
        if name:
            self.pdf.setText(name)

    def values(self) -> tuple[dt.date, Path | None]:
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)  # QDate.toPython() is typed as object
        text = self.pdf.text().strip()
        return day, (Path(text) if text else None)


class NewVersionDialog(QDialog):
    """Which year the new version starts."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New version"))
        intro = QLabel(self.tr(
            "An editable copy for the coming year: the same focus areas, topics, goals and "
            "indicators (indicators keep their measurement series), parties and "
            "signatories. Evaluations stay with this year."), self)
        intro.setWordWrap(True)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2200)
        self.year.setValue(year)
        form = QFormLayout()
        form.addRow(self.tr("First year"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ExportChoice(NamedTuple):
    """What the person chose in :class:`ExportChoices`: the file, the template, a PDF
    too, and for a follow-up document the period (None: the plan's year)."""

    out: Path
    template: Path | None
    pdf: bool
    period: str | None = None


class ExportChoices(QDialog):
    """Where to write the document, with which template, whether a PDF too, and for a
    follow-up document which period it reports on."""

    def __init__(self, default: Path, template: Path | None, pdf_missing: str | None,
                 parent: QWidget | None = None, *, kind: DocumentKind = KINDS["agreement"],
                 period: str | None = None) -> None:
        """*pdf_missing*: why no PDF can be made (LibreOffice missing), or None;
        *period*: the period offered for a follow-up kind (its default)."""
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(_translate("Word", kind.dialog_title))
        self.out = QLineEdit(str(default), self)
        out_row = _path_row(self.out, self._browse_out)
        self.template = QLineEdit("" if template is None else str(template), self)
        self.template.setPlaceholderText(self.tr("Insatsplan's own template"))
        template_row = _path_row(self.template, self._browse_template)
        self.pdf = QCheckBox(self.tr("Also save a PDF beside it"), self)
        self.period = QLineEdit(period or "", self)
        self.period.setPlaceholderText(self.tr("for example 2025, VT 2025 or 2025 K1"))
        form = QFormLayout()
        form.addRow(self.tr("File"), out_row)
        if kind.follow_up:
            form.addRow(self.tr("Period followed up"), self.period)
        else:
            self.period.hide()
        form.addRow(self.tr("Template (.docx or .dotx)"), template_row)
        form.addRow("", self.pdf)
        if pdf_missing is not None:
            self.pdf.setEnabled(False)
            reason = QLabel(pdf_missing, self)  # what to install, in the person's words
            reason.setWordWrap(True)
            form.addRow("", reason)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        """A period that is not a period keeps the dialog open with the reason."""
        if self.kind.follow_up:
            from insatsplan.periods import parse_period

            try:
                parse_period(self.period.text())
            except UserError as error:
                QMessageBox.warning(self, self.windowTitle(), error.text(_translate))
                self.period.setFocus()
                return
        super().accept()

    def _browse_out(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _translate("Word", self.kind.save_title), self.out.text(),
            self.tr("Word documents (*.docx)"))
        if name:
            self.out.setText(name if name.lower().endswith(".docx") else name + ".docx")

    def _browse_template(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), self.template.text(),
            self.tr("Word documents and templates (*.docx *.dotx)"))
        if name:
            self.template.setText(name)

    def values(self) -> ExportChoice:
        out = Path(self.out.text().strip())
        template = self.template.text().strip()
        period = self.period.text().strip() if self.kind.follow_up else ""
        return ExportChoice(out, (Path(template) if template else None), self.pdf.isChecked(),
                            period or None)


#: Writes one file and returns its path; takes where to send notices (a missing font).
ExportWriter = Callable[[Callable[[UserMessage], None]], Path]


class _ExportWorker(QObject):
    """Runs an exporter off the GUI thread; reports a path or an error message."""

    finished = Signal(object, object)  # out path or None, UserError or None

    def __init__(self, write: ExportWriter) -> None:
        super().__init__()
        self.write = write
        self.notices: list[UserMessage] = []  # read after finished (a font that was missing)

    def run(self) -> None:
        try:
            path = self.write(self.notices.append)
        except UserError as error:
            self.finished.emit(None, error)
        except Exception as error:
            self.finished.emit(None, UserError("{detail}", detail=f"{type(error).__name__}: "
                                                                  f"{error}"))
        else:
            self.finished.emit(path, None)


class WordExport(QObject):
    """One export from the window: choices, progress, then "open" / "show in folder"."""

    done = Signal(object)  # the written path, or None

    def __init__(self, parent: QWidget, ws: Workspace, plan_id: int,
                 template: Path | None, folder: Path, *, kind: str | None = None) -> None:
        """*kind*: a key of :data:`insatsplan.word.kinds.KINDS`; None exports the plan's
        own document (an agreement, or the action plan with its report)."""
        super().__init__(parent)
        self.parent_widget = parent
        self.ws, self.plan_id = ws, plan_id
        self.template, self.folder = template, folder
        self.kind = self._kind(kind)
        self.export_thread: QThread | None = None
        self.worker: _ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.pdf: Path | None = None

    def _kind(self, key: str | None) -> DocumentKind:
        if key is not None:
            return KINDS[key]
        from insatsplan.word.kinds import kind_for_plan

        return kind_for_plan(self.ws.plan(self.plan_id).kind)

    def default_period(self) -> str:
        """The period a follow-up document reports on unless the person says otherwise:
        the plan's year, as ``status --missing`` and ``export-word`` take it."""
        from insatsplan.follow_up.report_lines import default_year

        summary = self.ws.plan_summary(self.plan_id)
        return str(default_year(summary.year_from, summary.year_to, dt.date.today().year))

    def choose(self) -> ExportChoice | None:
        """Ask where and how (tests replace this)."""
        from insatsplan.text import plain_text
        from insatsplan.word import libreoffice

        summary = self.ws.plan_summary(self.plan_id)
        years = (str(summary.year_from) if summary.year_from == summary.year_to
                 else f"{summary.year_from}-{summary.year_to}")
        default = self.folder / f"{safe_file_name(plain_text(summary.title))} {years}.docx"
        if self.kind.key == "report":
            default = default.with_name(f"{default.stem} {self.tr('follow-up')}.docx")
        missing = None if libreoffice.available() else _translate(
            "Errors", libreoffice.missing_reason())
        dialog = ExportChoices(default, self.template, missing, self.parent_widget,
                               kind=self.kind, period=self.default_period())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def gather(self, period: str | None) -> ReportInput:
        """The report's rows and charts, read and drawn here, on the GUI thread (charts
        are drawn nowhere else); the worker only writes the document. A real-size plan
        takes a second or two, so a progress dialog shows how far it is and can stop it
        (:class:`~insatsplan.charts.report_charts.DrawingCancelled`)."""
        from PySide6.QtWidgets import QApplication

        from insatsplan.charts.report_charts import gather_report_input

        drawing = QProgressDialog(self.tr("Drawing the trend charts…"), self.tr("Cancel"),
                                  0, 0, self.parent_widget)
        drawing.setWindowTitle(self._title())
        drawing.setWindowModality(Qt.WindowModality.WindowModal)
        drawing.setMinimumDuration(400)

        def progress(done: int, total: int) -> bool:
            drawing.setMaximum(total)
            drawing.setValue(done)  # a modal progress dialog lets Cancel be pressed here
            return not drawing.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return gather_report_input(self.ws, self.plan_id, period, progress=progress)
        finally:
            QApplication.restoreOverrideCursor()
            drawing.close()
            drawing.deleteLater()

    def start(self) -> bool:
        """Ask, then export in the background; False when the person cancelled or the
        follow-up could not be gathered (said in a message)."""
        choice = self.choose()
        if choice is None:
            return False
        out, template, with_pdf, period = choice
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        self.template = template
        self.pdf = out.with_suffix(".pdf") if with_pdf else None
        document = self.ws.exchange_document(self.plan_id)  # read here, on the GUI thread
        follow_up = None
        if self.kind.follow_up:
            from insatsplan.charts.report_charts import DrawingCancelled

            try:
                follow_up = self.gather(period)
            except UserError as error:
                self.report(error.text(_translate))
                return False
            except DrawingCancelled:  # the person stopped it: nothing written, no message
                return False
        kind, pdf = self.kind.key, self.pdf

        def write(notice: Callable[[UserMessage], None]) -> Path:
            from insatsplan.word import export_document

            return export_document(document, out, kind=kind, template=template, pdf=pdf,
                                   follow_up=follow_up, on_notice=notice)

        self.run_writer(out, write)
        return True

    def run_writer(self, out: Path, write: ExportWriter) -> None:
        """Write *out* in the background behind a progress dialog; :meth:`_finished`
        says how it went."""
        self.progress = QProgressDialog(self.tr("Writing {name}…").format(name=out.name), "",
                                        0, 0, self.parent_widget)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self._title())
        self.progress.setMinimumDuration(300)
        self.export_thread = QThread(self)
        self.worker = _ExportWorker(write)
        self.worker.moveToThread(self.export_thread)
        self.export_thread.started.connect(self.worker.run)
        # The thread ends itself when the work is done (also when nobody listens any more,
        # see finish_quietly); the window hears about it on its own thread.
        self.worker.finished.connect(self.export_thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.finished.connect(self._finished)
        self.export_thread.start()

    def running(self) -> bool:
        return self.export_thread is not None and self.export_thread.isRunning()

    def wait(self, timeout_ms: int = 300_000) -> None:
        """Block until the export is over (tests, and closing the window)."""
        if self.export_thread is not None:
            self.export_thread.wait(timeout_ms)

    def finish_quietly(self) -> None:
        """The window is closing: let the file be written, then say nothing about it.

        Stopping the thread half-way would leave no file (the writer is atomic) and a
        QThread destroyed while running aborts the program; LibreOffice's own time limit
        bounds the wait.
        """
        if self.worker is not None:
            self.worker.finished.disconnect(self._finished)
        self.wait()
        if self.progress is not None:
            self.progress.close()

    def _finished(self, path: Path | None, error: UserError | None) -> None:
        if self.export_thread is not None:
            self.export_thread.quit()
            self.export_thread.wait()
        if self.progress is not None:
            self.progress.close()
        self.done.emit(path)
        if error is not None:
            self.report(error.text(_translate))
        elif path is not None:
            notices = self.worker.notices if self.worker is not None else []
            if notices:
                self.report("\n".join(n.text(_translate) for n in notices))
            self.offer_to_open(Path(path))

    def _title(self) -> str:
        return _translate("Word", self.kind.save_title)

    def saved_text(self, path: Path) -> str:
        """The message after the file is written."""
        return _translate("Word", self.kind.saved).format(path=path)

    def report(self, text: str) -> None:
        QMessageBox.warning(self.parent_widget, self._title(), text)

    def offer_to_open(self, path: Path) -> None:
        """"Open the file" / "show in folder" (tests replace this)."""
        saved = self.saved_text(path)
        box = QMessageBox(QMessageBox.Icon.Information, self._title(), saved,
                          QMessageBox.StandardButton.Close, self.parent_widget)
        if self.pdf is not None and self.pdf.exists():
            box.setInformativeText(self.tr("The PDF is beside it: {name}").format(
                name=self.pdf.name))
        open_file = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.ActionRole)
        show_folder = box.addButton(self.tr("Show in folder"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is show_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _translate(context: str, source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


class PlanFlows(QObject):
    """The window's Arkiv/Plan actions around the signed document, one method each.

    Kept apart from the main window, which only wires them to menus: each flow asks,
    calls one workspace or exporter function, and tells the window what to show.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export: WordExport | None = None  # the running export, kept alive

    def _current(self) -> tuple[Workspace, int] | None:
        """The workspace and shown plan, with typed text written first; None without."""
        window = self.window
        if window.ws is None or window.model is None or window.model.plan_id is None:
            return None
        window.commit_typing()
        return window.ws, window.model.plan_id

    def export_word(self) -> None:
        """Arkiv → Exportera planen (Word)…: the plan's own document (the agreement, or
        the action plan with its report), in the background."""
        self._export(None)

    def export_report(self) -> None:
        """Arkiv → Exportera uppföljning (Word)…: the follow-up report for a period."""
        self._export("report")

    def _export(self, kind: str | None) -> None:
        from insatsplan.ui.main_window import settings

        if self.export is not None and self.export.running():
            self.window.statusBar().showMessage(
                self.tr("An export is already running."), 5000)
            return
        current = self._current()
        if current is None:
            return
        ws, plan_id = current
        key = self.window.settings_key("template")
        store = settings()
        template = store.value(key)
        folder = store.value("export/folder") or str(Path.home())
        export = WordExport(self.window, ws, plan_id,
                            Path(str(template)) if template else None, Path(str(folder)),
                            kind=kind)

        def remember(path: object) -> None:
            if path is None:
                return
            store = settings()
            store.setValue("export/folder", str(Path(str(path)).parent))
            if export.template is None:
                store.remove(key)
            else:
                store.setValue(key, str(export.template))

        export.done.connect(remember)
        self.export = export
        export.start()

    def export_tracked_changes(self, a_plan_id: int, b_plan_id: int) -> None:
        """The comparison view's "Save in Word with tracked changes…": plan B's agreement
        with its changes from plan A as Word revisions (ui/tracked_export.py)."""
        from insatsplan.ui.main_window import settings
        from insatsplan.ui.tracked_export import TrackedChangesExport

        if self.export is not None and self.export.running():
            self.window.statusBar().showMessage(
                self.tr("An export is already running."), 5000)
            return
        ws = self.window.ws
        if ws is None:
            return
        folder = settings().value("export/folder") or str(Path.home())
        export = TrackedChangesExport(self.window, ws, a_plan_id, b_plan_id,
                                      Path(str(folder)))

        def remember(path: object) -> None:
            if path is not None:
                settings().setValue("export/folder", str(Path(str(path)).parent))

        export.done.connect(remember)
        self.export = export
        export.start()

    def ask_sign(self, title: str) -> tuple[dt.date, Path | None] | None:
        """The signing date and optional signed PDF, or None (tests replace this)."""
        dialog = SignDialog(title, self.window)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def sign_plan(self) -> None:
        """Plan → Underteckna…: final; the undo history ends here."""
        from insatsplan.fingerprint import grouped
        from insatsplan.text import plain_text

        current = self._current()
        if current is None:
            return
        ws, plan_id = current
        answer = self.ask_sign(plain_text(ws.plan_summary(plan_id).title))
        if answer is None:
            return
        day, pdf = answer
        document, unverified = None, False
        if pdf is not None:

            # What signing will fix now: the content's fingerprint at this moment.
            reviewed = self._reviewed_pdf(pdf, ws.current_fingerprint(plan_id))
            if reviewed is None:
                return
            document, unverified = reviewed
        try:
            value = ws.sign_plan(plan_id, signed_on=day, pdf=document, unverified=unverified)
        except UserError as error:
            self.window.report(error)
            return
        self.window.stack.clear()  # nothing before a signature may be undone into it
        self.window.show_information(self.tr(
            "The plan is signed. Its document ID is {id}.").format(id=grouped(value)))

    def ask_pdf_file(self) -> Path | None:
        """The PDF to attach, or None (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(self.window, self.tr("The signed PDF"), "",
                                                    self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def review_pdf(self, document: PdfFile, expected: str | None) -> bool:
        """Show what the PDF says before it is stored for good; True to store it (tests
        replace this). With no Dokument-ID found, True means the person confirmed
        storing it as unverified; another plan's ID can only be closed."""
        from insatsplan.ui.dialogs.signed_pdf_review import SignedPdfReview

        dialog = SignedPdfReview(document.name, document.findings, expected, self.window)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.may_store()

    def _reviewed_pdf(self, path: Path, expected: str | None) -> tuple[PdfFile, bool] | None:
        """The PDF read once and reviewed, with whether it is stored as unverified; None
        when it cannot be read, is refused or the person cancelled."""
        from PySide6.QtWidgets import QApplication

        from insatsplan.workspace.api import read_pdf

        # ~80 ms a page on a busy machine: seconds for a long agreement, so say so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = read_pdf(path)
        except UserError as error:
            failed: UserError | None = error
        else:
            failed = None
        finally:
            QApplication.restoreOverrideCursor()
        if failed is not None:
            self.window.report(failed)
            return None
        if not self.review_pdf(document, expected):
            return None
        return document, document.findings.verdict(expected) == "none"

    def attach_signed_pdf(self) -> None:
        """Plan → Bifoga undertecknad PDF…: read, show what was found, then store."""
        current = self._current()
        if current is None:
            return
        ws, plan_id = current
        path = self.ask_pdf_file()
        if path is None:
            return
        reviewed = self._reviewed_pdf(path, ws.plan(plan_id).fingerprint)
        if reviewed is None:
            return
        document, unverified = reviewed
        try:
            ws.attach_signed_pdf(plan_id, document, unverified=unverified)
        except UserError as error:
            self.window.report(error)
            return
        self.window.statusBar().showMessage(
            self.tr("The signed PDF is kept in the workspace, marked as unverified.")
            if unverified else self.tr("The signed PDF is kept in the workspace."), 5000)

    def save_signed_pdf(self) -> None:
        current = self._current()
        if current is None:
            return
        ws, plan_id = current
        stored = ws.signed_pdf(plan_id)
        if stored is None:
            self.window.show_message(self.tr("No signed PDF is kept for this plan yet."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save the signed PDF as"), str(Path.home() / stored[0]),
            self.tr("PDF files (*.pdf)"))
        if not name:
            return
        try:
            ws.export_signed_pdf(plan_id, Path(name))
        except UserError as error:
            self.window.report(error)

    def ask_new_version_year(self, year: int) -> int | None:
        """The first year of the new version, or None (tests replace this)."""
        dialog = NewVersionDialog(year, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.year.value()

    def new_version(self) -> None:
        """Plan → Ny version…: an editable copy, shown at once."""
        current = self._current()
        if current is None:
            return
        ws, plan_id = current
        source = ws.plan_summary(plan_id)
        year = self.ask_new_version_year(source.year_to + 1)
        if year is None:
            return
        try:
            new_id = ws.new_version(source.id, year=year)
        except UserError as error:
            self.window.report(error)
            return
        # The copy shares series and comparison rows the commands before it do not know
        # about: undoing a new comparison series would delete the copy's rows and redo
        # could not bring them back. A new version starts a new history, as signing does.
        self.window.stack.clear()
        self.window.show_plan_in_chooser(new_id)
        self.tell_year_mentions(ws, new_id)

    def tell_year_mentions(self, ws: Workspace, plan_id: int) -> None:
        """After a new version: its title and subtitle name the new years, and how many
        other texts still name the old ones, which the find bar's "Mentions …" shows."""
        from insatsplan.year_roll import years_text

        old_years = ws.outdated_years(plan_id)
        if not old_years:
            if ws.origin_years(plan_id):  # a version for the years it was made for
                self.window.show_information(self.tr(
                    "The new version is for the same years as the plan it was made from; "
                    "its texts were copied as they were."))
            return
        plan = ws.plan_summary(plan_id)
        mentions = ws.year_mentions(plan_id, old_years)
        rows = len({m.node_id for m in mentions if m.node_id is not None})
        plan_fields = sum(m.node_id is None for m in mentions)
        old, new = (years_text(old_years[0], old_years[-1]),
                    years_text(plan.year_from, plan.year_to))
        if not mentions:
            self.window.show_information(self.tr(
                "The new version is for {new}; its title and subtitle now name {new}. "
                "No other text names {old}.").format(new=new, old=old))
            return
        # The find bar shows rows; the plan's own fields are counted apart because
        # they are reached through Plan properties, not the tree.
        where = (self.tr("{rows} rows of the tree and {fields} of the plan properties")
                 if plan_fields else self.tr("{rows} rows of the tree")).format(
            rows=rows, fields=plan_fields)
        self.window.show_information(self.tr(
            "The new version is for {new}; its title and subtitle now name {new}. "
            "Other texts that still name {old}: {count}, in {where}. They are copied as "
            "they were, since they may tell what happened then: review them with Find "
            "and filter (Ctrl+F), “Mentions {old}”.").format(
            new=new, old=old, count=len(mentions), where=where))

    def delete_plan(self) -> None:
        """Plan → Ta bort plan…: only drafts; asks first, since it cannot be undone."""
        from insatsplan.text import plain_text

        current = self._current()
        if current is None:
            return
        ws, plan_id = current
        plan = ws.plan_summary(plan_id)
        title = plain_text(plan.title) or self.tr("(untitled)")
        if not self.window.confirm(self.tr(
                "Delete the plan “{title}” ({years_and_status}) with all its focus areas, "
                "topics, goals, indicators and evaluations? This cannot be undone. "
                "Measurements stay in the workspace.").format(
                    title=title, years_and_status=self.window.plan_years_and_status(plan))):
            return
        try:
            ws.delete_plan(plan_id)
        except UserError as error:
            self.window.report(error)
            return
        self.window.stack.clear()  # commands on the stack may refer to the plan that is gone
        plans = ws.plan_summaries()
        self.window.show_plan_in_chooser(int(plans[-1].id) if plans else None)
