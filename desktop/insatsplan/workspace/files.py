"""The workspace file on disk: where it lives, whether it is ours, engines, lock, backups.

A file is opened read-only until it is known to be an Insatsplan workspace of a schema
this program understands, so a foreign or damaged file is never changed by looking at it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event

from insatsplan.atomic_files import temporary_path
from insatsplan.errors import (
    QT_TRANSLATE_NOOP,
    DamagedWorkspaceError,
    Finding,
    NewerWorkspaceError,
    ReadOnlyPlaceError,
    UserError,
)
from insatsplan.safe_paths import regular_input, safe_output
from insatsplan.workspace.schema import (
    APPLICATION_ID,
    HEAD_REVISION,
    REVISIONS,
    SQLITE_MAGIC,
    trigger_name,
    triggers_on,
)

APP_NAME = "insatsplan"
SUFFIX = ".insatsplan"
BACKUPS_KEPT = 14


def data_dir() -> Path:
    """The per-user data folder (XDG_DATA_HOME on Linux, AppData on Windows)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_workspace_path() -> Path:
    return data_dir() / f"default{SUFFIX}"


def resolve_workspace_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--workspace`` wins, then ``INSATSPLAN_WORKSPACE``, then the default file."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("INSATSPLAN_WORKSPACE")
    if env:
        return Path(env).expanduser()
    return default_workspace_path()


def _uri(path: Path, mode: str) -> str:
    # The path's bytes, percent-encoded: a name that is not UTF-8 (bytes from another
    # system) is opened as it is, and "?", "#" or "%" in it stay part of the name.
    return f"file:{urllib.parse.quote(os.fsencode(path.absolute()))}?mode={mode}"


def writable_place(path: Path) -> bool:
    """Whether this process may write the workspace *path* and beside it.

    SQLite needs the folder too (for ``-wal``, ``-shm`` or a journal), so a healthy file
    in a read-only folder or on read-only media is only ever read.
    """
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def _read_only_place_uri(path: Path) -> str:
    """The URI's extra parameter for a reader in a read-only place ('' where writable).

    ``immutable=1`` lets SQLite read without creating ``-shm``, but it ignores a
    ``-wal`` beside the file and would silently miss the commits in it: only with no
    ``-wal`` or an empty one; otherwise the person must copy the folder.
    """
    if writable_place(path):
        return ""
    try:
        pending = os.stat(str(path) + "-wal").st_size
    except OSError:
        pending = 0
    if pending:
        raise ReadOnlyPlaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The workspace {path} is in a read-only place and holds changes not yet "
                "merged into it ({wal}); copy the folder to a writable place and open the "
                "copy.",
            ),
            path=str(path),
            wal=str(path) + "-wal",
        )
    return "&immutable=1"


def connect_raw(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode (transactions are explicit)."""
    extra = _read_only_place_uri(path) if readonly else ""
    conn = sqlite3.connect(
        _uri(path, "ro" if readonly else "rwc") + extra,
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=5.0,
    )
    return conn


def damaged(path: Path, detail: object) -> DamagedWorkspaceError:
    return DamagedWorkspaceError(
        QT_TRANSLATE_NOOP("Errors", "The workspace file {path} is damaged ({detail})."),
        path=str(path),
        detail=str(detail),
    )


def not_ours(path: Path) -> DamagedWorkspaceError:
    """A damaged file too, as far as the editor's offer goes: a backup or another file."""
    return DamagedWorkspaceError(
        QT_TRANSLATE_NOOP("Errors", "{path} is not an Insatsplan workspace."), path=str(path)
    )


def _opening_error(path: Path, error: sqlite3.Error) -> UserError:
    """What SQLite's refusal to read the first pages means, by its code: another
    process migrating the file (busy) is not damage, and neither is a failing disk."""
    from insatsplan.workspace.db_errors import user_error_for

    return user_error_for(path, error) or damaged(path, error)


def read_revision(path: Path) -> str:
    """Check that *path* is one of our workspace files and return its schema revision.

    Opens read-only; raises :class:`UserError` for a missing, foreign, damaged or newer
    file. Costs a few SQLite page reads, so it runs on every open.
    """
    if not os.path.lexists(path):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The workspace {path} does not exist."), path=str(path)
        )
    path = regular_input(path)  # a link that leads nowhere, a folder, FIFO or device
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=error.strerror or str(error),
        ) from error
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise not_ours(path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise not_ours(path)
    shortfall = _truncated_by(path, header)
    if shortfall:
        raise damaged(path, f"the file ends {shortfall} bytes before its last page: truncated")
    try:
        conn = connect_raw(path, readonly=True)
    except sqlite3.Error as error:
        raise _opening_error(path, error) from error
    try:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != APPLICATION_ID:
            raise not_ours(path)
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error as error:
        raise _opening_error(path, error) from error
    except UnicodeDecodeError as error:
        raise damaged(path, error) from error
    finally:
        conn.close()
    if len(rows) != 1:
        raise damaged(path, "schema version missing")
    revision = str(rows[0][0])
    if revision not in REVISIONS:
        raise NewerWorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer Insatsplan (schema {found}); "
                "this version reads schema {ours}. Update Insatsplan to open it.",
            ),
            path=str(path),
            found=revision,
            ours=HEAD_REVISION,
        )
    return revision


