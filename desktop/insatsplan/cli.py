"""The command line: argument parsing and the headless commands.

No Qt here (the editor is imported only when asked for), and every command goes through
the same workspace API as the editor. A person's mistake or a bad file ends in one line
on stderr and exit code 2 (3 when another writer holds the workspace); ``--debug`` shows
the traceback.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from insatsplan import __version__
from insatsplan.errors import QT_TRANSLATE_NOOP, Finding, UserError, UserMessage

if TYPE_CHECKING:
    from insatsplan.statistics.table import MissingValue, Selection
    from insatsplan.workspace import Workspace

EXIT_OK, EXIT_USER_ERROR, EXIT_LOCKED, EXIT_BUG = 0, 2, 3, 1
MAX_DEMO_SCALE = 100

# Status words as people read them (plans, show); --json keeps the stored English words.
STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("Cli", "draft"),
    "sent": QT_TRANSLATE_NOOP("Cli", "sent"),
    "signed": QT_TRANSLATE_NOOP("Cli", "signed"),
}


def cli_text(source: str, **params: object) -> str:
    """*source* (marked ``QT_TRANSLATE_NOOP("Cli", ...)``) in the CLI's language, filled
    in; a translation with broken placeholders falls back to the English source."""
    try:
        return _translator()("Cli", source).format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)


def status_word(status: str) -> str:
    """A plan's status in the CLI's language (utkast, skickad, undertecknad by default)."""
    return cli_text(STATUS_WORDS.get(status, status))


class _Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as a UserError (one line, exit 2)."""

    def error(self, message: str) -> Any:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{message} (see insatsplan --help)"),
                        message=message)


