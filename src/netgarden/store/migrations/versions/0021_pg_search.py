"""PostgreSQL: full-text search (a tsvector per contact under a GIN index, unaccent), and
the workspace ids' sequence past the local workspace (issue 19). Nothing on SQLite, whose
search is the FTS5 table made by 0001.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import TSVECTOR

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # 0001 wrote workspace 1 with its id: the next workspace made without one takes 2
    op.execute(
        "SELECT setval(pg_get_serial_sequence('workspaces', 'id'), "
        "greatest((SELECT max(id) FROM workspaces), 1))"
    )
    # unaccent is a trusted extension: a database owner may create it
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    # not modelled (as SQLite's FTS5 table of the same name): store/search_pg.py fills it
    op.create_table(
        "contact_search",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.Text(), nullable=False),
        # a default: the rebuild below is today's code, which has no body (0031 drops it)
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        sa.Column("document", TSVECTOR(), nullable=False),
    )
    op.create_index("ix_contact_search_workspace", "contact_search", ["workspace_id"])
    op.create_index(
        "ix_contact_search_document", "contact_search", ["document"], postgresql_using="gin"
    )
    # a database upgraded with contacts in it: every workspace's documents
    from netgarden.store.search_pg import PostgresSearchIndex

    connection: Any = op.get_bind()  # executes as a session would
    workspaces = connection.execute(sa.text("SELECT id FROM workspaces ORDER BY id")).scalars()
    for workspace_id in list(workspaces):
        PostgresSearchIndex(connection, int(workspace_id)).rebuild()


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_table("contact_search")
