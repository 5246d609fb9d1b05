"""The one traffic-light rule: green wins where bands overlap, outside both is red."""

from __future__ import annotations

from decimal import Decimal

import pytest

from insatsplan.levels import Levels, axis, overlap, segments, status

Spec = dict[str, dict[str, str | None] | None]

RISE: Spec = {"green": {"min": "140", "max": None}, "yellow": {"min": "100", "max": "140"}}
FALL: Spec = {"green": {"min": None, "max": "5"}, "yellow": {"min": "5", "max": "10"}}
HOLD: Spec = {"green": {"min": "45", "max": "55"}, "yellow": {"min": "40", "max": "60"}}
NO_YELLOW: Spec = {"green": {"min": "80", "max": None}, "yellow": {"min": None, "max": None}}

CASES = [
    # levels, value, colour
    (RISE, "200", "green"),
    (RISE, "140", "green"),  # the shared end is green
    (RISE, "139.99", "yellow"),
    (RISE, "100", "yellow"),
    (RISE, "99", "red"),
    (FALL, "-3", "green"),
    (FALL, "5", "green"),
    (FALL, "7", "yellow"),
    (FALL, "10", "yellow"),
    (FALL, "10.5", "red"),
    (HOLD, "50", "green"),  # inside both: green wins
    (HOLD, "45", "green"),
    (HOLD, "55", "green"),
    (HOLD, "42", "yellow"),
    (HOLD, "58", "yellow"),
    (HOLD, "39", "red"),
    (HOLD, "61", "red"),
    (NO_YELLOW, "80", "green"),
    (NO_YELLOW, "79", "red"),  # a band with no ends is not set: it holds nothing
    ({"green": {"min": "0", "max": "10"}, "yellow": {"min": "5", "max": None}}, "7", "green"),
    ({"green": {"min": "0", "max": "10"}, "yellow": {"min": "5", "max": None}}, "11",
     "yellow"),
]


@pytest.mark.parametrize(("levels", "value", "colour"), CASES)
def test_status(levels: dict[str, dict[str, str | None]], value: str, colour: str) -> None:
    assert status(Levels.from_mapping(levels), value) == colour


def test_numbers_of_every_kind_and_garbage() -> None:
    rise = Levels.from_mapping(RISE)
    assert status(rise, 150) == status(rise, 150.0) == status(rise, Decimal("150")) == "green"
    with pytest.raises(ValueError):
        status(rise, "many")
    with pytest.raises(ValueError):
        status(rise, "NaN")


def test_segments_of_a_hold_indicator_show_green_inside_yellow() -> None:
    hold = Levels.from_mapping(HOLD)
    low, high = axis(hold) or (Decimal(0), Decimal(0))
    assert (low, high) == (Decimal("35"), Decimal("65"))
    assert [(s.low, s.high, s.status) for s in segments(hold, low, high)] == [
        (Decimal("35"), Decimal("40"), "red"), (Decimal("40"), Decimal("45"), "yellow"),
        (Decimal("45"), Decimal("55"), "green"), (Decimal("55"), Decimal("60"), "yellow"),
        (Decimal("60"), Decimal("65"), "red")]


def test_segments_join_neighbours_of_one_colour() -> None:
    rise = Levels.from_mapping(RISE)
    assert [s.status for s in segments(rise, Decimal(0), Decimal(300))] == [
        "red", "yellow", "green"]
    assert segments(rise, Decimal(5), Decimal(5)) == []


@pytest.mark.parametrize(("levels", "expected"), [
    (HOLD, (Decimal("45"), Decimal("55"))),
    (RISE, (Decimal("140"), Decimal("140"))),  # touching ends: that one value is green
    (FALL, (Decimal("5"), Decimal("5"))),
    (NO_YELLOW, None),
    ({"green": {"min": "10", "max": None}, "yellow": {"min": "0", "max": "9"}}, None),
    ({"green": {"min": None, "max": "10"}, "yellow": {"min": None, "max": "20"}},
     (None, Decimal("10"))),
])
def test_overlap(levels: dict[str, dict[str, str | None]],
                 expected: tuple[Decimal | None, Decimal | None] | None) -> None:
    assert overlap(Levels.from_mapping(levels)) == expected


def test_no_finite_end_has_no_axis() -> None:
    empty = {"green": {"min": None, "max": None}, "yellow": {"min": None, "max": None}}
    assert axis(Levels.from_mapping(empty)) is None
    single = Levels.from_mapping({"green": {"min": "0", "max": "0"}, "yellow": None})
    assert axis(single) == (Decimal("-0.25"), Decimal("0.25"))
