"""The Workspace: one open workspace file and the one API every change goes through.

Each public method that changes something is a named operation in one transaction,
logged in ``operation_log``; the UI's undo commands and the CLI call the same methods.
After a commit the workspace tells its listeners precisely what changed (plain
callbacks, no Qt), so a tree view can insert or update rows instead of resetting.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import uuid as uuidlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from filelock import FileLock, Timeout
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError, WorkspaceLockedError
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

SEALED_MESSAGE = db_errors.SEALED_MESSAGE


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

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Self:
        """Open (a writer creates a missing file) after checking the file is ours.

        Raises :class:`UserError` for a foreign, damaged, newer or (for a reader) missing
        or outdated file, and :class:`WorkspaceLockedError` when another writer has it.
        """
        path = Path(path)
        lock: FileLock | None = None
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
            lock = FileLock(str(path) + ".lock", timeout=0)
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
                _create_file(path)
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
            return cls(path, engine, readonly=readonly, lock=lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def close(self) -> None:
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def daily_backup(self) -> Path | None:
        """Today's rotating backup (the editor calls it once its tree is ready)."""
        return files.daily_backup(self.path)

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
        for obj in (*session.new, *session.dirty):
            if isinstance(obj, Audited) and (obj in session.new or session.is_modified(obj)):
                obj.changed_at = now
                obj.changed_by = self.user

    def engine(self) -> Engine:
        return self._engine


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


def _create_file(path: Path) -> None:
    """A new workspace: the current schema, our application id, triggers, organisations.

    Built without Alembic (its import is slow); a test checks the result equals what
    the migrations produce.
    """
    partial = path.with_name(path.name + ".new")
    partial.unlink(missing_ok=True)
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
    os.replace(partial, path)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)


def _upgrade_file(path: Path, revision: str, script_location: Path | None = None) -> Path:
    """Back the file up, then migrate it; returns the backup's path."""
    stamp = f"{_now():%Y%m%dT%H%M%S}"
    backup = files.backups_dir(path) / f"before-upgrade-from-{revision}-{stamp}{files.SUFFIX}"
    files.backup_copy(path, backup)
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
