"""Which series a chart can show beside an indicator's own: the others in its unit.

Comparison series (the county, the country, women, men) are imported from the same
statistics file as the indicator's own values, each into a series of its own; a line
in another unit on the same axis would mislead, so only series in the indicator's unit
(compared without case and surrounding space) are offered. The ones a person chose are
stored per indicator (:meth:`Workspace.set_comparisons`) and read back with
:meth:`Workspace.comparisons`. Qt-free; reads through the workspace's read side only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from insatsplan.values import same_unit

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.reads import IndicatorData, SeriesData

__all__ = ["comparison_candidates", "same_unit"]


def comparison_candidates(ws: Workspace, indicator: IndicatorData) -> list[SeriesData]:
    """Every other series in *indicator*'s unit that has values, by name, and the ones
    already chosen for it (so they can be taken off again, even after the indicator's
    unit changed and they are no longer drawn)."""
    chosen = ws.comparisons(indicator.node_id)
    chosen_ids = {series.id for series in chosen}
    offered = [series for series in ws.series_in_unit(indicator.unit,
                                                      excluding=indicator.series.id)
               if series.measurements or series.id in chosen_ids]
    offered_ids = {series.id for series in offered}
    return offered + [series for series in chosen if series.id not in offered_ids]
