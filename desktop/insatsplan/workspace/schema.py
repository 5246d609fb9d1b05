"""Facts about the workspace file's schema that are known without importing Alembic.

Opening a workspace must not pay for Alembic's import: the revision is read with plain
SQL and compared with :data:`HEAD_REVISION`; Alembic is imported only to upgrade.
A test checks that :data:`REVISIONS` matches the shipped migration scripts.
"""

from __future__ import annotations

from typing import Final

# Oldest first; the last one is what this version of the program writes.
REVISIONS: Final = ("0001", "0002")
HEAD_REVISION: Final = REVISIONS[-1]

# SQLite's header field for "which program's file is this": "IPS1".
APPLICATION_ID: Final = 0x49505331
SQLITE_MAGIC: Final = b"SQLite format 3\x00"

SEALED_TABLE_TRIGGERS: Final = ("node", "indicator", "plan_party", "signatory")

# What the attachment trigger raises when a file is attached to a plan not signed.
UNSIGNED_ATTACHMENT_MESSAGE: Final = "insatsplan: attachments belong to signed plans"

# Plan columns that are content: frozen while a plan is sent for signature or signed.
PLAN_CONTENT_COLUMNS: Final = (
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
)


def _plan_of(table: str, row: str) -> str:
    """SQL giving the plan status for a row of *table* (``NEW`` or ``OLD``)."""
    if table == "indicator":
        return (
            f"(SELECT plan.status FROM node JOIN plan ON plan.id = node.plan_id "
            f"WHERE node.id = {row}.node_id)"
        )
    return f"(SELECT status FROM plan WHERE id = {row}.plan_id)"


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
                f"BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END"
            )
        if table != "indicator":
            # Moving a row to another plan must also respect the old plan's seal.
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS seal_{table}_update_old BEFORE UPDATE ON {table} "
                f"WHEN {_plan_of(table, 'OLD')} IN ('sent', 'signed') "
                f"BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END"
            )
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in PLAN_CONTENT_COLUMNS)
    statements += [
        "CREATE TRIGGER IF NOT EXISTS seal_plan_content BEFORE UPDATE ON plan "
        f"WHEN OLD.status IN ('sent', 'signed') AND ({changed}) "
        "BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END",
        "CREATE TRIGGER IF NOT EXISTS seal_plan_signed BEFORE UPDATE ON plan "
        "WHEN OLD.status = 'signed' AND (NEW.status IS NOT 'signed' "
        "OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.signed_on IS NOT OLD.signed_on) "
        "BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END",
        "CREATE TRIGGER IF NOT EXISTS seal_plan_delete BEFORE DELETE ON plan "
        "WHEN OLD.status IN ('sent', 'signed') "
        "BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END",
    ]
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
        "BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END",
        "CREATE TRIGGER IF NOT EXISTS seal_attachment_delete BEFORE DELETE ON attachment "
        f"WHEN {_plan_of('attachment', 'OLD')} = 'signed' "
        "BEGIN SELECT RAISE(ABORT, 'insatsplan: plan is sealed'); END",
    ]
    return statements


def trigger_names() -> list[str]:
    """Names of every trigger :func:`trigger_statements` creates."""
    return [s.split()[5] for s in trigger_statements()]


def trigger_table(statement: str) -> str:
    """The table a statement of :func:`trigger_statements` puts its trigger on.

    Lets the migration runner create only the triggers whose table exists at the
    revision it upgraded to (``attachment`` arrived in 0002), so upgrading to an older
    revision than the newest, as tests do to build old files, works too.
    """
    return statement.split()[9]
