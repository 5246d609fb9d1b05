"""The exchange file ``insatsplan/1``: checking, reading and writing it; the workspace imports.

An exchange file is one plan as UTF-8 JSON in the shape :func:`insatsplan.content.exchange_document`
writes, described by ``exchange-1.schema.json`` next to this module (it ships inside the
package, so the schema a reader checks against is always the one of its own version).

Files arrive from other people, other workspaces, hand edits and other programs, so reading
one must never end in a traceback: every problem becomes a :class:`~insatsplan.errors.UserError`
that names the *first* problem, in document order, with its place in the file
(``plan.children[2].kind: 'fokus' is not one of: ...``), so the person can open the file and
fix exactly that. Checks come in three layers, each only after the one before has passed:

1. the ``format`` marker, so a foreign file or a file of a newer version gets its own message
   rather than a list of schema complaints;
2. the JSON Schema (structure, types, closed objects, enumerations, text patterns);
3. rules the schema cannot express: periods and values that must exist and fit, kind
   nesting and horizons, unique UUIDs and periods, and indicators' series references.

``jsonschema`` is imported only when a document is validated: it is slow to import, and the
CLI must start fast for commands that never read an exchange file. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import uuid
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from insatsplan.atomic_files import write_bytes_atomically
from insatsplan.errors import (
    ERRORS_CONTEXT,
    QT_TRANSLATE_NOOP,
    Translate,
    UserError,
    untranslated,
)
from insatsplan.limits import MAX_NODE_DEPTH
from insatsplan.periods import parse_period
from insatsplan.safe_paths import regular_input
from insatsplan.values import parse_value

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

FORMAT: Final = "insatsplan/1"
SCHEMA_PATH: Final = Path(__file__).with_name("exchange-1.schema.json")

MAX_FILE_BYTES: Final = 64 * 1024 * 1024
"""Largest exchange file read. A plan with every series is a few megabytes at most; a larger
file is not a plan, and reading it whole would only tie up memory."""

MAX_NESTING: Final = 2 * MAX_NODE_DEPTH + 16
"""Deepest nesting of JSON objects and arrays accepted: room for :data:`MAX_NODE_DEPTH`
levels of nodes (two JSON levels each) and the deepest value inside a node, no more.

