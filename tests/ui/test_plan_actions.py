"""Signing, new versions and the Word export, driven through the window's actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace


def test_signing_seals_the_plan_and_ends_the_undo_history(
        window: MainWindow, make_pdf: Callable[..., Path]) -> None:
    from insatsplan.fingerprint import fingerprint, grouped

    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    window.outliner.duplicate()  # type: ignore[union-attr] - something on the undo stack
    assert window.stack.count() == 1
    value = fingerprint(window.ws.exchange_document(plan_id))  # type: ignore[arg-type]
    pdf = make_pdf("signerad.pdf", [f"Dokument-ID\n{grouped(value)}"])
    window.flows.ask_sign = lambda _title: (dt.date(2025, 5, 26), pdf)  # type: ignore[method-assign]
    reviewed: list[str | None] = []
    window.flows.review_pdf = (  # type: ignore[method-assign]
        lambda document, expected: reviewed.append(document.findings.verdict(expected)) or True)
    window.sign_action.trigger()
    QApplication.processEvents()
    plan = window.ws.plan(plan_id)  # type: ignore[arg-type]
    assert plan.status == "signed" and plan.signed_on == dt.date(2025, 5, 26)
    assert plan.fingerprint and plan.fingerprint.startswith("fp1:")
    assert window.messages and plan.fingerprint[4:12] in window.messages[-1].replace(" ", "")  # type: ignore[attr-defined]
    assert window.stack.count() == 0
    assert window.banner.isVisible() and not window.add_sibling_action.isEnabled()
    assert window.panel is not None and window.panel.is_read_only()
    assert not window.panel.banner.isVisible()  # one banner, the window's, not two
    assert not window.sign_action.isEnabled() and window.save_pdf_action.isEnabled()
    stored = window.ws.signed_pdf(plan_id)  # type: ignore[arg-type]
    assert stored is not None and stored[2] == pdf.read_bytes()
    assert reviewed == ["match"]  # shown before it was stored


def test_signing_refused_keeps_the_plan_a_draft(window: MainWindow, tmp_path: Path) -> None:
    assert window.ws is not None and window.model is not None
    not_pdf = tmp_path / "inte.pdf"
    not_pdf.write_text("hej", encoding="utf-8")
    window.flows.ask_sign = lambda _title: (dt.date.today(), not_pdf)  # type: ignore[method-assign]
    window.sign_action.trigger()
    assert window.ws.plan(window.model.plan_id).status == "draft"  # type: ignore[arg-type]
    assert window.messages  # type: ignore[attr-defined]
    assert window.add_sibling_action.isEnabled()


def test_a_new_version_starts_a_new_undo_history(window: MainWindow) -> None:
    """Found by the second review: undoing a comparison series made before the copy
    deleted the copy's comparison rows, and redo could not bring them back."""
    from decimal import Decimal

    from insatsplan.workspace.reads import MeasurementRow

    assert window.ws is not None and window.model is not None
    source_id = window.model.plan_id
    assert source_id is not None
    indicator = window.ws.indicators(source_id)[0]
    window.ws.set_comparisons(indicator.node_id, [window.ws.create_series(
        "Riket", indicator.unit, measurements=[MeasurementRow("2024", Decimal(1))])])
    window.select_node(source_id, indicator.node_uuid)
    window.stack.push(QUndoCommand("a step before the copy"))
    assert window.stack.canUndo()
    window.flows.ask_new_version_year = lambda year: year  # type: ignore[method-assign]
    window.new_version_action.trigger()
    QApplication.processEvents()
    assert not window.stack.canUndo()
    copy = window.ws.indicators(window.model.plan_id)[0]  # type: ignore[arg-type]
    assert [s.name for s in window.ws.comparisons(copy.node_id)] == ["Riket"]


