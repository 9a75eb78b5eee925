"""The database refuses cross-workspace references: every column that names a contact (or
a touch) names it together with the row's workspace, by a composite foreign key
(workspace_id, contact_id) → contacts(workspace_id, id). Portable to PostgreSQL; on SQLite
each child table is rebuilt (batch mode), keeping its rows.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# names SQLite's unnamed foreign keys get when batch mode reflects them
_REFLECTED = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
# table → (column, referred table) of each foreign key that gains the workspace
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "contact_emails": (("contact_id", "contacts"),),
    "contact_phones": (("contact_id", "contacts"),),
    "contact_tags": (("contact_id", "contacts"),),
    "touch_participants": (("touch_id", "touches"), ("contact_id", "contacts")),
    "duplicate_candidates": (("contact_id", "contacts"), ("other_id", "contacts")),
    "import_fingerprints": (("contact_id", "contacts"),),
    "ledger_entries": (("contact_id", "contacts"),),
    "links": (("a_id", "contacts"), ("b_id", "contacts")),
    "introductions": (("a_id", "contacts"), ("b_id", "contacts")),
}


def upgrade() -> None:
    # the parent keys a composite foreign key needs
    op.create_index("ux_contacts_workspace_id", "contacts", ["workspace_id", "id"], unique=True)
    op.create_index("ux_touches_workspace_id", "touches", ["workspace_id", "id"], unique=True)
    for table, references in REFERENCES.items():
        with op.batch_alter_table(table, naming_convention=_REFLECTED) as batch:
            for column, referred in references:
                batch.drop_constraint(f"fk_{table}_{column}_{referred}", type_="foreignkey")
                batch.create_foreign_key(
                    f"fk_{table}_{column}_{referred}_ws",
                    referred,
                    ["workspace_id", column],
                    ["workspace_id", "id"],
                    ondelete="CASCADE",
                )


def downgrade() -> None:
    for table, references in REFERENCES.items():
        with op.batch_alter_table(table) as batch:
            for column, referred in references:
                batch.drop_constraint(f"fk_{table}_{column}_{referred}_ws", type_="foreignkey")
                batch.create_foreign_key(
                    f"fk_{table}_{column}_{referred}",
                    referred,
                    [column],
                    ["id"],
                    ondelete="CASCADE",
                )
    op.drop_index("ux_touches_workspace_id", "touches")
    op.drop_index("ux_contacts_workspace_id", "contacts")
