"""The named workspace operations: every change to a plan goes through one of these.

Each method is one transaction (see :meth:`WorkspaceBase.operation`), validates its input
with messages for people, keeps sibling positions dense per section, and keeps the
case-folded search column current. Undo in the UI calls an operation and its inverse
(for example :meth:`Workspace.delete_node` returns the snapshot that
:meth:`Workspace.insert_nodes` restores).

Wrong arguments are told apart by where they arise. A *value* that can come from a person
-- a year, a period, a number typed as text, a status word, a plan reference typed on the
command line, a count out of range -- is checked here and refused with a
:class:`UserError` about that value. A value of the wrong Python *type* cannot come from a
person (the editor and the CLI convert what is typed before calling), so it is a bug in the
caller and raises :class:`TypeError`, which the CLI and the editor report as a bug with
its traceback in the log, never as a damaged file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from insatsplan import content
from insatsplan.errors import QT_TRANSLATE_NOOP, SealedPlanError, UserError
from insatsplan.fingerprint import grouped
from insatsplan.limits import MAX_DATABASE_ID, MAX_NODE_DEPTH, MAX_PARTICIPANTS
from insatsplan.model import (
    DIRECTIONS,
    EVALUATION_STATUSES,
    HORIZONS,
    MEASURABLE_ANSWERS,
    PLAN_KINDS,
    Attachment,
    Evaluation,
    Indicator,
    Measurement,
    Node,
    Organisation,
    Plan,
    PlanParty,
    Series,
    Signatory,
    section_of,
)
from insatsplan.periods import parse_period
from insatsplan.safe_paths import regular_input
from insatsplan.text import clean, plain_text
from insatsplan.uuids import canonical_uuid
from insatsplan.values import canonical_value, parse_value
from insatsplan.workspace import files, form_values, reads, tree_reads
from insatsplan.workspace.comparing import ComparingOperations
from insatsplan.workspace.core import Change, new_uuid
from insatsplan.workspace.evaluations import EvaluationOperations
from insatsplan.workspace.follow_up import COMPARISONS_KEY, FollowUpOperations
from insatsplan.workspace.form_values import FormValues
from insatsplan.workspace.reads import MeasurementRow, NodePlace, PlanSummary
from insatsplan.workspace.verify import SealState, content_fingerprint, seal_of
from insatsplan.workspace.word_import import WordImportOperations
from insatsplan.workspace.year_mentions import YearMention, year_mentions_in
from insatsplan.year_roll import roll_years

if TYPE_CHECKING:
    from insatsplan.signed_pdf import PdfFindings

# Which kind of node may hold which: the tree the documents print.
ALLOWED_PARENTS: dict[str, tuple[str | None, ...]] = {
    "focus_area": (None,),
    "topic": ("focus_area",),
    "goal": ("topic", "goal"),
    "indicator": ("topic",),
}

TEXT_NODE_FIELDS = ("title", "text", "background", "purpose", "target_group", "timeline",
                    "responsible_people", "measurable_text", "funding_source")
PLAN_TEXT_FIELDS = ("title", "subtitle", "preamble", "coordinator")
MIN_YEAR, MAX_YEAR = 1900, 2200
_SUMMARY_COLUMNS = ("id", "uuid", "title", "year_from", "year_to", "status", "signed_on")

SIGNED_PDF: Final = "signed_pdf"
# A signed agreement is a few hundred kilobytes; a limit keeps a wrongly chosen huge file
# from being read into memory and stored in the workspace.
MAX_PDF_BYTES: Final = 100 * 1024 * 1024


def fold(value: str) -> str:
    """Case-folded NFC text, so "Å" finds "å" and "ÖVER" finds "över"."""
    return unicodedata.normalize("NFC", value).casefold()


def search_text_of(node: Node) -> str:
    parts = [node.title, node.text, node.background, node.purpose, node.target_group,
             node.timeline, node.responsible_people, node.measurable_text, node.funding_source]
    return fold("\n".join(plain_text(p) for p in parts if p))


_DATABASE_ID_RE = re.compile(r"[0-9]{1,19}", re.ASCII)


def _database_id(value: object) -> int | None:
    """*value* as a row id SQLite can hold, or None if it names no row.

    An ``int`` (the editor's ids) or ASCII digits (typed on the command line); digits
    of other scripts and numbers beyond 64 bits name no row. Any other type is a bug.
    """
    if isinstance(value, str):
        text = value.strip()
        return (int(text) if _DATABASE_ID_RE.fullmatch(text) and int(text) <= MAX_DATABASE_ID
                else None)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"a row id must be an int or a text of digits, not {type(value).__name__}")
    return value if 0 <= value <= MAX_DATABASE_ID else None


def _texts(value: object, name: str) -> list[str]:
    """A list of texts (organisation codes); a bare text or number is a bug in the caller."""
    if value is None:
        return []
    if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
        raise TypeError(f"{name} must be a list of texts, not {type(value).__name__}")
    if not all(isinstance(item, str) for item in value):
        raise TypeError(f"{name} must hold only texts")
    return [clean(item) for item in value]


def _depth_error(depth: int) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "Errors", "Goals can be nested at most {limit} levels deep, counting the focus area "
        "and the topic; this would make {depth}."), limit=MAX_NODE_DEPTH, depth=depth)


def _summary_query() -> Any:
    """The columns :meth:`Workspace.plan_summaries` reads, as a Core select, with the
    id, title and years of the plan each was made from (its lineage)."""
    table = Plan.__table__
    origin = table.alias("origin")
    return select(*(table.c[name] for name in _SUMMARY_COLUMNS), origin.c.id, origin.c.title,
                  origin.c.year_from, origin.c.year_to).outerjoin_from(
        table, origin, table.c.origin_plan_id == origin.c.id)


def _year(value: Any) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError):
        year = -1
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The year {value} is not between {low} and {high}."),
            value=str(value), low=MIN_YEAR, high=MAX_YEAR,
        )
    return year


def _choice(value: Any, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a valid {what} (use one of: {allowed})."),
            value=str(value), what=what, allowed=", ".join(allowed),
        )
    return str(value)


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a date of the form 2025-03-01."),
            value=str(value),
        ) from error


@dataclass(frozen=True)
class PdfFile:
    """A PDF read and checked before any transaction starts (so a bad file changes nothing),
    with what its text says (the Dokument-ID it prints, names on the pages after it)."""

    name: str
    content: bytes
    sha256: str
    findings: PdfFindings


def _read_pdf(path: Path) -> PdfFile:
    """The bytes of a PDF file and what its text says, refused with a clear message if it
    is not a readable PDF. The one place a PDF path is opened."""
    path = Path(path)
    regular_input(path, missing_ok=True)  # a FIFO would block the read below forever
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "{path} is larger than {limit} MB; is it really the signed plan?"),
                path=str(path), limit=MAX_PDF_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as error:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}"),
                        path=str(path), reason=error.strerror or str(error)) from error
    if not data.startswith(b"%PDF-"):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{path} is not a PDF file."),
                        path=str(path))
    from insatsplan.signed_pdf import read_findings  # only when a PDF is attached

    return PdfFile(clean(path.name), data, hashlib.sha256(data).hexdigest(),
                   read_findings(data, str(path)))


def read_pdf(path: Path | PdfFile) -> PdfFile:
    """A PDF read and inspected, for the editor to show before it is stored; passing the
    result on to :meth:`Workspace.attach_signed_pdf` or :meth:`Workspace.sign_plan` stores
    exactly what was shown (the file is not read a second time)."""
    return path if isinstance(path, PdfFile) else _read_pdf(path)


def _shift_years(day: dt.date | None, years: int) -> dt.date | None:
    """The same day *years* later; 29 February becomes 28 February in a common year."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _optional_value(value: Any) -> Decimal | None:
    return None if value in (None, "") else parse_value(value)


def _optional_period(value: Any) -> str | None:
    return None if value in (None, "") else parse_period(str(value)).text


def _participants(value: Any) -> int | None:
    """An evaluation's number of participants from a snapshot (a paste, an undo): a
    whole number in range or None, as :meth:`Workspace.set_evaluation` takes it."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)
                         and 0 <= value <= MAX_PARTICIPANTS):
        return value
    raise UserError(QT_TRANSLATE_NOOP(
        "Errors", "The number of participants must be a whole number from 0 to "
        "{limit}."), limit=MAX_PARTICIPANTS)


class Workspace(FollowUpOperations, EvaluationOperations, WordImportOperations,
                ComparingOperations):
    """An open workspace and its operations."""

    # ------------------------------------------------------------------ reading

    def plans(self) -> list[Plan]:
        with self.reading() as session:
            return list(session.scalars(select(Plan).order_by(Plan.year_from, Plan.id)))

    def plan_summaries(self) -> list[PlanSummary]:
        """id, uuid, title, year_from, year_to, status and signed_on of every plan.

        A plain Core query: the editor's start-up lists plans before anything needs the
        ORM's mapper set-up and statement compilation (a noticeable part of start-up).
        """
        table = Plan.__table__
        with self.reading() as session:
            return [PlanSummary(*row) for row in session.execute(
                _summary_query().order_by(table.c.year_from, table.c.id))]

    def plan_summary(self, plan_id: int) -> PlanSummary:
        """One plan's summary row (see :meth:`plan_summaries`)."""
        with self.reading() as session:
            row = session.execute(
                _summary_query().where(Plan.__table__.c.id == plan_id)).one_or_none()
        if row is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no plan {ref}."), ref=plan_id)
        return PlanSummary(*row)

    def plan(self, ref: str | int) -> Plan:
        """A plan by database id or UUID; a clear message when there is none."""
        with self.reading() as session:
            return self._plan(session, ref)

    def _plan(self, session: Session, ref: str | int) -> Plan:
        plan: Plan | None = None
        text_ref = str(ref).strip()
        plan_id = _database_id(ref if isinstance(ref, int) else text_ref)
        if plan_id is not None:
            plan = session.get(Plan, plan_id)
        if plan is None:
            plan = session.scalar(select(Plan).where(Plan.uuid == canonical_uuid(text_ref)))
        if plan is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no plan {ref}."), ref=text_ref)
        return plan

    def node_place(self, node_id: int) -> NodePlace:
        """Where a node stands: plan, UUID, parent's UUID, position, horizon.

        Undo keeps nodes by UUID: a node deleted and restored comes back with its UUID
        but a new database id.
        """
        with self.reading() as session:
            node = self._node(session, node_id)
            parent = None if node.parent_id is None else session.get(Node, node.parent_id)
            return NodePlace(node.plan_id, node.uuid, None if parent is None else parent.uuid,
                             node.position, node.horizon)

    def node_id(self, plan_id: int, uuid: str) -> int:
        """The database id of the node with *uuid* in a plan."""
        table = Node.__table__  # Core: start-up finds the remembered row before ORM set-up
        with self.reading() as session:
            node_id = session.scalar(select(table.c.id).where(table.c.plan_id == plan_id,
                                                              table.c.uuid == uuid))
        if node_id is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no node {id}."), id=uuid)
        return int(node_id)

    def topics(self, plan_id: int, *, organisation: str | None = None,
               without_indicators: bool = False) -> list[int]:
        """Ids of a plan's topics, optionally only those a given organisation is
        responsible for ("bara SOF") or those that have no indicator yet."""
        with self.reading() as session:
            rows = session.execute(select(Node.id, Node.responsible_organisations).where(
                Node.plan_id == plan_id, Node.kind == "topic")).all()
            measured = set(session.scalars(select(Node.parent_id).where(
                Node.plan_id == plan_id, Node.kind == "indicator")))
        return [node_id for node_id, codes in rows
                if (organisation is None or organisation in (codes or []))
                and not (without_indicators and node_id in measured)]

    def organisations(self) -> list[Organisation]:
        with self.reading() as session:
            return list(session.scalars(select(Organisation).order_by(Organisation.position)))

    def exchange_document(self, ref: str | int) -> dict[str, Any]:
        with self.reading() as session:
            return content.exchange_document(session, self._plan(session, ref))

    def search(self, query: str, plan_id: int | None = None) -> list[tuple[int, int]]:
        """(plan id, node id) of nodes whose titles, texts or fields contain *query*."""
        needle = fold(clean(query)).strip()
        if not needle:
            return []
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        statement = select(Node.plan_id, Node.id).where(
            Node.search_text.like(f"%{escaped}%", escape="\\")
        )
        if plan_id is not None:
            statement = statement.where(Node.plan_id == plan_id)
        with self.reading() as session:
            return [(p, n) for p, n in session.execute(statement.order_by(Node.plan_id, Node.id))]

    # -------------------------------------------------------------------- plans

    def create_plan(self, *, title: str, year_from: int, year_to: int | None = None,
                    kind: str = "agreement", **fields: Any) -> int:
        year_from = _year(year_from)
        year_to = year_from if year_to is None else _year(year_to)
        with self.operation("create_plan") as session:
            plan = Plan(uuid=new_uuid(), title=clean(title), year_from=year_from,
                        year_to=year_to, kind=_choice(kind, PLAN_KINDS, "plan kind"))
            session.add(plan)
            self._apply_plan_fields(plan, fields)
            self._check_years(plan)
            session.flush()
            self.log_nodes(session, plan.uuid, [])
            self._notify(Change("plans", plan.id))
            return plan.id

    def update_plan(self, plan_id: int, **fields: Any) -> None:
        with self.operation("update_plan") as session:
            plan = self._editable_plan(session, plan_id)
            if "year_from" in fields:
                plan.year_from = _year(fields.pop("year_from"))
            if "year_to" in fields:
                plan.year_to = _year(fields.pop("year_to"))
            if "kind" in fields:
                plan.kind = _choice(fields.pop("kind"), PLAN_KINDS, "plan kind")
            self._apply_plan_fields(plan, fields)
            self._check_years(plan)
            self.log_nodes(session, plan.uuid, [])
            self._notify(Change("plans", plan.id))

    @staticmethod
    def _check_years(plan: Plan) -> None:
        if plan.year_to < plan.year_from:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The plan ends ({end}) before it starts ({start})."),
                start=plan.year_from, end=plan.year_to)

    @staticmethod
    def _apply_plan_fields(plan: Plan, fields: dict[str, Any]) -> None:
        for name, value in fields.items():
            if name in PLAN_TEXT_FIELDS:
                setattr(plan, name, clean(str(value or "")))
            elif name == "basis":
                plan.basis = [clean(str(item)) for item in value or []]
            elif name == "reporting_deadline":
                plan.reporting_deadline = _date(value)
            else:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown plan field {name}."),
                                name=name)

    def delete_plan(self, plan_id: int) -> None:
        """Remove a draft plan with its tree and evaluations.

        A plan sent for signature or signed is a record and is refused (the SQLite
        triggers refuse it too). Indicator series stay: their measurements belong to the
        workspace and other years' plans may measure them.
        """
        with self.operation("delete_plan") as session:
            plan = self._editable_plan(session, plan_id)
            child = session.scalar(select(Plan.title).where(
                Plan.origin_plan_id == plan.id, Plan.status.in_(("sent", "signed"))).limit(1))
            if child is not None:
                raise SealedPlanError(QT_TRANSLATE_NOOP(
                    "Errors", "The signed or sent plan “{plan}” was made from this one and "
                    "records it as its origin, so it cannot be deleted."),
                    plan=plain_text(child))
            self.log_nodes(session, plan.uuid, [])
            session.delete(plan)
            self._notify(Change("plans", plan_id))

    def set_plan_status(self, plan_id: int, status: str) -> None:
        """draft → sent → signed; sent may go back to draft; signed is final.

        Setting ``signed`` is :meth:`sign_plan` with today's date (the fingerprint is
        fixed then), so no path leaves a signed plan without its fingerprint and date.
        """
        status = _choice(status, ("draft", "sent", "signed"), "status")
        if status == "signed":
            self.sign_plan(plan_id)
            return
        with self.operation("set_plan_status") as session:
            plan = self._plan(session, plan_id)
            if plan.status == "signed" and status != "signed":
                raise SealedPlanError(QT_TRANSLATE_NOOP(
                    "Errors", "A signed plan stays signed; make a new version to change it."))
            if status == "sent" and not any(s.name for s in plan.signatories):
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "The plan has no signatories yet: add who signs it under "
                    "Properties before sending it for signature."))
            if status == "sent" and plan.status != "sent":
                # What check compares the content with while it is out for signature.
                plan.fingerprint = content_fingerprint(session, plan)
            elif status == "draft":
                plan.fingerprint = None
            plan.status = status
            self.log_nodes(session, plan.uuid, [])
            self._notify(Change("plans", plan.id))

    def seal_state(self, plan_ref: str | int) -> SealState | None:
        """A sent or signed plan's stored fingerprint beside its content's now (``.state``
        is "ok" or "broken"); None for a draft. ``plans --json`` and the editor's banner
        show it; ``check`` reports every broken one."""
        with self.reading() as session:
            return seal_of(session, self._plan(session, plan_ref))

    def current_fingerprint(self, plan_ref: str | int) -> str:
        """The fingerprint of a plan's content as stored now (``fp1:…``): what signing
        would fix, what a signed PDF must print. One computation for every caller, so a
        plan signed a moment ago can never show as broken."""
        with self.reading() as session:
            return content_fingerprint(session, self._plan(session, plan_ref))

    # ------------------------------------------------------- signing, versions

    def sign_plan(self, plan_ref: str | int, *, signed_on: dt.date | str | None = None,
                  pdf: Path | PdfFile | None = None, unverified: bool = False) -> str:
        """Sign a draft or sent plan: status signed, fingerprint fixed, date stored.

        Returns the fingerprint (``fp1:…``) of the content at this moment, the value the
        signed document prints as "Dokument-ID". A draft may be signed directly (sending
        it for signature first is the usual path, but it is not what makes the record);
        an already signed plan is refused, since signed is final. *signed_on* defaults to
        today and may not lie in the future. *pdf*, the signed document, is checked
        before anything changes and stored in the same transaction (see
        :meth:`attach_signed_pdf`; it must print the fingerprint fixed now, or, with
        *unverified*, print none).
        """
        day = _date(signed_on) or dt.date.today()
        if day > dt.date.today():
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The signing date {date} is in the future."), date=day.isoformat())
        document = None if pdf is None else read_pdf(pdf)
        with self.operation("sign_plan") as session:
            plan = self._plan(session, plan_ref)
            if plan.status == "signed":
                raise SealedPlanError(QT_TRANSLATE_NOOP(
                    "Errors", "The plan was already signed on {date}; make a new version "
                    "to change it."),
                    date="" if plan.signed_on is None else plan.signed_on.isoformat())
            value = content_fingerprint(session, plan)
            plan.status, plan.fingerprint, plan.signed_on = "signed", value, day
            session.flush()
            if document is not None:
                self._add_attachment(session, plan, document, unverified=unverified)
            self.log_nodes(session, plan.uuid, [])
            self._notify(Change("plans", plan.id))
            return value

    def attach_signed_pdf(self, plan_ref: str | int, path: Path | PdfFile, *,
                          unverified: bool = False) -> str:
        """Keep the signed PDF inside the workspace; returns its SHA-256 (hex).

        Only a signed plan takes one (the file records that signature), and only once: the
        stored PDF is evidence of what was signed, so it is never replaced or removed
        (SQLite triggers refuse that for direct SQL too). The file must be a readable PDF.
        A PDF printing another Dokument-ID than the plan's fingerprint is refused; one
        where no Dokument-ID is found (a scan) is kept only with *unverified* and is
        stored marked so (``attachment.verified`` false).
        """
        document = read_pdf(path)
        with self.operation("attach_signed_pdf") as session:
            plan = self._plan(session, plan_ref)
            if plan.status != "signed":
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "Only a signed plan can have a signed PDF; sign the plan first."))
            sha256 = self._add_attachment(session, plan, document, unverified=unverified)
            self.log_nodes(session, plan.uuid, [])
            self._notify(Change("plans", plan.id))
            return sha256

    def _add_attachment(self, session: Session, plan: Plan, document: PdfFile, *,
                        unverified: bool) -> str:
        existing = session.scalar(select(Attachment).where(
            Attachment.plan_id == plan.id, Attachment.kind == SIGNED_PDF))
        if existing is not None:
            raise SealedPlanError(QT_TRANSLATE_NOOP(
                "Errors", "The plan already has its signed PDF ({name}); it is kept as "
                "signed and cannot be replaced."), name=existing.file_name)
        found = document.findings
        verdict = found.verdict(plan.fingerprint)
        if verdict == "different":
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "{name} prints the Dokument-ID {printed}, but this plan's is "
                "{expected}: it is the document of another plan or version."),
                name=document.name, printed=grouped(found.printed_id or ""),
                expected=grouped(plan.fingerprint or ""))
        if verdict == "none" and not unverified:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "No Dokument-ID was found in the text of {name} (a scan has no "
                "text), so it cannot be checked against the plan; keep it as unverified "
                "only if you are sure it is the signed plan (--unverified)."),
                name=document.name)
        log = session.info["log"]
        session.add(Attachment(plan_id=plan.id, kind=SIGNED_PDF, file_name=document.name,
                               sha256=document.sha256, size=len(document.content),
                               content=document.content, added_at=log.at, added_by=log.user,
                               verified=verdict == "match", printed_id=found.printed_id))
        session.flush()
        return document.sha256

    def signed_pdf(self, plan_ref: str | int) -> tuple[str, str, bytes] | None:
        """(file name, SHA-256 hex, bytes) of a plan's signed PDF, or None.

        The bytes are checked against the stored SHA-256 on every read: a damaged copy
        must not be handed out as the signed record.
        """
        with self.reading() as session:
            plan = self._plan(session, plan_ref)
            row = session.execute(select(Attachment.file_name, Attachment.sha256,
                                         Attachment.content).where(
                Attachment.plan_id == plan.id, Attachment.kind == SIGNED_PDF)).first()
        if row is None:
            return None
        name, sha256, data = row
        if hashlib.sha256(data).hexdigest() != sha256:
            raise files.damaged(self.path, "the signed PDF does not match its SHA-256")
        return name, sha256, bytes(data)

    def export_signed_pdf(self, plan_ref: str | int, out: Path) -> Path:
        """Write the stored signed PDF to *out* atomically (the old file stays whole
        until the new one is complete); returns *out*."""
        from insatsplan.atomic_files import write_bytes_atomically

        stored = self.signed_pdf(plan_ref)
        if stored is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The plan {ref} has no signed PDF."),
                            ref=str(plan_ref))
        write_bytes_atomically(Path(out), stored[2])
        return Path(out)

    def new_version(self, plan_ref: str | int, *, year: int | None = None) -> int:
        """An editable copy of a plan for a later year (or the same); returns its id.

        The copy is a draft without fingerprint or signing date and records the source as
        its origin. Nodes keep their UUIDs (a topic is the same topic next year), indicators
        keep their series (one series of measurements across the years), parties,
        signatories and texts are copied as they are. The years move to start at *year*
        (default: the year after the source ends; a multi-year plan keeps its length) and
        the reporting deadline moves with them; the series each indicator's chart compares
        with come along. Evaluations stay behind: they are the
        follow-up of the source's year.

        The title and subtitle name the new years (:func:`~insatsplan.year_roll.roll_years`:
        "… 2025" becomes "… 2026", a span "2024–2025" moves as a span); every other text
        stays as it was, and :meth:`year_mentions` with the source's years lists those that
        still name them, for review.
        """
        with self.operation("new_version") as session:
            source = self._plan(session, plan_ref)
            year_from = _year(source.year_to + 1 if year is None else year)
            year_to = _year(year_from + source.year_to - source.year_from)
            plan = Plan(uuid=new_uuid(),
                        title=roll_years(source.title, source.year_from, source.year_to,
                                         year_from),
                        subtitle=roll_years(source.subtitle, source.year_from,
                                            source.year_to, year_from),
                        year_from=year_from, year_to=year_to, kind=source.kind,
                        status="draft", preamble=source.preamble,
                        basis=list(source.basis or []), coordinator=source.coordinator,
                        reporting_deadline=_shift_years(source.reporting_deadline,
                                                        year_from - source.year_from),
                        origin_plan_id=source.id)
            plan.parties = [PlanParty(position=p.position, organisation_code=p.organisation_code,
                                      organisation_name=p.organisation_name)
                            for p in source.parties]
            plan.signatories = [Signatory(position=s.position, name=s.name, title=s.title,
                                          organisation_code=s.organisation_code,
                                          organisation_name=s.organisation_name)
                                for s in source.signatories]
            session.add(plan)
            session.flush()
            reader = content.TreeReader(session, source.id)
            series = {s.uuid: s for s in reader.series.values()}
            builder = NodeBuilder(session, plan, set(), set(), True, series)
            for position, root in enumerate(reader.roots()):
                builder.build(reader.node_dict(root, evaluations=False), None, position, None)
            session.flush()
            self._copy_comparisons(session, source.id, plan.id)
            self.log_nodes(session, plan.uuid, builder.uuids)
            self._notify(Change("plans", plan.id))
            return plan.id

    def year_mentions(self, plan_ref: str | int, years: int | Collection[int]
                      ) -> list[YearMention]:
        """Every text of a plan that names one of *years*, for review after a new version:
        plan fields (title, subtitle, preamble, each basis item, coordinator), then node
        titles, texts, topic fields and indicators' data source and target period, in
        print order (see :mod:`insatsplan.workspace.year_mentions`). Nothing changes."""
        with self.reading() as session:
            return year_mentions_in(session, self._plan(session, plan_ref), years)

    def origin_years(self, plan_ref: str | int) -> tuple[int, ...]:
        """The years of the plan a plan was made from (all of its span), or () when it
        was not made from another plan: what a new version's texts may still name."""
        with self.reading() as session:
            origin = self._plan(session, plan_ref).origin_plan
            return () if origin is None else tuple(range(origin.year_from,
                                                         origin.year_to + 1))

    def outdated_years(self, plan_ref: str | int) -> tuple[int, ...]:
        """The years of the plan a plan was made from that are not its own: what its
        copied texts may still wrongly name. A version for the same year has none, and
        a span moved by one year (2024–2025 to 2025–2026) keeps the year both share."""
        with self.reading() as session:
            plan = self._plan(session, plan_ref)
            origin = plan.origin_plan
            if origin is None:
                return ()
            own = range(plan.year_from, plan.year_to + 1)
            return tuple(year for year in range(origin.year_from, origin.year_to + 1)
                         if year not in own)

    def set_parties(self, plan_id: int, codes: Sequence[str]) -> None:
        """The parties, copied from the organisation list (code and name as they are now)."""
        with self.operation("set_parties") as session:
            plan = self._editable_plan(session, plan_id)
            organisations = {o.code: o for o in session.scalars(select(Organisation))}
            parties = []
            for position, code in enumerate(codes):
                if code not in organisations:
                    raise UserError(QT_TRANSLATE_NOOP(
                        "Errors", "There is no organisation {code}."), code=code)
                parties.append(PlanParty(position=position, organisation_code=code,
                                         organisation_name=organisations[code].name))
            plan.parties = parties
            self.log_nodes(session, plan.uuid, [])
            self._notify(Change("plans", plan.id))

    def set_signatories(self, plan_id: int, signatories: Sequence[dict[str, str]]) -> None:
        """Each signatory as {name, title, organisation_code[, organisation_name]}."""
        with self.operation("set_signatories") as session:
            plan = self._editable_plan(session, plan_id)
            organisations = {o.code: o.name for o in session.scalars(select(Organisation))}
            rows = []
            for position, item in enumerate(signatories):
                code = clean(item.get("organisation_code", ""))
                name = item.get("organisation_name") or organisations.get(code, "")
                rows.append(Signatory(position=position, name=clean(item.get("name", "")),
                                      title=clean(item.get("title", "")),
                                      organisation_code=code, organisation_name=clean(name)))
            plan.signatories = rows
            self.log_nodes(session, plan.uuid, [])
            self._notify(Change("plans", plan.id))

    def _editable_plan(self, session: Session, plan_id: int | str) -> Plan:
        plan = self._plan(session, plan_id)
        if plan.sealed:
            raise SealedPlanError(QT_TRANSLATE_NOOP(
                "Errors", "The plan is signed or sent for signature; its content cannot change."))
        return plan

    # ------------------------------------------------------------ organisations

    def add_organisation(self, code: str, name: str) -> int:
        code = clean(code).strip()
        if not code:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "An organisation needs a code."))
        with self.operation("add_organisation") as session:
            if session.scalar(select(Organisation).where(Organisation.code == code)):
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "The organisation {code} already exists."), code=code)
            count = len(list(session.scalars(select(Organisation.id))))
            organisation = Organisation(code=code, name=clean(name), position=count)
            session.add(organisation)
            session.flush()
            self._notify(Change("organisations"))
            return organisation.id

    def rename_organisation(self, code: str, name: str) -> None:
        """Plans keep the name they copied; only the list changes."""
        with self.operation("rename_organisation") as session:
            organisation = session.scalar(select(Organisation).where(Organisation.code == code))
            if organisation is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "There is no organisation {code}."), code=code)
            organisation.name = clean(name)
            self._notify(Change("organisations"))

    # -------------------------------------------------------------------- nodes

    def _node(self, session: Session, node_id: int) -> Node:
        row_id = _database_id(node_id)
        node = None if row_id is None else session.get(Node, row_id)
        if node is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no node {id}."), id=node_id)
        return node

    @staticmethod
    def _depth(session: Session, node_id: int | None) -> int:
        """Level of a node (a focus area is 1); 0 for the plan itself (``None``)."""
        depth = 0
        while node_id is not None and depth <= MAX_NODE_DEPTH + 1:
            depth += 1
            node_id = session.scalar(select(Node.parent_id).where(Node.id == node_id))
        return depth

    @staticmethod
    def _stored_height(session: Session, node_id: int) -> int:
        """Levels of a stored subtree (1 for a leaf), one query per level."""
        height, level = 0, [node_id]
        while level and height <= MAX_NODE_DEPTH:
            height += 1
            level = list(session.scalars(select(Node.id).where(Node.parent_id.in_(level))))
        return height

    def _siblings_query(self, plan_id: int, parent_id: int | None, kind: str,
                        horizon: str | None) -> Any:
        section_kind, section_horizon = section_of(kind, horizon)
        query = select(Node).where(Node.plan_id == plan_id, Node.kind == section_kind)
        query = query.where(Node.parent_id.is_(None) if parent_id is None
                            else Node.parent_id == parent_id)
        if section_horizon is not None:
            query = query.where(Node.horizon == section_horizon)
        return query

    def _section_count(self, session: Session, plan_id: int, parent_id: int | None,
                       kind: str, horizon: str | None) -> int:
        return len(list(session.scalars(
            self._siblings_query(plan_id, parent_id, kind, horizon).with_only_columns(Node.id))))

    def _shift(self, session: Session, plan_id: int, parent_id: int | None, kind: str,
               horizon: str | None, from_position: int, delta: int) -> None:
        section_kind, section_horizon = section_of(kind, horizon)
        statement = update(Node).where(
            Node.plan_id == plan_id, Node.kind == section_kind, Node.position >= from_position,
            Node.parent_id.is_(None) if parent_id is None else Node.parent_id == parent_id,
        )
        if section_horizon is not None:
            statement = statement.where(Node.horizon == section_horizon)
        session.execute(statement.values(position=Node.position + delta,
                                         row_version=Node.row_version + 1)
                        .execution_options(synchronize_session="fetch"))

    def _placement(self, session: Session, plan_id: int, parent_id: int | None, kind: str,
                   horizon: str | None) -> tuple[Node | None, str | None]:
        """Check the kind rules; return the parent and the horizon the node will have."""
        parent = None if parent_id is None else self._node(session, parent_id)
        if parent is not None and parent.plan_id != plan_id:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The parent is in another plan."))
        parent_kind = None if parent is None else parent.kind
        if parent_kind not in ALLOWED_PARENTS.get(kind, ()):
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "A {kind} cannot be placed under {parent}."),
                kind=kind, parent=parent_kind or "the plan",
            )
        if kind in ("goal", "indicator"):
            if parent is not None and parent.kind == "goal":
                horizon = parent.horizon
            horizon = _choice(horizon or "short", HORIZONS, "horizon")
        else:
            horizon = None
        return parent, horizon

    def add_node(self, plan_id: int, parent_id: int | None, kind: str, title: str = "",
                 *, horizon: str | None = None, position: int | None = None,
                 series_id: int | None = None) -> int:
        """A new node at *position* in its section (default: last)."""
        with self.operation("add_node") as session:
            plan = self._editable_plan(session, plan_id)
            _choice(kind, tuple(ALLOWED_PARENTS), "node kind")
            _parent, horizon = self._placement(session, plan.id, parent_id, kind, horizon)
            if (depth := self._depth(session, parent_id) + 1) > MAX_NODE_DEPTH:
                raise _depth_error(depth)
            count = self._section_count(session, plan.id, parent_id, kind, horizon)
            position = count if position is None else max(0, min(position, count))
            self._shift(session, plan.id, parent_id, kind, horizon, position, 1)
            node = Node(plan_id=plan.id, parent_id=parent_id, uuid=new_uuid(), kind=kind,
                        horizon=horizon, position=position, title=clean(title))
            node.search_text = search_text_of(node)
            session.add(node)
            session.flush()
            if kind == "indicator":
                if series_id is None:
                    series = Series(uuid=new_uuid(), name=node.title, unit="")
                    session.add(series)
                    session.flush()
                    series_id = series.id
                session.add(Indicator(node_id=node.id, series_id=series_id))
            self.log_nodes(session, plan.uuid, [node.uuid])
            self._notify(Change("nodes_inserted", plan.id, parent_id, (node.id,)))
            return node.id

    def update_node(self, node_id: int, **fields: Any) -> None:
        """Change a node's texts and a topic's labelled fields."""
        with self.operation("update_node") as session:
            node = self._node(session, node_id)
            plan = self._editable_plan(session, node.plan_id)
            for name, value in fields.items():
                if name in TEXT_NODE_FIELDS:
                    setattr(node, name, clean(str(value or "")))
                elif name == "responsible_organisations":
                    node.responsible_organisations = _texts(value, name)
                elif name == "measurable_answer":
                    node.measurable_answer = (None if value is None else
                                              _choice(value, MEASURABLE_ANSWERS, "answer"))
                elif name == "funding_amount":
                    node.funding_amount = _optional_value(value)
                else:
                    raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown node field {name}."),
                                    name=name)
            node.search_text = search_text_of(node)
            self.log_nodes(session, plan.uuid, [node.uuid])
            self._notify(Change("nodes_changed", plan.id, node.parent_id, (node.id,)))

    def update_indicator(self, node_id: int, **fields: Any) -> None:
        """Direction, data source, baseline, target and traffic-light levels."""
        with self.operation("update_indicator") as session:
            node = self._node(session, node_id)
            plan = self._editable_plan(session, node.plan_id)
            indicator = session.get(Indicator, node_id)
            if indicator is None:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "The node is not an indicator."))
            for name, value in fields.items():
                if name == "direction":
                    indicator.direction = _choice(value, DIRECTIONS, "direction")
                elif name == "data_source":
                    indicator.data_source = clean(str(value or ""))
                elif name in ("baseline", "target"):
                    value = value or {}
                    setattr(indicator, f"{name}_value", _optional_value(value.get("value")))
                    setattr(indicator, f"{name}_period", _optional_period(value.get("period")))
                elif name == "levels":
                    self._set_levels(indicator, value)
                elif name == "unit":
                    unit = clean(str(value or ""))
                    if unit != indicator.series.unit:
                        self._check_series_open(session, indicator.series_id)
                    indicator.series.unit = unit
                else:
                    raise UserError(QT_TRANSLATE_NOOP("Errors", "Unknown node field {name}."),
                                    name=name)
            self.log_nodes(session, plan.uuid, [node.uuid])
            self._notify(Change("nodes_changed", plan.id, node.parent_id, (node.id,)))

    @staticmethod
    def _check_series_open(session: Session, series_id: int) -> None:
        """A series a sent or signed plan measures keeps its unit: it is part of what
        that plan's signature covers (the fingerprint), and next year's copy shares it."""
        sealed = session.scalar(
            select(Plan.title).join(Node, Node.plan_id == Plan.id)
            .join(Indicator, Indicator.node_id == Node.id)
            .where(Indicator.series_id == series_id, Plan.status.in_(("sent", "signed")))
            .limit(1))
        if sealed is not None:
            raise SealedPlanError(QT_TRANSLATE_NOOP(
                "Errors", "The unit belongs to a measurement series that the signed or sent "
                "plan “{plan}” also uses, so it cannot change."), plan=plain_text(sealed))

    @staticmethod
    def _set_levels(indicator: Indicator, levels: dict[str, Any] | None) -> None:
        indicator.has_levels = levels is not None
        levels = levels or {}
        for colour in ("green", "yellow"):
            band = levels.get(colour) or {}
            low = _optional_value(band.get("min"))
            high = _optional_value(band.get("max"))
            if low is not None and high is not None and low > high:
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "The {colour} level's minimum is above its maximum."),
                    colour=colour)
            setattr(indicator, f"{colour}_min", low)
            setattr(indicator, f"{colour}_max", high)

    def move_node(self, node_id: int, parent_id: int | None, position: int,
                  *, horizon: str | None = None) -> None:
        """Move a node (with its subtree) to *position* under *parent_id*.

        Moving a goal or indicator between the short- and long-term sections is a move
        with another *horizon*; goals nested below follow their parent's horizon.
        """
        with self.operation("move_node") as session:
            node = self._node(session, node_id)
            plan = self._editable_plan(session, node.plan_id)
            if parent_id is not None:
                ancestor: Node | None = self._node(session, parent_id)
                while ancestor is not None:
                    if ancestor.id == node.id:
                        raise UserError(QT_TRANSLATE_NOOP(
                            "Errors", "A node cannot be moved into itself."))
                    ancestor = (None if ancestor.parent_id is None
                                else session.get(Node, ancestor.parent_id))
            new_horizon = horizon if horizon is not None else node.horizon
            _parent, new_horizon = self._placement(session, plan.id, parent_id, node.kind,
                                                   new_horizon)
            depth = self._depth(session, parent_id) + self._stored_height(session, node.id)
            if depth > MAX_NODE_DEPTH:
                raise _depth_error(depth)
            old_parent, old_horizon, old_position = node.parent_id, node.horizon, node.position
            # Take it out of its old section, then make room in the new one.
            node.position = -1
            session.flush()
            self._shift(session, plan.id, old_parent, node.kind, old_horizon, old_position + 1, -1)
            count = self._section_count(session, plan.id, parent_id, node.kind, new_horizon)
            same_section = (old_parent == parent_id and old_horizon == new_horizon)
            count -= 1 if same_section else 0
            position = max(0, min(position, count))
            self._shift(session, plan.id, parent_id, node.kind, new_horizon, position, 1)
            session.refresh(node)
            node.parent_id = parent_id
            node.position = position
            if new_horizon != old_horizon:
                self._set_subtree_horizon(session, node, new_horizon)
            self.log_nodes(session, plan.uuid, [node.uuid])
            self._notify(Change("node_moved", plan.id, parent_id, (node.id,),
                                old_parent_id=old_parent))

    def _set_subtree_horizon(self, session: Session, node: Node, horizon: str | None) -> None:
        node.horizon = horizon
        for child in session.scalars(select(Node).where(Node.parent_id == node.id)):
            if child.kind == "goal":
                self._set_subtree_horizon(session, child, horizon)

    def delete_node(self, node_id: int) -> dict[str, Any]:
        """Delete a node and its subtree; returns the snapshot :meth:`insert_nodes` restores.

        The snapshot also records where the node was (``parent_id``, ``position``).
        """
        with self.operation("delete_node") as session:
            node = self._node(session, node_id)
            plan = self._editable_plan(session, node.plan_id)
            reader = content.TreeReader(session, plan.id)
            snapshot = reader.node_dict(reader.by_id[node.id])
            self._keep_comparisons(session, plan.id, snapshot)  # undo puts them back
            snapshot_series = {s.uuid: content.series_dict(session, s)
                               for s in reader.series.values()}
            parent_id, position = node.parent_id, node.position
            kind, horizon = node.kind, node.horizon
            subtree_uuids = _uuids(snapshot)
            session.delete(reader.by_id[node.id])
            session.flush()
            self._shift(session, plan.id, parent_id, kind, horizon, position + 1, -1)
            self.log_nodes(session, plan.uuid, subtree_uuids)
            self._notify(Change("nodes_removed", plan.id, parent_id, (node_id,)))
            used = {u for u in _series_uuids(snapshot)}
            return {"node": snapshot, "parent_id": parent_id, "position": position,
                    "series": [snapshot_series[u] for u in sorted(used) if u in snapshot_series]}

    def insert_nodes(self, plan_id: int, parent_id: int | None, position: int | None,
                     nodes: Sequence[dict[str, Any]], *, keep_series: bool = True) -> list[int]:
        """Insert subtrees given as exchange dicts (paste, duplicate, undo of delete).

        UUIDs already used in the plan are replaced, the old one kept as ``origin_uuid``.
        An indicator keeps its series unless the plan already measures it (a duplicate
        within a plan gets a new series), or *keep_series* is off.
        """
        with self.operation("insert_nodes") as session:
            plan = self._editable_plan(session, plan_id)
            used_uuids = set(session.scalars(select(Node.uuid).where(Node.plan_id == plan.id)))
            used_series = set(session.scalars(
                select(Series.uuid).join(Indicator, Indicator.series_id == Series.id)
                .join(Node, Node.id == Indicator.node_id).where(Node.plan_id == plan.id)))
            builder = NodeBuilder(session, plan, used_uuids, used_series, keep_series)
            parent_depth = self._depth(session, parent_id)
            ids: list[int] = []
            for offset, item in enumerate(nodes):
                kind = item.get("kind", "")
                _choice(kind, tuple(ALLOWED_PARENTS), "node kind")
                _parent, horizon = self._placement(session, plan.id, parent_id, kind,
                                                   item.get("horizon"))
                count = self._section_count(session, plan.id, parent_id, kind, horizon)
                at = count if position is None else max(0, min(position + offset, count))
                self._shift(session, plan.id, parent_id, kind, horizon, at, 1)
                ids.append(builder.build(item, parent_id, at, horizon, parent_depth + 1).id)
            self.log_nodes(session, plan.uuid, builder.uuids)
            self._notify(Change("nodes_inserted", plan.id, parent_id, tuple(ids)))
            return ids

    def restore_deleted(self, plan_id: int, snapshot: dict[str, Any]) -> int:
        """Undo of :meth:`delete_node`: the node back where it was, UUIDs and series kept."""
        return self.insert_nodes(plan_id, snapshot["parent_id"], snapshot["position"],
                                 [snapshot["node"]])[0]

    def duplicate_node(self, node_id: int) -> int:
        """A copy right after the original: new UUIDs with origins, new indicator series."""
        with self.reading() as session:
            node = self._node(session, node_id)
            reader = content.TreeReader(session, node.plan_id)
            snapshot = reader.node_dict(reader.by_id[node.id], evaluations=False)
            self._keep_comparisons(session, node.plan_id, snapshot)  # the copy compares too
            plan_id, parent_id, position = node.plan_id, node.parent_id, node.position
        return self.insert_nodes(plan_id, parent_id, position + 1, [snapshot])[0]

    def copy_nodes(self, node_ids: Sequence[int], *, evaluations: bool = False
                   ) -> list[dict[str, Any]]:
        """Snapshots for the clipboard (evaluations are follow-up data and stay behind;
        a cut takes them along, *evaluations*, since the topic moves: a paste keeps them
        only where the topic keeps its UUID, see :meth:`NodeBuilder.build`)."""
        with self.reading() as session:
            out = []
            readers: dict[int, content.TreeReader] = {}
            for node_id in node_ids:
                node = self._node(session, node_id)
                reader = readers.setdefault(node.plan_id,
                                            content.TreeReader(session, node.plan_id))
                snapshot = reader.node_dict(reader.by_id[node.id], evaluations=evaluations)
                # cut and paste is how an indicator moves: its chart comparisons go along
                self._keep_comparisons(session, node.plan_id, snapshot)
                out.append(snapshot)
            return out

    # ---------------------------------------------------------------- follow-up

    def set_evaluation(self, node_id: int, period: str, *, status: str = "planned",
                       participants: int | None = None, text: str = ""
                       ) -> reads.EvaluationRow | None:
        """A topic's follow-up for a period (open after signing); answers the row it
        replaced (None: there was none), which is what its undo writes back."""
        parsed = parse_period(period)
        status = _choice(status, EVALUATION_STATUSES, "status")
        if participants is not None and (isinstance(participants, bool)
                                         or not isinstance(participants, int)):
            raise TypeError(f"participants must be an int, not {type(participants).__name__}")
        if participants is not None and not 0 <= participants <= MAX_PARTICIPANTS:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The number of participants must be a whole number from 0 to "
                "{limit}."), limit=MAX_PARTICIPANTS)
        with self.operation("set_evaluation") as session:
            node = self._node(session, node_id)
            if node.kind != "topic":
                raise UserError(QT_TRANSLATE_NOOP("Errors", "Only topics have evaluations."))
            row = session.scalar(select(Evaluation).where(
                Evaluation.node_id == node_id, Evaluation.period == parsed.text))
            before = None if row is None else reads.evaluation_row(row)
            if row is None:
                row = Evaluation(node_id=node_id, period=parsed.text)
                session.add(row)
            row.period_start, row.period_end = parsed.start, parsed.end
            row.status, row.participants, row.text = status, participants, clean(text)
            plan = session.get(Plan, node.plan_id)
            self.log_nodes(session, plan.uuid if plan else None, [node.uuid])
            self._notify(Change("follow_up", node.plan_id, None, (node_id,),
                                plan_ids=(node.plan_id,)))
            return before


    # ------------------------------------------------------------ import, copy

    def import_document(self, document: dict[str, Any], *, as_draft: bool = False) -> int:
        """A new plan from a validated exchange document; all or nothing.

        Content goes in first and the status last, so a signed plan arrives whole and
        sealed. Measurements merge into existing series by (series, period): identical
        values are skipped, and any differing value refuses the whole import, listing
        every conflict. A plan UUID already in the workspace gets a new UUID, and the
        imported plan records the existing one as its origin.

        A sent or signed plan keeps its status only if the fingerprint of the plan *as
        stored* (an existing series keeps its own name and unit) equals the file's, and
        a signed one needs a signing date no later than today; otherwise the import is
        refused, naming the mismatch. With *as_draft* the plan lands as a draft that
        records the file's plan UUID and fingerprint (``source_plan_uuid``,
        ``source_fingerprint``) instead.
        """
        body = document["plan"]
        status = _choice(body.get("status", "draft"), ("draft", "sent", "signed"), "status")
        signed_on = _date(body.get("signed_on"))
        if status == "signed" and not as_draft:
            if signed_on is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "The file's plan is signed but has no signing date; import "
                    "it with --as-draft to get it as a draft."))
            if signed_on > dt.date.today():
                raise UserError(QT_TRANSLATE_NOOP(
                    "Errors", "The signing date {date} is in the future."),
                    date=signed_on.isoformat())
        with self.operation("import_plan") as session:
            series_by_uuid = self._merge_series(session, document.get("series", []))
            existing = session.scalar(select(Plan).where(Plan.uuid == body["uuid"]))
            origin = None
            if body.get("origin_plan_uuid"):
                origin = session.scalar(
                    select(Plan).where(Plan.uuid == body["origin_plan_uuid"]))
            plan = Plan(uuid=body["uuid"] if existing is None else new_uuid(),
                        title=clean(body.get("title", "")), year_from=_year(body["year_from"]),
                        year_to=_year(body["year_to"]),
                        kind=_choice(body.get("kind", "agreement"), PLAN_KINDS, "plan kind"),
                        status="draft",
                        origin_plan_id=(existing.id if existing is not None
                                        else origin.id if origin is not None else None))
            self._apply_plan_fields(plan, {name: body.get(name) for name in (
                "subtitle", "preamble", "coordinator", "basis", "reporting_deadline")})
            self._check_years(plan)
            plan.parties = [PlanParty(position=i, organisation_code=clean(p["organisation_code"]),
                                      organisation_name=clean(p["organisation_name"]))
                            for i, p in enumerate(body.get("parties", []))]
            plan.signatories = [
                Signatory(position=i, name=clean(s.get("name", "")),
                          title=clean(s.get("title", "")),
                          organisation_code=clean(s.get("organisation_code", "")),
                          organisation_name=clean(s.get("organisation_name", "")))
                for i, s in enumerate(body.get("signatories", []))]
            session.add(plan)
            session.flush()
            builder = NodeBuilder(session, plan, set(), set(), True, series_by_uuid)
            counters: dict[tuple[str, str | None], int] = {}
            for item in body.get("children", []):
                if item.get("kind") != "focus_area":
                    raise UserError(QT_TRANSLATE_NOOP(
                        "Errors", "A {kind} cannot be placed under {parent}."),
                        kind=str(item.get("kind")), parent="the plan")
                key = section_of("focus_area", None)
                counters[key] = counters.get(key, -1) + 1
                builder.build(item, None, counters[key], None)
            session.flush()
            claimed = body.get("fingerprint")
            if status in ("sent", "signed"):
                written = content_fingerprint(session, plan)
                if as_draft:
                    plan.source_plan_uuid, plan.source_fingerprint = body["uuid"], claimed
                    status = "draft"
                elif written != claimed:
                    raise UserError(QT_TRANSLATE_NOOP(
                        "Errors", "The file's plan “{plan}” was sent or signed with the "
                        "fingerprint {claimed}, but its content as imported has {written}: it "
                        "was changed since, so nothing was imported. Import it with "
                        "--as-draft to get it as a draft."),
                        plan=plain_text(plan.title), claimed=str(claimed), written=written)
            if status == "draft":
                plan.signed_on, plan.fingerprint = None, None
            else:
                plan.signed_on = signed_on if status == "signed" else None
                plan.fingerprint = claimed
            plan.status = status
            self.log_nodes(session, plan.uuid, builder.uuids)
            session.flush()
            self._notify(Change("plans", plan.id))
            return plan.id

    def _merge_series(self, session: Session, items: list[dict[str, Any]]) -> dict[str, Series]:
        conflicts: list[str] = []
        by_uuid: dict[str, Series] = {}
        for item in items:
            series = session.scalar(select(Series).where(Series.uuid == item["uuid"]))
            known: dict[str, Measurement] = {}
            if series is None:
                series = Series(uuid=item["uuid"], name=clean(item.get("name", "")),
                                unit=clean(item.get("unit", "")))
                session.add(series)
                session.flush()
            else:
                known = {m.period: m for m in session.scalars(
                    select(Measurement).where(Measurement.series_id == series.id))}
            by_uuid[series.uuid] = series
            for row in item.get("measurements", []):
                period = parse_period(row["period"])
                value = parse_value(row["value"])
                if period.text in known:
                    if known[period.text].value != value:
                        conflicts.append(f"{series.name or series.uuid} {period.text}: "
                                         f"{canonical_value(known[period.text].value)} ≠ "
                                         f"{canonical_value(value)}")
                    continue
                session.add(Measurement(series_id=series.id, period=period.text,
                                        period_start=period.start, period_end=period.end,
                                        value=value, note=clean(row.get("note", "") or ""),
                                        source=clean(row.get("source", "") or "")))
        if conflicts:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "The file's measurements differ from the workspace's, "
                "so nothing was imported: {conflicts}"), conflicts="; ".join(conflicts))
        return by_uuid

    # ------------------------------------------------- the plan tree's reads

    def outline(self, plan_id: int) -> tree_reads.Outline:
        """A plan's nodes as the tree shows them, per parent id, in print order."""
        with self.reading() as session:
            return tree_reads.plan_outline(session, plan_id)

    def outline_subtrees(self, node_ids: Sequence[int]
                         ) -> tuple[list[tree_reads.OutlineRow], tree_reads.Outline]:
        """These nodes in print order and everything below them (inserted rows)."""
        with self.reading() as session:
            return tree_reads.subtrees(session, node_ids)

    def section_order(self, plan_id: int, parent_id: int | None, kind: str,
                      horizon: str | None) -> list[int]:
        """Ids of one section's siblings in the file's order."""
        with self.reading() as session:
            return tree_reads.section_order(session, plan_id, parent_id, kind, horizon)

    def node_titles(self, node_ids: Sequence[int]) -> dict[int, str]:
        """Stored titles of these nodes (the ones that still exist)."""
        with self.reading() as session:
            return tree_reads.titles(session, node_ids)

    def node_parent(self, node_id: int) -> tuple[int | None, str | None] | None:
        """(parent id, horizon) of a node, None when it is gone."""
        with self.reading() as session:
            return tree_reads.parent_and_horizon(session, node_id)

    def recent_measurements(self, series_ids: Sequence[int], count: int
                            ) -> dict[int, tuple[MeasurementRow, ...]]:
        """The last *count* values of each series, oldest first (sparklines: a glance at
        the latest values without reading a series' whole history)."""
        with self.reading() as session:
            return reads.latest_rows(session, series_ids, count)

    # ------------------------------------------------------------- editor forms

    def plan_form_values(self, plan_id: int) -> FormValues | None:
        """The plan form's values (None: no such plan); see :mod:`.form_values`."""
        with self.reading() as session:
            return form_values.plan_form_values(session, plan_id)

    def node_form_values(self, node_id: int) -> FormValues | None:
        """A node form's values (None: no such node); see :mod:`.form_values`."""
        with self.reading() as session:
            return form_values.node_form_values(session, node_id)


