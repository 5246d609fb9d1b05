"""Periods as people write them: every Swedish form becomes the stored form, and reads back.

The measurements table, pasted blocks and statistics files all go through
:func:`parse_period`, so "VT 2024" typed in a cell and "2024K1" in a PxWeb file are
stored as the same canonical text a chart and a report sort by.
"""

from __future__ import annotations

from datetime import date

import pytest

from insatsplan.errors import UserError
from insatsplan.periods import parse_period, period_label

WRITTEN = [
    ("2024", "2024"),
    ("VT 2024", "2024-VT"), ("vt2024", "2024-VT"), ("2024 VT", "2024-VT"),
    ("HT 2024", "2024-HT"), ("ht 2024", "2024-HT"),
    ("2024 K1", "2024-Q1"), ("2024K1", "2024-Q1"), ("K3 2024", "2024-Q3"),
    ("Q1 2024", "2024-Q1"), ("2024 Q4", "2024-Q4"), ("q2 2024", "2024-Q2"),
    ("mars 2024", "2024-03"), ("Mars 2024", "2024-03"), ("mar 2024", "2024-03"),
    ("mar. 2024", "2024-03"), ("2024 maj", "2024-05"), ("okt 2024", "2024-10"),
    ("december 2024", "2024-12"), ("2024M03", "2024-03"), ("2024m11", "2024-11"),
    ("15 mars 2024", "2024-03-15"), ("1 jan 2025", "2025-01-01"),
    ("2024-03-15", "2024-03-15"),
    ("2019–2022", "2019-2022"), ("2019-2022", "2019-2022"), ("2019 - 2022", "2019-2022"),
    ("2019 — 2022", "2019-2022"), ("  VT   2024 ", "2024-VT"),
]


@pytest.mark.parametrize(("written", "stored"), WRITTEN)
def test_written_forms_are_stored_canonically(written: str, stored: str) -> None:
    assert parse_period(written).text == stored
    assert parse_period(stored).text == stored


LABELS = [
    ("2024", "2024"), ("2024-VT", "VT 2024"), ("2024-HT", "HT 2024"),
    ("2024-Q1", "2024 K1"), ("2024-03", "mars 2024"), ("2024-03-15", "15 mars 2024"),
    ("2019-2022", "2019\u20132022"), ("2024-05", "maj 2024"),
]


@pytest.mark.parametrize(("stored", "label"), LABELS)
def test_labels_say_the_period_as_people_do_and_read_back(stored: str, label: str) -> None:
    assert period_label(stored) == label
    assert period_label(parse_period(stored)) == label
    assert parse_period(label).text == stored


def test_a_span_is_its_whole_years_and_charts_at_its_middle() -> None:
    span = parse_period("2019–2022")
    assert (span.start, span.end) == (date(2019, 1, 1), date(2022, 12, 31))
    assert span.midpoint == date(2020, 12, 31)
    assert parse_period("2019") < span < parse_period("2020")


@pytest.mark.parametrize("text", [
    "2022-2019", "2024-2024", "1899-1905", "2024 K5", "Q0 2024", "foo 2024", "31 feb 2024",
    "2024M13", "2024M00", "marsch 2024", "VT-2024", "2024 - VT", "15 mars", "mars",
    "2024 K 1",
])
def test_mistakes_in_written_forms_are_refused(text: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_period(text)
    assert text.strip() in caught.value.text()
