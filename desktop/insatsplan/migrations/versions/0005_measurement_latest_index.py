"""An index that finds a series' latest values without reading the whole series.

Status and trend need only the last two values of each series. Without an index in
period order, SQLite sorted every value of every series a plan measures to find them
(about 900 ms for the 240 indicators of a ``demo --scale 20`` plan); with it, a few
milliseconds. No row is touched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 13:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_measurement_series_period_order", "measurement",
                    ["series_id", "period_start", "period_end"])


def downgrade() -> None:
    op.drop_index("ix_measurement_series_period_order", table_name="measurement")
