"""Plan content as plain dicts in the shape of the exchange format.

One shape serves the JSON exchange file, the clipboard, undo snapshots and the
fingerprint, so a node copied, deleted and restored, exported or imported is described
the same way everywhere. Reading turns ORM rows into dicts; :func:`build_nodes` turns
dicts back into rows. No file or Qt knowledge here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from insatsplan.model import (
    Evaluation,
    Indicator,
    Measurement,
    Node,
    Plan,
    Series,
    section_rank,
)
from insatsplan.values import canonical_value

FORMAT = "insatsplan/1"

PLAN_SCALAR_FIELDS = (
    "uuid",
    "title",
    "subtitle",
    "year_from",
    "year_to",
    "kind",
    "status",
    "preamble",
    "coordinator",
)


def _value(value: Decimal | None) -> str | None:
    return None if value is None else canonical_value(value)


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def child_sort_key(node: Node) -> tuple[int, int, int]:
    """Siblings print section by section (under a topic), then by position, then by id.

    The id settles two siblings with one position (the API never makes them; a hand
    edit can): without it their order would be the order the database returns rows in,
    which an added index can change for one reader (the editor's outline) and not for
    another (the fingerprint), so a signed plan could show another order than it was
    signed in while ``check`` passes.
    """
    return (section_rank(node.kind, node.horizon), node.position, node.id)


def load_tree(session: Session, plan_id: int) -> tuple[list[Node], dict[int | None, list[Node]]]:
    """All nodes of a plan with indicators, and children per parent id, in print order.

    Two queries whatever the size: the tree view and every exporter start here.
    """
    nodes = list(session.scalars(select(Node).where(Node.plan_id == plan_id)))
    indicators = {
        ind.node_id: ind
        for ind in session.scalars(
            select(Indicator).join(Node, Node.id == Indicator.node_id).where(
                Node.plan_id == plan_id
            )
        )
    }
    children: dict[int | None, list[Node]] = defaultdict(list)
    for node in nodes:
        children[node.parent_id].append(node)
        node.__dict__.setdefault("_loaded_indicator", indicators.get(node.id))
    for siblings in children.values():
        siblings.sort(key=child_sort_key)
    return nodes, children


def outline_rows(session: Session, plan_id: int) -> dict[int | None, list[Any]]:
    """Just what a tree view shows (id, parent, kind, horizon, position, title) per
    parent id, in print order: a plan switch need not load every text of every node."""
    table = Node.__table__  # Core columns: no ORM set-up needed to draw a tree
    rows = session.execute(
        select(table.c.id, table.c.parent_id, table.c.kind, table.c.horizon, table.c.position,
               table.c.title).where(table.c.plan_id == plan_id)
    ).all()
    children: dict[int | None, list[Any]] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)
    for siblings in children.values():
        siblings.sort(key=child_sort_key)
    return children


def node_fields(node: Node) -> dict[str, Any] | None:
    """A topic's labelled fields, or None when every one is empty."""
    fields: dict[str, Any] = {}
    for name in ("background", "purpose", "target_group", "timeline"):
        if getattr(node, name):
            fields[name] = getattr(node, name)
    if node.responsible_organisations or node.responsible_people:
        fields["responsible"] = {
            "organisations": list(node.responsible_organisations or []),
            "people": node.responsible_people or "",
        }
    if node.measurable_answer is not None or node.measurable_text:
        fields["measurable"] = {"answer": node.measurable_answer, "text": node.measurable_text}
    if node.funding_source or node.funding_amount is not None:
        fields["funding"] = {
            "source": node.funding_source or "",
            "amount": _value(node.funding_amount),
        }
    return fields or None


def indicator_dict(indicator: Indicator, series_uuid: str) -> dict[str, Any]:
    def bound(value: Decimal | None, period: str | None) -> dict[str, Any] | None:
        if value is None and period is None:
            return None
        return {"value": _value(value), "period": period}

    levels = None
    if indicator.has_levels:
        levels = {
            "green": {"min": _value(indicator.green_min), "max": _value(indicator.green_max)},
            "yellow": {"min": _value(indicator.yellow_min), "max": _value(indicator.yellow_max)},
        }
    return {
        "series_uuid": series_uuid,
        "direction": indicator.direction,
        "data_source": indicator.data_source,
        "baseline": bound(indicator.baseline_value, indicator.baseline_period),
        "target": bound(indicator.target_value, indicator.target_period),
        "levels": levels,
    }


def evaluation_dict(evaluation: Evaluation) -> dict[str, Any]:
    return {
        "period": evaluation.period,
        "status": evaluation.status,
        "participants": evaluation.participants,
        "text": evaluation.text,
    }


class TreeReader:
    """Reads one plan's tree once and describes any subtree of it as dicts."""

    def __init__(self, session: Session, plan_id: int) -> None:
        self.session = session
        self.nodes, self.children = load_tree(session, plan_id)
        self.by_id = {node.id: node for node in self.nodes}
        ids = [node.id for node in self.nodes]
        self.evaluations: dict[int, list[Evaluation]] = defaultdict(list)
        for chunk in _chunks(ids, 500):
            for evaluation in session.scalars(
                select(Evaluation).where(Evaluation.node_id.in_(chunk))
            ):
                self.evaluations[evaluation.node_id].append(evaluation)
        for items in self.evaluations.values():
            items.sort(key=lambda e: (e.period_start, e.period_end))
        series_ids = {
            ind.series_id
            for node in self.nodes
            if (ind := node.__dict__.get("_loaded_indicator")) is not None
        }
        self.series: dict[int, Series] = {}
        for chunk in _chunks(sorted(series_ids), 500):
            for series in session.scalars(select(Series).where(Series.id.in_(chunk))):
                self.series[series.id] = series

    def indicator(self, node: Node) -> Indicator | None:
        return node.__dict__.get("_loaded_indicator")

    def node_dict(self, node: Node, *, evaluations: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"uuid": node.uuid, "kind": node.kind, "title": node.title}
        if node.text:
            out["text"] = node.text
        if node.horizon is not None:
            out["horizon"] = node.horizon
        if node.origin_uuid:
            out["origin_uuid"] = node.origin_uuid
        if node.kind == "topic" and (fields := node_fields(node)) is not None:
            out["fields"] = fields
        if evaluations and self.evaluations.get(node.id):
            out["evaluations"] = [evaluation_dict(e) for e in self.evaluations[node.id]]
        indicator = self.indicator(node)
        if indicator is not None:
            out["indicator"] = indicator_dict(indicator, self.series[indicator.series_id].uuid)
        out["children"] = [
            self.node_dict(child, evaluations=evaluations) for child in self.children[node.id]
        ]
        return out

    def roots(self) -> list[Node]:
        return self.children[None]

    def used_series(self, nodes: Iterable[Node] | None = None) -> list[Series]:
        return sorted(self.series.values(), key=lambda s: s.uuid)


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def plan_dict(session: Session, plan: Plan, *, with_children: bool = True) -> dict[str, Any]:
    """The plan's own fields (and tree) in exchange form."""
    out: dict[str, Any] = {name: getattr(plan, name) for name in PLAN_SCALAR_FIELDS}
    out["basis"] = list(plan.basis or [])
    out["reporting_deadline"] = _date(plan.reporting_deadline)
    out["signed_on"] = _date(plan.signed_on)
    out["fingerprint"] = plan.fingerprint
    out["origin_plan_uuid"] = plan.origin_plan.uuid if plan.origin_plan is not None else None
    out["parties"] = [
        {"organisation_code": p.organisation_code, "organisation_name": p.organisation_name}
        for p in plan.parties
    ]
    out["signatories"] = [
        {
            "name": s.name,
            "title": s.title,
            "organisation_code": s.organisation_code,
            "organisation_name": s.organisation_name,
        }
        for s in plan.signatories
    ]
    if with_children:
        reader = TreeReader(session, plan.id)
        out["children"] = [reader.node_dict(root) for root in reader.roots()]
    return out


def series_dicts(session: Session, series: list[Series]) -> list[dict[str, Any]]:
    """Series with their measurements, in exchange form, read in one pass.

    Plain rows rather than ORM objects: a plan's series can hold hundreds of thousands
    of measurements, and values are stored as canonical text already.
    """
    table = Measurement.__table__
    by_series: dict[int, list[dict[str, Any]]] = defaultdict(list)
    ids = [s.id for s in series]
    for chunk in _chunks(ids, 500):
        rows = session.execute(
            select(table.c.series_id, table.c.period, type_coerce(table.c.value, String),
                   table.c.note, table.c.source)
            .where(table.c.series_id.in_(chunk))
            .order_by(table.c.series_id, table.c.period_start, table.c.period_end,
                      table.c.period))
        for series_id, period, value, note, source in rows:
            by_series[series_id].append(
                {"period": period, "value": value, "note": note, "source": source})
    return [{"uuid": s.uuid, "name": s.name, "unit": s.unit,
             "measurements": by_series[s.id]} for s in series]


def series_dict(session: Session, series: Series) -> dict[str, Any]:
    return series_dicts(session, [series])[0]


def exchange_document(session: Session, plan: Plan) -> dict[str, Any]:
    """The whole exchange document for one plan: its tree and the series it measures."""
    reader = TreeReader(session, plan.id)
    body = plan_dict(session, plan, with_children=False)
    body["children"] = [reader.node_dict(root) for root in reader.roots()]
    return {
        "format": FORMAT,
        "plan": body,
        "series": series_dicts(session, reader.used_series()),
    }
