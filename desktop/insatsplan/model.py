"""The plan model: SQLAlchemy 2.x typed ORM entities.

This module knows nothing about files, locks or Qt; :mod:`insatsplan.workspace` owns
sessions and is the only code that writes these objects. Everything here is portable
SQL so that a shared PostgreSQL workspace stays one URL away.

Shape of the data::

    Organisation                      editable list; plans copy code and name
    Plan ─┬─ PlanParty                the administrations that agree (copied code/name)
          ├─ Signatory                name, title, copied organisation
          └─ Node (tree, ordered)     focus_area → topic → goal (nests) / indicator
                 ├─ Indicator         1:1 with an indicator node; refers to a Series
                 ├─ Evaluation        per topic and period
                 └─ Comparison        series drawn beside an indicator's (presentation)
    Series ── Measurement             what is measured over the years, workspace-wide
    Attachment                        files kept with a plan (the signed PDF)
    OperationLog                      one row per workspace operation
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
)

from insatsplan.values import canonical_value

# Named constraints make Alembic's batch migrations (which rebuild SQLite tables) able
# to find and recreate them.
NAMING_CONVENTION: Final = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PLAN_KINDS: Final = ("agreement", "plan_and_report")
PLAN_STATUSES: Final = ("draft", "sent", "signed")
SEALED_STATUSES: Final = ("sent", "signed")
NODE_KINDS: Final = ("focus_area", "topic", "goal", "indicator")
HORIZONS: Final = ("short", "long")
DIRECTIONS: Final = ("rise", "fall", "hold")
EVALUATION_STATUSES: Final = ("planned", "ongoing", "done", "postponed", "cancelled")
MEASURABLE_ANSWERS: Final = ("yes", "no")
ATTACHMENT_KINDS: Final = ("signed_pdf",)

# The four sections under a topic, in the order the agreement prints them.
TOPIC_SECTIONS: Final = (
    ("goal", "short"),
    ("indicator", "short"),
    ("goal", "long"),
    ("indicator", "long"),
)


class DecimalText(TypeDecorator[Decimal]):
    """A decimal stored exactly as canonical text.

    SQLite has no exact decimal type (NUMERIC becomes a float), and values such as
    "0.1" must come back as written.
    """

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else canonical_value(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Audited:
    """Who changed a row, when, and a version counter for optimistic concurrency.

    The workspace stamps ``changed_at``/``changed_by`` in a flush hook; the ORM bumps
    ``row_version`` on each UPDATE and refuses a stale write, which a shared workspace
    with several coordinators will rely on.
    """

    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(128))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}  # type: ignore[attr-defined]


class Organisation(Audited, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Plan(Audited, Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    year_from: Mapped[int] = mapped_column(Integer)
    year_to: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32), default="agreement")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # Paragraphs in the Markdown subset, separated by blank lines.
    preamble: Mapped[str] = mapped_column(Text, default="")
    # "Denna överenskommelse har sin grund i:": one inline Markdown string per item.
    basis: Mapped[list[str]] = mapped_column(JSON, default=list)
    coordinator: Mapped[str] = mapped_column(Text, default="")
    reporting_deadline: Mapped[dt.date | None] = mapped_column(Date)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    fingerprint: Mapped[str | None] = mapped_column(String(80))
    origin_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"), index=True
    )
    # A draft imported with --as-draft from a sealed plan whose content no longer matched
    # its fingerprint: which plan it claimed to be, and the fingerprint it claimed.
    source_plan_uuid: Mapped[str | None] = mapped_column(String(36))
    source_fingerprint: Mapped[str | None] = mapped_column(String(80))

    parties: Mapped[list[PlanParty]] = relationship(
        back_populates="plan",
        # id breaks a tie in position: the order never depends on the query plan
        order_by="[PlanParty.position, PlanParty.id]",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="plan",
        order_by="[Signatory.position, Signatory.id]",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    origin_plan: Mapped[Plan | None] = relationship(remote_side="Plan.id")

    @property
    def sealed(self) -> bool:
        """Sent for signature or signed: content is frozen."""
        return self.status in SEALED_STATUSES


class PlanParty(Audited, Base):
    __tablename__ = "plan_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    organisation_code: Mapped[str] = mapped_column(String(32))
    organisation_name: Mapped[str] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="parties")


class Signatory(Audited, Base):
    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    organisation_code: Mapped[str] = mapped_column(String(32), default="")
    organisation_name: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="signatories")


class Node(Audited, Base):
    """One entry of a plan's tree.

    ``position`` counts from 0 among siblings of the same *section* (see
    :func:`section_of`), so the four lists under a topic keep their own order.
    """

    __tablename__ = "node"
    __table_args__ = (
        UniqueConstraint("plan_id", "uuid", name="uq_node_plan_uuid"),
        Index("ix_node_parent_position", "parent_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"))
    uuid: Mapped[str] = mapped_column(String(36))
    origin_uuid: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    horizon: Mapped[str | None] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    # Case-folded plain text of title, text and fields, written by the workspace:
    # SQLite's LIKE and lower() fold ASCII only, and "Å" must find "å".
    search_text: Mapped[str] = mapped_column(Text, default="")

    # The labelled fields of a topic (the report's "insats"); NULL/empty when unused.
    background: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(Text, default="")
    responsible_organisations: Mapped[list[str]] = mapped_column(JSON, default=list)
    responsible_people: Mapped[str] = mapped_column(Text, default="")
    timeline: Mapped[str] = mapped_column(Text, default="")
    measurable_answer: Mapped[str | None] = mapped_column(String(8))
    measurable_text: Mapped[str] = mapped_column(Text, default="")
    funding_source: Mapped[str] = mapped_column(Text, default="")
    funding_amount: Mapped[Decimal | None] = mapped_column(DecimalText)

    indicator: Mapped[Indicator | None] = relationship(
        back_populates="node", cascade="all, delete-orphan", passive_deletes=True
    )
    evaluations: Mapped[list[Evaluation]] = relationship(
        back_populates="node",
        order_by="Evaluation.period_start, Evaluation.period_end",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    @property
    def section(self) -> tuple[str, str | None]:
        return section_of(self.kind, self.horizon)


def section_of(kind: str, horizon: str | None) -> tuple[str, str | None]:
    """The ordering group of a node among its siblings."""
    if kind in ("goal", "indicator"):
        return (kind, horizon)
    return (kind, None)


def section_rank(kind: str, horizon: str | None) -> int:
    """Where a section prints under a topic: short goals, short indicators, long ..."""
    try:
        return TOPIC_SECTIONS.index((kind, horizon))  # type: ignore[arg-type]
    except ValueError:
        return 0


class Series(Audited, Base):
    """What is measured across years; shared by every year's indicator that measures it."""

    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")

    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="series",
        order_by="Measurement.period_start, Measurement.period_end",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Indicator(Audited, Base):
    """A plan's definition of how a series is judged: direction, target, traffic lights."""

    __tablename__ = "indicator"

    node_id: Mapped[int] = mapped_column(
        ForeignKey("node.id", ondelete="CASCADE"), primary_key=True
    )
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8), default="rise")
    data_source: Mapped[str] = mapped_column(Text, default="")
    baseline_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    baseline_period: Mapped[str | None] = mapped_column(String(16))
    target_value: Mapped[Decimal | None] = mapped_column(DecimalText)
    target_period: Mapped[str | None] = mapped_column(String(16))
    # Traffic-light levels; NULL is an open end. Anything outside green and yellow is red.
    green_min: Mapped[Decimal | None] = mapped_column(DecimalText)
    green_max: Mapped[Decimal | None] = mapped_column(DecimalText)
    yellow_min: Mapped[Decimal | None] = mapped_column(DecimalText)
    yellow_max: Mapped[Decimal | None] = mapped_column(DecimalText)
    has_levels: Mapped[bool] = mapped_column(default=False)

    node: Mapped[Node] = relationship(back_populates="indicator")
    series: Mapped[Series] = relationship()


