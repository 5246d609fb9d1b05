"""A topic's indicators charted together: one trend chart per unit.

Indicators of one activity that share a unit ("antal", "procent") belong on one axis, so
the directors see them side by side; indicators in another unit get a chart of their
own, never a shared axis that would mislead. The charts are drawn only when the person
opens the section (a button, remembered for the session): selecting a topic stays as
cheap as before, and pyqtgraph still loads only the first time a chart is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from insatsplan.values import unit_key
from insatsplan.workspace.reads import IndicatorData

__all__ = ["TopicCharts", "by_unit"]


def by_unit(indicators: Sequence[IndicatorData]) -> list[list[IndicatorData]]:
    """Indicators grouped by unit (compared without case and surrounding space), in the
    order each unit first appears."""
    groups: dict[str, list[IndicatorData]] = {}
    for indicator in indicators:
        groups.setdefault(unit_key(indicator.unit), []).append(indicator)
    return list(groups.values())


class TopicCharts(QWidget):
    """The topic form's charts section: a toggle and, when open, one chart per unit."""

    #: The person opened or closed the section (the panel loads the indicators then).
    toggled = Signal(bool)

    #: Open in one topic, open in the next: the choice holds for the session.
    open_for_session = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton(self)
        self.button.setCheckable(True)
        self.button.toggled.connect(self._toggled)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.charts: list[Any] = []  # TrendChart, built when first needed
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.button)
        self._layout.addWidget(self.note)
        self._count = 0
        self.button.setChecked(TopicCharts.open_for_session)
        self._label()

    def is_open(self) -> bool:
        return self.button.isChecked()

    def set_count(self, count: int) -> None:
        """How many indicators the topic has (the section says so while closed)."""
        self._count = count
        self.setVisible(count > 0)
        self._label()
        if not self.is_open():
            self._hide_charts()

    def show_indicators(self, indicators: Sequence[IndicatorData]) -> None:
        """Chart *indicators*, one chart per unit (the panel calls this while open)."""
        self.set_count(len(indicators))
        groups = by_unit(indicators)
        from insatsplan.ui.charts.trend_chart import TrendChart

        while len(self.charts) < len(groups):
            chart = TrendChart(self)
            self._layout.addWidget(chart)
            self.charts.append(chart)
        for chart, group in zip(self.charts, groups, strict=False):
            chart.show_topic(group)
            chart.show()
        for chart in self.charts[len(groups):]:
            chart.hide()
        many = len(groups) > 1
        self.note.setText(self.tr("One chart per unit: indicators in different units do "
                                  "not share an axis.") if many else "")
        self.note.setVisible(many)

    def forget(self) -> None:
        self._hide_charts()

    def _hide_charts(self) -> None:
        for chart in self.charts:
            chart.hide()
        self.note.hide()

    def _label(self) -> None:
        if self.is_open():
            self.button.setText(self.tr("Hide the trend charts"))
        else:
            self.button.setText(self.tr("Show the trend charts ({count} indicators)")
                                .format(count=self._count))

    def _toggled(self, checked: bool) -> None:
        TopicCharts.open_for_session = checked
        self._label()
        if not checked:
            self._hide_charts()
        self.toggled.emit(checked)
