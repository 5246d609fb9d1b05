"""What a database failure means for a person, decided by SQLite's error code.

SQLite tells why it failed twice: in an English message whose wording changes between
versions, and in a stable numeric code (``sqlite3.Error.sqlite_errorcode``, Python 3.11+,
extended codes included). Only the code is used here; the message is kept as detail.
The one exception is our own seal triggers' ``RAISE(ABORT, ...)`` text, which is ours
and tells a seal refusal from any other trigger refusal with the same code.

Anything that is not a database error is left alone: a ``TypeError`` or ``ValueError``
raised by our code is a bug, and calling it "the file is damaged" would send the person
to a backup for nothing (see :func:`insatsplan.workspace.column_values.first_bad_value`
for how a bad *stored* value is told from a bug).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final

from sqlalchemy.exc import DBAPIError, SAWarning

from insatsplan.errors import (
    QT_TRANSLATE_NOOP,
    DamagedWorkspaceError,
    SealedPlanError,
    UserError,
    WorkspaceLockedError,
)
from insatsplan.workspace.schema import SEALED_MESSAGE

# Primary result codes (the low byte of an extended code), as SQLite defines them.
_ERROR, _PERM, _BUSY, _LOCKED, _NOMEM, _READONLY = 1, 3, 5, 6, 7, 8
_IOERR, _FULL, _CANTOPEN, _CONSTRAINT, _AUTH = 10, 13, 14, 19, 23

_MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "The workspace {path} is open in another window or process.")
_MSG_SEALED = QT_TRANSLATE_NOOP(
    "Errors", "The plan is signed or sent for signature; its content cannot change.")
_MSG_REFUSED = QT_TRANSLATE_NOOP("Errors", "The change was refused: {reason}")
_MSG_READONLY = QT_TRANSLATE_NOOP(
    "Errors", "The workspace {path} cannot be written: the file or its folder is read-only.")
_MSG_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk holding {path} is full; nothing was changed. Free some space and "
    "try again.")
_MSG_IOERR = QT_TRANSLATE_NOOP(
    "Errors", "Reading or writing {path} failed (input/output error: {detail}); the disk or "
    "network share may be failing.")
_MSG_CANTOPEN = QT_TRANSLATE_NOOP(
    "Errors", "The workspace {path} cannot be opened ({detail}); check that its folder exists "
    "and that you may write to it.")
_MSG_NO_MEMORY = QT_TRANSLATE_NOOP("Errors", "There is not enough memory to open {path}.")
_MSG_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "You do not have permission to use {path} ({detail}).")
_MSG_SCHEMA = QT_TRANSLATE_NOOP(
    "Errors", "The tables of the workspace {path} do not match its schema label ({detail}); "
    "the file was changed outside Insatsplan.")
_MSG_DAMAGED = QT_TRANSLATE_NOOP("Errors", "The workspace file {path} is damaged ({detail}).")


def sqlite_error_of(error: BaseException) -> sqlite3.Error | None:
    """The driver's own error behind *error* (SQLAlchemy wraps it), or None."""
    if isinstance(error, DBAPIError) and isinstance(error.orig, sqlite3.Error):
        return error.orig
    if isinstance(error, sqlite3.Error):
        return error
    return None


def user_error_for(path: Path, error: BaseException) -> UserError | None:
    """The message for a person that a database failure means, or None if it is no
    database failure (then the caller lets it travel on: it is a bug).

    An error without a code (``sqlite3.ProgrammingError`` and ``InterfaceError``: a
    closed connection, a wrong number of parameters) is our doing and returns None too.
    """
    orig = sqlite_error_of(error)
    code = getattr(orig, "sqlite_errorcode", None)
    if orig is None or not isinstance(code, int):
        return None
    detail = str(orig)
    primary = code & 0xFF
    where = str(path)
    if primary in (_BUSY, _LOCKED):
        return WorkspaceLockedError(_MSG_LOCKED, path=where)
    if primary == _CONSTRAINT:
        if code == sqlite3.SQLITE_CONSTRAINT_TRIGGER and SEALED_MESSAGE in detail:
            return SealedPlanError(_MSG_SEALED)
        return UserError(_MSG_REFUSED, reason=detail)
    if primary == _READONLY:
        return UserError(_MSG_READONLY, path=where)
    if primary == _FULL:
        return UserError(_MSG_FULL, path=where)
    if primary == _IOERR:
        return UserError(_MSG_IOERR, path=where, detail=detail)
    if primary == _CANTOPEN:
        return UserError(_MSG_CANTOPEN, path=where, detail=detail)
    if primary == _NOMEM:
        return UserError(_MSG_NO_MEMORY, path=where)
    if primary in (_PERM, _AUTH):
        return UserError(_MSG_PERMISSION, path=where, detail=detail)
    if primary == _ERROR:
        # SQLITE_ERROR is "no such table/column" in a file whose tables were changed, and
        # a syntax error in our own SQL alike: the file says which.
        return (DamagedWorkspaceError(_MSG_SCHEMA, path=where, detail=detail)
                if _tables_differ(path) else None)
    # CORRUPT, NOTADB, MISMATCH, TOOBIG, RANGE, PROTOCOL, FORMAT and whatever SQLite adds:
    # the file is not what it should be.
    return DamagedWorkspaceError(_MSG_DAMAGED, path=where, detail=detail)


