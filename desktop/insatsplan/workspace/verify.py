"""What ``insatsplan check`` verifies: the file, the schema, the values and every seal.

SQLite's own checks say whether the pages and foreign keys are sound; they cannot say
whether a sealed plan still shows what was signed. This module also compares every seal
trigger with the text this program creates (a same-named trigger that does nothing is a
failure), the tables and columns with what the schema revision defines, each stored value
with what its column holds, the node tree for cycles, and recomputes the fingerprint of
every sent and signed plan. Each finding is one readable line naming the row or plan; a
check that cannot run on a damaged file becomes a line too, never a traceback.

No Qt here: the CLI and the editor both call :func:`workspace_problems`, and the
workspace's read side calls :func:`seal_of` for ``plans --json`` and the editor's banner.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select, text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from insatsplan import content
from insatsplan.errors import QT_TRANSLATE_NOOP, Finding, UserError
from insatsplan.fingerprint import fingerprint
from insatsplan.model import (
    SEALED_STATUSES,
    Base,
    Plan,
)
from insatsplan.workspace import column_values, files
from insatsplan.workspace.schema import HEAD_REVISION, trigger_name, triggers_on

# Findings per check and column: a file damaged everywhere needs a few examples, not
# a hundred thousand lines.
MAX_PER_KIND: Final = 5

_SQL_SPACE = re.compile(r"\s+")
_IF_NOT_EXISTS = re.compile(r"\bIF\s+NOT\s+EXISTS\s+", re.IGNORECASE)


# ------------------------------------------------------------------------ the seal


@dataclass(frozen=True)
class SealState:
    """A sent or signed plan's stored fingerprint beside its content's fingerprint now."""

    stored: str | None
    current: str

    @property
    def broken(self) -> bool:
        """The content no longer matches what was sent or signed (or nothing was stored)."""
        return self.stored is None or self.stored != self.current

    @property
    def state(self) -> str:
        """``"ok"`` or ``"broken"``, as ``plans --json`` shows it."""
        return "broken" if self.broken else "ok"


def content_fingerprint(session: Session, plan: Plan) -> str:
    """The fingerprint of a plan's content as stored now.

    Equal to ``fingerprint(content.exchange_document(session, plan))`` without reading
    the series' measurements, which fp1 leaves out and which are most of a large
    workspace: ``check`` recomputes every sealed plan, the editor each one it shows.
    """
    reader = content.TreeReader(session, plan.id)
    body = content.plan_dict(session, plan, with_children=False)
    body["children"] = [reader.node_dict(root, evaluations=False) for root in reader.roots()]
    series = [{"uuid": s.uuid, "name": s.name, "unit": s.unit} for s in reader.used_series()]
    return fingerprint({"format": content.FORMAT, "plan": body, "series": series})


def seal_of(session: Session, plan: Plan) -> SealState | None:
    """The seal of a sent or signed plan, recomputed from what is stored; None for a draft."""
    if plan.status not in SEALED_STATUSES:
        return None
    return SealState(plan.fingerprint, content_fingerprint(session, plan))


_STATUS_WORDS = {"draft": QT_TRANSLATE_NOOP("Check", "draft"),
                 "sent": QT_TRANSLATE_NOOP("Check", "sent"),
                 "signed": QT_TRANSLATE_NOOP("Check", "signed")}


def _status(status: object) -> Finding:
    """A plan's status as a word in the reader's language (an unknown one as stored)."""
    return Finding(_STATUS_WORDS.get(str(status), str(status).replace("{", "{{")
                                     .replace("}", "}}")))


def _plan_name(plan_id: object, title: object) -> Finding:
    shown = str(title).replace("\n", " ")
    if len(shown) > 60:
        shown = shown[:59] + "…"
    return Finding(QT_TRANSLATE_NOOP("Check", "plan {id} “{title}”"), id=plan_id, title=shown)


def seal_problems(session: Session) -> list[Finding]:
    """Every sent or signed plan whose content no longer matches its stored fingerprint,
    and every stored signed PDF whose printed Dokument-ID is not the plan's fingerprint."""
    problems: list[Finding] = []
    current: dict[int, str] = {}
    plans = list(session.execute(select(Plan.id, Plan.title, Plan.status, Plan.fingerprint)
                                 .where(Plan.status.in_(SEALED_STATUSES)).order_by(Plan.id)))
    for plan_id, title, status, stored in plans:
        name = _plan_name(plan_id, title)
        try:
            plan = session.get_one(Plan, plan_id)
            seal = seal_of(session, plan)
        except Exception as error:  # a damaged value is the finding, not a crash
            _raise_unless_the_files(session_path(session), error)
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "{plan} ({status}): its content cannot be read to verify the seal "
                "({reason})"), plan=name, status=_status(status), reason=_reason(error)))
            continue
        if seal is None:
            continue
        current[plan_id] = seal.current
        if stored is None:
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "{plan} is {status} but has no stored fingerprint"),
                plan=name, status=_status(status)))
        elif seal.broken:
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "{plan} ({status}): the content no longer matches its fingerprint "
                "(stored {stored}, content {current})"),
                plan=name, status=_status(status), stored=stored, current=seal.current))
    problems += unsealed_problems(session)
    problems += stored_pdf_problems(session, current)
    return problems


