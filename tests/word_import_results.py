"""Recognised Word documents built by hand (``ImportResult``), for the import's tests.

Recognition has its own tests on real documents; the import's tests start from what it
hands over, so each can say exactly which tree, series and plan UUID it brings.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from pathlib import Path
from typing import Any

from insatsplan.word_import.model import ImportResult, Unmapped


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def node(kind: str, title: str, *children: dict[str, Any], uuid: str | None = None,
         **extra: Any) -> dict[str, Any]:
    return {"uuid": uuid or new_uuid(), "kind": kind, "title": title,
            "children": list(children), **extra}


def indicator(title: str, series: list[dict[str, Any]], *, uuid: str | None = None,
              horizon: str = "short", series_uuid: str | None = None,
              **spec: Any) -> dict[str, Any]:
    """An indicator and its series (appended to *series*, as recognition makes one
    new series per indicator)."""
    series_uuid = series_uuid or new_uuid()
    if not any(item["uuid"] == series_uuid for item in series):
        series.append({"uuid": series_uuid, "name": title, "unit": "", "measurements": []})
    return node("indicator", title, uuid=uuid, horizon=horizon, indicator={
        "series_uuid": series_uuid, "direction": "rise", "data_source": "",
        "baseline": None, "target": None, "levels": None, **spec})


def document(*children: dict[str, Any], series: list[dict[str, Any]] | None = None,
             plan_uuid: str | None = None, title: str = "Överenskommelse 2023",
             year: int = 2023, **plan: Any) -> dict[str, Any]:
    body = {"uuid": plan_uuid or new_uuid(), "title": title, "subtitle": "",
            "year_from": year, "year_to": year, "kind": "agreement", "status": "draft",
            "preamble": "", "basis": [], "coordinator": "", "reporting_deadline": None,
            "signed_on": None, "fingerprint": None, "origin_plan_uuid": None,
            "parties": [], "signatories": [], "children": list(children)}
    body.update(plan)
    return {"format": "insatsplan/1", "plan": body, "series": series or []}


def result(doc: dict[str, Any], *unmapped: Unmapped, notes: tuple[str, ...] = ()
           ) -> ImportResult:
    return ImportResult(document=doc, style="agreement", unmapped=unmapped, notes=notes)


def sample_result(plan_uuid: str | None = None) -> ImportResult:
    """A small agreement: two focus areas, three topics, goals of both horizons, two
    indicators (one titled like the demo plan's "Antal suicid i Exempelstad", spaced
    and cased differently), a signatory and one unmapped passage."""
    series: list[dict[str, Any]] = []
    doc = document(
        node("focus_area", "Psykisk hälsa",
             node("topic", "Samtalsstöd",
                  node("goal", "Fler unga får stöd", horizon="short"),
                  node("goal", "Färre väntar", horizon="long"),
                  indicator("antal  SUICID i exempelstad", series)),
             node("topic", "Föräldraskap",
                  indicator("Andel föräldrar som deltar", series))),
        node("focus_area", "Suicidprevention",
             node("topic", "Utbildning", node("goal", "Alla chefer utbildas",
                                              horizon="short"))),
        series=series, plan_uuid=plan_uuid,
        signatories=[{"name": "Anna Ek", "title": "Förvaltningschef",
                      "organisation_code": "SOF", "organisation_name": "Socialförvaltningen"}])
    return result(doc, Unmapped("stycke 14, under Psykisk hälsa › Samtalsstöd",
                                "Se även bilaga 3.", "Psykisk hälsa › Samtalsstöd"))


def rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """*sql*'s rows, read through a second connection (what the file holds)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table, read through a second connection: "nothing written" in one look."""
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("plan", "node", "series", "indicator", "evaluation",
                              "signatory", "comparison", "operation_log")}
    finally:
        conn.close()


def dry_run(capsys: Any, workspace: Path, path: Path) -> dict[str, Any]:
    """``import-word --dry-run --json`` of *path* into *workspace* (made when missing):
    the printed document and report."""
    import json

    from cli_helpers import run_in
    from insatsplan.workspace import Workspace

    Workspace.open(workspace).close()
    code, out, err = run_in(capsys, workspace, "import-word", str(path), "--dry-run",
                            "--json")
    assert code == 0, err
    printed: dict[str, Any] = json.loads(out)
    return printed