def build_parser() -> argparse.ArgumentParser:
    """The parser; its help texts are English sources that :func:`main` translates."""
    parser = _Parser(prog="insatsplan", description=QT_TRANSLATE_NOOP(
        "Cli", "Insatsplan: the yearly plan for mental health and suicide prevention. "
        "Without a command, starts the editor."))
    parser.add_argument("--workspace", metavar="PATH", help=QT_TRANSLATE_NOOP(
        "Cli", "workspace file (default: $INSATSPLAN_WORKSPACE or the user's "
        "default.insatsplan)"))
    plan_help = QT_TRANSLATE_NOOP("Cli", "plan id or UUID")
    json_help = QT_TRANSLATE_NOOP("Cli", "print JSON instead of text")
    out_help = QT_TRANSLATE_NOOP("Cli", "the file to write")
    parser.add_argument("--debug", action="store_true",
                        help=QT_TRANSLATE_NOOP("Cli", "show tracebacks"))
    parser.add_argument("--version", action="version", version=f"insatsplan {__version__}",
                        help=QT_TRANSLATE_NOOP("Cli", "show the version and exit"))
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = commands.add_parser("demo", help=QT_TRANSLATE_NOOP("Cli", "add the demo plan"))
    demo.add_argument("--scale", type=int, default=1, help=QT_TRANSLATE_NOOP(
        "Cli", "N > 1: a synthetic large workspace of N plans, for benchmarks"))
    plans = commands.add_parser("plans", help=QT_TRANSLATE_NOOP("Cli", "list plans"))
    plans.add_argument("--json", action="store_true", help=json_help)
    show = commands.add_parser("show", help=QT_TRANSLATE_NOOP(
        "Cli", "a plan as an outline, or its exchange JSON"))
    show.add_argument("plan", metavar="PLAN", help=plan_help)
    show.add_argument("--json", action="store_true", help=json_help)
    commands.add_parser("check", help=QT_TRANSLATE_NOOP(
        "Cli", "integrity, foreign keys and schema version"))
    export = commands.add_parser("export-json", help=QT_TRANSLATE_NOOP(
        "Cli", "write a plan as an exchange file"))
    export.add_argument("plan", metavar="PLAN", help=plan_help)
    export.add_argument("--out", required=True, type=Path, help=out_help)
    imp = commands.add_parser("import-json", help=QT_TRANSLATE_NOOP(
        "Cli", "create a plan from an exchange file"))
    imp.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "the exchange file (JSON) to read"))
    imp.add_argument("--as-draft", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "import a sent or signed plan as a draft that records where it came from "
        "(also when its content no longer matches its fingerprint)"))
    word = commands.add_parser("export-word", help=QT_TRANSLATE_NOOP(
        "Cli", "write a plan as a Word document"))
    word.add_argument("plan", metavar="PLAN", help=plan_help)
    word.add_argument("--out", required=True, type=Path,
                      help=QT_TRANSLATE_NOOP("Cli", "the .docx to write"))
    word.add_argument("--template", type=Path,
                      help=QT_TRANSLATE_NOOP("Cli", "a .docx or .dotx whose look to use"))
    from insatsplan.word.kinds import KINDS

    word.add_argument("--kind", choices=tuple(KINDS), help=QT_TRANSLATE_NOOP(
        "Cli", "the kind of document (default: the plan's own kind: an agreement, or the "
        "action plan with its report)"))
    word.add_argument("--period", metavar="P", help=QT_TRANSLATE_NOOP(
        "Cli", "with a report: the period followed up (default: the plan's year)"))
    word.add_argument("--pdf", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "also write a tagged PDF beside it (needs LibreOffice)"))
    sign = commands.add_parser("sign", help=QT_TRANSLATE_NOOP(
        "Cli", "sign a plan: fix its fingerprint and date"))
    sign.add_argument("plan", metavar="PLAN", help=plan_help)
    sign.add_argument("--date", metavar="YYYY-MM-DD",
                      help=QT_TRANSLATE_NOOP("Cli", "signing date (default: today)"))
    sign.add_argument("--pdf", metavar="FILE", type=Path,
                      help=QT_TRANSLATE_NOOP("Cli", "the signed PDF to keep"))
    unverified_help = QT_TRANSLATE_NOOP(
        "Cli", "keep a PDF in which no Dokument-ID is found (a scan), marked so")
    sign.add_argument("--unverified", action="store_true", help=unverified_help)
    attach = commands.add_parser("attach-pdf", help=QT_TRANSLATE_NOOP(
        "Cli", "keep a signed plan's signed PDF; it must print the plan's Dokument-ID"))
    attach.add_argument("plan", metavar="PLAN", help=plan_help)
    attach.add_argument("file", metavar="FILE", type=Path,
                        help=QT_TRANSLATE_NOOP("Cli", "the signed PDF to keep"))
    attach.add_argument("--unverified", action="store_true", help=unverified_help)
    version = commands.add_parser("new-version", help=QT_TRANSLATE_NOOP(
        "Cli", "an editable copy of a plan"))
    version.add_argument("plan", metavar="PLAN", help=plan_help)
    version.add_argument("--year", type=int, help=QT_TRANSLATE_NOOP(
        "Cli", "first year of the copy (default: the year after the plan)"))
    signed_pdf = commands.add_parser("signed-pdf", help=QT_TRANSLATE_NOOP(
        "Cli", "write a plan's stored signed PDF"))
    signed_pdf.add_argument("plan", metavar="PLAN", help=plan_help)
    signed_pdf.add_argument("--out", required=True, type=Path, help=out_help)
    status = commands.add_parser("status", help=QT_TRANSLATE_NOOP(
        "Cli", "every indicator's status, trend and latest value"))
    status.add_argument("plan", metavar="PLAN", help=plan_help)
    status.add_argument("--json", action="store_true", help=json_help)
    status.add_argument("--missing", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "list the activities without an evaluation and the indicators without a "
        "value for the period, by administration"))
    status.add_argument("--period", metavar="P", help=QT_TRANSLATE_NOOP(
        "Cli", "with --missing: the period (default: the plan's year)"))
    series = commands.add_parser("measurements", help=QT_TRANSLATE_NOOP(
        "Cli", "an indicator's measured values, oldest first"))
    series.add_argument("plan", metavar="PLAN", help=plan_help)
    series.add_argument("indicator", metavar="INDICATOR", help=QT_TRANSLATE_NOOP(
        "Cli", "the indicator's UUID or its exact title"))
    series.add_argument("--json", action="store_true", help=json_help)
    from insatsplan.cli_evaluations import add_evaluation_parsers

    add_evaluation_parsers(commands, plan_help, json_help)
    from insatsplan.cli_word_import import add_word_import_parser

    add_word_import_parser(commands)
    from insatsplan.cli_compare import add_compare_parser

    add_compare_parser(commands, plan_help, json_help)
    measured = commands.add_parser("export-measurements", help=QT_TRANSLATE_NOOP(
        "Cli", "write every indicator's values by period, status and source (.xlsx or .csv)"))
    measured.add_argument("plan", metavar="PLAN", help=plan_help)
    measured.add_argument("--out", required=True, type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "the .xlsx or .csv to write"))
    stats = commands.add_parser("import-statistics", help=QT_TRANSLATE_NOOP(
        "Cli", "import a PxWeb JSON-stat 2.0, PxWeb CSV or Kolada JSON file into a series"))
    stats.add_argument("file", metavar="F", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "the statistics file to read"))
    into = stats.add_mutually_exclusive_group(required=True)
    into.add_argument("--series", metavar="SERIES", help=QT_TRANSLATE_NOOP(
        "Cli", "series UUID, indicator UUID or exact name"))
    into.add_argument("--new-series", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "Cli", "create a series of this name (a comparison such as the county or the "
        "country) and import into it; prints its UUID last"))
    stats.add_argument("--unit", metavar="UNIT", help=QT_TRANSLATE_NOOP(
        "Cli", "the new series' unit (default: the --compare-with indicator's)"))
    stats.add_argument("--compare-with", metavar="INDICATOR", help=QT_TRANSLATE_NOOP(
        "Cli", "draw the new series beside this indicator of --plan on its chart"))
    stats.add_argument("--plan", metavar="PLAN", help=QT_TRANSLATE_NOOP(
        "Cli", "the plan of --compare-with"))
    stats.add_argument("--where", action="append", default=[], metavar="DIMENSION=CODE",
                       help=QT_TRANSLATE_NOOP(
                           "Cli", "one category (code or label) of a dimension; repeat for "
                           "each dimension with several categories"))
    stats.add_argument("--replace", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "replace stored values that the file gives differently"))
    dry_run_help = QT_TRANSLATE_NOOP("Cli", "show what would be imported; write nothing")
    stats.add_argument("--dry-run", action="store_true", help=dry_run_help)
    measurements = commands.add_parser("import-measurements", help=QT_TRANSLATE_NOOP(
        "Cli", "import values from a CSV file: indicator;period;value;note[;source]"))
    measurements.add_argument("file", metavar="F", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "the CSV file to read"))
    measurements.add_argument("--dry-run", action="store_true", help=dry_run_help)
    chart = commands.add_parser("chart", help=QT_TRANSLATE_NOOP(
        "Cli", "draw an indicator's trend chart as PNG or SVG"))
    chart.add_argument("plan", metavar="PLAN", help=plan_help)
    chart.add_argument("indicator", metavar="INDICATOR", help=QT_TRANSLATE_NOOP(
        "Cli", "the indicator's UUID or exact title"))
    chart.add_argument("--out", required=True, type=Path,
                       help=QT_TRANSLATE_NOOP("Cli", "the .png or .svg to write"))
    chart.add_argument("--width", type=int, default=1600, metavar="PX",
                       help=QT_TRANSLATE_NOOP("Cli", "width in pixels (default: 1600)"))
    chart.add_argument("--height", type=int, default=900, metavar="PX",
                       help=QT_TRANSLATE_NOOP("Cli", "height in pixels (default: 900)"))
    gui = commands.add_parser("gui", help=QT_TRANSLATE_NOOP(
        "Cli", "start the editor (the default)"))
    gui.add_argument("--lang", choices=("sv", "en"), default="sv", help=QT_TRANSLATE_NOOP(
        "Cli", "language of the editor (default: Swedish)"))
    gui.add_argument("--exit-when-ready", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "quit once the tree is shown; print milliseconds until the window was shown "
        "and until the tree was ready"))
    return parser


