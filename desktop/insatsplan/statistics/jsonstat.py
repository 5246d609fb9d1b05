"""PxWeb's JSON-stat 2.0 (the API's default answer) read into a :class:`StatisticsTable`.

Format (https://json-stat.org/format/): ``id`` lists the dimensions in order, ``size``
their lengths; ``dimension[X].category.index`` maps each code to its position (a list or
an object) and ``.label`` to its text; ``value`` is one flat list in row-major order (the
last dimension varies fastest) or a sparse object keyed by offset; ``null`` is missing and
``status`` (a string, list or object) may say why (``".."``). ``role.time`` names the
time dimension. A "collection" holding exactly one embedded dataset is read as that
dataset; JSON-stat 1.x "bundles" of one dataset likewise.

The file's numbers arrive as Decimal (the caller parses JSON with ``parse_float=Decimal``).
"""

from __future__ import annotations

import math
from dataclasses import replace
from decimal import Decimal
from typing import Any

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.statistics.table import Category, Cell, Dimension, StatisticsTable, is_time_code

MAX_CELLS = 5_000_000
"""Most cells a cube may claim: PxWeb servers cap a download far lower (SCB 150 000)."""

_TIME_IDS = frozenset({"tid", "time", "år", "ar", "year", "period", "månad", "kvartal"})

_MSG_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "{file} is not a usable JSON-stat dataset: {field} is missing or malformed.")
_MSG_SIZES = QT_TRANSLATE_NOOP(
    "Errors", "{file} is damaged: the dimension {dimension} has {count} categories but its "
    "size says {size}.")
_MSG_VALUES = QT_TRANSLATE_NOOP(
    "Errors", "{file} is damaged: it holds {count} values where its dimensions need "
    "{expected}.")
_MSG_TOO_MANY = QT_TRANSLATE_NOOP(
    "Errors", "{file} claims {count} values, more than {limit}; download a smaller "
    "selection of the table.")
_MSG_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "{file} is damaged: value number {position} ({value}) is not a number.")
_MSG_UNSTORABLE = QT_TRANSLATE_NOOP("Errors", "{file}, value number {position}: {reason}")
_MSG_NO_TIME = QT_TRANSLATE_NOOP(
    "Errors", "{file} has no time dimension (role.time), so its values have no periods.")
_MSG_COLLECTION = QT_TRANSLATE_NOOP(
    "Errors", "{file} is a JSON-stat collection of {count} datasets; download one table "
    "at a time.")


def looks_like_jsonstat(document: object) -> bool:
    """Whether a parsed JSON document claims to be JSON-stat (for sniffing)."""
    if not isinstance(document, dict):
        return False
    if document.get("class") in ("dataset", "collection", "bundle"):
        return True
    if "dimension" in document and "value" in document:
        return True
    # JSON-stat 1.x bundle: {"name": {"dimension": ..., "value": ...}}
    return len(document) == 1 and all(
        isinstance(v, dict) and "dimension" in v and "value" in v for v in document.values())


def read_jsonstat(document: Any, file_name: str) -> StatisticsTable:
    """The dataset in *document*; UserError (naming *file_name*) when it is not one."""
    dataset = _the_dataset(document, file_name)
    dimension_ids, sizes = _ids_and_sizes(dataset, file_name)
    count = math.prod(sizes)
    if count > MAX_CELLS:
        raise UserError(_MSG_TOO_MANY, file=file_name, count=_shown_count(count),
                        limit=MAX_CELLS)
    dimensions_field = dataset.get("dimension")
    if not isinstance(dimensions_field, dict):
        raise UserError(_MSG_FIELD, file=file_name, field="dimension")
    time_ids = _time_ids(dataset)
    dimensions: list[Dimension] = []
    for dimension_id, size in zip(dimension_ids, sizes, strict=True):
        raw = dimensions_field.get(dimension_id)
        if not isinstance(raw, dict):
            raise UserError(_MSG_FIELD, file=file_name, field=f"dimension.{dimension_id}")
        categories = _categories(raw, dimension_id, size, file_name)
        label = raw.get("label")
        dimensions.append(Dimension(
            id=dimension_id, label=label if isinstance(label, str) else "",
            categories=categories, is_time=dimension_id in time_ids))
    if sum(d.is_time for d in dimensions) != 1:
        # None marked, or role.time names several (a time series has one time axis):
        # the one called Tid/år/… whose codes are all periods.
        dimensions = _guess_time([replace(d, is_time=False) for d in dimensions],
                                 file_name)

    values = _values(dataset.get("value"), count, file_name)
    statuses = _statuses(dataset.get("status"), count)
    strides = [math.prod(sizes[i + 1:]) for i in range(len(sizes))]

    def cell(key: tuple[int, ...]) -> Cell | None:
        offset = sum(i * s for i, s in zip(key, strides, strict=True))
        raw = values.get(offset) if isinstance(values, dict) else values[offset]
        status = statuses.get(offset, "") if isinstance(statuses, dict) else statuses
        if raw is None and not status and isinstance(values, dict) and offset not in values:
            return None
        return Cell(_number(raw, offset, file_name), status)

    source = dataset.get("source")
    title = dataset.get("label")
    return StatisticsTable(
        format="JSON-stat", source=source if isinstance(source, str) else "",
        title=title if isinstance(title, str) else "", table_id=_table_id(dataset),
        file_name=file_name, dimensions=tuple(dimensions), cell=cell,
        notes=tuple(n for n in dataset.get("note", ()) if isinstance(n, str))
        if isinstance(dataset.get("note"), list) else ())


