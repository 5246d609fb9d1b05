"""One indicator's row in a follow-up report, as plain Swedish words.

It lives here, below both the workspace (which computes rows, ``follow_up/report_lines``)
and the Word layer (which prints them, ``word/report_input``), so neither depends on the
other for a data type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IndicatorLine:
    """One row of an activity's indicator table, every value already in Swedish words.

    *status* is a key of :data:`insatsplan.follow_up.status.STATUS_WORDS`
    (``green``, ``yellow``, ``red`` or ``none``); the layout prints its word and
    colours the cell. Empty strings are printed as a dash.
    """

    title: str
    unit: str
    baseline: str
    target: str
    latest: str
    latest_period: str
    status: str
