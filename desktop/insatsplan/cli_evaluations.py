"""The evaluation commands of the command line: ``evaluations`` and ``evaluate``.

The editor's topic form writes evaluations through :meth:`Workspace.set_evaluation` and
:meth:`Workspace.delete_evaluation` and its Uppföljning view reads
:meth:`Workspace.evaluation_overview`; these commands call the same three, so a script
and a person at the editor see and change the same rows. Kept beside
:mod:`insatsplan.cli` (which parses the arguments and calls these). Headless: no Qt.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from insatsplan.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from insatsplan.workspace.reads import EvaluatedActivity, EvaluationOverview

Out = Callable[[str], None]

#: Largest ``--text-file`` read: a narrative is a few paragraphs, never megabytes.
MAX_TEXT_FILE_BYTES: Final = 1024 * 1024

#: The Swedish words for an evaluation's status, accepted whatever language the CLI
#: speaks (the stored English keys are accepted too): what people write in Sweden.
SWEDISH_STATUS_WORDS: Final[dict[str, str]] = {
    "planerad": "planned",
    "pågår": "ongoing",
    "genomförd": "done",
    "uppskjuten": "postponed",
    "inställd": "cancelled",
}

_MSG_STATUS = QT_TRANSLATE_NOOP("Errors", "Unknown evaluation status “{status}”; give one "
                                "of {choices}.")
_MSG_PARTICIPANTS = QT_TRANSLATE_NOOP(
    "Errors", "The number of participants must be a whole number from 0 to {limit}.")
_MSG_DELETE_ALONE = QT_TRANSLATE_NOOP(
    "Errors", "--delete cannot go with --status, --participants, --text or --text-file.")
_MSG_TEXT_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "{file} is larger than {limit} kB.")
_MSG_NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "{file} is not a text file.")


def add_evaluation_parsers(commands: Any, plan_help: str, json_help: str) -> None:
    """``evaluations`` and ``evaluate`` in *commands* (the CLI's sub-parsers), with
    English help texts :func:`insatsplan.cli.main` translates."""
    period_help = QT_TRANSLATE_NOOP(
        "Cli", "the period: 2025, VT 2025, 2025 K1, mars 2025 (default: the plan's year)")
    listing = commands.add_parser("evaluations", help=QT_TRANSLATE_NOOP(
        "Cli", "the plan's activities with their evaluation for a period, by focus area"))
    listing.add_argument("plan", metavar="PLAN", help=plan_help)
    listing.add_argument("--period", metavar="P", help=period_help)
    listing.add_argument("--json", action="store_true", help=json_help)
    evaluate = commands.add_parser("evaluate", help=QT_TRANSLATE_NOOP(
        "Cli", "write, change or remove an activity's evaluation for a period"))
    evaluate.add_argument("plan", metavar="PLAN", help=plan_help)
    evaluate.add_argument("topic", metavar="TOPIC", help=QT_TRANSLATE_NOOP(
        "Cli", "the activity's UUID, its exact title or its path (focus area › activity)"))
    evaluate.add_argument("--period", metavar="P", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "the period: 2025, VT 2025, 2025 K1, mars 2025"))
    evaluate.add_argument("--status", metavar="S", help=QT_TRANSLATE_NOOP(
        "Cli", "planerad, pågår, genomförd, uppskjuten, inställd (or planned, ongoing, "
        "done, postponed, cancelled)"))
    evaluate.add_argument("--participants", metavar="N", help=QT_TRANSLATE_NOOP(
        "Cli", "how many took part, a whole number from 0 (\"\" clears it)"))
    text = evaluate.add_mutually_exclusive_group()
    text.add_argument("--text", metavar="T", help=QT_TRANSLATE_NOOP(
        "Cli", "what was done, in the plan's text format (paragraphs, - bullets, links)"))
    text.add_argument("--text-file", metavar="F", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "read the text from this file"))
    evaluate.add_argument("--delete", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "remove the evaluation for the period"))


def evaluation_status(word: str) -> str:
    """The stored status for *word*: an English key ("done"), a Swedish word
    ("genomförd") or the word in the CLI's language, in any case; UserError listing the
    choices for anything else."""
    from insatsplan.cli import _translator
    from insatsplan.follow_up.evaluation_words import EVALUATION_WORDS
    from insatsplan.model import EVALUATION_STATUSES

    translate = _translator()
    wanted = " ".join(word.split()).casefold()
    for status in EVALUATION_STATUSES:
        if wanted in (status, EVALUATION_WORDS[status].casefold(),
                      translate("FollowUp", EVALUATION_WORDS[status]).casefold()):
            return status
    if wanted in SWEDISH_STATUS_WORDS:
        return SWEDISH_STATUS_WORDS[wanted]
    raise UserError(_MSG_STATUS, status=word, choices=", ".join(
        translate("FollowUp", EVALUATION_WORDS[status]) for status in EVALUATION_STATUSES))


def participants_count(text: str) -> int | None:
    """``--participants``: a whole number from 0 ("1 200" as thousands are grouped), or
    None for an empty value (the count is cleared, as an empty field in the editor)."""
    from insatsplan.limits import MAX_PARTICIPANTS

    digits = "".join(text.split())
    if not digits:
        return None
    if not (digits.isascii() and digits.isdigit()) or int(digits) > MAX_PARTICIPANTS:
        raise UserError(_MSG_PARTICIPANTS, limit=MAX_PARTICIPANTS)
    return int(digits)


def read_text_file(path: Path) -> str:
    """``--text-file``: the narrative as text (UTF-8 with or without BOM, UTF-16 with
    BOM, else Windows-1252, as the imports read), without the blank lines around it.

    Read through :func:`safe_paths.read_input`: a FIFO, folder or dangling link is
    refused before it is opened, and a file over :data:`MAX_TEXT_FILE_BYTES` is never
    read whole."""
    from insatsplan.safe_paths import read_input
    from insatsplan.statistics.pxweb_csv import decode_text

    data = read_input(path, MAX_TEXT_FILE_BYTES)
    if len(data) > MAX_TEXT_FILE_BYTES:
        raise UserError(_MSG_TEXT_TOO_BIG, file=path.name, limit=MAX_TEXT_FILE_BYTES // 1024)
    text = decode_text(data)
    if "\x00" in text or (b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise UserError(_MSG_NOT_TEXT, file=path.name)
    return _trimmed(text)


def _trimmed(text: str) -> str:
    """*text* without blank lines before and trailing white space after it (a file's
    last newline is no part of the narrative); a first line's indent is kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines).rstrip()


def evaluations_document(overview: EvaluationOverview) -> dict[str, Any]:
    """``evaluations --json``: the period and every activity in print order; an activity
    nobody evaluated has status ``none`` and null participants and period."""
    return {"period": overview.period, "activities": [{
        "uuid": each.uuid,
        "title": each.title,
        "focus_area": each.focus_area_title,
        "status": each.status,
        "participants": None if each.evaluation is None else each.evaluation.participants,
        "text": "" if each.evaluation is None else each.evaluation.text,
        "period": None if each.evaluation is None else each.evaluation.period,
    } for each in overview.activities]}


#: Most characters of a narrative's first line a table row shows.
FIRST_LINE_WIDTH: Final = 60


def first_line(text: str) -> str:
    """The narrative's first non-empty line as plain text, cut at a word to
    :data:`FIRST_LINE_WIDTH` characters, "…" after it when more follows: what fits a
    table row (``--json`` has the whole text)."""
    from insatsplan.text import plain_text

    lines = [" ".join(line.split()) for line in plain_text(text).split("\n") if line.strip()]
    if not lines:
        return ""
    line = lines[0]
    if len(line) > FIRST_LINE_WIDTH:
        cut = line[:FIRST_LINE_WIDTH + 1].rsplit(" ", 1)[0] if " " in line[
            :FIRST_LINE_WIDTH + 1] else line[:FIRST_LINE_WIDTH]
        return cut.rstrip(" ,;:") + " …"
    return line + (" …" if len(lines) > 1 else "")


def cmd_evaluations(args: argparse.Namespace, out: Out) -> int:
    """The plan's activities with their evaluation for the period, by focus area."""
    from insatsplan.cli import EXIT_OK, _open, cli_text

    with _open(args, readonly=True) as ws:
        plan_id = ws.plan(args.plan).id
        overview = ws.evaluation_overview(plan_id, args.period)
    if args.json:
        out(json.dumps(evaluations_document(overview), ensure_ascii=False, indent=2))
        return EXIT_OK
    out(cli_text(QT_TRANSLATE_NOOP("Cli", "Evaluations {period}"),
                 period=overview.period_label))
    if not overview.activities:
        out(cli_text(QT_TRANSLATE_NOOP("Cli", "The plan has no activities.")))
        return EXIT_OK
    groups: dict[int | None, list[EvaluatedActivity]] = {}
    for each in overview.activities:
        groups.setdefault(each.focus_area_id, []).append(each)
    # One table for the whole plan, so the columns line up from one focus area to the
    # next; its heading is repeated over each.
    lines = iter(_activity_table(overview.activities, overview.period))
    heading = next(lines)
    for members in groups.values():
        out("")
        out(members[0].focus_area_title.replace("\n", " ") or cli_text(
            QT_TRANSLATE_NOOP("Cli", "(no focus area)")))
        out(("  " + heading).rstrip())
        for _member in members:
            out(("  " + next(lines)).rstrip())
    return EXIT_OK


def _activity_table(activities: Sequence[EvaluatedActivity], period: str) -> list[str]:
    """A heading and one line per activity: status (with the evaluation's own period
    when it is a quarter or a term of *period*), participants, the activity and the
    text's first line, columns aligned."""
    from insatsplan.cli import _translator, cli_text
    from insatsplan.cli_follow_up import _table
    from insatsplan.follow_up.evaluation_words import EVALUATION_WORDS

    translate = _translator()
    rows = [[cli_text(QT_TRANSLATE_NOOP("Cli", "Status")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Participants")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Activity")),
             cli_text(QT_TRANSLATE_NOOP("Cli", "Text"))]]
    for each in activities:
        status = translate("FollowUp", EVALUATION_WORDS.get(each.status, each.status))
        found = each.evaluation
        if found is not None and found.period != period:
            status += f" ({found.period_label})"
        participants = "–" if found is None or found.participants is None else str(
            found.participants)
        rows.append([status, participants, each.title.replace("\n", " "),
                     "" if found is None else first_line(found.text)])
    return _table(rows)