def cmd_gui(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan.ui.app import run_gui

    return run_gui(args.workspace, getattr(args, "lang", "sv"),
                   getattr(args, "exit_when_ready", False))


def _open(args: argparse.Namespace, *, readonly: bool) -> Workspace:
    from insatsplan.workspace import Workspace, resolve_workspace_path

    ws = Workspace.open(resolve_workspace_path(args.workspace), readonly=readonly)
    for notice in ws.notices:  # one line each on stderr; the exit code stays
        _warn(notice)
    ws.on_notice = _warn
    return ws


def _warn(notice: UserMessage) -> None:
    _say(notice.text(_translator()))


def cmd_demo(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import demo

    if not 1 <= args.scale <= MAX_DEMO_SCALE:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "--scale must be between 1 and {limit}."),
                        limit=MAX_DEMO_SCALE)
    with _open(args, readonly=False) as ws:
        ids = [demo.add_demo_plan(ws)] if args.scale == 1 else demo.add_scaled_demo(
            ws, args.scale)
        ws.daily_backup()
    for plan_id in ids:
        out(str(plan_id))
    return EXIT_OK


def _plan_rows(ws: Workspace) -> list[dict[str, Any]]:
    rows = []
    for plan in ws.plans():
        # A signed plan shows the fingerprint fixed when it was signed (what its PDF
        # prints); any other plan its content's fingerprint now, never a stale stored one.
        # A sent or signed plan also says whether its content still matches ("seal").
        seal = ws.seal_state(plan.id)
        fixed = plan.fingerprint if plan.status == "signed" else None
        current = seal.current if seal is not None else ws.current_fingerprint(plan.id)
        rows.append({
            "id": plan.id, "uuid": plan.uuid, "title": plan.title,
            "year_from": plan.year_from, "year_to": plan.year_to, "status": plan.status,
            "fingerprint": fixed or current,
            "seal": None if seal is None else seal.state,
        })
    return rows


