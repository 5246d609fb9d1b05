"""``insatsplan diff A B``: what changed from plan A to plan B.

Calls :meth:`Workspace.compare_plans`, the editor's Plan → Jämför med… call, and prints
one line per change, each with a sign and the node's path (the titles from the focus
area down): ``+`` added, ``−`` removed (its path in A), ``→`` moved, ``~`` changed (with
the fields that changed; a plan field as "Planen: <field>", with its values before and
after when they are short, such as the years). A summary line ends the list.
``--json`` prints the comparison as JSON (summary and changes, each change with its
word-level operations). Exit 0 whether or not there are changes, as a comparison
that finds none has succeeded. Kept beside :mod:`insatsplan.cli`, which registers it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from insatsplan.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from insatsplan.compare import Comparison, NodeChange

Out = Callable[[str], None]

#: The sign each kind of change is printed with (the editor's list uses the same).
SIGNS: Final[Mapping[str, str]] = {"added": "+", "removed": "−", "moved": "→",
                                   "changed": "~"}

#: The longest plan field value shown on its line, before and after ("2025 → 2026").
SHORT_VALUE: Final = 60

#: Field names as people read them (the keys are :mod:`insatsplan.compare.plan_diff`'s).
FIELD_WORDS: Final[Mapping[str, str]] = {
    "title": QT_TRANSLATE_NOOP("Cli", "title"),
    "subtitle": QT_TRANSLATE_NOOP("Cli", "subtitle"),
    "years": QT_TRANSLATE_NOOP("Cli", "years"),
    "preamble": QT_TRANSLATE_NOOP("Cli", "preamble"),
    "basis": QT_TRANSLATE_NOOP("Cli", "basis"),
    "coordinator": QT_TRANSLATE_NOOP("Cli", "coordinator"),
    "reporting_deadline": QT_TRANSLATE_NOOP("Cli", "reporting deadline"),
    "parties": QT_TRANSLATE_NOOP("Cli", "parties"),
    "signatories": QT_TRANSLATE_NOOP("Cli", "signatories"),
    "text": QT_TRANSLATE_NOOP("Cli", "text"),
    "background": QT_TRANSLATE_NOOP("Cli", "background"),
    "purpose": QT_TRANSLATE_NOOP("Cli", "purpose"),
    "target_group": QT_TRANSLATE_NOOP("Cli", "target group"),
    "timeline": QT_TRANSLATE_NOOP("Cli", "timeline"),
    "responsible_organisations": QT_TRANSLATE_NOOP("Cli", "responsible administrations"),
    "responsible_people": QT_TRANSLATE_NOOP("Cli", "responsible people"),
    "measurable_answer": QT_TRANSLATE_NOOP("Cli", "measurable goals (answer)"),
    "measurable_text": QT_TRANSLATE_NOOP("Cli", "measurable goals (text)"),
    "funding_source": QT_TRANSLATE_NOOP("Cli", "funding"),
    "funding_amount": QT_TRANSLATE_NOOP("Cli", "funding amount"),
    "direction": QT_TRANSLATE_NOOP("Cli", "direction"),
    "data_source": QT_TRANSLATE_NOOP("Cli", "data source"),
    "baseline": QT_TRANSLATE_NOOP("Cli", "baseline"),
    "target": QT_TRANSLATE_NOOP("Cli", "target"),
    "levels": QT_TRANSLATE_NOOP("Cli", "levels"),
}


def add_compare_parser(commands: Any, plan_help: str, json_help: str) -> argparse.ArgumentParser:
    """``diff`` in *commands* (the CLI's sub-parsers), with English help texts
    :func:`insatsplan.cli.main` translates; returns the sub-parser so further options
    (``--out``) can be added beside."""
    diff = commands.add_parser("diff", help=QT_TRANSLATE_NOOP(
        "Cli", "what changed from plan A to plan B: added, removed, moved and changed "
        "nodes and plan fields"))
    diff.add_argument("a", metavar="A", help=QT_TRANSLATE_NOOP(
        "Cli", "the earlier plan: database id or UUID"))
    diff.add_argument("b", metavar="B", help=QT_TRANSLATE_NOOP(
        "Cli", "the later plan: database id or UUID"))
    diff.add_argument("--json", action="store_true", help=json_help)
    diff.add_argument("--out", type=Path, metavar="F.docx", help=QT_TRANSLATE_NOOP(
        "Cli", "also write B's agreement with the changes from A as Word tracked changes "
        "(.docx)"))
    return diff  # type: ignore[no-any-return]


def cmd_diff(args: argparse.Namespace, out: Out) -> int:
    """Compare, then print the lines (or the JSON); reading only, so it works beside the
    editor."""
    from insatsplan.cli import EXIT_OK, _open, cli_text

    with _open(args, readonly=True) as ws:
        comparison = ws.compare_plans(args.a, args.b)
        a_plan, b_plan = ws.plan(args.a), ws.plan(args.b)
        documents = (ws.exchange_document(args.a), ws.exchange_document(args.b)
                     ) if args.out is not None else None
    written = write_tracked_changes(documents, comparison, args.out)
    if args.json:
        found = comparison.to_json()
        if written is not None:
            found["docx"] = str(written)
        out(json.dumps(found, ensure_ascii=False, indent=2))
        return EXIT_OK
    from insatsplan.text import plain_text

    untitled = cli_text(QT_TRANSLATE_NOOP("Cli", "(untitled)"))
    out(cli_text(QT_TRANSLATE_NOOP("Cli", "From plan {a} “{a_title}” to plan {b} "
                                   "“{b_title}”:"),
                 a=a_plan.id, a_title=plain_text(a_plan.title) or untitled, b=b_plan.id,
                 b_title=plain_text(b_plan.title) or untitled))
    for line in diff_lines(comparison, cli_text):
        out(line)
    if written is not None:
        out(str(written))
    return EXIT_OK


def write_tracked_changes(documents: tuple[dict[str, Any], dict[str, Any]] | None,
                          comparison: Comparison, out: Path | None) -> Path | None:
    """``--out``: B's agreement with A's differences as Word tracked changes, by B's
    coordinator, dated now (:mod:`insatsplan.word.tracked_changes`); the path written."""
    if documents is None or out is None:
        return None
    import datetime as dt

    from insatsplan.cli import _warn
    from insatsplan.word.tracked_changes import export_tracked_agreement, revision_author

    a_document, b_document = documents
    return export_tracked_agreement(
        a_document, b_document, comparison, out, author=revision_author(b_document),
        when=dt.datetime.now(dt.UTC).replace(microsecond=0), on_notice=_warn)


def diff_lines(comparison: Comparison, words: Callable[..., str]) -> list[str]:
    """The comparison for people: a note when the plans share nothing, one line per
    change, and the counts (or that there are no differences). *words* translates a
    "Cli" string and fills it in (:func:`insatsplan.cli.cli_text`)."""
    lines = []
    if comparison.shares_nothing:
        lines.append(words(QT_TRANSLATE_NOOP(
            "Cli", "The plans have no node in common: everything in A is listed as removed "
            "and everything in B as added.")))
    lines += [change_line(change, words) for change in comparison.changes]
    if not comparison.changes:
        lines.append(words(QT_TRANSLATE_NOOP("Cli", "No differences.")))
    else:
        lines.append(words(QT_TRANSLATE_NOOP(
            "Cli", "{added} added, {removed} removed, {moved} moved, {changed} changed."),
            **comparison.summary()))
    return lines


def change_line(change: NodeChange, words: Callable[..., str]) -> str:
    """One change: its sign, its path and what is worth knowing on the same line."""
    sign = SIGNS[change.change]
    fields = ", ".join(words(FIELD_WORDS.get(f.field, f.field)) for f in change.fields)
    if change.kind == "plan":
        line = f"{sign} " + words(QT_TRANSLATE_NOOP("Cli", "The plan: {fields}"), fields=fields)
        if all(_short(value) for value in (change.before, change.after)):
            line += f" ({change.before or '–'} → {change.after or '–'})"
        return line
    if change.change == "changed":
        return f"{sign} {change.path} ({fields})"
    if change.change == "moved":
        return f"{sign} {change.path} {_where_from(change, words)}"
    return f"{sign} {change.path}"


def _short(value: object) -> bool:
    """A plan field's value short enough to show on its line (years, a date, a name)."""
    return isinstance(value, str) and "\n" not in value and len(value) <= SHORT_VALUE


def _where_from(change: NodeChange, words: Callable[..., str]) -> str:
    """Where a moved node stood: under another parent, in the other section, or
    elsewhere among the same siblings."""
    before = change.before if isinstance(change.before, dict) else {}
    after = change.after if isinstance(change.after, dict) else {}
    if after.get("reason") == "parent":
        if before.get("parent_path") is None:
            return words(QT_TRANSLATE_NOOP("Cli", "(was at the top level)"))
        return words(QT_TRANSLATE_NOOP("Cli", "(was under: {path})"),
                     path=before["parent_path"])
    if after.get("reason") == "section":
        if after.get("horizon") == "long":
            return words(QT_TRANSLATE_NOOP("Cli", "(now long-term, was short-term)"))
        return words(QT_TRANSLATE_NOOP("Cli", "(now short-term, was long-term)"))
    return words(QT_TRANSLATE_NOOP("Cli", "(new place among its siblings)"))
