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

from sqlalchemy import (
    Date,
    Float,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from netgarden.domain.strength import HALF_LIFE_STEPS, Event, StrengthWeights
from netgarden.domain.strength_tallies import (
    SUMMARY,
    SUMS,
    TALLY_HALF_LIFE,
    TWO_WAY,
    Tally,
    tallies,
)
from netgarden.store.quality_firsts import refold
from netgarden.store.reads import statement
from netgarden.store.scope import mine
from netgarden.store.tables import (
    Base,
    Contact,
    LedgerEntry,
    StrengthTally,
    Touch,
    TouchParticipant,
)
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


class days_between(FunctionElement[float]):
    """Days from the second date to the first, as a float (julianday's difference on
    SQLite, a date's difference elsewhere)."""

    type = Float()
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(julianday({later}) - julianday({earlier}))"


@compiles(days_between)
def _days(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(({later} - {earlier}) AS DOUBLE PRECISION)"


def _shares(weight: ColumnElement[float], on: Any, day: Any) -> list[Any]:
    """Σ weight x 0.5^((day - on) / (m x h)) for each half-life step, as
    ``domain.strength_tallies.later_shares`` sums them."""
    age = days_between(day, on)
    half = literal(0.5, Float)
    return [
        func.sum(weight * func.power(half, age / literal(m * TALLY_HALF_LIFE, Float)))
        for m in HALF_LIFE_STEPS
    ]


@statement(())
def two_way_after_rows() -> Any:
    """Contacts whose first two-way event (touch or ledger entry) came after a day
    (parameters ``ws`` and ``day``): one aggregate over the classes."""
    t = StrengthTally.__table__
    return (
        select(t.c.contact_id)
        .where(t.c.workspace_id == bindparam("ws"), t.c.source != SUMMARY,
               t.c.reply == TWO_WAY)
        .group_by(t.c.contact_id)
        .having(func.min(t.c.first_on) > bindparam("day", type_=Date()))
    )  # fmt: skip


@statement((True,), (False,))
def shares_after(touches: bool) -> Any:
    """(contact_id, five sums) of the events after a day (parameters ``ws`` and ``day``): what
    each contact's touches (``touches``) or ledger entries after it add to their summary
    tally, brought back to the day, by the default weights: summed in the database rather
    than read a row each (a quarter's eve: 106,000 events at 30,000 contacts)."""
    w = StrengthWeights()
    ws: Any = bindparam("ws")
    day: Any = bindparam("day", type_=Date())
    joined: Any
    if touches:
        t, tp = Touch.__table__, TouchParticipant.__table__
        base = case({k: literal(v, Float) for k, v in w.kinds.items()}, value=t.c.kind,
                    else_=literal(2.0, Float))  # fmt: skip
        two_way = (t.c.direction != "out") | (t.c.replied.is_(True))
        factor = case((two_way, literal(1.0, Float)),
                      (t.c.replied.is_(False), literal(w.unanswered, Float)),
                      else_=literal(w.unknown_reply, Float))  # fmt: skip
        joined = t.join(tp, and_(tp.c.touch_id == t.c.id, tp.c.workspace_id == t.c.workspace_id))
        who, on, where = tp.c.contact_id, t.c.occurred_on, t.c.workspace_id == ws
        weight: Any = base * factor
    else:
        e = LedgerEntry.__table__
        joined, who, on, where = e, e.c.contact_id, e.c.occurred_on, e.c.workspace_id == ws
        weight = case({k: literal(v, Float) for k, v in w.ledger.items()}, value=e.c.entry_type,
                      else_=literal(0.0, Float))  # fmt: skip
    return (
        select(who, *_shares(weight, on, day))
        .select_from(joined)
        .where(where, on > day)
        .group_by(who)
    )


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


@statement(())
def two_way_span_rows() -> Any:
    """(contact_id, first day, last day) of some contacts' two-way classes (parameters ``ws``
    and ``ids``): their first and last two-way events' days, from the tallies."""
    t = StrengthTally.__table__
    return (
        select(t.c.contact_id, func.min(t.c.first_on), func.max(t.c.last_on))
        .where(t.c.workspace_id == bindparam("ws"), t.c.source != SUMMARY,
               t.c.reply == TWO_WAY, t.c.contact_id.in_(bindparam("ids", expanding=True)))
        .group_by(t.c.contact_id)
    )  # fmt: skip


@statement((True,), (False,))
def two_way_within_rows(touches: bool) -> Any:
    """(contact_id, last day) of some contacts' two-way touches (``touches``) or ledger
    entries (every one is two-way) from ``since`` through ``day`` (parameters ``ws``, ``ids``,
    ``since``, ``day``; a touch's day ``None`` when there is none)."""
    ids: Any = bindparam("ids", expanding=True)
    since: Any = bindparam("since", type_=Date())
    day: Any = bindparam("day", type_=Date())
    if touches:  # each person's days walked back from the day (their index) to the first
        # two-way one, each touch looked up by its key: a join would let SQLite start from
        # every touch of the workspace (2 s, not 2 ms, for 40 people)
        c, t, tp = Contact.__table__, Touch.__table__, TouchParticipant.__table__
        two_way = (
            select(t.c.id)
            .where(t.c.id == tp.c.touch_id, t.c.workspace_id == tp.c.workspace_id,
                   (t.c.direction != "out") | (t.c.replied.is_(True)))
            .exists()
        )  # fmt: skip
        last = (
            select(tp.c.occurred_on)
            .where(tp.c.workspace_id == c.c.workspace_id, tp.c.contact_id == c.c.id,
                   tp.c.occurred_on.between(since, day), two_way)
            .order_by(tp.c.occurred_on.desc())
            .limit(1)
            .scalar_subquery()
        )  # fmt: skip
        return select(c.c.id, last).where(c.c.workspace_id == bindparam("ws"), c.c.id.in_(ids))
    e = LedgerEntry.__table__
    return (
        select(e.c.contact_id, func.max(e.c.occurred_on))
        .where(e.c.workspace_id == bindparam("ws"), e.c.contact_id.in_(ids),
               e.c.occurred_on.between(since, day))
        .group_by(e.c.contact_id)
    )  # fmt: skip


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

    def _mine(self) -> Any:
        return mine(StrengthTally, self.workspace_id)
