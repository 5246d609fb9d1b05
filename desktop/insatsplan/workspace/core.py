"""The Workspace: one open workspace file and the one API every change goes through.

Each public method that changes something is a named operation in one transaction,
logged in ``operation_log``; the UI's undo commands and the CLI call the same methods.
After a commit the workspace tells its listeners precisely what changed (plain
callbacks, no Qt), so a tree view can insert or update rows instead of resetting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import logging
import os
import sqlite3
import uuid as uuidlib
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from filelock import FileLock, Timeout
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import Session, sessionmaker

from insatsplan import safe_paths
from insatsplan.errors import (
    QT_TRANSLATE_NOOP,
    ReadOnlyPlaceError,
    UserError,
    UserMessage,
    WorkspaceLockedError,
)
from insatsplan.model import (
    Audited,
    Base,
    Node,
    OperationLog,
    Organisation,
    Plan,
)
from insatsplan.workspace import db_errors, files
from insatsplan.workspace.schema import APPLICATION_ID, HEAD_REVISION, trigger_statements

DEFAULT_ORGANISATIONS = (
    ("AMF", "Arbetsmarknadsförvaltningen"),
    ("SFF", "Skol- och fritidsförvaltningen"),
    ("SOF", "Socialförvaltningen"),
    ("VOF", "Vård- och omsorgsförvaltningen"),
)

_log = logging.getLogger(__name__)

# A warning from the ORM (a row id handed out twice by a damaged table, say) must stop
# the transaction, not scroll past on stderr: it is raised, rolled back and explained
# (db_errors). Installed once for the process; catch_warnings per operation would change
# the process-wide filters from every thread that writes.
warnings.filterwarnings("error", category=SAWarning)



@dataclass(frozen=True)
class Change:
    """What one committed operation changed, for views that mirror the workspace.

    ``kind`` is one of ``plans`` (list or fields of plans), ``nodes_inserted``,
    ``nodes_removed``, ``node_moved``, ``nodes_changed``, ``follow_up`` (measurements,
    evaluations), ``organisations``.
    """

    kind: str
    plan_id: int | None = None
    parent_id: int | None = None
    node_ids: tuple[int, ...] = ()
    old_parent_id: int | None = None
    series_ids: tuple[int, ...] = ()
    plan_ids: tuple[int, ...] = ()


Listener = Callable[[Change], None]


@dataclass
class _Pending:
    changes: list[Change] = field(default_factory=list)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a container or a service account
        return "okänd"


def new_uuid() -> str:
    return str(uuidlib.uuid4())


class WorkspaceBase:
    """An open workspace file: opening, locking, transactions, notifications."""

    def __init__(
        self, path: Path, engine: Engine, *, readonly: bool, lock: FileLock | None
    ) -> None:
        self.path = path
        self.readonly = readonly
        self.user = current_user()
        self._engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Listener] = []
        self._pending = _Pending()
        event.listen(self._sessions, "before_flush", self._stamp)
        # What a person should hear about that is no failure; the CLI prints each as it
        # comes (through on_notice), the editor shows them after opening.
        self.notices: list[UserMessage] = []
        self.on_notice: Callable[[UserMessage], None] | None = None
        # The file and lock this writer opened, so it stops writing when either changes.
        self._file_identity = safe_paths.identity(path)
        self._lock_identity: tuple[int, int] | None = None
        self._protected = True
        safe_paths.protect(path)

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Self:
        """Open (a writer creates a missing file) after checking the file is ours.

        Links are resolved first: the workspace is the file they lead to, its lock sits
        beside that file, and a link that leads nowhere is refused rather than replaced by
        a new file. Raises :class:`UserError` for a foreign, damaged, newer, non-regular or
        (for a reader) missing or outdated file, :class:`ReadOnlyPlaceError` for a writer
        in a read-only place, and :class:`WorkspaceLockedError` when another writer has it.
        """
        path = safe_paths.workspace_target(Path(path))  # links resolved; never through one
        notices: list[UserMessage] = []
        lock: FileLock | None = None
        held: list[tuple[int, int]] = []
        if not readonly and path.is_file() and not files.writable_place(path):
            raise ReadOnlyPlaceError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The workspace {path} is in a read-only folder or on read-only media; "
                    "it can be opened for reading only.",
                ),
                path=str(path),
            )
        if not readonly:
            if not path.exists():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as error:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Errors", "Cannot create {path}: {reason}"),
                        path=str(path),
                        reason=error.strerror or str(error),
                    ) from error
            lock = FileLock(str(path) + ".lock", timeout=0,
                            on_acquired=lambda fd: held.append(_fd_identity(fd)))
            try:
                lock.acquire()
            except Timeout as error:
                raise WorkspaceLockedError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The workspace {path} is open in another window or process.",
                    ),
                    path=str(path),
                ) from error
            except OSError as error:
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "Cannot lock {path}: {reason}"),
                    path=str(path),
                    reason=error.strerror or str(error),
                ) from error
        try:
            if not path.exists() and not readonly:
                notices += _created(path)
            revision = files.read_revision(path)
            if revision != HEAD_REVISION:
                if readonly:
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The workspace {path} uses an older schema ({found}); "
                            "open it once with the editor or a writing command to upgrade it.",
                        ),
                        path=str(path),
                        found=revision,
                    )
                _upgrade_file(path, revision)
            engine = files.make_engine(path, readonly=readonly)
            workspace = cls(path, engine, readonly=readonly, lock=lock)
            if lock is not None:
                # filelock hands over the descriptor it locked; without (a soft lock on a
                # share without flock) the file as it is now is the best we know.
                workspace._lock_identity = held[-1] if held else safe_paths.identity(
                    Path(lock.lock_file))
            workspace.notices += notices
            return workspace
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def close(self) -> None:
        self._engine.dispose()
        if self._protected:
            safe_paths.unprotect(self.path)
            self._protected = False
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def daily_backup(self) -> Path | None:
        """Today's rotating backup (the editor calls it once its tree is ready).

        The work it follows is committed already: a backup that cannot be written (a
        full disk) is a notice, not a failure, and leaves no partial copy.
        """
        try:
            return files.daily_backup(self.path)
        except (OSError, sqlite3.Error, UserError) as error:
            _log.info("daily backup of %s failed: %s", self.path, error)  # told below
            # A UserError stays itself, so the notice translates it with the rest.
            reason: object = (error if isinstance(error, UserError)
                              else getattr(error, "strerror", None) or str(error))
            self.tell(UserMessage(
                QT_TRANSLATE_NOOP("Errors", "The change was saved, but today's backup of "
                                  "{path} could not be written: {reason}"),
                path=str(self.path), reason=reason))
            return None

    def tell(self, notice: UserMessage) -> None:
        """Keep *notice* for the person and pass it on to whoever shows notices now."""
        self.notices.append(notice)
        if self.on_notice is not None:
            self.on_notice(notice)

    def _check_still_ours(self) -> None:
        """Refuse to write unless the lock and the file are still the ones opened.

        A lock file deleted while held lets another process take a new one; a workspace
        file replaced or moved away means our commits would go into a file no one sees.
        """
        if self._lock is not None and self._lock_identity is not None:
            lock_file = Path(self._lock.lock_file)
            if safe_paths.identity(lock_file) != self._lock_identity:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The lock file {lock} was removed or replaced while the workspace "
                        "was open, so another program may be writing too; nothing more is "
                        "written. Close the workspace and open it again.",
                    ),
                    lock=str(lock_file),
                )
        if safe_paths.identity(self.path) != self._file_identity:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The workspace file {path} was replaced, moved or removed while it was "
                    "open; nothing more is written. Open it again.",
                ),
                path=str(self.path),
            )

    # ---------------------------------------------------------------- listening

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        self._pending.changes.append(change)

    # ------------------------------------------------------------- transactions

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; objects stay usable (detached) after it closes."""
        with self._sessions() as session, _translated_errors(self.path):
            yield session

    @contextmanager
    def operation(
        self, name: str, plan: Plan | None = None, node_uuids: Sequence[str] = ()
    ) -> Iterator[Session]:
        """One named operation: one transaction, one log row, then notifications.

        The log row's plan and nodes may also be filled in by the operation through
        :meth:`log_nodes` once it knows them.
        """
        if self.readonly:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The workspace {path} is open read-only."),
                path=str(self.path),
            )
        self._check_still_ours()
        self._pending = _Pending()
        log = OperationLog(
            at=_now(),
            user=self.user,
            operation=name,
            plan_uuid=plan.uuid if plan is not None else None,
            node_uuids=list(node_uuids),
        )
        with _translated_errors(self.path), self._sessions.begin() as session:
            session.info["log"] = log
            yield session
            session.add(log)
        changes, self._pending = self._pending.changes, _Pending()
        for change in changes:
            for listener in list(self._listeners):
                # The change is committed: one view failing to follow it must neither
                # keep the others from hearing of it nor make it look refused.
                try:
                    listener(change)
                except Exception:
                    _log.exception("a listener failed on %s", change)

    @staticmethod
    def log_nodes(session: Session, plan_uuid: str | None, node_uuids: Sequence[str]) -> None:
        log: OperationLog = session.info["log"]
        if plan_uuid is not None:
            log.plan_uuid = plan_uuid
        log.node_uuids = [*log.node_uuids, *node_uuids]

    def _stamp(self, session: Session, _context: Any, _instances: Any) -> None:
        now = _now()
        new = session.new  # a new set at every access: asked once, not once per object
        for obj in (*new, *session.dirty):
            if isinstance(obj, Audited) and (obj in new or session.is_modified(obj)):
                obj.changed_at = now
                obj.changed_by = self.user

    def engine(self) -> Engine:
        return self._engine


