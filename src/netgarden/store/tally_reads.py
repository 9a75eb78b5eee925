"""Reading the strength tallies, with or without SQLAlchemy (part of StrengthTallyRepo; the
statement is in strength_tallies.py, see store/reads.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from netgarden.domain.strength_tallies import SummaryRow, Tally
from netgarden.store.reads import reader_of

CHUNK = 1000


class TallyReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def read(
        self, contact_ids: Sequence[int] | None = None, summaries: bool = False
    ) -> dict[int, list[Tally]]:
        """The tallies of these contacts (or everyone's): one indexed query; with
        ``summaries`` only each contact's summary (one row a contact)."""
        found: dict[int, list[Tally]] = {}
        chunks = (
            [None]
            if contact_ids is None
            else [contact_ids[i : i + CHUNK] for i in range(0, len(contact_ids), CHUNK)]
        )
        make = Tally._make
        reader = reader_of(self.session)
        for chunk in chunks:
            params: dict[str, Any] = {"ws": self.workspace_id}
            if chunk is not None:
                params["ids"] = [int(i) for i in chunk]
            # fetched at once and grouped in order: a row at a time costs more than the
            # scoring (everyone's strength reads 100,000 and more)
            rows = reader.rows("strength_tallies:tally_rows", (summaries, chunk is not None),
                               params)  # fmt: skip
            for contact_id, group in groupby(rows, itemgetter(0)):
                found[contact_id] = [make(row[1:]) for row in group]
        return found

    def two_way_after(self, day: dt.date) -> set[int]:
        """Contacts whose first two-way event (touch or ledger entry) came after ``day``."""
        rows = reader_of(self.session).rows(
            "strength_tallies:two_way_after_rows", (), {"ws": self.workspace_id, "day": day}
        )
        return {c for (c,) in rows}

    def shares_after(self, day: dt.date) -> dict[int, tuple[float, ...]]:
        """Per contact with events after ``day``, their shares in the summary tally, one sum
        per half-life step (``strength_tallies.later_shares``): summed in the database, two
        reads by the day's indexes however many events."""
        found: dict[int, tuple[float, ...]] = {}
        reader = reader_of(self.session)
        for touches in (True, False):
            params = {"ws": self.workspace_id, "day": day}
            for contact_id, *sums in reader.rows("strength_tallies:shares_after", (touches,),
                                                 params):  # fmt: skip
                had = found.get(contact_id)
                found[contact_id] = (
                    tuple(sums)
                    if had is None
                    else tuple(a + b for a, b in zip(had, sums, strict=True))
                )
        return found

    def two_way_span(self, contact_ids: Sequence[int]) -> dict[int, tuple[dt.date, dt.date]]:
        """Each of these contacts' first and last two-way events' days (none: not in the
        answer), from the tallies' two-way classes."""
        found: dict[int, tuple[dt.date, dt.date]] = {}
        reader = reader_of(self.session)
        for i in range(0, len(contact_ids), CHUNK):
            params = {"ws": self.workspace_id, "ids": [int(c) for c in contact_ids[i : i + CHUNK]]}
            rows = reader.rows("strength_tallies:two_way_span_rows", (), params)
            found.update((c, (first, last)) for c, first, last in rows)
        return found

    def two_way_within(
        self, contact_ids: Sequence[int], since: dt.date, day: dt.date
    ) -> dict[int, dt.date]:
        """Each of these contacts' last two-way event's day from ``since`` through ``day``
        (none in it: not in the answer)."""
        found: dict[int, dt.date] = {}
        reader = reader_of(self.session)
        for i in range(0, len(contact_ids), CHUNK):
            chunk = [int(c) for c in contact_ids[i : i + CHUNK]]
            params = {"ws": self.workspace_id, "ids": chunk, "since": since, "day": day}
            for touches in (True, False):
                rows = reader.rows("strength_tallies:two_way_within_rows", (touches,), params)
                for contact_id, on in rows:
                    if on is not None:
                        found[contact_id] = max(on, found.get(contact_id, on))
        return found

    def summary_rows(self) -> list[SummaryRow]:
        """Every contact's summary tally as plain values (contact_id, first_on, last_on,
        reply, *SUMS), in contact order."""
        rows = reader_of(self.session).rows("strength_tallies:summary_rows", (),
                                            {"ws": self.workspace_id})  # fmt: skip
        return rows
