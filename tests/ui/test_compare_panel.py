"""Plan → Jämför med…: the list of changes beside the tree, driven through the window.

The pair of plans (compare_pair.py) is the demo plan (A) and a new version of it (B)
with four edits. The list is the real engine's (``Workspace.compare_plans``).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from compare_pair import (
    ADDED_GOAL,
    DELETED_GOAL,
    MOVED_TOPIC,
    RENAMED_FROM,
    RENAMED_TO,
    Pair,
    make_pair,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from insatsplan.ui.compare_panel import SIGNS, CompareView
from insatsplan.ui.dialogs.compare_with import CompareWithDialog, default_plan_to_compare
from insatsplan.ui.kind_names import kind_name
from insatsplan.ui.main_window import MainWindow


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[tuple[int, str]], int | None]]:
    """The plan chooser answered with its default (the plan B was made from); what it
    was asked is kept."""
    seen: list[tuple[str, list[tuple[int, str]], int | None]] = []

    def answer(_view: CompareView, b_label: str, choices: list[tuple[int, str]],
               default: int | None) -> int | None:
        seen.append((b_label, choices, default))
        return default

    monkeypatch.setattr(CompareView, "ask_plan", answer)
    return seen


@pytest.fixture
def compared(window: MainWindow, asked: list[Any]) -> tuple[MainWindow, Pair]:
    """The window showing B, compared with A through Plan → Jämför med…."""
    assert window.ws is not None
    pair = make_pair(window.ws)
    window.show_plan_in_chooser(pair.b_id)
    window.compare_action.trigger()
    assert window.compare_view is not None and window.compare_view.dock.isVisible()
    return window, pair


def rows(window: MainWindow) -> list[str]:
    assert window.compare_view is not None
    panel = window.compare_view.panel
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def node_rows(window: MainWindow) -> list[str]:
    return [row for row in rows(window) if not row.startswith(f"~  {kind_name('plan')}")]


def row_of(window: MainWindow, title: str) -> int:
    matches = [i for i, row in enumerate(rows(window)) if row.endswith(f" · {title}")]
    assert len(matches) == 1, rows(window)
    return matches[0]


def tree_uuid(window: MainWindow) -> str | None:
    """The UUID of the node the tree has selected, as the workspace reads it."""
    assert window.model is not None and window.proxy is not None and window.ws is not None
    node_id = window.model.node_id(window.proxy.mapToSource(window.tree.currentIndex()))
    return None if node_id is None else window.ws.node_place(node_id).uuid


def click_row(qtbot: Any, window: MainWindow, row: int) -> None:
    assert window.compare_view is not None
    view = window.compare_view.panel.list
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# ---------------------------------------------------------------------- the list


def test_the_menu_compares_the_plan_with_its_origin_and_lists_the_edits(
        compared: tuple[MainWindow, Pair], asked: list[Any]) -> None:
    window, pair = compared
    (_b_label, choices, default), = asked
    assert default == pair.a_id  # the plan B was made from comes first
    assert [plan_id for plan_id, _label in choices] == [pair.a_id]  # not B itself
    topic, goal = kind_name("topic"), kind_name("goal")
    # B's print order: the renamed topic and the added goal in the first focus area,
    # the moved topic at its end, the deleted goal where it stood in the second one
    assert node_rows(window) == [
        f"~  {topic} · {RENAMED_TO}",
        f"+  {goal} · {ADDED_GOAL}",
        f"→  {topic} · {MOVED_TOPIC}",
        f"−  {goal} · {DELETED_GOAL}",
    ]
    plan_rows = [row for row in rows(window) if row not in node_rows(window)]
    assert plan_rows and all(row.startswith("~  ") for row in plan_rows)  # years moved on
    assert window.compare_view is not None
    summary = window.compare_view.panel.summary.text()
    counts = {group.split()[0]: int(group.split()[-1]) for group in summary.split(" · ")}
    assert counts == {"+": 1, "−": 1, "→": 1, "~": 1 + len(plan_rows)}
    assert window.next_change_action.isEnabled() and window.previous_change_action.isEnabled()


def test_each_row_carries_its_sign_and_a_colour(compared: tuple[MainWindow, Pair]) -> None:
    window, _pair = compared
    assert window.compare_view is not None
    panel = window.compare_view.panel
    backgrounds = {}
    for row, change in enumerate(panel.changes):
        item = panel.list.item(row)
        assert item.text().startswith(SIGNS[change.change] + " ")
        backgrounds[change.change] = item.background().color().name()
    assert set(backgrounds) == {"added", "removed", "moved", "changed"}
    assert len(set(backgrounds.values())) == 4  # each kind its own colour as well


def test_a_changed_title_shows_the_deleted_word_struck_and_the_new_one_underlined(
        compared: tuple[MainWindow, Pair]) -> None:
    window, _pair = compared
    assert window.compare_view is not None
    panel = window.compare_view.panel
    row = row_of(window, RENAMED_TO)
    tooltip = panel.list.item(row).toolTip()
    assert ">skolan</s>" in tooltip and ">grundskolan</u>" in tooltip
    panel.list.setCurrentRow(row)
    detail = panel.detail.document()
    struck = [fragment for fragment in _fragments(detail) if fragment[1]]
    underlined = [fragment for fragment in _fragments(detail) if fragment[2]]
    assert [text for text, _s, _u in struck] == ["skolan"]
    assert [text for text, _s, _u in underlined] == ["grundskolan"]


def test_a_moved_topic_says_from_which_focus_area_to_which(
        compared: tuple[MainWindow, Pair]) -> None:
    window, pair = compared
    assert window.ws is not None and window.compare_view is not None
    panel = window.compare_view.panel
    areas = {area["title"] for area in window.ws.exchange_document(pair.a_id)["plan"]["children"]
             if any(topic["title"] == MOVED_TOPIC for topic in area.get("children", []))}
    [was] = areas
    now = window.ws.exchange_document(pair.b_id)["plan"]["children"][0]["title"]
    panel.list.setCurrentRow(row_of(window, MOVED_TOPIC))
    lines = panel.detail.toPlainText().splitlines()
    assert any(line.endswith(f" {was}") for line in lines)  # From: …
    assert any(line.endswith(f" {now}") for line in lines)  # To: …
    assert was != now


def _fragments(document: Any) -> list[tuple[str, bool, bool]]:
    """(text, struck through, underlined) of each run of the detail pane."""
    out = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            out.append((fragment.text(), fmt.fontStrikeOut(), fmt.fontUnderline()))
            iterator += 1
        block = block.next()
    return out


# ---------------------------------------------------------------------- choosing


def test_next_and_previous_change_walk_the_list_and_select_each_node_in_the_tree(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, pair = compared
    assert window.compare_view is not None
    panel = window.compare_view.panel
    first_node_row = row_of(window, RENAMED_TO)
    panel.list.setCurrentRow(first_node_row)
    window.next_change_action.trigger()  # F8
    assert panel.list.currentRow() == first_node_row + 1
    assert tree_uuid(window) == pair.added_goal
    window.activateWindow()
    qtbot.keyClick(panel.list, Qt.Key.Key_F8)  # the key itself
    assert panel.list.currentRow() == first_node_row + 2
    assert tree_uuid(window) == pair.moved_topic
    window.previous_change_action.trigger()  # Shift+F8
    window.previous_change_action.trigger()
    assert panel.list.currentRow() == first_node_row
    assert tree_uuid(window) == pair.renamed
    assert panel.list.hasFocus() or QApplication.focusWidget() is not window.tree


def test_a_click_selects_the_changed_node_in_the_tree(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, pair = compared
    window.tree.collapseAll()
    click_row(qtbot, window, row_of(window, MOVED_TOPIC))
    assert tree_uuid(window) == pair.moved_topic
    assert window.panel is not None
    assert window.panel.current_form() is not None  # the editor shows it too
    click_row(qtbot, window, row_of(window, ADDED_GOAL))  # a goal in a collapsed topic
    assert tree_uuid(window) == pair.added_goal
    index = window.tree.currentIndex()
    assert window.tree.visualRect(index).isValid()  # its topic opened to show it
    assert window.tree.isExpanded(index.parent())


def test_a_removed_node_selects_its_nearest_ancestor_that_the_plan_still_has(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, pair = compared
    assert window.compare_view is not None
    panel = window.compare_view.panel
    panel.list.setCurrentRow(row_of(window, DELETED_GOAL))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # Enter on the row
    assert tree_uuid(window) == pair.deleted_goal_topic


def test_a_removed_focus_area_has_nothing_left_above_it_but_the_plan(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, pair = compared
    assert window.ws is not None and window.compare_view is not None
    last_area = window.ws.exchange_document(pair.b_id)["plan"]["children"][-1]
    window.ws.delete_node(window.ws.node_id(pair.b_id, last_area["uuid"]))
    qtbot.waitUntil(lambda: any(row.endswith(f" · {last_area['title']}")
                                for row in rows(window)))
    click_row(qtbot, window, row_of(window, last_area["title"]))
    assert window.selection_label.text() == window.tr("Plan properties")
    assert window.statusBar().currentMessage()  # says why


def test_a_plan_field_row_shows_the_plan_properties(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, _pair = compared
    plan_row = next(i for i, row in enumerate(rows(window)) if row not in node_rows(window))
    click_row(qtbot, window, plan_row)
    assert window.selection_label.text() == window.tr("Plan properties")


def test_a_hidden_node_is_shown_by_closing_the_search(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, pair = compared
    window.find_bar.open_bar()
    window.find_bar.query.setText("ingenting sådant finns")
    qtbot.wait(400)  # the search runs after typing pauses
    click_row(qtbot, window, row_of(window, ADDED_GOAL))
    assert window.find_bar.isHidden()
    assert tree_uuid(window) == pair.added_goal


# ---------------------------------------------------------------------- keeping up


def test_an_edit_of_the_plan_refreshes_the_list(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, pair = compared
    assert window.ws is not None
    window.ws.update_node(window.ws.node_id(pair.b_id, pair.added_goal),
                          title="Öppna två nya fritidsgårdar.")
    qtbot.waitUntil(lambda: any(row.endswith("Öppna två nya fritidsgårdar.")
                                for row in rows(window)))
    window.ws.update_node(window.ws.node_id(pair.b_id, pair.renamed), title=RENAMED_FROM)
    qtbot.waitUntil(lambda: not any(RENAMED_TO in row for row in rows(window)))
    assert len(node_rows(window)) == 3  # the rename undone is no change any more


def test_a_row_of_a_deleted_node_never_selects_anything(
        compared: tuple[MainWindow, Pair]) -> None:
    """A click that comes before the list is compared again compares first."""
    window, pair = compared
    assert window.ws is not None and window.compare_view is not None
    panel = window.compare_view.panel
    row = row_of(window, ADDED_GOAL)
    stale = panel.changes[row]
    panel.list.setCurrentRow(row)
    window.ws.delete_node(window.ws.node_id(pair.b_id, pair.added_goal))
    before = tree_uuid(window)
    window.compare_view.choose(stale)  # no event loop turn in between
    assert not any(row.endswith(ADDED_GOAL) for row in rows(window))
    assert tree_uuid(window) == before


def test_showing_another_plan_or_closing_the_panel_empties_the_list(
        compared: tuple[MainWindow, Pair]) -> None:
    window, pair = compared
    assert window.compare_view is not None
    panel = window.compare_view.panel
    window.show_plan_in_chooser(pair.a_id)
    assert panel.list.count() == 0 and panel.note.text()
    assert not window.next_change_action.isEnabled()
    window.show_plan_in_chooser(pair.b_id)
    window.compare_action.trigger()
    assert panel.list.count() > 0
    panel.close_button.click()
    assert not window.compare_view.dock.isVisible()
    assert panel.list.count() == 0 and not window.next_change_action.isEnabled()


def test_deleting_the_plan_compared_with_empties_the_list(
        compared: tuple[MainWindow, Pair], qtbot: Any) -> None:
    window, pair = compared
    assert window.ws is not None and window.compare_view is not None
    panel = window.compare_view.panel
    window.ws.delete_plan(pair.a_id)
    qtbot.waitUntil(lambda: panel.list.count() == 0)
    assert panel.note.text()
    assert window.ws.plan_summary(pair.b_id).id == pair.b_id  # the shown plan stays


def test_save_in_word_writes_the_changes_as_tracked_changes(
        compared: tuple[MainWindow, Pair], qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The panel's "Save in Word…" writes what ``diff --out`` writes: B's agreement with
    the rename as a deletion and an insertion by B's coordinator, read back with
    docx2python and as raw XML; the person is offered to open it."""
    from docx2python import docx2python

    from insatsplan.ui.tracked_export import TrackedChangesExport

    window, pair = compared
    assert window.ws is not None and window.compare_view is not None
    window.ws.update_plan(pair.b_id, coordinator="Kim Samordnare")
    asked: list[Path] = []
    opened: list[Path] = []

    def choose(export: TrackedChangesExport) -> Path:
        asked.append(export.default_path())
        return tmp_path / "ändringar"  # no suffix: .docx is added

    monkeypatch.setattr(TrackedChangesExport, "choose_path", choose)
    monkeypatch.setattr(TrackedChangesExport, "offer_to_open",
                        lambda _export, path: opened.append(path))
    panel = window.compare_view.panel
    assert panel.export_button.isEnabled()
    panel.export_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=120_000)
    out = tmp_path / "ändringar.docx"
    assert opened == [out] and asked[0].suffix == ".docx" and "2025" in asked[0].name
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode("utf-8")
    deleted = "".join(re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", body))
    inserted = "".join(re.findall(r"<w:ins [^>]*>(.*?)</w:ins>", body, re.S))
    assert RENAMED_FROM.split()[-1] in deleted and RENAMED_TO.split()[-1] in inserted
    assert set(re.findall(r'<w:(?:ins|del) [^>]*w:author="([^"]*)"', body)) == {
        "Kim Samordnare"}
    with docx2python(out) as read:
        assert RENAMED_TO in read.text  # another reader opens it


def test_save_in_word_is_off_without_changes(compared: tuple[MainWindow, Pair]) -> None:
    window, pair = compared
    assert window.compare_view is not None
    panel = window.compare_view.panel
    window.show_plan_in_chooser(pair.a_id)  # the list is emptied
    assert not panel.export_button.isEnabled()


# ---------------------------------------------------------------------- refusals


def test_a_workspace_with_one_plan_says_there_is_nothing_to_compare_with(
        window: MainWindow, asked: list[Any]) -> None:
    window.compare_action.trigger()
    assert window.messages and not asked  # type: ignore[attr-defined]
    assert window.compare_view is not None and not window.compare_view.dock.isVisible()


def test_plans_of_different_kinds_are_refused_in_a_dialog(
        window: MainWindow, asked: list[Any]) -> None:
    assert window.ws is not None
    other = window.ws.create_plan(title="Handlingsplan 2026", year_from=2026,
                                  kind="plan_and_report")
    window.show_plan_in_chooser(other)
    window.compare_action.trigger()
    assert len(window.messages) == 1  # type: ignore[attr-defined]
    assert window.compare_view is not None and not window.compare_view.dock.isVisible()


def test_the_dialog_offers_the_other_plans_with_the_origin_chosen(
        window: MainWindow, parent: Any) -> None:
    assert window.ws is not None
    pair = make_pair(window.ws)
    later = window.ws.new_version(pair.b_id, year=2027)
    fresh = window.ws.create_plan(title="Ny plan", year_from=2028)  # made from nothing
    plans = window.ws.plan_summaries()
    assert default_plan_to_compare(plans, fresh) == later  # the nearest earlier one
    assert default_plan_to_compare(plans, later) == pair.b_id  # its origin, not A
    assert default_plan_to_compare(plans, pair.a_id) == pair.b_id  # no origin, none earlier
    dialog = CompareWithDialog("2027", [(pair.a_id, "2025"), (pair.b_id, "2026")], pair.b_id,
                               parent)
    assert dialog.plans.currentText() == "2026" and dialog.chosen_plan() == pair.b_id
    dialog.plans.setCurrentIndex(0)
    ok: Callable[[], None] = dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok).click
    ok()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen_plan() == pair.a_id