def cmd_plans(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    with _open(args, readonly=True) as ws:
        rows = _plan_rows(ws)
    if args.json:
        import json

        out(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    from insatsplan.text import plain_text

    for row in rows:
        years = (str(row["year_from"]) if row["year_from"] == row["year_to"]
                 else f"{row['year_from']}–{row['year_to']}")
        status = status_word(row["status"])
        out(f"{row['id']:>4}  {years:<9}  {status:<12}  {plain_text(row['title'])}")
    return EXIT_OK


def outline(document: dict[str, Any]) -> list[str]:
    """The plan as an indented outline, in the order the agreement prints it."""
    from insatsplan.text import plain_text

    plan = document["plan"]
    lines = [f"{plain_text(plan['title'])} ({plan['year_from']}"
             + ("" if plan["year_from"] == plan["year_to"] else f"–{plan['year_to']}")
             + f") [{status_word(plan['status'])}]"]
    section_names = {("goal", "short"): "Kortsiktiga mål och aktiviteter",
                     ("indicator", "short"): "Mätbara indikatorer (kortsiktiga)",
                     ("goal", "long"): "Långsiktiga mål",
                     ("indicator", "long"): "Mätbara indikatorer (långsiktiga)"}

    def walk(node: dict[str, Any], depth: int) -> None:
        title = plain_text(node["title"]).replace("\n", " ")
        bullet = "- " if node["kind"] in ("goal", "indicator") else ""
        lines.append("  " * depth + bullet + title)
        current = None
        for child in node.get("children", []):
            key = (child["kind"], child.get("horizon"))
            if node["kind"] == "topic" and key != current:
                current = key
                lines.append("  " * (depth + 1) + section_names.get(key, "") + ":")
            walk(child, depth + 2 if node["kind"] == "topic" else depth + 1)

    for root in plan.get("children", []):
        walk(root, 1)
    return lines


def cmd_show(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    with _open(args, readonly=True) as ws:
        document = ws.exchange_document(args.plan)
    if args.json:
        from insatsplan.exchange import dumps_document

        out(dumps_document(document).rstrip("\n"))
    else:
        for line in outline(document):
            out(line)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    import sqlite3

    from insatsplan.workspace import files, resolve_workspace_path, verify
    from insatsplan.workspace.schema import HEAD_REVISION

    path = resolve_workspace_path(args.workspace)
    revision = files.read_revision(path)
    try:
        problems = verify.workspace_problems(path, revision)
    except sqlite3.Error as error:  # SQLite failing on the file is itself the finding
        problems = [Finding(QT_TRANSLATE_NOOP("Check", "the check could not run ({reason})"),
                            reason=" ".join(str(error).split()))]
    if revision != HEAD_REVISION:
        problems.append(Finding(QT_TRANSLATE_NOOP("Check", "schema {found}, current is {head}"),
                                found=revision, head=HEAD_REVISION))
    if problems:
        translate = _translator()
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The workspace {path} has problems: "
                                          "{problems}"), path=str(path),
                        problems="; ".join(p.text(translate) for p in problems[:20]))
    out(cli_text(QT_TRANSLATE_NOOP("Cli", "ok: {path} (schema {revision})"),
                 path=path, revision=revision))
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import exchange

    with _open(args, readonly=True) as ws:
        document = ws.exchange_document(args.plan)
    exchange.write_document(args.out, document)
    out(str(args.out))
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import exchange

    document = exchange.read_document(args.file)
    with _open(args, readonly=False) as ws:
        plan_id = ws.import_document(document, as_draft=args.as_draft)
    out(str(plan_id))
    return EXIT_OK


def cmd_export_word(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Write the Word document (and with --pdf the PDF); print the paths written.

    Without --kind the plan's own kind decides (an agreement plan prints the agreement,
    a plan_and_report plan the plan with its report). A report's charts are drawn here,
    by an offscreen application, before the Word layer runs (it draws nothing).
    """
    from insatsplan.word import export_document
    from insatsplan.word.kinds import KINDS, kind_for_plan

    follow_up = None
    with _open(args, readonly=True) as ws:
        document = ws.exchange_document(args.plan)
        kind = KINDS[args.kind] if args.kind else kind_for_plan(document["plan"].get("kind"))
        if args.period is not None and not kind.follow_up:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "--period goes with a report (--kind report or plan_and_report); "
                "the agreement has no period."))
        if kind.follow_up:
            from insatsplan.charts.report_charts import gather_report_input

            follow_up = gather_report_input(ws, args.plan, args.period)
    pdf = args.out.with_suffix(".pdf") if args.pdf else None
    export_document(document, args.out, kind=kind.key, template=args.template, pdf=pdf,
                    follow_up=follow_up, on_notice=_warn)
    out(str(args.out))
    if pdf is not None:
        out(str(pdf))
    return EXIT_OK


def cmd_sign(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Sign; print the fixed fingerprint grouped as the document's "Dokument-ID" prints it."""
    from insatsplan.fingerprint import grouped

    with _open(args, readonly=False) as ws:
        value = ws.sign_plan(args.plan, signed_on=args.date, pdf=args.pdf,
                             unverified=args.unverified)
    out(grouped(value))
    return EXIT_OK


def cmd_attach_pdf(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Keep the signed PDF; print its SHA-256, as `check` and `signed-pdf` know it."""
    with _open(args, readonly=False) as ws:
        sha256 = ws.attach_signed_pdf(args.plan, args.file, unverified=args.unverified)
    out(sha256)
    return EXIT_OK


def cmd_import_word(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan.cli_word_import import cmd_import_word as import_word

    return import_word(args, out)


def cmd_diff(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan.cli_compare import cmd_diff as diff

    return diff(args, out)


def cmd_new_version(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """An editable copy; how many texts still name the old years (for review: they are
    not changed), then the new plan's id alone on the last line, for scripts."""
    from insatsplan.year_roll import years_text

    with _open(args, readonly=False) as ws:
        plan_id = ws.new_version(args.plan, year=args.year)
        old_years = ws.outdated_years(plan_id)
        mentions = ws.year_mentions(plan_id, old_years) if old_years else []
    if old_years:
        out(cli_text(QT_TRANSLATE_NOOP(
            "Cli", "Texts that still name {years}: {count} (review them; in the editor: "
            "Find and filter, “Mentions {years}”)."),
            years=years_text(old_years[0], old_years[-1]), count=len(mentions)))
    else:
        out(cli_text(QT_TRANSLATE_NOOP(
            "Cli", "The new version is for the same years as the plan it was made from; "
            "its texts were copied as they were.")))
    out(str(plan_id))
    return EXIT_OK


def cmd_signed_pdf(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Write the stored signed PDF out; reading only, so it works beside the editor."""
    with _open(args, readonly=True) as ws:
        path = ws.export_signed_pdf(args.plan, args.out)
    out(str(path))
    return EXIT_OK


def cmd_status(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import cli_follow_up

    return cli_follow_up.cmd_status(args, out)


def cmd_measurements(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import cli_follow_up

    return cli_follow_up.cmd_measurements(args, out)


def cmd_evaluations(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import cli_evaluations

    return cli_evaluations.cmd_evaluations(args, out)


def cmd_evaluate(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import cli_evaluations

    return cli_evaluations.cmd_evaluate(args, out)


def cmd_export_measurements(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from insatsplan import cli_follow_up

    return cli_follow_up.cmd_export_measurements(args, out)


def cmd_chart(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Draw one indicator's chart offscreen (the one command that loads Qt); print the path.

    The file's format and size are checked before the workspace is opened or Qt loaded.
    """
    from insatsplan.charts.description import describe_indicator
    from insatsplan.charts.files import chart_format, check_size

    chart_format(args.out)
    check_size(args.width, args.height)
    with _open(args, readonly=True) as ws:
        indicator = ws.indicator(ws.find_indicator(args.plan, args.indicator))
        comparisons = ws.comparisons(indicator.node_id)  # what the editor set up
    description = describe_indicator(indicator, comparisons, translate=_translator())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is first imported
    from insatsplan.charts import render

    render.ensure_application()
    out(str(render.write_chart(description, args.out, args.width, args.height)))
    return EXIT_OK


def cmd_import_statistics(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """One line through the file's table into one series, all or nothing; print counts."""
    from insatsplan.statistics import parse_where, read_statistics
    from insatsplan.statistics.importing import apply_changes, preview_selection

    selection = read_statistics(args.file).select(parse_where(args.where))
    if args.new_series is not None:
        return _import_new_series(args, selection, out)
    if args.unit is not None or args.compare_with is not None:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "--unit and --compare-with go with --new-series."))
    with _open(args, readonly=args.dry_run or _not_there(args)) as ws:
        series_id = ws.find_series(args.series)
        preview = preview_selection(ws, series_id, selection)
        changes = preview.changes(replace=args.replace)
        if not args.dry_run:
            apply_changes(ws, changes, name="import_statistics")
    counts = {"added": len(preview.new), "replaced": len(changes) - len(preview.new),
              "unchanged": len(preview.unchanged), "missing": len(preview.missing)}
    if preview.missing:  # listed first: the counts are the last line, what a script reads
        _say_missing(preview.missing, out)
    out(cli_text(QT_TRANSLATE_NOOP("Cli", "{added} values would be added, {replaced} "
                                   "replaced, {unchanged} unchanged, {missing} missing in "
                                   "the file skipped (dry run: nothing written).")
                 if args.dry_run else QT_TRANSLATE_NOOP(
                     "Cli", "{added} values added, {replaced} replaced, {unchanged} "
                     "unchanged, {missing} missing in the file skipped."), **counts))
    return EXIT_OK


def _say_missing(missing: Sequence[MissingValue], out: Callable[[str], None]) -> None:
    """The periods the file has no value for, as people say them, with the file's mark."""
    from insatsplan.periods import period_label

    out(cli_text(QT_TRANSLATE_NOOP("Cli", "Missing in the file: {periods}"),
                 periods=", ".join(f"{period_label(m.period)} ({m.status})" if m.status
                                   else period_label(m.period) for m in missing)))


def _import_new_series(args: argparse.Namespace, selection: Selection,
                       out: Callable[[str], None]) -> int:
    """``import-statistics --new-series``: the series created, filled and (with
    ``--compare-with``) drawn beside an indicator in one transaction, so a refused
    import creates nothing; the new series' UUID on the last line."""
    from insatsplan.statistics.importing import new_series_rows

    if args.compare_with is not None and args.plan is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "--compare-with needs --plan."))
    rows = new_series_rows(selection)
    with _open(args, readonly=args.dry_run or _not_there(args)) as ws:
        node_id = None if args.compare_with is None else ws.find_indicator(
            args.plan, args.compare_with)
        unit = args.unit if args.unit is not None else (
            "" if node_id is None else ws.indicator(node_id).unit)
        if node_id is not None:  # a dry run must refuse what the real run would
            ws.check_comparison_unit(node_id, args.new_series, unit)
        series_uuid = None
        if not args.dry_run:
            series_uuid = ws.series(ws.create_series(
                args.new_series, unit, measurements=rows, compare_with=node_id,
                operation="import_statistics")).uuid
    counts = {"added": len(rows), "replaced": 0, "unchanged": 0,
              "missing": len(selection.missing)}
    out(cli_text(QT_TRANSLATE_NOOP("Cli", "{added} values would be added, {replaced} "
                                   "replaced, {unchanged} unchanged, {missing} missing in "
                                   "the file skipped (dry run: nothing written).")
                 if args.dry_run else QT_TRANSLATE_NOOP(
                     "Cli", "{added} values added, {replaced} replaced, {unchanged} "
                     "unchanged, {missing} missing in the file skipped."), **counts))
    if selection.missing:
        _say_missing(selection.missing, out)
    if series_uuid is not None:
        out(series_uuid)
    return EXIT_OK


