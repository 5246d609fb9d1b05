"""Status and trend of an indicator: the two judgements follow-up shows everywhere.

*Status* judges the latest value against the indicator's levels (green, yellow, red, or
"cannot be assessed" without a value or without levels); *trend* compares the latest
value with the one before in the indicator's direction. They are separate on purpose: a
red indicator can be improving, and people want to see both (``FOLLOW-UP.md``).

The tree, the editor's sentence, the Uppföljning view, the CLI's ``status`` and the
report all ask this module, so the rules are written once, as tables, without Qt. The
band rule itself (green wins where green and yellow overlap) is :mod:`insatsplan.levels`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from insatsplan.errors import QT_TRANSLATE_NOOP
from insatsplan.levels import Band, Levels, status

StatusName = Literal["green", "yellow", "red", "none"]
TrendName = Literal["better", "worse", "flat", "none"]

STATUSES: tuple[StatusName, ...] = ("green", "yellow", "red", "none")
TRENDS: tuple[TrendName, ...] = ("better", "worse", "flat", "none")

#: Which way is better, per direction: the sign of a rise that counts as better.
#: ``hold`` has no sign: better there means closer to the green band (see :func:`assess_trend`).
BETTER_SIGN: dict[str, int] = {"rise": 1, "fall": -1}

#: A shape per status, so status never depends on colour alone (one man in twelve does
#: not tell red from green, and the report is printed in black and white).
STATUS_SYMBOL: dict[StatusName, str] = {"green": "\u25cf", "yellow": "\u25b2",
                                        "red": "\u25a0", "none": "\u25cb"}
#: A letter per status for places where a shape is not enough (screen readers, CSV).
STATUS_LETTER: dict[StatusName, str] = {"green": "G", "yellow": "Y", "red": "R", "none": "-"}
#: Strong colours for markers and text (readable on white), one per status.
STATUS_COLOUR: dict[StatusName, str] = {"green": "#2e7d32", "yellow": "#b7791f",
                                        "red": "#c62828", "none": "#757575"}
#: Soft colours for areas (chart bands, table cells) that text is drawn on.
STATUS_SOFT_COLOUR: dict[StatusName, str] = {"green": "#dcefdc", "yellow": "#fbf0c9",
                                             "red": "#f8dcdc", "none": "#eeeeee"}
#: Arrows for a trend, drawn beside the word.
TREND_SYMBOL: dict[TrendName, str] = {"better": "\u2197", "worse": "\u2198",
                                      "flat": "\u2192", "none": ""}

#: The words, marked for translation in context "FollowUp" (Swedish by default).
STATUS_WORDS: dict[StatusName, str] = {
    "green": QT_TRANSLATE_NOOP("FollowUp", "green level"),
    "yellow": QT_TRANSLATE_NOOP("FollowUp", "yellow level"),
    "red": QT_TRANSLATE_NOOP("FollowUp", "red level"),
    "none": QT_TRANSLATE_NOOP("FollowUp", "cannot be assessed"),
}
TREND_WORDS: dict[TrendName, str] = {
    "better": QT_TRANSLATE_NOOP("FollowUp", "better"),
    "worse": QT_TRANSLATE_NOOP("FollowUp", "worse"),
    "flat": QT_TRANSLATE_NOOP("FollowUp", "unchanged"),
    "none": QT_TRANSLATE_NOOP("FollowUp", "no trend"),
}


def has_levels(levels: Levels | None) -> bool:
    """Whether the levels can judge a value at all (at least one band is set)."""
    return levels is not None and (levels.green.is_set or levels.yellow.is_set)


def assess_status(levels: Levels | None, latest: Decimal | None) -> StatusName:
    """Green, yellow or red for the latest value; "none" without a value or levels."""
    if latest is None or levels is None or not has_levels(levels):
        return "none"
    return status(levels, latest)


def distance(band: Band, value: Decimal) -> Decimal:
    """How far *value* lies outside *band* (0 inside it)."""
    if band.low is not None and value < band.low:
        return band.low - value
    if band.high is not None and value > band.high:
        return value - band.high
    return Decimal(0)


def assess_trend(direction: str, levels: Levels | None, latest: Decimal | None,
                 previous: Decimal | None, *, target: Decimal | None = None) -> TrendName:
    """Better, worse or flat from the last two values, in the indicator's direction.

    For *rise* and *fall* the sign of the change decides. For *hold* ("bibehålla") better
    means closer to the green band; without a green band, closer to the target; with
    neither there is nothing to hold to, and the trend is "none" unless nothing changed.
    """
    if latest is None or previous is None:
        return "none"
    if latest == previous:
        return "flat"
    sign = BETTER_SIGN.get(direction)
    if sign is not None:
        return "better" if (latest - previous) * sign > 0 else "worse"
    if levels is not None and levels.green.is_set:
        before, after = distance(levels.green, previous), distance(levels.green, latest)
    elif target is not None:
        before, after = abs(previous - target), abs(latest - target)
    else:
        return "none"
    if after == before:
        return "flat"
    return "better" if after < before else "worse"
