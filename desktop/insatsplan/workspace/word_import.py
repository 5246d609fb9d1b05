"""A recognised Word document brought into the workspace: the preview and the import.

Recognition (:mod:`insatsplan.word_import.recognise`) hands over an
:class:`~insatsplan.word_import.model.ImportResult`: an ``insatsplan/1`` exchange
document and what could not be mapped. This module shows what importing it would do
(:meth:`WordImportOperations.preview_word_import`, read-only) and does it
(:meth:`WordImportOperations.import_word`, one transaction named ``import_word``).

Rules, so years join up and a copy back from review lands where it belongs:

* **Series by title.** An indicator is attached to the existing series whose name, or
  whose indicator's title in another plan, reads the same (plain text, case and
  spacing ignored), so an imported 2023 plan and this year's plan draw one line. An
  indicator of the plan the document came from (same node UUID) keeps that series.
  The person may choose another series or a new one for each indicator.
* **Node UUIDs are kept.** A document we exported carries its nodes' UUIDs; they are
  kept even when the workspace already holds the plan, as ``import-json`` and
  ``new-version`` keep them: node UUIDs are unique within a plan, and the same topic
  keeps its identity across versions (comparisons, the operation log).
* **The plan's UUID** is kept unless the workspace holds it; then the new plan gets a
  fresh UUID and records the held plan as its origin, as ``import-json`` does.
* **As a new version** of a held plan: the new plan starts from a copy of that plan and
  takes the document's text. Node by node (matched by UUID and kind) the document's
  tree, titles and texts win; a topic's field or a plan field the document gives
  replaces the held one, one it leaves empty keeps the held value (Word cannot tell
  "not printed" from "deleted"); what Word never prints stays: an indicator's
  direction, levels, baseline, target, data source and series, and the chart
  comparisons. Nodes the document no longer has are not carried over.
* Imports are drafts: a Word file carries no seal.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from insatsplan import content
from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.exchange import check_rules, validate_document
from insatsplan.model import Indicator, Node, Plan, PlanParty, Series, Signatory
from insatsplan.text import clean, plain_text
from insatsplan.word_import.model import DocumentStyle, ImportResult, Unmapped
from insatsplan.workspace.core import Change, WorkspaceBase, new_uuid

__all__ = [
    "HeldPlan",
    "PreviewNode",
    "SeriesMatch",
    "SeriesOption",
    "WordImportOperations",
    "WordImportPreview",
    "title_key",
]

_MSG_NO_SERIES: Final = QT_TRANSLATE_NOOP(
    "Errors", "There is no series {uuid} in the workspace to attach the indicator "
    "“{title}” to.")
_MSG_SERIES_TWICE: Final = QT_TRANSLATE_NOOP(
    "Errors", "The series “{series}” is chosen for two indicators, “{first}” and "
    "“{second}”; each indicator of a plan has a series of its own.")
_MSG_NO_INDICATOR: Final = QT_TRANSLATE_NOOP(
    "Errors", "The document has no indicator {uuid}.")

# Plan fields the document's value replaces when it gives one (as a new version).
_PLAN_TEXTS: Final = ("subtitle", "preamble", "coordinator")
_PLAN_LISTS: Final = ("basis", "parties", "signatories")


def _check(document: dict[str, Any]) -> None:
    """The exchange format's rules for a document our own code built (recognition, the
    new-version merge): :func:`~insatsplan.exchange.check_rules`, without the JSON
    Schema's check, which cost 140 ms in a preview and 450 ms in an import of a
    real-size agreement, more than everything else. When the document's shape is wrong
    (the rules then fail on a missing key or a wrong type), the full check names the
    place, so the person still gets the schema's message and never a traceback."""
    try:
        check_rules(document)
    except (KeyError, TypeError, AttributeError, IndexError, ValueError):
        validate_document(document)  # the shape is wrong: say where
        raise


def title_key(title: str) -> str:
    """How titles are compared: the visible text, case and spacing ignored."""
    return " ".join(plain_text(title).split()).casefold()


