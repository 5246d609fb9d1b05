"""Kolada's JSON (RKA's municipal key figures, API v2 and v3) read into a StatisticsTable.

The data answer is ``{"values": [{"kpi", "municipality", "period", "values": [{"gender",
"value", "status", "count"}]}], "count", "next_page"|"next_url"}``; organisational-unit
data has ``"ou"`` in place of ``"municipality"``. Periods are years; ``value`` is null
when Kolada has none (``status`` may say why). The file carries codes only (kpi
``N00945``, municipality ``1283``, gender ``T``/``K``/``M``), so ``--where`` names the
fields and their codes: ``--where municipality=1283 --where gender=K``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.statistics.table import Category, Cell, Dimension, StatisticsTable
from insatsplan.values import parse_value

_GENDER_LABELS = {"T": "totalt", "K": "kvinnor", "M": "män"}
_FIELD_LABELS = {"kpi": "nyckeltal", "municipality": "kommun", "ou": "enhet",
                 "gender": "kön", "period": "år"}

_MSG_SHAPE = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not usable Kolada data: entry {entry} lacks {field} or has it "
    "malformed.")
_MSG_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "{file} is damaged: the value {value} of entry {entry} is not a number.")
_MSG_UNSTORABLE = QT_TRANSLATE_NOOP("Errors", "{file}, entry {entry}: {reason}")
_MSG_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "{file} gives {kpi} for {place}, {period}, gender {gender} twice.")
_MSG_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "{file} holds no Kolada values.")


def looks_like_kolada(document: object) -> bool:
    """Whether a parsed JSON document is Kolada's data answer (for sniffing)."""
    if not isinstance(document, dict) or not isinstance(document.get("values"), list):
        return False
    entries = document["values"]
    return not entries or (isinstance(entries[0], dict) and "kpi" in entries[0]
                           and "period" in entries[0])


def read_kolada(document: Any, file_name: str) -> StatisticsTable:
    """The values in *document*; UserError (naming *file_name*) when it is not Kolada data."""
    entries = document.get("values") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not entries:
        raise UserError(_MSG_EMPTY, file=file_name)
    place_field = "ou" if isinstance(entries[0], dict) and "ou" in entries[0] else "municipality"
    fields = ("kpi", place_field, "gender", "period")
    codes: dict[str, dict[str, None]] = {name: {} for name in fields}
    cells: dict[tuple[str, ...], Cell] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise UserError(_MSG_SHAPE, file=file_name, entry=number, field="kpi")
        head = [_code(entry.get(name), file_name, number, name)
                for name in ("kpi", place_field, "period")]
        inner = entry.get("values")
        if not isinstance(inner, list):
            raise UserError(_MSG_SHAPE, file=file_name, entry=number, field="values")
        for item in inner:
            if not isinstance(item, dict):
                raise UserError(_MSG_SHAPE, file=file_name, entry=number, field="values")
            gender = _code(item.get("gender", "T"), file_name, number, "gender")
            key = (head[0], head[1], gender, head[2])
            if key in cells:
                raise UserError(_MSG_TWICE, file=file_name, kpi=head[0], place=head[1],
                                period=head[2], gender=gender)
            status = item.get("status")
            cells[key] = Cell(_number(item.get("value"), file_name, number),
                              status if isinstance(status, str) else "")
            for name, code in zip(fields, key, strict=True):
                codes[name][code] = None
    if not cells:
        raise UserError(_MSG_EMPTY, file=file_name)

    dimensions = tuple(
        Dimension(id=name, label=_FIELD_LABELS[name],
                  categories=tuple(Category(code, _GENDER_LABELS.get(code, code)
                                            if name == "gender" else code)
                                   for code in sorted(codes[name])),
                  is_time=name == "period")
        for name in fields)
    positions = [{c.code: i for i, c in enumerate(d.categories)} for d in dimensions]
    by_position = {tuple(p[c] for p, c in zip(positions, key, strict=True)): cell
                   for key, cell in cells.items()}
    kpis = ", ".join(codes["kpi"])
    return StatisticsTable(format="Kolada", source="Kolada", title=kpis, table_id="",
                           file_name=file_name, dimensions=dimensions,
                           cell=by_position.get)


def _code(value: object, file_name: str, entry: int, field: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise UserError(_MSG_SHAPE, file=file_name, entry=entry, field=field)


def _number(value: object, file_name: str, entry: int) -> Decimal | None:
    if value is None:
        return None
    if (isinstance(value, Decimal) and value.is_finite()) or (
            isinstance(value, int) and not isinstance(value, bool)):
        try:  # a number no measurement can hold (1e400) is named here, with its entry
            return parse_value(value)
        except UserError as error:
            raise UserError(_MSG_UNSTORABLE, file=file_name, entry=entry,
                            reason=error) from None
    raise UserError(_MSG_VALUE, file=file_name, entry=entry, value=repr(value)[:40])