Checked before anything recursive looks at the document, so the schema check and tree
walk stay far from Python's recursion limit whatever a file holds; a legal plan is
refused by the clearer node-depth rule first."""

# Which kind of node may stand under which (None: at the top of the plan). The same rules as
# the workspace's ALLOWED_PARENTS; repeated here so that checking a file does not import the
# workspace and SQLAlchemy. A test keeps the two equal.
ALLOWED_PARENTS: Final[dict[str, tuple[str | None, ...]]] = {
    "focus_area": (None,),
    "topic": ("focus_area",),
    "goal": ("topic", "goal"),
    "indicator": ("topic",),
}

_FORMAT_RE = re.compile(r"insatsplan/([0-9]{1,9})", re.ASCII)
_SHOWN_LIMIT = 60

# Messages. Complete sentences with placeholders, so translators see each one whole.
_MSG_AT = QT_TRANSLATE_NOOP("Errors", "{where}: {problem}")
_MSG_NOT_EXCHANGE = QT_TRANSLATE_NOOP(
    "Errors", "This is not an Insatsplan exchange file (format insatsplan/1)."
)
_MSG_NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "This file was written by a newer Insatsplan (format {format}); this version reads "
    "insatsplan/1. Update Insatsplan to import it.",
)
_MSG_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Errors", "The file is nested too deeply (more than {limit} levels) to be a plan."
)
_MSG_BAD_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "The text contains a character that is not valid Unicode (a lone surrogate)."
)
_MSG_TYPE = QT_TRANSLATE_NOOP("Errors", "{value} is not of type {expected}.")
_MSG_ENUM = QT_TRANSLATE_NOOP("Errors", "{value} is not one of: {allowed}.")
_MSG_CONST = QT_TRANSLATE_NOOP("Errors", "{value} must be {expected}.")
_MSG_REQUIRED = QT_TRANSLATE_NOOP("Errors", "The property {name} is missing.")
_MSG_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "Unknown property {name}: the format insatsplan/1 has no such property here."
)
_MSG_NOT_FOR_KIND = QT_TRANSLATE_NOOP(
    "Errors", "This property is not allowed on a node of kind {kind}."
)
_MSG_MINIMUM = QT_TRANSLATE_NOOP("Errors", "{value} is less than the lowest allowed, {limit}.")
_MSG_MAXIMUM = QT_TRANSLATE_NOOP("Errors", "{value} is more than the highest allowed, {limit}.")
_MSG_UUID = QT_TRANSLATE_NOOP(
    "Errors",
    "{value} is not a UUID in lower case, such as 3f2b8c1e-7d4a-4b6e-9c1f-2a5d8e7b6c4f.",
)
_MSG_DATE = QT_TRANSLATE_NOOP("Errors", "{value} is not a date of the form 2025-03-01.")
_MSG_NOT_STANDARD = QT_TRANSLATE_NOOP(
    "Errors", "{value} is not written in the exchange file's standard form; write {standard}."
)
_MSG_OTHER = QT_TRANSLATE_NOOP("Errors", "{value} is not valid here ({detail}).")
_MSG_YEARS = QT_TRANSLATE_NOOP("Errors", "The plan ends ({end}) before it starts ({start}).")
_MSG_TOP_LEVEL = QT_TRANSLATE_NOOP(
    "Errors",
    "A node of kind {kind} cannot be placed at the top of a plan; only focus_area nodes can.",
)
_MSG_NESTING = QT_TRANSLATE_NOOP(
    "Errors", "A node of kind {kind} cannot be placed under a node of kind {parent}."
)
_MSG_NESTED_HORIZON = QT_TRANSLATE_NOOP(
    "Errors", "A goal under a goal must have its parent's horizon ({horizon})."
)
_MSG_DUPLICATE_NODE = QT_TRANSLATE_NOOP(
    "Errors", "The UUID {uuid} is already used by another node of the plan ({other})."
)
_MSG_DUPLICATE_SERIES = QT_TRANSLATE_NOOP(
    "Errors", "The UUID {uuid} is already used by another series ({other})."
)
_MSG_DUPLICATE_MEASUREMENT = QT_TRANSLATE_NOOP(
    "Errors", "The series already has a value for the period {period} ({other})."
)
_MSG_DUPLICATE_EVALUATION = QT_TRANSLATE_NOOP(
    "Errors", "The node already has an evaluation for the period {period} ({other})."
)
_MSG_NO_SERIES = QT_TRANSLATE_NOOP("Errors", "The series {uuid} is not among the file's series.")
_MSG_LEVELS = QT_TRANSLATE_NOOP("Errors", "The {colour} level's minimum is above its maximum.")
_MSG_NODE_DEPTH = QT_TRANSLATE_NOOP(
    "Errors", "Goals can be nested at most {limit} levels deep, counting the focus area "
    "and the topic; this node is on level {depth}.")

_MSG_MISSING_FILE = QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist.")
_MSG_IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file.")
_MSG_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "You do not have permission to read the file {file}."
)
_MSG_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be read: {reason}.")
_MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} is too large to be an exchange file (more than {limit} MB)."
)
_MSG_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} is empty; it is not an Insatsplan exchange file."
)
_MSG_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Errors",
    "The file {file} is not UTF-8 text (invalid byte at position {offset}); "
    "it is not an Insatsplan exchange file.",
)
_MSG_NOT_JSON = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} is not valid JSON: {reason} at line {line}, column {column}."
)
_MSG_NOT_JSON_VALUE = QT_TRANSLATE_NOOP("Errors", "The file {file} is not valid JSON: {reason}.")
_MSG_DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} names the property {name} twice in the same object."
)
_MSG_FILE_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} is nested too deeply to be an Insatsplan exchange file."
)


class DocumentError(UserError):
    """A problem at one place: *where* (a JSON path or a file name), then what is wrong.

    The place and the problem stay separate so that the problem — itself a
    :class:`UserError`, often one from :mod:`insatsplan.periods` or :mod:`insatsplan.values`
    — is translated with its own message, and so that callers such as the editor can point
    at ``where`` instead of parsing the sentence. An empty *where* means the whole document.
    """

    def __init__(self, where: str, problem: UserError) -> None:
        self.where = where
        self.problem = problem
        super().__init__(_MSG_AT, where=where, problem=problem)

    def text(self, translate: Translate = untranslated) -> str:
        """The problem in the language *translate* gives, after its place."""
        problem = self.problem.text(translate)
        if not self.where:
            return problem
        template = translate(ERRORS_CONTEXT, self.message)
        try:
            return template.format(where=self.where, problem=problem)
        except (KeyError, IndexError, ValueError):
            return self.message.format(where=self.where, problem=problem)


# ---------------------------------------------------------------------------- the schema


@functools.cache
def load_schema() -> dict[str, Any]:
    """The JSON Schema of ``insatsplan/1``, read once. Callers must not modify it."""
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


@functools.cache
def _pattern_kinds() -> dict[str, str]:
    """Which schema pattern checks what, so a mismatch gets a message about that thing."""
    defs = load_schema()["$defs"]
    return {
        defs["uuid"]["pattern"]: "uuid",
        defs["uuid_or_null"]["pattern"]: "uuid",
        defs["date_or_null"]["pattern"]: "date",
        defs["period"]["pattern"]: "period",
        defs["period_or_null"]["pattern"]: "period",
        defs["decimal"]["pattern"]: "decimal",
        defs["decimal_or_null"]["pattern"]: "decimal",
    }


@functools.cache
def _validator() -> Validator:
    """A Draft 2020-12 validator for the schema, made strict in two places.

    ``integer`` excludes floats such as ``2025.0`` (the standard counts them as integers,
    but the workspace stores ints and a float year is not what we write), and ``pattern``
    must match the whole text: Python's ``$`` also matches before a final newline, so
    ``"12\\n"`` would otherwise pass as a value.
    """
    from jsonschema import Draft202012Validator, validators
    from jsonschema.exceptions import ValidationError

    def whole_pattern(
        validator: Any, pattern: str, instance: Any, _schema: Any
    ) -> Iterator[ValidationError]:
        if validator.is_type(instance, "string") and re.fullmatch(pattern, instance) is None:
            yield ValidationError(f"{instance!r} does not match {pattern!r}")

    def is_integer(_checker: Any, instance: Any) -> bool:
        return isinstance(instance, int) and not isinstance(instance, bool)

    strict = validators.extend(
        Draft202012Validator,
        validators={"pattern": whole_pattern},
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", is_integer),
    )
    validator: Validator = strict(_inline_refs(load_schema()))
    return validator


def _inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with every ``$ref`` but the recursive one to ``node`` replaced by its target.

    Same meaning, about twice as fast: ``jsonschema`` resolves each ``$ref`` anew for every
    value it checks, and that lookup costs more than most checks. The file keeps its
    ``$defs`` because people read it.
    """
    defs = schema["$defs"]

    def inline(item: Any) -> Any:
        if isinstance(item, list):
            return [inline(value) for value in item]
        if not isinstance(item, dict):
            return item
        out = {key: inline(value) for key, value in item.items()}
        target = out.get("$ref", "")
        name = target.removeprefix("#/$defs/")
        if target.startswith("#/$defs/") and name != "node" and name in defs:
            del out["$ref"]
            out = {**inline(defs[name]), **out}
        return out

    return cast(dict[str, Any], inline(schema))


