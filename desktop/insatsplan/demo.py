"""Demo content: one realistic plan to try the program with, and big plans for benchmarks.

The hand-made plan for the fictional city of Exempelstad is data: an exchange file,
``resources/demo/demo-plan.json``, that :func:`add_demo_plan` imports through the
workspace's ordinary import in one transaction. Its content is fixed, never random, so
screenshots, exports and tests see the same plan every time. To change the demo, edit it
in the editor, export it with ``insatsplan export-json`` and replace the file; the test
``tests/test_demo.py`` holds its fingerprint and counts, which must be updated with it.

:func:`add_scaled_demo` makes many years of large plans for benchmarks. At that size the
per-operation API (one transaction per node) would take many minutes, so it builds each
plan in a single workspace operation with bulk inserts of the ORM entities, setting every
column the workspace would otherwise set (UUIDs, dense positions, horizons, search text,
audit columns). Its tests check those invariants against the API's own rules.

No Qt here: the CLI and the benchmarks use this module headless.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import uuid as uuidlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Final, cast

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.exchange import read_document
from insatsplan.model import (
    Evaluation,
    Indicator,
    Measurement,
    Node,
    Plan,
    PlanParty,
    Series,
    Signatory,
)
from insatsplan.periods import Period, parse_period
from insatsplan.resources import resources_dir
from insatsplan.text import clean
from insatsplan.workspace.api import Workspace, search_text_of
from insatsplan.workspace.core import DEFAULT_ORGANISATIONS, Change, new_uuid

# ---------------------------------------------------------------------------------------
# The hand-made demo plan. Its texts are in the exchange file; the plan-level ones below
# are also what every year of the scaled demo says, with that year filled in.
# ---------------------------------------------------------------------------------------

CITY: Final = "Exempelstad"
PARTY_CODES: Final = ("AMF", "SFF", "SOF", "VOF")


def plan_title(year: int) -> str:
    """The title real plans use: the area and the year, which people search for."""
    return f"Insatser inom området psykisk hälsa och suicidprevention {year}"


DEMO_SUBTITLE: Final = (
    "Överenskommelse mellan arbetsmarknadsförvaltningen, skol- och fritidsförvaltningen, "
    f"socialförvaltningen och vård- och omsorgsförvaltningen i {CITY}"
)


def plan_preamble(year: int) -> str:
    """The purpose paragraphs; the reporting deadline is the year after the plan's."""
    return (
        f"Syftet med överenskommelsen är att förvaltningarna i {CITY} tillsammans ska "
        "främja invånarnas psykiska hälsa, upptäcka psykisk ohälsa tidigt och förebygga "
        "suicid. Överenskommelsen beskriver vad parterna gör gemensamt under året och hur "
        "arbetet följs upp.\n\n"
        "Arbetet utgår från barnets bästa, en jämlik hälsa och den enskildes delaktighet. "
        "Insatserna bygger på bästa tillgängliga kunskap och planeras i samverkan med "
        "Region Exempellän, civilsamhället och brukarorganisationerna.\n\n"
        "Psykiatrisamordnaren håller samman arbetet, samlar in uppgifter om insatser som "
        "finansieras med **stimulansmedel** och redovisar dem senast den 1 mars "
        f"{year + 1}."
    )


def plan_basis(year: int) -> list[str]:
    """The "Denna överenskommelse har sin grund i:" list: three items, one with a link."""
    return [
        "Överenskommelse mellan staten och Sveriges Kommuner och Regioner om insatser inom "
        f"området psykisk hälsa och suicidprevention {year}",
        "Den nationella strategin inom området psykisk hälsa och suicidprevention, se "
        "[Folkhälsomyndigheten](https://www.folkhalsomyndigheten.se)",
        f"Regional handlingsplan för psykisk hälsa och suicidprevention i Exempellän "
        f"{year - 1}–{year + 1}",
    ]


DEMO_COORDINATOR: Final = "Lena Holmgren"
DEMO_SIGNATORIES: Final = (
    {"name": "Karin Lindqvist", "title": "Arbetsmarknadsdirektör", "organisation_code": "AMF"},
    {"name": "Johan Ekström", "title": "Skol- och fritidsdirektör", "organisation_code": "SFF"},
    {"name": "Maria Sandberg", "title": "Socialdirektör", "organisation_code": "SOF"},
    {"name": "Per Åkesson", "title": "Vård- och omsorgsdirektör", "organisation_code": "VOF"},
)

