"""Measurement and evaluation periods: the few text forms people use for "when", as date intervals.

Indicator values are reported for a year, a Swedish school term, a quarter, a month or a
single day. People type these by hand and import them from files, so the text form is the
stored form; this module turns it into an interval of dates so values of different
granularity can be compared, sorted and drawn on one time axis.

Accepted forms (case-insensitive, surrounding whitespace ignored):

======================  ===============================================
``2024``                the year
``2024-VT``             spring term (vårtermin): January–June
``2024-HT``             autumn term (hösttermin): July–December
``2024-Q1`` .. ``Q4``   a calendar quarter
``2024-03``             a month
``2024-03-15``          a single day
``2019-2022``           several whole years (Folkhälsodata's rolling averages)
======================  ===============================================

Those are the stored (canonical) forms. People and files write the same periods in other
ways, and :func:`parse_period` reads them too, turning each into its canonical form:
"VT 2024", "ht2024", "2024 K1", "Q1 2024", "2024K1" and "2024M03" (PxWeb's time codes),
"mars 2024", "15 mars 2024", "2019–2022". :func:`period_label` writes a period the way
people say it, for tables and chart axes.

Years are limited to 1900–2200: anything outside is a typo, not a plan.
No Qt here: the headless CLI uses this module too.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, total_ordering

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

FIRST_YEAR = 1900
LAST_YEAR = 2200

# re.ASCII: without it \d would also match e.g. Arabic-Indic digits, which int() accepts.
_PERIOD_RE = re.compile(
    r"""
    (?P<year>[0-9]{4})
    (?:
        -(?P<term>VT|HT)
      | -Q(?P<quarter>[1-4])
      | -(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?
    )?
    """,
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)
_SPAN_RE = re.compile(r"(?P<first>[0-9]{4})\s*[-\u2013\u2014]\s*(?P<last>[0-9]{4})", re.ASCII)
_TERM_RE = re.compile(
    r"(?:(?P<term>VT|HT) ?(?P<year>[0-9]{4})|(?P<year2>[0-9]{4}) ?(?P<term2>VT|HT))",
    re.IGNORECASE | re.ASCII)
_QUARTER_RE = re.compile(
    r"(?:[KQ](?P<quarter>[1-4]) ?(?P<year>[0-9]{4})|(?P<year2>[0-9]{4}) ?[KQ](?P<quarter2>[1-4]))",
    re.IGNORECASE | re.ASCII)
_PXWEB_MONTH_RE = re.compile(r"(?P<year>[0-9]{4})M(?P<month>[0-9]{2})", re.IGNORECASE | re.ASCII)
_NAMED_MONTH_RE = re.compile(
    r"(?:(?P<day>[0-9]{1,2})\s+)?(?P<name>[^\W\d_]+)\.?\s*(?P<year>[0-9]{4})"
    r"|(?P<year2>[0-9]{4})\s+(?P<name2>[^\W\d_]+)\.?")

_DASHES = str.maketrans(dict.fromkeys(
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"))

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december")
"""The Swedish month names, as a label writes them (lower case, as in Swedish prose)."""

# Every name or abbreviation people write for a month, Swedish and English.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
        ("januari", "jan", "january"), ("februari", "feb", "february"),
        ("mars", "mar", "march"), ("april", "apr"), ("maj", "may"),
        ("juni", "jun", "june"), ("juli", "jul", "july"),
        ("augusti", "aug", "august"), ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"), ("november", "nov"),
        ("december", "dec")), start=1):
    for _name in _names:
        _MONTHS[_name] = _number

# Messages are complete sentences with placeholders, so translators see each one whole.
_MSG_FORM = QT_TRANSLATE_NOOP(
    "Errors", "Invalid period: {value}. Write for example 2024, VT 2024, HT 2024, 2024 K1, "
    "mars 2024, 2024-03-15 or 2019–2022."
)
_MSG_YEAR = QT_TRANSLATE_NOOP(
    "Errors",
    "Invalid period: {value}. The year must be between {first} and {last}; "
    "use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.",
)
_MSG_MONTH = QT_TRANSLATE_NOOP(
    "Errors",
    "Invalid period: {value}. There is no month {month}; "
    "use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.",
)
_MSG_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "A period is missing. Write for example 2024, VT 2024, 2024 K1, mars 2024 or "
    "2024-03-15."
)
_MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "Errors", 'Invalid period: {value}. A period must be written as text, for example "2024-VT".'
)
_MSG_DATE = QT_TRANSLATE_NOOP(
    "Errors",
    "Invalid period: {value}. There is no such date; "
    "use 2024, 2024-VT, 2024-HT, 2024-Q1, 2024-03 or 2024-03-15.",
)


@total_ordering
@dataclass(frozen=True, order=False)
class Period:
    """An inclusive interval of dates with the canonical text it was written as.

    The text is kept because it is what people wrote and what is stored; the dates are
    what comparisons and charts need. Ordering is by ``(start, end)`` only: each canonical
    text has exactly one interval and no two forms share an interval (a year is never a
    term, a month never a day), so this ordering agrees with equality.
    """

    text: str
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"period {self.text!r} ends before it starts")

    @property
    def midpoint(self) -> date:
        """The day a chart places this period on, so a year and its months line up fairly."""
        return self.start + timedelta(days=(self.end - self.start).days // 2)

    @property
    def sort_key(self) -> tuple[date, date]:
        """Earlier start first; on equal start the shorter first (a month before its year)."""
        return (self.start, self.end)

    @property
    def days(self) -> int:
        """The number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __str__(self) -> str:
        return self.text


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """Read one period as typed by a person or found in an imported file.

    Raises :class:`UserError` naming the value and the accepted forms for anything else,
    because the person has to correct the value and needs to see what would be accepted.
    """
    if not isinstance(text, str):
        raise UserError(_MSG_NOT_TEXT, value=repr(text))
    return _parse_text(text)


@lru_cache(maxsize=1 << 16)
def _parse_text(text: str) -> Period:
    """:func:`parse_period` for text, remembered: a chart, a table and a status read the
    same few thousand stored periods again on every selection (a refusal is not
    remembered: an exception is never cached)."""
    # Written forms need one space, however it was typed, and one hyphen: word
    # processors and spreadsheets turn "-" into a hyphen, dash or minus sign.
    text = " ".join(text.translate(_DASHES).split())
    if not text:
        raise UserError(_MSG_EMPTY)
    match = _PERIOD_RE.fullmatch(text)
    if match is None:
        return _parse_written(text)

    year = int(match["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(_MSG_YEAR, value=text, first=FIRST_YEAR, last=LAST_YEAR)

    if match["term"] is not None:
        term = match["term"].upper()
        if term == "VT":
            return Period(f"{year}-VT", date(year, 1, 1), date(year, 6, 30))
        return Period(f"{year}-HT", date(year, 7, 1), date(year, 12, 31))

    if match["quarter"] is not None:
        quarter = int(match["quarter"])
        first_month = 3 * quarter - 2
        return Period(
            f"{year}-Q{quarter}", date(year, first_month, 1), _month_end(year, first_month + 2)
        )

    if match["month"] is not None:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise UserError(_MSG_MONTH, value=text, month=match["month"])
        if match["day"] is None:
            return Period(f"{year}-{month:02d}", date(year, month, 1), _month_end(year, month))
        try:
            day = date(year, month, int(match["day"]))
        except ValueError:
            raise UserError(_MSG_DATE, value=text) from None
        return Period(day.isoformat(), day, day)

    return Period(f"{year}", date(year, 1, 1), date(year, 12, 31))


def _checked_year(text: str, year: str) -> int:
    number = int(year)
    if not FIRST_YEAR <= number <= LAST_YEAR:
        raise UserError(_MSG_YEAR, value=text, first=FIRST_YEAR, last=LAST_YEAR)
    return number


def _parse_written(text: str) -> Period:
    """The forms people write that are not the stored form: each becomes the stored one."""
    if (span := _SPAN_RE.fullmatch(text)) is not None:
        first = _checked_year(text, span["first"])
        last = _checked_year(text, span["last"])
        if last <= first:
            raise UserError(_MSG_FORM, value=text)
        return Period(f"{first}-{last}", date(first, 1, 1), date(last, 12, 31))
    if (term := _TERM_RE.fullmatch(text)) is not None:
        year = _checked_year(text, term["year"] or term["year2"])
        return parse_period(f"{year}-{term['term'] or term['term2']}")
    if (quarter := _QUARTER_RE.fullmatch(text)) is not None:
        year = _checked_year(text, quarter["year"] or quarter["year2"])
        return parse_period(f"{year}-Q{quarter['quarter'] or quarter['quarter2']}")
    if (pxweb := _PXWEB_MONTH_RE.fullmatch(text)) is not None:
        if not 1 <= int(pxweb["month"]) <= 12:
            raise UserError(_MSG_MONTH, value=text, month=pxweb["month"])
        return parse_period(f"{pxweb['year']}-{pxweb['month']}")
    if (named := _NAMED_MONTH_RE.fullmatch(text)) is not None:
        month = _MONTHS.get((named["name"] or named["name2"]).lower())
        if month is not None:
            year = _checked_year(text, named["year"] or named["year2"])
            if named["day"] is None:
                return parse_period(f"{year}-{month:02d}")
            try:
                day = date(year, month, int(named["day"]))
            except ValueError:
                raise UserError(_MSG_DATE, value=text) from None
            return Period(day.isoformat(), day, day)
    raise UserError(_MSG_FORM, value=text)


def period_label(period: Period | str) -> str:
    """How people say a period, for tables and chart axes: "VT 2024", "2024 K1", "mars 2024".

    The stored form sorts and compares; this one is read. Swedish, like the plan itself.
    """
    parsed = period if isinstance(period, Period) else parse_period(period)
    return _label_of(parsed.text)


@lru_cache(maxsize=1 << 16)
def _label_of(text: str) -> str:
    """:func:`period_label` of a stored form, remembered (charts label every point)."""
    year = text[:4]
    rest = text[5:]
    if not rest:
        return year
    if rest in ("VT", "HT"):
        return f"{rest} {year}"
    if rest.startswith("Q"):
        return f"{year} K{rest[1]}"
    if len(rest) == 4:  # a span of years
        return f"{year}\u2013{rest}"
    month_name = MONTH_NAMES[int(rest[:2]) - 1]
    if len(rest) == 2:
        return f"{month_name} {year}"
    return f"{int(rest[3:])} {month_name} {year}"


def is_period(text: object) -> bool:
    """Whether *text* is an accepted period, for callers that only need to know (sniffing)."""
    try:
        parse_period(text)  # type: ignore[arg-type]
    except UserError:
        return False
    return True
