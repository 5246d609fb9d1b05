"""Which series a chart can show beside an indicator's own: the others in its unit.

Comparison series (the county, the country, women, men) are imported from the same
statistics file as the indicator's own values, each into a series of its own; a line
in another unit on the same axis would mislead, so only series in the indicator's unit
(compared without case and surrounding space) are offered. Qt-free.

This is a read the workspace's read side does not have yet (every series in a unit);
it reads through :func:`insatsplan.workspace.reads.series_data` in one reading session
and belongs on :class:`~insatsplan.workspace.Workspace` once the lead moves it there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from insatsplan.model import Series
from insatsplan.workspace import reads

if TYPE_CHECKING:
    from insatsplan.workspace import Workspace
    from insatsplan.workspace.reads import IndicatorData, SeriesData


def same_unit(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def comparison_candidates(ws: Workspace, indicator: IndicatorData) -> list[SeriesData]:
    """Every other series in *indicator*'s unit that has values, by name."""
    table = Series.__table__
    with ws.reading() as session:
        ids = [row.id for row in session.execute(
            select(table.c.id, table.c.unit)
            .where(table.c.id != indicator.series.id)
            .where(func.length(table.c.unit) > 0))
            if same_unit(row.unit, indicator.unit)]
        found = reads.series_data(session, ids)
    return sorted((series for series in found.values() if series.measurements),
                  key=lambda series: (series.name.casefold(), series.uuid))
