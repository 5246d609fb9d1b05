"""The indicator form's follow-up part: the status sentence, the trend chart and the
measurements table.

Follow-up goes on all year, so this part stays editable on sent and signed plans (only
a read-only workspace file makes it read-only); the form's own read-only switch leaves
it alone. The panel fills it from the workspace's read side (:meth:`show`) and again
whenever a change names the shown series.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from insatsplan.follow_up.status import StatusName, TrendName
from insatsplan.periods import period_label
from insatsplan.text import plain_text
from insatsplan.ui.editors.measurements_table import MeasurementsTable, Writer
from insatsplan.values import format_value_sv, format_with_unit
from insatsplan.workspace.reads import judged

if TYPE_CHECKING:
    from insatsplan.levels import Band
    from insatsplan.ui.edits import ComparisonSink
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.reads import IndicatorData, MeasurementRow, SeriesUse

__all__ = ["FollowUpSection", "status_sentence", "uses_text"]

def _band_text(band: Band, unit: str) -> str:
    """"60–75 %", "at least 75 %", "at most 10 %"."""
    if band.low is not None and band.high is not None:
        return f"{format_value_sv(band.low)}–{format_with_unit(band.high, unit)}"
    if band.low is not None:
        return QCoreApplication.translate("FollowUp", "at least {value}").format(
            value=format_with_unit(band.low, unit))
    assert band.high is not None
    return QCoreApplication.translate("FollowUp", "at most {value}").format(
        value=format_with_unit(band.high, unit))


def _level_sentence(indicator: IndicatorData, latest: MeasurementRow,
                    status: StatusName) -> str:
    """"Latest value 68 % (2024): yellow level (60–75 %)." """
    value = format_with_unit(latest.value, indicator.unit)
    period = period_label(latest.period)
    if status == "none" or indicator.levels is None:
        return QCoreApplication.translate(
            "FollowUp", "Latest value {value} ({period}): cannot be assessed without levels."
        ).format(value=value, period=period)
    if status == "red":
        return QCoreApplication.translate(
            "FollowUp", "Latest value {value} ({period}): red level.").format(
            value=value, period=period)
    band = _band_text(indicator.levels.band(status), indicator.unit)
    if status == "green":
        return QCoreApplication.translate(
            "FollowUp", "Latest value {value} ({period}): green level ({band}).").format(
            value=value, period=period, band=band)
    return QCoreApplication.translate(
        "FollowUp", "Latest value {value} ({period}): yellow level ({band}).").format(
        value=value, period=period, band=band)


def _trend_sentence(previous: MeasurementRow, trend: TrendName) -> str:
    """"Better than 2023.", "Worse than 2023.", "Unchanged since 2023." or ""."""
    period = period_label(previous.period)
    if trend == "better":
        return QCoreApplication.translate("FollowUp", "Better than {period}.").format(
            period=period)
    if trend == "worse":
        return QCoreApplication.translate("FollowUp", "Worse than {period}.").format(
            period=period)
    if trend == "flat":
        return QCoreApplication.translate("FollowUp", "Unchanged since {period}.").format(
            period=period)
    return ""


def status_sentence(indicator: IndicatorData) -> str:
    """"Latest value 68 % (2024): yellow level (60–75 %). Better than 2023." in the
    interface's language, from the status and trend rules (:mod:`insatsplan.follow_up
    .status`)."""
    judgement = judged(indicator)  # the same rule as the tree, the tiles and the CLI
    latest, previous = judgement.latest, judgement.previous
    if latest is None:
        return QCoreApplication.translate(
            "FollowUp", "No values yet: the status cannot be assessed.")
    sentence = _level_sentence(indicator, latest, judgement.status)
    trend = "" if previous is None else _trend_sentence(previous, judgement.trend)
    return f"{sentence} {trend}" if trend else sentence


def uses_text(uses: Sequence[SeriesUse], node_id: int) -> list[str]:
    """The other plans' indicators on the same series: "Psykisk hälsa 2025–2027 (signed)"."""
    statuses = {"draft": QCoreApplication.translate("FollowUp", "draft"),
                "sent": QCoreApplication.translate("FollowUp", "sent for signature"),
                "signed": QCoreApplication.translate("FollowUp", "signed")}
    out = []
    for use in uses:
        if use.node_id == node_id:
            continue
        years = (str(use.year_from) if use.year_to == use.year_from
                 else f"{use.year_from}–{use.year_to}")
        title = plain_text(use.plan_title) or QCoreApplication.translate("FollowUp",
                                                                         "(untitled)")
        out.append(f"{title} {years} ({statuses.get(use.plan_status, use.plan_status)})")
    return out


class FollowUpSection(QWidget):
    """Status sentence, chart (built on first use) and the measurements table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # titles and units as written
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("FollowUp", "Status"))
        self.chart: Any = None  # the trend chart, built the first time it is shown
        self.table = MeasurementsTable(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.status)
        self._layout.addWidget(self.table)
        self.node_id: int | None = None
        self.series_id: int | None = None
        self.workspace: Workspace | None = None  # the chart's "Compare with" reads it
        self.comparison_sink: ComparisonSink | None = None  # ... and stores through it
        self._charted: IndicatorData | None = None  # what the chart shows (or will)
        self._chart_pending = False

    def show_indicator(self, indicator: IndicatorData, uses: Sequence[SeriesUse]) -> None:
        """Show *indicator*'s status, chart and values (the panel calls it on selection
        and after every change to its series)."""
        self.node_id = indicator.node_id
        self.series_id = indicator.series.id
        self.status.setText(status_sentence(indicator))
        self.table.set_series(indicator.series, uses_text(uses, indicator.node_id))
        self._show_chart(indicator)

    def forget(self) -> None:
        self.node_id = self.series_id = None
        self._charted = None
        self.table.set_series(None)

    def set_writer(self, writer: Writer | None) -> None:
        self.table.set_writer(writer)

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)

    def set_workspace(self, ws: Workspace | None) -> None:
        self.workspace = ws
        if self.chart is not None:
            self.chart.set_workspace(ws)

    def set_comparison_sink(self, sink: ComparisonSink | None) -> None:
        """Where the chart's "Compare with" stores a choice (the window's undo stack)."""
        self.comparison_sink = sink
        if self.chart is not None:
            self.chart.set_comparison_sink(sink)

    def shows_series(self, series_ids: Sequence[int]) -> bool:
        """Whether the indicator's own series or a comparison drawn beside it is among
        *series_ids* (a change to them is a change to what is shown)."""
        shown = {self.series_id} | ({s.id for s in self.chart.comparisons()}
                                    if self.chart is not None else set())
        return bool(shown & set(series_ids))

    def _show_chart(self, indicator: IndicatorData) -> None:
        """The trend chart, built the first time an indicator is shown, after the form
        has painted: drawing it loads pyqtgraph and numpy (half a second once), which
        must not hold up start-up when the remembered row is an indicator, nor the first
        sight of the table."""
        self._charted = indicator
        if self.chart is not None:
            self.chart.show_indicator(indicator)
        elif not self._chart_pending:
            self._chart_pending = True
            QTimer.singleShot(0, self._build_chart)

    def _build_chart(self) -> None:
        self._chart_pending = False
        if self._charted is None or self.chart is not None:
            return
        from insatsplan.ui.charts.trend_chart import TrendChart

        self.chart = TrendChart(self)
        self.chart.set_workspace(self.workspace)
        self.chart.set_comparison_sink(self.comparison_sink)
        self._layout.insertWidget(1, self.chart)
        self.chart.show_indicator(self._charted)