def _not_there(args: argparse.Namespace) -> bool:
    """Whether the workspace does not exist: values go into series it already has, so it
    is opened for reading and says so, instead of leaving a new empty workspace behind."""
    from insatsplan.workspace import resolve_workspace_path

    return not os.path.lexists(resolve_workspace_path(args.workspace))


def cmd_import_measurements(args: argparse.Namespace, out: Callable[[str], None]) -> int:
    """Every line of the CSV or none; print how many values were added."""
    from insatsplan.statistics.importing import apply_changes, plan_measurement_lines
    from insatsplan.statistics.measurements_csv import read_measurements_csv

    lines = read_measurements_csv(args.file)
    with _open(args, readonly=args.dry_run or _not_there(args)) as ws:
        plan = plan_measurement_lines(ws, args.file, lines)
        if not args.dry_run:
            apply_changes(ws, plan.changes, name="import_measurements")
    out(cli_text(QT_TRANSLATE_NOOP("Cli", "{added} values would be added, {unchanged} "
                                   "unchanged (dry run: nothing written).")
                 if args.dry_run else QT_TRANSLATE_NOOP(
                     "Cli", "{added} values added, {unchanged} unchanged."),
                 added=len(plan.changes), unchanged=plan.unchanged))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Callable[[str], None]], int]] = {
    "demo": cmd_demo,
    "plans": cmd_plans,
    "show": cmd_show,
    "check": cmd_check,
    "export-json": cmd_export_json,
    "import-json": cmd_import_json,
    "import-word": cmd_import_word,
    "export-word": cmd_export_word,
    "sign": cmd_sign,
    "attach-pdf": cmd_attach_pdf,
    "new-version": cmd_new_version,
    "diff": cmd_diff,
    "signed-pdf": cmd_signed_pdf,
    "status": cmd_status,
    "measurements": cmd_measurements,
    "export-measurements": cmd_export_measurements,
    "evaluations": cmd_evaluations,
    "evaluate": cmd_evaluate,
    "import-statistics": cmd_import_statistics,
    "import-measurements": cmd_import_measurements,
    "chart": cmd_chart,
    "gui": cmd_gui,
}


