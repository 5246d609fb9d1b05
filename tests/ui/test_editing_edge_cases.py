"""Edge cases of editing that an independent review reproduced, each kept as a test.

Adding while a filter hides rows, undo while something is being typed, closing while
renaming or exporting, where the selection goes after Del, and when typing merges.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from insatsplan.ui.main_window import MainWindow
from insatsplan.ui.tree_model import NODE_ID_ROLE
from insatsplan.workspace import Workspace


def saved(path: Path) -> dict[str, Any]:
    with Workspace.open(path, readonly=True) as reader:
        [plan] = reader.plans()
        return reader.exchange_document(plan.id)["plan"]


def select(win: MainWindow, *path: int) -> QModelIndex:
    index = QModelIndex()
    for row in path:
        index = win.tree.model().index(row, 0, index)
    assert index.isValid()
    win.tree.setCurrentIndex(index)
    return index


def short_goals(doc: dict[str, Any]) -> list[dict[str, Any]]:
    topic = doc["children"][0]["children"][0]
    return [c for c in topic["children"] if c["kind"] == "goal" and c["horizon"] == "short"]


def test_adding_while_filtered_types_into_the_new_row(qtbot: Any, window: MainWindow,
                                                      workspace_path: Path) -> None:
    assert window.filter is not None
    window.find_bar.open_bar()
    window.filter.apply("Pröva digitala", None, False)
    found = window.tree.currentIndex()
    assert found.data().startswith("Pröva digitala")
    window.tree.setFocus()
    window.add_sibling_action.trigger()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the rename editor, on the new row
    assert window.tree.currentIndex() != found
    assert window.tree.viewport().isAncestorOf(editor)
    editor.insert("Ny rad")
    window.commit_typing()  # what Enter, a click elsewhere or closing does
    titles = [g["title"] for g in short_goals(saved(workspace_path))]
    assert "Ny rad" in titles
    assert any(t.startswith("Pröva digitala") for t in titles)  # the found row is intact


def test_an_undone_delete_comes_back_visible_under_a_filter(window: MainWindow) -> None:
    assert window.filter is not None and window.model is not None
    window.find_bar.open_bar()
    window.filter.apply("Pröva digitala", None, False)
    window.tree.setFocus()
    window.delete_action.trigger()
    window.undo()
    current = window.tree.currentIndex()
    assert current.isValid() and current.data().startswith("Pröva digitala")


def test_closing_while_renaming_keeps_the_typed_title(qtbot: Any, window: MainWindow,
                                                      workspace_path: Path) -> None:
    select(window, 0)
    window.tree.setFocus()
    window.add_sibling_action.trigger()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("Skrivet innan stängning")  # (QTest types ASCII only)
    window.close()  # Ctrl+Q or the window's X: no focus change, no Enter
    assert saved(workspace_path)["children"][1]["title"] == "Skrivet innan stängning"


def test_undo_from_the_menu_while_renaming(qtbot: Any, window: MainWindow,
                                           workspace_path: Path) -> None:
    select(window, 0)
    window.tree.setFocus()
    window.add_sibling_action.trigger()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("Halvfärdig")
    window.undo_action.trigger()  # the rename is written first, then undone
    assert window.messages == []  # type: ignore[attr-defined]
    doc = saved(workspace_path)
    assert doc["children"][1]["title"] == ""  # the new row is there, its title undone
    window.undo_action.trigger()
    assert len(saved(workspace_path)["children"]) == len(doc["children"]) - 1


def test_undo_from_the_menu_while_typing_in_a_field(window: MainWindow,
                                                    workspace_path: Path) -> None:
    assert window.panel is not None
    select(window, 1)
    window.tree.setFocus()
    window.duplicate_action.trigger()  # something to undo, so Edit → Undo is enabled
    select(window, 0)
    form = window.panel.current_form()
    assert form is not None
    field = form.bindings["text"].edit_widgets()[0]
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)  # type: ignore[attr-defined]
    field.insertPlainText(" Skrivet nyss.")  # type: ignore[attr-defined]
    original = saved(workspace_path)["children"][0]["text"]
    window.undo_action.trigger()  # the mouse takes no focus: ours writes the text first
    assert window.stack.count() == 2 and window.stack.index() == 1  # written, then undone
    assert saved(workspace_path)["children"][0]["text"] == original
    window.redo_action.trigger()
    assert saved(workspace_path)["children"][0]["text"].endswith(" Skrivet nyss.")


def test_delete_selects_the_next_sibling(window: MainWindow, workspace_path: Path) -> None:
    goals = short_goals(saved(workspace_path))
    index = select(window, 0, 0, 0, 0)  # the first short-term goal, which has sub-goals
    assert index.data(NODE_ID_ROLE) is not None
    window.tree.setFocus()
    window.delete_action.trigger()
    current = window.tree.currentIndex()
    assert current.data(Qt.ItemDataRole.EditRole) == goals[1]["title"]


def test_coming_back_to_a_field_is_a_new_undo_step(qtbot: Any, window: MainWindow,
                                                   workspace_path: Path) -> None:
    assert window.panel is not None

    def type_into_title(text: str) -> None:
        form = window.panel.current_form()  # type: ignore[union-attr]
        assert form is not None
        field = form.bindings["title"].edit_widgets()[0]
        field.setFocus()
        field.moveCursor(field.textCursor().MoveOperation.End)  # type: ignore[attr-defined]
        qtbot.keyClicks(field, text)
        window.panel.flush()  # type: ignore[union-attr]

    select(window, 0)
    type_into_title(" ett")
    select(window, 1)
    select(window, 0)
    type_into_title(" två")
    assert window.stack.count() == 2


def test_typing_for_a_section_row_keeps_the_section_selected(qtbot: Any,
                                                             window: MainWindow) -> None:
    assert window.panel is not None
    section = select(window, 0, 0, 0)  # "Kortsiktiga mål och aktiviteter": shows its topic
    form = window.panel.current_form()
    assert form is not None
    field = form.bindings["purpose"].edit_widgets()[0]
    field.setFocus()
    qtbot.keyClicks(field, " Mer.")
    window.panel.flush()
    assert window.stack.count() == 1
    assert window.tree.currentIndex() == section


def test_closing_during_an_export_waits_for_the_file(qtbot: Any, window: MainWindow,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from insatsplan.ui import plan_actions
    from insatsplan.word import agreement

    out = tmp_path / "långsam.docx"

    def slow_export(document: dict[str, Any], path: Path, **_options: Any) -> Path:
        time.sleep(0.5)
        path.write_bytes(b"PK\x03\x04 docx")
        return path

    monkeypatch.setattr(agreement, "export_agreement", slow_export)
    monkeypatch.setattr(plan_actions.WordExport, "choose",
                        lambda self: plan_actions.ExportChoice(out, None, False))
    offered: list[Path] = []
    monkeypatch.setattr(plan_actions.WordExport, "offer_to_open",
                        lambda self, path: offered.append(path))
    window.export_word_action.trigger()
    window.close()  # a QThread destroyed while running would abort the program
    assert out.exists() and offered == []
