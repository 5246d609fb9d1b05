"""Facts about the workspace file's schema that are known without importing Alembic.

Opening a workspace must not pay for Alembic's import: the revision is read with plain
SQL and compared with :data:`HEAD_REVISION`; Alembic is imported only to upgrade.
A test checks that :data:`REVISIONS` matches the shipped migration scripts.
"""

from __future__ import annotations

from typing import Final

# Oldest first; the last one is what this version of the program writes.
REVISIONS: Final = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION: Final = REVISIONS[-1]

# SQLite's header field for "which program's file is this": "IPS1".
APPLICATION_ID: Final = 0x49505331
SQLITE_MAGIC: Final = b"SQLite format 3\x00"

SEALED_TABLE_TRIGGERS: Final = ("node", "indicator", "plan_party", "signatory")

# What the attachment trigger raises when a file is attached to a plan not signed.
UNSIGNED_ATTACHMENT_MESSAGE: Final = "insatsplan: attachments belong to signed plans"

# Plan columns that are content or identity: frozen while a plan is sent for signature or
# signed (a changed id or UUID would detach the plan from its rows, its PDF and its copies;
# the provenance of a draft imported from a broken seal is part of what was sent).
PLAN_CONTENT_COLUMNS: Final = (
    "id",
    "uuid",
    "title",
    "subtitle",
    "year_from",
    "year_to",
    "kind",
    "preamble",
    "basis",
    "coordinator",
    "reporting_deadline",
    "origin_plan_id",
    "source_plan_uuid",
    "source_fingerprint",
)

# Keys by which a row can be named in an INSERT OR REPLACE / UPDATE OR REPLACE: SQLite's
# REPLACE removes a conflicting row without firing DELETE triggers, so every way to
# collide with a sealed row must be refused before the write.
_KEYS: Final = {
    "plan": (("id",), ("uuid",)),
    "node": (("id",), ("plan_id", "uuid")),
    "indicator": (("node_id",),),
    "plan_party": (("id",),),
    "signatory": (("id",),),
    "attachment": (("id",), ("plan_id", "kind")),
    "series": (("id",), ("uuid",)),
}
_SEALED: Final = "('sent', 'signed')"
# What every seal trigger raises; the workspace recognises its refusals by this text.
SEALED_MESSAGE: Final = "insatsplan: plan is sealed"
_RAISE: Final = f"BEGIN SELECT RAISE(ABORT, '{SEALED_MESSAGE}'); END"


def _plan_of(table: str, row: str) -> str:
    """SQL giving the plan status for a row of *table* (``NEW`` or ``OLD``)."""
    if table == "indicator":
        return (
            f"(SELECT plan.status FROM node JOIN plan ON plan.id = node.plan_id "
            f"WHERE node.id = {row}.node_id)"
        )
    return f"(SELECT status FROM plan WHERE id = {row}.plan_id)"


def _held_status(table: str) -> str:
    """SQL giving the plan status of the row ``held`` of *table*."""
    if table == "plan":
        return "held.status"
    if table == "indicator":
        return ("(SELECT plan.status FROM node JOIN plan ON plan.id = node.plan_id "
                "WHERE node.id = held.node_id)")
    if table == "series":
        # A series is sealed when any sent or signed plan measures it: its name and
        # unit are part of that plan's fingerprint.
        return ("(SELECT MAX(plan.status = 'signed' OR plan.status = 'sent') FROM indicator "
                "JOIN node ON node.id = indicator.node_id JOIN plan ON plan.id = node.plan_id "
                "WHERE indicator.series_id = held.id)")
    return "(SELECT status FROM plan WHERE id = held.plan_id)"


def _sealed_test(table: str) -> str:
    status = _held_status(table)
    return f"{status} = 1" if table == "series" else f"{status} IN {_SEALED}"


def _replace_guards(table: str) -> list[str]:
    """Triggers refusing a write whose key would replace a row of a sealed plan."""
    keys = " OR ".join("(" + " AND ".join(f"held.{c} = NEW.{c}" for c in key) + ")"
                       for key in _KEYS[table])
    rowid = "node_id" if table == "indicator" else "id"
    return [
        f"CREATE TRIGGER IF NOT EXISTS seal_{table}_replace_insert BEFORE INSERT ON {table} "
        f"WHEN EXISTS (SELECT 1 FROM {table} AS held WHERE ({keys}) "
        f"AND {_sealed_test(table)}) {_RAISE}",
        f"CREATE TRIGGER IF NOT EXISTS seal_{table}_replace_update BEFORE UPDATE ON {table} "
        f"WHEN EXISTS (SELECT 1 FROM {table} AS held WHERE ({keys}) "
        f"AND held.{rowid} IS NOT OLD.{rowid} AND {_sealed_test(table)}) {_RAISE}",
    ]


