"""The seeds' routines on the agenda (issue 15): the three-touch system by purpose, the
anniversaries, and each ISO week's dormant picks (domain.practice has the rules)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netgarden.domain.agenda import AgendaItem, ContactState, Reason, Routines
from netgarden.domain.practice import (
    GIVE_PURPOSES,
    Anniversary,
    Purpose,
    TouchMix,
    parse_anniversary,
    week_of,
)
from netgarden.domain.values import Circle, parse_birthday_stored

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


YEAR_BACK = dt.timedelta(days=364)  # "the last 365 days", the day itself included


def routines_of(unit: Unit | ReadUnit, as_of: dt.date) -> Routines:
    """The circles of the three-touch system, and the picks of ``as_of``'s ISO week with how
    many were reached since its Monday (``None`` until the week's first agenda picks)."""
    from netgarden.services.preferences import three_touch_circles

    circles = three_touch_circles(unit)
    monday = week_of(as_of)
    picks = unit.practice.week_picks(monday)
    if not picks:
        return Routines(circles)
    return Routines(circles, tuple(picks), len(reached(unit, picks, monday, as_of)))


def week_picked(unit: Unit | ReadUnit, as_of: dt.date) -> bool:
    """Whether an agenda of ``as_of``'s ISO week has picked its dormant ties (until one has,
    the agenda picks them, which writes)."""
    return bool(unit.practice.week_picks(week_of(as_of)))


def reached(
    unit: Unit | ReadUnit, picks: Sequence[int], monday: dt.date, as_of: dt.date
) -> dict[int, dt.date]:
    """Which picks had a touch (or a give, when gives count as touches) since Monday."""
    gives = bool(unit.preferences().gives_count_as_touches)
    return unit.practice.touched_between(picks, monday, as_of, gives)


def store_week_picks(unit: Unit, as_of: dt.date, ranked: list[AgendaItem]) -> Routines:
    """The week's first agenda picks its dormant ties: the ``lapsed_limit`` most valuable
    lapsed ties on ``ranked`` (an agenda without picks), kept until Monday."""
    limit = unit.preferences().lapsed_limit
    picks = [item.contact_id for item in ranked if item.reason is Reason.LAPSED][:limit]
    unit.practice.set_week_picks(week_of(as_of), picks, as_of)
    return routines_of(unit, as_of)


def ensure_week_picks(unit: Unit, as_of: dt.date) -> tuple[list[AgendaItem], Routines] | None:
    """Make ``as_of``'s week picks unless an agenda of the week already did (a writing unit
    of work). What it computed to pick them (every lapsed tie, no limit) is returned for a
    cache; ``None`` when the week had its picks."""
    if week_picked(unit, as_of):
        return None
    from netgarden.services.agenda import agenda_and_routines

    return agenda_and_routines(unit, as_of, None, every_lapsed=True, pick_week=True)


@dataclass(frozen=True)
class WeekPicks:
    """This week's dormant picks, who they are and who was reached (and when)."""

    week_of: dt.date
    people: list[tuple[int, str]]
    reached: dict[int, dt.date]


def week_picks(unit: Unit, as_of: dt.date) -> WeekPicks:
    """The picks of ``as_of``'s week (none when no agenda of that week picked)."""
    monday = week_of(as_of)
    picks = unit.practice.week_picks(monday)
    names = unit.contacts.briefs(picks)
    people = [(c, names[c].name) for c in picks if c in names]
    return WeekPicks(monday, people, reached(unit, picks, monday, as_of) if picks else {})


def near_anniversaries(
    unit: Unit | ReadUnit, month_days: Sequence[str]
) -> dict[int, tuple[Anniversary, ...]]:
    """Anniversaries falling on one of the "MM-DD" days, by contact."""
    found = {}
    for contact_id, rows in unit.practice.anniversaries_on(month_days).items():
        days = [(row.kind, parse_birthday_stored(row.day)) for row in rows]
        found[contact_id] = tuple(Anniversary(kind, day) for kind, day in days if day)
    return found


def touch_mixes(
    unit: Unit | ReadUnit, states: list[ContactState], as_of: dt.date, circles: frozenset[Circle]
) -> list[ContactState]:
    """The states, those in the three-touch circles with the purposes of their year's
    touches and gives (a give's kind says its purpose: domain.practice.GIVE_PURPOSES)."""
    wanted = [s.id for s in states if s.circle in circles]
    if not wanted:
        return states
    purposes, gives = unit.practice.year_mix(wanted, as_of - YEAR_BACK, as_of)
    count_gives = bool(unit.preferences().gives_count_as_touches)
    out = []
    for state in states:
        if state.circle not in circles:
            out.append(state)
            continue
        tagged = purposes.get(state.id, {})
        covered = {Purpose(p) for p in tagged}
        given = gives.get(state.id, []) if count_gives else []
        covered |= {GIVE_PURPOSES[k] for k in given if k in GIVE_PURPOSES}
        n_tagged = sum(tagged.values()) + sum(1 for k in given if k in GIVE_PURPOSES)
        mix = TouchMix(state.touches_last_year, frozenset(covered), n_tagged)
        out.append(dataclasses.replace(state, mix=mix))
    return out


# --- anniversaries of a contact ------------------------------------------------------------
def parse_anniversaries(
    values: Sequence[str], field: str = "anniversary"
) -> list[tuple[str, str | None]]:
    """``KIND:DATE`` values → (kind, the stored day or ``None`` to remove), checked first."""
    parsed = []
    for value in values:
        kind, day = parse_anniversary(value, field)
        parsed.append((kind, None if day is None else str(day)))
    return parsed


def whole_list(
    unit: Unit, contact_id: int, wanted: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """The changes that make a contact's anniversaries exactly ``wanted``: kinds not named
    are removed."""
    kinds = {kind for kind, _ in wanted}
    have = unit.practice.anniversaries([contact_id]).get(contact_id, [])
    return [(row.kind, None) for row in have if row.kind not in kinds] + wanted


def set_anniversaries(unit: Unit, contact_id: int, values: list[tuple[str, str | None]]) -> None:
    for kind, day in values:
        unit.practice.set_anniversary(contact_id, kind, day)


def anniversaries_of(unit: Unit, contact_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
    """``kind:day`` of each contact's anniversaries (of everyone's, without ids)."""
    rows = unit.practice.anniversaries(contact_ids)
    return {c: [f"{r.kind}:{r.day}" for r in found] for c, found in rows.items()}