def _fd_identity(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_dev, info.st_ino


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@contextmanager
def _translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's refusals and stored values of the wrong kind into messages for
    people (:func:`db_errors.explain`); anything else is a bug and travels on as it is."""
    try:
        yield
    except Exception as error:
        explained = db_errors.explain(path, error)
        if explained is None or explained is error:
            raise
        raise explained from error


def _move_strays(path: Path, partial: Path) -> list[UserMessage]:
    """Move aside the ``-wal``/``-shm``/``-journal`` an earlier file left at these names.

    SQLite would replay a stray ``-wal`` into the new file (a crash, then the old file
    moved away) and make it "malformed". Renamed, not deleted: they may hold someone's
    last commits. Called with the lock held, so no live writer owns them.
    """
    stamp = f"{_now():%Y%m%dT%H%M%S}"
    moved: list[str] = []
    # The temporary new file's name too: whatever is there (a crash's half-made file, a
    # folder, a pipe, someone's own file) is not ours to delete or to open.
    candidates = [partial, *(Path(str(base) + suffix) for base in (path, partial)
                             for suffix in ("-wal", "-shm", "-journal"))]
    for stray in candidates:
        if not os.path.lexists(stray):
            continue
        aside = stray.with_name(f"{stray.name}.stray-{stamp}")
        try:
            os.replace(stray, aside)
        except OSError as error:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Cannot move the left-over file {file} "
                                  "aside: {reason}"),
                file=str(stray), reason=error.strerror or str(error)) from error
        moved.append(aside.name)
    if not moved:
        return []
    return [UserMessage(
        QT_TRANSLATE_NOOP("Errors", "Left-over files of an earlier workspace at {path} were "
                          "moved aside, not used: {files}"),
        path=str(path), files=", ".join(moved))]


def _created(path: Path) -> list[UserMessage]:
    """:func:`_create_file`, its failures (a full disk, a folder that refuses) told as
    messages for people: the editor shows a bug report for anything else."""
    try:
        with _translated_errors(path):
            return _create_file(path)
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create {path}: {reason}"),
            path=str(path), reason=error.strerror or str(error)) from error


def _create_file(path: Path) -> list[UserMessage]:
    """A new workspace: the current schema, our application id, triggers, organisations.

    Built without Alembic (its import is slow); a test checks the result equals what
    the migrations produce. Returns the notices for the person (strays moved aside).
    """
    partial = path.with_name(path.name + ".new")
    notices = _move_strays(path, partial)
    try:
        _build_file(partial)
        os.replace(partial, path)
    except BaseException:
        # Made in this run and unfinished (a full disk): removed, so the next attempt
        # finds no "left-over files of an earlier workspace".
        for made in (partial, *(Path(str(partial) + s) for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                made.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    return notices


def _build_file(partial: Path) -> None:
    """Fill the new file *partial* (see :func:`_create_file`)."""
    raw = files.connect_raw(partial, readonly=False)
    try:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode = DELETE")
    finally:
        raw.close()
    engine = files.make_engine(partial, readonly=False)
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            connection.execute(
                text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                     "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
            )
            connection.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                {"v": HEAD_REVISION},
            )
            for statement in trigger_statements():
                connection.exec_driver_sql(statement)
        user = current_user()
        with Session(engine) as session, session.begin():
            for position, (code, name) in enumerate(DEFAULT_ORGANISATIONS):
                session.add(
                    Organisation(
                        code=code, name=name, position=position,
                        changed_at=_now(), changed_by=user,
                    )
                )
    finally:
        engine.dispose()


def _upgrade_file(path: Path, revision: str, script_location: Path | None = None) -> Path:
    """Back the file up, then migrate it; returns the backup's path."""
    stamp = f"{_now():%Y%m%dT%H%M%S}"
    backup = files.backups_dir(path) / f"before-upgrade-from-{revision}-{stamp}{files.SUFFIX}"
    try:
        files.backup_copy(path, backup)
    except (OSError, sqlite3.Error) as error:  # the backups' disk is full, say
        reason = getattr(error, "strerror", None) or str(error)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The workspace {path} needs an upgrade, and the backup taken "
                "before it could not be written to {folder}: {reason}. Nothing was changed."),
            path=str(path), folder=str(backup.parent), reason=reason) from error
    from insatsplan.workspace import migrate  # Alembic only when an upgrade is due

    if script_location is None:
        migrate.upgrade(path)
    else:
        migrate.upgrade(path, script_location=script_location)
    return backup


def plan_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Plan)) or 0)


def node_count(session: Session, plan_id: int) -> int:
    return int(
        session.scalar(select(func.count()).select_from(Node).where(Node.plan_id == plan_id)) or 0
    )