def trigger_statements() -> list[str]:
    """SQLite triggers that seal signed and sent plans against any writer, SQL included.

    SQLite-specific by nature; a PostgreSQL workspace will get its own equivalents.
    """
    statements: list[str] = []
    for table in SEALED_TABLE_TRIGGERS:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            name = f"seal_{table}_{event.lower()}"
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {event} ON {table} "
                f"WHEN {_plan_of(table, row)} IN ('sent', 'signed') "
                f"{_RAISE}"
            )
        # Moving a row to another plan (or an indicator to another node) must also
        # respect the old plan's seal.
        statements.append(
            f"CREATE TRIGGER IF NOT EXISTS seal_{table}_update_old BEFORE UPDATE ON {table} "
            f"WHEN {_plan_of(table, 'OLD')} IN ('sent', 'signed') "
            f"{_RAISE}"
        )
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in PLAN_CONTENT_COLUMNS)
    statements += [
        "CREATE TRIGGER IF NOT EXISTS seal_plan_content BEFORE UPDATE ON plan "
        f"WHEN OLD.status IN ('sent', 'signed') AND ({changed}) "
        f"{_RAISE}",
        "CREATE TRIGGER IF NOT EXISTS seal_plan_signed BEFORE UPDATE ON plan "
        "WHEN OLD.status = 'signed' AND (NEW.status IS NOT 'signed' "
        "OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.signed_on IS NOT OLD.signed_on) "
        f"{_RAISE}",
        # A sent plan's fingerprint is what check compares its content with: it is
        # stored when the plan is sent and cleared when it goes back to draft, never
        # changed while it stays sent.
        "CREATE TRIGGER IF NOT EXISTS seal_plan_sent BEFORE UPDATE ON plan "
        "WHEN OLD.status = 'sent' AND NEW.status = 'sent' "
        "AND NEW.fingerprint IS NOT OLD.fingerprint "
        f"{_RAISE}",
        "CREATE TRIGGER IF NOT EXISTS seal_plan_delete BEFORE DELETE ON plan "
        "WHEN OLD.status IN ('sent', 'signed') "
        f"{_RAISE}",
    ]
    # A series measured by a sealed plan keeps its name and unit (fp1 includes them) and
    # cannot be removed; measurements stay open.
    held_series = _sealed_test("series").replace("held.", "OLD.")
    statements += [
        "CREATE TRIGGER IF NOT EXISTS seal_series_update BEFORE UPDATE ON series "
        "WHEN (NEW.name IS NOT OLD.name OR NEW.unit IS NOT OLD.unit "
        f"OR NEW.uuid IS NOT OLD.uuid OR NEW.id IS NOT OLD.id) AND {held_series} {_RAISE}",
        f"CREATE TRIGGER IF NOT EXISTS seal_series_delete BEFORE DELETE ON series "
        f"WHEN {held_series} {_RAISE}",
    ]
    for table in _KEYS:
        statements += _replace_guards(table)
    # Attachments hold the signed PDF: one may be added to a signed plan (signing comes
    # first, the scanned or e-signed PDF later), never to an unsigned one, and once there
    # it is evidence: no update, no delete while its plan is signed (which is for good).
    statements += [
        "CREATE TRIGGER IF NOT EXISTS seal_attachment_insert BEFORE INSERT ON attachment "
        f"WHEN {_plan_of('attachment', 'NEW')} IS NOT 'signed' "
        f"BEGIN SELECT RAISE(ABORT, '{UNSIGNED_ATTACHMENT_MESSAGE}'); END",
        "CREATE TRIGGER IF NOT EXISTS seal_attachment_update BEFORE UPDATE ON attachment "
        f"WHEN {_plan_of('attachment', 'OLD')} = 'signed' "
        f"OR {_plan_of('attachment', 'NEW')} = 'signed' "
        f"{_RAISE}",
        "CREATE TRIGGER IF NOT EXISTS seal_attachment_delete BEFORE DELETE ON attachment "
        f"WHEN {_plan_of('attachment', 'OLD')} = 'signed' "
        f"{_RAISE}",
    ]
    return statements


def trigger_names() -> list[str]:
    """Names of every trigger :func:`trigger_statements` creates."""
    return [trigger_name(s) for s in trigger_statements()]


def triggers_on(tables: set[str]) -> list[str]:
    """The statements of :func:`trigger_statements` whose table is among *tables*.

    An older revision lacks some tables (``attachment`` arrived in 0002): the migration
    runner creates, and ``check`` expects, only the triggers that can exist there.
    """
    return [s for s in trigger_statements() if trigger_table(s) in tables]


def trigger_name(statement: str) -> str:
    """The name of the trigger a statement of :func:`trigger_statements` creates."""
    return statement.split()[5]


def trigger_table(statement: str) -> str:
    """The table a statement of :func:`trigger_statements` puts its trigger on.

    Lets the migration runner create only the triggers whose table exists at the
    revision it upgraded to (``attachment`` arrived in 0002), so upgrading to an older
    revision than the newest, as tests do to build old files, works too.
    """
    return statement.split()[9]
