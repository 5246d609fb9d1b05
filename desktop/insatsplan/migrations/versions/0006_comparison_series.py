"""The series a trend chart draws beside an indicator's own (the county, the country).

A new table, so no table is rebuilt and no row is touched. Comparisons are how a
coordinator set up an indicator's chart, not what the directors signed: no seal
trigger names the table, and the fingerprint leaves it out.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "comparison",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["node_id"], ["node.id"], name=op.f("fk_comparison_node_id_node"),
            ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["series_id"], ["series.id"], name=op.f("fk_comparison_series_id_series"),
            ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comparison")),
        sa.UniqueConstraint("node_id", "series_id", name="uq_comparison_node_series"),
    )
    op.create_index("ix_comparison_series_id", "comparison", ["series_id"])


def downgrade() -> None:
    op.drop_index("ix_comparison_series_id", table_name="comparison")
    op.drop_table("comparison")
