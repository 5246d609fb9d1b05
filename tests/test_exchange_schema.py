"""The exchange format insatsplan/1: the schema, the checks after it, and reading and writing files.

A file that isn't ours, or is ours but broken, must end in one UserError that names the
first problem and where it is — never in a traceback — and what the workspace writes must
always pass.
"""

from __future__ import annotations

import copy
import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli_helpers import places
from insatsplan import exchange, model
from insatsplan.errors import UserError
from insatsplan.exchange import (
    FORMAT,
    SCHEMA_PATH,
    DocumentError,
    dumps_document,
    load_schema,
    read_document,
    validate_document,
    write_document,
)
from insatsplan.limits import MAX_NODE_DEPTH, MAX_PARTICIPANTS

PLAN = "11111111-1111-4111-8111-111111111111"
FOCUS = "22222222-2222-4222-8222-222222222222"
TOPIC = "33333333-3333-4333-8333-333333333333"
GOAL = "44444444-4444-4444-8444-444444444444"
SUBGOAL = "55555555-5555-4555-8555-555555555555"
INDICATOR = "66666666-6666-4666-8666-666666666666"
SERIES = "77777777-7777-4777-8777-777777777777"
OTHER = "88888888-8888-4888-8888-888888888888"

# Where things are in the hand-built document, for the breakages below.
TOPIC_PATH = "plan.children[0].children[0]"
GOAL_PATH = f"{TOPIC_PATH}.children[0]"
SUBGOAL_PATH = f"{GOAL_PATH}.children[0]"
INDICATOR_PATH = f"{TOPIC_PATH}.children[1]"