# ------------------------------------------------------------------------ validation


def check_rules(doc: object) -> None:
    """The checks of :func:`validate_document` except the JSON Schema's: the format
    marker, nesting and text, and the rules beyond the schema (about 1/20 of the time).

    For a preview of a document our own code built (a recognised Word file), where the
    schema check would cost more than everything else; importing still validates it
    whole. A document of a shape the schema refuses may raise ``KeyError`` or
    ``TypeError`` here: :func:`validate_document` names its problem.
    """
    checked = _check_format(doc)
    _check_nesting_and_text(checked)
    _Checker(checked).run()


def validate_document(doc: object) -> None:
    """Check that *doc* is a complete, consistent ``insatsplan/1`` document.

    Raises :class:`UserError` (a :class:`DocumentError` when the problem has a place) naming
    the first problem in document order, so the message is the same every time and points
    to one thing to fix. Returns nothing: a document that passes can be imported as it is.
    """
    checked = _check_format(doc)
    _check_nesting_and_text(checked)
    _check_schema(checked)
    _Checker(checked).run()


def _check_format(doc: object) -> dict[str, Any]:
    """The document as a dict if it says it is ``insatsplan/1``; else why it cannot be read."""
    fmt = doc.get("format") if isinstance(doc, dict) else None
    if fmt == FORMAT:
        return cast(dict[str, Any], doc)
    if isinstance(fmt, str) and (match := _FORMAT_RE.fullmatch(fmt)) and int(match[1]) > 1:
        raise UserError(_MSG_NEWER, format=fmt)
    raise UserError(_MSG_NOT_EXCHANGE)


