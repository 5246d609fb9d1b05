"""A main window on the demo plan, with its dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dialog_answers import Answers
from PySide6.QtWidgets import QApplication, QWidget

from insatsplan.ui.main_window import MainWindow
from insatsplan.workspace import Workspace


@pytest.fixture
def window(qtbot: Any, demo_workspace_path: Path) -> Iterator[MainWindow]:
    """Messages and confirmations go to ``window.messages`` (questions answer yes).

    The workspace is a copy of the session's demo workspace (tests/conftest.py).
    """
    ws = Workspace.open(demo_workspace_path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.messages = []  # type: ignore[attr-defined]
    win.show_message = win.messages.append  # type: ignore[method-assign]
    win.show_information = win.messages.append  # type: ignore[method-assign]
    win.confirm = lambda _question: True  # type: ignore[method-assign]
    win.show()
    win.attach(ws)
    yield win
    if win.ws is not None:
        win.close()


@pytest.fixture(autouse=True)
def stop_answers() -> Iterator[None]:
    """Every :class:`Answers` a test started stops watching for dialogs after it."""
    yield
    while Answers.live:
        Answers.live.pop().stop()


@pytest.fixture
def parent(qapp: QApplication) -> Iterator[QWidget]:
    """A plain widget for dialogs to belong to."""
    widget = QWidget()
    yield widget
    widget.deleteLater()
