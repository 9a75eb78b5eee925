"""PostgreSQL: trigram indexes for `team who` (issue 19): a question ("someone at Lumina")
matches a company or a name *containing* the text, in every sharing teammate's workspace.
Without an index for ``LIKE '%…%'`` each teammate's 30,000 contacts were read and their
companies lowered one by one (1.7 s for a team of 10 on the busy machine); with these the
matching rows are found in the index. Nothing on SQLite (its `team who` is one user's).
Each index leads with the workspace (btree_gin), so a teammate's question reads only their
matching rows. pg_trgm and btree_gin are trusted extensions: a database owner may create
them.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")  # the workspace id in the index
    op.execute(
        "CREATE INDEX ix_contacts_company_trgm ON contacts "
        "USING gin (workspace_id, lower(company) gin_trgm_ops)"
    )
    op.execute(
        "CREATE INDEX ix_contacts_name_key_trgm ON contacts "
        "USING gin (workspace_id, name_key gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_contacts_name_key_trgm")
    op.execute("DROP INDEX IF EXISTS ix_contacts_company_trgm")