def test_new_version_is_an_editable_copy_shown_at_once(window: MainWindow) -> None:
    assert window.ws is not None and window.model is not None
    source_id = window.model.plan_id
    assert source_id is not None
    window.ws.sign_plan(source_id)
    window.flows.ask_new_version_year = lambda year: year  # type: ignore[method-assign]
    window.new_version_action.trigger()
    QApplication.processEvents()
    new_id = window.model.plan_id
    assert new_id != source_id and window.plan_chooser.count() == 2
    new = window.ws.plan(new_id)  # type: ignore[arg-type]
    source = window.ws.plan(source_id)
    assert new.status == "draft" and new.year_from == source.year_to + 1
    assert not window.banner.isVisible() and window.add_sibling_action.isEnabled()

    def uuids(plan_id: int) -> list[str]:
        out: list[str] = []

        def walk(nodes: list[dict[str, Any]]) -> None:
            for node in nodes:
                out.append(node["uuid"])
                walk(node["children"])

        walk(window.ws.exchange_document(plan_id)["plan"]["children"])  # type: ignore[union-attr]
        return out

    assert uuids(new_id) == uuids(source_id)  # type: ignore[arg-type]


def test_export_word_writes_a_document_and_offers_to_open_it(
        qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docx = pytest.importorskip("docx")
    from insatsplan.ui import plan_actions
    from insatsplan.word import libreoffice

    out = tmp_path / "överenskommelse.docx"
    monkeypatch.setattr(libreoffice, "available", lambda: False)  # the fast path
    monkeypatch.setattr(plan_actions.WordExport, "choose",
                        lambda self: plan_actions.ExportChoice(out, None, False))
    offered: list[Path] = []
    monkeypatch.setattr(plan_actions.WordExport, "offer_to_open",
                        lambda self, path: offered.append(path))
    window.export_word_action.trigger()
    qtbot.waitUntil(lambda: bool(offered), timeout=60_000)
    assert offered == [out]
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Förebyggande och främjande arbete" in headings


def test_export_word_reports_a_bad_template(qtbot: Any, window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from insatsplan.ui import plan_actions
    from insatsplan.word import libreoffice

    bad = tmp_path / "mall.dotx"
    bad.write_text("inte en Word-fil", encoding="utf-8")
    out = tmp_path / "ut.docx"
    monkeypatch.setattr(libreoffice, "available", lambda: False)
    monkeypatch.setattr(plan_actions.WordExport, "choose",
                        lambda self: plan_actions.ExportChoice(out, bad, False))
    reports: list[str] = []
    monkeypatch.setattr(plan_actions.WordExport, "report", lambda self, text: reports.append(text))
    window.export_word_action.trigger()
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)
    assert "mall.dotx" in reports[0] and not out.exists()


def test_delete_a_draft_plan_after_asking(window: MainWindow, workspace_path: Path) -> None:
    assert window.ws is not None and window.model is not None
    first = window.model.plan_id
    assert first is not None
    window.ws.sign_plan(first)
    assert not window.delete_plan_action.isEnabled()  # a signed plan is a record
    window.flows.ask_new_version_year = lambda year: year  # type: ignore[method-assign]
    window.new_version_action.trigger()
    draft = window.model.plan_id
    assert draft != first and window.delete_plan_action.isEnabled()
    questions: list[str] = []
    window.confirm = lambda q: questions.append(q) or False  # type: ignore[method-assign]
    window.delete_plan_action.trigger()
    assert questions and len(window.ws.plan_summaries()) == 2
    window.confirm = lambda _q: True  # type: ignore[method-assign]
    window.delete_plan_action.trigger()
    assert [p.id for p in window.ws.plan_summaries()] == [first]
    assert window.model.plan_id == first and window.plan_chooser.count() == 1
    with Workspace.open(workspace_path, readonly=True) as reader:
        assert [p.id for p in reader.plans()] == [first]
        assert reader.exchange_document(first)["plan"]["children"]  # the signed one is whole


def test_the_workspace_refuses_to_delete_a_sealed_plan(window: MainWindow) -> None:
    from insatsplan.errors import SealedPlanError

    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    window.ws.set_plan_status(plan_id, "sent")
    with pytest.raises(SealedPlanError):
        window.ws.delete_plan(plan_id)


def test_export_dialog_says_what_to_install_for_a_pdf(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from insatsplan.ui.plan_actions import ExportChoices

    reason = "Installera LibreOffice Writer (paketen libreoffice-writer och python3-uno)."
    dialog = ExportChoices(Path("ut.docx"), None, reason)
    qtbot.addWidget(dialog)
    assert not dialog.pdf.isEnabled()
    assert reason in [label.text() for label in dialog.findChildren(QLabel)]
    ready = ExportChoices(Path("ut.docx"), None, None)
    qtbot.addWidget(ready)
    assert ready.pdf.isEnabled()
