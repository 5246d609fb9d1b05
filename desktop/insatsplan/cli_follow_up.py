"""The follow-up commands of the command line: ``status``, ``measurements`` and
``export-measurements``.

Kept beside :mod:`insatsplan.cli` (which parses the arguments and calls these) so the
parser file stays a list of commands. Headless: no Qt, and openpyxl only when an
``.xlsx`` is written. Everything is read through the workspace's read side, the same
dataclasses the editor's tree and Uppföljning view show.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from insatsplan.workspace.reads import IndicatorStatus, SeriesData

Out = Callable[[str], None]

def status_rows(statuses: Sequence[IndicatorStatus]) -> list[dict[str, Any]]:
    """``status --json``: one object per indicator, values as decimal strings."""
    from insatsplan.values import canonical_value

    return [{
        "uuid": each.indicator.node_uuid,
        "title": each.indicator.title,
        "series_uuid": each.indicator.series.uuid,
        "unit": each.indicator.unit,
        "latest": None if each.latest is None else {
            "period": each.latest.period, "value": canonical_value(each.latest.value)},
        "status": each.status,
        "trend": each.trend,
    } for each in statuses]


def series_document(series: SeriesData) -> dict[str, Any]:
    """``measurements --json``: the series, oldest value first, values as decimal strings."""
    from insatsplan.values import canonical_value

    return {
        "series_uuid": series.uuid,
        "name": series.name,
        "unit": series.unit,
        "measurements": [{"period": row.period, "value": canonical_value(row.value),
                          "note": row.note, "source": row.source}
                         for row in series.measurements],
    }


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as lines with columns padded to their widest cell (the last one unpadded)."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False))
            + "  " + row[-1] for row in rows]


def cmd_status(args: argparse.Namespace, out: Out) -> int:
    from insatsplan.cli import EXIT_OK, _open, _translator, cli_text
    from insatsplan.follow_up.status import STATUS_WORDS, TREND_WORDS
    from insatsplan.periods import period_label
    from insatsplan.values import format_with_unit

    if args.missing:
        return _missing(args, out)
    if args.period is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "--period goes with --missing."))
    translate = _translator()
    with _open(args, readonly=True) as ws:
        statuses = ws.indicator_statuses(ws.plan(args.plan).id)
    if args.json:
        out(json.dumps(status_rows(statuses), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not statuses:
        out(cli_text(QT_TRANSLATE_NOOP("Cli", "The plan has no indicators.")))
        return EXIT_OK
    rows = [[cli_text(QT_TRANSLATE_NOOP("Cli", "Status")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Trend")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Latest value")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Indicator"))]]
    for each in statuses:
        latest = "–" if each.latest is None else (
            format_with_unit(each.latest.value, each.indicator.unit)
            + f" ({period_label(each.latest.period)})")
        rows.append([translate("FollowUp", STATUS_WORDS[each.status]),
                     translate("FollowUp", TREND_WORDS[each.trend])
                     if each.trend != "none" else "–",
                     latest, each.indicator.title.replace("\n", " ")])
    for line in _table(rows):
        out(line.rstrip())
    return EXIT_OK


def _missing(args: argparse.Namespace, out: Out) -> int:
    """``status PLAN --missing``: what the administrations have not reported yet."""
    from insatsplan.cli import EXIT_OK, _open, cli_text
    from insatsplan.periods import period_label

    with _open(args, readonly=True) as ws:
        missing = ws.missing_follow_up(args.plan, args.period)
    if args.json:
        out(json.dumps({"period": missing.period, "administrations": [
            {"code": each.code, "name": each.name,
             "activities": [{"uuid": item.uuid, "title": item.title}
                            for item in each.activities],
             "indicators": [{"uuid": item.uuid, "title": item.title,
                             "series_uuid": item.series_uuid} for item in each.indicators]}
            for each in missing.administrations]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    period = period_label(missing.period)
    if not missing.administrations:
        out(cli_text(QT_TRANSLATE_NOOP(
            "Cli", "Nothing is missing for {period}: every activity has an evaluation and "
            "every indicator a value."), period=period))
        return EXIT_OK
    out(cli_text(QT_TRANSLATE_NOOP("Cli", "Still missing for {period}:"), period=period))
    for each in missing.administrations:
        out("")
        out(f"{each.name} ({each.code})" if each.code and each.name != each.code
            else each.code or cli_text(QT_TRANSLATE_NOOP(
                "Cli", "No administration responsible")))
        for item in each.activities:
            out("  " + cli_text(QT_TRANSLATE_NOOP("Cli", "No evaluation: {title}"),
                                title=item.title.replace("\n", " ")))
        for item in each.indicators:
            out("  " + cli_text(QT_TRANSLATE_NOOP("Cli", "No value: {title}"),
                                title=item.title.replace("\n", " ")))
    return EXIT_OK


def cmd_measurements(args: argparse.Namespace, out: Out) -> int:
    from insatsplan.cli import EXIT_OK, _open, cli_text
    from insatsplan.periods import period_label
    from insatsplan.values import format_value_sv

    with _open(args, readonly=True) as ws:
        node_id = ws.find_indicator(args.plan, args.indicator)
        series = ws.indicator(node_id).series
    if args.json:
        out(json.dumps(series_document(series), ensure_ascii=False, indent=2))
        return EXIT_OK
    out(f"{series.name} ({series.unit})" if series.unit else series.name)
    if not series.measurements:
        out(cli_text(QT_TRANSLATE_NOOP("Cli", "No values yet.")))
        return EXIT_OK
    rows = [[cli_text(QT_TRANSLATE_NOOP("Cli", "Period")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Value")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Source")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Note"))]]
    rows += [[period_label(row.period), format_value_sv(row.value), row.source,
              row.note.replace("\n", " ")] for row in series.measurements]
    for line in _table(rows):
        out(line.rstrip())
    return EXIT_OK


def cmd_export_measurements(args: argparse.Namespace, out: Out) -> int:
    """Every indicator's values by period, status and source as .xlsx or .csv."""
    from insatsplan.cli import EXIT_OK, _open
    from insatsplan.follow_up.spreadsheet import (
        check_suffix,
        follow_up_statuses,
        write_follow_up,
    )

    check_suffix(args.out)  # a wrong name is refused before the workspace is opened
    with _open(args, readonly=True) as ws:
        statuses = follow_up_statuses(ws, ws.plan(args.plan).id)
    out(str(write_follow_up(args.out, statuses)))
    return EXIT_OK
