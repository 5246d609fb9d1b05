"""What a follow-up layout needs beyond the plan's exchange dict, gathered by the caller.

The Word layer has no database and draws no charts: the workspace's follow-up reads give
the indicator lines, and the caller (the editor on its GUI thread, the CLI through an
offscreen application) draws each chart with :func:`insatsplan.charts.render.png_bytes`,
the editor's own chart code. Evaluations travel in the exchange dict itself (each topic's
``evaluations``). Plain frozen data, so a test can build one by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from insatsplan.follow_up.indicator_line import IndicatorLine

__all__ = ["ChartImage", "IndicatorLine", "ReportInput"]


@dataclass(frozen=True)
class ChartImage:
    """One trend chart as a PNG, with the alt text saying what it shows."""

    png: bytes
    alt_text: str
    width_cm: float = 16.0
    height_cm: float = 8.0


@dataclass(frozen=True)
class ReportInput:
    """The follow-up of one plan for one period.

    *indicators* and *charts* are keyed by node UUID (an indicator's, and a topic's:
    its indicators' charts, one per unit as the editor groups them).
    """

    period: str  # canonical, e.g. "2025"
    period_label: str  # as people say it, e.g. "2025" or "VT 2025"
    indicators: Mapping[str, IndicatorLine] = field(default_factory=dict)
    charts: Mapping[str, tuple[ChartImage, ...]] = field(default_factory=dict)
