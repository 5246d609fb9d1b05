"""What a signed PDF says, shown before it is stored for good.

A stored signed PDF can never be replaced, so the person sees what was found first: the
Dokument-ID the PDF prints (grouped as printed) and whether it is this plan's, and the
names on the pages after it (an e-signature service's page). The verdict decides the
buttons: a match may be stored; no ID found (a scan) may be stored only after ticking
"Store as unverified"; another plan's ID cannot be stored at all, only closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insatsplan.fingerprint import grouped
from insatsplan.signed_pdf import PdfFindings

_COLOURS = {"match": "#1e6b2f", "different": "#a4262c", "none": "#8a5a00"}


class SignedPdfReview(QDialog):
    """The findings in a PDF about to be stored; accepted only when it may be stored."""

    def __init__(self, name: str, findings: PdfFindings, expected: str | None,
                 parent: QWidget | None = None) -> None:
        """*expected*: the plan's fingerprint the PDF should print (``fp1:…``)."""
        super().__init__(parent)
        self.findings = findings
        self.verdict = findings.verdict(expected)
        self.setWindowTitle(self.tr("Check the signed PDF"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("File"), self._label(self.tr("{name}, {pages} pages").format(
            name=name, pages=findings.pages)))
        form.addRow(self.tr("Dokument-ID in the PDF"),
                    self._label(self.tr("none found")) if findings.printed_id is None
                    else self._grouped(findings.printed_id))
        if expected is not None and self.verdict != "match":
            form.addRow(self.tr("This plan's Dokument-ID"), self._grouped(expected))
        if findings.printed_id is not None:
            form.addRow(self.tr("Names after it"), self._label(self._names_text()))
        layout.addLayout(form)
        layout.addSpacing(8)
        self.verdict_label = self._label(self._verdict_text(), bold=True)
        self.verdict_label.setStyleSheet(f"color: {_COLOURS[self.verdict]};")
        layout.addWidget(self.verdict_label)
        self.unverified = QCheckBox(self.tr("Store as unverified"), self)
        self.unverified.setVisible(self.verdict == "none")
        layout.addWidget(self.unverified)
        if self.verdict != "different":
            layout.addWidget(self._label(self.tr(
                "A stored PDF can never be replaced or removed. Insatsplan does not check "
                "the signatures in it; a PDF reader shows whether they are valid.")))
        buttons = QDialogButtonBox(self)
        self.store_button: QPushButton = buttons.addButton(
            self.tr("Store in the workspace"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.store_button.setVisible(self.verdict != "different")
        self.store_button.setEnabled(self.verdict == "match")
        # Our own "Cancel"/"Close", not a StandardButton: those are translated only when
        # Qt's own catalogue is installed.
        self.cancel_button: QPushButton = buttons.addButton(
            self.tr("Close") if self.verdict == "different" else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole)
        self.unverified.toggled.connect(self.store_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.store_button if self.verdict == "match" else self.cancel_button).setDefault(True)

    def _label(self, text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def _grouped(self, value: str) -> QLabel:
        label = self._label(grouped(value))
        label.setWordWrap(False)  # the 16 groups on one line, as a person compares them
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return label

    def _verdict_text(self) -> str:
        if self.verdict == "match":
            return self.tr("It is this plan's Dokument-ID: the PDF records this plan as "
                           "it was signed.")
        if self.verdict == "different":
            return self.tr("It is not this plan's Dokument-ID: the PDF is the document of "
                           "another plan or version and cannot be stored with this one.")
        return self.tr("No Dokument-ID was found in the PDF's text (a scanned page has no "
                       "text), so it cannot be checked against this plan. Store it only if "
                       "you are sure it is this plan's signed document; it is marked as "
                       "unverified.")

    def _names_text(self) -> str:
        """Names on the pages after the ID: what an e-signature service's page says."""
        if not self.findings.names:
            return self.tr("none on the pages after the Dokument-ID")
        return ", ".join(self.findings.names)

    def may_store(self) -> bool:
        """Stored only when it matches, or no ID was found and that was confirmed."""
        return self.verdict == "match" or (self.verdict == "none"
                                           and self.unverified.isChecked())