FOLKHALSOENKAT: Final = "Folkhälsoenkät"
VERKSAMHETSSTATISTIK: Final = "Verksamhetsstatistik"
STIMULANSMEDEL: Final = "Stimulansmedel"

DEMO_FILE: Final = ("demo", "demo-plan.json")


def demo_document_path() -> Path:
    """The demo plan's exchange file (``resources/demo/demo-plan.json``)."""
    return resources_dir().joinpath(*DEMO_FILE)


@cache
def _demo_document() -> dict[str, Any]:
    """The demo plan as read and checked by the exchange reader, once per process."""
    return read_document(demo_document_path())


def demo_focus_areas() -> list[tuple[str, str]]:
    """(title, intro) of the demo's focus areas, which the scaled demo reuses."""
    return [(area["title"], area.get("text", "")) for area in _demo_document()["plan"]["children"]]


def add_demo_plan(ws: Workspace) -> int:
    """Import the Exempelstad demo plan in one operation; return its id.

    The plan is data, an exchange file, imported through the workspace's ordinary
    import: one transaction instead of a few hundred, so a new workspace and every test
    that needs a realistic plan get it in a fraction of a second. Each call makes a plan
    of its own (new plan, node and series UUIDs), as if a coordinator had typed it again.
    Missing party organisations are added first, since the user may have edited the list.
    """
    _ensure_parties(ws)
    return ws.import_document(_with_new_identities(_demo_document()))


def _ensure_parties(ws: Workspace) -> None:
    known = {o.code for o in ws.organisations()}
    for code, name in DEFAULT_ORGANISATIONS:
        if code in PARTY_CODES and code not in known:
            ws.add_organisation(code, name)


def _with_new_identities(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of *document* in which every plan, node and series UUID is new.

    Without it a second demo plan would merge into the first one's series (the import
    keeps series by UUID) and share its node identities.
    """
    copied = copy.deepcopy(document)
    fresh: dict[str, str] = {}

    def renamed(old: str) -> str:
        return fresh.setdefault(old, new_uuid())

    def visit(node: dict[str, Any]) -> None:
        node["uuid"] = renamed(node["uuid"])
        if node.get("indicator"):
            node["indicator"]["series_uuid"] = renamed(node["indicator"]["series_uuid"])
        for child in node.get("children", []):
            visit(child)

    copied["plan"]["uuid"] = new_uuid()
    for area in copied["plan"].get("children", []):
        visit(area)
    for series in copied.get("series", []):
        series["uuid"] = renamed(series["uuid"])
    return copied


# ---------------------------------------------------------------------------------------
# Scaled plans for benchmarks
# ---------------------------------------------------------------------------------------

LAST_SCALED_YEAR: Final = 2025
TOPICS_PER_AREA: Final = 12
GOALS_PER_TOPIC: Final = 40
# Two short-term and two long-term indicators per topic; with three of them measured
# weekly, twenty years give about 200 000 measurements (the benchmark's target).
INDICATOR_HORIZONS: Final = ("short", "short", "long", "long")
NESTED_SHARE: Final = 0.3
YEAR_TOKEN: Final = "{år}"

_VERBS: Final = ("Utveckla", "Stärka", "Erbjuda", "Följa upp", "Samordna", "Förbättra",
                 "Säkerställa", "Kartlägga", "Pröva", "Fördjupa")
_OBJECTS: Final = ("stödet till", "samverkan kring", "tidiga insatser för",
                   "föräldraskapsstödet för", "kunskapen om", "tillgängligheten för",
                   "uppföljningen av insatser för", "det förebyggande arbetet för",
                   "samtalsstödet till", "mötesplatserna för")
_GROUPS: Final = ("barn och unga", "äldre personer", "nyanlända familjer",
                  "personer med psykisk funktionsnedsättning", "anhöriga",
                  "elever i årskurs 7–9", "unga vuxna", "personer i hemlöshet",
                  "föräldrar till tonåringar", "efterlevande efter suicid")
_PLACES: Final = ("i samtliga stadsdelar", "inom elevhälsan", "på fritidsgårdarna",
                  "tillsammans med regionen", "i öppenvården", "på äldreboendena",
                  "i samverkan med föreningslivet", "på träffpunkterna", "i förskolan",
                  "genom digitala möten")
_LINKS: Final = ("[Folkhälsomyndigheten](https://www.folkhalsomyndigheten.se)",
                 "[Skolverket](https://www.skolverket.se)", "[1177](https://www.1177.se)",
                 "[Mind](https://mind.se)", "[Socialstyrelsen](https://www.socialstyrelsen.se)")
_TOPIC_BASES: Final = ("Föräldraskapsstöd", "Elevhälsa", "Fritid och föreningsliv",
                       "Ungdomsmottagning", "Första linjen", "Samordnad individuell plan",
                       "Brukarinflytande", "Personligt ombud", "Stödgrupper för barn",
                       "Arbete och sysselsättning", "Boende och hemlöshet",
                       "Äldres psykiska hälsa", "Suicidprevention i skolan",
                       "Första hjälpen till psykisk hälsa", "Stöd till efterlevande",
                       "Våld i nära relationer", "Spelberoende", "Ensamhet bland äldre",
                       "Skolnärvaro", "Digitalt stöd", "Nyanländas hälsa",
                       "Missbruk och beroende", "Krisstöd", "Kompetensutveckling")
_TOPIC_QUALIFIERS: Final = ("", "", " för unga vuxna", " i ytterområdena", " för äldre",
                            " på lätt svenska")
_STATUSES: Final = ("planned", "ongoing", "done", "done", "done", "postponed", "cancelled")


@dataclass
class _TemplateNode:
    """One node of the yearly plan's shape: the same UUID and place in every year."""

    key: int
    parent: int | None
    depth: int
    kind: str
    horizon: str | None
    position: int
    uuid: str
    title: str  # may hold YEAR_TOKEN
    text: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    series: int | None = None  # index into the template's series
    search_text: str = ""  # with YEAR_TOKEN, see _search_text


