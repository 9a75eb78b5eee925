"""The strength tallies (``domain.strength_tallies``): derived rows kept in step with
touches and ledger entries.

Every write to touches or ledger entries goes through a repository here (``TouchRepo``,
``LedgerRepo``, ``BulkLoader``, ``ContactRepo.move_children``, the backup's restore), and
each one refreshes the contacts it wrote for: their tallies are folded again from their own
events (an indexed read of that contact's history), so the tallies always equal what
scoring the events gives. A contact's deletion takes its tallies with it (foreign key).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from netgarden.domain.strength import Event
from netgarden.domain.strength_tallies import SUMMARY, SUMS, TWO_WAY, Tally, tallies
from netgarden.store.quality_firsts import refold
from netgarden.store.reads import statement
from netgarden.store.scope import mine
from netgarden.store.tables import Base, Contact, StrengthTally
from netgarden.store.tally_reads import CHUNK, TallyReads

_CHUNK = CHUNK


@statement((False, False), (False, True), (True, False), (True, True))
def tally_rows(summaries: bool, some: bool) -> Any:
    """(contact_id, *Tally) of the workspace's tallies in contact order (parameters ``ws``,
    and ``ids`` for some); with ``summaries`` only each contact's summary."""
    table = StrengthTally.__table__
    columns = [table.c.contact_id, *(table.c[c] for c in Tally._fields)]
    query = select(*columns).where(table.c.workspace_id == bindparam("ws"))
    if summaries:
        query = query.where(table.c.source == SUMMARY)
    if some:
        query = query.where(table.c.contact_id.in_(bindparam("ids", expanding=True)))
    return query.order_by(table.c.contact_id)


@statement(())
def summary_rows() -> Any:
    """(contact_id, first_on, last_on, reply, *SUMS) of every summary tally, in contact
    order (parameter ``ws``): everyone's strength as plain values."""
    t = StrengthTally.__table__
    return (
        select(t.c.contact_id, t.c.first_on, t.c.last_on, t.c.reply, *(t.c[c] for c in SUMS))
        .where(t.c.workspace_id == bindparam("ws"), t.c.source == SUMMARY)
        .order_by(t.c.contact_id)
    )


class StrengthTallyRepo(TallyReads):
    session: Session

    def refresh(self, contact_ids: Iterable[int]) -> None:
        """Fold these contacts' tallies again from their touches and ledger entries."""
        from netgarden.store.ledger import LedgerRepo

        events = LedgerRepo(self.session, self.workspace_id)
        wanted = sorted(set(contact_ids))
        table = Base.metadata.tables["strength_tallies"]
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            self.session.execute(
                delete(StrengthTally).where(self._mine(), StrengthTally.contact_id.in_(chunk))
            )
            grouped: dict[int, list[Event]] = defaultdict(list)
            for row in events.strength_events(chunk):
                grouped[row.contact_id].append(
                    Event(row.on, row.kind, row.source, row.direction, row.replied)
                )
            rows = [
                {"workspace_id": self.workspace_id, "contact_id": contact_id,
                 **tally._asdict()}
                for contact_id, found in grouped.items()
                for tally in tallies(found)
            ]  # fmt: skip
            if rows:
                self.session.connection().execute(insert(table), rows)
            refold(self.session, self.workspace_id, chunk, grouped)  # issue 16: quality_firsts

    def rebuild(self) -> None:
        """Every contact's tallies, from scratch (a restore, a migration, a bulk load)."""
        self.session.execute(delete(StrengthTally).where(self._mine()))
        self.refresh(  # (each chunk's quality_firsts rows are replaced too, issue 16)
            self.session.scalars(select(Contact.id).where(mine(Contact, self.workspace_id)))
        )

    def two_way_after(self, day: Any) -> set[int]:
        """Contacts whose first two-way event (touch or ledger entry) came after ``day``:
        one aggregate over the classes."""
        t = StrengthTally
        query = (
            select(t.contact_id)
            .where(self._mine(), t.source != SUMMARY, t.reply == TWO_WAY)
            .group_by(t.contact_id)
            .having(func.min(t.first_on) > day)
        )
        return set(self.session.connection().execute(query).scalars())

    def _mine(self) -> Any:
        return mine(StrengthTally, self.workspace_id)
