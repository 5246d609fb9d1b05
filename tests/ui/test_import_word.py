"""Arkiv → Importera Word-dokument…: through the real menu action, the file dialog and
the preview answered by the test: the tree, the unmapped passages, the series combos
with "Ny serie", "as a new version" of the plan we hold, the new plan shown in the
chooser, and refusals as a message with nothing written (read back from the file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtWidgets import QDialog

from insatsplan.ui.dialogs import import_word
from insatsplan.ui.dialogs.import_word import ImportWordDialog
from insatsplan.ui.main_window import MainWindow
from insatsplan.word.agreement import build_agreement
from word_import_results import rows, sample_result, table_counts

SERIES = "Antal suicid i Exempelstad"


@pytest.fixture
def exported(window: MainWindow, tmp_path: Path) -> Path:
    """The demo plan as our exporter writes it, a "copy back from review"."""
    assert window.ws is not None
    out = tmp_path / "granskad.docx"
    build_agreement(window.ws.exchange_document(1)).save(str(out))
    return out


class Answer:
    """The file the file dialog "picks" and what the person does in the preview."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path, *, accept: bool = True,
                 choose: Any = None) -> None:
        self.dialogs: list[ImportWordDialog] = []
        monkeypatch.setattr(import_word, "choose_word_file", lambda _window: path)

        def run(dialog: ImportWordDialog) -> int:
            self.dialogs.append(dialog)
            if choose is not None:
                choose(dialog)
            return (QDialog.DialogCode.Accepted if accept
                    else QDialog.DialogCode.Rejected).value

        monkeypatch.setattr(ImportWordDialog, "exec", run)


def tree_titles(dialog: ImportWordDialog) -> list[str]:
    return [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]


