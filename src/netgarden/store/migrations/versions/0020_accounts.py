"""Server mode (issue 19): accounts, sessions, API tokens, sign-in failures, teams, their
invitations and the introductions teammates ask of each other.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def _user(column: str = "user_id", primary: bool = False) -> sa.Column[int]:
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey("users.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary,
    )


def _team(primary: bool = False) -> sa.Column[int]:
    return sa.Column(
        "team_id",
        sa.Integer(),
        sa.ForeignKey("teams.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary,
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":  # 0001 inserted workspace 1 by its id: the serial's
        # sequence never moved, and each account's new workspace takes the next one
        bind.execute(sa.text(
            "SELECT setval(pg_get_serial_sequence('workspaces', 'id'), "
            "(SELECT coalesce(max(id), 1) FROM workspaces))"
        ))  # fmt: skip
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("disabled_at", sa.DateTime()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("email", name="uq_users_email"),
        sa.UniqueConstraint("workspace_id", name="uq_users_workspace_id"),
    )
    for table in ("user_sessions", "api_tokens"):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), primary_key=True),
            _user(),
            *([sa.Column("name", sa.String(100), nullable=False)] if table == "api_tokens" else []),
            sa.Column("token_hash", sa.String(64), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            *(
                [sa.Column("last_used_at", sa.DateTime())]
                if table == "api_tokens"
                else [sa.Column("expires_at", sa.DateTime(), nullable=False)]
            ),
            sa.UniqueConstraint("token_hash", name=f"uq_{table}_token_hash"),
        )
        op.create_index(f"ix_{table}_user_id", table, ["user_id"])
    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_sign_in_failures_key_at", "sign_in_failures", ["key", "at"])
    _teams()


def _teams() -> None:
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("name", name="uq_teams_name"),
    )
    op.create_table(
        "team_members",
        _team(primary=True),
        _user(primary=True),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("sharing", sa.Boolean(), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_team_members_user_id", "team_members", ["user_id"])
    op.create_table(
        "team_invites",
        sa.Column("id", sa.Integer(), primary_key=True),
        _team(),
        sa.Column("email", sa.String(320), nullable=False),
        _user("invited_by"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    for column in ("team_id", "email", "invited_by"):
        op.create_index(f"ix_team_invites_{column}", "team_invites", [column])
    op.create_table(
        "intro_requests",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        _team(),
        _user("from_user"),
        _user("to_user"),
        sa.Column("message", sa.Text()),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("answer", sa.Text()),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("answered_at", sa.DateTime()),
        sa.ForeignKeyConstraint(
            ["workspace_id", "contact_id"],
            ["contacts.workspace_id", "contacts.id"],
            name="fk_intro_requests_contact_id_contacts_ws",
            ondelete="CASCADE",
        ),
    )
    for column in ("contact_id", "from_user", "to_user"):
        op.create_index(f"ix_intro_requests_{column}", "intro_requests", [column])
    op.create_index(
        "ix_intro_requests_workspace_state", "intro_requests", ["workspace_id", "state"]
    )


def downgrade() -> None:
    for table in (
        "intro_requests",
        "team_invites",
        "team_members",
        "teams",
        "sign_in_failures",
        "api_tokens",
        "user_sessions",
        "users",
    ):
        op.drop_table(table)
