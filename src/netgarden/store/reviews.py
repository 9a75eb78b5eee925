"""Queries reviews make: every active contact with the facts reviews read, what their
history comes to (from the strength tallies and aggregates, not every touch), diversity
targets, and my own profile (company, seniority, function, time zone)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, case, delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from netgarden.store.reads import statement
from netgarden.store.review_reads import ReviewReads
from netgarden.store.review_tables import DiversityTarget, ProfileValue
from netgarden.store.scope import mine
from netgarden.store.tables import (
    Contact,
    LedgerEntry,
    StrengthTally,
    Touch,
    TouchParticipant,
)


class ReviewRow(NamedTuple):
    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    industry: str | None
    function: str | None
    seniority: str | None
    location: str | None
    influence: int | None
    accessibility: int | None
    energy: str | None
    board_seat: str | None
    decides: str | None
    time_zone: str | None
    mentee: bool | None


class LastDays(NamedTuple):
    """A contact's last event and last two-way touch, from the strength tallies; ``later``
    when some event falls after the day asked (then the tallies cannot tell)."""

    contact_id: int
    last_any: dt.date
    last_two_way: dt.date | None
    later: bool


class YearCounts(NamedTuple):
    contact_id: int
    touches: int
    two_way: int
    unanswered: int


_COLUMNS = tuple(getattr(Contact, name) for name in ReviewRow._fields)


@statement(())
def profile_values() -> Any:
    """What reviews know of me (parameter ``ws``)."""
    return select(ProfileValue.key, ProfileValue.value).where(
        ProfileValue.workspace_id == bindparam("ws")
    )


@statement(())
def target_rows() -> Any:
    """My diversity and company targets (parameter ``ws``)."""
    t = DiversityTarget
    return (
        select(t.dimension, t.value, t.at_least)
        .where(t.workspace_id == bindparam("ws"))
        .order_by(t.dimension, t.value)
    )


class ReviewRepo(ReviewReads):
    session: Session

    def people(self) -> list[ReviewRow]:
        """Every active contact, by id."""
        query = (
            select(*_COLUMNS)
            .where(mine(Contact, self.workspace_id), Contact.archived_at.is_(None))
            .order_by(Contact.id)
        )
        # the connection's rows, fetched at once: the session's cost a row at a time
        make = ReviewRow._make
        return [make(row) for row in self.session.connection().execute(query).all()]

    def circles(self) -> list[tuple[int, str, dt.date | None]]:
        """Every active contact's circle and last event (their summary tally's last day;
        None without events): all the health review needs of who they are."""
        t = StrengthTally
        query = (
            select(Contact.id, Contact.circle, t.last_on)
            .outerjoin(
                t, and_(t.contact_id == Contact.id, t.workspace_id == Contact.workspace_id,
                        t.source == "all"),
            )
            .where(mine(Contact, self.workspace_id), Contact.archived_at.is_(None))
        )  # fmt: skip
        return [(c, circle, last) for c, circle, last in self.session.execute(query)]

    def touch_counts(
        self, since: dt.date, until: dt.date, circles: Sequence[str]
    ) -> dict[int, int]:
        """Touches after ``since`` up to ``until`` of each active contact in ``circles``."""
        tp = TouchParticipant
        query = (
            select(tp.contact_id, func.count())
            .join(Contact, Contact.id == tp.contact_id)
            .where(
                mine(tp, self.workspace_id),
                tp.occurred_on > since,
                tp.occurred_on <= until,
                Contact.circle.in_(circles),
                Contact.archived_at.is_(None),
            )
            .group_by(tp.contact_id)
        )
        return {c: n for c, n in self.session.execute(query)}

    def last_days(self, until: dt.date) -> list[LastDays]:
        """Everyone's last event and last two-way touch: one aggregate over the tallies."""
        t = StrengthTally
        two_way = and_(t.source == "touch", t.reply == "two-way")
        query = (
            select(
                t.contact_id,
                func.max(t.last_on),
                func.max(case((two_way, t.last_on), else_=None)),
                func.max(case((t.last_on > until, 1), else_=0)),
            )
            .where(mine(t, self.workspace_id), t.source != "all")
            .group_by(t.contact_id)
        )
        return [
            LastDays(c, last, two, bool(later))
            for c, last, two, later in self.session.connection().execute(query).all()
        ]

    def year_counts(self, since: dt.date, until: dt.date) -> list[YearCounts]:
        """Per contact, touches after ``since`` up to ``until``: all, two-way (not an
        outreach, or one answered) and outreaches left unanswered. Two index-only reads:
        the participants' own dates, and the outreaches (ix_touches_workspace_direction)."""
        tp = TouchParticipant
        everything = (
            select(tp.contact_id, func.count())
            .where(mine(tp, self.workspace_id), tp.occurred_on > since, tp.occurred_on <= until)
            .group_by(tp.contact_id)
        )
        outreach = (
            select(
                tp.contact_id,
                func.sum(case((Touch.replied.is_(True), 0), else_=1)),
                func.sum(case((Touch.replied.is_(False), 1), else_=0)),
            )
            .join(tp, Touch.id == tp.touch_id)
            .where(
                mine(Touch, self.workspace_id),
                Touch.direction == "out",
                Touch.occurred_on > since,
                Touch.occurred_on <= until,
            )
            .group_by(tp.contact_id)
        )
        one_way = {c: (n, unanswered) for c, n, unanswered in self.session.execute(outreach)}
        return [
            YearCounts(c, n, n - one_way.get(c, (0, 0))[0], one_way.get(c, (0, 0))[1])
            for c, n in self.session.execute(everything)
        ]

    def unanswered(self, since: dt.date, until: dt.date) -> dict[int, int]:
        """Per contact, outreaches after ``since`` up to ``until`` left unanswered."""
        tp = TouchParticipant
        query = (
            select(tp.contact_id, func.count())
            .select_from(Touch)
            .join(tp, Touch.id == tp.touch_id)
            .where(
                mine(Touch, self.workspace_id),
                Touch.direction == "out",
                Touch.replied.is_(False),
                Touch.occurred_on > since,
                Touch.occurred_on <= until,
            )
            .group_by(tp.contact_id)
        )
        return {c: n for c, n in self.session.execute(query)}

    def ledger_rows(self, until: dt.date) -> list[tuple[int, dt.date, str, str]]:
        """(contact_id, on, entry type, kind) of every ledger entry up to ``until``."""
        e = LedgerEntry
        query = select(e.contact_id, e.occurred_on, e.entry_type, e.kind).where(
            mine(e, self.workspace_id), e.occurred_on <= until
        )
        return [(c, on, kind_of, kind) for c, on, kind_of, kind in self.session.execute(query)]

    def last_outreach(self, contact_ids: Sequence[int], until: dt.date) -> dict[int, dt.date]:
        """The last outgoing touch up to ``until`` of each of these contacts."""
        found: dict[int, dt.date] = {}
        tp = TouchParticipant
        for start in range(0, len(contact_ids), 1000):
            query = (
                select(tp.contact_id, func.max(Touch.occurred_on))
                .join(Touch, Touch.id == tp.touch_id)
                .where(
                    mine(tp, self.workspace_id),
                    tp.contact_id.in_(contact_ids[start : start + 1000]),
                    Touch.direction == "out",
                    Touch.occurred_on <= until,
                )
                .group_by(tp.contact_id)
            )
            found.update({c: on for c, on in self.session.execute(query)})
        return found

    def set_target(self, dimension: str, value: str, at_least: int) -> None:
        values = {
            "workspace_id": self.workspace_id,
            "dimension": dimension,
            "value": value,
            "at_least": at_least,
        }
        dialect = self.session.get_bind().dialect.name
        upsert = postgresql_insert if dialect == "postgresql" else sqlite_insert
        statement: Any = upsert(DiversityTarget).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["workspace_id", "dimension", "value"], set_={"at_least": at_least}
        )
        self.session.execute(statement)

    def remove_target(self, dimension: str, value: str) -> int:
        result = self.session.execute(
            delete(DiversityTarget).where(
                mine(DiversityTarget, self.workspace_id),
                DiversityTarget.dimension == dimension,
                DiversityTarget.value == value,
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def set_profile(self, key: str, value: str | None) -> None:
        self.session.execute(
            delete(ProfileValue).where(
                mine(ProfileValue, self.workspace_id), ProfileValue.key == key
            )
        )
        if value:
            self.session.add(ProfileValue(workspace_id=self.workspace_id, key=key, value=value))
            self.session.flush()
