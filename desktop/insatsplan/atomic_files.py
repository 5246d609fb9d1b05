"""Write a user's file atomically: a temporary file in the target folder, then replace.

Every writer of files a person chooses (exchange JSON, the Word export, the signed PDF)
goes through here, so they all fail the same clear way: a crash or a full disk leaves
either the old file or the new one, never half of either, and a read-only target is
refused even where the folder would allow replacing it, because the person marked it
read-only to keep it. Every target passes :func:`insatsplan.safe_paths.safe_output`
first and again just before the rename, so no export ever lands on a workspace, its
``-wal``/``-shm``/lock, a folder, FIFO or device. Standard library only: the first
Word export in a running editor should not pay for anything else.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Final

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.safe_paths import safe_output

MSG_NO_FOLDER: Final = QT_TRANSLATE_NOOP(
    "Errors", "The folder {folder} does not exist; choose an existing folder."
)
MSG_IS_FOLDER: Final = QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file.")
MSG_READ_ONLY: Final = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} is read-only; it was left unchanged."
)
MSG_NOT_WRITTEN: Final = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} could not be written: {reason}. Any earlier file is unchanged."
)


def output_path(path: Path) -> Path:
    """Where an output given as *path* really lands: every link resolved.

    A file is written where a link leads, as a shell's ``>`` would; replacing the link
    itself with a new file would leave the file it leads to unchanged and the link gone.
    Refuses what :func:`insatsplan.safe_paths.safe_output` refuses (a workspace, its
    companions, a folder, pipe or device, a loop of links).
    """
    return safe_output(Path(path))


def serialized(write: Callable[[IO[bytes]], None]) -> bytes:
    """What *write* writes, collected in memory.

    A library writer (python-docx's zip) then never meets a full disk half-way: a zip
    left open on a failed write would try again in its destructor and print a traceback
    ("Exception ignored in ZipFile.__del__") after our one-line message.
    """
    buffer = io.BytesIO()
    write(buffer)
    return buffer.getvalue()


def check_target(path: Path) -> int | None:
    """Refuse a target that cannot be replaced; return its permission bits if it exists.

    Called before any work is done, so a read-only target is reported at once rather
    than after a LibreOffice run. A read-only file is refused even where the folder would
    allow replacing it: the person marked it read-only to keep it.
    """
    folder = path.parent
    if not folder.is_dir():
        raise UserError(MSG_NO_FOLDER, folder=str(folder))
    safe_output(path)  # never a workspace, its companions, a pipe or a device
    try:
        current = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise UserError(MSG_NOT_WRITTEN, file=str(path), reason=error.strerror or error) from None
    if stat.S_ISDIR(current.st_mode):
        raise UserError(MSG_IS_FOLDER, file=str(path))
    if not current.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise UserError(MSG_READ_ONLY, file=str(path))
    return stat.S_IMODE(current.st_mode)


NAME_MAX: Final = 255
"""The longest file name (in bytes) the usual file systems allow."""


def temporary_path(path: Path, suffix: str = ".tmp", *, room_for: str = "") -> Path:
    """A fresh hidden name beside *path*: same folder, so the final rename stays on one disk.

    Never longer than :data:`NAME_MAX` bytes: a target whose own name is allowed must not
    be refused because its temporary name is not (*path*'s name is shortened to fit).
    *room_for* is a suffix another program adds to the temporary name (SQLite's
    ``-journal``), which must fit too.
    """
    tail = f".{secrets.token_hex(6)}{suffix}"
    room = NAME_MAX - 1 - len(os.fsencode(tail + room_for))
    stem = path.name
    while len(os.fsencode(stem)) > room:  # by characters, so none is cut in two
        stem = stem[:-1]
    return path.parent / f".{stem}{tail}"


def remove_quietly(path: Path) -> None:
    """Remove a temporary file; a failure to clean up must not hide the real error."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def replace(temporary: Path, path: Path, mode: int | None) -> None:
    """Move a finished *temporary* over *path*, keeping an existing file's permissions.

    On Windows a target open in Word cannot be replaced (PermissionError); that, like any
    OS failure, becomes one clear message and the old file stays as it was.
    """
    try:
        safe_output(path)  # again at the last moment: the target may have changed since
    except UserError:
        remove_quietly(temporary)
        raise
    try:
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        remove_quietly(temporary)
        raise UserError(MSG_NOT_WRITTEN, file=str(path), reason=error.strerror or error) from None
    _sync_folder(path.parent)


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write *data* to *path* atomically (see :func:`write_atomically`)."""
    def write(stream: IO[bytes]) -> None:
        stream.write(data)

    return write_atomically(path, write)


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Let *write* fill a temporary file beside *path*, then replace *path* with it.

    A crash, a full disk or an exception inside *write* leaves the old file byte for byte
    as it was and no temporary file behind. A link at *path* is followed: the file it
    leads to is replaced, the link stays.
    """
    path = output_path(path)
    mode = check_target(path)
    temporary = temporary_path(path)
    try:
        data = serialized(write)  # the writer never meets the disk (see serialized)
        with _exclusive(temporary) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        remove_quietly(temporary)
        raise UserError(MSG_NOT_WRITTEN, file=str(path), reason=error.strerror or error) from None
    except BaseException:
        remove_quietly(temporary)
        raise
    replace(temporary, path, mode)
    return path


@contextlib.contextmanager
def _exclusive(temporary: Path) -> Iterator[IO[bytes]]:
    """A new file that did not exist before (O_EXCL), permissions left to the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(temporary, flags, 0o666)
    with os.fdopen(handle, "wb") as stream:
        yield stream


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows (POSIX; not Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
