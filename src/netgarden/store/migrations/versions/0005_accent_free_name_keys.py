"""Name keys without the accents of Latin letters, the way the search index folds them, so
"Sofia" finds Sofía when resolving a name as it does when searching.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from netgarden.domain.normalize import fold

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name, name_key FROM contacts")).all()
    changed = [{"id": i, "key": fold(name)} for i, name, key in rows if fold(name) != key]
    if changed:
        connection.execute(sa.text("UPDATE contacts SET name_key = :key WHERE id = :id"), changed)


def downgrade() -> None:
    pass  # the accent-free keys work with the older code too (they only match more)