def stored_pdf_problems(session: Session, current: dict[int, str]) -> list[Finding]:
    """Every stored signed PDF read again: what it prints, not what was recorded about it.

    The columns ``printed_id`` and ``verified`` say what was read when the PDF was
    attached; someone who replaces the PDF and its SHA-256 behind the triggers leaves them
    as they were. So the PDF's own text is read again and must print no Dokument-ID other
    than the plan's content (*current*: plan id to recomputed fingerprint), the one
    recorded for it, and one at all when it is marked verified. A PDF that cannot be read
    is a finding only when something was read from it before.
    """
    from insatsplan import signed_pdf
    from insatsplan.errors import UserError

    problems: list[Finding] = []
    rows = session.execute(text(
        "SELECT attachment.id, attachment.plan_id, plan.title, attachment.file_name, "
        "attachment.verified, attachment.printed_id, attachment.content FROM attachment "
        "JOIN plan ON plan.id = attachment.plan_id ORDER BY attachment.id"))
    for attachment_id, plan_id, title, file_name, verified, recorded, data in rows:
        pdf = Finding(QT_TRANSLATE_NOOP("Check", "{plan}: its signed PDF (attachment {id})"),
                      plan=_plan_name(plan_id, title), id=attachment_id)
        value = current.get(plan_id)
        try:
            found = signed_pdf.read_findings(bytes(data), str(file_name)).printed_id
        except UserError as error:
            if verified or recorded is not None:
                problems.append(Finding(QT_TRANSLATE_NOOP(
                    "Check", "{pdf} can no longer be read ({reason})"), pdf=pdf, reason=error))
            continue
        if recorded is not None and found != recorded:
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "{pdf} was recorded as printing {recorded}, but it prints {found}"),
                pdf=pdf, recorded=recorded,
                found=found or Finding(QT_TRANSLATE_NOOP("Check", "no Dokument-ID"))))
        for printed in dict.fromkeys(v for v in (recorded, found) if v is not None):
            if value is None:
                problems.append(Finding(QT_TRANSLATE_NOOP(
                    "Check", "{pdf} prints {printed}, but the plan is not signed or could "
                    "not be read"), pdf=pdf, printed=printed))
            elif printed != value:
                problems.append(Finding(QT_TRANSLATE_NOOP(
                    "Check", "{pdf} prints {printed}, the plan's content is {value}"),
                    pdf=pdf, printed=printed, value=value))
        if recorded is None and found is None and verified:
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "{pdf} is marked verified, but no Dokument-ID was read from it"),
                pdf=pdf))
    return problems


def unsealed_problems(session: Session) -> list[Finding]:
    """Plans that were sealed and are no longer: a status set back behind the triggers.

    A draft carries no signing date, and no fingerprint (going back to draft clears it),
    and the operation log records every signing; a plan that shows any trace of having
    been signed while its status says otherwise has lost its seal.
    """
    problems: list[Finding] = []
    for plan_id, title, status, signed_on, stored in session.execute(text(
            "SELECT id, title, status, signed_on, fingerprint FROM plan "
            "WHERE status IS NOT 'signed' AND (signed_on IS NOT NULL OR "
            "(status IS NOT 'sent' AND fingerprint IS NOT NULL)) ORDER BY id")):
        trace = (Finding(QT_TRANSLATE_NOOP("Check", "a signing date")) if signed_on is not None
                 else Finding(QT_TRANSLATE_NOOP("Check", "a fingerprint ({value})"),
                              value=stored))
        problems.append(Finding(QT_TRANSLATE_NOOP(
            "Check", "{plan} is {status} but holds {trace}: it was sealed"),
            plan=_plan_name(plan_id, title), status=_status(status), trace=trace))
    for plan_id, title, status in session.execute(text(
            "SELECT DISTINCT plan.id, plan.title, plan.status FROM operation_log "
            "JOIN plan ON plan.uuid = operation_log.plan_uuid "
            "WHERE operation_log.operation = 'sign_plan' AND plan.status IS NOT 'signed' "
            "ORDER BY plan.id")):
        problems.append(Finding(QT_TRANSLATE_NOOP(
            "Check", "{plan} is {status}, but the operation log records that it was signed"),
            plan=_plan_name(plan_id, title), status=_status(status)))
    return problems


