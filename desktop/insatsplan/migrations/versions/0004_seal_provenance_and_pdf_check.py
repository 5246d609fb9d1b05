"""Provenance of a plan imported as a draft, and what the signed PDF check found.

Columns are added (SQLite's ``ALTER TABLE ADD COLUMN``), so no table is rebuilt and no
row is touched:

- ``plan.source_plan_uuid`` and ``plan.source_fingerprint``: an exchange file whose
  sealed content no longer matches its fingerprint may be imported as a draft with
  ``--as-draft``; the draft records which sealed plan it claimed to be and that plan's
  fingerprint, so nobody mistakes it for the signed record.
- ``attachment.verified`` and ``attachment.printed_id``: whether the Dokument-ID printed
  in the stored signed PDF was found and matched the plan's fingerprint (a scan has no
  text to find it in and is stored as unverified only after an explicit confirmation),
  and the ID that was found.

The runner re-creates every seal trigger after an upgrade, which brings this
revision's new triggers (a sealed plan's id and keys) into existing files.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("plan", sa.Column("source_plan_uuid", sa.String(length=36), nullable=True))
    op.add_column("plan", sa.Column("source_fingerprint", sa.String(length=80), nullable=True))
    # PDFs stored before this revision were checked only for "%PDF-": unverified.
    op.add_column("attachment", sa.Column("verified", sa.Boolean(), nullable=False,
                                          server_default=sa.false()))
    op.add_column("attachment", sa.Column("printed_id", sa.String(length=80), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN, not a batch rebuild: a rebuild of ``plan`` would trip
    # over the seal triggers that name it.
    op.drop_column("attachment", "printed_id")
    op.drop_column("attachment", "verified")
    op.drop_column("plan", "source_fingerprint")
    op.drop_column("plan", "source_plan_uuid")