def _truncated_by(path: Path, header: bytes) -> int:
    """How many bytes *path* lacks of the size its SQLite header states (0: none).

    The header's page count is valid when its "version valid for" number equals the
    change counter; a file cut short (a copy that stopped, a full disk) then shows
    at once, before a writer could put new rows onto pages SQLite cannot see. With a
    non-empty ``-wal`` beside it the main file may lag behind, so nothing is said.
    """
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if pages == 0 or header[24:28] != header[92:96]:
        return 0
    wal = Path(f"{path}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return 0
        return max(0, pages * page_size - path.stat().st_size)
    except OSError:
        return 0


def integrity_problems(conn: sqlite3.Connection) -> list[Finding]:
    """SQLite's integrity and foreign-key checks, as readable lines (empty when sound)."""
    problems: list[Finding] = []
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        # SQLite's own words, kept as they are (on one line).
        problems += [Finding(QT_TRANSLATE_NOOP("Check", "SQLite: {report}"),
                             report=" ".join(str(r[0]).split())) for r in rows]
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(Finding(QT_TRANSLATE_NOOP(
            "Check", "foreign key: {table} row {row} refers to a missing {parent}"),
            table=table, row=rowid, parent=parent))
    # A stored signed PDF is evidence: its bytes must still match the SHA-256 taken when
    # it was attached (schema 0002 on; an older file has no such table yet).
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = 'attachment'").fetchone():
        for attachment_id, plan_id, sha256, content in conn.execute(
                "SELECT id, plan_id, sha256, content FROM attachment"):
            if hashlib.sha256(content).hexdigest() != sha256:
                problems.append(Finding(QT_TRANSLATE_NOOP(
                    "Check", "attachment {id} of plan {plan} does not match its SHA-256"),
                    id=attachment_id, plan=plan_id))
    # The seal lives in triggers: a file whose triggers were dropped is not sound.
    tables = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    present = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    wanted = {trigger_name(statement) for statement in triggers_on(tables)}
    problems += [Finding(QT_TRANSLATE_NOOP("Check", "the seal trigger {name} is missing"),
                         name=name) for name in sorted(wanted - present)]
    return problems


def make_engine(path: Path, *, readonly: bool) -> Engine:
    """A SQLAlchemy engine with our connection rules.

    pysqlite's own transaction handling starts transactions late and never for SELECT;
    we switch it off and begin explicitly (IMMEDIATE for the writer, so a write never
    fails half-way on a lock).
    """

    def creator() -> sqlite3.Connection:
        return connect_raw(path, readonly=readonly)

    # The URL only names the file (connections come from *creator*); built, not parsed,
    # so a "?" in a folder's name is no query string for SQLAlchemy to warn about.
    engine = create_engine(URL.create("sqlite", database=str(path)), creator=creator)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if readonly:
            cursor.execute("PRAGMA query_only = ON")
        else:
            (mode,) = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            if str(mode).lower() != "wal":
                # Network shares cannot hold WAL's shared memory: keep the rollback journal.
                cursor.execute("PRAGMA journal_mode = DELETE")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def backups_dir(path: Path) -> Path:
    """Backups of one workspace, kept apart from other workspaces with the same name."""
    digest = hashlib.sha256(os.fsencode(path.absolute())).hexdigest()[:8]  # any bytes
    return data_dir() / "backups" / f"{path.stem}-{digest}"


def backup_copy(path: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API, written to a temporary file first.

    Never onto a workspace (see :func:`insatsplan.safe_paths.safe_output`); a failure
    (a full disk) leaves no partial copy behind.
    """
    target = safe_output(Path(target))  # links followed: the copy lands where they lead
    target.parent.mkdir(parents=True, exist_ok=True)
    # A fresh name: a file that happens to be called "<target>.part" is not ours to delete.
    partial = temporary_path(target, ".part", room_for="-journal")
    try:
        source = connect_raw(path, readonly=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        if partial.stat().st_size == 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(partial))
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, Path(str(partial) + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    return target


def daily_backup(path: Path, today: dt.date | None = None) -> Path | None:
    """Today's backup of *path* unless one exists; keeps the newest :data:`BACKUPS_KEPT`."""
    folder = backups_dir(path)
    day = (today or dt.date.today()).isoformat()
    target = folder / f"{day}{SUFFIX}"
    if target.exists():
        return None
    backup_copy(path, target)
    daily = sorted(p for p in folder.glob(f"????-??-??{SUFFIX}"))
    for old in daily[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def latest_backup(path: Path) -> Path | None:
    folder = backups_dir(path)
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime)
    return candidates[-1] if candidates else None
