"""Queries reviews make: every active contact with the facts reviews read, what their
history comes to (from the strength tallies and aggregates, not every touch), diversity
targets, and my own profile (company, seniority, function, time zone)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, case, delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from netgarden.store.reads import statement
from netgarden.store.review_reads import ReviewReads, ReviewRow
from netgarden.store.review_tables import DiversityTarget, ProfileValue
from netgarden.store.scope import mine
from netgarden.store.tables import (
    Contact,
    LedgerEntry,
    StrengthTally,
    Touch,
    TouchParticipant,
)

_COLUMNS = tuple(getattr(Contact, name) for name in ReviewRow._fields)


def _ws() -> Any:
    return bindparam("ws")


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


@statement(())
def people_rows() -> Any:
    """Every active contact as reviews read them (ReviewRow), by id (parameter ``ws``)."""
    return (
        select(*_COLUMNS)
        .where(Contact.workspace_id == _ws(), Contact.archived_at.is_(None))
        .order_by(Contact.id)
    )


@statement(())
def circle_rows() -> Any:
    """Every active contact's id, circle and summary tally's last day (parameter ``ws``)."""
    t = StrengthTally
    return (
        select(Contact.id, Contact.circle, t.last_on)
        .outerjoin(
            t, and_(t.contact_id == Contact.id, t.workspace_id == Contact.workspace_id,
                    t.source == "all"),
        )
        .where(Contact.workspace_id == _ws(), Contact.archived_at.is_(None))
    )  # fmt: skip


def _in_year(column: Any) -> Any:
    return and_(column > bindparam("since"), column <= bindparam("until"))


@statement(())
def last_day_rows() -> Any:
    """Per contact: the last event, the last two-way touch and whether an event falls after
    ``until``, from the class tallies (parameters ``ws``, ``until``)."""
    t = StrengthTally
    two_way = and_(t.source == "touch", t.reply == "two-way")
    return (
        select(
            t.contact_id,
            func.max(t.last_on),
            func.max(case((two_way, t.last_on), else_=None)),
            func.max(case((t.last_on > bindparam("until"), 1), else_=0)),
        )
        .where(t.workspace_id == _ws(), t.source != "all")
        .group_by(t.contact_id)
    )


@statement(())
def touch_counts_all() -> Any:
    """Per contact, touches in (``since``, ``until``] (``ws``): the participants' index."""
    tp = TouchParticipant
    return (
        select(tp.contact_id, func.count())
        .where(tp.workspace_id == _ws(), _in_year(tp.occurred_on))
        .group_by(tp.contact_id)
    )


@statement(())
def outreach_counts() -> Any:
    """Per contact, outreaches in (``since``, ``until``]: not answered (or not known to
    be), and left unanswered (``ws``)."""
    tp = TouchParticipant
    return (
        select(
            tp.contact_id,
            func.sum(case((Touch.replied.is_(True), 0), else_=1)),
            func.sum(case((Touch.replied.is_(False), 1), else_=0)),
        )
        .join(tp, Touch.id == tp.touch_id)
        .where(Touch.workspace_id == _ws(), Touch.direction == "out", _in_year(Touch.occurred_on))
        .group_by(tp.contact_id)
    )


@statement(())
def unanswered_counts() -> Any:
    """Per contact, outreaches in (``since``, ``until``] left unanswered (``ws``)."""
    tp = TouchParticipant
    return (
        select(tp.contact_id, func.count())
        .select_from(Touch)
        .join(tp, Touch.id == tp.touch_id)
        .where(
            Touch.workspace_id == _ws(),
            Touch.direction == "out",
            Touch.replied.is_(False),
            _in_year(Touch.occurred_on),
        )
        .group_by(tp.contact_id)
    )


@statement(())
def ledger_entry_rows() -> Any:
    """(contact_id, on, entry type, kind) of every ledger entry up to ``until`` (``ws``)."""
    e = LedgerEntry
    return select(e.contact_id, e.occurred_on, e.entry_type, e.kind).where(
        e.workspace_id == _ws(), e.occurred_on <= bindparam("until")
    )


@statement(())
def last_outreach_days() -> Any:
    """The last outgoing touch up to ``until`` of each contact in ``ids`` (``ws``)."""
    tp = TouchParticipant
    return (
        select(tp.contact_id, func.max(Touch.occurred_on))
        .join(Touch, Touch.id == tp.touch_id)
        .where(
            tp.workspace_id == _ws(),
            tp.contact_id.in_(bindparam("ids", expanding=True)),
            Touch.direction == "out",
            Touch.occurred_on <= bindparam("until"),
        )
        .group_by(tp.contact_id)
    )


class ReviewRepo(ReviewReads):
    session: Session

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
