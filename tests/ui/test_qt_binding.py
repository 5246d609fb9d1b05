"""The Qt binding the program runs on keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every Qt call that
returns nothing; after a few thousand calls the interpreter aborted ("deallocating
None"), so the editor died within seconds of normal use. pyproject.toml excludes it;
this test catches the next such release before a person does.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qtbot: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 100
