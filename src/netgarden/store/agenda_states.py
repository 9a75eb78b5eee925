"""What the agenda reads of each contact: cadence, last touch, the year's touches and
gives, and the history of lapsed ties. The statements are built here; the methods that run
them (agenda_state_reads.py) run with or without SQLAlchemy (store/reads.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, case, func, or_, select

from netgarden.domain.ledger import VALUE_ENTRIES
from netgarden.store.contact_scope import known_since
from netgarden.store.reads import statement
from netgarden.store.tables import Contact, LedgerEntry, Touch, TouchParticipant


def _ids(name: str) -> Any:
    return bindparam(name, expanding=True)


@statement(())
def states() -> Any:
    """Active contacts that can appear on the agenda as of ``as_of``, with last touch and
    the year's count (after ``year_start``): those with a cadence, and the rest only when
    their birthday ("MM-DD") is in ``birthdays``, or whose id is in ``also``. The year's
    count is taken for ``year_circles`` only (the three-touch system's).

    Both figures come from the (contact_id, occurred_on) index: one seek for the last
    touch, one short range for the count, and only for the circles that need it.
    """
    tp = TouchParticipant
    as_of: Any = bindparam("as_of")
    year_start: Any = bindparam("year_start")
    last = (
        select(func.max(tp.occurred_on))
        .where(tp.contact_id == Contact.id, tp.occurred_on <= as_of)
        .scalar_subquery()
    )
    year = (
        select(func.count())
        .where(tp.contact_id == Contact.id, tp.occurred_on > year_start, tp.occurred_on <= as_of)
        .scalar_subquery()
    )
    # gives and receives (a made introduction is a give): the caller decides whether
    # they count as touches (the gives_count_as_touches preference)
    le = LedgerEntry
    valued = (le.contact_id == Contact.id, le.entry_type.in_(VALUE_ENTRIES))
    last_value = (
        select(func.max(le.occurred_on)).where(*valued, le.occurred_on <= as_of)
    ).scalar_subquery()
    value_year = (
        select(func.count())
        .where(*valued, le.occurred_on > year_start, le.occurred_on <= as_of)
        .scalar_subquery()
    )
    in_year_circles = Contact.circle.in_(_ids("year_circles"))
    return select(
        Contact.id,
        Contact.name,
        Contact.company,
        Contact.circle,
        Contact.cadence_days,
        known_since().label("known_since"),
        Contact.birthday,
        Contact.snoozed_until,
        last.label("last_touch_on"),
        case((in_year_circles, year), else_=0).label("year"),
        last_value.label("last_value_on"),
        case((in_year_circles, value_year), else_=0).label("value_year"),
    ).where(
        Contact.workspace_id == bindparam("ws"),
        Contact.archived_at.is_(None),
        or_(
            Contact.circle != "none",
            Contact.cadence_days.is_not(None),
            # "YYYY-MM-DD" and "--MM-DD" both end in MM-DD
            func.substr(Contact.birthday, func.length(Contact.birthday) - 4).in_(_ids("birthdays")),
            Contact.id.in_(_ids("also")),
        ),
    )


@statement(())
def past_ties() -> Any:
    """For each of ``ids``: (touches, two-way touches) up to ``as_of``."""
    two_way = case((or_(Touch.direction != "out", Touch.replied.is_(True)), 1), else_=0)
    tp = TouchParticipant
    return (
        select(tp.contact_id, func.count(), func.sum(two_way))
        .join(Touch, Touch.id == tp.touch_id)
        .where(
            and_(
                tp.workspace_id == bindparam("ws"),
                tp.contact_id.in_(_ids("ids")),
                tp.occurred_on <= bindparam("as_of"),
            )
        )
        .group_by(tp.contact_id)
    )