# -------------------------------------------------------------------- the schema


def normalised_sql(statement: str) -> str:
    """A CREATE statement as SQLite keeps it: ``IF NOT EXISTS`` dropped, spaces collapsed."""
    return _SQL_SPACE.sub(" ", _IF_NOT_EXISTS.sub("", statement)).strip().rstrip(";").strip()


def trigger_problems(conn: sqlite3.Connection, *, compare_text: bool = True) -> list[Finding]:
    """Seal triggers that are missing, not the expected text, or not ours at all.

    An older revision's triggers were created by an older program: only their presence
    is checked there (the first writer upgrades the file and re-creates them).
    """
    tables = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    expected = {trigger_name(s): normalised_sql(s) for s in triggers_on(tables)}
    present = {str(name): (str(table), str(sql or "")) for name, table, sql in conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")}
    problems = [Finding(QT_TRANSLATE_NOOP("Check", "the seal trigger {name} is missing"),
                        name=name) for name in sorted(expected) if name not in present]
    for name, (table, sql) in sorted(present.items()):
        if name not in expected:
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "an unexpected trigger {name} on table {table}"),
                name=name, table=table))
        elif compare_text and normalised_sql(sql) != expected[name]:
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "the seal trigger {name} is not the one this program creates (it "
                "was changed or replaced)"), name=name))
    return problems


def _declared(column: Any) -> tuple[str, bool]:
    return str(column.type.compile(dialect=sqlite_dialect.dialect())), not column.nullable


def table_problems(conn: sqlite3.Connection) -> list[Finding]:
    """Tables and columns (name, declared type, NOT NULL) unlike what the head revision
    defines (:data:`insatsplan.model.Base.metadata` is what a new workspace is built from,
    and a test checks the migrations produce the same)."""
    problems: list[Finding] = []
    present = {str(name) for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    expected = {name: table for name, table in Base.metadata.tables.items()}
    for name in sorted(set(expected) - present):
        problems.append(Finding(QT_TRANSLATE_NOOP("Check", "the table {name} is missing"),
                                name=name))
    for name in sorted(present - set(expected) - {"alembic_version"}):
        problems.append(Finding(QT_TRANSLATE_NOOP("Check", "an unexpected table {name}"),
                                name=name))
    for name in sorted(present & set(expected)):
        quoted = name.replace("'", "''")
        found = {str(row[1]): (str(row[2]).upper(), bool(row[3]) or bool(row[5]))
                 for row in conn.execute(f"PRAGMA table_info('{quoted}')")}
        wanted = {column.name: _declared(column) for column in expected[name].columns}
        for column in sorted(set(wanted) - set(found)):
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "the column {table}.{column} is missing"), table=name, column=column))
        for column in sorted(set(found) - set(wanted)):
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "an unexpected column {table}.{column}"), table=name, column=column))
        for column in sorted(set(wanted) & set(found)):
            kind, not_null = wanted[column]
            is_pk = expected[name].columns[column].primary_key
            if found[column][0] != kind.upper():
                problems.append(Finding(QT_TRANSLATE_NOOP(
                    "Check", "the column {table}.{column} is declared {found}, not {wanted}"),
                    table=name, column=column, found=found[column][0], wanted=kind))
            elif not is_pk and found[column][1] != not_null:
                problems.append(Finding(QT_TRANSLATE_NOOP(
                    "Check", "the column {table}.{column} must not be empty (NOT NULL) but "
                    "may be"), table=name, column=column) if not_null else Finding(
                    QT_TRANSLATE_NOOP("Check", "the column {table}.{column} may be empty but "
                                      "is declared NOT NULL"), table=name, column=column))
    return problems


# -------------------------------------------------------------------- the values


