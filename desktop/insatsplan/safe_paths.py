"""Turning a path a person gave into one that is safe to read or to write.

Two promises, for every file the program touches on a person's behalf:

* An input (workspace, exchange file, Word template, signed PDF) is a regular file,
  reached after resolving every link: a FIFO would block the program forever, a device
  or folder is no document, and a dangling link or a loop is named as such.
* An output never lands on a workspace: not on one open in this process (its file and
  its ``-wal``, ``-shm``, ``-journal`` and ``.lock`` companions, tracked in a registry
  that :class:`~insatsplan.workspace.core.WorkspaceBase` fills and empties), not on any
  other Insatsplan workspace on disk, nor on the companions of one. Comparing resolved
  paths and, for existing files, device and inode catches links and other spellings.

Standard library only (the first export in a running editor should not pay for more);
the workspace schema is imported only when a target really is a SQLite file.
"""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path
from typing import Final

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

COMPANION_SUFFIXES: Final = ("-wal", "-shm", "-journal", ".lock")
_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_WAL_MAGIC: Final = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")  # SQLite's WAL header

# The same source texts as the exchange reader's, so one translation serves both.
MSG_MISSING: Final = QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist.")
MSG_IS_FOLDER: Final = QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file.")
MSG_NOT_REGULAR: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not a regular file (it is a pipe, device or socket); give a file.")
MSG_DANGLING: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is a link to {target}, which does not exist.")
MSG_LOOP: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is a link that leads back to itself (a loop of links).")
MSG_UNREADABLE: Final = QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}")
MSG_OPEN_WORKSPACE: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is the open workspace {workspace} or one of its own files; "
    "choose another name, nothing was written.")
MSG_A_WORKSPACE: Final = QT_TRANSLATE_NOOP(
    "Errors", "{file} is an Insatsplan workspace or one of its own files; choose another "
    "name, nothing was written.")

_registry_lock = threading.Lock()
_open_workspaces: dict[Path, int] = {}


# ------------------------------------------------------------------ resolving

def _lexists(path: Path) -> bool:
    """Whether anything (a link too) is at *path*; False only when nothing is.

    ``os.path.lexists`` also says False when the path cannot be looked at (a name too
    long, a folder without permission), and what follows it would then meet the same
    error as a traceback; here that is the person's one line.
    """
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as error:
        raise UserError(MSG_UNREADABLE, file=str(path),
                        reason=error.strerror or str(error)) from None
    except ValueError as error:  # an embedded NUL: no file can have that name
        raise UserError(MSG_UNREADABLE, file=str(path), reason=str(error)) from None
    return True


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return str(path)


def resolve_existing(path: Path) -> Path:
    """*path* with every link resolved; it must exist.

    Raises :class:`UserError` naming a missing file, a dangling link (with where it
    points) or a loop of links.
    """
    path = Path(path).expanduser()
    if not _lexists(path):
        raise UserError(MSG_MISSING, file=str(path))
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        raise UserError(MSG_DANGLING, file=str(path), target=_link_target(path)) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UserError(MSG_LOOP, file=str(path)) from None
        raise UserError(MSG_UNREADABLE, file=str(path),
                        reason=error.strerror or str(error)) from None
    except RuntimeError:  # older Pythons report a loop this way
        raise UserError(MSG_LOOP, file=str(path)) from None