@dataclass
class _TemplateSeries:
    uuid: str
    name: str
    unit: str
    direction: str
    data_source: str
    granularity: str  # "week", "month" or "quarter"
    base: float  # the value around 2000; yearly values drift by trend
    trend: float
    decimals: int
    levels: tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None] | None


@dataclass
class _Template:
    nodes: list[_TemplateNode]
    series: list[_TemplateSeries]


@dataclass
class _SearchFields:
    """The attributes :func:`search_text_of` reads, without building an ORM object.

    Passing this instead of a transient :class:`Node` keeps the scaled demo's search text
    computed by the workspace's own function at a fraction of the cost.
    """

    title: str = ""
    text: str = ""
    background: str = ""
    purpose: str = ""
    target_group: str = ""
    timeline: str = ""
    responsible_people: str = ""
    measurable_text: str = ""
    funding_source: str = ""


def _uuid4(rng: random.Random) -> str:
    """A version-4 UUID from *rng*: deterministic for a seed, shaped like uuid4()."""
    return str(uuidlib.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random) -> str:
    verb, obj = rng.choice(_VERBS), rng.choice(_OBJECTS)
    group, place = rng.choice(_GROUPS), rng.choice(_PLACES)
    form = rng.randrange(4)
    if form == 0:
        return f"Arbetet riktar sig till {group} {place}."
    if form == 1:
        return f"Insatsen ska {verb.lower()} {obj} {group}."
    if form == 2:
        return f"Förvaltningarna följer upp arbetet med {group} två gånger per år."
    return f"Behoven hos {group} har ökat, särskilt {place}."


def _goal_title(rng: random.Random, horizon: str) -> str:
    verb, obj = rng.choice(_VERBS), rng.choice(_OBJECTS)
    group, place = rng.choice(_GROUPS), rng.choice(_PLACES)
    if rng.random() < 0.1:
        group = f"**{group}**"
    title = f"{verb} {obj} {group} {place}"
    if rng.random() < 0.15:
        title += f" med stöd av {rng.choice(_LINKS)}"
    return title + (f" under {YEAR_TOKEN}." if horizon == "short" else ".")


def _topic_fields(rng: random.Random) -> dict[str, Any]:
    """A topic's labelled fields (the report's "insats"), for about half the topics."""
    if rng.random() < 0.5:
        return {}
    group = rng.choice(_GROUPS)
    codes = sorted(rng.sample(PARTY_CODES, rng.randint(1, 3)))
    fields: dict[str, Any] = {
        "background": _sentence(rng),
        "purpose": f"Att {rng.choice(_VERBS).lower()} {rng.choice(_OBJECTS)} {group}.",
        "target_group": group[0].upper() + group[1:] + ".",
        "responsible_organisations": codes,
        "responsible_people": "; ".join(f"enhetschef, {code}" for code in codes) + ".",
        "timeline": f"Januari–december {YEAR_TOKEN}.",
        "measurable_answer": rng.choice(("yes", "yes", "no")),
        "measurable_text": "Antal deltagare och antal genomförda träffar.",
    }
    if rng.random() < 0.6:
        fields["funding_source"] = STIMULANSMEDEL
        fields["funding_amount"] = Decimal(rng.randrange(5, 80) * 10_000)
    return fields


