"""Upgrade a workspace file's schema with Alembic, safely for SQLite.

Alembic's batch mode rebuilds a SQLite table by creating a copy and dropping the old one;
with foreign keys on, that DROP cascades and silently deletes child rows (a batch change on
``plan`` would delete every ``node``). So migrations run with foreign keys off and the
seal triggers dropped, ``PRAGMA foreign_key_check`` must pass before commit, and the
triggers are re-created afterwards — all in one transaction.

This module is imported only when an upgrade is due: Alembic is slow to import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, create_engine, event, select, update
from sqlalchemy.pool import NullPool

from insatsplan.workspace.files import connect_raw, damaged
from insatsplan.workspace.schema import HEAD_REVISION, trigger_names, triggers_on

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def script_revisions(script_location: Path = MIGRATIONS_DIR) -> list[str]:
    """Revisions of the migration scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(script_location))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def fingerprint_sent_plans(connection: Connection) -> None:
    """Give every plan sent for signature before schema 0004 the fingerprint of its content.

    Before 0004 only signing stored a fingerprint, so a plan out for signature had none
    for ``check`` to compare with and would show as a broken seal after the upgrade.
    Its content was frozen by the triggers since it was sent, so the content now is
    what was sent. Written with Core, so the rows' audit columns stay as they were.
    """
    from sqlalchemy.orm import Session

    from insatsplan.model import Plan
    from insatsplan.workspace.verify import content_fingerprint

    with Session(bind=connection) as session:
        for plan in session.scalars(select(Plan).where(Plan.status == "sent",
                                                       Plan.fingerprint.is_(None))):
            connection.execute(update(Plan).where(Plan.id == plan.id)
                               .values(fingerprint=content_fingerprint(session, plan)))


def upgrade(path: Path, target: str = "head", script_location: Path = MIGRATIONS_DIR) -> None:
    """Bring the workspace at *path* to *target*; all or nothing."""
    engine = create_engine(
        URL.create("sqlite", database=str(path)),  # built, not parsed: "?" in a folder name
        creator=lambda: connect_raw(path, readonly=False),
        poolclass=NullPool,
    )

    @event.listens_for(engine, "connect")
    def _foreign_keys_off(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as connection, connection.begin():
            for name in trigger_names():
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            config = alembic_config(script_location)
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise damaged(path, f"migration would break {len(broken)} references")
            tables = {name for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            (reached,) = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").one()
            if reached == HEAD_REVISION:
                fingerprint_sent_plans(connection)
            for statement in triggers_on(tables):
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