def _require_regular(shown: Path, resolved: Path) -> os.stat_result:
    """The file's status; refuses a folder, pipe, device or socket (never opened)."""
    try:
        info = os.stat(resolved)
    except OSError as error:
        raise UserError(MSG_UNREADABLE, file=str(shown),
                        reason=error.strerror or str(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise UserError(MSG_IS_FOLDER, file=str(shown))
    if not stat.S_ISREG(info.st_mode):
        raise UserError(MSG_NOT_REGULAR, file=str(shown))
    return info


def regular_input(path: Path, *, missing_ok: bool = False) -> Path:
    """The resolved path of an input file a person gave, checked to be a regular file.

    Checked with ``stat`` alone, so a FIFO is refused at once instead of blocking the
    open that would follow. With *missing_ok*, nothing at all at *path* returns it as it
    is, so the caller's own read reports the missing file in its own words (a link that
    leads nowhere is still refused here).
    """
    if missing_ok and not _lexists(path):
        return Path(path)
    resolved = resolve_existing(path)
    _require_regular(Path(path), resolved)
    return resolved


def read_input(path: Path, limit: int) -> bytes:
    """The first *limit* + 1 bytes of the regular file *path* (one more than allowed, so
    the caller can tell a file that is too large), or a one-line UserError naming it.

    The imports read their files through here: a FIFO, folder or dangling link is refused
    before it is opened (a FIFO would block for ever), a huge file is never read whole."""
    try:
        with regular_input(path).open("rb") as file:
            return file.read(limit + 1)
    except OSError as error:
        raise UserError(MSG_UNREADABLE, file=path.name,
                        reason=error.strerror or str(error)) from None


def workspace_target(path: Path) -> Path:
    """Where a workspace given as *path* really is, existing or about to be created.

    An existing path must be a regular file after resolving links; a link that leads
    nowhere is refused, so a new workspace is never created through it. A path that
    does not exist yet resolves its folder (which may not exist yet either).
    """
    path = Path(path).expanduser()
    if _lexists(path):
        return regular_input(path)
    absolute = path.absolute()
    ancestor = absolute.parent
    while not os.path.lexists(ancestor):
        ancestor = ancestor.parent
    resolve_existing(ancestor)  # a folder link that leads nowhere is refused too
    return Path(os.path.realpath(absolute.parent)) / absolute.name


# ------------------------------------------------------------------- registry

def companions(workspace: Path) -> tuple[Path, ...]:
    """The workspace file and the files SQLite and the lock keep beside it."""
    return (workspace, *(Path(str(workspace) + suffix) for suffix in COMPANION_SUFFIXES))


def protect(workspace: Path) -> None:
    """Mark an opened workspace (its resolved path) and its companions as never a target."""
    with _registry_lock:
        _open_workspaces[workspace] = _open_workspaces.get(workspace, 0) + 1


def unprotect(workspace: Path) -> None:
    """Undo one :func:`protect` (the workspace was closed)."""
    with _registry_lock:
        count = _open_workspaces.get(workspace, 0) - 1
        if count > 0:
            _open_workspaces[workspace] = count
        else:
            _open_workspaces.pop(workspace, None)


def open_workspaces() -> tuple[Path, ...]:
    with _registry_lock:
        return tuple(_open_workspaces)


# --------------------------------------------------------------------- output

def is_workspace_file(path: Path) -> bool:
    """Whether *path* (a regular file) starts like an Insatsplan workspace."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return False
    from insatsplan.workspace.schema import APPLICATION_ID  # only for SQLite files

    return int.from_bytes(header[68:72], "big") == APPLICATION_ID


def is_write_ahead_log(path: Path) -> bool:
    """Whether *path* starts like a SQLite ``-wal``, whatever its name: one moved aside
    as ``…-wal.stray-…`` when a workspace was created holds someone's last commits."""
    try:
        with open(path, "rb") as stream:
            magic = stream.read(4)
    except OSError:
        return False
    return magic in _WAL_MAGIC


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at *path* now, or None when there is none: what
    tells two names of one file apart from two files."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _belongs_to_a_workspace(resolved: Path) -> bool:
    """A companion name (``W-wal``, ``W.lock``…) whose workspace ``W`` exists."""
    for suffix in COMPANION_SUFFIXES:
        if resolved.name.endswith(suffix) and len(resolved.name) > len(suffix):
            base = resolved.with_name(resolved.name[: -len(suffix)])
            try:
                regular = stat.S_ISREG(os.stat(base).st_mode)
            except OSError:
                continue
            if regular and is_workspace_file(base):
                return True
    return False


def safe_output(path: Path) -> Path:
    """The resolved target of an output file; refuses one that would destroy a workspace.

    Refused with :class:`UserError` (nothing written): a workspace open in this process
    or one of its companions, however the path is spelled; any other Insatsplan
    workspace or a companion of one; a folder, pipe, device or socket; a loop of links.
    A target that does not exist yet is fine (also through a link in its folder).
    """
    shown = Path(path).expanduser()
    resolved = Path(os.path.realpath(shown.absolute()))
    try:
        info: os.stat_result | None = os.stat(resolved)
    except FileNotFoundError:
        info = None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UserError(MSG_LOOP, file=str(shown)) from None
        info = None  # e.g. no permission to look: the write itself will say why
    target = None if info is None else (info.st_dev, info.st_ino)
    for workspace in open_workspaces():
        for own in companions(workspace):
            if resolved == own or (target is not None and target == identity(own)):
                raise UserError(MSG_OPEN_WORKSPACE, file=str(shown), workspace=str(workspace))
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise UserError(MSG_IS_FOLDER, file=str(shown))
        if not stat.S_ISREG(info.st_mode):
            raise UserError(MSG_NOT_REGULAR, file=str(shown))
        if is_workspace_file(resolved) or is_write_ahead_log(resolved):
            raise UserError(MSG_A_WORKSPACE, file=str(shown))
    if _belongs_to_a_workspace(resolved):
        raise UserError(MSG_A_WORKSPACE, file=str(shown))
    return resolved
