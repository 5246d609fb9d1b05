"""Official statistics files (PxWeb JSON-stat 2.0, PxWeb CSV, Kolada JSON) read for import.

:func:`read_statistics` looks at a file's content (not only its name), picks the reader
and returns one :class:`StatisticsTable`; ``table.select(where)`` gives the (period,
value) line to import into a series. Qt-free, pandas-free; numbers are Decimal.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.safe_paths import read_input
from insatsplan.statistics.jsonstat import looks_like_jsonstat, read_jsonstat
from insatsplan.statistics.kolada import looks_like_kolada, read_kolada
from insatsplan.statistics.pxweb_csv import decode_text, read_pxweb_csv
from insatsplan.statistics.table import (
    Category,
    Cell,
    Dimension,
    MissingValue,
    SelectedValue,
    Selection,
    StatisticsTable,
)

__all__ = [
    "MAX_FILE_BYTES",
    "Category",
    "Cell",
    "Dimension",
    "MissingValue",
    "SelectedValue",
    "Selection",
    "StatisticsTable",
    "parse_where",
    "read_statistics",
    "read_statistics_bytes",
]

MAX_FILE_BYTES = 32 * 1024 * 1024
"""Largest file read: PxWeb caps a download far below this (SCB: 150 000 cells)."""

_MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "{file} is larger than {limit} MB; download a smaller selection of the table.")
_MSG_BINARY = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not a text file; download the table as JSON-stat 2.0, CSV or "
    "Kolada JSON.")
_MSG_JSON = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not valid JSON (line {line}, column {column}): {reason}.")
_MSG_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "{file} is neither PxWeb JSON-stat 2.0 nor Kolada JSON; Insatsplan reads "
    "those and PxWeb CSV.")
_MSG_WHERE = QT_TRANSLATE_NOOP(
    "Errors", "Invalid --where {value}: write DIMENSION=CODE, for example Region=0180.")


def read_statistics(path: Path) -> StatisticsTable:
    """Read the statistics file at *path*; UserError (one line, naming it) if it is not one.

    A FIFO, folder, device or dangling link is refused before it is opened (a FIFO
    would block the import, and the editor with it, for ever).
    """
    return read_statistics_bytes(read_input(path, MAX_FILE_BYTES), path.name)


def read_statistics_bytes(data: bytes, file_name: str) -> StatisticsTable:
    """As :func:`read_statistics` for bytes already read (*file_name* for messages)."""
    if len(data) > MAX_FILE_BYTES:
        raise UserError(_MSG_TOO_BIG, file=file_name, limit=MAX_FILE_BYTES // (1024 * 1024))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserError(_MSG_BINARY, file=file_name)
    text = decode_text(data)
    if "\x00" in text or _mostly_control(text):
        raise UserError(_MSG_BINARY, file=file_name)
    if text.lstrip().startswith(("{", "[")):
        document = _parse_json(text, file_name)
        if looks_like_kolada(document):
            return read_kolada(document, file_name)
        if looks_like_jsonstat(document):
            return read_jsonstat(document, file_name)
        raise UserError(_MSG_UNKNOWN, file=file_name)
    return read_pxweb_csv(text, file_name)


def parse_where(items: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """``["Region=0180", "Kon=2"]`` as pairs; UserError for an item without ``=``."""
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise UserError(_MSG_WHERE, value=item)
        pairs.append((name.strip(), value.strip()))
    return pairs


def _parse_json(text: str, file_name: str) -> object:
    def refuse_constant(name: str) -> object:
        raise ValueError(f"{name} is not a number")

    try:
        return json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
    except json.JSONDecodeError as error:
        raise UserError(_MSG_JSON, file=file_name, line=error.lineno, column=error.colno,
                        reason=error.msg) from None
    except (ValueError, RecursionError) as error:
        raise UserError(_MSG_JSON, file=file_name, line="?", column="?",
                        reason=str(error)[:80]) from None


def _mostly_control(text: str) -> bool:
    """Binary data decoded as Windows-1252 shows up as control characters."""
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t")
    return bool(sample) and controls > len(sample) // 20
