"""Today's agenda, from the store's per-contact state and the domain's ranking."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.agenda import (
    AgendaItem,
    ContactState,
    PastTie,
    build_agenda,
    dormant_candidates,
)
from netgarden.domain.values import Circle, parse_birthday_stored
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit


def agenda(unit: Unit, as_of: dt.date, limit: int | None = 20) -> list[AgendaItem]:
    if limit is not None and limit < 1:
        raise InvalidValue("--limit", f"{limit} is not a positive number")
    prefs = unit.preferences()
    states = [
        ContactState(
            id=row.id,
            name=row.name,
            company=row.company,
            circle=Circle(row.circle),
            cadence_days=row.cadence_days,
            known_since=row.met_on or row.created_at.date(),
            last_touch_on=row.last_touch_on,
            touches_last_year=row.year,
            birthday=parse_birthday_stored(row.birthday),
            snoozed_until=row.snoozed_until,
        )
        for row in unit.contacts.agenda_states(as_of)
    ]
    lapsed = dormant_candidates(states, as_of, prefs)
    ties = {
        contact_id: PastTie(touches, two_way)
        for contact_id, (touches, two_way) in unit.contacts.past_ties(lapsed, as_of).items()
    }
    return build_agenda(states, as_of, prefs, ties, limit)