def _check_nesting_and_text(doc: dict[str, Any]) -> None:
    """Refuse absurd nesting and broken text before anything recursive looks at the document.

    Iterative on purpose: this is what keeps the recursive checks after it safe. Lone
    surrogates (``"\\ud800"`` is valid JSON) cannot be stored as UTF-8 and would fail deep
    inside the import instead of here.
    """
    # Children go on the stack last first, so problems are found in document order.
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(doc, ())]
    while stack:
        item, path = stack.pop()
        if len(path) >= MAX_NESTING:
            raise UserError(_MSG_TOO_DEEP, limit=MAX_NESTING)
        if isinstance(item, dict):
            if not all(_is_valid_text(key) for key in item):
                raise DocumentError(_json_path(path), UserError(_MSG_BAD_TEXT))
            stack.extend((value, (*path, key)) for key, value in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend((item[i], (*path, i)) for i in range(len(item) - 1, -1, -1))
        elif isinstance(item, str) and not _is_valid_text(item):
            raise DocumentError(_json_path(path), UserError(_MSG_BAD_TEXT))


def _is_valid_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# Among errors at the same place, the one that explains the others comes first.
_VALIDATOR_RANK: Final = {
    "type": 0,
    "const": 1,
    "enum": 2,
    "required": 3,
    "additionalProperties": 4,
}


def _check_schema(doc: dict[str, Any]) -> None:
    errors = list(_validator().iter_errors(doc))
    if not errors:
        return

    def order(error: ValidationError) -> tuple[Any, ...]:
        return (
            _document_position(doc, error.absolute_path),
            _VALIDATOR_RANK.get(str(error.validator), 9),
            tuple(str(part) for part in error.absolute_schema_path),
        )

    first = min(errors, key=order)
    raise DocumentError(_json_path(first.absolute_path), _describe(doc, first))


def _document_position(doc: Any, path: Sequence[str | int]) -> tuple[int, ...]:
    """Where *path* is in the document as written: key order in objects, index in arrays."""
    position: list[int] = []
    item = doc
    for part in path:
        if isinstance(item, dict):
            keys = list(item)
            position.append(keys.index(part) if part in item else len(keys))
            item = item.get(part)  # type: ignore[arg-type]
        elif isinstance(item, list) and isinstance(part, int):
            position.append(part)
            item = item[part]
        else:
            break
    return tuple(position)


def _describe(doc: dict[str, Any], error: ValidationError) -> UserError:
    """One schema error in plain words, about the thing the failing check is for."""
    instance = error.instance
    value = _shown(instance)
    kind = error.validator
    if kind == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        return UserError(_MSG_TYPE, value=value, expected=" or ".join(names))
    if kind == "enum":
        allowed = ", ".join(_shown_choice(choice) for choice in error.validator_value)
        return UserError(_MSG_ENUM, value=value, allowed=allowed)
    if kind == "const":
        return UserError(_MSG_CONST, value=value, expected=_shown(error.validator_value))
    if kind == "required":
        missing = [name for name in error.validator_value if name not in instance]
        return UserError(_MSG_REQUIRED, name=_shown((missing or error.validator_value)[0]))
    if kind == "additionalProperties":
        known = error.schema.get("properties", {})
        unknown = [name for name in instance if name not in known]
        return UserError(_MSG_UNKNOWN, name=_shown(unknown[0] if unknown else ""))
    if kind in ("not", None):  # {"not": {}}: a property this kind of node does not have
        node = _at(doc, list(error.absolute_path)[:-1])
        node_kind = node.get("kind") if isinstance(node, dict) else None
        return UserError(_MSG_NOT_FOR_KIND, kind=_shown(node_kind))
    if kind == "minimum":
        return UserError(_MSG_MINIMUM, value=value, limit=error.validator_value)
    if kind == "maximum":
        return UserError(_MSG_MAXIMUM, value=value, limit=error.validator_value)
    if kind == "pattern":
        return _describe_pattern(instance, _pattern_kinds().get(error.validator_value, ""))
    return UserError(_MSG_OTHER, value=value, detail=error.message)


def _describe_pattern(text: str, what: str) -> UserError:
    """Why a text does not have the form its pattern asks for.

    Periods and values reuse the messages people see when they type one, and a text that
    would be accepted when typed (``"2024-vt"``, ``"12,5"``) gets the form to write instead.
    """
    value = _shown(text)
    if what == "uuid":
        return UserError(_MSG_UUID, value=value)
    if what == "date":
        return UserError(_MSG_DATE, value=value)
    if what == "period":
        try:
            standard = parse_period(text).text
        except UserError as error:
            return error
        return UserError(_MSG_NOT_STANDARD, value=value, standard=_shown(standard))
    if what == "decimal":
        try:
            number = parse_value(text)
        except UserError as error:
            return error
        return UserError(_MSG_NOT_STANDARD, value=value, standard=_shown(str(number)))
    return UserError(_MSG_OTHER, value=value, detail=what or "pattern")


def _shown(value: object) -> str:
    """A value as quoted in a message: strings in quotes, the rest as JSON, cut when long."""
    if isinstance(value, str):
        # JSON escapes make line breaks and control characters visible.
        text = f"'{json.dumps(value, ensure_ascii=False)[1:-1]}'"
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = repr(value)
    return text if len(text) <= _SHOWN_LIMIT else text[: _SHOWN_LIMIT - 1] + "…"


def _shown_choice(value: object) -> str:
    """An allowed value in a list of choices: bare, as people would type it."""
    return "null" if value is None else str(value)


def _at(doc: Any, path: Sequence[str | int]) -> Any:
    item = doc
    for part in path:
        item = item[part]
    return item


def _json_path(path: Sequence[str | int] | Iterator[str | int]) -> str:
    """``plan.children[2].kind``: how a person finds the place in the file."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


# ------------------------------------------------------------------- semantic checks


class _Checker:
    """The rules the schema cannot express, checked in document order on a valid shape."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.series_uuids = {series["uuid"] for series in doc["series"]}
        self.node_uuids: dict[str, str] = {}

    def run(self) -> None:
        plan = self.doc["plan"]
        if plan["year_to"] < plan["year_from"]:
            raise DocumentError(
                "plan.year_to",
                UserError(_MSG_YEARS, start=plan["year_from"], end=plan["year_to"]),
            )
        for name in ("reporting_deadline", "signed_on"):
            if plan[name] is not None:
                self.date(f"plan.{name}", plan[name])
        for index, node in enumerate(plan["children"]):
            self.node(f"plan.children[{index}]", node, None, 1)
        self.series()

    def node(
        self, path: str, node: dict[str, Any], parent: dict[str, Any] | None, depth: int
    ) -> None:
        if depth > MAX_NODE_DEPTH:
            raise DocumentError(path, UserError(_MSG_NODE_DEPTH, limit=MAX_NODE_DEPTH,
                                                depth=depth))
        kind = node["kind"]
        parent_kind = None if parent is None else parent["kind"]
        if parent_kind not in ALLOWED_PARENTS[kind]:
            if parent_kind is None:
                problem = UserError(_MSG_TOP_LEVEL, kind=kind)
            else:
                problem = UserError(_MSG_NESTING, kind=kind, parent=parent_kind)
            raise DocumentError(f"{path}.kind", problem)
        if parent is not None and parent_kind == "goal" and node["horizon"] != parent["horizon"]:
            raise DocumentError(
                f"{path}.horizon", UserError(_MSG_NESTED_HORIZON, horizon=parent["horizon"])
            )
        if (other := self.node_uuids.get(node["uuid"])) is not None:
            raise DocumentError(
                f"{path}.uuid", UserError(_MSG_DUPLICATE_NODE, uuid=node["uuid"], other=other)
            )
        self.node_uuids[node["uuid"]] = path

        funding = node.get("fields", {}).get("funding")
        if funding is not None and funding["amount"] is not None:
            self.value(f"{path}.fields.funding.amount", funding["amount"])
        seen: dict[str, str] = {}
        for index, evaluation in enumerate(node.get("evaluations", [])):
            where = f"{path}.evaluations[{index}].period"
            period = self.period(where, evaluation["period"])
            if period in seen:
                raise DocumentError(
                    where, UserError(_MSG_DUPLICATE_EVALUATION, period=period, other=seen[period])
                )
            seen[period] = where
        if "indicator" in node:
            self.indicator(f"{path}.indicator", node["indicator"])
        for index, child in enumerate(node["children"]):
            self.node(f"{path}.children[{index}]", child, node, depth + 1)

    def indicator(self, path: str, indicator: dict[str, Any]) -> None:
        if indicator["series_uuid"] not in self.series_uuids:
            raise DocumentError(
                f"{path}.series_uuid", UserError(_MSG_NO_SERIES, uuid=indicator["series_uuid"])
            )
        for name in ("baseline", "target"):
            bound = indicator[name]
            if bound is not None:
                if bound["value"] is not None:
                    self.value(f"{path}.{name}.value", bound["value"])
                if bound["period"] is not None:
                    self.period(f"{path}.{name}.period", bound["period"])
        levels = indicator["levels"]
        if levels is None:
            return
        for colour in ("green", "yellow"):
            band = levels[colour]
            low = (
                None
                if band["min"] is None
                else self.value(f"{path}.levels.{colour}.min", band["min"])
            )
            high = (
                None
                if band["max"] is None
                else self.value(f"{path}.levels.{colour}.max", band["max"])
            )
            if low is not None and high is not None and low > high:
                raise DocumentError(
                    f"{path}.levels.{colour}", UserError(_MSG_LEVELS, colour=colour)
                )

    def series(self) -> None:
        seen_uuids: dict[str, str] = {}
        for index, series in enumerate(self.doc["series"]):
            path = f"series[{index}]"
            if (other := seen_uuids.get(series["uuid"])) is not None:
                raise DocumentError(
                    f"{path}.uuid",
                    UserError(_MSG_DUPLICATE_SERIES, uuid=series["uuid"], other=other),
                )
            seen_uuids[series["uuid"]] = path
            periods: dict[str, str] = {}
            for number, measurement in enumerate(series["measurements"]):
                where = f"{path}.measurements[{number}]"
                period = self.period(f"{where}.period", measurement["period"])
                if period in periods:
                    raise DocumentError(
                        f"{where}.period",
                        UserError(_MSG_DUPLICATE_MEASUREMENT, period=period, other=periods[period]),
                    )
                periods[period] = f"{where}.period"
                self.value(f"{where}.value", measurement["value"])

    @staticmethod
    def period(path: str, text: str) -> str:
        """The period's canonical text; a period that does not exist is refused here."""
        try:
            return parse_period(text).text
        except UserError as error:
            raise DocumentError(path, error) from None

    @staticmethod
    def value(path: str, text: str) -> Decimal:
        try:
            return parse_value(text)
        except UserError as error:
            raise DocumentError(path, error) from None

    @staticmethod
    def date(path: str, text: str) -> dt.date:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise DocumentError(path, UserError(_MSG_DATE, value=_shown(text))) from None


# ------------------------------------------------------------------------------ files


class _DuplicateKeyError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _ConstantError(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse an object that names a key twice: JSON readers disagree which one wins."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError(key)
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON, although Python's reader accepts them by default."""
    raise _ConstantError(name)


def read_document(path: Path) -> dict[str, Any]:
    """Read and check an exchange file; the document is ready for the workspace to import.

    UTF-8 with or without a byte-order mark (Windows editors add one). Every problem, from a
    missing file to a duplicate UUID deep in the tree, raises :class:`UserError`; a problem
    inside the document is prefixed with the file name.
    """
    path = Path(path)
    file = str(path)
    data = _read_bytes(path)
    if not data.strip():
        raise UserError(_MSG_EMPTY, file=file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(_MSG_NOT_UTF8, file=file, offset=error.start) from None
    try:
        doc = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise UserError(
            _MSG_NOT_JSON, file=file, reason=error.msg, line=error.lineno, column=error.colno
        ) from None
    except _DuplicateKeyError as error:
        raise UserError(_MSG_DUPLICATE_KEY, file=file, name=_shown(error.name)) from None
    except _ConstantError as error:
        raise UserError(
            _MSG_NOT_JSON_VALUE, file=file, reason=f"{error.name} is not a JSON value"
        ) from None
    except RecursionError:
        raise UserError(_MSG_FILE_TOO_DEEP, file=file) from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise UserError(_MSG_NOT_JSON_VALUE, file=file, reason=str(error)) from None
    try:
        validate_document(doc)
    except UserError as error:
        raise DocumentError(file, error) from None
    return cast(dict[str, Any], doc)


def _read_bytes(path: Path) -> bytes:
    file = str(path)
    regular_input(path, missing_ok=True)  # a FIFO would block the read below forever
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UserError(_MSG_MISSING_FILE, file=file) from None
    except IsADirectoryError:
        raise UserError(_MSG_IS_FOLDER, file=file) from None
    except PermissionError:
        if path.is_dir():  # Windows reports a folder as a permission problem
            raise UserError(_MSG_IS_FOLDER, file=file) from None
        raise UserError(_MSG_NO_PERMISSION, file=file) from None
    except OSError as error:
        raise UserError(_MSG_UNREADABLE, file=file, reason=error.strerror or error) from None
    if len(data) > MAX_FILE_BYTES:
        raise UserError(_MSG_TOO_LARGE, file=file, limit=MAX_FILE_BYTES // (1024 * 1024))
    return data


def dumps_document(doc: dict[str, Any]) -> str:
    """The document as the exchange file's text: readable, diffable, in the writer's key order.

    Non-ASCII stays as it is (Swedish text reads as Swedish in any editor), two-space
    indentation and a final newline, so an exported file diffs cleanly against last year's.
    Each measurement is one line: a new value is a one-line diff, and a workspace with
    hundreds of thousands of them writes in a fraction of the time (the indenting encoder
    is pure Python; the one-line encoder is C).
    """
    token = uuid.uuid4().hex
    series = doc.get("series")
    if not isinstance(series, list):
        return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    blocks: dict[str, str] = {}
    shallow = dict(doc)
    shallow["series"] = []
    encode = json.JSONEncoder(ensure_ascii=False).encode
    for index, item in enumerate(series):
        measurements = item.get("measurements") if isinstance(item, dict) else None
        if not isinstance(measurements, list) or not measurements:
            shallow["series"].append(item)
            continue
        marker = f"{token}-{index}"
        shallow["series"].append({**item, "measurements": marker})
        inner = ",\n        ".join(encode(m) for m in measurements)
        blocks[f'"{marker}"'] = f"[\n        {inner}\n      ]"
    text = json.dumps(shallow, ensure_ascii=False, indent=2, sort_keys=False)
    if not blocks:
        return text + "\n"
    # One pass over the text: str.replace per series would rescan megabytes each time.
    pattern = re.compile("|".join(re.escape(marker) for marker in blocks))
    return pattern.sub(lambda match: blocks[match.group(0)], text) + "\n"


def write_document(path: Path, doc: dict[str, Any]) -> None:
    """Write *doc* to *path* atomically (see :mod:`insatsplan.atomic_files`)."""
    write_bytes_atomically(path, dumps_document(doc).encode("utf-8"))


