"""The one place the editor opens a workspace file, and what it does when it cannot.

:func:`open_workspace` returns an open :class:`Workspace` or ``None``; it never raises for a
file a person chose and never shows a traceback. A file another program holds offers a
read-only look; a damaged or foreign file offers a copy of its latest backup or another
file; a newer file says so. The damaged file itself is never written: a backup is restored
to a *new* file beside it, so whatever can still be rescued from the original stays there.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from insatsplan.errors import (
    QT_TRANSLATE_NOOP,
    DamagedWorkspaceError,
    NewerWorkspaceError,
    ReadOnlyPlaceError,
    UserError,
    UserMessage,
    WorkspaceLockedError,
)
from insatsplan.ui.dialogs.workspace_problems import (
    Choice,
    DamagedWorkspaceDialog,
    LockedWorkspaceDialog,
    NewerWorkspaceDialog,
    WorkspaceErrorDialog,
    WorkspaceNoticeDialog,
    error_text,
)
from insatsplan.workspace import Workspace, files

log = logging.getLogger(__name__)

__all__ = [
    "choose_workspace_file",
    "open_workspace",
    "recover_damaged",
    "restore_backup",
    "restored_path",
    "show_user_error",
]


def open_workspace(
    parent: QWidget | None, path: Path, *, readonly: bool = False
) -> Workspace | None:
    """Open *path* for the editor, asking the person what to do when it cannot be opened.

    Returns the opened workspace (possibly read-only, a restored copy of a backup or
    another file the person chose), or ``None`` when they cancelled or nothing could be
    opened; the reason has been shown in a dialog by then.
    """
    path = Path(path)
    try:
        ws = Workspace.open(path, readonly=readonly)
    except ReadOnlyPlaceError as error:
        if readonly:  # even reading is refused (pending commits in a -wal): say why
            show_user_error(parent, error)
            return None
        # A healthy file in a read-only folder or on read-only media: read it, and say so.
        reader = open_workspace(parent, path, readonly=True)
        if reader is not None:
            reader.tell(UserMessage(READ_ONLY_PLACE, path=str(reader.path)))
            show_notices(parent, reader)
        return reader
    except WorkspaceLockedError as error:
        if readonly:  # a reader takes no lock; if SQLite itself refuses, just say so
            show_user_error(parent, error)
            return None
        if LockedWorkspaceDialog(parent, path).ask() is Choice.OPEN_READONLY:
            return open_workspace(parent, path, readonly=True)
        return None
    except DamagedWorkspaceError as error:
        return recover_damaged(parent, path, error, readonly=readonly)
    except NewerWorkspaceError as error:
        NewerWorkspaceDialog(parent, path, error).ask()
        return None
    except UserError as error:
        show_user_error(parent, error)
        return None
    except Exception as error:  # a bug, but the person still gets a dialog, not a crash
        log.exception("opening %s failed", path)
        WorkspaceErrorDialog(
            parent,
            QCoreApplication.translate(
                "WorkspaceProblems", "Insatsplan could not open {path}."
            ).format(path=str(path)),
            f"{type(error).__name__}: {error}",
        ).ask()
        return None
    if not readonly:
        show_notices(parent, ws)
    return ws


READ_ONLY_PLACE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is in a read-only folder or on read-only media; it is open for "
    "reading only.")


def show_notices(parent: QWidget | None, ws: Workspace) -> None:
    """What opening had to tell (strays moved aside, read-only), once, in one dialog."""
    if ws.notices:
        WorkspaceNoticeDialog(parent, "\n".join(
            notice.text(QCoreApplication.translate) for notice in ws.notices)).ask()


def recover_damaged(
    parent: QWidget | None,
    path: Path,
    error: UserError,
    *,
    readonly: bool = False,
) -> Workspace | None:
    """Offer the latest backup or another file for the damaged *path*, and open the choice.

    Also for the main window when damage shows only later (a page read while loading the
    tree): close the workspace first, then call this with the error.
    """
    backup = files.latest_backup(path)
    choice = DamagedWorkspaceDialog(parent, path, error, backup).ask()
    if choice is Choice.OPEN_BACKUP and backup is not None:
        try:
            copy = restore_backup(path, backup)
        except UserError as restore_error:
            show_user_error(parent, restore_error)
            return None
        return open_workspace(parent, copy, readonly=readonly)
    if choice is Choice.CHOOSE_OTHER:
        chosen = choose_workspace_file(parent, path.parent)
        if chosen is None:
            return None
        return open_workspace(parent, chosen, readonly=readonly)
    return None


def restored_path(damaged: Path, today: dt.date | None = None) -> Path:
    """A new file name beside *damaged* for a restored backup, never an existing file."""
    day = (today or dt.date.today()).isoformat()
    base = QCoreApplication.translate("WorkspaceProblems", "{stem} (restored {date})").format(
        stem=damaged.stem, date=day
    )
    base = base.replace("/", "-").replace("\\", "-")  # a translation must not add folders
    candidate = damaged.with_name(base + files.SUFFIX)
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".lock").exists():
        candidate = damaged.with_name(f"{base} ({number}){files.SUFFIX}")
        number += 1
    return candidate


def restore_backup(damaged: Path, backup: Path, today: dt.date | None = None) -> Path:
    """Copy *backup* to a new file beside *damaged* and return the copy's path.

    The backup is checked first (ours, readable, SQLite's integrity check), so a person
    does not trade one damaged file for another; neither *damaged* nor *backup* changes.
    Raises :class:`UserError` with a one-line reason.
    """
    files.read_revision(backup)
    try:
        conn = files.connect_raw(backup, readonly=True)
        try:
            problems = files.integrity_problems(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise files.damaged(backup, error) from error
    if problems:
        raise files.damaged(backup, problems[0])
    target = restored_path(damaged, today)
    try:
        return files.backup_copy(backup, target)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
            path=str(target),
            reason=reason,
        ) from error


def choose_workspace_file(parent: QWidget | None, directory: Path) -> Path | None:
    """Ask for a workspace file to open; ``None`` when the person cancels.

    A module-level function so tests can answer it without a native file dialog.
    """
    name, _selected = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("WorkspaceProblems", "Open workspace"),
        str(directory),
        QCoreApplication.translate(
            "WorkspaceProblems", "Insatsplan workspaces (*.insatsplan);;All files (*)"
        ),
    )
    return Path(name) if name else None


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """A :class:`UserError` as a dialog: its one translated line, nothing more."""
    WorkspaceErrorDialog(parent, error_text(error)).ask()
