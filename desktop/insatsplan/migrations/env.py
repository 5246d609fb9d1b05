"""Alembic environment: always handed a connection by insatsplan.workspace.migrate."""

from alembic import context

from insatsplan.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite changes tables by rebuilding them
    transaction_per_migration=False,
)
context.run_migrations()
