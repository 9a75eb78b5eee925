"""Why a contact is on the agenda: overdue, due, a birthday, too few touches, lapsed (see
``domain.agenda`` for the reasons, ``domain.agenda_items`` for how they score)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from netgarden.domain.agenda_items import (
    BIRTHDAY_BONUS,
    CIRCLE_WEIGHT,
    NEVER_HIDDEN,
    THREE_TOUCH_CIRCLES,
    YEAR,
    AgendaItem,
    ContactState,
    PastTie,
    Reason,
    overdue_pressure,
    score,
    upcoming_pressure,
)
from netgarden.domain.cadence import effective_cadence, next_due_on
from netgarden.domain.practice import TouchMix, anniversaries_in, missing_text
from netgarden.domain.preferences import Preferences
from netgarden.domain.values import Circle


@dataclass(frozen=True, slots=True)
class _Finding:
    reason: Reason
    score: float
    why: str
    due_on: dt.date | None = None
    days_overdue: int | None = None


def lapsed_candidates(
    states: Iterable[ContactState], as_of: dt.date, prefs: Preferences
) -> list[int]:
    """Ids of outer and uncircled contacts whose relationship has lapsed; the caller looks
    up their past ties to rank them."""
    return [s.id for s in states if s.circle not in NEVER_HIDDEN and _is_lapsed(s, as_of, prefs)]


def birthday_window(as_of: dt.date, prefs: Preferences) -> dict[tuple[int, int], dt.date]:
    """(month, day) of every birthday celebrated in the window → the day it falls on.

    29 February is celebrated on the 28th in common years."""
    days: dict[tuple[int, int], dt.date] = {}
    for offset in range(prefs.birthday_window + 1):
        day = as_of + dt.timedelta(days=offset)
        days[(day.month, day.day)] = day
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            days[(2, 29)] = day
    return days


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def contact_item(
    state: ContactState, top: _Finding, also: tuple[Reason, ...], flags: tuple[str, ...]
) -> AgendaItem:
    return AgendaItem(
        contact_id=state.id,
        name=state.name,
        company=state.company,
        circle=state.circle,
        reason=top.reason,
        why=top.why,
        score=top.score,
        due_on=top.due_on,
        days_overdue=top.days_overdue,
        last_touch_on=state.last_touch_on,
        also=also,
        flags=flags,
    )


def findings(
    state: ContactState,
    as_of: dt.date,
    prefs: Preferences,
    ties: Mapping[int, PastTie],
    birthdays: Mapping[tuple[int, int], dt.date],
    three_touch_circles: frozenset[Circle] = THREE_TOUCH_CIRCLES,
) -> list[_Finding]:
    found: list[_Finding] = []
    birthday = _birthday(state, as_of, prefs, birthdays)
    if birthday is not None:
        found.append(birthday)
    found += _anniversaries(state, as_of, prefs, birthdays)
    if state.snoozed_until is not None and state.snoozed_until > as_of:
        return found
    cadence = effective_cadence(state.circle, state.cadence_days, prefs)
    if cadence is None:
        return found
    lapsed = _lapsed(state, as_of, cadence, prefs)
    if lapsed and state.circle not in NEVER_HIDDEN:
        found.append(_lapsed_finding(state, as_of, cadence, ties.get(state.id)))
        return found
    due = next_due_on(cadence, state.last_touch_on, state.known_since)
    assert due is not None  # a cadence always gives a due date
    days_over = (as_of - due).days
    weight = CIRCLE_WEIGHT[state.circle]
    cadence_text = f"{_circle_text(state.circle)}, every {cadence} days"
    if days_over > 0:
        share = round(100 * days_over / cadence)
        why = f"{plural(days_over, 'day')} overdue ({share}% past {cadence_text})"
        if lapsed:  # past two cadences a percentage says little; the time untouched says it
            cadences = plural(prefs.lapsed_factor, "cadence")
            why = f"lapsed: more than {cadences} untouched ({cadence_text})"
        found.append(
            _Finding(
                Reason.OVERDUE,
                score(weight, overdue_pressure(days_over, cadence)),
                f"{why}; {_last_touch_text(state, as_of)}",
                due,
                days_over,
            )
        )
        return found
    if -days_over <= prefs.due_window:
        when = (
            "today" if days_over == 0 else f"in {-days_over} days" if days_over < -1 else "tomorrow"
        )
        found.append(
            _Finding(
                Reason.DUE,
                score(weight, 0.9 * upcoming_pressure(-days_over, prefs.due_window)),
                f"due {when} ({cadence_text}); {_last_touch_text(state, as_of)}",
                due,
                days_over,
            )
        )
    three = _three_touch(state, as_of, prefs, weight, three_touch_circles)
    if three is not None:
        found.append(three)
    return found


def _is_lapsed(state: ContactState, as_of: dt.date, prefs: Preferences) -> bool:
    cadence = effective_cadence(state.circle, state.cadence_days, prefs)
    return cadence is not None and _lapsed(state, as_of, cadence, prefs)


def _lapsed(state: ContactState, as_of: dt.date, cadence: int, prefs: Preferences) -> bool:
    """A past relationship (touched at least once) left for ``lapsed_factor`` cadences."""
    if state.last_touch_on is None:
        return False
    return (as_of - state.last_touch_on).days > prefs.lapsed_factor * cadence


def _lapsed_finding(
    state: ContactState, as_of: dt.date, cadence: int, tie: PastTie | None
) -> _Finding:
    assert state.last_touch_on is not None
    strength = tie.strength() if tie is not None else 0.0
    since = (as_of - state.last_touch_on).days
    history = ""
    if tie is not None:
        history = f"; {plural(tie.touches, 'touch')} before, {tie.two_way} two-way"
    if tie is not None and tie.score_then is not None:
        history += f"; strength {tie.score_then} then"
    due = state.last_touch_on + dt.timedelta(days=cadence)
    return _Finding(
        Reason.LAPSED,
        score(CIRCLE_WEIGHT[state.circle], 1 + strength),
        f"lapsed: no touch since {state.last_touch_on.isoformat()} ({_span(since)}){history}",
        due,
        (as_of - due).days,
    )


def _birthday(
    state: ContactState,
    as_of: dt.date,
    prefs: Preferences,
    birthdays: Mapping[tuple[int, int], dt.date],
) -> _Finding | None:
    if state.birthday is None:
        return None
    day = birthdays.get((state.birthday.month, state.birthday.day))
    if day is None:
        return None
    days = (day - as_of).days
    age = state.birthday.age_on(day)
    turns = f" (turns {age})" if age is not None and age > 0 else ""
    when = "today" if days == 0 else "tomorrow" if days == 1 else f"on {day:%a %d %b}"
    weight = CIRCLE_WEIGHT[state.circle] + BIRTHDAY_BONUS
    pressure = upcoming_pressure(days, prefs.birthday_window)
    return _Finding(Reason.BIRTHDAY, score(weight, pressure), f"birthday {when}{turns}", day, None)


def _three_touch(
    state: ContactState,
    as_of: dt.date,
    prefs: Preferences,
    weight: float,
    circles: frozenset[Circle] = THREE_TOUCH_CIRCLES,
) -> _Finding | None:
    """Fewer than ``three_touch_min`` touches in 365 days, or a purpose missing that the
    touches without one cannot account for (seeds/001's 3-touch system; domain.practice)."""
    if state.circle not in circles or prefs.three_touch_min == 0:
        return None
    if (as_of - state.known_since).days < YEAR:
        return None
    mix = state.mix or TouchMix(state.touches_last_year)
    if not mix.short(prefs.three_touch_min):
        return None
    missing = max(
        prefs.three_touch_min - mix.touches, len(mix.missing()) - (mix.touches - mix.tagged), 1
    )
    gap = missing_text(mix) if state.mix is not None else ""
    return _Finding(
        Reason.THREE_TOUCH,
        score(weight, 0.8 * min(missing, prefs.three_touch_min) / prefs.three_touch_min),
        f"{mix.touches} of {prefs.three_touch_min} touches in the last 365 days "
        f"({_circle_text(state.circle)}){'; ' + gap if gap else ''}",
    )


def _anniversaries(
    state: ContactState,
    as_of: dt.date,
    prefs: Preferences,
    window: Mapping[tuple[int, int], dt.date],
) -> list[_Finding]:
    """An anniversary in the birthday window, scored as a birthday is (seeds/002: "Birthday
    and anniversary reminders")."""
    found = []
    for anniversary, day in anniversaries_in(state.anniversaries, dict(window)):
        days = (day - as_of).days
        years = anniversary.years_on(day)
        count = f" ({plural(years, 'year')})" if years else ""
        when = "today" if days == 0 else "tomorrow" if days == 1 else f"on {day:%a %d %b}"
        weight = CIRCLE_WEIGHT[state.circle] + BIRTHDAY_BONUS
        found.append(
            _Finding(
                Reason.ANNIVERSARY,
                score(weight, upcoming_pressure(days, prefs.birthday_window)),
                f"{anniversary.kind} anniversary {when}{count}",
                day,
                None,
            )
        )
    return found


def _circle_text(circle: Circle) -> str:
    return "no circle" if circle is Circle.NONE else f"{circle.value} circle"


def _last_touch_text(state: ContactState, as_of: dt.date) -> str:
    if state.last_touch_on is None:
        return f"never touched; known since {state.known_since.isoformat()}"
    days = (as_of - state.last_touch_on).days
    return f"last touch {state.last_touch_on.isoformat()} ({_span(days)} ago)"


def plural(count: int, noun: str) -> str:
    plural = noun + ("es" if noun.endswith(("ch", "s")) else "s")
    return f"{count} {noun if count == 1 else plural}"


def _span(days: int) -> str:
    if days < 60:
        return plural(days, "day")
    if days < 2 * YEAR:
        return f"{round(days / 30.4)} months"
    return f"{days / YEAR:.1f} years"
