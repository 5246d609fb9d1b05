"""``insatsplan import-word``: a Word document (any producer's) into a new plan.

Reads the file safely, recognises its plan (:mod:`insatsplan.word_import`), prints the
mapping report -- the plan's focus areas and topics with what each holds, what could not
be mapped and where it stood, the series each indicator joins, notes -- and imports it
through :meth:`Workspace.import_word`, the editor's call. The new plan's id is alone on
the last line. ``--dry-run`` writes nothing; ``--json`` prints the exchange document
that would be imported and the report as one JSON object (with the new plan's id as
``plan_id`` when it imports). Kept beside :mod:`insatsplan.cli`, which registers it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError
from insatsplan.uuids import canonical_uuid

if TYPE_CHECKING:
    from insatsplan.word_import.model import ImportResult
    from insatsplan.workspace.word_import import WordImportPreview

Out = Callable[[str], None]

_MSG_NOT_HELD: Final = QT_TRANSLATE_NOOP(
    "Errors", "The workspace does not hold the plan {file} was exported from, so it "
    "cannot be imported as a new version of it; import it without --as-new-version.")
_MSG_SERIES_FORM: Final = QT_TRANSLATE_NOOP(
    "Errors", "--series wants INDICATOR=SERIES (an indicator's title or UUID, a series' "
    "name or UUID or “new”), not “{value}”.")
_MSG_NO_SUCH_INDICATOR: Final = QT_TRANSLATE_NOOP(
    "Errors", "The document has no indicator “{indicator}” (--series names an indicator "
    "by its title or UUID).")
_MSG_INDICATOR_TWICE: Final = QT_TRANSLATE_NOOP(
    "Errors", "The document has {count} indicators “{indicator}”; name the one you mean "
    "by its UUID (--dry-run --json lists them).")
_MSG_NO_SUCH_SERIES: Final = QT_TRANSLATE_NOOP(
    "Errors", "The workspace has no series “{series}” (--series names a series by its "
    "name or UUID, or “new”).")
_MSG_SERIES_NAME_TWICE: Final = QT_TRANSLATE_NOOP(
    "Errors", "The workspace has {count} series named “{series}”; name the one you mean "
    "by its UUID.")


def add_word_import_parser(commands: Any) -> None:
    """``import-word`` in *commands* (the CLI's sub-parsers), with English help texts
    :func:`insatsplan.cli.main` translates."""
    word = commands.add_parser("import-word", help=QT_TRANSLATE_NOOP(
        "Cli", "create a plan from a Word document (an earlier year's agreement or report)"))
    word.add_argument("file", metavar="F", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "the .docx to read (a .doc with --convert)"))
    word.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "print the mapping report; write nothing"))
    word.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "print the exchange document and the report as JSON"))
    word.add_argument("--as-new-version", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "when the workspace holds the plan the document was exported from: a new "
        "version of it, keeping what Word does not print (directions, levels, targets, "
        "series)"))
    word.add_argument("--series", action="append", default=[],
                      metavar="INDICATOR=SERIES", help=QT_TRANSLATE_NOOP(
        "Cli", "the series an indicator joins instead of the one matched by title "
        "(INDICATOR: its title in the document or its UUID; SERIES: a series' name or "
        "UUID, or “new” for a new series); repeatable"))
    word.add_argument("--convert", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "convert an old .doc to .docx with LibreOffice first"))
    word.add_argument("--as-one-topic", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "import the whole document as one topic's text (for a document without "
        "recognisable structure)"))


def cmd_import_word(args: argparse.Namespace, out: Out) -> int:
    """Read, recognise, report, import (unless ``--dry-run``); exit 2 on any refusal
    with nothing written."""
    from insatsplan.cli import _translator

    token = _catalogue.set(_translator())  # read once for the whole report
    try:
        return _import_word(args, out)
    finally:
        _catalogue.reset(token)


def _import_word(args: argparse.Namespace, out: Out) -> int:
    from insatsplan.cli import EXIT_OK, _open
    from insatsplan.word_import.importing import MSG_ONE_TOPIC, read_document, recognise_document
    from insatsplan.word_import.recognise import NoStructureError

    word = read_document(args.file, convert=args.convert)
    with _open(args, readonly=args.dry_run) as ws:
        organisations = {o.code: o.name for o in ws.organisations()}
        try:
            result = recognise_document(word, organisations, as_one_topic=args.as_one_topic)
        except NoStructureError as error:
            raise UserError(MSG_ONE_TOPIC, reason=error) from None
        preview = ws.preview_word_import(result)
        if args.as_new_version and preview.held_plan is None:
            raise UserError(_MSG_NOT_HELD, file=args.file.name)
        choices = series_choices(preview, args.series)
        new_version_of = (preview.held_plan.id if args.as_new_version and preview.held_plan
                          else None)
        document = None if not args.json else ws.word_import_document(
            result, series_choices=choices, as_new_version_of=new_version_of)
        plan_id = None
        if not args.dry_run:
            plan_id = ws.import_word(result, series_choices=choices,
                                     as_new_version_of=new_version_of)
    if document is not None:
        report = report_dict(preview)
        chosen = {match["indicator_uuid"]: match for match in report["series"]}
        names = {option.uuid: option.name for option in preview.series}
        for uuid, series_uuid in choices.items():  # the report says what is imported
            chosen[uuid].update(series_uuid=series_uuid, series_name=None if series_uuid
                                is None else names.get(series_uuid))
        if plan_id is not None:
            report["plan_id"] = plan_id
        out(json.dumps({"document": document, "report": report},
                       ensure_ascii=False, indent=2))
        return EXIT_OK
    for line in report_lines(result, preview, as_new_version=args.as_new_version):
        out(line)
    if plan_id is None:
        out(_cli("Dry run: nothing written."))
    else:
        out(str(plan_id))
    return EXIT_OK


def series_choices(preview: WordImportPreview, given: list[str]) -> dict[str, str | None]:
    """``--series INDICATOR=SERIES`` as :meth:`Workspace.import_word`'s choices: the
    indicator by its UUID or its title in the document, the series by its UUID or name,
    or ``new`` (None: a new series). A title or name that names more than one is refused
    with how to name the one meant."""
    from insatsplan.workspace.word_import import title_key

    choices: dict[str, str | None] = {}
    for value in given:
        indicator, sep, series = (part.strip() for part in value.partition("="))
        if not sep or not indicator or not series:
            raise UserError(_MSG_SERIES_FORM, value=value)
        matches = [m.indicator_uuid for m in preview.series_matches
                   if m.indicator_uuid == canonical_uuid(indicator)]
        if not matches:
            matches = [m.indicator_uuid for m in preview.series_matches
                       if title_key(m.title) == title_key(indicator)]
        if not matches:
            raise UserError(_MSG_NO_SUCH_INDICATOR, indicator=indicator)
        if len(matches) > 1:
            raise UserError(_MSG_INDICATOR_TWICE, count=len(matches), indicator=indicator)
        choices[matches[0]] = _series_named(preview, series)
    return choices


def _series_named(preview: WordImportPreview, series: str) -> str | None:
    from insatsplan.workspace.word_import import title_key

    if series.casefold() == "new":
        return None
    if preview.series_option(canonical_uuid(series)) is not None:
        return canonical_uuid(series)
    named = [o.uuid for o in preview.series if title_key(o.name) == title_key(series)]
    if not named:
        raise UserError(_MSG_NO_SUCH_SERIES, series=series)
    if len(named) > 1:
        raise UserError(_MSG_SERIES_NAME_TWICE, count=len(named), series=series)
    return named[0]


#: The CLI's catalogue while one command runs: reading it costs some 20 ms (the whole
#: ``.ts`` file is parsed), and the report has a line per focus area and topic, so a
#: document of 1,000 topics spent 20 s re-reading it line by line.
_catalogue: ContextVar[Callable[[str, str], str] | None] = ContextVar(
    "_catalogue", default=None)


def _words() -> Callable[[str, str], str]:
    from insatsplan.cli import _translator

    return _catalogue.get() or _translator()


def _cli(source: str, **params: object) -> str:
    """*source* (context "Cli") in the CLI's language, filled in (as ``cli_text``)."""
    try:
        return _words()("Cli", source).format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)