def tree_problems(conn: sqlite3.Connection) -> list[Finding]:
    """Nodes whose parent chain returns to themselves, or whose parent is in another plan:
    every reader walks the tree from the plan's roots and would miss or loop on them."""
    rows = conn.execute("SELECT id, parent_id, plan_id FROM node").fetchall()
    parent = {node_id: parent_id for node_id, parent_id, _plan in rows}
    plan_of = {node_id: plan_id for node_id, _parent, plan_id in rows}
    problems: list[Finding] = []
    for node_id, parent_id, plan_id in rows:
        if parent_id is not None and parent_id in plan_of and plan_of[parent_id] != plan_id:
            problems.append(Finding(QT_TRANSLATE_NOOP(
                "Check", "node {node} of plan {plan} has its parent node {parent} in plan "
                "{other}"), node=node_id, plan=plan_id, parent=parent_id,
                other=plan_of[parent_id]))
    settled: set[int] = set()
    for start, _parent, plan_id in rows:
        path: list[int] = []
        on_path: set[int] = set()
        current: int | None = start
        while current is not None and current not in settled:
            if current in on_path:
                cycle = [*path[path.index(current):], current]
                problems.append(Finding(QT_TRANSLATE_NOOP(
                    "Check", "nodes of plan {plan} form a cycle ({cycle})"),
                    plan=plan_of.get(current, plan_id),
                    cycle=" → ".join(str(n) for n in cycle)))
                break
            path.append(current)
            on_path.add(current)
            current = parent.get(current)
        settled.update(path)
    return problems


# -------------------------------------------------------------------- all of it


def _one_line(text: str) -> str:
    """A finding is one line: SQLite and SQLAlchemy messages may span several."""
    return " ".join(text.split())


def _reason(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    return _one_line(f"{type(cause).__name__}: {cause}")


def session_path(session: Session) -> Path:
    """The workspace file a session of :func:`files.make_engine` reads."""
    return Path(str(session.get_bind().engine.url.database))


def _raise_unless_the_files(path: Path, error: Exception) -> None:
    """Let *error* travel on as a bug unless the file is at fault: a database error, or
    one that :func:`db_errors.explain` finds a cause for in the file (a bad value, a
    missing partner row, a damaged page). A mistake in this module must not tell the
    person that their file has problems."""
    from insatsplan.workspace import db_errors

    if isinstance(error, sqlite3.Error | SQLAlchemyError | UserError):
        return
    if db_errors.explain(path, error) is None:
        raise error


def _guarded(path: Path, what: Finding,
             check: Callable[[], Iterable[Finding]]) -> list[Finding]:
    """Run one check; a check that fails on a damaged file is itself a finding."""
    try:
        return list(check())
    except Exception as error:
        _raise_unless_the_files(path, error)
        return [Finding(QT_TRANSLATE_NOOP("Check", "{what} could not be checked ({reason})"),
                        what=what, reason=_reason(error))]


def workspace_problems(path: Path, revision: str) -> list[Finding]:
    """Every finding for the workspace at *path* (read-only), one readable line each.

    The schema, values and seals are compared with the head revision only: an older file
    is upgraded by the first writer that opens it, and ``check`` says it is older.
    """
    problems: list[Finding] = []
    conn = files.connect_raw(path, readonly=True)
    try:
        try:
            problems += files.integrity_problems(conn)
        except sqlite3.Error as error:  # pages so damaged that nothing else can be read
            return [Finding(QT_TRANSLATE_NOOP(
                "Check", "SQLite's integrity check could not run ({reason})"),
                reason=_reason(error))]
        problems += _guarded(path, Finding(QT_TRANSLATE_NOOP("Check", "the seal triggers")),
                             lambda: trigger_problems(
            conn, compare_text=revision == HEAD_REVISION))
        if revision != HEAD_REVISION:
            return _distinct(problems)
        schema = _guarded(path, Finding(QT_TRANSLATE_NOOP("Check", "the tables")),
                          lambda: table_problems(conn))
        problems += schema
        problems += _guarded(path, Finding(QT_TRANSLATE_NOOP("Check", "the values")),
                             lambda: column_values.value_problems(conn))
        problems += _guarded(path, Finding(QT_TRANSLATE_NOOP("Check", "the node tree")),
                             lambda: tree_problems(conn))
    finally:
        conn.close()
    if schema:
        problems.append(Finding(QT_TRANSLATE_NOOP(
            "Check", "the seals were not checked: the tables are not what schema {revision} "
            "defines"), revision=HEAD_REVISION))
    else:
        problems += _guarded(path, Finding(QT_TRANSLATE_NOOP("Check", "the seals")),
                             lambda: _seal_problems_at(path))
    return _distinct(problems)


def _distinct(problems: list[Finding]) -> list[Finding]:
    """Each finding once; SQLite's own messages (kept as they are) may span lines."""
    return list(dict.fromkeys(problems))


def _seal_problems_at(path: Path) -> list[Finding]:
    engine = files.make_engine(path, readonly=True)
    try:
        with Session(engine) as session, session.begin():
            return seal_problems(session)
    finally:
        engine.dispose()
