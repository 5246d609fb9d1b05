"""Migrations: shipped scripts match the model, and a table rebuild loses nothing."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import URL, create_engine

from insatsplan.fingerprint import grouped
from insatsplan.model import Base
from insatsplan.workspace import Workspace, files
from insatsplan.workspace import migrate as migrate_module
from insatsplan.workspace.core import _upgrade_file
from insatsplan.workspace.schema import HEAD_REVISION, REVISIONS, trigger_names, triggers_on

REBUILD_PLAN = textwrap.dedent('''
    """Test only: rebuild the plan table, as a batch migration on SQLite does."""
    import sqlalchemy as sa
    from alembic import op

    revision = "zz01"
    down_revision = "{head}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        with op.batch_alter_table("plan", recreate="always") as batch:
            batch.add_column(sa.Column("note", sa.Text(), nullable=True))


    def downgrade() -> None:
        with op.batch_alter_table("plan", recreate="always") as batch:
            batch.drop_column("note")
''')


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("plan", "node", "indicator", "evaluation", "plan_party",
                              "signatory", "measurement")}
    finally:
        conn.close()


def filled(path: Path) -> None:
    with Workspace.open(path) as ws:
        p = ws.create_plan(title="Plan", year_from=2025)
        ws.set_parties(p, ["AMF", "SOF"])
        ws.set_signatories(p, [{"name": "A", "title": "B", "organisation_code": "AMF"}])
        fa = ws.add_node(p, None, "focus_area", "Fokus")
        t = ws.add_node(p, fa, "topic", "Ämne")
        ws.add_node(p, t, "goal", "Mål", horizon="short")
        i = ws.add_node(p, t, "indicator", "Antal", horizon="long")
        ws.set_evaluation(t, "2025", status="done", text="Klart")
        with ws.reading() as session:
            from insatsplan.model import Indicator

            series_id = session.get(Indicator, i).series_id
        ws.set_measurement(series_id, "2024", "3")
        ws.set_plan_status(p, "signed")
        ws.create_plan(title="Utkast", year_from=2026)


def scripts_with_rebuild(tmp_path: Path) -> Path:
    location = tmp_path / "migrations"
    shutil.copytree(migrate_module.MIGRATIONS_DIR, location,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "zz01_rebuild_plan.py").write_text(
        REBUILD_PLAN.replace("{head}", HEAD_REVISION))
    return location


def test_known_revisions_match_the_shipped_scripts() -> None:
    assert migrate_module.script_revisions() == list(REVISIONS)


def test_migrations_build_the_same_schema_as_the_model(tmp_path: Path) -> None:
    path = tmp_path / "migrated.db"
    sqlite3.connect(path).close()
    migrate_module.upgrade(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_rebuilding_a_parent_table_keeps_children_and_triggers(tmp_path: Path) -> None:
    path = tmp_path / "w.insatsplan"
    filled(path)
    before = counts(path)
    assert before["node"] == 4
    backup = _upgrade_file(path, HEAD_REVISION, scripts_with_rebuild(tmp_path))
    assert counts(path) == before
    assert counts(backup) == before
    conn = sqlite3.connect(path)
    try:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                               "WHERE type = 'trigger'")}
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "zz01"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        columns = [r[1] for r in conn.execute("PRAGMA table_info(plan)")]
    finally:
        conn.close()
    assert "note" in columns
    assert triggers == set(trigger_names())


def test_the_same_rebuild_with_foreign_keys_on_would_lose_the_tree(tmp_path: Path) -> None:
    """The hazard the runner guards against, shown on a copy: a naive run deletes nodes."""
    from alembic import command

    path = tmp_path / "naive.insatsplan"
    filled(path)
    conn = sqlite3.connect(path)
    for name in trigger_names():  # let the naive run get as far as the DROP TABLE
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    conn.commit()
    conn.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        connection.commit()
        config = migrate_module.alembic_config(scripts_with_rebuild(tmp_path))
        config.attributes["connection"] = connection
        with connection.begin():
            command.upgrade(config, "head")
    engine.dispose()
    assert counts(path)["node"] == 0


def sqlite_schema(path: Path) -> dict[str, list[str]]:
    """Tables, indexes and triggers by name, with a table's columns.

    Names and columns rather than SQL text: a workspace made by ``create_all`` and one
    made by the migrations list their constraints in a different order.
    """
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute("SELECT type, name FROM sqlite_master WHERE sql IS NOT NULL "
                               "AND name NOT LIKE 'sqlite_%'").fetchall()
        return {name: [str(r[1:]) for r in conn.execute(f"PRAGMA table_info('{name}')")]
                if kind == "table" else [] for kind, name in objects}
    finally:
        conn.close()


def as_revision_0001(path: Path, revision: str = "0001", *old_rows: str) -> None:
    """Take a filled current workspace back to schema 0001 with the shipped downgrade.

    (Or to another *revision*, running *old_rows* there: SQL that makes the rows what
    that revision's program wrote.)

    Data written by today's operations, schema exactly as 0001 left it (checked against
    a fresh 0001 build below), so the upgrade test starts from a realistic old file.
    """
    from alembic import command

    engine = create_engine(URL.create("sqlite", database=str(path)))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        # As the upgrade runner does: a seal trigger naming a column (plan.source_*)
        # would make SQLite refuse the downgrade's DROP COLUMN.
        for name in trigger_names():
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        connection.commit()
        config = migrate_module.alembic_config()
        config.attributes["connection"] = connection
        with connection.begin():
            command.downgrade(config, revision)
            for statement in old_rows:
                connection.exec_driver_sql(statement)
            tables = {name for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            for statement in triggers_on(tables):
                connection.exec_driver_sql(statement)
    engine.dispose()


def test_upgrading_a_0001_file_keeps_rows_and_triggers(tmp_path: Path,
                                                       make_pdf: Callable[..., Path]) -> None:
    path = tmp_path / "old.insatsplan"
    filled(path)
    before = counts(path)
    as_revision_0001(path)
    fresh = tmp_path / "fresh-0001.db"
    sqlite3.connect(fresh).close()
    migrate_module.upgrade(fresh, target="0001")
    assert sqlite_schema(path) == sqlite_schema(fresh)  # a true 0001 file
    assert "attachment" not in sqlite_schema(path)

    with Workspace.open(path) as ws:  # upgrades, after a backup
        signed = next(p for p in ws.plans() if p.status == "signed")
        pdf = make_pdf("signed.pdf", [f"Dokument-ID\n{grouped(signed.fingerprint or '')}"])
        ws.attach_signed_pdf(signed.id, pdf)
        assert ws.signed_pdf(signed.id) is not None
    assert counts(path) == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            HEAD_REVISION
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                               "WHERE type = 'trigger'")}
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            conn.execute("UPDATE node SET title = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="sealed"):
            conn.execute("DELETE FROM attachment")
    finally:
        conn.close()
    assert triggers == set(trigger_names())
    backups = list(files.backups_dir(path).glob("before-upgrade-from-0001-*"))
    assert len(backups) == 1 and counts(backups[0]) == before


def test_an_upgraded_file_passes_check(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """check compares tables, columns and trigger text with the head revision: what the
    migrations produce must pass as a new file does."""
    from insatsplan.cli import main

    path = tmp_path / "old.insatsplan"
    filled(path)
    as_revision_0001(path)
    assert main(["--workspace", str(path), "check"]) == 2  # older schema: named as such
    assert "schema 0001" in capsys.readouterr().err
    Workspace.open(path).close()  # a writer upgrades
    assert main(["--workspace", str(path), "check"]) == 0, capsys.readouterr().err


def test_a_plan_sent_before_0004_gets_its_fingerprint_on_upgrade(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before 0004 sending stored no fingerprint; the upgrade gives it the content's, so
    a plan out for signature is not shown as a broken seal afterwards."""
    from insatsplan.cli import main

    path = tmp_path / "old.insatsplan"
    filled(path)
    with Workspace.open(path) as ws:
        sent = ws.create_plan(title="Skickad", year_from=2026)
        ws.set_signatories(sent, [{"name": "A", "title": "B", "organisation_code": "AMF"}])
        ws.add_node(sent, None, "focus_area", "Fokus")
        ws.set_plan_status(sent, "sent")
        expected = ws.plan(sent).fingerprint
    assert expected is not None
    as_revision_0001(path, "0003", "UPDATE plan SET fingerprint = NULL WHERE status = 'sent'")
    Workspace.open(path).close()  # a writer upgrades
    conn = sqlite3.connect(path)
    try:
        stored = conn.execute("SELECT fingerprint FROM plan WHERE id = ?", (sent,)).fetchone()
    finally:
        conn.close()
    assert stored == (expected,)
    assert main(["--workspace", str(path), "check"]) == 0, capsys.readouterr().err


def test_a_workspace_in_a_folder_with_a_question_mark_upgrades(tmp_path: Path) -> None:
    """The upgrade's engine names the file as the workspace's does: a "?" in a folder's
    name is no query string (SQLAlchemy's warnings are errors in this suite)."""
    folder = tmp_path / "planer?2025"
    folder.mkdir()
    path = folder / "old.insatsplan"
    filled(path)
    as_revision_0001(path, "0003")
    Workspace.open(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
    finally:
        conn.close()