class Measurement(Audited, Base):
    __tablename__ = "measurement"
    __table_args__ = (
        UniqueConstraint("series_id", "period", name="uq_measurement_series_period"),
        # status and trend read a series' last two values through it (revision 0005)
        Index("ix_measurement_series_period_order", "series_id", "period_start", "period_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(DecimalText)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")

    series: Mapped[Series] = relationship(back_populates="measurements")


class Comparison(Audited, Base):
    """A series drawn as a thin line beside an indicator's own on its trend chart.

    The county, the country, women and men: each its own series, chosen per indicator
    node and kept in the chosen order. Presentation, not content: outside the
    fingerprint, open on sent and signed plans, copied with a plan's new version.
    """

    __tablename__ = "comparison"
    __table_args__ = (
        UniqueConstraint("node_id", "series_id", name="uq_comparison_node_series"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"))
    series_id: Mapped[int] = mapped_column(ForeignKey("series.id", ondelete="CASCADE"),
                                           index=True)
    position: Mapped[int] = mapped_column(Integer)


class Evaluation(Audited, Base):
    """Follow-up of a topic for one period; stays editable after signing."""

    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("node_id", "period", name="uq_evaluation_node_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    participants: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")

    node: Mapped[Node] = relationship(back_populates="evaluations")


class Attachment(Audited, Base):
    """A file kept inside the workspace with its plan: the PDF the directors signed.

    Stored as bytes rather than a path so the record travels with the workspace file and
    cannot silently go missing; the SHA-256 lets anyone check a copy against it. One row
    per plan and kind: the signed PDF of a signed plan is evidence and is not replaced
    (the workspace refuses, and SQLite triggers refuse direct SQL).
    """

    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("plan_id", "kind", name="uq_attachment_plan_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="signed_pdf")
    file_name: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(128))
    # The Dokument-ID was found in the PDF's text and equals the plan's fingerprint; a
    # PDF without a readable ID (a scan) is kept only after an explicit confirmation.
    verified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The Dokument-ID the PDF prints, as "fp1:" and 64 hex digits, when one was found.
    printed_id: Mapped[str | None] = mapped_column(String(80))


class OperationLog(Base):
    """Every workspace operation: the base for "what changed since signing" and sharing."""

    __tablename__ = "operation_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(128))
    operation: Mapped[str] = mapped_column(String(64))
    plan_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    node_uuids: Mapped[list[str]] = mapped_column(JSON, default=list)
