"""Indicator values: exact decimals, read the way Swedish and English users write them.

Values such as "12,5 %" of pupils or "1 234" contacts are reported to the city and must come
back exactly as entered, so they are :class:`~decimal.Decimal`, stored as canonical text
(``"12.5"``) in the database and in JSON, never as binary floats. People type them with a
decimal comma and spaces between thousands, or paste them from spreadsheets; this module
accepts those forms, rejects what is surely a mistake, and writes them back for display.

No Qt here: the headless CLI uses this module too.
"""

from __future__ import annotations

import re
from decimal import Decimal

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

MAX_DIGITS = 30
"""Most digits a value may have when written out without exponent (``0.001`` counts 3).

Counting written digits rather than only significant ones also bounds the stored text:
no indicator needs 10**40 or 10**-40, and such a value is a typo or a broken import.
"""

_SHOWN_LIMIT = 60

THOUSANDS_SEPARATORS = " \u00a0\u202f"
"""Space, no-break space (Swedish typography, Excel) and narrow no-break space (newer CLDR)."""

# re.ASCII and explicit [0-9]: Decimal() would accept other scripts' digits too.
_NUMBER_RE = re.compile(
    r"""
    (?P<sign>[-+\u2212])?
    (?P<int>[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]*)
    (?:[.,](?P<frac>[0-9]+))?
    """,
    re.VERBOSE | re.ASCII,
)
_EXPONENT_RE = re.compile(r"[-+\u2212]?[0-9 \u00a0\u202f]*(?:[.,][0-9]*)?[eE][-+]?[0-9]+", re.ASCII)
_NOT_FINITE_WORDS = frozenset({"nan", "snan", "inf", "infinity"})

_MSG_FORM = QT_TRANSLATE_NOOP(
    "Errors", "Invalid value: {value}. Write a number such as 12.5, 12,5, -3 or 1 234,5."
)
_MSG_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "A value is missing. Write a number such as 12.5, 12,5, -3 or 1 234,5."
)
_MSG_EXPONENT = QT_TRANSLATE_NOOP(
    "Errors",
    "Invalid value: {value}. Exponent notation such as 1e5 is not accepted; "
    "write the number out in full, for example 100000.",
)
_MSG_NOT_FINITE = QT_TRANSLATE_NOOP(
    "Errors", "Invalid value: {value}. A value must be an ordinary number, not NaN or infinity."
)
_MSG_FLOAT = QT_TRANSLATE_NOOP(
    "Errors",
    'Invalid value: {value}. Decimal numbers must be given as text, for example "12.5", '
    "so that they are stored exactly.",
)
_MSG_TYPE = QT_TRANSLATE_NOOP(
    "Errors", 'Invalid value: {value}. A value must be a number, for example "12.5".'
)
_MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "Invalid value: {value}. A value can have at most {limit} digits."
)


def _shown(text: str) -> str:
    """The value as quoted in a message: whole if short, so a pasted paragraph stays readable."""
    return text if len(text) <= _SHOWN_LIMIT else text[: _SHOWN_LIMIT - 1] + "…"


def _parts(value: Decimal) -> tuple[bool, str, str]:
    """Split a finite *value* into (negative, integer digits, fraction digits), exactly.

    String work on :meth:`Decimal.as_tuple` rather than ``normalize()``: decimal arithmetic
    rounds to the context precision (28 digits by default), and values must stay exact.
    Trailing fraction zeros and leading integer zeros are dropped; zero is never negative.
    """
    if not value.is_finite():
        raise ValueError(f"not a finite decimal: {value!r}")
    sign, digit_tuple, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    digits = "".join(map(str, digit_tuple)).lstrip("0")
    if exponent >= 0:
        integer, fraction = (digits + "0" * exponent if digits else ""), ""
    else:
        places = -exponent
        padded = digits.rjust(places, "0")
        integer, fraction = padded[:-places], padded[-places:]
    integer = integer.lstrip("0")
    fraction = fraction.rstrip("0")
    negative = bool(sign) and bool(integer or fraction)
    return negative, integer, fraction


def _written_digits(value: Decimal) -> int:
    """How many digits :func:`canonical_value` would write, computed without writing them.

    A Decimal such as ``1E+999999999`` is cheap to hold but not to print, so the limit is
    checked from the coefficient and exponent alone.
    """
    _sign, digit_tuple, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    digits = "".join(map(str, digit_tuple)).lstrip("0")
    while exponent < 0 and digits.endswith("0"):
        digits = digits[:-1]
        exponent += 1
    if not digits:
        return 1
    if exponent >= 0:
        return len(digits) + exponent
    return max(len(digits), -exponent)


