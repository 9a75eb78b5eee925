"""Network reviews (issue 13): circle history, diversity targets, my own profile, and the
contact facts reviews read (influence, accessibility, energy, board seat, decides, time
zone, mentee).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# the contact facts reviews read: (column, type)
CONTACT_COLUMNS = (
    ("influence", sa.Integer()),
    ("accessibility", sa.Integer()),
    ("energy", sa.String(16)),
    ("board_seat", sa.String(16)),
    ("decides", sa.String(100)),
    ("time_zone", sa.String(64)),
    ("mentee", sa.Boolean()),
)


def _workspace() -> sa.Column[int]:
    return sa.Column(
        "workspace_id",
        sa.Integer(),
        sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        for name, kind in CONTACT_COLUMNS:
            batch.add_column(sa.Column(name, kind))
    op.create_table(
        "circle_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("from_circle", sa.String(8)),
        sa.Column("to_circle", sa.String(8), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id", "contact_id"],
            ["contacts.workspace_id", "contacts.id"],
            name="fk_circle_changes_contact_id_contacts_ws",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_circle_changes_contact_id", "circle_changes", ["contact_id"])
    op.create_table(
        "diversity_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("dimension", sa.String(16), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("at_least", sa.Integer(), nullable=False),
        sa.UniqueConstraint(
            "workspace_id", "dimension", "value", name="uq_diversity_targets_workspace_id"
        ),
    )
    op.create_table(
        "profile",
        sa.Column("workspace_id", sa.Integer(), sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(300), nullable=False),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("profile")
    op.drop_table("diversity_targets")
    op.drop_table("circle_changes")
    with op.batch_alter_table("contacts") as batch:
        for name, _kind in CONTACT_COLUMNS:
            batch.drop_column(name)