def _series_template(rng: random.Random, slot: int, topic_index: int) -> _TemplateSeries:
    group = rng.choice(_GROUPS)
    granularity = "week" if slot < 3 else ("month" if topic_index % 2 == 0 else "quarter")
    form = rng.randrange(3)
    if form == 0:
        name, unit, direction, decimals = f"Antal {group} som fått stöd", "antal", "rise", 0
        base, trend = rng.uniform(5, 40), rng.uniform(0.1, 1.0)
    elif form == 1:
        name, unit, direction, decimals = (f"Andel {group} som är nöjda med stödet",
                                           "procent", "rise", 1)
        base, trend = rng.uniform(45, 70), rng.uniform(0.2, 0.8)
    else:
        name, unit, direction, decimals = (f"Väntetid till första samtal för {group}",
                                           "dagar", "fall", 1)
        base, trend = rng.uniform(20, 30), -rng.uniform(0.2, 0.6)
    source = rng.choice((VERKSAMHETSSTATISTIK, VERKSAMHETSSTATISTIK, FOLKHALSOENKAT))
    levels = None
    if rng.random() < 0.75:
        mid = Decimal(round(base + trend * 30))
        step = max(Decimal(1), (mid / 10).quantize(Decimal(1)))
        levels = ((mid, None, mid - step, mid) if direction == "rise"
                  else (None, mid, mid, mid + step))
    return _TemplateSeries(_uuid4(rng), name, unit, direction, source, granularity,
                           base, trend, decimals, levels)


def _build_template(rng: random.Random) -> _Template:
    """The plan's shape, shared by every year: focus areas, topics, goals, indicators.

    Positions are counted per parent and section here, and a nested goal takes its
    parent's horizon, exactly as the workspace's operations would place them.
    """
    nodes: list[_TemplateNode] = []
    series: list[_TemplateSeries] = []
    counters: dict[tuple[int | None, str, str | None], int] = {}

    def add(parent: int | None, depth: int, kind: str, horizon: str | None, title: str,
            **extra: Any) -> _TemplateNode:
        key = (parent, kind, horizon)
        counters[key] = counters.get(key, -1) + 1
        node = _TemplateNode(len(nodes), parent, depth, kind, horizon, counters[key],
                             _uuid4(rng), clean(title), **extra)
        node.text = clean(node.text)
        node.fields = {name: clean(value) if isinstance(value, str) else value
                       for name, value in node.fields.items()}
        node.search_text = _search_text(node)
        nodes.append(node)
        return node

    for area_index, (area_title, area_intro) in enumerate(demo_focus_areas()):
        area_node = add(None, 0, "focus_area", None, area_title, text=area_intro)
        for topic_number in range(TOPICS_PER_AREA):
            topic_index = area_index * TOPICS_PER_AREA + topic_number
            title = (_TOPIC_BASES[topic_index % len(_TOPIC_BASES)]
                     + rng.choice(_TOPIC_QUALIFIERS))
            paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
                          for _ in range(rng.randint(0, 2))]
            topic = add(area_node.key, 1, "topic", None, title, text="\n\n".join(paragraphs),
                        fields=_topic_fields(rng))
            top_goals: dict[str, list[_TemplateNode]] = {"short": [], "long": []}
            children: dict[int, list[_TemplateNode]] = {}
            for _ in range(GOALS_PER_TOPIC):
                horizon = "short" if rng.random() < 0.6 else "long"
                candidates = top_goals[horizon]
                if candidates and rng.random() < NESTED_SHARE:
                    parent = rng.choice(candidates)
                    # Now and then a second level, as real plans nest one or two deep.
                    if children.get(parent.key) and rng.random() < 0.15:
                        parent = rng.choice(children[parent.key])
                    goal = add(parent.key, parent.depth + 1, "goal", parent.horizon,
                               _goal_title(rng, parent.horizon or horizon))
                    children.setdefault(parent.key, []).append(goal)
                else:
                    candidates.append(add(topic.key, 2, "goal", horizon,
                                          _goal_title(rng, horizon)))
            for slot, horizon in enumerate(INDICATOR_HORIZONS):
                spec = _series_template(rng, slot, topic_index)
                series.append(spec)
                add(topic.key, 2, "indicator", horizon, spec.name, series=len(series) - 1)
    return _Template(nodes, series)


