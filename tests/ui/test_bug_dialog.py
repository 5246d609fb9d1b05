"""A bug in the editor is named a bug, with its traceback in the log; never "damaged"."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from insatsplan import bug_report
from insatsplan.ui import app as ui_app


def test_an_unhandled_exception_in_the_editor_is_logged_and_named_a_bug(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert QApplication.instance() is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    ui_app.install_bug_hook(None)
    try:
        raise TypeError("a slot passed the wrong thing")
    except TypeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert "bug" in shown[0] and "damaged" not in shown[0]
    assert str(bug_report.log_path()) in shown[0]
    logged = bug_report.log_path().read_text(encoding="utf-8")
    assert "a slot passed the wrong thing" in logged and "Traceback" in logged