@dataclass(frozen=True)
class PreviewNode:
    """One node that importing would create: its title path (plain text, from the
    focus area down), kind and horizon (goals and indicators)."""

    path: tuple[str, ...]
    kind: str
    horizon: str | None
    uuid: str

    @property
    def title(self) -> str:
        return self.path[-1]

    @property
    def depth(self) -> int:
        """1 for a focus area, 2 for a topic, and so on."""
        return len(self.path)


@dataclass(frozen=True)
class SeriesOption:
    """An existing series a person may attach an indicator to."""

    uuid: str
    name: str
    unit: str


@dataclass(frozen=True)
class SeriesMatch:
    """An indicator of the document and the existing series it would be attached to.

    *matched* is the series chosen by default (None: a new series); *candidates* every
    existing series that reads the same, the default first.
    """

    indicator_uuid: str
    title: str
    path: tuple[str, ...]
    matched: str | None
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class HeldPlan:
    """The plan the document came from, when the workspace holds it."""

    id: int
    title: str
    year_from: int
    year_to: int
    status: str


@dataclass(frozen=True)
class WordImportPreview:
    """What :meth:`WordImportOperations.import_word` would create; nothing is written."""

    title: str
    year_from: int
    year_to: int
    style: DocumentStyle
    nodes: tuple[PreviewNode, ...]
    unmapped: tuple[Unmapped, ...]
    notes: tuple[str, ...]
    held_plan: HeldPlan | None
    series_matches: tuple[SeriesMatch, ...]
    series: tuple[SeriesOption, ...]
    signatories: int
    evaluations: int

    def counts(self) -> dict[str, int]:
        """How many of each: focus areas, topics, short and long goals, indicators,
        evaluations, signatories, unmapped passages, indicators matched to a series."""
        def count(kind: str, horizon: str | None = None) -> int:
            return sum(1 for node in self.nodes if node.kind == kind
                       and (horizon is None or node.horizon == horizon))

        return {
            "focus_areas": count("focus_area"), "topics": count("topic"),
            "short_goals": count("goal", "short"), "long_goals": count("goal", "long"),
            "indicators": count("indicator"), "evaluations": self.evaluations,
            "signatories": self.signatories, "unmapped": len(self.unmapped),
            "matched_series": sum(1 for m in self.series_matches if m.matched is not None),
        }

    def series_option(self, uuid: str) -> SeriesOption | None:
        return next((option for option in self.series if option.uuid == uuid), None)


def _walk(nodes: list[dict[str, Any]], path: tuple[str, ...] = ()
          ) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """Every node of a tree in print order, with its title path."""
    for node in nodes:
        here = (*path, plain_text(node.get("title", "")))
        yield node, here
        yield from _walk(node.get("children") or [], here)


def _indicator_paths(nodes: list[dict[str, Any]]
                     ) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """The indicators of a tree in print order with their title paths, as :func:`_walk`
    gives them; only their own titles and their ancestors' are made plain text (once
    each), not every goal's: that was a quarter of an import's time (profiled)."""
    plain: dict[int, str] = {}

    def title(node: dict[str, Any]) -> str:
        if id(node) not in plain:
            plain[id(node)] = plain_text(node.get("title", ""))
        return plain[id(node)]

    def walk(children: list[dict[str, Any]], ancestors: tuple[dict[str, Any], ...]
             ) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
        for node in children:
            if node.get("kind") == "indicator":
                yield node, tuple(title(each) for each in (*ancestors, node))
            yield from walk(node.get("children") or [], (*ancestors, node))

    return walk(nodes, ())


