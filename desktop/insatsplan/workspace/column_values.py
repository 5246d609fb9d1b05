"""Values in a workspace file that are not what their column holds, found by looking.

SQLite stores any value in any column: a file edited with another tool can hold a blob
as a node's title, ``"banana"`` as a date or JSON that does not parse. Reading such a
row fails somewhere inside SQLAlchemy or our code with a ``ValueError``, ``TypeError``
or ``decimal.InvalidOperation`` -- the same exceptions a bug in our code raises. So the
exception alone cannot say whose fault it is; the file can. :func:`first_bad_value`
scans the file, and only when it finds a bad value is the failure the file's (named by
table, row and column); otherwise it is reported as a bug. ``check`` lists every bad
value with :func:`value_problems`.

The expected form of each column comes from the ORM model, so this stays in step with
the schema without a second list. Reads go through a plain read-only ``sqlite3``
connection with ``typeof()`` beside each value (a blob and a text both arrive as bytes).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, LargeBinary, Table

from insatsplan.errors import QT_TRANSLATE_NOOP, Finding
from insatsplan.model import (
    ATTACHMENT_KINDS,
    DIRECTIONS,
    EVALUATION_STATUSES,
    HORIZONS,
    MEASURABLE_ANSWERS,
    NODE_KINDS,
    PLAN_KINDS,
    PLAN_STATUSES,
    Base,
    DecimalText,
)
from insatsplan.values import canonical_value
from insatsplan.workspace import files

MAX_REPORTED = 50
"""At most this many bad values are listed: a wholly broken table would flood ``check``."""

# Columns whose value is one of a fixed list; anything else is not what they hold.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("plan", "status"): PLAN_STATUSES,
    ("plan", "kind"): PLAN_KINDS,
    ("node", "kind"): NODE_KINDS,
    ("node", "horizon"): HORIZONS,
    ("node", "measurable_answer"): MEASURABLE_ANSWERS,
    ("indicator", "direction"): DIRECTIONS,
    ("evaluation", "status"): EVALUATION_STATUSES,
    ("attachment", "kind"): ATTACHMENT_KINDS,
}


@dataclass(frozen=True)
class BadValue:
    """One stored value that its column cannot hold."""

    table: str
    row: int
    column: str
    problem: Finding

    def finding(self) -> Finding:
        return Finding(QT_TRANSLATE_NOOP("Check", "{table} row {row}, column {column}: "
                                         "{problem}"), table=self.table, row=self.row,
                       column=self.column, problem=self.problem)

    def __str__(self) -> str:
        return str(self.finding())


def _storage_class(column: Column[object]) -> str:
    """What ``typeof()`` must say for a non-NULL value of *column*."""
    if isinstance(column.type, Integer | Boolean):
        return "integer"
    if isinstance(column.type, LargeBinary):
        return "blob"
    return "text"


_KIND_NAMES = {"DecimalText": QT_TRANSLATE_NOOP("Check", "a number"),
               "Date": QT_TRANSLATE_NOOP("Check", "a date"),
               "DateTime": QT_TRANSLATE_NOOP("Check", "a date and time"),
               "JSON": QT_TRANSLATE_NOOP("Check", "JSON")}

# What typeof() says, as a person reads it.
_STORAGE_NAMES = {"integer": QT_TRANSLATE_NOOP("Check", "an integer"),
                  "real": QT_TRANSLATE_NOOP("Check", "a real number"),
                  "text": QT_TRANSLATE_NOOP("Check", "a text"),
                  "blob": QT_TRANSLATE_NOOP("Check", "a blob"),
                  "null": QT_TRANSLATE_NOOP("Check", "nothing (NULL)")}


def _not_a(text: str, what: str) -> Finding:
    return Finding(QT_TRANSLATE_NOOP("Check", "{value} is not {what}"),
                   value=repr(text[:40]), what=Finding(what))


def _text_problem(column: Column[object], text: str) -> Finding | None:
    """Why *text* is not a value of *column* (a text column), or None if it is one."""
    kind = column.type
    try:
        if isinstance(kind, DecimalText):
            number = Decimal(text)
            if not number.is_finite():
                return _not_a(text, QT_TRANSLATE_NOOP("Check", "a finite number"))
            if canonical_value(number) != text:
                return _not_a(text, QT_TRANSLATE_NOOP(
                    "Check", "a number in its canonical form"))
        elif isinstance(kind, DateTime):
            dt.datetime.fromisoformat(text)
        elif isinstance(kind, Date):
            if len(text) != 10:
                return _not_a(text, _KIND_NAMES["Date"])
            dt.date.fromisoformat(text)
        elif isinstance(kind, JSON):
            value = json.loads(text)
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                return Finding(QT_TRANSLATE_NOOP("Check", "JSON that is not a list of texts"))
    except (ValueError, InvalidOperation):
        return _not_a(text, _KIND_NAMES.get(type(kind).__name__,
                                            QT_TRANSLATE_NOOP("Check", "valid")))
    return None


def _storage_name(storage: str) -> Finding:
    return Finding(_STORAGE_NAMES.get(storage, storage))


def _value_problem(column: Column[object], storage: str, raw: object) -> Finding | None:
    if raw is None:
        return None if column.nullable or column.primary_key else Finding(
            QT_TRANSLATE_NOOP("Check", "empty (NULL)"))
    wanted = _storage_class(column)
    if storage != wanted:
        return Finding(QT_TRANSLATE_NOOP("Check", "{found} where {wanted} belongs"),
                       found=_storage_name(storage), wanted=_storage_name(wanted))
    if isinstance(column.type, Boolean) and raw not in (0, 1):
        return Finding(QT_TRANSLATE_NOOP("Check", "{value} is neither 0 nor 1"), value=repr(raw))
    if wanted != "text":
        return None
    assert isinstance(raw, bytes)  # text_factory=bytes below
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Finding(QT_TRANSLATE_NOOP("Check", "text that is not UTF-8"))
    choices = CHOICES.get((column.table.name, column.name))
    if choices is not None and text not in choices:
        return Finding(QT_TRANSLATE_NOOP("Check", "{value} is not one of {choices}"),
                       value=repr(text[:40]), choices=", ".join(choices))
    return _text_problem(column, text)


def _name(value: object) -> str:
    """A catalogue name, which arrives as bytes under ``text_factory=bytes``."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _bad_values(conn: sqlite3.Connection) -> Iterator[BadValue]:
    tables = [_name(name) for (name,) in
              conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    present = {name: {_name(row[1]) for row in conn.execute(f'PRAGMA table_info("{name}")')}
               for name in tables if '"' not in name}
    for table in Base.metadata.sorted_tables:
        yield from _bad_values_in(conn, table, present.get(table.name, set()))


def _bad_values_in(conn: sqlite3.Connection, table: Table, present: set[str]) -> Iterator[BadValue]:
    columns = [c for c in table.columns if c.name in present]
    if not columns:
        return  # a missing table is the schema check's finding, not a value's
    selected = ", ".join(f'typeof("{c.name}"), "{c.name}"' for c in columns)
    for row in conn.execute(f'SELECT rowid, {selected} FROM "{table.name}"'):
        for index, column in enumerate(columns):
            storage = _name(row[1 + 2 * index])
            problem = _value_problem(column, storage, row[2 + 2 * index])
            if problem is not None:
                yield BadValue(table.name, int(row[0]), column.name, problem)


def first_bad_value(path: Path) -> BadValue | None:
    """The first value in *path* its column cannot hold, or None when every value fits.

    Raises ``sqlite3.Error`` if the file cannot be read at all (the caller classifies it).
    """
    conn = files.connect_raw(path, readonly=True)
    try:
        conn.text_factory = bytes
        return next(_bad_values(conn), None)
    finally:
        conn.close()


def value_problems(conn: sqlite3.Connection) -> list[Finding]:
    """Every bad value of an open connection (up to :data:`MAX_REPORTED`), for ``check``."""
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        out: list[Finding] = []
        for value in _bad_values(conn):
            out.append(value.finding())
            if len(out) >= MAX_REPORTED:
                break
        return out
    finally:
        conn.text_factory = previous