def _translator() -> Callable[[str, str], str]:
    try:
        from insatsplan.translations import cli_translator

        return cli_translator()
    except Exception:  # a message must show even if the catalogue cannot be read
        return lambda _context, source: source


def _lazy_translator() -> Callable[[str, str], str]:
    """:func:`_translator`, reading the catalogue only when a word is first asked for:
    ``insatsplan gui`` (and any command that prints nothing to translate) must not pay
    for parsing it before the editor's window is shown."""
    loaded: list[Callable[[str, str], str]] = []

    def translate(context: str, source: str) -> str:
        if not loaded:
            loaded.append(_translator())
        return loaded[0](context, source)

    return translate


# argparse's own words (Python 3.11), marked so lupdate collects them for translation.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
)


@contextmanager
def _argparse_speaking(translate: Callable[[str, str], str]) -> Iterator[None]:
    """argparse's own words ("usage:", "options", "the following arguments are
    required") in our language while the parser is built and used.

    argparse looks its words up through the module-level ``_`` and ``ngettext`` it
    imported from :mod:`gettext`; they are swapped for our translator and put back after,
    so nothing else in the process (pytest's own argparse, say) is affected.
    """
    module: Any = argparse  # its ``_`` and ``ngettext`` are not in its public stubs
    if not (hasattr(module, "_") and hasattr(module, "ngettext")):
        yield  # another argparse: its own words, in English
        return
    saved = module._, module.ngettext

    def ngettext(singular: str, plural: str, count: int) -> str:
        return translate("Cli", singular if count == 1 else plural)

    module._ = lambda text: translate("Cli", text)
    module.ngettext = ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


