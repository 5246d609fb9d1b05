"""Evaluations in the Uppföljning view and the find bar's "Utan utvärdering <år>".

A real main window on the demo plan (2025). What the view and the filter should show is
worked out from the file with sqlite3, not from the read the code under test uses.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from insatsplan.ui.editors.evaluation import evaluation_status_word
from insatsplan.ui.follow_up_view import FollowUpView
from insatsplan.ui.main_window import MainWindow
from insatsplan.ui.tree_model import NODE_ID_ROLE


def topics_by_status(path: Path, plan_id: int, code: str | None = None
                     ) -> dict[str, set[int]]:
    """Topic ids per status of their 2025 evaluation (or "none"), from the file: the
    year's own evaluation, else the latest one inside 2025."""
    conn = sqlite3.connect(path)
    try:
        topics = {row[0]: row[1] for row in conn.execute(
            "SELECT id, responsible_organisations FROM node WHERE plan_id = ? "
            "AND kind = 'topic'", (plan_id,))}
        rows = list(conn.execute(
            "SELECT node_id, period, status FROM evaluation WHERE period_start >= "
            "'2025-01-01' AND period_end <= '2025-12-31' ORDER BY period_end, period_start"))
    finally:
        conn.close()
    chosen: dict[int, tuple[str, str]] = {}  # node id: (period, status)
    for node_id, period, word in rows:  # later periods replace earlier ones ...
        if chosen.get(node_id, ("", ""))[0] != "2025":  # ... but not the year's own
            chosen[node_id] = (period, word)
    out: dict[str, set[int]] = {}
    for node_id, codes in topics.items():
        if code is not None and f'"{code}"' not in (codes or ""):
            continue
        word = chosen[node_id][1] if node_id in chosen else "none"
        out.setdefault(word, set()).add(node_id)
    return out


def open_view(window: MainWindow) -> FollowUpView:
    window.follow_up_action.trigger()
    assert window.follow_up_view is not None
    return window.follow_up_view


def listed(view: FollowUpView) -> dict[str, set[int]]:
    """What the view's evaluation list shows: the ids under each status heading."""
    tree = view.evaluations.tree
    words = {evaluation_status_word(s): s for s in
             ("planned", "ongoing", "done", "postponed", "cancelled", "none")}
    out: dict[str, set[int]] = {}
    for row in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(row)
        assert top is not None
        word, _, count = top.text(0).rpartition(" (")
        children = {int(top.child(i).data(0, Qt.ItemDataRole.UserRole))
                    for i in range(top.childCount())}
        assert int(count.rstrip(")")) == len(children)
        out[words[word]] = children
    return out


def test_the_view_counts_and_lists_activities_by_evaluation_status(
        window: MainWindow, workspace_path: Path) -> None:
    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    view = open_view(window)
    expected = topics_by_status(workspace_path, plan_id)
    assert len(expected) >= 3  # the demo plan has several statuses and unevaluated topics
    assert listed(view) == expected
    counts = view.evaluations.counts.text()
    for status, members in expected.items():
        assert f"{evaluation_status_word(status)}: {len(members)}" in counts
    assert "2025" in view.evaluations.button.text()

    # an evaluation written elsewhere shows at once; a quarter counts for its year
    unevaluated = sorted(expected["none"])[0]
    window.ws.set_evaluation(unevaluated, "2025 K2", status="postponed")
    assert unevaluated in listed(view)["postponed"]
    assert listed(view) == topics_by_status(workspace_path, plan_id)


def test_the_view_follows_the_administration_filter(window: MainWindow,
                                                    workspace_path: Path) -> None:
    assert window.ws is not None and window.model is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    view = open_view(window)
    code = window.ws.organisations()[2].code
    view.organisation_filter.setCurrentIndex(view.organisation_filter.findData(code))
    expected = topics_by_status(workspace_path, plan_id, code)
    assert listed(view) == expected
    assert sum(map(len, expected.values())) < sum(
        map(len, topics_by_status(workspace_path, plan_id).values()))


def test_enter_on_an_activity_opens_it_in_the_tree(window: MainWindow, qtbot: QtBot) -> None:
    view = open_view(window)
    view.evaluations.button.click()
    tree = view.evaluations.tree
    assert tree.isVisible()
    top = tree.topLevelItem(0)
    assert top is not None
    child: QTreeWidgetItem | None = top.child(0)
    assert child is not None
    node_id = int(child.data(0, Qt.ItemDataRole.UserRole))
    tree.setCurrentItem(child)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert not window.follow_up_action.isChecked()
    assert window.tree.currentIndex().data(NODE_ID_ROLE) == node_id
    assert window.panel is not None and window.panel.shown() == ("node", node_id)


def test_the_find_bar_shows_exactly_the_topics_without_an_evaluation_for_the_year(
        window: MainWindow, workspace_path: Path) -> None:
    assert window.ws is not None and window.model is not None and window.filter is not None
    plan_id = window.model.plan_id
    assert plan_id is not None
    assert window.find_bar.without_evaluation.text() == "Without evaluation 2025"
    assert window.without_evaluation_action.text() == "Topics without evaluation 2025"
    window.without_evaluation_action.trigger()  # Visa → Insatser utan utvärdering 2025
    assert window.find_bar.isVisible() and window.find_bar.without_evaluation.isChecked()
    expected = topics_by_status(workspace_path, plan_id).get("none", set())
    assert expected and set(window.filter.matches) == expected

    # a quarter's evaluation counts for its year; another year's does not
    first, second = sorted(expected)[:2]
    window.ws.set_evaluation(first, "2025-Q3", status="ongoing")
    window.ws.set_evaluation(second, "2024", status="done")
    window.filter.refresh()
    assert set(window.filter.matches) == expected - {first}

    # combined with the other filters: only what both let through
    code = window.ws.organisations()[2].code
    bar = window.find_bar.organisation
    bar.setCurrentIndex(bar.findData(code))
    assert set(window.filter.matches) == (expected - {first}) & set(
        window.ws.topics(plan_id, organisation=code))
    window.find_bar.without_evaluation.setChecked(False)
    assert not window.without_evaluation_action.isChecked()
    assert set(window.filter.matches) == set(window.ws.topics(plan_id, organisation=code))
