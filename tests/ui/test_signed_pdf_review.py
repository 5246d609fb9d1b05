"""The editor shows what a signed PDF says before it is stored for good.

The review dialog is driven as a person would: tick "Store as unverified", press
"Store in the workspace" or "Close"; what was stored is read back from the workspace.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from cli_helpers import stored_pdf
from insatsplan.fingerprint import fingerprint, grouped
from insatsplan.signed_pdf import PdfFindings
from insatsplan.ui.dialogs.signed_pdf_review import SignedPdfReview
from insatsplan.ui.main_window import MainWindow

MakePdf = Callable[..., Path]
OTHER = "fp1:" + "ab12" * 15 + "cd34"
MINE = "fp1:" + "0123456789abcdef" * 4


def id_page(value: str) -> str:
    return f"Underskrifter\nDokument-ID\n{grouped(value)}"


def texts(dialog: SignedPdfReview) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def when_shown(act: Callable[[SignedPdfReview], None]) -> list[str]:
    """Answer the next modal review dialog with *act*; returns what it showed."""
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignedPdfReview):
            QTimer.singleShot(20, answer)
            return
        shown.append(texts(dialog))
        act(dialog)

    QTimer.singleShot(0, answer)
    return shown


def stored_row(window: MainWindow, plan_id: int) -> tuple[int, str | None] | None:
    """(verified, printed_id) of the window's workspace, read through a second connection."""
    assert window.ws is not None
    return stored_pdf(window.ws.path, plan_id)


def signed_plan(window: MainWindow) -> tuple[int, str]:
    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    value = window.ws.sign_plan(plan_id)
    return plan_id, value


# --------------------------------------------------------------- the dialog


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where the dialogs' pictures go: $INSATSPLAN_SCREENSHOTS to look at them, else a
    temporary folder (the grab itself is tested either way)."""
    return Path(os.environ.get("INSATSPLAN_SCREENSHOTS", tmp_path))


def test_a_match_may_be_stored_and_shows_the_names(qtbot: Any, screenshots: Path) -> None:
    dialog = SignedPdfReview("signerad.pdf", PdfFindings(MINE, ("Karin Lindqvist",), 11), MINE)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    assert grouped(MINE) in shown and "Karin Lindqvist" in shown and "11" in shown
    assert dialog.store_button.isEnabled() and not dialog.unverified.isVisible()
    assert dialog.may_store()
    assert dialog.grab().save(str(screenshots / "signed_pdf_review_match.png"))


def test_a_scan_needs_store_as_unverified_ticked(qtbot: Any, screenshots: Path) -> None:
    dialog = SignedPdfReview("skannad.pdf", PdfFindings(None, (), 4), MINE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "No Dokument-ID was found" in texts(dialog)
    assert dialog.unverified.isVisible() and not dialog.store_button.isEnabled()
    assert not dialog.may_store()
    dialog.unverified.setChecked(True)
    assert dialog.store_button.isEnabled() and dialog.may_store()
    assert dialog.grab().save(str(screenshots / "signed_pdf_review_scan.png"))


def test_another_plans_id_can_only_be_closed(qtbot: Any, screenshots: Path) -> None:
    dialog = SignedPdfReview("förra året.pdf", PdfFindings(OTHER, ("Bo Berg",), 9), MINE)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    assert grouped(OTHER) in shown and grouped(MINE) in shown
    assert "not this plan's Dokument-ID" in shown
    assert not dialog.store_button.isVisible() and not dialog.unverified.isVisible()
    assert dialog.cancel_button.text() == "Close" and not dialog.may_store()
    assert dialog.grab().save(str(screenshots / "signed_pdf_review_other.png"))


# ----------------------------------------------------------- through the menu


def test_attach_shows_the_id_then_stores_it_verified(window: MainWindow,
                                                     make_pdf: MakePdf) -> None:
    plan_id, value = signed_plan(window)
    pdf = make_pdf("signerad.pdf", [id_page(value), "Signerat av: Karin Lindqvist"])
    window.flows.ask_pdf_file = lambda: pdf  # type: ignore[method-assign]
    shown = when_shown(lambda dialog: dialog.store_button.click())
    assert window.attach_pdf_action.isEnabled()
    window.attach_pdf_action.trigger()
    assert grouped(value) in shown[0] and "Karin Lindqvist" in shown[0]
    assert stored_row(window, plan_id) == (1, value)


def test_attach_a_scan_only_after_confirming(window: MainWindow, make_pdf: MakePdf) -> None:
    plan_id, value = signed_plan(window)
    scan = make_pdf("skannad.pdf", [id_page(value)], image_only=True)
    window.flows.ask_pdf_file = lambda: scan  # type: ignore[method-assign]
    when_shown(lambda dialog: dialog.cancel_button.click())
    window.attach_pdf_action.trigger()
    assert stored_row(window, plan_id) is None

    def confirm(dialog: SignedPdfReview) -> None:
        dialog.unverified.setChecked(True)
        dialog.store_button.click()

    when_shown(confirm)
    window.attach_pdf_action.trigger()
    assert stored_row(window, plan_id) == (0, None)
    assert "unverified" in window.statusBar().currentMessage()


def test_attach_another_versions_pdf_is_refused(window: MainWindow, make_pdf: MakePdf) -> None:
    plan_id, value = signed_plan(window)
    window.flows.ask_pdf_file = lambda: make_pdf("annan.pdf", [id_page(OTHER)])  # type: ignore[method-assign]
    shown = when_shown(lambda dialog: dialog.cancel_button.click())
    window.attach_pdf_action.trigger()
    assert grouped(OTHER) in shown[0] and grouped(value) in shown[0]
    assert stored_row(window, plan_id) is None


def test_signing_with_another_versions_pdf_signs_nothing(window: MainWindow,
                                                         make_pdf: MakePdf) -> None:
    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    expected = fingerprint(window.ws.exchange_document(plan_id))
    pdf = make_pdf("annan.pdf", [id_page(OTHER)])
    window.flows.ask_sign = lambda _title: (dt.date.today(), pdf)  # type: ignore[method-assign]
    shown = when_shown(lambda dialog: dialog.cancel_button.click())
    window.sign_action.trigger()
    assert grouped(expected) in shown[0]  # what signing would fix, shown beside the PDF's
    assert window.ws.plan(plan_id).status == "draft"


def test_an_unreadable_pdf_is_reported_before_any_dialog(window: MainWindow,
                                                         tmp_path: Path) -> None:
    plan_id, _value = signed_plan(window)
    bad = tmp_path / "trasig.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    window.flows.ask_pdf_file = lambda: bad  # type: ignore[method-assign]
    window.flows.review_pdf = lambda *_args: True  # type: ignore[method-assign]
    window.attach_pdf_action.trigger()
    assert "cannot be read as a PDF" in window.messages[-1]  # type: ignore[attr-defined]
    assert stored_row(window, plan_id) is None