def _translate_help(parser: argparse.ArgumentParser, translate: Callable[[str, str], str]) -> None:
    """Descriptions and help texts (marked ``QT_TRANSLATE_NOOP("Cli", ...)`` where they
    are written) in our language, in *parser* and every sub-command's parser."""
    if parser.description:
        parser.description = translate("Cli", parser.description)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = translate("Cli", action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = translate("Cli", choice.help)
            for sub in {id(p): p for p in action.choices.values()}.values():
                _translate_help(sub, translate)


def _file_at_fault(args: argparse.Namespace | None, error: Exception) -> UserError | None:
    """What *error* means for a person when the workspace explains it (a SQLite code, a
    stored value its column cannot hold, a missing row); None when the file is sound, so
    *error* is a bug. The workspace API does this for its own calls; this net catches
    what fails outside them (a value used after the session closed, a file being made)."""
    if args is None or getattr(args, "command", None) in (None, "gui"):
        return None
    try:
        from insatsplan.workspace import db_errors, resolve_workspace_path

        path = resolve_workspace_path(args.workspace)
        if not path.is_file():  # being created: only SQLite's own code can explain it
            return db_errors.user_error_for(path, error)
        return db_errors.explain(path, error)
    except Exception:  # looking for the cause must not hide the error itself
        return None


def _one_line(text: str) -> str:
    """A message as one printable line: what a file or an argument holds (line breaks from
    SQLite's integrity report, a NUL typed as a plan id) must not break it up."""
    return "".join(" " if char in "\r\n\t" else char if _shown_as_is(char) else "\ufffd"
                   for char in text)


def _shown_as_is(char: str) -> bool:
    """Printable, or a space Swedish numbers use ("1\u00a0234": Python does not count
    the no-break and narrow no-break spaces as printable)."""
    return char.isprintable() or char in "\u00a0\u202f"


def _say(text: str) -> None:
    print(f"insatsplan: {_one_line(text)}", file=sys.stderr)


def _report_bug(error: BaseException, translate: Callable[[str, str], str],
                argv: Sequence[str]) -> None:
    from insatsplan.bug_report import record_bug

    # The whole command line as given (main's argv, not the interpreter's: tests and
    # other callers run main in-process), so the log says which command failed.
    log = record_bug(error, "insatsplan " + " ".join(argv)[:300])
    if log is None:
        message = UserError(QT_TRANSLATE_NOOP(
            "Errors", "Internal error (a bug in Insatsplan): {error}. The details could not "
            "be written to a log; run the command again with --debug to see them."),
            error=f"{type(error).__name__}: {error}")
    else:
        message = UserError(QT_TRANSLATE_NOOP(
            "Errors", "Internal error (a bug in Insatsplan), details in {log}. Please send "
            "that file to whoever supports Insatsplan."), log=str(log))
    _say(message.text(translate))


def _silence_stdout() -> None:
    """After a closed pipe (``insatsplan show 1 | head -1``): send what is still buffered
    to /dev/null, as the Python docs recommend, so the exit flush raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no descriptor (in-process, closed)
        pass


def _write_stdout(line: str | None) -> None:
    """*line* on standard output (None: flush what is buffered).

    A closed pipe stays :class:`BrokenPipeError` (the reader has all it wanted). Any other
    failed write (a full disk, ``>&-``) is the person's one line, exit 2: the output is
    incomplete, and it is no bug. What is still buffered goes nowhere, so the flush at
    exit cannot print a second complaint.
    """
    try:
        if sys.stdout is None:  # started with standard output closed
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        if line is not None:
            print(line, file=sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        _silence_stdout()
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot write to the standard output: {reason}"),
            reason=error.strerror or str(error)) from error


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    translate = _lazy_translator()
    args: argparse.Namespace | None = None

    def out(line: str) -> None:
        # A path whose bytes are not UTF-8 (os.fsdecode keeps them as surrogates) is
        # printed with U+FFFD for them, not refused by the encoder after the work.
        _write_stdout(line.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))

    def show_traceback() -> None:
        if debug:
            import traceback

            traceback.print_exc()

    try:
        with _argparse_speaking(translate):
            parser = build_parser()
            if "-h" in argv or "--help" in argv:  # help texts are read only to be shown
                _translate_help(parser, translate)
            args = parser.parse_args(argv)
        code = COMMANDS[args.command or "gui"](args, out)
        _write_stdout(None)
        return code
    except BrokenPipeError:
        _silence_stdout()  # the reader has all it wanted: not an error
        return EXIT_OK
    except UserError as error:
        show_traceback()
        _say(error.text(translate))
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        show_traceback()
        explained = _file_at_fault(args, error)
        if explained is not None:
            _say(explained.text(translate))
            return explained.exit_code
        _report_bug(error, translate, argv)
        return EXIT_BUG


def gui_main() -> int:
    """Entry point of ``insatsplan-gui``."""
    return main([])
