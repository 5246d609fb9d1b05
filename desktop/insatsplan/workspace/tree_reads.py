"""What the editor's plan tree reads: outline rows, section orders, titles, parents.

The tree mirrors a plan row by row and follows change events; these are the reads it
makes, as frozen dataclasses (never ORM objects), so the UI holds no SQL of its own.
All Core selects: a plan switch on a large workspace must not pay for the ORM. (Its
status markers come from :meth:`Workspace.indicator_statuses`.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from insatsplan.content import child_sort_key
from insatsplan.model import Node


@dataclass(frozen=True, slots=True)
class OutlineRow:
    """One node as the tree shows it: where it hangs, in which section, its title."""

    id: int
    parent_id: int | None
    kind: str
    horizon: str | None
    position: int
    title: str


Outline = dict[int | None, list[OutlineRow]]


def _outline(rows: Iterable[object]) -> Outline:
    children: Outline = defaultdict(list)
    for row in rows:
        item = OutlineRow(*row)  # type: ignore[misc]
        children[item.parent_id].append(item)
    for siblings in children.values():
        siblings.sort(key=child_sort_key)  # type: ignore[arg-type]
    return children


_COLUMNS = (Node.__table__.c.id, Node.__table__.c.parent_id, Node.__table__.c.kind,
            Node.__table__.c.horizon, Node.__table__.c.position, Node.__table__.c.title)


def plan_outline(session: Session, plan_id: int) -> Outline:
    """Every node of a plan per parent id (None: the plan's focus areas), print order."""
    table = Node.__table__
    return _outline(session.execute(select(*_COLUMNS).where(table.c.plan_id == plan_id)))


def subtrees(session: Session, node_ids: Sequence[int]) -> tuple[list[OutlineRow], Outline]:
    """These nodes (in print order) and everything below them, per parent id."""
    table = Node.__table__
    tops = sorted((row for rows in _outline(session.execute(
        select(*_COLUMNS).where(table.c.id.in_(node_ids)))).values() for row in rows),
        key=child_sort_key)  # type: ignore[arg-type]
    below: list[object] = []
    frontier = [row.id for row in tops]
    while frontier:
        found = session.execute(select(*_COLUMNS).where(
            table.c.parent_id.in_(frontier))).all()
        below.extend(found)
        frontier = [row.id for row in found]
    return tops, _outline(below)


def section_order(session: Session, plan_id: int, parent_id: int | None, kind: str,
                  horizon: str | None) -> list[int]:
    """Ids of one section's siblings in the file's order."""
    table = Node.__table__
    query = select(table.c.id).where(table.c.plan_id == plan_id, table.c.kind == kind)
    query = query.where(table.c.parent_id.is_(None) if parent_id is None
                        else table.c.parent_id == parent_id)
    if kind in ("goal", "indicator"):
        query = query.where(table.c.horizon == horizon)
    return list(session.scalars(query.order_by(table.c.position, table.c.id)))


def titles(session: Session, node_ids: Sequence[int]) -> dict[int, str]:
    """Stored (Markdown) titles of these nodes."""
    table = Node.__table__
    return {row.id: row.title or "" for row in session.execute(
        select(table.c.id, table.c.title).where(table.c.id.in_(node_ids)))}


def parent_and_horizon(session: Session, node_id: int) -> tuple[int | None, str | None] | None:
    """Where a node hangs now (None when it is gone)."""
    table = Node.__table__
    row = session.execute(select(table.c.parent_id, table.c.horizon)
                          .where(table.c.id == node_id)).one_or_none()
    return None if row is None else (row.parent_id, row.horizon)
