"""Plan → Ny version… in the window: the new title, the message that counts the texts still
naming last year, the find bar's "Nämner <år>" filter, and the plan chooser's lineage."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace

NODE_TEXTS = ("title", "text", "background", "purpose", "target_group", "timeline",
              "responsible_people", "measurable_text", "funding_source")


def nodes_naming(path: Path, plan_id: int, year: int) -> set[int]:
    """The nodes of a plan with a text naming *year*, read with plain SQL on another
    connection (the demo's texts hold no dates or reference numbers, so a word match is
    the same rule)."""
    word = re.compile(rf"(?<!\d){year}(?!\d)")
    with sqlite3.connect(path) as db:
        rows = db.execute(
            f"SELECT node.id, {', '.join('node.' + n for n in NODE_TEXTS)}, "
            "indicator.data_source, indicator.target_period FROM node "
            "LEFT JOIN indicator ON indicator.node_id = node.id WHERE node.plan_id = ?",
            (plan_id,)).fetchall()
    return {row[0] for row in rows if any(word.search(v or "") for v in row[1:])}


def plan_fields_naming(path: Path, plan_id: int, year: int) -> list[str]:
    """The plan's own fields that name *year*, read with plain SQL on another
    connection (basis items as ``basis[i]``)."""
    word = re.compile(rf"(?<!\d){year}(?!\d)")
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT title, subtitle, preamble, coordinator, basis FROM plan "
                         "WHERE id = ?", (plan_id,)).fetchone()
    named = [name for name, value in zip(("title", "subtitle", "preamble", "coordinator"),
                                         row[:4], strict=True)
             if word.search(value or "")]
    named += [f"basis[{i}]" for i, item in enumerate(json.loads(row[4] or "[]"))
              if word.search(item)]
    return sorted(named)


def make_new_version(window: MainWindow) -> tuple[int, int]:
    assert window.ws is not None and window.model is not None
    source_id = window.model.plan_id
    assert source_id is not None
    window.flows.ask_new_version_year = lambda year: year  # type: ignore[method-assign]
    window.new_version_action.trigger()
    QApplication.processEvents()
    new_id = window.model.plan_id
    assert new_id is not None and new_id != source_id
    return source_id, new_id


def test_new_version_names_the_new_year_and_counts_the_texts_naming_the_old(
        window: MainWindow, workspace_path: Path) -> None:
    source_id, new_id = make_new_version(window)
    with Workspace.open(workspace_path, readonly=True) as other:
        new = other.plan(new_id)
        assert new.title == "Insatser inom området psykisk hälsa och suicidprevention 2026"
        mentions = other.year_mentions(new_id, 2025)
        assert other.plan(source_id).title.endswith("2025")
    naming = nodes_naming(workspace_path, new_id, 2025)
    assert naming and {m.node_id for m in mentions if m.node_id is not None} == naming
    plan_fields = plan_fields_naming(workspace_path, new_id, 2025)
    assert plan_fields and plan_fields == sorted(m.field for m in mentions if m.node_id is None)
    message = window.messages[-1]  # type: ignore[attr-defined]
    # The count says where the texts are: rows the filter shows, and plan fields it
    # cannot show (they are reached through Plan properties).
    assert "2026" in message and (
        f"still name 2025: {len(mentions)}, in {len(naming)} rows of the tree and "
        f"{len(plan_fields)} of the plan properties." in message)
    assert "“Mentions 2025”" in message


def test_the_find_bar_shows_the_rows_naming_the_old_year(window: MainWindow,
                                                         workspace_path: Path) -> None:
    _source_id, new_id = make_new_version(window)
    assert window.filter is not None
    bar = window.find_bar
    assert bar.mentions_year.text() == "Mentions 2025" and bar.mentions_year.isEnabled()
    bar.show()
    bar.mentions_year.setChecked(True)
    expected = nodes_naming(workspace_path, new_id, 2025)
    assert set(window.filter.matches) == expected
    assert bar.count.text() == f"Matches: {len(expected)}"
    # The plan's own fields are no rows: a link names how many and opens them.
    fields = plan_fields_naming(workspace_path, new_id, 2025)
    assert bar.plan_mentions.isVisible()
    assert f"Also in the plan properties: {len(fields)}" in bar.plan_mentions.text()
    bar.plan_mentions.linkActivated.emit("plan")
    assert window.selection_label.text() == "Plan properties"
    assert window.panel is not None and window.panel._plan_id == new_id
    # Combined with a search: only what both let through.
    bar.query.setText("IPS")
    bar._emit()  # the typing pause, without waiting for it
    assert window.filter.matches and set(window.filter.matches) < expected
    assert not bar.plan_mentions.isVisible()  # the search leaves no plan field
    bar.close_bar()
    assert not bar.mentions_year.isChecked() and not window.proxy.filtering  # type: ignore[union-attr]


def test_a_plan_made_from_none_offers_the_year_before_its_own(window: MainWindow) -> None:
    assert window.find_bar.mentions_year.text() == "Mentions 2024"  # the demo plan is 2025


def test_plan_chooser_shows_what_a_plan_was_made_from(window: MainWindow) -> None:
    _source_id, new_id = make_new_version(window)
    chooser = window.plan_chooser
    tips = [str(chooser.itemData(row, Qt.ItemDataRole.ToolTipRole))
            for row in range(chooser.count())]
    assert tips[0] == "Insatser inom området psykisk hälsa och suicidprevention 2025"
    assert tips[1] == ("Insatser inom området psykisk hälsa och suicidprevention 2026\n"
                       "made from “Insatser inom området psykisk hälsa och suicidprevention "
                       "2025” (2025)")
    assert chooser.currentData() == new_id and chooser.toolTip() == tips[1]
    labels = [chooser.itemText(row) for row in range(chooser.count())]
    assert "new version of" not in labels[0]
    assert labels[1].endswith(" · new version of 2025")


def test_the_trees_section_rows_name_the_new_year(window: MainWindow) -> None:
    _source_id, _new_id = make_new_version(window)
    assert window.model is not None
    model, sections = window.model, []
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        text = str(index.data())
        if text.startswith("Short-term goals and activities"):
            sections.append(text)
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    assert sections and set(sections) == {"Short-term goals and activities 2026"}


def test_a_version_for_the_same_year_says_its_texts_were_copied(window: MainWindow) -> None:
    """Nothing to review when the years stay: no count, and "Mentions …" is off."""
    window.flows.ask_new_version_year = lambda _year: 2025  # type: ignore[method-assign]
    window.new_version_action.trigger()
    QApplication.processEvents()
    message = window.messages[-1]  # type: ignore[attr-defined]
    assert message == ("The new version is for the same years as the plan it was made "
                       "from; its texts were copied as they were.")
    assert not window.find_bar.mentions_year.isEnabled()