def _uuids(snapshot: dict[str, Any]) -> list[str]:
    out = [snapshot["uuid"]]
    for child in snapshot.get("children", []):
        out += _uuids(child)
    return out


def _series_uuids(snapshot: dict[str, Any]) -> list[str]:
    out = []
    if snapshot.get("indicator"):
        out.append(snapshot["indicator"]["series_uuid"])
    for child in snapshot.get("children", []):
        out += _series_uuids(child)
    return out


class NodeBuilder:
    """Turns exchange dicts into rows of one plan, applying the identity rules."""

    def __init__(self, session: Session, plan: Plan, used_uuids: set[str],
                 used_series: set[str], keep_series: bool,
                 series_by_uuid: dict[str, Series] | None = None) -> None:
        self.session = session
        self.plan = plan
        self.used_uuids = used_uuids
        self.used_series = used_series
        self.keep_series = keep_series
        self.series_by_uuid = series_by_uuid or {}
        self.uuids: list[str] = []
        #: The id the next node gets. Given here rather than by a flush per node (660
        #: flushes were two thirds of importing a real-size Word document): the table has
        #: no AUTOINCREMENT, so SQLite would pick the same max + 1, and one writer holds
        #: the workspace's lock while the builder's transaction runs.
        self.next_node_id: int | None = None

    def _series(self, item: dict[str, Any], title: str) -> Series:
        wanted = item.get("series_uuid")
        series = self.series_by_uuid.get(wanted) if wanted else None
        if series is None and wanted:
            series = self.session.scalar(select(Series).where(Series.uuid == wanted))
        if series is not None and self.keep_series and series.uuid not in self.used_series:
            self.used_series.add(series.uuid)
            return series
        fresh = Series(uuid=new_uuid(), name=series.name if series else plain_text(title),
                       unit=series.unit if series else "")
        self.session.add(fresh)
        self.session.flush()
        self.used_series.add(fresh.uuid)
        return fresh

    def build(self, item: dict[str, Any], parent_id: int | None, position: int,
              horizon: str | None, depth: int = 1) -> Node:
        """Rows for *item* and its subtree; *depth* is the level *item* lands on (a focus
        area is 1), so no way in -- import, paste, a new version -- passes
        :data:`MAX_NODE_DEPTH`."""
        if depth > MAX_NODE_DEPTH:
            raise _depth_error(depth)
        kind = _choice(item.get("kind"), tuple(ALLOWED_PARENTS), "node kind")
        node_uuid = str(item.get("uuid") or new_uuid())
        origin = item.get("origin_uuid")
        same_node = node_uuid not in self.used_uuids  # else a copy: no evaluations
        if not same_node:
            origin, node_uuid = node_uuid, new_uuid()
        self.used_uuids.add(node_uuid)
        self.uuids.append(node_uuid)
        node = Node(plan_id=self.plan.id, parent_id=parent_id, uuid=node_uuid,
                    origin_uuid=origin, kind=kind, horizon=horizon, position=position,
                    title=clean(item.get("title", "")), text=clean(item.get("text", "")))
        fields = item.get("fields") or {}
        for name in ("background", "purpose", "target_group", "timeline"):
            setattr(node, name, clean(fields.get(name, "") or ""))
        responsible = fields.get("responsible") or {}
        node.responsible_organisations = [clean(c) for c in responsible.get("organisations", [])]
        node.responsible_people = clean(responsible.get("people", "") or "")
        measurable = fields.get("measurable") or {}
        answer = measurable.get("answer")
        node.measurable_answer = None if answer is None else _choice(
            answer, MEASURABLE_ANSWERS, "answer")
        node.measurable_text = clean(measurable.get("text", "") or "")
        funding = fields.get("funding") or {}
        node.funding_source = clean(funding.get("source", "") or "")
        node.funding_amount = _optional_value(funding.get("amount"))
        node.search_text = search_text_of(node)
        if self.next_node_id is None:
            self.next_node_id = (self.session.scalar(select(func.max(Node.id))) or 0) + 1
        node.id = self.next_node_id
        self.next_node_id += 1
        self.session.add(node)
        if kind == "indicator":
            spec = item.get("indicator") or {}
            series = self._series(spec, node.title)
            indicator = Indicator(node_id=node.id, series_id=series.id,
                                  direction=_choice(spec.get("direction", "rise"), DIRECTIONS,
                                                    "direction"),
                                  data_source=clean(spec.get("data_source", "") or ""))
            for name in ("baseline", "target"):
                bound = spec.get(name) or {}
                setattr(indicator, f"{name}_value", _optional_value(bound.get("value")))
                setattr(indicator, f"{name}_period", _optional_period(bound.get("period")))
            Workspace._set_levels(indicator, spec.get("levels"))
            self.session.add(indicator)
            # a deleted indicator's chart comparisons, back with it (see delete_node)
            Workspace._restore_comparisons(self.session, node.id, series.id,
                                           item.get(COMPARISONS_KEY) or [])
        for evaluation in (item.get("evaluations") or []) if same_node else []:
            period = parse_period(evaluation["period"])
            self.session.add(Evaluation(
                node_id=node.id, period=period.text, period_start=period.start,
                period_end=period.end,
                status=_choice(evaluation.get("status", "planned"), EVALUATION_STATUSES,
                               "status"),
                participants=_participants(evaluation.get("participants")),
                text=clean(evaluation.get("text", "") or "")))
        counters: dict[tuple[str, str | None], int] = {}
        for child in item.get("children") or []:
            child_kind = _choice(child.get("kind"), tuple(ALLOWED_PARENTS), "node kind")
            if kind not in ALLOWED_PARENTS[child_kind]:
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "A {kind} cannot be placed under {parent}."),
                    kind=child_kind, parent=kind)
            child_horizon: str | None = None
            if child_kind in ("goal", "indicator"):
                child_horizon = horizon if kind == "goal" else _choice(
                    child.get("horizon") or "short", HORIZONS, "horizon")
            key = section_of(child_kind, child_horizon)
            counters[key] = counters.get(key, -1) + 1
            self.build(child, node.id, counters[key], child_horizon, depth + 1)
        return node
