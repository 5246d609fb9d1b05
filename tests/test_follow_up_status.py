"""Status and trend rules, as a table of cases (FOLLOW-UP.md: "Status and trend").

Status judges the latest value against the levels; trend compares the last two values
in the indicator's direction. Each row is one case a coordinator would recognise.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from insatsplan.follow_up.status import (
    STATUS_LETTER,
    STATUS_SYMBOL,
    STATUSES,
    assess_status,
    assess_trend,
)
from insatsplan.levels import Band, Levels


def levels(green: tuple[str | None, str | None] | None,
           yellow: tuple[str | None, str | None] | None) -> Levels:
    def band(ends: tuple[str | None, str | None] | None) -> Band:
        if ends is None:
            return Band(None, None)
        return Band(*(None if end is None else Decimal(end) for end in ends))
    return Levels(band(green), band(yellow))


RISE = levels(("75", None), ("60", "75"))        # more is better: ≥75 green, 60–75 yellow
FALL = levels((None, "10"), ("10", "15"))        # less is better: ≤10 green, 10–15 yellow
HOLD = levels(("45", "55"), ("40", "60"))        # hold: green inside yellow
NONE = None

STATUS_CASES = [
    # levels, latest, expected
    (RISE, "80", "green"), (RISE, "75", "green"),          # green wins on the shared end
    (RISE, "68", "yellow"), (RISE, "60", "yellow"), (RISE, "59.9", "red"),
    (FALL, "3", "green"), (FALL, "10", "green"), (FALL, "12", "yellow"), (FALL, "15.1", "red"),
    (HOLD, "50", "green"), (HOLD, "45", "green"), (HOLD, "42", "yellow"), (HOLD, "58", "yellow"),
    (HOLD, "61", "red"), (HOLD, "39", "red"),
    (RISE, None, "none"),                                  # no value: cannot be assessed
    (NONE, "50", "none"),                                  # no levels: cannot be assessed
    (levels(None, None), "50", "none"),                    # levels with no band set
    (levels(None, ("0", "10")), "5", "yellow"),            # only a yellow band
    (levels(None, ("0", "10")), "11", "red"),
]


@pytest.mark.parametrize(("band_levels", "latest", "expected"), STATUS_CASES)
def test_status(band_levels: Levels | None, latest: str | None, expected: str) -> None:
    value = None if latest is None else Decimal(latest)
    assert assess_status(band_levels, value) == expected


TREND_CASES = [
    # direction, levels, previous, latest, target, expected
    ("rise", RISE, "60", "68", None, "better"),
    ("rise", RISE, "68", "60", None, "worse"),
    ("rise", RISE, "68", "68.0", None, "flat"),
    ("rise", None, "1", "2", None, "better"),             # trend needs no levels
    ("fall", FALL, "12", "9", None, "better"),
    ("fall", FALL, "9", "12", None, "worse"),
    ("rise", RISE, None, "68", None, "none"),             # one value: no trend
    ("rise", RISE, None, None, None, "none"),
    # hold: closer to the green band is better, either side of it
    ("hold", HOLD, "40", "44", None, "better"),
    ("hold", HOLD, "60", "57", None, "better"),
    ("hold", HOLD, "44", "38", None, "worse"),
    ("hold", HOLD, "52", "61", None, "worse"),
    ("hold", HOLD, "46", "54", None, "flat"),             # both inside green
    ("hold", HOLD, "42", "58", None, "flat"),             # 3 below, then 3 above: as far off
    ("hold", None, "90", "95", "100", "better"),          # no levels: closer to the target
    ("hold", None, "90", "95", None, "none"),             # nothing to hold to
    ("hold", None, "90", "90", None, "flat"),
]


@pytest.mark.parametrize(("direction", "band_levels", "previous", "latest", "target",
                          "expected"), TREND_CASES)
def test_trend(direction: str, band_levels: Levels | None, previous: str | None,
               latest: str | None, target: str | None, expected: str) -> None:
    def number(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)
    assert assess_trend(direction, band_levels, number(latest), number(previous),
                        target=number(target)) == expected


def test_every_status_has_its_own_shape_and_letter() -> None:
    """Never colour alone: the tree and the report can tell statuses apart in grey."""
    assert len({STATUS_SYMBOL[s] for s in STATUSES}) == len(STATUSES)
    assert len({STATUS_LETTER[s] for s in STATUSES}) == len(STATUSES)
