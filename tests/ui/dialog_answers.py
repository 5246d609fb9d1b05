"""Modal dialogs answered by a test: the real dialog runs, a named button is pressed."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

#: The dynamic property that marks a dialog this helper has answered.
_ANSWERED = "answeredByTest"


class Answers:
    """Presses one named button on each modal dialog that appears, in order.

    ``seen`` keeps each dialog's class and text, so a test can say which dialogs came.
    A dialog that appears with no answer left is cancelled and recorded as unexpected.
    It watches until :meth:`stop` (every one is stopped after each test).
    """

    live: ClassVar[list[Answers]] = []

    def __init__(self, *buttons: str) -> None:
        Answers.live.append(self)
        self.stopped = False
        self.buttons = list(buttons)
        self.seen: list[tuple[type, str]] = []
        self.unexpected = 0
        self._polls = 0
        QTimer.singleShot(0, self._poll)

    def stop(self) -> None:
        self.stopped = True

    def _poll(self) -> None:
        if self.stopped:
            return
        widget = QApplication.activeModalWidget()
        # Marked on the widget itself, not kept by id(): a dialog made right after an
        # answered one may get its id, and was then never answered (the test hung).
        if widget is None or widget.property(_ANSWERED):
            self._polls += 1
            if self._polls < 2000:
                QTimer.singleShot(5, self._poll)
            return
        widget.setProperty(_ANSWERED, True)
        self.seen.append((type(widget), widget.text()))  # type: ignore[attr-defined]
        if self.buttons:
            getattr(widget, self.buttons.pop(0)).click()
        else:
            self.unexpected += 1
            widget.reject()  # type: ignore[attr-defined]
        self._polls = 0
        QTimer.singleShot(0, self._poll)

    @property
    def kinds(self) -> list[type]:
        return [kind for kind, _text in self.seen]
