"""Periods: every accepted form parses to its interval, and everything else is refused clearly."""

from __future__ import annotations

import calendar
import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from insatsplan.errors import UserError
from insatsplan.periods import FIRST_YEAR, LAST_YEAR, Period, is_period, parse_period

years = st.integers(min_value=FIRST_YEAR, max_value=LAST_YEAR)


@st.composite
def canonical_periods(draw: st.DrawFn) -> str:
    """Canonical text of any valid period, of every form."""
    year = draw(years)
    kind = draw(st.sampled_from(["year", "term", "quarter", "month", "day", "span"]))
    if kind == "year":
        return f"{year}"
    if kind == "span":
        first = min(year, LAST_YEAR - 1)
        return f"{first}-{draw(st.integers(first + 1, LAST_YEAR))}"
    if kind == "term":
        return f"{year}-{draw(st.sampled_from(['VT', 'HT']))}"
    if kind == "quarter":
        return f"{year}-Q{draw(st.integers(1, 4))}"
    if kind == "month":
        return f"{year}-{draw(st.integers(1, 12)):02d}"
    day = draw(st.dates(min_value=date(FIRST_YEAR, 1, 1), max_value=date(LAST_YEAR, 12, 31)))
    return day.isoformat()


@st.composite
def typed_periods(draw: st.DrawFn) -> tuple[str, str]:
    """(how a person might type it, canonical text): lower case and surrounding whitespace."""
    canonical = draw(canonical_periods())
    typed = canonical.lower() if draw(st.booleans()) else canonical
    space = st.sampled_from(["", " ", "\t", "  ", "\n"])
    return f"{draw(space)}{typed}{draw(space)}", canonical


@given(canonical_periods())
def test_canonical_text_round_trips(text: str) -> None:
    period = parse_period(text)
    assert period.text == text
    assert parse_period(period.text) == period
    assert is_period(text)


@given(typed_periods())
def test_typed_forms_give_canonical_text(case: tuple[str, str]) -> None:
    typed, canonical = case
    assert parse_period(typed).text == canonical


@given(canonical_periods())
def test_midpoint_lies_within(text: str) -> None:
    period = parse_period(text)
    assert period.start <= period.midpoint <= period.end
    assert period.midpoint in period
    assert period.days == (period.end - period.start).days + 1


@given(st.lists(canonical_periods(), min_size=2, max_size=12))
def test_sorting_agrees_with_sort_key(texts: list[str]) -> None:
    periods = [parse_period(text) for text in texts]
    ordered = sorted(periods)
    assert [p.sort_key for p in ordered] == sorted(p.sort_key for p in periods)
    for a, b in itertools.pairwise(ordered):
        assert a <= b
        assert not b < a


@given(canonical_periods(), canonical_periods())
def test_order_agrees_with_equality(a_text: str, b_text: str) -> None:
    a, b = parse_period(a_text), parse_period(b_text)
    assert (a == b) == (a.sort_key == b.sort_key) == (a_text == b_text)
    assert (a < b) + (a == b) + (a > b) == 1


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-VT", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024-HT", date(2024, 7, 1), date(2024, 12, 31)),
        ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("2024-Q2", date(2024, 4, 1), date(2024, 6, 30)),
        ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("1900-02", date(1900, 2, 1), date(1900, 2, 28)),  # not a leap year
        ("2000-02", date(2000, 2, 1), date(2000, 2, 29)),  # a leap year
        ("2024-03-15", date(2024, 3, 15), date(2024, 3, 15)),
        ("2024-02-29", date(2024, 2, 29), date(2024, 2, 29)),
        ("1900", date(1900, 1, 1), date(1900, 12, 31)),
        ("2200-HT", date(2200, 7, 1), date(2200, 12, 31)),
    ],
)
def test_known_intervals(text: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.text, period.start, period.end) == (text, start, end)


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("2024-vt", "2024-VT"),
        (" 2024-ht\n", "2024-HT"),
        ("2024-q1", "2024-Q1"),
        ("\t2024 ", "2024"),
    ],
)
def test_lower_case_and_whitespace(typed: str, canonical: str) -> None:
    assert parse_period(typed).text == canonical


def test_midpoints_of_known_periods() -> None:
    assert parse_period("2024-03-15").midpoint == date(2024, 3, 15)
    assert parse_period("2024-Q1").midpoint == date(2024, 2, 15)  # 90 days: start + 45
    assert parse_period("2024").midpoint == date(2024, 7, 1)  # 365 days after start: + 182


def test_a_month_sorts_before_its_year_and_its_term() -> None:
    texts = ["2024", "2024-VT", "2024-01", "2024-01-01", "2024-Q1", "2023-HT", "2024-HT"]
    assert [p.text for p in sorted(map(parse_period, texts))] == [
        "2023-HT",
        "2024-01-01",
        "2024-01",
        "2024-Q1",
        "2024-VT",
        "2024",
        "2024-HT",
    ]


def test_every_month_ends_on_its_last_day() -> None:
    for month in range(1, 13):
        period = parse_period(f"2024-{month:02d}")
        assert period.end.day == calendar.monthrange(2024, month)[1]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "2024-13",
        "2024-00",
        "2024-02-30",
        "2023-02-29",
        "2024-04-31",
        "2024-01-00",
        "1899",
        "2201",
        "2201-VT",
        "0000-01",
        "2024-Q0",
        "2024-Q5",
        "2024-3",
        "2024-3-1",
        "24",
        "20245",
        "2024-ST",
        "2024-H1",
        "2024-VT-01",
        "2024/03",
        "2024-03-15T00:00",
        "2024 - VT",
        "２０２４",  # full-width digits
        "٢٠٢٤",  # Arabic-Indic digits: int() would take them
        "VT-2024",
        "hösten 2024",
    ],
)
def test_invalid_periods_are_refused(text: str) -> None:
    with pytest.raises(UserError):
        parse_period(text)
    assert not is_period(text)


def test_message_names_the_value_and_the_forms() -> None:
    with pytest.raises(UserError) as caught:
        parse_period("2024-13")
    message = str(caught.value)
    assert "2024-13" in message
    for form in ("2024-VT", "2024-HT", "2024-Q1", "2024-03", "2024-03-15"):
        assert form in message
    assert caught.value.params["value"] == "2024-13"


def test_messages_for_the_specific_mistakes() -> None:
    with pytest.raises(UserError, match="no month 13"):
        parse_period("2024-13")
    with pytest.raises(UserError, match="no such date"):
        parse_period("2024-02-30")
    with pytest.raises(UserError, match="between 1900 and 2200"):
        parse_period("1899-VT")
    with pytest.raises(UserError, match="missing"):
        parse_period("  ")


@pytest.mark.parametrize("value", [2024, None, 2024.0, b"2024"])
def test_non_text_is_a_user_error(value: object) -> None:
    with pytest.raises(UserError, match="as text"):
        parse_period(value)  # type: ignore[arg-type]
    assert not is_period(value)


def test_period_is_hashable_and_frozen() -> None:
    period = parse_period("2024-VT")
    assert {period, parse_period("2024-vt")} == {period}
    with pytest.raises(AttributeError):
        period.text = "2025"  # type: ignore[misc]


def test_comparison_with_other_types_is_refused() -> None:
    with pytest.raises(TypeError):
        _ = parse_period("2024") < "2025"  # type: ignore[operator]


def test_inverted_interval_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        Period("bad", date(2024, 2, 1), date(2024, 1, 1))