def _periods(year: int, granularity: str) -> list[Period]:
    if granularity == "month":
        return [parse_period(f"{year}-{month:02d}") for month in range(1, 13)]
    if granularity == "quarter":
        return [parse_period(f"{year}-Q{quarter}") for quarter in range(1, 5)]
    day = dt.date(year, 1, 1)
    day += dt.timedelta(days=(7 - day.weekday()) % 7)  # the year's first Monday
    weeks = []
    while day.year == year:
        weeks.append(parse_period(day.isoformat()))
        day += dt.timedelta(days=7)
    return weeks


def _value(spec: _TemplateSeries, period: Period, rng: random.Random) -> Decimal:
    years = (period.midpoint - dt.date(2000, 1, 1)).days / 365.25
    value = spec.base + spec.trend * years + rng.gauss(0, abs(spec.base) * 0.05 + 0.5)
    if spec.unit == "procent":
        value = min(100.0, value)
    return Decimal(str(round(max(0.0, value), spec.decimals)))


def add_scaled_demo(ws: Workspace, scale: int, seed: int = 1) -> list[int]:
    """*scale* yearly plans ending in 2025, each 60 topics × 40 goals; return their ids.

    Built like a real yearly copy: every year's plan has the same node UUIDs and its
    indicators share the series, each of which gets that year's measurements (weekly,
    monthly or quarterly). Each plan is one ``demo_scaled`` operation with bulk inserts;
    the content depends only on *seed* and the year, so it is the same on every run.
    Raises :class:`UserError` if the workspace already holds this seed's plans or series.
    """
    if scale < 1:
        raise ValueError("scale must be at least 1")
    template = _build_template(random.Random(seed))
    years = list(range(LAST_SCALED_YEAR - scale + 1, LAST_SCALED_YEAR + 1))
    plan_uuids = {year: _uuid4(random.Random(f"{seed}:{year}:plan")) for year in years}
    with ws.reading() as session:
        clash = session.scalar(select(Plan.id).where(Plan.uuid.in_(plan_uuids.values())))
        clash = clash or session.scalar(select(Series.id).where(
            Series.uuid.in_([s.uuid for s in template.series])))
    if clash is not None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "The workspace already holds the scaled demo with seed {seed}."),
            seed=seed)
    series_ids: list[int] = []
    plan_ids: list[int] = []
    for year in years:
        plan_ids.append(_add_scaled_plan(ws, template, year, plan_uuids[year], seed,
                                         plan_ids[-1] if plan_ids else None, series_ids))
    return plan_ids


