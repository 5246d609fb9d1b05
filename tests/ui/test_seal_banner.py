"""The editor shows a red banner on a sent or signed plan whose content no longer matches
its stored fingerprint (issue 15, point 5): what it shows is not what was signed."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace


def _plan(ws: Workspace) -> int:
    plan: int = ws.create_plan(title="Överenskommelse 2025", year_from=2025)
    ws.set_signatories(plan, [{"name": "Ada", "title": "Direktör", "organisation_code": "AMF"}])
    area = ws.add_node(plan, None, "focus_area", "Fokus")
    ws.add_node(plan, area, "topic", "Ämne")
    return plan


def _tamper(path: Path, statement: str) -> None:
    """Around the triggers and back, as a person with a SQLite shell can."""
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master "
                                "WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(statement)
        for _name, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def open_window(qtbot: Any) -> Iterator[Any]:
    windows: list[MainWindow] = []

    def show(path: Path) -> MainWindow:
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        win.attach(Workspace.open(path))
        QApplication.processEvents()
        windows.append(win)
        return win

    yield show
    for win in windows:
        if win.ws is not None:
            win.close()


@pytest.mark.parametrize("status", ["signed", "sent"])
def test_a_broken_seal_shows_a_red_banner(open_window: Any, workspace_path: Path,
                                          tmp_path: Path, status: str) -> None:
    with Workspace.open(workspace_path) as ws:
        plan = _plan(ws)
        ws.set_plan_status(plan, status)
    win = open_window(workspace_path)
    assert win.banner.isVisible() and "#c42b1c" not in win.banner.styleSheet()
    assert "fingerprint" not in win.banner_text.text()
    win.close()

    _tamper(workspace_path, f"UPDATE node SET title = 'Ändrat' WHERE plan_id = {plan} "
                            "AND kind = 'topic'")
    win = open_window(workspace_path)
    assert win.banner.isVisible() and "#c42b1c" in win.banner.styleSheet()
    assert "no longer matches its fingerprint" in win.banner_text.text()
    shot = Path(os.environ.get("INSATSPLAN_SCREENSHOTS", tmp_path)) / f"broken-{status}.png"
    assert win.grab().save(str(shot))
