"""Dialogs for a workspace file that cannot simply be opened: locked, damaged, newer, other.

Each dialog is a :class:`QMessageBox` whose buttons are attributes (``open_readonly_button``,
``open_backup_button``, ...), and :meth:`ask` turns the click into a :class:`Choice`, so a
test can press a named button on the modal dialog and :mod:`insatsplan.ui.opening` never
compares button texts. They only ask; opening, copying and choosing files happen in
:mod:`insatsplan.ui.opening`.

Every message is a literal ``QCoreApplication.translate("WorkspaceProblems", ...)`` call so
``pyside6-lupdate`` collects it; ``{name}`` fields are filled in after translation.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from insatsplan.errors import UserError


class Choice(enum.Enum):
    """What the person chose in one of these dialogs."""

    OPEN_READONLY = "open-readonly"
    OPEN_BACKUP = "open-backup"
    CHOOSE_OTHER = "choose-other"
    CANCEL = "cancel"


def error_text(error: UserError) -> str:
    """The error's one line in the UI's language (the ``Errors`` context of the catalogue)."""
    return error.text(QCoreApplication.translate)


class _ProblemDialog(QMessageBox):
    """A warning box whose buttons map to choices; closing it any other way cancels."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self._choices: dict[QAbstractButton, Choice] = {}

    def _add(self, text: str, role: QMessageBox.ButtonRole, choice: Choice) -> QPushButton:
        button = self.addButton(text, role)
        self._choices[button] = choice
        return button

    def _add_cancel(self) -> QPushButton:
        # Our own "Cancel", not StandardButton.Cancel: that is translated only when Qt's
        # qtbase catalogue is installed, and the dialog must say "Avbryt" regardless.
        button = self._add(
            QCoreApplication.translate("WorkspaceProblems", "Cancel"),
            QMessageBox.ButtonRole.RejectRole,
            Choice.CANCEL,
        )
        self.setEscapeButton(button)
        return button

    def ask(self) -> Choice:
        """Show the dialog modally and return the choice (Escape and closing cancel)."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is None:
            return Choice.CANCEL
        return self._choices.get(clicked, Choice.CANCEL)


class LockedWorkspaceDialog(_ProblemDialog):
    """Another program holds the file for writing: look at it read-only, or cancel."""

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(
            parent, QCoreApplication.translate("WorkspaceProblems", "Workspace in use")
        )
        self.path = path
        self.setText(
            QCoreApplication.translate(
                "WorkspaceProblems", "The workspace {name} is in use by another program."
            ).format(name=path.name)
        )
        self.setInformativeText(
            QCoreApplication.translate(
                "WorkspaceProblems",
                "It may be open in another Insatsplan window, perhaps on another computer. "
                "You can open it read-only to look at it; to change it, close the other "
                "program first.\n\n{path}",
            ).format(path=str(path))
        )
        self.open_readonly_button = self._add(
            QCoreApplication.translate("WorkspaceProblems", "Open read-only"),
            QMessageBox.ButtonRole.AcceptRole,
            Choice.OPEN_READONLY,
        )
        self.cancel_button = self._add_cancel()
        self.setDefaultButton(self.open_readonly_button)


class DamagedWorkspaceDialog(_ProblemDialog):
    """A damaged or foreign file: the latest backup (when there is one), another file, or cancel.

    The first line is the error's own sentence, which names the file and the problem.
    """

    def __init__(
        self,
        parent: QWidget | None,
        path: Path,
        error: UserError,
        backup: Path | None,
    ) -> None:
        super().__init__(
            parent, QCoreApplication.translate("WorkspaceProblems", "Damaged workspace")
        )
        self.path = path
        self.backup = backup
        self.setText(error_text(error))
        self.open_backup_button: QPushButton | None = None
        if backup is not None:
            when = dt.datetime.fromtimestamp(backup.stat().st_mtime)
            self.setInformativeText(
                QCoreApplication.translate(
                    "WorkspaceProblems",
                    "The latest backup is from {date}. Opening it saves a copy of it beside "
                    "the damaged file, which is left as it is.",
                ).format(date=f"{when:%Y-%m-%d %H:%M}")
            )
            self.open_backup_button = self._add(
                QCoreApplication.translate("WorkspaceProblems", "Open the latest backup"),
                QMessageBox.ButtonRole.AcceptRole,
                Choice.OPEN_BACKUP,
            )
        else:
            self.setInformativeText(
                QCoreApplication.translate(
                    "WorkspaceProblems",
                    "There is no backup of this file. You can choose another file.",
                )
            )
        self.choose_other_button = self._add(
            QCoreApplication.translate("WorkspaceProblems", "Choose another file…"),
            QMessageBox.ButtonRole.ActionRole,
            Choice.CHOOSE_OTHER,
        )
        self.cancel_button = self._add_cancel()
        self.setDefaultButton(self.open_backup_button or self.choose_other_button)


class NewerWorkspaceDialog(_ProblemDialog):
    """A newer Insatsplan wrote the file: nothing to do here but update the program."""

    def __init__(self, parent: QWidget | None, path: Path, error: UserError) -> None:
        super().__init__(
            parent, QCoreApplication.translate("WorkspaceProblems", "Newer workspace")
        )
        self.path = path
        self.setText(
            QCoreApplication.translate(
                "WorkspaceProblems", "{name} was made by a newer version of Insatsplan."
            ).format(name=path.name)
        )
        self.setInformativeText(error_text(error))
        self.cancel_button = self._add_cancel()


class WorkspaceErrorDialog(_ProblemDialog):
    """Any other reason a file cannot be opened: its one line and a close button."""

    def __init__(self, parent: QWidget | None, text: str, detail: str = "") -> None:
        super().__init__(
            parent, QCoreApplication.translate("WorkspaceProblems", "Cannot open workspace")
        )
        self.setIcon(QMessageBox.Icon.Critical)
        self.setText(text)
        if detail:
            self.setInformativeText(detail)
        self.close_button = self._add(
            QCoreApplication.translate("WorkspaceProblems", "Close"),
            QMessageBox.ButtonRole.RejectRole,
            Choice.CANCEL,
        )
        self.setEscapeButton(self.close_button)


class WorkspaceNoticeDialog(_ProblemDialog):
    """What opening had to tell that is no failure (strays moved aside, read-only)."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__(
            parent, QCoreApplication.translate("WorkspaceProblems", "Workspace opened")
        )
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(text)
        self.close_button = self._add(
            QCoreApplication.translate("WorkspaceProblems", "Close"),
            QMessageBox.ButtonRole.AcceptRole,
            Choice.CANCEL,
        )
        self.setEscapeButton(self.close_button)
