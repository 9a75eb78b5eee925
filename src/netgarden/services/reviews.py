"""Reviews (issue 13): the facts every review reads, the health review and the audit.

Reviews propose; they never change the network without the user's say: ``apply_audit``
applies only the numbered lines the user chose (each circle change recorded with its day by
the store).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from netgarden.domain.audit import AuditProposal, Kept, audit
from netgarden.domain.health import Health, health
from netgarden.domain.review_facts import Facts, History, summarize
from netgarden.domain.strength import Event, strength
from netgarden.domain.values import Circle
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit


def grouped_events(unit: Unit, today: dt.date) -> dict[int, list[Event]]:
    """Every contact's touches and ledger entries up to ``today``, as strength reads them."""
    grouped: dict[int, list[Event]] = defaultdict(list)
    for event in unit.ledger.strength_events():
        if event.on <= today:
            grouped[event.contact_id].append(
                Event(event.on, event.kind, event.source, event.direction, event.replied)
            )
    return grouped


def review_facts(
    unit: Unit,
    today: dt.date,
    with_history: bool = True,
    events: dict[int, list[Event]] | None = None,
) -> list[Facts]:
    """Every active contact with their strength and history as of ``today``: one pass over
    touches and ledger entries (none without ``with_history``: who they are is enough for
    diversity; ``events``: those of ``grouped_events``, already read)."""
    if not with_history:
        return [
            Facts(**{k: v for k, v in row._asdict().items() if k != "mentee"},
                  mentee=bool(row.mentee))
            for row in unit.reviews.people()
        ]  # fmt: skip
    grouped = grouped_events(unit, today) if events is None else events
    weights = unit.preferences().strength_weights()
    facts = []
    empty = History()
    for row in unit.reviews.people():
        theirs = grouped.get(row.id, [])
        score = strength(theirs, today, weights, explain=False)
        facts.append(
            Facts(
                **{k: v for k, v in row._asdict().items() if k != "mentee"},
                mentee=bool(row.mentee),
                score=score.score,
                band=score.band.value,
                history=summarize(theirs, today) if theirs else empty,
            )
        )
    return facts


def cadences(unit: Unit) -> dict[str, int]:
    prefs = unit.preferences()
    found = {}
    for circle in (Circle.INNER, Circle.MIDDLE, Circle.OUTER):
        cadence = prefs.circle_cadence(circle)
        if cadence is not None:
            found[circle.value] = cadence
    return found


def target_companies(unit: Unit) -> list[str]:
    return [t.value for t in unit.reviews.targets() if t.dimension == "company"]


def health_review(unit: Unit, today: dt.date, people: list[Facts] | None = None) -> Health:
    prefs = unit.preferences()
    return health(
        review_facts(unit, today) if people is None else people,
        today,
        cadences(unit),
        prefs.lapsed_factor,
        prefs.three_touch_min,
    )


@dataclass(frozen=True)
class Audit:
    as_of: dt.date
    proposals: list[AuditProposal]
    kept: list[Kept]


def _open_intros(unit: Unit) -> set[int]:
    closed = {"outcome", "declined"}
    return {
        i for row in unit.network.intros() if row.state not in closed for i in (row.a_id, row.b_id)
    }


def audit_review(unit: Unit, today: dt.date, people: list[Facts] | None = None) -> Audit:
    proposals, kept = audit(
        review_facts(unit, today) if people is None else people,
        today,
        cadences(unit),
        target_companies(unit),
        _open_intros(unit),
    )
    return Audit(today, proposals, kept)


def parse_numbers(text: str, field: str = "apply") -> list[int]:
    """``1,3,4`` or ``all`` (as ``[]`` meaning every line)."""
    if text.strip().lower() == "all":
        return []
    numbers = []
    for part in text.replace(" ", "").split(","):
        if not (part.isascii() and part.isdigit()):
            raise InvalidValue(field, f"{text!r} is not a list of line numbers; use e.g. 1,3,4")
        numbers.append(int(part))
    return numbers


def apply_audit(
    unit: Unit, numbers: list[int], today: dt.date, now: dt.datetime
) -> list[AuditProposal]:
    """Apply the chosen lines (every line for ``[]``) of the audit as of ``today``; returns
    what was applied."""
    found = audit_review(unit, today).proposals
    by_number = {p.number: p for p in found}
    missing = [n for n in numbers if n not in by_number]
    if missing:
        raise InvalidValue(
            "apply",
            f"no line {missing[0]} in the audit; it has lines 1 to {len(found)}"
            if found
            else f"no line {missing[0]}: the audit proposes nothing",
        )
    chosen = [by_number[n] for n in numbers] if numbers else found
    for p in chosen:
        if p.circle == "archived":
            unit.contacts.update(p.contact_id, {"archived_at": now}, now)
        else:
            unit.contacts.update(p.contact_id, {"circle": p.circle}, now)
    return chosen


@dataclass(frozen=True)
class TheirTime:
    """A contact's time zone (set, or offered from their phone's country), their local time
    and the working hours we share, in my zone."""

    zone: str
    offered: bool
    local: str
    shared: tuple[str, str] | None
    mine: str | None


def their_time(unit: Unit, contact_id: int, now: dt.datetime) -> TheirTime | None:
    from netgarden.domain.time_zones import local_time, shared_hours, zone_from_phone

    contact = unit.contacts.require(contact_id)
    zone, offered = contact.time_zone, False
    if not zone:
        phones = unit.contacts.phones(contact_id)
        zone = next((z for z in map(zone_from_phone, phones) if z), None)
        offered = zone is not None
    if not zone:
        return None
    from netgarden.services.profile import my_facts

    mine = my_facts(unit).get("time_zone")
    local = local_time(zone, now)
    shared = shared_hours(mine, zone, local.date()) if mine else None
    return TheirTime(zone, offered, local.strftime("%H:%M %a"), shared, mine)