def _add_scaled_plan(ws: Workspace, template: _Template, year: int, plan_uuid: str,
                     seed: int, origin_plan_id: int | None, series_ids: list[int]) -> int:
    """One year's plan in one operation; fills *series_ids* on the first call."""
    rng = random.Random(f"{seed}:{year}")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    audit = {"changed_at": now, "changed_by": ws.user, "row_version": 1}
    year_text = str(year)
    with ws.operation("demo_scaled") as session:
        names = dict(DEFAULT_ORGANISATIONS)
        plan = Plan(uuid=plan_uuid, title=plan_title(year), subtitle=DEMO_SUBTITLE,
                    year_from=year, year_to=year, kind="agreement",
                    preamble=clean(plan_preamble(year)),
                    basis=[clean(item) for item in plan_basis(year)],
                    coordinator=DEMO_COORDINATOR,
                    reporting_deadline=dt.date(year + 1, 3, 1),
                    origin_plan_id=origin_plan_id)
        plan.parties = [PlanParty(position=i, organisation_code=code,
                                  organisation_name=names[code])
                        for i, code in enumerate(PARTY_CODES)]
        plan.signatories = [Signatory(position=i, name=s["name"], title=s["title"],
                                      organisation_code=s["organisation_code"],
                                      organisation_name=names[s["organisation_code"]])
                            for i, s in enumerate(DEMO_SIGNATORIES)]
        session.add(plan)
        session.flush()
        ws.log_nodes(session, plan.uuid, [])

        if not series_ids:
            series_ids.extend(_insert_returning_ids(session, Series, [
                {"uuid": s.uuid, "name": s.name, "unit": s.unit, **audit}
                for s in template.series]))

        node_ids: dict[int, int] = {}
        max_depth = max(node.depth for node in template.nodes)
        for depth in range(max_depth + 1):
            level = [node for node in template.nodes if node.depth == depth]
            rows = [_node_row(node, plan.id, node_ids, year_text, audit) for node in level]
            for node, node_id in zip(level, _insert_returning_ids(session, Node, rows),
                                     strict=True):
                node_ids[node.key] = node_id

        indicator_rows = []
        evaluation_rows = []
        period = parse_period(year_text)
        for node in template.nodes:
            if node.series is not None:
                spec = template.series[node.series]
                green_min, green_max, yellow_min, yellow_max = spec.levels or (None,) * 4
                indicator_rows.append({
                    "node_id": node_ids[node.key], "series_id": series_ids[node.series],
                    "direction": spec.direction, "data_source": spec.data_source,
                    "baseline_value": _value(spec, parse_period(str(year - 1)), rng),
                    "baseline_period": str(year - 1),
                    # The target is where green begins: its lower end, or upper for "fall".
                    "target_value": green_min if spec.direction == "rise" else green_max,
                    "target_period": str(year + 5) if spec.levels else None,
                    "green_min": green_min, "green_max": green_max,
                    "yellow_min": yellow_min, "yellow_max": yellow_max,
                    "has_levels": spec.levels is not None, **audit})
            elif node.kind == "topic" and rng.random() < 0.7:
                status = rng.choice(_STATUSES)
                evaluation_rows.append({
                    "node_id": node_ids[node.key], "period": period.text,
                    "period_start": period.start, "period_end": period.end,
                    "status": status,
                    "participants": (rng.randrange(5, 400)
                                     if status in ("ongoing", "done") else None),
                    "text": clean(" ".join(_sentence(rng) for _ in range(3))), **audit})
        session.execute(insert(Indicator), indicator_rows)
        if evaluation_rows:
            session.execute(insert(Evaluation), evaluation_rows)

        measurement_rows = []
        periods = {g: _periods(year, g) for g in ("week", "month", "quarter")}
        for index, spec in enumerate(template.series):
            for when in periods[spec.granularity]:
                measurement_rows.append({
                    "series_id": series_ids[index], "period": when.text,
                    "period_start": when.start, "period_end": when.end,
                    "value": _value(spec, when, rng), "note": "", "source": "", **audit})
        for chunk in _batches(measurement_rows, 5000):
            session.execute(insert(Measurement), chunk)
        # Listeners (a plan list) learn of the new plan as after create_plan.
        ws._notify(Change("plans", plan.id))
        return plan.id


def _node_row(node: _TemplateNode, plan_id: int, node_ids: Mapping[int, int],
              year_text: str, audit: Mapping[str, Any]) -> dict[str, Any]:
    """A node's column values as the workspace's operations would write them."""
    fields = node.fields
    return {
        "plan_id": plan_id,
        "parent_id": None if node.parent is None else node_ids[node.parent],
        "uuid": node.uuid, "origin_uuid": None, "kind": node.kind, "horizon": node.horizon,
        "position": node.position, "title": node.title.replace(YEAR_TOKEN, year_text),
        "text": node.text, "search_text": node.search_text.replace(YEAR_TOKEN, year_text),
        "background": fields.get("background", ""), "purpose": fields.get("purpose", ""),
        "target_group": fields.get("target_group", ""),
        "responsible_organisations": list(fields.get("responsible_organisations", [])),
        "responsible_people": fields.get("responsible_people", ""),
        "timeline": fields.get("timeline", "").replace(YEAR_TOKEN, year_text),
        "measurable_answer": fields.get("measurable_answer"),
        "measurable_text": fields.get("measurable_text", ""),
        "funding_source": fields.get("funding_source", ""),
        "funding_amount": fields.get("funding_amount"),
        **audit,
    }


def _search_text(node: _TemplateNode) -> str:
    """The node's search text by the workspace's own rule, with YEAR_TOKEN left in.

    Parsing Markdown for every node of every year would dominate the run time; the token
    is plain lower-case text that Markdown, clean() and case folding leave as it is, so
    replacing it in the result equals computing the text for each year. The tests compare
    the outcome with :func:`search_text_of` row by row.
    """
    names = _SearchFields.__dataclass_fields__
    view = _SearchFields(title=node.title, text=node.text,
                         **{k: v for k, v in node.fields.items() if k in names})
    return search_text_of(cast(Node, view))


def _insert_returning_ids(session: Session, entity: type[Any],
                          rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Bulk INSERT returning the new ids in the order of *rows* (children need them)."""
    if not rows:
        return []
    statement = insert(entity).returning(entity.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, list(rows)))


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
