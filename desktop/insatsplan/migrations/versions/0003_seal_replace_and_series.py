"""Seal triggers against REPLACE, for shared series and for moved indicators.

No table changes. SQLite's INSERT OR REPLACE removed a sealed plan's rows without
firing their DELETE triggers, a series measured by a signed plan could be renamed (its
name and unit are in the fingerprint), an indicator could be moved out of a signed plan
and a signed plan's origin changed. The runner drops and re-creates every trigger after
an upgrade, so this revision is what brings the new ones into existing files.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 02:10:00
"""

from collections.abc import Sequence

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing to change in the tables; the runner re-creates the triggers."""


def downgrade() -> None:
    """Nothing to undo in the tables; the runner re-creates the triggers."""
