"""What the editor's forms show: one plan's or one node's field values, read in one query.

The editor panel fills existing widgets from these values each time a row is selected,
so each read is one small query (a few milliseconds on a large workspace). The values
have the shapes :meth:`Workspace.update_plan`, ``update_node`` and ``update_indicator``
take, so what a field shows is what it sends back. No ORM object leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from insatsplan.model import SEALED_STATUSES, Indicator, Node, Plan, Series
from insatsplan.values import canonical_value

__all__ = ["FormValues", "node_form_values", "plan_form_values"]

_TOPIC_FIELDS = ("title", "text", "background", "purpose", "target_group",
                 "responsible_people", "timeline", "measurable_answer", "measurable_text",
                 "funding_source")

@dataclass(frozen=True)
class FormValues:
    """One form's values: *kind* names the form ("plan", "focus_area", "topic", "goal",
    "indicator"); *sealed* is whether the plan is sent or signed; *series_id* is the
    indicator's measurement series (None for anything else)."""

    kind: str
    target_id: int
    plan_id: int
    sealed: bool
    values: dict[str, Any]
    series_id: int | None = None


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else canonical_value(value)


def _bound(value: Decimal | None, period: str | None) -> dict[str, str | None] | None:
    if value is None and period is None:
        return None
    return {"value": _decimal(value), "period": period}


def plan_form_values(session: Session, plan_id: int) -> FormValues | None:
    """The plan's own fields (title page, preamble, basis, parties, signatories)."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        return None
    values: dict[str, Any] = {
        "title": plan.title, "subtitle": plan.subtitle,
        "year_from": plan.year_from, "year_to": plan.year_to,
        "preamble": plan.preamble, "basis": list(plan.basis or []),
        "parties": [p.organisation_code for p in plan.parties],
        "signatories": [{"name": s.name, "title": s.title,
                         "organisation_code": s.organisation_code,
                         "organisation_name": s.organisation_name}
                        for s in plan.signatories],
        "coordinator": plan.coordinator,
        "reporting_deadline": (plan.reporting_deadline.isoformat()
                               if plan.reporting_deadline else None),
    }
    return FormValues("plan", plan_id, plan_id, plan.sealed, values)


def node_form_values(session: Session, node_id: int) -> FormValues | None:
    """A focus area's, topic's, goal's or indicator's fields, in one query: the node,
    its plan's status, its parent's kind (a nested goal), its indicator and unit."""
    parent = aliased(Node)
    row = session.execute(
        select(Node, Plan.status, parent.kind, Indicator, Series.unit)
        .join(Plan, Plan.id == Node.plan_id)
        .outerjoin(parent, parent.id == Node.parent_id)
        .outerjoin(Indicator, Indicator.node_id == Node.id)
        .outerjoin(Series, Series.id == Indicator.series_id)
        .where(Node.id == node_id)
    ).first()
    if row is None:
        return None
    node, status, parent_kind, indicator, unit = row
    values: dict[str, Any] = {"title": node.title, "text": node.text,
                              "horizon": node.horizon}
    series_id: int | None = None
    if node.kind == "topic":
        values.update({name: getattr(node, name) for name in _TOPIC_FIELDS})
        values["responsible_organisations"] = list(node.responsible_organisations or [])
        values["funding_amount"] = _decimal(node.funding_amount)
    elif node.kind == "goal":
        values["nested"] = parent_kind == "goal"
    elif node.kind == "indicator" and indicator is not None:
        levels = None
        if indicator.has_levels:
            levels = {colour: {"min": _decimal(getattr(indicator, f"{colour}_min")),
                               "max": _decimal(getattr(indicator, f"{colour}_max"))}
                      for colour in ("green", "yellow")}
        values.update({
            "unit": unit or "",
            "direction": indicator.direction,
            "data_source": indicator.data_source,
            "baseline": _bound(indicator.baseline_value, indicator.baseline_period),
            "target": _bound(indicator.target_value, indicator.target_period),
            "levels": levels,
        })
        series_id = indicator.series_id
    return FormValues(node.kind, node_id, node.plan_id, status in SEALED_STATUSES, values,
                      series_id)