_MSG_BAD_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "The workspace file {path} holds a value that is not what its column holds "
    "({where}); the file was changed outside Insatsplan.")

# What reading a stored value of the wrong kind or a row whose partner is missing raises
# -- and what a bug raises too: the file is looked at to tell which.
# SQLAlchemy's warnings are errors inside an operation (core.py): "identity map already
# had an identity" means SQLite handed out a rowid that exists, which a damaged table does.
SUSPECT_ERRORS: Final = (ValueError, TypeError, ArithmeticError, LookupError, AttributeError,
                         UnicodeError, SAWarning)


def bad_value_error(path: Path) -> UserError | None:
    """A message naming what in the file is not as the schema says, or None if nothing is.

    In turn: a stored value its column cannot hold (named by table, row and column), a
    row referring to a missing row (SQLite's foreign-key check), a damaged page (SQLite's
    quick check), tables, columns or triggers unlike the schema's. A file that cannot
    even be scanned is classified by its error code.
    """
    from insatsplan.workspace.column_values import first_bad_value

    try:
        found = first_bad_value(path)
        if found is not None:
            return DamagedWorkspaceError(_MSG_BAD_VALUE, path=str(path), where=str(found))
        detail = _first_structural_problem(path)
    except sqlite3.Error as error:
        # The scan itself failed: the file's fault only if its code says so (a file that
        # does not exist yet, say, is no damage; the original failure is then a bug).
        found_error = user_error_for(path, error)
        return found_error if isinstance(found_error, DamagedWorkspaceError) else None
    if detail is not None:
        return DamagedWorkspaceError(_MSG_DAMAGED, path=str(path), detail=detail)
    if _tables_differ(path):  # a trigger's text damaged into bytes SQLite cannot report
        return DamagedWorkspaceError(_MSG_SCHEMA, path=str(path),
                                     detail="a table, column or trigger differs")
    return None


def _tables_differ(path: Path) -> bool:
    """Whether the tables, columns and triggers of *path* are not what its schema label
    says (or cannot even be listed); False when they are, so the failure was ours.

    Only the current revision's tables are known without Alembic: a file labelled with
    another revision that fails this way (an upgrade adding a column it already has,
    say) is taken to have a label that does not match its tables.
    """
    from insatsplan.workspace.files import connect_raw
    from insatsplan.workspace.schema import HEAD_REVISION
    from insatsplan.workspace.verify import table_problems, trigger_problems

    try:
        conn = connect_raw(path, readonly=True)
        try:
            labels = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            if labels != [(HEAD_REVISION,)]:
                return True
            # A trigger is schema too: one whose text was changed (a flipped bit in it)
            # fails every write with SQLITE_ERROR.
            return bool(table_problems(conn) or trigger_problems(conn))
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def _first_structural_problem(path: Path) -> str | None:
    from insatsplan.workspace.files import connect_raw

    conn = connect_raw(path, readonly=True)
    try:
        row = conn.execute("PRAGMA foreign_key_check").fetchone()
        if row is not None:
            return f"{row[0]} row {row[1]} refers to a missing {row[2]}"
        (first,) = conn.execute("PRAGMA quick_check(1)").fetchone()
        return None if first == "ok" else str(first)
    finally:
        conn.close()


def explain(path: Path, error: BaseException) -> UserError | None:
    """What *error*, raised while using the workspace *path*, means for a person.

    A database error by its code (:func:`user_error_for`). One of :data:`SUSPECT_ERRORS`
    (or the driver failing to decode a value) is the file's fault only if the file holds
    a value its column cannot hold or a row whose partner is missing, and then the message
    names it (:func:`bad_value_error`); else it is a bug and None is returned, so the
    caller lets it travel on to be reported as one.
    """
    if isinstance(error, UserError):
        return error
    found = user_error_for(path, error)
    if found is None and (isinstance(error, SUSPECT_ERRORS) or _conversion_failure(error)):
        found = bad_value_error(path)
    return found


def _conversion_failure(error: BaseException) -> bool:
    """The driver failed to convert a stored value ("Could not decode to UTF-8 column"):
    an ``OperationalError``/``DataError`` raised by Python's sqlite3 itself, without a
    SQLite code. Whether the file is at fault is then for the scan to say."""
    orig = sqlite_error_of(error)
    return (isinstance(orig, sqlite3.OperationalError | sqlite3.DataError)
            and getattr(orig, "sqlite_errorcode", None) is None)