def _error_words(source: str) -> str:
    """A note recognition wrote (marked in the Errors context) in the CLI's language."""
    try:
        return _words()("Errors", source)
    except Exception:  # a note must show even if the catalogue cannot be read
        return source


def report_dict(preview: WordImportPreview) -> dict[str, Any]:
    """The mapping report as JSON-ready data (``--json``)."""
    names = {option.uuid: option.name for option in preview.series}
    held = preview.held_plan
    return {
        "style": preview.style, "title": preview.title,
        "year_from": preview.year_from, "year_to": preview.year_to,
        "counts": preview.counts(),
        "tree": [{"path": list(n.path), "kind": n.kind, "horizon": n.horizon, "uuid": n.uuid}
                 for n in preview.nodes],
        "unmapped": [{"where": u.where, "text": u.text, "kept_on": u.kept_on}
                     for u in preview.unmapped],
        "notes": list(preview.notes),
        "held_plan": None if held is None else {
            "id": held.id, "title": held.title, "year_from": held.year_from,
            "year_to": held.year_to, "status": held.status},
        "series": [{"indicator_uuid": m.indicator_uuid, "indicator": m.title,
                    "series_uuid": m.matched,
                    "series_name": None if m.matched is None else names.get(m.matched)}
                   for m in preview.series_matches],
    }


