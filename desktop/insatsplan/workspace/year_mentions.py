"""The texts of a plan that name a year: what a new version lists for review.

A new version moves the years in its title and subtitle (see :mod:`insatsplan.year_roll`)
but not in any other text, because a sentence about what happened last year may be
history. :meth:`Workspace.year_mentions` lists those texts instead, so the coordinator can
read each one; the editor's find bar shows their nodes ("Nämner 2025") and the CLI prints
how many there are.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from insatsplan import content
from insatsplan.model import Node, Plan
from insatsplan.text import plain_text
from insatsplan.year_roll import mentions_year

#: A plan's own texts, in the order the agreement prints them. ``basis`` is a list: each
#: item is its own entry, named ``basis[0]``, ``basis[1]``, ...
PLAN_FIELDS = ("title", "subtitle", "preamble", "basis", "coordinator")
#: A node's texts: its title and text, a topic's labelled fields.
NODE_FIELDS = ("title", "text", "background", "purpose", "target_group", "timeline",
               "responsible_people", "measurable_text", "funding_source")
#: An indicator's texts: where the numbers come from, and the period its target is for
#: (a target for last year is stale). The baseline is history by nature and not listed.
INDICATOR_FIELDS = ("data_source", "target_period")
#: How node titles join into a path, as the plan comparison writes them.
PATH_SEPARATOR = " › "


@dataclass(frozen=True)
class YearMention:
    """One text that names one of the years asked about.

    For a plan field *node_id*, *node_uuid* and *kind* are None and *path* is empty.
    *field* is the stored field's name ("text", "background", "data_source", "basis[1]").
    *text* is the field's text as a reader sees it (Markdown markup and links' addresses
    left out, which is also what is searched: a year in a link's address is not listed).
    """

    field: str
    text: str
    node_id: int | None = None
    node_uuid: str | None = None
    kind: str | None = None
    path: str = ""


def _plan_mentions(plan: Plan, years: Collection[int]) -> Iterator[YearMention]:
    for name in PLAN_FIELDS:
        if name == "basis":
            for index, item in enumerate(plan.basis or []):
                shown = plain_text(item)
                if mentions_year(shown, years):
                    yield YearMention(f"basis[{index}]", shown)
            continue
        shown = plain_text(getattr(plan, name) or "")
        if mentions_year(shown, years):
            yield YearMention(name, shown)


def _node_mentions(node: Node, path: str, years: Collection[int]) -> Iterator[YearMention]:
    values = [(name, plain_text(getattr(node, name) or "")) for name in NODE_FIELDS]
    indicator = node.__dict__.get("_loaded_indicator")
    if indicator is not None:
        values += [(name, getattr(indicator, name) or "") for name in INDICATOR_FIELDS]
    for name, shown in values:
        if mentions_year(shown, years):
            yield YearMention(name, shown, node.id, node.uuid, node.kind, path)


def year_mentions_in(session: Session, plan: Plan, years: int | Collection[int]
                     ) -> list[YearMention]:
    """Every text of *plan* that names one of *years*: its own fields first, then the
    nodes in print order. Evaluations are left out: they are the follow-up of their own
    period, and a new version does not copy them."""
    wanted = {years} if isinstance(years, int) else set(years)
    found = list(_plan_mentions(plan, wanted))
    _nodes, children = content.load_tree(session, plan.id)

    def walk(parent_id: int | None, above: str) -> None:
        for node in children.get(parent_id, []):
            title = plain_text(node.title)
            path = f"{above}{PATH_SEPARATOR}{title}" if above else title
            found.extend(_node_mentions(node, path, wanted))
            walk(node.id, path)

    walk(None, "")
    return found
