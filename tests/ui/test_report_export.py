"""Arkiv → Exportera uppföljning (Word)… and the plan's own export, through the menu.

The dialog's ``choose`` is answered by the test; the report's rows and charts are
gathered on the GUI thread and written by the worker; the file is read back with
python-docx.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from insatsplan.ui import plan_actions
from insatsplan.ui.main_window import MainWindow
from insatsplan.ui.plan_actions import ExportChoice, ExportChoices, WordExport
from insatsplan.word import KINDS, libreoffice
from word_helpers import docx_alt_texts, docx_texts

docx = pytest.importorskip("docx")



@pytest.fixture(autouse=True)
def fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """No LibreOffice pass: the document as python-docx writes it."""
    from insatsplan.word import writer

    monkeypatch.setattr(libreoffice, "available", lambda: False)
    monkeypatch.setattr(writer, "libreoffice_driver", lambda: None)


def exported(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, action: Any,
             choice: ExportChoice) -> Path:
    """Trigger *action* with *choice* answered; the path the export offered to open."""
    offered: list[Path] = []
    reports: list[str] = []
    monkeypatch.setattr(WordExport, "choose", lambda self: choice)
    monkeypatch.setattr(WordExport, "offer_to_open", lambda self, path: offered.append(path))
    monkeypatch.setattr(WordExport, "report", lambda self, text: reports.append(text))
    action.trigger()
    qtbot.waitUntil(lambda: bool(offered or reports), timeout=60_000)
    assert reports == []
    return offered[0]






def test_export_follow_up_writes_the_report_with_its_charts(
        qtbot: Any, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "uppföljning.docx"
    written = exported(qtbot, window, monkeypatch, window.export_report_action,
                       ExportChoice(out, None, False, "VT 2024"))
    assert written == out
    assert any(text.startswith("Redovisning VT 2024") for text in docx_texts(out))
    described = docx_alt_texts(out)
    assert described and all(text.startswith("Trenddiagram: ") for text in described)
    assert not any("2025" in text.split(". ")[0] for text in described)  # as of VT 2024
    assert "Underskrifter" not in docx_texts(out)


def test_the_plans_own_export_follows_its_kind(
        qtbot: Any, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.ws is not None and window.model is not None
    agreement = exported(qtbot, window, monkeypatch, window.export_word_action,
                         ExportChoice(tmp_path / "avtal.docx", None, False))
    assert "Underskrifter" in docx_texts(agreement) and docx_alt_texts(agreement) == []
    window.ws.update_plan(window.model.plan_id, kind="plan_and_report")
    both = exported(qtbot, window, monkeypatch, window.export_word_action,
                    ExportChoice(tmp_path / "plan.docx", None, False))
    found = docx_texts(both)
    assert docx.Document(str(both)).core_properties.category == "Handlingsplan samt redovisning"
    assert any("handlingsplanen" in text for text in found)
    assert "Underskrifter" not in found and docx_alt_texts(both)


def test_a_period_that_is_not_a_period_is_reported_and_nothing_written(
        qtbot: Any, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "uppföljning.docx"
    reports: list[str] = []
    monkeypatch.setattr(WordExport, "choose",
                        lambda self: ExportChoice(out, None, False, "förra året"))
    monkeypatch.setattr(WordExport, "report", lambda self, text: reports.append(text))
    window.export_report_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert "förra året" in reports[0]
    assert not out.exists() and not window.flows.export.running()  # type: ignore[union-attr]


def test_the_dialog_offers_the_plans_year_and_keeps_a_bad_period_open(
        qtbot: Any, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.ws is not None and window.model is not None
    export = WordExport(window, window.ws, window.model.plan_id, None, tmp_path, kind="report")
    dialog = ExportChoices(tmp_path / "r.docx", None, None, window, kind=KINDS["report"],
                           period=export.default_period())
    qtbot.addWidget(dialog)
    assert dialog.period.text() == "2025"  # the demo plan's year
    assert dialog.windowTitle() == plan_actions._translate("Word", KINDS["report"].dialog_title)
    assert dialog.windowTitle() != plan_actions._translate("Word", KINDS["agreement"].dialog_title)
    assert not dialog.period.isHidden()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    dialog.period.setText("2025 K5")
    dialog.accept()
    assert warnings and "2025 K5" in warnings[0] and dialog.result() == 0
    dialog.period.setText("VT 2025")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.values() == ExportChoice(tmp_path / "r.docx", None, False, "VT 2025")
    # the agreement's dialog asks for no period
    agreement = ExportChoices(tmp_path / "a.docx", None, None, window)
    qtbot.addWidget(agreement)
    assert agreement.period.isHidden() and agreement.values().period is None


def test_stopping_the_chart_drawing_writes_nothing_and_says_nothing(
        qtbot: Any, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Drawing a real-size plan's charts takes a second or two on the GUI thread: the
    progress dialog counts them and its Cancel stops the export before any file."""
    from PySide6.QtWidgets import QProgressDialog

    out = tmp_path / "uppföljning.docx"
    told: list[tuple[int, int]] = []
    reports: list[str] = []
    real_set_value = QProgressDialog.setValue

    def set_value(dialog: QProgressDialog, value: int) -> None:
        told.append((value, dialog.maximum()))
        real_set_value(dialog, value)

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _dialog: len(told) >= 2)
    monkeypatch.setattr(WordExport, "choose",
                        lambda self: ExportChoice(out, None, False, None))
    monkeypatch.setattr(WordExport, "report", lambda self, text: reports.append(text))
    window.export_report_action.trigger()
    assert told[:2] == [(1, told[0][1]), (2, told[0][1])] and told[0][1] > 2
    assert len(told) == 2  # stopped after the second chart
    assert not out.exists() and reports == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".docx")] == []