def _nodes(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every node of a tree in print order (no title paths: they cost a parse each)."""
    for node in nodes:
        yield node
        yield from _nodes(node.get("children") or [])


class _Catalogue:
    """The workspace's series and indicator titles, read once, for matching by title."""

    def __init__(self, session: Session, held: Plan | None) -> None:
        series = Series.__table__
        self.options = tuple(sorted(
            (SeriesOption(row.uuid, row.name, row.unit)
             for row in session.execute(select(series.c.uuid, series.c.name, series.c.unit))),
            key=lambda option: (option.name.casefold(), option.uuid)))
        self.by_title: dict[str, list[str]] = {}
        self.by_topic: dict[tuple[str, str], list[str]] = {}
        nodes, plans, indicators = Node.__table__, Plan.__table__, Indicator.__table__
        parents = nodes.alias("parent")
        rows = session.execute(
            select(nodes.c.title, parents.c.title, series.c.uuid, nodes.c.plan_id,
                   nodes.c.uuid)
            .join(indicators, indicators.c.node_id == nodes.c.id)
            .join(series, series.c.id == indicators.c.series_id)
            .join(plans, plans.c.id == nodes.c.plan_id)
            .join(parents, parents.c.id == nodes.c.parent_id)
            .order_by(plans.c.year_to.desc(), plans.c.id.desc(), nodes.c.id)).all()
        self.held_series: dict[str, str] = {}
        for title, topic, series_uuid, plan_id, node_uuid in rows:  # the latest plan first
            key = title_key(title)
            _add(self.by_title, key, series_uuid)
            _add(self.by_topic, (title_key(topic), key), series_uuid)
            if held is not None and plan_id == held.id:
                self.held_series[node_uuid] = series_uuid
        for option in self.options:
            _add(self.by_title, title_key(option.name), option.uuid)
        self.known = {option.uuid for option in self.options}

    def candidates(self, node_uuid: str, path: tuple[str, ...]) -> tuple[str, ...]:
        """The series an indicator (its title path) may measure, the likeliest first:
        the held plan's indicator's, then those of indicators reading the same under a
        topic reading the same, then those reading the same anywhere."""
        key = title_key(path[-1])
        out = [self.held_series[node_uuid]] if node_uuid in self.held_series else []
        if len(path) > 1:
            out += self.by_topic.get((title_key(path[-2]), key), [])
        out += self.by_title.get(key, [])
        return tuple(dict.fromkeys(out))

    def defaults(self, indicators: Sequence[tuple[str, tuple[str, ...]]],
                 fixed: Mapping[str, str | None] | None = None
                 ) -> dict[str, tuple[str | None, tuple[str, ...]]]:
        """Each indicator's (UUID, title path) default series (None: a new one) and its
        candidates, the default first. An indicator of a plan has a series of its own
        (``NodeBuilder`` copies a series a second indicator names), so a series already
        taken -- by a choice in *fixed* or an indicator before it -- is no default for
        another: three topics' "Antal deltagare" are three series."""
        fixed = fixed or {}
        taken = {uuid for uuid in fixed.values() if uuid is not None}
        out: dict[str, tuple[str | None, tuple[str, ...]]] = {}
        for node_uuid, path in indicators:
            candidates = self.candidates(node_uuid, path)
            if node_uuid in fixed:
                out[node_uuid] = (fixed[node_uuid], candidates)
                continue
            default = next((uuid for uuid in candidates if uuid not in taken), None)
            if default is not None:
                taken.add(default)
                candidates = (default, *(uuid for uuid in candidates if uuid != default))
            out[node_uuid] = (default, candidates)
        return out


def _add(index: dict[Any, list[str]], key: Any, series_uuid: str) -> None:
    if key and series_uuid not in (found := index.setdefault(key, [])):
        found.append(series_uuid)


class WordImportOperations(WorkspaceBase):
    """The Word import half of :class:`~insatsplan.workspace.Workspace`."""

    if TYPE_CHECKING:  # what the import uses of the rest of Workspace (the same signatures)
        def _plan(self, session: Session, ref: str | int) -> Plan:
            """The plan *ref* names, or UserError (:mod:`.api`)."""

        def _merge_series(self, session: Session, items: list[dict[str, Any]]
                          ) -> dict[str, Series]:
            """The exchange document's series, added or merged (:mod:`.api`)."""

        @staticmethod
        def _apply_plan_fields(plan: Plan, fields: dict[str, Any]) -> None:
            """A plan's text and list fields, cleaned (:mod:`.api`)."""

        @staticmethod
        def _check_years(plan: Plan) -> None:
            """UserError when the plan ends before it starts (:mod:`.api`)."""

        @staticmethod
        def _copy_comparisons(session: Session, source_plan_id: int, plan_id: int) -> None:
            """A new version keeps the source's chart comparisons (:mod:`.follow_up`)."""

    def preview_word_import(self, result: ImportResult) -> WordImportPreview:
        """What importing *result* would create, and the choices a person has; read-only.

        A document that breaks the exchange format's rules is refused here already, with
        the message the import would give (the import also runs the schema's check).
        """
        _check(result.document)  # read, never changed
        return self._preview(result)

    def _preview(self, result: ImportResult) -> WordImportPreview:
        body = result.document["plan"]
        with self.reading() as session:
            held = session.scalar(select(Plan).where(Plan.uuid == body["uuid"]))
            catalogue = _Catalogue(session, held)
            held_plan = None if held is None else HeldPlan(
                held.id, held.title, held.year_from, held.year_to, held.status)
        nodes, evaluations = [], 0
        for node, path in _walk(body["children"]):
            nodes.append(PreviewNode(path, node["kind"], node.get("horizon"), node["uuid"]))
            evaluations += len(node.get("evaluations") or [])
        defaults = catalogue.defaults([(n.uuid, n.path) for n in nodes
                                       if n.kind == "indicator"])
        matches = [SeriesMatch(uuid, path[-1], path, *defaults[uuid])
                   for uuid, path in ((n.uuid, n.path) for n in nodes
                                      if n.kind == "indicator")]
        return WordImportPreview(
            title=body["title"], year_from=body["year_from"], year_to=body["year_to"],
            style=result.style, nodes=tuple(nodes), unmapped=result.unmapped,
            notes=result.notes, held_plan=held_plan, series_matches=tuple(matches),
            series=catalogue.options, signatories=len(body.get("signatories") or []),
            evaluations=evaluations)

    def import_word(self, result: ImportResult, *,
                    series_choices: Mapping[str, str | None] | None = None,
                    as_new_version_of: int | None = None) -> int:
        """A new draft plan from a recognised Word document; its id. All or nothing.

        *series_choices* maps an indicator's UUID to the series it should measure (a
        series UUID, or None for a new series); an indicator not named gets the default
        of :meth:`preview_word_import`. *as_new_version_of* (a plan id) makes the plan a
        new version of that plan: see the module's rules.
        """
        with self.operation("import_word") as session:
            document, catalogue, held, source = self._final_document(
                session, result, series_choices, as_new_version_of)
            plan = self._new_plan(session, document["plan"], held, source)
            series_by_uuid = self._merge_series(
                session, [series for series in document["series"]
                          if series["uuid"] not in catalogue.known])
            # the existing series the indicators measure, read at once (not one by one)
            wanted = {node["indicator"]["series_uuid"]
                      for node in _nodes(document["plan"]["children"])
                      if node["kind"] == "indicator"} - set(series_by_uuid)
            series_by_uuid.update((series.uuid, series) for series in session.scalars(
                select(Series).where(Series.uuid.in_(sorted(wanted)))))
            from insatsplan.workspace.api import NodeBuilder

            builder = NodeBuilder(session, plan, set(), set(), True, series_by_uuid)
            for position, item in enumerate(document["plan"]["children"]):
                builder.build(item, None, position, None)
            session.flush()
            if source is not None:
                self._copy_comparisons(session, source.id, plan.id)
            self.log_nodes(session, plan.uuid, builder.uuids)
            session.flush()
            self._notify(Change("plans", plan.id))
            return plan.id

    def word_import_document(self, result: ImportResult, *,
                             series_choices: Mapping[str, str | None] | None = None,
                             as_new_version_of: int | None = None) -> dict[str, Any]:
        """The exchange document :meth:`import_word` would import with these choices
        (the series chosen, the new-version merge done); nothing is written.

        It stands alone: it lists the existing series its indicators measure (without
        their values, which the workspace holds), so ``import-json`` of it makes the
        plan :meth:`import_word` would (``--dry-run --json``)."""
        with self.reading() as session:
            document, catalogue, _held, _source = self._final_document(
                session, result, series_choices, as_new_version_of)
        listed = {series["uuid"] for series in document["series"]}
        used = sorted({node["indicator"]["series_uuid"]
                       for node in _nodes(document["plan"]["children"])
                       if node["kind"] == "indicator"} - listed)
        names = {option.uuid: option for option in catalogue.options}
        document["series"] += [{"uuid": uuid, "name": names[uuid].name,
                                "unit": names[uuid].unit, "measurements": []}
                               for uuid in used if uuid in names]
        return document

    def _final_document(self, session: Session, result: ImportResult,
                        series_choices: Mapping[str, str | None] | None,
                        as_new_version_of: int | None
                        ) -> tuple[dict[str, Any], _Catalogue, Plan | None, Plan | None]:
        """What importing *result* writes: the exchange document with each indicator's
        series chosen (its ``series`` only the new ones) and, as a new version, merged
        with the held plan; the catalogue of series, the plan of the same UUID and the
        plan it is a new version of. One place, so the import and its dry run agree."""
        document = copy.deepcopy(result.document)
        _check(document)
        body = document["plan"]
        held = session.scalar(select(Plan).where(Plan.uuid == body["uuid"]))
        source = None if as_new_version_of is None else self._plan(
            session, as_new_version_of)
        catalogue = _Catalogue(session, source if source is not None else held)
        self._choose_series(document, catalogue, dict(series_choices or {}))
        if source is not None:
            with session.no_autoflush:
                document = _as_new_version(
                    document, content.exchange_document(session, source))
            _check(document)
        return document, catalogue, held, source

    @staticmethod
    def _choose_series(document: dict[str, Any], catalogue: _Catalogue,
                       choices: dict[str, str | None]) -> None:
        """Point each indicator at the series it measures: the person's choice or the
        default match (an existing series), else the document's own new series. The
        document's series nobody measures any more are dropped."""
        walked = list(_indicator_paths(document["plan"]["children"]))
        indicators = {node["uuid"]: node for node, _path in walked}
        chosen_by: dict[str, str] = {}
        for uuid, series_uuid in choices.items():
            if uuid not in indicators:
                raise UserError(_MSG_NO_INDICATOR, uuid=uuid)
            if series_uuid is None:
                continue
            if series_uuid not in catalogue.known:
                raise UserError(_MSG_NO_SERIES, uuid=series_uuid,
                                title=plain_text(indicators[uuid]["title"]))
            if series_uuid in chosen_by:
                names = {option.uuid: option.name for option in catalogue.options}
                raise UserError(_MSG_SERIES_TWICE, series=names[series_uuid],
                                first=plain_text(indicators[chosen_by[series_uuid]]["title"]),
                                second=plain_text(indicators[uuid]["title"]))
            chosen_by[series_uuid] = uuid
        defaults = catalogue.defaults([(node["uuid"], path) for node, path in walked], choices)
        for uuid, node in indicators.items():
            spec = node["indicator"]
            chosen = defaults[uuid][0]
            if chosen is not None:
                spec["series_uuid"] = chosen
            elif spec["series_uuid"] in catalogue.known:  # "new series" means new
                fresh = new_uuid()
                document["series"].append({"uuid": fresh, "name": plain_text(node["title"]),
                                           "unit": "", "measurements": []})
                spec["series_uuid"] = fresh
        used = {node["indicator"]["series_uuid"] for node in indicators.values()}
        document["series"] = [series for series in document["series"]
                              if series["uuid"] in used and series["uuid"] not in catalogue.known]

    def _new_plan(self, session: Session, body: dict[str, Any], held: Plan | None,
                  source: Plan | None) -> Plan:
        """The plan row (a draft) with its parties and signatories; the nodes come after."""
        origin = source if source is not None else held
        keep_uuid = held is None and source is None
        plan = Plan(uuid=body["uuid"] if keep_uuid else new_uuid(),
                    title=clean(body["title"]), year_from=body["year_from"],
                    year_to=body["year_to"], kind=body["kind"], status="draft",
                    origin_plan_id=None if origin is None else origin.id)
        self._apply_plan_fields(plan, {
            name: body.get(name) for name in ("subtitle", "preamble", "coordinator", "basis",
                                              "reporting_deadline")})
        self._check_years(plan)
        plan.parties = [PlanParty(position=i, organisation_code=clean(p["organisation_code"]),
                                  organisation_name=clean(p["organisation_name"]))
                        for i, p in enumerate(body["parties"])]
        plan.signatories = [
            Signatory(position=i, name=clean(s["name"]), title=clean(s["title"]),
                      organisation_code=clean(s["organisation_code"]),
                      organisation_name=clean(s["organisation_name"]))
            for i, s in enumerate(body["signatories"])]
        session.add(plan)
        session.flush()
        return plan


# ------------------------------------------------------------------ a new version


def _as_new_version(document: dict[str, Any], held: dict[str, Any]) -> dict[str, Any]:
    """The document to import as a new version of *held* (both exchange documents)."""
    body, held_body = document["plan"], held["plan"]
    merged = dict(held_body)
    merged.update(uuid=body["uuid"], title=body["title"] or held_body["title"],
                  year_from=body["year_from"], year_to=body["year_to"], status="draft",
                  signed_on=None, fingerprint=None, origin_plan_uuid=held_body["uuid"])
    for name in (*_PLAN_TEXTS, *_PLAN_LISTS):
        if body.get(name):
            merged[name] = body[name]
    held_nodes = {node["uuid"]: node for node in _nodes(held_body["children"])}
    merged["children"] = [_merged_node(node, held_nodes) for node in body["children"]]
    used = {node["indicator"]["series_uuid"] for node in _nodes(merged["children"])
            if node["kind"] == "indicator"}
    # the held series are in the workspace already: their values need no second check
    series = {s["uuid"]: {**s, "measurements": []} for s in held["series"]}
    series.update({s["uuid"]: s for s in document["series"]})
    return {"format": document["format"], "plan": merged,
            "series": [series[uuid] for uuid in sorted(used) if uuid in series]}


def _merged_node(node: dict[str, Any], held_nodes: Mapping[str, dict[str, Any]]
                 ) -> dict[str, Any]:
    """The document's node with what Word does not print taken from the held node of
    the same UUID and kind."""
    out = dict(node)
    out["children"] = [_merged_node(child, held_nodes) for child in node.get("children") or []]
    held = held_nodes.get(node["uuid"])
    if held is None or held["kind"] != node["kind"]:
        return out
    if held.get("origin_uuid") and not node.get("origin_uuid"):
        out["origin_uuid"] = held["origin_uuid"]
    if node["kind"] == "topic" and held.get("fields"):
        fields = _merged_fields(held["fields"], node.get("fields") or {})
        if fields:
            out["fields"] = fields
    if node["kind"] == "indicator":
        # the series is the one chosen (by default the held indicator's, see _Catalogue)
        out["indicator"] = {**held["indicator"],
                            "series_uuid": node["indicator"]["series_uuid"]}
    return out


def _merged_fields(held: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """A topic's fields: each the document gives, else the held one (nested fields part
    by part: "Ansvariga" may name the people and leave the organisations)."""
    out: dict[str, Any] = copy.deepcopy(dict(held))
    for name, value in given.items():
        if isinstance(value, dict):
            # every key the document gives stays (the format wants "answer" even when
            # it is None); an empty one takes the held value
            part = copy.deepcopy(dict(value))
            for key, item in (out.get(name) or {}).items():
                if part.get(key) in (None, "", []):
                    part[key] = item
            out[name] = part
        elif value:
            out[name] = value
    return out
