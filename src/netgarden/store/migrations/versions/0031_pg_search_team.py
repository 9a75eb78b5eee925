"""PostgreSQL (issue 19): search documents whose touch notes are their words only, under a GIN
index led by the workspace; an index that answers `team who` without reading contacts; and
one of the touches tagged with a purpose.

Search. A broad word ("coffee", in half of a 30,000-contact network's notes) was looked for
in each of the workspace's 30,000 documents one by one (the GIN index held every workspace's
documents: the planner chose the workspace's rows and a filter), each document holding every
position of every word of the contact's notes: 239 ms for the ranking statement at 10
users x 30,000 contacts (load 6). Now a document holds each note word once (no positions:
``strip``), a question finds its workspace's 15,525 matches in the index (48-98 ms, load
4-10), and the snippet is made from the contact's text for the rows shown (the ``body``
column goes). Existing documents are changed in place (``ts_filter``, ``strip``: the
name's, company's, title's and details' words kept with their positions, the notes' words
once), not rebuilt from the touches.

`team who` asks each sharing teammate's workspace for its first 50 contacts (by id) whose
company (or name) contains the text. The trigram index (0026) finds every match, and each
was read from the table to be checked again (the index is lossy): 1,609 rows on 907 pages
a teammate for the commonest company, 10-20 ms each. Now an index on the workspace and id
holding what the question reads (whether archived, company, name key, name, title) gives the
first 50 in order without the table (an index-only scan: 0.3-0.9 ms a teammate); the
trigram index still serves a rare company.

Today's first visit after a write computes the agenda; for the three-touch circles it counts
the purposes of a year's touches 500 contacts at a time, and PostgreSQL read each of the
year's participants (30,000 a chunk) to look up its touch, nearly always untagged: ~100 ms
a chunk, 9 chunks. A partial index of the tagged touches lets it start from those (none,
or few: 0.06 ms); where many are tagged the planner goes the other way as before.

Nothing on SQLite (its `team who` is one user's; its agenda reads are its own).

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")  # the workspace id in the index
    op.execute("DROP INDEX IF EXISTS ix_contact_search_document")
    op.drop_column("contact_search", "body")
    # weight D is the touch notes (store/search_pg.py): every word once without positions,
    # then the name's, company's, title's and details' words with theirs
    op.execute(
        "UPDATE contact_search SET document = ts_filter(document, '{a,b,c}') || strip(document)"
    )
    op.execute(
        "CREATE INDEX ix_contact_search_words ON contact_search USING gin (workspace_id, document)"
    )
    # team who: a teammate's first 50 matches by id, read from the index alone
    op.execute(
        "CREATE INDEX ix_contacts_shared ON contacts (workspace_id, id) "
        "INCLUDE (archived_at, company, name_key, name, title)"
    )
    # the agenda's purposes of a year's touches: from the tagged ones, when they are few
    op.execute(
        "CREATE INDEX ix_touches_purposed ON touches (workspace_id, id) WHERE purpose IS NOT NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # the documents stay as they are (0021's code ranks them); snippets are empty until a
    # contact is indexed again
    op.execute("DROP INDEX IF EXISTS ix_touches_purposed")
    op.execute("DROP INDEX IF EXISTS ix_contacts_shared")
    op.execute("DROP INDEX IF EXISTS ix_contact_search_words")
    op.add_column("contact_search", sa.Column("body", sa.Text(), nullable=False, server_default=""))
    op.create_index(
        "ix_contact_search_document", "contact_search", ["document"], postgresql_using="gin"
    )