@pytest.fixture(autouse=True)
def _private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing here may touch the real user's data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def valid_document() -> dict[str, Any]:
    """A small plan using every part of the format once."""
    return {
        "format": FORMAT,
        "plan": {
            "uuid": PLAN,
            "title": "Överenskommelse 2025",
            "subtitle": "Psykisk hälsa och suicidprevention",
            "year_from": 2025,
            "year_to": 2026,
            "kind": "agreement",
            "status": "draft",
            "preamble": "Första stycket.\n\nAndra stycket.",
            "basis": ["Nationell strategi", "**Kommunens** plan"],
            "coordinator": "Kim Andersson",
            "reporting_deadline": "2026-03-01",
            "signed_on": None,
            "fingerprint": None,
            "origin_plan_uuid": OTHER,
            "parties": [
                {"organisation_code": "AMF", "organisation_name": "Arbetsmarknadsförvaltningen"},
                {"organisation_code": "SOF", "organisation_name": "Socialförvaltningen"},
            ],
            "signatories": [
                {
                    "name": "Alex Berg",
                    "title": "Förvaltningschef",
                    "organisation_code": "SOF",
                    "organisation_name": "Socialförvaltningen",
                }
            ],
            "children": [
                {
                    "uuid": FOCUS,
                    "kind": "focus_area",
                    "title": "Fokusområde 1",
                    "text": "Om fokusområdet.",
                    "children": [
                        {
                            "uuid": TOPIC,
                            "kind": "topic",
                            "title": "Ämne",
                            "origin_uuid": OTHER,
                            "fields": {
                                "background": "Bakgrund",
                                "purpose": "Syfte",
                                "target_group": "Unga",
                                "timeline": "Hela året",
                                "responsible": {"organisations": ["SOF"], "people": "Kim"},
                                "measurable": {"answer": "yes", "text": "Enkät"},
                                "funding": {"source": "Statsbidrag", "amount": "150000.50"},
                            },
                            "evaluations": [
                                {
                                    "period": "2025-VT",
                                    "status": "done",
                                    "participants": 4,
                                    "text": "Bra",
                                },
                                {
                                    "period": "2025-HT",
                                    "status": "planned",
                                    "participants": None,
                                    "text": "",
                                },
                            ],
                            "children": [
                                {
                                    "uuid": GOAL,
                                    "kind": "goal",
                                    "title": "Mål",
                                    "horizon": "short",
                                    "children": [
                                        {
                                            "uuid": SUBGOAL,
                                            "kind": "goal",
                                            "title": "Delmål",
                                            "horizon": "short",
                                            "children": [],
                                        }
                                    ],
                                },
                                {
                                    "uuid": INDICATOR,
                                    "kind": "indicator",
                                    "title": "Andel som svarar ja",
                                    "horizon": "long",
                                    "indicator": {
                                        "series_uuid": SERIES,
                                        "direction": "fall",
                                        "data_source": "Elevhälsan",
                                        "baseline": {"value": "12.5", "period": "2024"},
                                        "target": {"value": "-3", "period": None},
                                        "levels": {
                                            "green": {"min": None, "max": "5"},
                                            "yellow": {"min": "5", "max": "10"},
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        }
                    ],
                }
            ],
        },
        "series": [
            {
                "uuid": SERIES,
                "name": "Andel som svarar ja",
                "unit": "%",
                "measurements": [
                    {"period": "2024", "value": "12.5", "note": "", "source": ""},
                    {"period": "2025-Q1", "value": "11", "note": "Preliminärt", "source": "SCB"},
                    {"period": "2025-03", "value": "10.25", "note": "", "source": ""},
                    {"period": "2025-03-15", "value": "0", "note": "", "source": ""},
                ],
            }
        ],
    }


def at(doc: dict[str, Any], path: str) -> Any:
    """The item at a dotted path like ``plan.children[0].kind`` (tests only)."""
    item: Any = doc
    for part in path.replace("[", ".").replace("]", "").split("."):
        item = item[int(part)] if part.isdigit() else item[part]
    return item


def setter(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    parent, _, name = path.rpartition(".")

    def change(doc: dict[str, Any]) -> None:
        container = at(doc, parent) if parent else doc
        if name.endswith("]"):
            key, index = name[:-1].split("[")
            container[key][int(index)] = value
        else:
            container[name] = value

    return change


def deleter(path: str) -> Callable[[dict[str, Any]], None]:
    parent, _, name = path.rpartition(".")

    def change(doc: dict[str, Any]) -> None:
        del (at(doc, parent) if parent else doc)[name]

    return change


def error_of(doc: object) -> UserError:
    with pytest.raises(UserError) as info:
        validate_document(doc)
    return info.value


# ------------------------------------------------------------------------------ schema


def test_schema_is_valid_draft_2020_12() -> None:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA_PATH.parent == Path(exchange.__file__).parent


def _closed_objects(schema: Any, where: str = "") -> list[str]:
    """Every object schema in *schema* that does not say additionalProperties: false."""
    found: list[str] = []
    if isinstance(schema, dict):
        types = schema.get("type")
        is_object = types == "object" or (isinstance(types, list) and "object" in types)
        if is_object and schema.get("additionalProperties") is not False:
            found.append(where)
        for key, value in schema.items():
            found += _closed_objects(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            found += _closed_objects(value, f"{where}/{index}")
    return found


def test_every_object_in_the_schema_is_closed() -> None:
    assert _closed_objects(load_schema()) == []


def test_schema_enumerations_match_the_model() -> None:
    defs = load_schema()["$defs"]
    plan = defs["plan"]["properties"]
    assert tuple(plan["kind"]["enum"]) == model.PLAN_KINDS
    assert tuple(plan["status"]["enum"]) == model.PLAN_STATUSES
    node = defs["node"]["properties"]
    assert tuple(node["kind"]["enum"]) == model.NODE_KINDS
    assert tuple(node["horizon"]["enum"]) == model.HORIZONS
    assert tuple(defs["indicator"]["properties"]["direction"]["enum"]) == model.DIRECTIONS
    assert tuple(defs["evaluation"]["properties"]["status"]["enum"]) == model.EVALUATION_STATUSES
    answer = defs["topic_fields"]["properties"]["measurable"]["properties"]["answer"]["enum"]
    assert tuple(answer) == (*model.MEASURABLE_ANSWERS, None)
    assert set(exchange.ALLOWED_PARENTS) == set(model.NODE_KINDS)


def test_nesting_rules_match_the_workspace() -> None:
    pytest.importorskip("insatsplan.text")
    from insatsplan.workspace import api

    assert exchange.ALLOWED_PARENTS == api.ALLOWED_PARENTS


def test_the_hand_built_document_is_valid() -> None:
    validate_document(valid_document())


def test_optional_parts_may_be_left_out() -> None:
    doc = valid_document()
    topic = at(doc, TOPIC_PATH)
    del topic["fields"], topic["evaluations"], topic["origin_uuid"]
    del at(doc, "plan.children[0]")["text"]
    indicator = at(doc, f"{INDICATOR_PATH}.indicator")
    indicator["baseline"] = indicator["target"] = indicator["levels"] = None
    doc["series"][0]["measurements"] = []
    doc["plan"]["reporting_deadline"] = None
    doc["plan"]["origin_plan_uuid"] = None
    doc["plan"]["signed_on"] = "2025-01-31"
    doc["plan"]["fingerprint"] = "sha256:abc"
    validate_document(doc)


# ------------------------------------------------------------------------- breakages

BREAKAGES: list[tuple[str, Callable[[dict[str, Any]], None], list[str]]] = [
    ("newer format", setter("format", "insatsplan/2"), ["newer Insatsplan", "insatsplan/2"]),
    ("foreign format", setter("format", "geojson"), ["not an Insatsplan exchange file"]),
    ("no format", deleter("format"), ["not an Insatsplan exchange file"]),
    ("missing plan", deleter("plan"), ["'plan'", "missing"]),
    ("missing series", deleter("series"), ["'series'", "missing"]),
    ("missing title", deleter("plan.title"), ["plan:", "'title'", "missing"]),
    (
        "bad kind",
        setter(f"{GOAL_PATH}.kind", "fokus"),
        [f"{GOAL_PATH}.kind: 'fokus' is not one of: focus_area, topic, goal, indicator"],
    ),
    ("bad plan status", setter("plan.status", "klar"), ["plan.status", "'klar'"]),
    ("unknown property", setter(f"{TOPIC_PATH}.colour", "red"), [TOPIC_PATH, "'colour'"]),
    ("unknown top property", setter("extra", 1), ["Unknown property 'extra'"]),
    ("year is text", setter("plan.year_from", "2025"), ["plan.year_from", "integer"]),
    ("year is a float", setter("plan.year_from", 2025.0), ["plan.year_from", "integer"]),
    ("year is a bool", setter("plan.year_to", True), ["plan.year_to", "integer"]),
    ("year too early", setter("plan.year_from", 1800), ["plan.year_from", "1900"]),
    ("year too late", setter("plan.year_to", 2201), ["plan.year_to", "2200"]),
    ("year_to before year_from", setter("plan.year_to", 2024), ["plan.year_to", "2024", "2025"]),
    (
        "upper-case uuid",
        setter("plan.uuid", "AAAAAAAA-1111-4111-8111-111111111111"),
        ["plan.uuid", "UUID"],
    ),
    ("short uuid", setter(f"{GOAL_PATH}.uuid", "1234"), [f"{GOAL_PATH}.uuid", "UUID"]),
    ("bad date form", setter("plan.signed_on", "1/3 2025"), ["plan.signed_on", "2025-03-01"]),
    ("no such date", setter("plan.reporting_deadline", "2025-02-30"), ["reporting_deadline"]),
    (
        "focus area under a topic",
        setter(
            f"{TOPIC_PATH}.children[0]",
            {"uuid": OTHER, "kind": "focus_area", "title": "", "children": []},
        ),
        [f"{GOAL_PATH}.kind", "kind focus_area cannot be placed under a node of kind topic"],
    ),
    (
        "goal at the top",
        setter(
            "plan.children[0]",
            {"uuid": OTHER, "kind": "goal", "title": "", "horizon": "short", "children": []},
        ),
        ["plan.children[0].kind", "top of a plan"],
    ),
    (
        "indicator under a goal",
        lambda doc: at(doc, f"{GOAL_PATH}.children").append(
            copy.deepcopy(at(doc, INDICATOR_PATH)) | {"uuid": OTHER, "horizon": "short"}
        ),
        [
            f"{GOAL_PATH}.children[1].kind",
            "kind indicator cannot be placed under a node of kind goal",
        ],
    ),
    ("goal without horizon", deleter(f"{GOAL_PATH}.horizon"), [GOAL_PATH, "'horizon'"]),
    (
        "topic with horizon",
        setter(f"{TOPIC_PATH}.horizon", "short"),
        [f"{TOPIC_PATH}.horizon", "kind 'topic'"],
    ),
    ("fields on a goal", setter(f"{GOAL_PATH}.fields", {}), [f"{GOAL_PATH}.fields", "'goal'"]),
    (
        "indicator without indicator",
        deleter(f"{INDICATOR_PATH}.indicator"),
        [INDICATOR_PATH, "'indicator'", "missing"],
    ),
    (
        "nested goal with another horizon",
        setter(f"{SUBGOAL_PATH}.horizon", "long"),
        [f"{SUBGOAL_PATH}.horizon", "short"],
    ),
    (
        "duplicate node uuid",
        setter(f"{SUBGOAL_PATH}.uuid", GOAL),
        [f"{SUBGOAL_PATH}.uuid", GOAL, GOAL_PATH],
    ),
    (
        "bad evaluation period",
        setter(f"{TOPIC_PATH}.evaluations[0].period", "2025-13"),
        [f"{TOPIC_PATH}.evaluations[0].period", "no month 13"],
    ),
    (
        "period not in the standard form",
        setter(f"{TOPIC_PATH}.evaluations[0].period", "2025-vt"),
        [f"{TOPIC_PATH}.evaluations[0].period", "'2025-VT'"],
    ),
    (
        "quarter five",
        setter(f"{INDICATOR_PATH}.indicator.baseline.period", "2024-Q5"),
        [f"{INDICATOR_PATH}.indicator.baseline.period", "Invalid period"],
    ),
    (
        "no such day",
        setter("series[0].measurements[3].period", "2025-02-29"),
        ["series[0].measurements[3].period", "no such date"],
    ),
    (
        "duplicate evaluation period",
        setter(f"{TOPIC_PATH}.evaluations[1].period", "2025-VT"),
        [f"{TOPIC_PATH}.evaluations[1].period", "2025-VT"],
    ),
    (
        "bad evaluation status",
        setter(f"{TOPIC_PATH}.evaluations[0].status", "klar"),
        [f"{TOPIC_PATH}.evaluations[0].status"],
    ),
    (
        "negative participants",
        setter(f"{TOPIC_PATH}.evaluations[0].participants", -1),
        [f"{TOPIC_PATH}.evaluations[0].participants", "0"],
    ),
    (
        "exponent value",
        setter("series[0].measurements[0].value", "1e5"),
        ["series[0].measurements[0].value", "Exponent"],
    ),
    (
        "decimal comma",
        setter(f"{INDICATOR_PATH}.indicator.target.value", "12,5"),
        [f"{INDICATOR_PATH}.indicator.target.value", "'12.5'"],
    ),
    (
        "value with newline",
        setter("series[0].measurements[0].value", "12\n"),
        ["series[0].measurements[0].value: '12\\n'"],
    ),
    (
        "value as a number",
        setter("series[0].measurements[0].value", 12.5),
        ["series[0].measurements[0].value", "string"],
    ),
    (
        "null measurement",
        setter("series[0].measurements[0].value", None),
        ["series[0].measurements[0].value"],
    ),
    (
        "too many digits",
        setter("series[0].measurements[0].value", "1" * 31),
        ["series[0].measurements[0].value", "30 digits"],
    ),
    (
        "bad funding amount",
        setter(f"{TOPIC_PATH}.fields.funding.amount", "mycket"),
        [f"{TOPIC_PATH}.fields.funding.amount", "mycket"],
    ),
    (
        "bad measurable answer",
        setter(f"{TOPIC_PATH}.fields.measurable.answer", "kanske"),
        [f"{TOPIC_PATH}.fields.measurable.answer", "yes, no, null"],
    ),
    (
        "levels upside down",
        setter(f"{INDICATOR_PATH}.indicator.levels.yellow.min", "11"),
        [f"{INDICATOR_PATH}.indicator.levels.yellow", "yellow level"],
    ),
    (
        "bad direction",
        setter(f"{INDICATOR_PATH}.indicator.direction", "up"),
        [f"{INDICATOR_PATH}.indicator.direction", "rise, fall, hold"],
    ),
    ("series missing", setter("series", []), [f"{INDICATOR_PATH}.indicator.series_uuid", SERIES]),
    (
        "unknown series",
        setter(f"{INDICATOR_PATH}.indicator.series_uuid", OTHER),
        [f"{INDICATOR_PATH}.indicator.series_uuid", OTHER],
    ),
    (
        "duplicate series uuid",
        lambda doc: doc["series"].append(copy.deepcopy(doc["series"][0])),
        ["series[1].uuid", SERIES, "series[0]"],
    ),
    (
        "duplicate measurement period",
        setter("series[0].measurements[1].period", "2024"),
        ["series[0].measurements[1].period", "2024", "series[0].measurements[0].period"],
    ),
    ("lone surrogate", setter("plan.title", "Plan \ud800"), ["plan.title", "Unicode"]),
    (
        "children not a list",
        setter(f"{GOAL_PATH}.children", {}),
        [f"{GOAL_PATH}.children", "array"],
    ),
    ("basis item not text", setter("plan.basis", ["a", 3]), ["plan.basis[1]", "string"]),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in BREAKAGES],
)
def test_each_breakage_is_refused_with_its_place(
    change: Callable[[dict[str, Any]], None], expected: list[str]
) -> None:
    doc = valid_document()
    change(doc)
    message = str(error_of(doc))
    for part in expected:
        assert part in message, message


@pytest.mark.parametrize("doc", [None, [], "insatsplan/1", 42, {"plan": {}}, {"format": 1}])
def test_not_a_document_at_all(doc: object) -> None:
    assert "not an Insatsplan exchange file (format insatsplan/1)" in str(error_of(doc))


def test_the_first_problem_in_the_file_is_named() -> None:
    doc = valid_document()
    at(doc, GOAL_PATH)["kind"] = "fokus"
    doc["series"][0]["measurements"][0]["value"] = "1e5"
    doc["plan"]["title"] = 7
    message = str(error_of(doc))
    assert message.startswith("plan.title:"), message
    # The same document always gives the same message.
    assert all(str(error_of(doc)) == message for _ in range(3))


def test_broken_text_is_found_in_document_order() -> None:
    doc = valid_document()
    doc["plan"]["basis"] = ["ok", "bad \udc80", "worse \ud800"]
    doc["series"][0]["name"] = "\ud800"
    assert str(error_of(doc)).startswith("plan.basis[1]:")


def test_the_inlined_schema_means_the_same() -> None:
    """Validation uses the schema with $refs inlined; only the recursive one may remain."""
    from jsonschema import Draft202012Validator

    inlined = exchange._inline_refs(load_schema())
    Draft202012Validator.check_schema(inlined)
    refs = {ref for ref in re.findall(r'"\$ref": "([^"]+)"', json.dumps(inlined))}
    assert refs == {"#/$defs/node"}
    plain = Draft202012Validator(load_schema())
    fast = Draft202012Validator(inlined)
    for name, change, _expected in BREAKAGES:
        doc = valid_document()
        change(doc)
        assert plain.is_valid(doc) == fast.is_valid(doc), name


def test_document_error_keeps_place_and_problem_apart() -> None:
    doc = valid_document()
    at(doc, GOAL_PATH)["kind"] = "fokus"
    error = error_of(doc)
    assert isinstance(error, DocumentError)
    assert error.where == f"{GOAL_PATH}.kind"
    assert "fokus" in error.problem.text()


def test_messages_are_translated_whole() -> None:
    doc = valid_document()
    doc["series"][0]["measurements"][0]["value"] = "1e5"
    error = error_of(doc)
    catalogue = {
        "{where}: {problem}": "{where} — {problem}",
        "Invalid value: {value}. Exponent notation such as 1e5 is not accepted; "
        "write the number out in full, for example 100000.": "Ogiltigt värde: {value}.",
    }

    def translate(_context: str, source: str) -> str:
        return catalogue.get(source, source)

    assert error.text(translate) == "series[0].measurements[0].value — Ogiltigt värde: 1e5."


def test_too_deep_nesting_is_refused_before_recursing() -> None:
    doc = valid_document()
    node = at(doc, SUBGOAL_PATH)
    for number in range(200):
        child = {
            "uuid": f"{number:08x}-0000-4000-8000-000000000000",
            "kind": "goal",
            "title": "",
            "horizon": "short",
            "children": [],
        }
        node["children"].append(child)
        node = child
    assert "too deeply" in str(error_of(doc))


def _nest_goals(doc: dict[str, Any], levels: int) -> None:
    node = at(doc, SUBGOAL_PATH)
    for number in range(levels):
        child = {
            "uuid": f"{number:08x}-0000-4000-8000-000000000000",
            "kind": "goal",
            "title": "",
            "horizon": "short",
            "children": [],
        }
        node["children"].append(child)
        node = child


SUBGOAL_DEPTH = SUBGOAL_PATH.count("children")


def test_goals_may_nest_down_to_the_shared_depth_limit() -> None:
    doc = valid_document()
    _nest_goals(doc, MAX_NODE_DEPTH - SUBGOAL_DEPTH)
    validate_document(doc)


def test_one_level_below_the_depth_limit_is_refused_at_that_node() -> None:
    doc = valid_document()
    _nest_goals(doc, MAX_NODE_DEPTH - SUBGOAL_DEPTH + 1)
    message = str(error_of(doc))
    assert f"at most {MAX_NODE_DEPTH} levels" in message
    assert message.startswith(SUBGOAL_PATH + ".children[0]" * (MAX_NODE_DEPTH - SUBGOAL_DEPTH))


def test_the_schema_states_the_limits_the_code_keeps() -> None:
    schema = exchange.load_schema()
    assert f"nodes nest at most {MAX_NODE_DEPTH} levels deep" in schema["description"]
    participants = schema["$defs"]["evaluation"]["properties"]["participants"]
    assert participants["maximum"] == MAX_PARTICIPANTS


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


ALL_PLACES = places(valid_document())[1:]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.sampled_from(ALL_PLACES), value=json_values, remove=st.booleans())
def test_any_damage_gives_a_user_error_or_passes(
    place: tuple[Any, ...], value: Any, remove: bool
) -> None:
    doc = valid_document()
    container: Any = doc
    for part in place[:-1]:
        container = container[part]
    if remove:
        del container[place[-1]]
    else:
        container[place[-1]] = value
    try:
        validate_document(doc)
    except UserError as error:
        assert str(error)


# ------------------------------------------------------------------------------- files


def read_error(path: Path) -> UserError:
    with pytest.raises(UserError) as info:
        read_document(path)
    return info.value


def test_read_a_written_document_back(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_document(target, valid_document())
    assert read_document(target) == valid_document()
    text = target.read_text(encoding="utf-8")
    assert text == dumps_document(valid_document())
    assert text.endswith("}\n") and "Överenskommelse" in text and '\n  "plan": {' in text
    assert list(json.loads(text)) == ["format", "plan", "series"]  # the writer's key order


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    target = tmp_path / "bom.json"
    target.write_bytes(b"\xef\xbb\xbf" + dumps_document(valid_document()).encode("utf-8"))
    assert read_document(target)["plan"]["title"] == "Överenskommelse 2025"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\t", "is empty"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b"[]", "not an Insatsplan exchange file"),
        (b'{"format": "insatsplan/1", "plan": ', "line 1, column 36"),
        (b'{\n  "format": "insatsplan/1",\n  "plan": {,\n', "line 3, column 12"),
        (b'{"format": "insatsplan/1", "format": "insatsplan/1"}', "'format' twice"),
        (b'{"format": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "too deeply"),
        (b'{"format": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b'{"format": "insatsplan/7"}', "newer Insatsplan"),
    ],
    ids=[
        "empty",
        "blank",
        "utf16",
        "array",
        "truncated",
        "syntax",
        "duplicate key",
        "nan",
        "deep",
        "huge int",
        "newer",
    ],
)
def test_unusable_files_give_a_user_error(tmp_path: Path, content: bytes, expected: str) -> None:
    target = tmp_path / "in.json"
    target.write_bytes(content)
    message = str(read_error(target))
    assert expected in message, message
    assert str(target) in message


def test_a_problem_inside_the_file_names_file_and_place(tmp_path: Path) -> None:
    doc = valid_document()
    at(doc, GOAL_PATH)["kind"] = "fokus"
    target = tmp_path / "plan.json"
    target.write_text(json.dumps(doc), encoding="utf-8")
    error = read_error(target)
    assert str(error).startswith(f"{target}: {GOAL_PATH}.kind: 'fokus'")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in str(read_error(tmp_path / "nowhere.json"))
    assert "folder" in str(read_error(tmp_path))


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 100)
    target = tmp_path / "big.json"
    write_document(target, valid_document())
    assert "too large" in str(read_error(target))


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300))
def test_random_bytes_never_escape_as_another_exception(tmp_path_factory: Any, data: bytes) -> None:
    target = tmp_path_factory.mktemp("random") / "random.json"
    target.write_bytes(data)
    with pytest.raises(UserError):
        read_document(target)


VALID_BYTES = dumps_document(valid_document()).encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(VALID_BYTES) - 3))
def test_any_truncation_is_a_user_error(tmp_path_factory: Any, cut: int) -> None:
    target = tmp_path_factory.mktemp("cut") / "cut.json"
    target.write_bytes(VALID_BYTES[:cut])
    with pytest.raises(UserError):
        read_document(target)


