"""Which evaluation speaks for a period: one rule for every reader.

An activity is often evaluated per term or quarter and never for the whole year; the
Uppföljning view, the find bar, ``status --missing`` and the report must then agree that
the year has an evaluation, and on which one the report prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final, TypeVar

from insatsplan.errors import UserError
from insatsplan.periods import Period, parse_period

Item = TypeVar("Item")

#: The status word for an activity with no evaluation for the period, beside the five
#: stored statuses (``model.EVALUATION_STATUSES``), in overviews, summaries and JSON.
NO_EVALUATION: Final = "none"


def period_or_none(text: object) -> Period | None:
    """*text* as a period, or None for anything unreadable (a damaged stored value is
    left out rather than stopping a whole overview or report)."""
    try:
        return parse_period(str(text))
    except (UserError, ValueError, TypeError):
        return None


def chosen_evaluation(items: Iterable[Item], period: Period,
                      period_of: Callable[[Item], Period | None]) -> Item | None:
    """The evaluation for *period* itself, else the latest one inside it (by end, then
    start): a term's or a quarter's evaluation counts for its year."""
    best: Item | None = None
    best_key: tuple[object, object] | None = None
    for item in items:
        own = period_of(item)
        if own is None or own.start < period.start or own.end > period.end:
            continue
        if own.text == period.text:
            return item
        key = (own.end, own.start)
        if best_key is None or key > best_key:
            best, best_key = item, key
    return best