def cmd_evaluate(args: argparse.Namespace, out: Out) -> int:
    """Write, change or remove one topic's evaluation for one period.

    Every option is checked before the workspace is opened for writing; an existing
    evaluation keeps what no option names. ``--delete`` of an evaluation that is not
    there writes nothing and says so, exit 0, as the editor's undo of a deletion and
    a script run twice need it."""
    from insatsplan.cli import EXIT_OK, _not_there, _open, cli_text
    from insatsplan.periods import parse_period, period_label
    from insatsplan.text import clean, plain_text

    changes = (args.status, args.participants, args.text, args.text_file)
    if args.delete and any(change is not None for change in changes):
        raise UserError(_MSG_DELETE_ALONE)
    period = parse_period(args.period)
    status = None if args.status is None else evaluation_status(args.status)
    participants = None if args.participants is None else participants_count(
        args.participants)
    text = args.text if args.text_file is None else read_text_file(args.text_file)
    with _open(args, readonly=_not_there(args)) as ws:
        node_id = ws.find_topic(args.plan, args.topic)
        title = " ".join(plain_text(ws.node_titles([node_id])[node_id]).split())
        before = ws.evaluation(node_id, period.text)
        if args.delete:
            removed = ws.delete_evaluation(node_id, period.text)
            out(cli_text(QT_TRANSLATE_NOOP(
                "Cli", "Removed the evaluation {period} of “{title}”.") if removed else
                QT_TRANSLATE_NOOP("Cli", "“{title}” has no evaluation {period}; nothing "
                                  "was removed."), period=period_label(period), title=title))
            return EXIT_OK
        new = {"status": before.status if before else "planned",
               "participants": before.participants if before else None,
               "text": before.text if before else ""}
        if status is not None:
            new["status"] = status
        if args.participants is not None:
            new["participants"] = participants
        if text is not None:
            new["text"] = clean(text)  # as stored, so an unchanged text is seen
        if before is None or new != {"status": before.status, "text": before.text,
                                     "participants": before.participants}:
            ws.set_evaluation(node_id, period.text, status=str(new["status"]),
                              participants=_optional_int(new["participants"]),
                              text=str(new["text"]))
        saved = ws.evaluation(node_id, period.text)
    assert saved is not None
    out(_saved_line(title, saved.period_label, saved.status, saved.participants,
                    changed=before is None or saved != before))
    return EXIT_OK


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _saved_line(title: str, period: str, status: str, participants: int | None, *,
                changed: bool) -> str:
    from insatsplan.cli import _translator, cli_text
    from insatsplan.follow_up.evaluation_words import EVALUATION_WORDS

    word = _translator()("FollowUp", EVALUATION_WORDS.get(status, status))
    if not changed:
        return cli_text(QT_TRANSLATE_NOOP(
            "Cli", "The evaluation {period} of “{title}” is unchanged: {status}."),
            period=period, title=title, status=word)
    if participants is None:
        return cli_text(QT_TRANSLATE_NOOP(
            "Cli", "Saved the evaluation {period} of “{title}”: {status}."),
            period=period, title=title, status=word)
    return cli_text(QT_TRANSLATE_NOOP(
        "Cli", "Saved the evaluation {period} of “{title}”: {status}, {participants} "
        "participants."), period=period, title=title, status=word, participants=participants)