def test_write_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        write_document(tmp_path / "no" / "such" / "plan.json", valid_document())


def test_write_replaces_an_existing_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_document(target, valid_document())
    assert read_document(target) == valid_document()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_read_only_target_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(UserError, match="read-only"):
            write_document(target, valid_document())
        assert target.read_text(encoding="utf-8") == "old"
        assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]
    finally:
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)


def test_a_failed_replace_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"
    target.write_text("old", encoding="utf-8")

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    from insatsplan import atomic_files

    monkeypatch.setattr(atomic_files.os, "replace", refuse)
    with pytest.raises(UserError, match="could not be written"):
        write_document(target, valid_document())
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_writing_onto_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plan.json").mkdir()
    with pytest.raises(UserError, match="folder"):
        write_document(tmp_path / "plan.json", valid_document())


def test_validation_does_not_import_jsonschema_until_needed() -> None:
    import subprocess
    import sys

    code = "import sys, insatsplan.exchange; print('jsonschema' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# ------------------------------------------------------------------- the real writer


def test_a_workspace_document_passes(tmp_path: Path) -> None:
    pytest.importorskip("insatsplan.text")
    from insatsplan.workspace import Workspace

    ws = Workspace.open(tmp_path / "w.insatsplan")
    try:
        p = ws.create_plan(title="Plan 2025", year_from=2025)
        for code, name in (("AMF", "Arbetsmarknadsförvaltningen"), ("SOF", "Socialförvaltningen")):
            if code not in {o.code for o in ws.organisations()}:
                ws.add_organisation(code, name)
        ws.set_parties(p, ["AMF", "SOF"])
        fa = ws.add_node(p, None, "focus_area", "Fokus")
        t = ws.add_node(p, fa, "topic", "Ämne")
        g = ws.add_node(p, t, "goal", "Mål", horizon="short")
        ws.add_node(p, g, "goal", "Delmål")
        i = ws.add_node(p, t, "indicator", "Antal", horizon="long")
        ws.update_indicator(
            i,
            direction="fall",
            levels={"green": {"min": None, "max": "5"}, "yellow": {"min": "5", "max": "10"}},
        )
        ws.set_evaluation(t, "2025-HT", status="done", participants=4, text="Bra")
        doc = ws.exchange_document(p)
    finally:
        ws.close()
    validate_document(doc)
    target = tmp_path / "plan.json"
    write_document(target, doc)
    assert read_document(target) == doc