def report_lines(result: ImportResult, preview: WordImportPreview, *,
                 as_new_version: bool) -> list[str]:
    """The mapping report for people: the plan, the counts, each focus area and topic
    with what it holds, what could not be mapped, the series joined, the notes."""
    from insatsplan.cli import status_word
    from insatsplan.text import plain_text
    from insatsplan.workspace.word_import import title_key

    counts = preview.counts()
    untitled = _cli("(untitled)")
    years = (str(preview.year_from) if preview.year_from == preview.year_to
             else f"{preview.year_from}–{preview.year_to}")
    lines = [_cli("{title} ({years}), {style}", title=plain_text(preview.title) or untitled,
                  years=years, style=_cli(STYLE_WORDS.get(result.style, result.style))),
             _cli("{focus_areas} focus areas, {topics} topics, {short_goals} short-term and "
                  "{long_goals} long-term goals, {indicators} indicators, {evaluations} "
                  "evaluations, {signatories} signatories.", **counts)]
    for title, holds in _outline(preview):
        lines.append(title if holds is None else f"{title} ({holds})")
    if preview.unmapped:
        lines.append(_cli("Not mapped, kept as text ({count}):", count=len(preview.unmapped)))
        for item in preview.unmapped:
            kept = item.kept_on or _cli("the preamble")
            lines.append(_cli("  {where}: “{text}” → kept on {node}", where=item.where,
                              text=_short(item.text), node=kept))
    names = {option.uuid: option.name for option in preview.series}
    if preview.series_matches:
        lines.append(_cli("{matched} of {indicators} indicators join an existing series "
                          "(by title, or as in the plan they came from).",
                          matched=counts["matched_series"], indicators=counts["indicators"]))
    for match in preview.series_matches:  # the matches a person would not guess
        name = names.get(match.matched or "", "")
        if match.matched is not None and title_key(name) != title_key(match.title):
            lines.append(_cli("  “{indicator}” joins the series “{series}”.",
                              indicator=match.title or untitled, series=name))
    for note in preview.notes:
        lines.append(_error_words(note))
    held = preview.held_plan
    if held is not None:
        if as_new_version:
            lines.append(_cli("Imported as a new version of plan {id} “{title}”.",
                              id=held.id, title=plain_text(held.title) or untitled))
        else:
            lines.append(_cli("The workspace holds the plan this document was exported from "
                              "(plan {id} “{title}”, {status}); --as-new-version imports it "
                              "as a new version of it.", id=held.id,
                              title=plain_text(held.title) or untitled,
                              status=status_word(held.status)))
    return lines


STYLE_WORDS: Final[Mapping[str, str]] = {
    "agreement": QT_TRANSLATE_NOOP("Cli", "an agreement"),
    "plan_and_report": QT_TRANSLATE_NOOP("Cli", "a plan and report"),
}


def _outline(preview: WordImportPreview) -> list[tuple[str, str | None]]:
    """Each focus area, and each topic under it with how many goals and indicators it
    holds: the tree's summary (a real agreement has hundreds of goals)."""
    rows: list[tuple[str, str | None]] = []
    untitled = _cli("(untitled)")
    held: dict[int, list[int]] = {}
    for node in preview.nodes:
        if node.kind == "focus_area":
            rows.append((f"  {node.title or untitled}", None))
        elif node.kind == "topic":
            held[len(rows)] = [0, 0]
            rows.append((f"    {node.title or untitled}", None))
        elif rows and (len(rows) - 1) in held:
            held[len(rows) - 1][0 if node.kind == "goal" else 1] += 1
    return [(text, _cli("goals: {goals}, indicators: {indicators}", goals=held[i][0],
                        indicators=held[i][1]) if i in held else None)
            for i, (text, _none) in enumerate(rows)]


def _short(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[:limit - 1] + "…"
