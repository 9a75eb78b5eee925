"""Initial schema: workspaces, contacts with emails, phones and tags, touches, preferences,
and (on SQLite) the FTS5 search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    workspaces = op.create_table(
        "workspaces",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column("company", sa.String(300)),
        sa.Column("title", sa.String(300)),
        sa.Column("how_met", sa.Text()),
        sa.Column("met_on", sa.Date()),
        sa.Column("met_at", sa.String(300)),
        sa.Column("personal", sa.Text()),
        sa.Column("interests", sa.Text()),
        sa.Column("help_them", sa.Text()),
        sa.Column("help_me", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.Column("linkedin_url", sa.String(500)),
        sa.Column("location", sa.String(300)),
        sa.Column("industry", sa.String(200)),
        sa.Column("function", sa.String(200)),
        sa.Column("seniority", sa.String(100)),
        sa.Column("birthday", sa.String(10)),
        sa.Column("circle", sa.String(8), nullable=False),
        sa.Column("cadence_days", sa.Integer()),
        sa.Column("snoozed_until", sa.Date()),
        sa.Column("archived_at", sa.DateTime()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_contacts_workspace_name_key", "contacts", ["workspace_id", "name_key"])
    op.create_index("ix_contacts_workspace_circle", "contacts", ["workspace_id", "circle"])
    op.create_table(
        "contact_emails",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("email_key", sa.String(320), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("workspace_id", "email_key", name="uq_contact_emails_workspace_id"),
    )
    op.create_index("ix_contact_emails_contact_id", "contact_emails", ["contact_id"])
    op.create_table(
        "contact_phones",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("e164", sa.String(20)),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_contact_phones_contact_id", "contact_phones", ["contact_id"])
    op.create_index("ix_contact_phones_workspace_e164", "contact_phones", ["workspace_id", "e164"])
    op.create_table(
        "contact_tags",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag", sa.String(100), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
    )
    op.create_index("ix_contact_tags_workspace_tag", "contact_tags", ["workspace_id", "tag"])
    op.create_table(
        "touches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("replied", sa.Boolean()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_touches_workspace_occurred_on", "touches", ["workspace_id", "occurred_on"])
    op.create_table(
        "touch_participants",
        sa.Column(
            "touch_id",
            sa.Integer(),
            sa.ForeignKey("touches.id", ondelete="CASCADE"),
            primary_key=True,
        ),
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
        sa.Column("occurred_on", sa.Date(), nullable=False),
    )
    op.create_index(
        "ix_touch_participants_contact_occurred_on",
        "touch_participants",
        ["contact_id", "occurred_on"],
    )
    op.create_table(
        "preferences",
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspaces.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.bulk_insert(workspaces, [{"id": 1, "name": "local", "created_at": now}])
    if op.get_bind().dialect.name == "sqlite":
        # one document per contact; rowid = contacts.id
        op.execute(
            "CREATE VIRTUAL TABLE contact_search USING fts5("
            "name, company, title, details, touches, tokenize = 'unicode61 remove_diacritics 2')"
        )
        # rank: a name match outweighs company and title, which outweigh notes
        op.execute(
            "INSERT INTO contact_search(contact_search, rank) "
            "VALUES ('rank', 'bm25(10.0, 4.0, 4.0, 1.0, 0.5)')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE contact_search")
    for table in (
        "preferences",
        "touch_participants",
        "touches",
        "contact_tags",
        "contact_phones",
        "contact_emails",
        "contacts",
        "workspaces",
    ):
        op.drop_table(table)
