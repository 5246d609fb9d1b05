"""JSON exchange: round trip over generated plans, measurement merge, fingerprint."""

from __future__ import annotations

import copy
import uuid as uuidlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from insatsplan import exchange
from insatsplan.cli import main
from insatsplan.errors import UserError
from insatsplan.fingerprint import fingerprint
from insatsplan.workspace import Workspace

SAFE = st.text(alphabet=st.sampled_from(list("abcåäöÅÄÖ xyz.,-–:()1234567890")),
               max_size=25).map(str.strip)
UUIDS = st.uuids().map(str)
DECIMALS = st.decimals(min_value=Decimal("-1000"), max_value=Decimal("100000"), places=2,
                       allow_nan=False, allow_infinity=False)
YEARS = st.integers(min_value=2015, max_value=2030)


def canonical_decimal(value: Decimal) -> str:
    from insatsplan.values import canonical_value

    return canonical_value(value)


@st.composite
def periods(draw: st.DrawFn) -> str:
    year = draw(YEARS)
    return draw(st.sampled_from([f"{year}", f"{year}-VT", f"{year}-HT", f"{year}-Q2",
                                 f"{year}-03", f"{year}-05-17"]))


def period_key(text: str) -> tuple[Any, ...]:
    from insatsplan.periods import parse_period

    p = parse_period(text)
    return (p.start, p.end)


@st.composite
def topic_fields(draw: st.DrawFn) -> dict[str, Any] | None:
    fields: dict[str, Any] = {}
    for name in ("background", "purpose", "target_group", "timeline"):
        value = draw(SAFE)
        if value:
            fields[name] = value
    organisations = draw(st.lists(st.sampled_from(["AMF", "SFF", "SOF", "VOF"]), max_size=3,
                                  unique=True))
    people = draw(SAFE)
    if organisations or people:
        fields["responsible"] = {"organisations": organisations, "people": people}
    answer = draw(st.sampled_from([None, "yes", "no"]))
    text = draw(SAFE)
    if answer is not None or text:
        fields["measurable"] = {"answer": answer, "text": text}
    source = draw(SAFE)
    amount = draw(st.none() | DECIMALS.map(canonical_decimal))
    if source or amount is not None:
        fields["funding"] = {"source": source, "amount": amount}
    return fields or None


