"""Reviews (issue 13): the facts every review reads, the health review and the audit.

Reviews propose; they never change the network without the user's say: ``apply_audit``
applies only the numbered lines the user chose (each circle change recorded with its day by
the store).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netgarden.domain.audit import AuditProposal, Kept, audit
from netgarden.domain.health import THREE_TOUCH_CIRCLES, Health, Standing, health
from netgarden.domain.review_facts import YEAR, Facts, History, assemble, summarize
from netgarden.domain.strength import Band, Event
from netgarden.domain.values import Circle
from netgarden.errors import InvalidValue
from netgarden.store.review_reads import ReviewRow

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit

    Reading = Unit | ReadUnit  # the shared reads run on either (review_facts, health)


def review_facts(
    unit: Reading,
    today: dt.date,
    with_history: bool = True,
    bands: bool = False,
    histories: dict[int, History] | None = None,
) -> list[Facts]:
    """Every active contact with their strength and history as of ``today``: strength from
    the tallies and history from aggregates (no touch read one by one), except for the few
    with events after ``today`` (a day asked in the past), whose events are read. Without
    ``with_history`` no history (who they are is enough for diversity), and no strength
    either unless ``bands`` (brokers read the bands; the matrix too, with ``histories`` of
    its own)."""
    people = unit.reviews.people()
    if not with_history and not bands:
        return [_facts(row) for row in people]
    from netgarden.services.strength import everyone_scores

    scores = everyone_scores(unit, today)
    if with_history:
        histories = _histories(unit, today)
    new, empty, found = (0, Band.NEW.value), History(), histories or {}
    return [_facts(row, scores.get(row.id, new), found.get(row.id, empty)) for row in people]


def _facts(
    row: ReviewRow, score: tuple[int, str] | None = None, history: History | None = None
) -> Facts:
    # positional: Facts starts with ReviewRow's fields, mentee last (30,000 at a time)
    mentee = bool(row.mentee)
    if score is None or history is None:
        return Facts(*row[:-1], mentee=mentee)
    return Facts(*row[:-1], mentee, *score, history)


def _histories(unit: Reading, today: dt.date) -> dict[int, History]:
    """Everyone's History as of ``today``, as ``summarize`` gives it."""
    last = unit.reviews.last_days(today)
    later = [row.contact_id for row in last if row.later]
    year = {row.contact_id: row[1:] for row in unit.reviews.year_counts(today - YEAR, today)}
    ledger: dict[int, list[tuple[dt.date, str, str]]] = defaultdict(list)
    for contact_id, on, source, kind in unit.reviews.ledger_rows(today):
        ledger[contact_id].append((on, source, kind))
    advised = [c for c, rows in ledger.items() if any(r[1:] == ("receive", "advice") for r in rows)]
    outreach = unit.reviews.last_outreach(sorted(advised), today)
    found: dict[int, History] = {}
    for c, last_any, last_two_way, later_on in last:
        if later_on:
            continue
        touches, two_way, unanswered = year.get(c, (0, 0, 0))
        if c in ledger:
            found[c] = assemble(
                last_any, last_two_way, (touches, two_way, unanswered), ledger[c], outreach.get(c)
            )
        else:  # what assemble gives without ledger entries (most people): no call, no loop
            found[c] = History(last_any, last_two_way, two_way, touches, unanswered)
    grouped: dict[int, list[Event]] = defaultdict(list)
    for event in unit.ledger.strength_events(later) if later else ():
        grouped[event.contact_id].append(
            Event(event.on, event.kind, event.source, event.direction, event.replied)
        )
    found.update({c: summarize(events, today) for c, events in grouped.items()})
    return found


def cadences(unit: Reading) -> dict[str, int]:
    prefs = unit.preferences()
    found = {}
    for circle in (Circle.INNER, Circle.MIDDLE, Circle.OUTER):
        cadence = prefs.circle_cadence(circle)
        if cadence is not None:
            found[circle.value] = cadence
    return found


def target_companies(unit: Reading) -> list[str]:
    return [t.value for t in unit.reviews.targets() if t.dimension == "company"]


def health_review(unit: Reading, today: dt.date, people: list[Facts] | None = None) -> Health:
    prefs = unit.preferences()
    return health(
        _standings(unit, today) if people is None else people,
        today,
        cadences(unit),
        prefs.lapsed_factor,
        prefs.three_touch_min,
    )


def _standings(unit: Reading, today: dt.date) -> list[Standing]:
    """Everyone's circle, band, last event and touches in the year (the inner and middle
    circles': three-touch compliance), as ``review_facts`` gives them, without the rest of
    their facts and history (the uncircled need only their band)."""
    from netgarden.services.strength import everyone_scores

    scores = everyone_scores(unit, today)
    people = unit.reviews.circles()
    year = unit.reviews.touch_counts(today - YEAR, today)
    later = [c for c, circle, last in people if circle != "none" and last and last > today]
    grouped: dict[int, list[Event]] = defaultdict(list)
    for event in unit.ledger.strength_events(later) if later else ():
        grouped[event.contact_id].append(
            Event(event.on, event.kind, event.source, event.direction, event.replied)
        )
    empty, new = History(), Band.NEW.value
    counted = set(THREE_TOUCH_CIRCLES)
    found = []
    for c, circle, last in people:
        band = s[1] if (s := scores.get(c)) else new
        if circle == "none" or last is None:
            history = empty
        elif c in grouped:  # events after the day asked: the tallies cannot tell
            history = summarize(grouped[c], today)
        else:
            history = History(last, touches_year=year.get(c, 0) if circle in counted else 0)
        found.append(Standing(circle, band, history))
    return found


@dataclass(frozen=True)
class Audit:
    as_of: dt.date
    proposals: list[AuditProposal]
    kept: list[Kept]


def _open_intros(unit: Reading) -> set[int]:
    closed = {"outcome", "declined"}
    return {
        i for row in unit.network.intros() if row.state not in closed for i in (row.a_id, row.b_id)
    }


def audit_review(unit: Reading, today: dt.date, people: list[Facts] | None = None) -> Audit:
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
