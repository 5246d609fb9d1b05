"""Indicator values: exact round trips, Swedish input and display, and clear refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from insatsplan.errors import UserError
from insatsplan.values import MAX_DIGITS, canonical_value, format_value_sv, parse_value


@st.composite
def decimals_within_limits(draw: st.DrawFn) -> Decimal:
    """Any finite decimal with at most MAX_DIGITS digits written out, in any exponent form.

    Built from digits and a point position, then re-expressed with a random exponent
    (``Decimal("1E+2")`` and ``Decimal("100.000")`` are the same value), so canonical_value
    sees coefficients and exponents that hypothesis' own strategy rarely produces.
    """
    total = draw(st.integers(min_value=1, max_value=MAX_DIGITS))
    digits = draw(st.text(alphabet="0123456789", min_size=total, max_size=total))
    places = draw(st.integers(min_value=0, max_value=total))
    sign = draw(st.sampled_from(["", "-"]))
    integer, fraction = digits[: total - places] or "0", digits[total - places :]
    value = Decimal(f"{sign}{integer}.{fraction}" if fraction else f"{sign}{integer}")
    extra_zeros = draw(st.integers(min_value=0, max_value=5))
    sign_bit, coefficient, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign_bit, (*coefficient, *([0] * extra_zeros)), exponent - extra_zeros))


@given(decimals_within_limits())
def test_canonical_text_parses_back_to_the_same_value(value: Decimal) -> None:
    assert parse_value(canonical_value(value)) == value


@given(decimals_within_limits())
def test_canonical_value_is_idempotent_and_plain(value: Decimal) -> None:
    text = canonical_value(value)
    assert canonical_value(Decimal(text)) == text
    assert canonical_value(parse_value(value)) == text
    assert "e" not in text.lower()
    assert text != "-0"
    if "." in text:
        assert not text.endswith("0")
        assert not text.endswith(".")


@given(decimals_within_limits())
def test_swedish_display_parses_back(value: Decimal) -> None:
    shown = format_value_sv(value)
    assert "." not in shown
    assert parse_value(shown) == value


@given(decimals_within_limits(), st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_swedish_forms_with_any_separator_parse(value: Decimal, separator: str) -> None:
    typed = format_value_sv(value).replace("\u00a0", separator)
    assert parse_value(f"  {typed} ") == value


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_any_finite_decimal_is_accepted_exactly_or_refused(value: Decimal) -> None:
    try:
        parsed = parse_value(value)
    except UserError as error:
        assert "at most" in str(error)
    else:
        assert parsed == value


@given(st.integers(min_value=-(10**MAX_DIGITS) + 1, max_value=10**MAX_DIGITS - 1))
def test_integers_are_exact(number: int) -> None:
    assert parse_value(number) == number
    assert parse_value(str(number)) == number


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12.5", "12.5"),
        (" 12,5 ", "12.5"),
        ("-3", "-3"),
        ("1 234,5", "1234.5"),
        ("1\u00a0234,5", "1234.5"),
        ("1\u202f234,5", "1234.5"),
        ("12 345 678", "12345678"),
        ("+7", "7"),
        ("\u22122,5", "-2.5"),
        ("0,5", "0.5"),
        (",5", "0.5"),
        ("12.50", "12.5"),
        ("007", "7"),
        ("-0", "0"),
        ("-0,000", "0"),
        ("0.000", "0"),
        (Decimal("1E+2"), "100"),
        (Decimal("12.50"), "12.5"),
        (Decimal("-0"), "0"),
        (1234, "1234"),
        (-5, "-5"),
        ("9" * MAX_DIGITS, "9" * MAX_DIGITS),
        ("0." + "0" * (MAX_DIGITS - 1) + "1", "0." + "0" * (MAX_DIGITS - 1) + "1"),
    ],
)
def test_known_inputs(typed: str | int | Decimal, expected: str) -> None:
    value = parse_value(typed)
    assert canonical_value(value) == expected
    # The result itself is in canonical form (coefficient and exponent), e.g. 100 not 1E+2.
    assert value.as_tuple() == Decimal(expected).as_tuple()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.50"), "12.5"),
        (Decimal("100"), "100"),
        (Decimal("1E+2"), "100"),
        (Decimal("0.000"), "0"),
        (Decimal("-0.000"), "0"),
        (Decimal("-0"), "0"),
        (Decimal("1E-5"), "0.00001"),
        (Decimal("-1.10"), "-1.1"),
        (Decimal("123456789012345678901234567890.5"), "123456789012345678901234567890.5"),
    ],
)
def test_canonical_value_examples(value: Decimal, expected: str) -> None:
    assert canonical_value(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.5"), "12,5"),
        (Decimal("1234.5"), "1\u00a0234,5"),
        (Decimal("1234567"), "1\u00a0234\u00a0567"),
        (Decimal("123"), "123"),
        (Decimal("-1234.50"), "-1\u00a0234,5"),
        (Decimal("0.25"), "0,25"),
        (Decimal("-0.0"), "0"),
        (Decimal("1E+3"), "1\u00a0000"),
    ],
)
def test_swedish_display_examples(value: Decimal, expected: str) -> None:
    assert format_value_sv(value) == expected


def test_precision_beyond_the_decimal_context_is_kept() -> None:
    # The default context rounds arithmetic to 28 digits; parsing must not.
    text = "1234567890.12345678901234567891"
    assert canonical_value(parse_value(text)) == text


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "missing"),
        ("   ", "missing"),
        ("1e5", "Exponent"),
        ("1E+5", "Exponent"),
        ("1,5e-3", "Exponent"),
        ("NaN", "NaN"),
        ("-Infinity", "NaN"),
        ("inf", "NaN"),
        (Decimal("NaN"), "NaN"),
        (Decimal("-Infinity"), "NaN"),
        (12.5, "as text"),
        (float("nan"), "as text"),
        (True, "must be a number"),
        (None, "must be a number"),
        ([1], "must be a number"),
        ("1" * (MAX_DIGITS + 1), "at most 30"),
        ("0." + "0" * MAX_DIGITS + "1", "at most 30"),
        (10**MAX_DIGITS, "at most 30"),
        (Decimal("1E+40"), "at most 30"),
        (Decimal("1E+999999999"), "at most 30"),
        ("1 23", "Write a number"),
        ("12 34", "Write a number"),
        ("1  234", "Write a number"),
        ("1.234,5", "Write a number"),
        ("1,234.5", "Write a number"),
        ("12,5,3", "Write a number"),
        ("5.", "Write a number"),
        ("-", "Write a number"),
        ("12 %", "Write a number"),
        ("twelve", "Write a number"),
        ("0x10", "Write a number"),
        ("1_000", "Write a number"),
        ("١٢", "Write a number"),  # Arabic-Indic digits, which Decimal() itself accepts
        ("１２", "Write a number"),  # full-width digits
    ],
)
def test_invalid_values_are_refused(typed: object, fragment: str) -> None:
    with pytest.raises(UserError, match=fragment):
        parse_value(typed)  # type: ignore[arg-type]


def test_message_names_the_value() -> None:
    with pytest.raises(UserError) as caught:
        parse_value(" 12,5 kr ")
    assert caught.value.params["value"] == "12,5 kr"
    assert "12,5 kr" in str(caught.value)


def test_a_pasted_paragraph_is_shortened_in_the_message() -> None:
    with pytest.raises(UserError) as caught:
        parse_value("x" * 500)
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_canonical_value_refuses_non_finite(value: Decimal) -> None:
    with pytest.raises(ValueError):
        canonical_value(value)


def test_a_value_with_its_unit_is_written_one_way_everywhere() -> None:
    from insatsplan.values import format_with_unit, with_unit

    assert format_with_unit(Decimal("86"), "procent") == "86\u00a0%"
    assert format_with_unit(Decimal("86"), " Andel (%) ") == "86\u00a0%"
    assert format_with_unit(Decimal("1234.5"), "antal  deltagare") == (
        "1\u00a0234,5\u00a0antal deltagare")
    assert format_with_unit(Decimal("3"), "") == "3"
    assert with_unit("3,5", "dagar") == "3,5\u00a0dagar"
