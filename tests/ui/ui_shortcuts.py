"""Which keys a window binds, per focus: the check that no key is bound twice.

Qt calls a key sequence that two live bindings share (two actions, or one action
holding it twice) ambiguous, warns, and runs neither. Used offscreen by
test_new_user.py and on a real X server by test_real_window.py, where the platform's
standard keys differ (X11's redo key is Ctrl+Shift+Z, offscreen's is Ctrl+Y).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def bound_keys(window: QWidget, focus: QWidget) -> Counter[str]:
    """Every key sequence live while *focus* has the focus, counted once per binding:
    the window's window shortcuts and the widget shortcuts of *focus*."""
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        context = action.shortcutContext()
        if context == Qt.ShortcutContext.WidgetShortcut:
            live = focus in action.associatedObjects()
        else:
            live = True
        if live:
            for sequence in action.shortcuts():
                keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    return keys


def shortcut_widgets(window: QWidget) -> list[QWidget]:
    """The window, and every widget that has widget shortcuts of its own."""
    widgets: list[QWidget] = [window]
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            widgets += [w for w in action.associatedObjects()
                        if isinstance(w, QWidget) and w not in widgets]
    return widgets


def keys_bound_twice(window: QWidget) -> dict[str, dict[str, int]]:
    """{focus widget's class: {key: bindings}} for every key bound more than once."""
    found: dict[str, dict[str, int]] = {}
    for focus in shortcut_widgets(window):
        twice = {key: n for key, n in bound_keys(window, focus).items() if n > 1}
        if twice:
            found[type(focus).__name__] = twice
    return found