def _the_dataset(document: Any, file_name: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise UserError(_MSG_FIELD, file=file_name, field="class")
    kind = document.get("class")
    if kind == "collection":
        items = document.get("link", {}).get("item") if isinstance(
            document.get("link"), dict) else None
        embedded = [i for i in items or () if isinstance(i, dict) and i.get("class") == "dataset"
                    and "value" in i]
        if len(embedded) != 1 or len(items or ()) != 1:
            raise UserError(_MSG_COLLECTION, file=file_name, count=len(items or ()))
        return embedded[0]
    if kind in (None, "bundle") and "dimension" not in document:
        inner = [v for k, v in document.items() if k != "class" and isinstance(v, dict)]
        if len(inner) != 1:
            raise UserError(_MSG_COLLECTION, file=file_name, count=len(inner))
        return _the_dataset(inner[0], file_name)
    if kind not in (None, "dataset"):
        raise UserError(_MSG_FIELD, file=file_name, field="class")
    return document


def _ids_and_sizes(dataset: dict[str, Any], file_name: str) -> tuple[list[str], list[int]]:
    ids, sizes = dataset.get("id"), dataset.get("size")
    dimension = dataset.get("dimension")
    if ids is None and isinstance(dimension, dict):  # JSON-stat 1.x keeps them here
        ids, sizes = dimension.get("id"), dimension.get("size")
    if not (isinstance(ids, list) and ids and all(isinstance(i, str) for i in ids)
            and len(set(ids)) == len(ids)):
        raise UserError(_MSG_FIELD, file=file_name, field="id")
    if not (isinstance(sizes, list) and len(sizes) == len(ids)
            and all(isinstance(s, int) and not isinstance(s, bool) and s >= 1
                    for s in sizes)):
        raise UserError(_MSG_FIELD, file=file_name, field="size")
    return ids, sizes


def _categories(raw: dict[str, Any], dimension_id: str, size: int,
                file_name: str) -> tuple[Category, ...]:
    category = raw.get("category")
    if not isinstance(category, dict):
        raise UserError(_MSG_FIELD, file=file_name, field=f"dimension.{dimension_id}.category")
    index, labels = category.get("index"), category.get("label")
    if labels is not None and not isinstance(labels, dict):
        raise UserError(_MSG_FIELD, file=file_name,
                        field=f"dimension.{dimension_id}.category.label")
    labels = labels or {}
    if isinstance(index, list) and all(isinstance(c, str) for c in index):
        codes = list(index)
    elif isinstance(index, dict) and all(
            isinstance(p, int) and not isinstance(p, bool) for p in index.values()):
        codes = [code for code, _ in sorted(index.items(), key=lambda item: item[1])]
        if sorted(index.values()) != list(range(len(index))):
            raise UserError(_MSG_FIELD, file=file_name,
                            field=f"dimension.{dimension_id}.category.index")
    elif index is None and len(labels) == 1:  # a single category may omit its index
        codes = list(labels)
    else:
        raise UserError(_MSG_FIELD, file=file_name,
                        field=f"dimension.{dimension_id}.category.index")
    if len(codes) != size or len(set(codes)) != len(codes):
        raise UserError(_MSG_SIZES, file=file_name, dimension=dimension_id,
                        count=len(codes), size=size)
    return tuple(Category(code, str(labels.get(code, code))) for code in codes)


def _time_ids(dataset: dict[str, Any]) -> set[str]:
    role = dataset.get("role")
    if isinstance(role, dict) and isinstance(role.get("time"), list):
        return {t for t in role["time"] if isinstance(t, str)}
    dimension = dataset.get("dimension")
    if isinstance(dimension, dict) and isinstance(dimension.get("role"), dict):  # 1.x
        return {t for t in dimension["role"].get("time", ()) if isinstance(t, str)}
    return set()


def _guess_time(dimensions: list[Dimension], file_name: str) -> list[Dimension]:
    """Without ``role.time``: the dimension called Tid/år/… whose codes are periods."""
    candidates = [i for i, d in enumerate(dimensions)
                  if all(is_time_code(c.code) for c in d.categories)]
    named = [i for i in candidates
             if dimensions[i].id.casefold() in _TIME_IDS
             or dimensions[i].label.casefold() in _TIME_IDS]
    chosen = named or candidates
    if len(chosen) != 1:
        raise UserError(_MSG_NO_TIME, file=file_name)
    d = dimensions[chosen[0]]
    dimensions[chosen[0]] = Dimension(d.id, d.label, d.categories, True, d.names)
    return dimensions


def _number(value: object, position: int, file_name: str) -> Decimal | None:
    from insatsplan.values import parse_value

    if value is None:
        return None
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        if isinstance(value, Decimal) and not value.is_finite():
            raise UserError(_MSG_VALUE, file=file_name, position=position + 1, value=value)
        try:  # a number no measurement can hold (1e400) is named here, with its place
            return parse_value(value)
        except UserError as error:
            raise UserError(_MSG_UNSTORABLE, file=file_name, position=position + 1,
                            reason=error) from None
    if isinstance(value, str):  # some producers quote numbers; ".." in place of null
        if value.strip() in ("", ".", "..", "...", "-"):
            return None
        try:
            return parse_value(value)
        except UserError:
            pass
    raise UserError(_MSG_VALUE, file=file_name, position=position + 1, value=repr(value)[:40])


def _offset(key: object, count: int) -> int | None:
    """A sparse ``value``/``status`` key as a cell offset: ASCII digits written plainly
    ("7", not "07", "٧" or "²", which ``int`` reads or chokes on), below *count*."""
    if not (isinstance(key, str) and key.isascii() and key.isdigit()
            and (key == "0" or not key.startswith("0"))):
        return None
    offset = int(key)
    return offset if offset < count else None


def _shown_count(count: int) -> str:
    """A cell count for a message: exact while readable (a 5000-digit product cannot
    even be turned into text)."""
    return str(count) if count < 10**18 else f"≈10^{int(count.bit_length() * 0.30103)}"


Raw = Decimal | int | None


def _values(raw: object, count: int, file_name: str) -> list[Raw] | dict[int, Raw]:
    """The cells as the file holds them, each checked to be a number or missing.

    Plain numbers stay as parsed and are read exactly (:func:`_number`) only when a
    selection asks for them: reading all five million a file may claim took half a
    minute and 700 MB, with the editor's import dialog frozen.
    """
    def plain(value: object) -> bool:
        return value is None or type(value) in (int, Decimal)

    if isinstance(raw, list):
        if len(raw) != count:
            raise UserError(_MSG_VALUES, file=file_name, count=len(raw), expected=count)
        return [v if plain(v) else _number(v, i, file_name) for i, v in enumerate(raw)]
    if isinstance(raw, dict):
        values: dict[int, Raw] = {}
        for key, value in raw.items():
            offset = _offset(key, count)
            if offset is None:
                raise UserError(_MSG_VALUES, file=file_name, count=len(raw), expected=count)
            values[offset] = value if plain(value) else _number(value, offset, file_name)
        return values
    raise UserError(_MSG_FIELD, file=file_name, field="value")


def _statuses(raw: object, count: int) -> str | dict[int, str]:
    """The status marks as one string for all cells or by offset (malformed: none)."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list):
        return {i: s for i, s in enumerate(raw[:count]) if isinstance(s, str) and s}
    if isinstance(raw, dict):
        offsets = {k: _offset(k, count) for k in raw}
        return {offset: s for k, s in raw.items()
                if (offset := offsets[k]) is not None and isinstance(s, str) and s}
    return {}


def _table_id(dataset: dict[str, Any]) -> str:
    extension = dataset.get("extension")
    px = extension.get("px") if isinstance(extension, dict) else None
    table_id = px.get("tableid") if isinstance(px, dict) else None
    return table_id if isinstance(table_id, str) else ""