def _parse_text(text: str) -> Decimal:
    stripped = text.strip()
    if not stripped:
        raise UserError(_MSG_EMPTY)
    match = _NUMBER_RE.fullmatch(stripped)
    if match is None or not (match["int"] or match["frac"]):
        if stripped.lower().lstrip("+-\u2212") in _NOT_FINITE_WORDS:
            raise UserError(_MSG_NOT_FINITE, value=_shown(stripped))
        if _EXPONENT_RE.fullmatch(stripped):
            raise UserError(_MSG_EXPONENT, value=_shown(stripped))
        raise UserError(_MSG_FORM, value=_shown(stripped))
    sign = "-" if match["sign"] in ("-", "\u2212") else ""
    integer = re.sub(f"[{THOUSANDS_SEPARATORS}]", "", match["int"]) or "0"
    fraction = f".{match['frac']}" if match["frac"] else ""
    return Decimal(f"{sign}{integer}{fraction}")


def parse_value(text: str | int | Decimal) -> Decimal:
    """Read one indicator value as typed, pasted or imported, exactly.

    Accepts ``"12.5"``, ``" 12,5 "`` (decimal comma), ``"-3"``, ``"1 234,5"`` with a space,
    no-break space or narrow no-break space between thousands, a leading ``+`` or U+2212
    minus, :class:`int` and finite :class:`Decimal`. The result is in canonical form
    (``"12.50"`` gives ``Decimal("12.5")``, ``-0`` gives ``0``), so equal values are stored
    as equal text.

    Rejects with :class:`UserError`, naming the value: empty text, NaN and infinities,
    exponent notation (``1e5``: people don't type it, so it means a spreadsheet or a
    program wrote the number and it may already be rounded), floats (already inexact),
    other types, and more than :data:`MAX_DIGITS` digits.
    """
    if isinstance(text, bool):  # bool is an int, but True is not a measurement
        raise UserError(_MSG_TYPE, value=repr(text))
    if isinstance(text, float):
        raise UserError(_MSG_FLOAT, value=repr(text))
    if isinstance(text, str):
        value = _parse_text(text)
        shown = _shown(text.strip())
    elif isinstance(text, int):
        value = Decimal(text)
        shown = _shown(str(text))
    elif isinstance(text, Decimal):
        value = text
        shown = _shown(str(text))
        if not value.is_finite():
            raise UserError(_MSG_NOT_FINITE, value=shown)
    else:
        raise UserError(_MSG_TYPE, value=_shown(repr(text)))
    if _written_digits(value) > MAX_DIGITS:
        raise UserError(_MSG_TOO_LONG, value=shown, limit=MAX_DIGITS)
    return Decimal(canonical_value(value))


def canonical_value(value: Decimal) -> str:
    """The one text form a value is stored as: exact, no exponent, no trailing fraction zeros.

    ``Decimal("12.50")`` gives ``"12.5"``, ``Decimal("1E+2")`` gives ``"100"`` and
    ``Decimal("-0.000")`` gives ``"0"``, so equal numbers always compare equal as text.
    Raises :class:`ValueError` for NaN and infinities: those never pass :func:`parse_value`.
    """
    negative, integer, fraction = _parts(value)
    text = integer or "0"
    if fraction:
        text = f"{text}.{fraction}"
    return f"-{text}" if negative else text


def format_value_sv(value: Decimal) -> str:
    """The value as Swedish readers expect it: ``"1\u00a0234,5"``.

    Decimal comma, thousands grouped with a no-break space (so a line never breaks inside
    a number; :func:`parse_value` reads it back). Negative numbers use the ASCII
    hyphen-minus rather than U+2212: it survives copy-paste into every program and
    fonts that lack U+2212. Exact, with trailing zeros dropped, as :func:`canonical_value`.
    """
    negative, integer, fraction = _parts(value)
    integer = integer or "0"
    head = len(integer) % 3 or 3
    groups = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
    text = "\u00a0".join(groups)
    if fraction:
        text = f"{text},{fraction}"
    return f"-{text}" if negative else text


PERCENT_UNITS = frozenset({"%", "procent", "percent", "andel (%)", "procent (%)"})
"""Units that mean per cent: written as "%" after a number, as Swedish readers expect."""


def with_unit(text: str, unit: str) -> str:
    """A number already written out, with its unit: "68 %", "292 deltagare".

    A no-break space keeps the number and its unit on one line; a per cent unit is
    written "%" however the plan names it ("procent", "Andel (%)"). One function, so the
    editor's sentence, the tree, the tiles, the charts and the CLI say a value alike.
    """
    unit = " ".join(unit.split())
    if not unit:
        return text
    if unit.casefold() in PERCENT_UNITS:
        unit = "%"
    return f"{text}\u00a0{unit}"


def format_with_unit(value: Decimal, unit: str) -> str:
    """The value the Swedish way with its unit: ``"1\u00a0234,5\u00a0%"``."""
    return with_unit(format_value_sv(value), unit)


def unit_key(unit: str) -> str:
    """A unit as an axis compares it: without case and extra spaces ("Antal " is "antal"),
    so a topic's indicators, comparison series and menus agree on what shares an axis."""
    return " ".join(unit.split()).casefold()


def same_unit(a: str, b: str) -> bool:
    """Two units the same for a chart's axis (see :func:`unit_key`)."""
    return unit_key(a) == unit_key(b)
