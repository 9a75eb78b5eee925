"""The calendar feed's token and what it served, and the vdir sync's state per card (issue 20).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _workspace(primary: bool = False) -> sa.Column[int]:
    return sa.Column(
        "workspace_id",
        sa.Integer(),
        sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary,
    )


def upgrade() -> None:
    op.create_table(
        "feed_tokens",
        _workspace(primary=True),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("token", name="uq_feed_tokens_token"),
    )
    op.create_table(
        "feed_items",
        _workspace(primary=True),
        sa.Column("uid", sa.String(200), primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
    )
    op.create_table(
        "sync_cards",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("vdir", sa.String(1000), nullable=False),
        sa.Column("uid", sa.String(300), nullable=False),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("etag", sa.String(64), nullable=False),
        sa.Column("card_digest", sa.String(64), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workspace_id", "vdir", "uid", name="uq_sync_cards_vdir_uid"),
        sa.ForeignKeyConstraint(
            ["workspace_id", "contact_id"],
            ["contacts.workspace_id", "contacts.id"],
            name="fk_sync_cards_contact_id_contacts_ws",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("sync_cards")
    op.drop_table("feed_items")
    op.drop_table("feed_tokens")