def test_preview_then_import_as_a_new_version_shows_the_new_plan(
        window: MainWindow, exported: Path, demo_workspace_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer = Answer(monkeypatch, exported)
    window.import_word_action.trigger()
    [dialog] = answer.dialogs
    assert tree_titles(dialog)[0] == "Förebyggande och främjande arbete"
    assert dialog.tree.topLevelItemCount() == 5
    assert not dialog.new_version_box.isHidden() and dialog.new_version_box.isChecked()
    assert "Insatser inom området psykisk hälsa" in dialog.new_version_box.text()
    assert dialog.series_table.rowCount() == 25
    combo = next(c for c in dialog.series_combos.values() if c.currentText().startswith(SERIES))
    assert combo.itemData(0) is None  # "Ny serie" is a choice
    assert window.messages == []  # type: ignore[attr-defined]
    plans = rows(demo_workspace_path, "SELECT id, origin_plan_id FROM plan ORDER BY id")
    assert plans == [(1, None), (2, 1)]
    assert window.plan_chooser.currentData() == 2
    query = ("SELECT n.uuid, i.series_id, i.direction FROM node n JOIN indicator i ON "
             "i.node_id = n.id WHERE n.plan_id = ? ORDER BY n.uuid")
    assert rows(demo_workspace_path, query, 2) == rows(demo_workspace_path, query, 1)


def test_new_series_chosen_in_the_combo_and_not_as_a_new_version(
        window: MainWindow, exported: Path, demo_workspace_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def choose(dialog: ImportWordDialog) -> None:
        dialog.new_version_box.setChecked(False)
        combo = next(c for c in dialog.series_combos.values() if c.currentText().startswith(SERIES))
        combo.setCurrentIndex(0)

    Answer(monkeypatch, exported, choose=choose)
    series_before = table_counts(demo_workspace_path)["series"]
    window.import_word_action.trigger()
    [(plan_id, origin, uuid)] = rows(demo_workspace_path, "SELECT id, origin_plan_id, uuid "
                                     "FROM plan WHERE id > 1")
    assert origin == 1 and uuid != rows(demo_workspace_path,
                                        "SELECT uuid FROM plan WHERE id = 1")[0][0]
    assert table_counts(demo_workspace_path)["series"] == series_before + 1
    assert rows(demo_workspace_path, "SELECT count(*) FROM node n JOIN indicator i ON "
                "i.node_id = n.id JOIN series s ON s.id = i.series_id WHERE n.plan_id = ? "
                "AND s.name = ?", plan_id, SERIES) == [(1,)]
    assert window.plan_chooser.currentData() == plan_id


def test_cancelling_the_preview_writes_nothing(
        window: MainWindow, exported: Path, demo_workspace_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    answer = Answer(monkeypatch, exported, accept=False)
    before = table_counts(demo_workspace_path)
    window.import_word_action.trigger()
    assert len(answer.dialogs) == 1
    assert table_counts(demo_workspace_path) == before


def test_a_bad_file_is_a_clear_message_and_nothing_written(
        window: MainWindow, tmp_path: Path, demo_workspace_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    answer = Answer(monkeypatch, bad)
    before = table_counts(demo_workspace_path)
    window.import_word_action.trigger()
    assert answer.dialogs == []
    [message] = window.messages  # type: ignore[attr-defined]
    assert "trasig.docx" in message
    assert table_counts(demo_workspace_path) == before


def test_no_structure_asks_and_imports_as_one_topic(
        window: MainWindow, tmp_path: Path, demo_workspace_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    loose = docx.Document()
    loose.add_paragraph("Anteckningar från mötet om samverkan mellan skola och socialtjänst.")
    path = tmp_path / "anteckningar.docx"
    loose.save(str(path))
    questions: list[str] = []

    def confirm(question: str) -> bool:
        questions.append(question)
        return True

    window.confirm = confirm  # type: ignore[method-assign]
    answer = Answer(monkeypatch, path)
    window.import_word_action.trigger()
    assert len(questions) == 1 and "one topic" in questions[0]
    assert len(answer.dialogs) == 1
    [(plan_id,)] = rows(demo_workspace_path, "SELECT id FROM plan WHERE id > 1")
    texts = " ".join(t for (t,) in rows(demo_workspace_path,
                                         "SELECT text FROM node WHERE plan_id = ?", plan_id))
    assert "samverkan mellan skola och socialtjänst" in texts


def test_an_old_doc_offers_conversion_and_declining_writes_nothing(
        window: MainWindow, tmp_path: Path, demo_workspace_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from insatsplan.word_import import convert

    monkeypatch.setattr(convert, "can_convert", lambda: True)  # LibreOffice "is here"
    old = tmp_path / "gammal.doc"
    old.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(4096))
    questions: list[str] = []
    window.confirm = lambda q: questions.append(q) or False  # type: ignore[method-assign,func-returns-value]
    answer = Answer(monkeypatch, old)
    before = table_counts(demo_workspace_path)
    window.import_word_action.trigger()
    assert len(questions) == 1 and "LibreOffice" in questions[0]
    assert "gammal.doc" in questions[0]
    assert answer.dialogs == [] and window.messages == []  # type: ignore[attr-defined]
    assert table_counts(demo_workspace_path) == before


def test_preview_screenshot(window: MainWindow, exported: Path, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    """The preview as a person sees it (saved for a look; it must render)."""
    assert window.ws is not None
    from insatsplan.word_import.importing import read_document, recognise_document

    result = recognise_document(read_document(exported), {})
    dialog = ImportWordDialog(window.ws.preview_word_import(result), exported.name, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        image = dialog.grab()
        assert image.width() > 600 and image.height() > 400
        image.save(str(tmp_path / f"import_word_{tab}.png"))


def test_unmapped_passages_are_listed_with_where_they_stood(
        window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    assert window.ws is not None
    dialog = ImportWordDialog(window.ws.preview_word_import(sample_result()), "2023.docx",
                              window)
    qtbot.addWidget(dialog)
    table = dialog.unmapped_table
    assert dialog.tabs.isTabEnabled(1) and table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == [
        "stycke 14, under Psykisk hälsa › Samtalsstöd", "Se även bilaga 3.",
        "Psykisk hälsa › Samtalsstöd"]
    assert dialog.new_version_box.isHidden()
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(tmp_path / "import_word_unmapped.png"))


def test_an_old_doc_converted_when_the_person_agrees(
        window: MainWindow, exported: Path, tmp_path: Path, demo_workspace_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--headless", "--convert-to", "doc", "--outdir", str(tmp_path / "doc"),
                    str(exported)], check=True, capture_output=True, timeout=180)
    questions: list[str] = []
    window.confirm = lambda q: questions.append(q) is None  # type: ignore[method-assign]
    answer = Answer(monkeypatch, tmp_path / "doc" / "granskad.doc",
                    choose=lambda dialog: dialog.new_version_box.setChecked(False))
    window.import_word_action.trigger()
    assert len(questions) == 1 and "granskad.doc" in questions[0]
    assert len(answer.dialogs) == 1 and window.messages == []  # type: ignore[attr-defined]
    [(plan_id,)] = rows(demo_workspace_path, "SELECT id FROM plan WHERE id > 1")
    assert rows(demo_workspace_path, "SELECT count(*) FROM node WHERE plan_id = ? AND "
                "kind = 'topic'", plan_id) == [(14,)]
    assert window.plan_chooser.currentData() == plan_id


def test_the_dialogs_own_words_are_swedish(window: MainWindow) -> None:
    """The preview's kind column, the file dialog's filter and the questions come from the
    Swedish catalogue (they were once behind a helper lupdate could not read, and stayed
    English)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from insatsplan.resources import i18n_dir
    from insatsplan.ui.kind_names import kind_name

    translator = QTranslator()
    assert translator.load(str(i18n_dir() / "insatsplan_sv.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert [kind_name(k) for k in ("focus_area", "topic", "goal", "indicator")] == [
            "Fokusområde", "Insats", "Mål", "Indikator"]
        assert import_word.translate("ImportWordDialog", "Word documents") == "Word-dokument"
    finally:
        QCoreApplication.removeTranslator(translator)
