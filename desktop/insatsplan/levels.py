"""The traffic-light rule: which colour a value gets from an indicator's levels.

An indicator's levels are two bands, green and yellow, each a closed interval whose
ends may be open (``None``). The rule is one and the same wherever a colour is shown
(the editor's band bar, follow-up views, reports), so it lives here, without Qt:

- a value inside the green band is green, **even where the yellow band overlaps it**
  (a "hold" indicator's green lies inside its yellow: the middle is green, the edges
  yellow);
- otherwise a value inside the yellow band is yellow;
- everything else is red.

A band with both ends open is a band that is not set: it holds no value. (Taken
literally it would hold every value, and then a plan could not say "no yellow band".)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Literal

Status = Literal["green", "yellow", "red"]
#: The bands in the order the rule tries them: the first one that holds a value wins.
PRECEDENCE: tuple[Status, ...] = ("green", "yellow")

Number = Decimal | int | float | str


@dataclass(frozen=True)
class Band:
    """A closed interval; ``None`` is an open end."""

    low: Decimal | None
    high: Decimal | None

    @property
    def is_set(self) -> bool:
        return self.low is not None or self.high is not None

    def holds(self, value: Decimal) -> bool:
        if not self.is_set:
            return False
        return ((self.low is None or value >= self.low)
                and (self.high is None or value <= self.high))


@dataclass(frozen=True)
class Levels:
    """An indicator's green and yellow bands."""

    green: Band
    yellow: Band

    @classmethod
    def from_mapping(cls, levels: Mapping[str, Mapping[str, Number | None] | None]
                     ) -> Levels:
        """From the exchange format's ``{"green": {"min", "max"}, "yellow": {...}}``
        (decimal strings or numbers, None or a missing key for an open end)."""
        def band(name: str) -> Band:
            ends = levels.get(name) or {}
            return Band(_decimal(ends.get("min")), _decimal(ends.get("max")))

        return cls(green=band("green"), yellow=band("yellow"))

    def band(self, status: Status) -> Band:
        return self.green if status == "green" else self.yellow

    def ends(self) -> list[Decimal]:
        """Every finite end of both bands, sorted, without repeats."""
        values = {end for band in (self.green, self.yellow) for end in (band.low, band.high)
                  if end is not None}
        return sorted(values)


def status(levels: Levels, value: Number) -> Status:
    """The colour of *value*: green wins over yellow; outside both is red."""
    number = _decimal(value)
    if number is None:
        raise ValueError(f"not a number: {value!r}")
    for colour in PRECEDENCE:
        if levels.band(colour).holds(number):
            return colour
    return "red"


@dataclass(frozen=True)
class Segment:
    """A stretch of the value axis that has one colour (ends as the axis shows them)."""

    low: Decimal
    high: Decimal
    status: Status


def segments(levels: Levels, low: Decimal, high: Decimal) -> list[Segment]:
    """The colours from *low* to *high*, as a band bar draws them.

    The axis is cut at every band end; each piece gets the colour :func:`status` gives
    its middle, and neighbouring pieces of one colour are joined. (A band end itself
    belongs to the band, but a single point has no width on a bar.)
    """
    if high <= low:
        return []
    cuts = [low, *(end for end in levels.ends() if low < end < high), high]
    out: list[Segment] = []
    for start, stop in pairwise(cuts):
        colour = status(levels, (start + stop) / 2)
        if out and out[-1].status == colour:
            out[-1] = Segment(out[-1].low, stop, colour)
        else:
            out.append(Segment(start, stop, colour))
    return out


def axis(levels: Levels) -> tuple[Decimal, Decimal] | None:
    """A value range that shows every band end with room on both sides for the open
    ends (None when no band has a finite end: there is nothing to scale by)."""
    ends = levels.ends()
    if not ends:
        return None
    low, high = ends[0], ends[-1]
    span = high - low
    if span == 0:
        span = abs(low) if low != 0 else Decimal(1)
    margin = span / 4
    return low - margin, high + margin


def overlap(levels: Levels) -> tuple[Decimal | None, Decimal | None] | None:
    """Where green and yellow both hold values (None ends are open), or None when they
    do not overlap. Green wins there; the editor says so."""
    green, yellow = levels.green, levels.yellow
    if not (green.is_set and yellow.is_set):
        return None
    low = _larger(green.low, yellow.low)
    high = _smaller(green.high, yellow.high)
    if low is not None and high is not None and low > high:
        return None
    return low, high


def _larger(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    return a if b is None else max(a, b)


def _smaller(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    return a if b is None else min(a, b)


def _decimal(value: Number | None) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number
