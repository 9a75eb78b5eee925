"""Alembic environment: netgarden runs migrations on a connection it opened itself."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from netgarden.store import plan_tables as plan_tables  # its tables, in Base.metadata
from netgarden.store.tables import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through netgarden.store.schema.ensure_schema")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
