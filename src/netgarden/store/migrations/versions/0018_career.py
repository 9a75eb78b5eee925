"""Career resilience (issue 16): companies, role history, job changes to review, and a
contact's status, hiring-manager reach and preferred channel.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

CONTACT_COLUMNS = (
    ("status", sa.String(20)),
    ("status_on", sa.Date()),
    ("hiring_manager_for", sa.String(300)),
    ("preferred_channel", sa.String(12)),
)


def _workspace() -> sa.Column[int]:
    return sa.Column(
        "workspace_id",
        sa.Integer(),
        sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
        nullable=False,
    )


def _contact_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["workspace_id", "contact_id"],
        ["contacts.workspace_id", "contacts.id"],
        name=f"fk_{table}_contact_id_contacts_ws",
        ondelete="CASCADE",
    )


def _role(prefix: str) -> list[sa.Column[str]]:
    return [sa.Column(f"{prefix}_company", sa.String(300)),
            sa.Column(f"{prefix}_title", sa.String(300))]  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        for name, kind in CONTACT_COLUMNS:
            batch.add_column(sa.Column(name, kind))
    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("hiring", sa.String(8), nullable=False),
        sa.Column("hiring_for", sa.String(300)),
        sa.Column("hiring_checked_on", sa.Date()),
        sa.Column("size", sa.String(16)),
        sa.Column("type", sa.String(16)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workspace_id", "name_key", name="uq_companies_name_key"),
    )
    op.create_table(
        "role_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        *_role("from"),
        *_role("to"),
        sa.Column("source", sa.String(16), nullable=False),
        _contact_fk("role_changes"),
    )
    op.create_index("ix_role_changes_contact_id", "role_changes", ["contact_id"])
    op.create_table(
        "job_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _workspace(),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("seen_on", sa.Date(), nullable=False),
        *_role("old"),
        *_role("new"),
        sa.Column("new_function", sa.String(200)),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("decided_on", sa.Date()),
        _contact_fk("job_changes"),
    )
    op.create_index("ix_job_changes_workspace_state", "job_changes", ["workspace_id", "state"])
    op.create_index("ix_job_changes_contact_id", "job_changes", ["contact_id"])


def downgrade() -> None:
    op.drop_table("job_changes")
    op.drop_table("role_changes")
    op.drop_table("companies")
    with op.batch_alter_table("contacts") as batch:
        for name, _kind in CONTACT_COLUMNS:
            batch.drop_column(name)