class PlanGenerator:
    """Draws a valid exchange document in the exact order and shape the exporter writes."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.series: list[dict[str, Any]] = []

    def node(self, kind: str, horizon: str | None, depth: int) -> dict[str, Any]:
        draw = self.draw
        out: dict[str, Any] = {"uuid": draw(UUIDS), "kind": kind, "title": draw(SAFE)}
        text = draw(SAFE) if kind == "topic" else ""
        if text:
            out["text"] = text
        if horizon is not None:
            out["horizon"] = horizon
        if draw(st.booleans()) and draw(st.booleans()):
            out["origin_uuid"] = draw(UUIDS)
        if kind == "topic":
            fields = draw(topic_fields())
            if fields is not None:
                out["fields"] = fields
            evaluation_periods = sorted(set(draw(st.lists(periods(), max_size=2))),
                                        key=lambda p: (*period_key(p), p))
            if evaluation_periods:
                out["evaluations"] = [
                    {"period": p, "status": draw(st.sampled_from(["planned", "done", "postponed"])),
                     "participants": draw(st.none() | st.integers(0, 500)), "text": draw(SAFE)}
                    for p in evaluation_periods]
        if kind == "indicator":
            out["indicator"] = self.indicator()
        children: list[dict[str, Any]] = []
        if kind == "focus_area":
            children = [self.node("topic", None, depth + 1)
                        for _ in range(draw(st.integers(0, 2)))]
        elif kind == "topic":
            for child_kind, child_horizon in (("goal", "short"), ("indicator", "short"),
                                              ("goal", "long"), ("indicator", "long")):
                children += [self.node(child_kind, child_horizon, depth + 1)
                             for _ in range(draw(st.integers(0, 2)))]
        elif kind == "goal" and depth < 4:
            children = [self.node("goal", horizon, depth + 1)
                        for _ in range(draw(st.integers(0, 1)))]
        out["children"] = children
        return out

    def indicator(self) -> dict[str, Any]:
        draw = self.draw
        series_uuid = draw(UUIDS)
        measurement_periods = sorted(set(draw(st.lists(periods(), max_size=4))),
                                     key=lambda p: (*period_key(p), p))
        self.series.append({
            "uuid": series_uuid, "name": draw(SAFE), "unit": draw(st.sampled_from(
                ["antal", "procent", "dagar", ""])),
            "measurements": [{"period": p, "value": canonical_decimal(draw(DECIMALS)),
                              "note": draw(SAFE), "source": draw(SAFE)}
                             for p in measurement_periods]})

        def bound() -> dict[str, Any] | None:
            if draw(st.booleans()):
                return None
            return {"value": draw(st.none() | DECIMALS.map(canonical_decimal)),
                    "period": draw(periods())}

        levels = None
        if draw(st.booleans()):
            a, b, c, d = sorted(draw(st.lists(DECIMALS, min_size=4, max_size=4)))
            levels = {"green": {"min": canonical_decimal(c), "max": draw(
                st.none() | st.just(canonical_decimal(d)))},
                      "yellow": {"min": draw(st.none() | st.just(canonical_decimal(a))),
                                 "max": canonical_decimal(b)}}
        return {"series_uuid": series_uuid,
                "direction": draw(st.sampled_from(["rise", "fall", "hold"])),
                "data_source": draw(SAFE), "baseline": bound(), "target": bound(),
                "levels": levels}


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    generator = PlanGenerator(draw)
    year_from = draw(YEARS)
    children = [generator.node("focus_area", None, 0) for _ in range(draw(st.integers(0, 3)))]
    status = draw(st.sampled_from(["draft", "sent", "signed"]))
    plan = {
        "uuid": draw(UUIDS), "title": draw(SAFE), "subtitle": draw(SAFE),
        "year_from": year_from, "year_to": year_from + draw(st.integers(0, 2)),
        "kind": draw(st.sampled_from(["agreement", "plan_and_report"])), "status": status,
        "preamble": draw(SAFE), "coordinator": draw(SAFE),
        "basis": draw(st.lists(SAFE, max_size=3)),
        "reporting_deadline": draw(st.none() | st.dates().map(lambda d: d.isoformat())),
        "signed_on": "2025-05-26" if status == "signed" else None,
        "fingerprint": None, "origin_plan_uuid": None,
        "parties": [{"organisation_code": c, "organisation_name": f"Förvaltning {c}"}
                    for c in draw(st.lists(st.sampled_from(["AMF", "SFF", "SOF", "VOF"]),
                                           unique=True, max_size=4))],
        "signatories": [{"name": draw(SAFE), "title": draw(SAFE), "organisation_code": "SOF",
                         "organisation_name": "Socialförvaltningen"}
                        for _ in range(draw(st.integers(0, 3)))],
        "children": children,
    }
    document = {"format": "insatsplan/1", "plan": plan,
                "series": sorted(generator.series, key=lambda s: s["uuid"])}
    if status != "draft":  # a sealed plan carries the fingerprint of its content
        plan["fingerprint"] = fingerprint(document)
    return document


def import_then_export(path: Path, document: dict[str, Any]) -> dict[str, Any]:
    with Workspace.open(path) as ws:
        plan_id = ws.import_document(copy.deepcopy(document))
        return ws.exchange_document(plan_id)


@settings(max_examples=40)
@given(documents())
def test_export_import_export_is_equal(tmp_path_factory: pytest.TempPathFactory,
                                       document: dict[str, Any]) -> None:
    exchange.validate_document(document)
    folder = tmp_path_factory.mktemp("roundtrip")
    first = import_then_export(folder / "a.insatsplan", document)
    exchange.validate_document(first)
    assert first == document
    second = import_then_export(folder / "b.insatsplan", first)
    assert second == first


# ----------------------------------------------------------------------- fixture

def small_document() -> dict[str, Any]:
    series_uuid = "6f1c2a30-0000-4000-8000-000000000001"
    return {
        "format": "insatsplan/1",
        "plan": {
            "uuid": "6f1c2a30-0000-4000-8000-0000000000aa", "title": "Insatser 2025",
            "subtitle": "Överenskommelse", "year_from": 2025, "year_to": 2025,
            "kind": "agreement", "status": "draft", "preamble": "Syftet är **gemensamt**.",
            "coordinator": "Kim Samordnare", "basis": ["Nationell överenskommelse"],
            "reporting_deadline": "2026-03-01", "signed_on": None, "fingerprint": None,
            "origin_plan_uuid": None,
            "parties": [{"organisation_code": "SOF", "organisation_name": "Socialförvaltningen"}],
            "signatories": [{"name": "Ada Exempel", "title": "Socialdirektör",
                             "organisation_code": "SOF",
                             "organisation_name": "Socialförvaltningen"}],
            "children": [{
                "uuid": "6f1c2a30-0000-4000-8000-000000000010", "kind": "focus_area",
                "title": "Förebyggande arbete", "children": [{
                    "uuid": "6f1c2a30-0000-4000-8000-000000000011", "kind": "topic",
                    "title": "Familjecentraler",
                    "evaluations": [{"period": "2025", "status": "done", "participants": 40,
                                     "text": "Genomfört."}],
                    "children": [
                        {"uuid": "6f1c2a30-0000-4000-8000-000000000012", "kind": "goal",
                         "title": "Sex familjecentraler", "horizon": "short", "children": []},
                        {"uuid": "6f1c2a30-0000-4000-8000-000000000013", "kind": "indicator",
                         "title": "Antal familjer i grupp", "horizon": "short",
                         "indicator": {"series_uuid": series_uuid, "direction": "rise",
                                       "data_source": "Verksamhetsstatistik",
                                       "baseline": {"value": "120", "period": "2023"},
                                       "target": {"value": "200", "period": "2027"},
                                       "levels": {"green": {"min": "180", "max": None},
                                                  "yellow": {"min": "120", "max": "180"}}},
                         "children": []}]}]}],
        },
        "series": [{"uuid": series_uuid, "name": "Antal familjer i grupp", "unit": "antal",
                    "measurements": [
                        {"period": "2023", "value": "120", "note": "", "source": ""},
                        {"period": "2024", "value": "150.5", "note": "", "source": ""}]}],
    }


# Pinned: a change here means printed fingerprints change; make fp2 instead.
PINNED_FP1 = "fp1:809032e31609ad0f88aa8905f3d4ae726c7335c478328d9e3e5bc65f310e51e7"


def test_fingerprint_is_pinned_and_ignores_non_content(workspace_path: Path) -> None:
    document = small_document()
    assert import_then_export(workspace_path, document) == document
    assert fingerprint(document) == PINNED_FP1
    unchanged = copy.deepcopy(document)
    plan = unchanged["plan"]
    plan["uuid"] = str(uuidlib.uuid4())
    plan["status"], plan["signed_on"], plan["fingerprint"] = "signed", "2025-05-26", "x"
    topic = plan["children"][0]["children"][0]
    topic["uuid"] = str(uuidlib.uuid4())
    topic["evaluations"][0]["text"] = "Annan utvärdering"
    unchanged["series"][0]["measurements"].append(
        {"period": "2025", "value": "180", "note": "", "source": ""})
    assert fingerprint(unchanged) == PINNED_FP1
    changed = copy.deepcopy(document)
    changed["plan"]["children"][0]["children"][0]["children"][0]["title"] = "Sju familjecentraler"
    assert fingerprint(changed) != PINNED_FP1
    # NFC: a decomposed "å" is the same content.
    decomposed = copy.deepcopy(document)
    decomposed["plan"]["subtitle"] = "O\u0308verenskommelse"
    assert fingerprint(decomposed) == PINNED_FP1


def test_plans_json_shows_the_fingerprint(workspace_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    import json

    source = tmp_path / "plan.json"
    exchange.write_document(source, small_document())
    assert main(["--workspace", str(workspace_path), "import-json", str(source)]) == 0
    new_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--workspace", str(workspace_path), "plans", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(str(r["id"]), r["fingerprint"]) for r in rows] == [(new_id, PINNED_FP1)]
    out = tmp_path / "again.json"
    assert main(["--workspace", str(workspace_path), "export-json", new_id, "--out",
                 str(out)]) == 0
    assert exchange.read_document(out) == small_document()


# ----------------------------------------------------------------- merging series

def test_measurements_merge_and_conflicts_refuse_the_whole_import(
        workspace_path: Path) -> None:
    document = small_document()
    with Workspace.open(workspace_path) as ws:
        ws.import_document(copy.deepcopy(document))
        # The same rows again: skipped; a new period: added.
        again = copy.deepcopy(document)
        again["series"][0]["measurements"].append(
            {"period": "2025", "value": "170", "note": "", "source": ""})
        second = ws.import_document(again)
        assert ws.plan(second).uuid != document["plan"]["uuid"], "plan UUIDs stay unique"
        assert ws.plan(second).origin_plan_id is not None
        series = ws.exchange_document(second)["series"][0]
        assert [m["period"] for m in series["measurements"]] == ["2023", "2024", "2025"]
        # A differing value: nothing at all is imported, and the message lists it.
        conflicting = copy.deepcopy(document)
        conflicting["series"][0]["measurements"][1]["value"] = "151"
        conflicting["series"][0]["measurements"].append(
            {"period": "2026", "value": "1", "note": "", "source": ""})
        plans_before = len(ws.plans())
        with pytest.raises(UserError, match="2024") as raised:
            ws.import_document(conflicting)
        assert "150.5" in str(raised.value) and "151" in str(raised.value)
        assert len(ws.plans()) == plans_before
        series = ws.exchange_document(second)["series"][0]
        assert [m["period"] for m in series["measurements"]] == ["2023", "2024", "2025"]


def test_signed_plan_imports_whole_and_sealed(workspace_path: Path) -> None:
    from insatsplan.errors import SealedPlanError

    document = small_document()
    document["plan"]["status"] = "signed"
    document["plan"]["signed_on"] = "2025-05-26"
    document["plan"]["fingerprint"] = fingerprint(document)
    with Workspace.open(workspace_path) as ws:
        plan_id = ws.import_document(document)
        exported = ws.exchange_document(plan_id)
        assert exported == document
        topic = ws.search("familjecentraler", plan_id)[0][1]
        with pytest.raises(SealedPlanError):
            ws.update_node(topic, title="Ändrad")


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage", b'{"format": "annat/1"}',
                                     b'{"format": "insatsplan/1", "plan": {}}', b"[1, 2"])
def test_bad_json_is_refused_with_nothing_written(
        content: bytes, workspace_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    Workspace.open(workspace_path).close()
    before = workspace_path.read_bytes()
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    assert main(["--workspace", str(workspace_path), "import-json", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    with Workspace.open(workspace_path, readonly=True) as ws:
        assert ws.plans() == []
    assert len(before) > 0
