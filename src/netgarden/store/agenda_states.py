"""What the agenda reads of each contact: cadence, last touch, the year's touches and
gives, and the history of lapsed ties."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import and_, case, func, or_, select

from netgarden.domain.ledger import VALUE_ENTRIES
from netgarden.store.contact_scope import ContactScope, chunks, known_since
from netgarden.store.rows import AgendaState
from netgarden.store.tables import Contact, LedgerEntry, Touch, TouchParticipant


class AgendaStates(ContactScope):
    """The contact repository's agenda reads (part of ContactRepo)."""

    def agenda_states(
        self,
        as_of: dt.date,
        birthdays: Iterable[str] = (),
        year_circles: Sequence[str] = ("inner", "middle"),
        also: Sequence[int] = (),
    ) -> list[AgendaState]:
        """Active contacts that can appear on the agenda, with last touch and the year's count:
        those with a cadence, and the rest only when their birthday ("MM-DD") is in
        ``birthdays``, or whose id is in ``also`` (an anniversary is near). The year's
        count is taken for ``year_circles`` only (the three-touch system's).

        Both figures come from the (contact_id, occurred_on) index: one seek for the last
        touch, one short range for the count, and only for the circles that need it.
        """
        tp = TouchParticipant
        last = (
            select(func.max(tp.occurred_on))
            .where(tp.contact_id == Contact.id, tp.occurred_on <= as_of)
            .scalar_subquery()
        )
        year = (
            select(func.count())
            .where(
                tp.contact_id == Contact.id,
                tp.occurred_on > as_of - dt.timedelta(days=365),
                tp.occurred_on <= as_of,
            )
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
            .where(
                *valued,
                le.occurred_on > as_of - dt.timedelta(days=365),
                le.occurred_on <= as_of,
            )
            .scalar_subquery()
        )
        # a Core read: the ORM's row loading adds a third to this query at 30,000 rows
        rows = (
            self.session.connection()
            .execute(
                select(
                    Contact.id,
                    Contact.name,
                    Contact.company,
                    Contact.circle,
                    Contact.cadence_days,
                    known_since().label("known_since"),
                    Contact.birthday,
                    Contact.snoozed_until,
                    last.label("last_touch_on"),
                    case((Contact.circle.in_(list(year_circles)), year), else_=0).label("year"),
                    last_value.label("last_value_on"),
                    case((Contact.circle.in_(list(year_circles)), value_year), else_=0).label(
                        "value_year"
                    ),
                ).where(
                    self._mine(),
                    Contact.archived_at.is_(None),
                    or_(
                        Contact.circle != "none",
                        Contact.cadence_days.is_not(None),
                        # "YYYY-MM-DD" and "--MM-DD" both end in MM-DD
                        func.substr(Contact.birthday, func.length(Contact.birthday) - 4).in_(
                            list(birthdays)
                        ),
                        Contact.id.in_(list(also)),
                    ),
                )
            )
            .all()
        )
        return [AgendaState._make(row) for row in rows]

    def past_ties(self, ids: Sequence[int], as_of: dt.date) -> dict[int, tuple[int, int]]:
        """For each id: (touches, two-way touches) up to ``as_of``."""
        two_way = case(
            (or_(Touch.direction != "out", Touch.replied.is_(True)), 1),
            else_=0,
        )
        ties: dict[int, tuple[int, int]] = {}
        for chunk in chunks(ids):
            rows = self.session.execute(
                select(TouchParticipant.contact_id, func.count(), func.sum(two_way))
                .join(Touch, Touch.id == TouchParticipant.touch_id)
                .where(
                    and_(
                        self._mine(TouchParticipant),
                        TouchParticipant.contact_id.in_(chunk),
                        TouchParticipant.occurred_on <= as_of,
                    )
                )
                .group_by(TouchParticipant.contact_id)
            )
            for contact_id, count, two in rows:
                ties[contact_id] = (int(count), int(two or 0))
        return ties
