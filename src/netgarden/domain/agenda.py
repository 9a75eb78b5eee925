"""Today's agenda: who to reach out to, and why, most valuable action first.

Reasons, per contact (one item per contact; its other reasons are kept in ``also``):

- ``overdue``: the cadence ran out; ranked by circle weight times how far past the cadence
  (capped at one whole cadence), so an inner-circle contact 60% past comes before an outer
  one 14% past.
- ``due``: the cadence runs out within ``due_window`` days.
- ``birthday``: a birthday within ``birthday_window`` days; today's ranks highest.
- ``three-touch``: an inner or middle relationship known for a year with fewer than
  ``three_touch_min`` touches in the last 365 days (seeds/001's 3-touch system).
- ``lapsed``: an outer or uncircled past relationship untouched for ``lapsed_factor``
  cadences; only the ``lapsed_limit`` most valuable (by circle and past strength) are
  suggested each day (seeds/002: "reach out to 3 dormant connections").

A lapsed inner or middle tie is never hidden among those few: it stays ``overdue``, its
``why`` saying it has lapsed (DESIGN: "Lapsed inner and middle ties are never hidden").
"Lapsed" is about time; "dormant" is a strength band (domain.strength), about the score.

"A touch" is a logged touch, and, with ``gives_count_as_touches``, a give, a receive or a
made introduction too (seeds/001: the third touch is "a value-providing interaction"); the
caller folds those into ``last_touch_on`` and ``touches_last_year``. An ask never does.

- ``follow-up``: an introduction I am making has waited too long in its state (proposed 2
  days, asked 3, made 14: ``domain.network.FOLLOW_UP_AFTER``); the item's person is the one
  to act with (A while proposed or asked-a, B when asked-b, A to hear how it went).

A snoozed contact keeps only its birthday until the snooze ends: a birthday cannot wait.

One agenda of mixed items: each item has a ``subject`` (a contact, an introduction; later a
task or a planned meeting) and the person to act with (``contact_id``, ``name``). One item per
subject; a person may appear once as a contact and again for an introduction. All items rank
by one score: circle weight (inner 3, middle 2, outer 1, none 0.5; a follow-up weighs 2)
times how pressing the item is (see each reason).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from netgarden.domain.cadence import effective_cadence, next_due_on
from netgarden.domain.preferences import Preferences
from netgarden.domain.values import Birthday, Circle

YEAR = 365


class Reason(StrEnum):
    OVERDUE = "overdue"
    DUE = "due"
    BIRTHDAY = "birthday"
    THREE_TOUCH = "three-touch"
    LAPSED = "lapsed"
    FOLLOW_UP = "follow-up"


class SubjectType(StrEnum):
    CONTACT = "contact"
    INTRODUCTION = "introduction"


@dataclass(frozen=True, slots=True)
class Subject:
    """What an agenda item is about."""

    type: SubjectType
    id: int


CIRCLE_WEIGHT: Mapping[Circle, float] = {
    Circle.INNER: 3.0,
    Circle.MIDDLE: 2.0,
    Circle.OUTER: 1.0,
    Circle.NONE: 0.5,
}

THREE_TOUCH_CIRCLES = frozenset({Circle.INNER, Circle.MIDDLE})
# circles whose lapsed ties are always on the agenda, as overdue
NEVER_HIDDEN = frozenset({Circle.INNER, Circle.MIDDLE})
ASKS_OUTRUN_GIVES = "asks-outrun-gives"


@dataclass(frozen=True, slots=True)
class ContactState:
    """What the agenda needs to know of one active (not archived) contact."""

    id: int
    name: str
    company: str | None
    circle: Circle
    cadence_days: int | None
    known_since: dt.date
    last_touch_on: dt.date | None
    touches_last_year: int
    birthday: Birthday | None = None
    snoozed_until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PastTie:
    """How strong a lapsed relationship used to be: its touches, how many were two-way, and
    (when known) its strength score as it stood at the last touch."""

    touches: int
    two_way: int
    score_then: int | None = None

    def strength(self) -> float:
        """0..1: the strength score at the last touch when known; otherwise two-way touches
        count fully, one-way ones a little, saturating near 20."""
        if self.score_then is not None:
            return self.score_then / 100
        weighted = self.two_way + 0.25 * (self.touches - self.two_way)
        return min(1.0, math.log1p(weighted) / math.log1p(20))


@dataclass(frozen=True, slots=True)
class AgendaItem:
    contact_id: int
    name: str
    company: str | None
    circle: Circle
    reason: Reason
    why: str
    score: float
    due_on: dt.date | None = None
    days_overdue: int | None = None
    last_touch_on: dt.date | None = None
    also: tuple[Reason, ...] = field(default=())
    # "asks-outrun-gives": the value ledger says I have asked more than I have given
    flags: tuple[str, ...] = field(default=())
    subject: Subject | None = None  # None: the contact itself

    @property
    def about(self) -> Subject:
        return self.subject or Subject(SubjectType.CONTACT, self.contact_id)


@dataclass(frozen=True, slots=True)
class PendingIntro:
    """An introduction I am making that has not finished, as the agenda needs it."""

    id: int
    state: str
    waited_days: int  # since it entered its state
    wait_days: int  # how long that state may wait (FOLLOW_UP_AFTER)
    act_with: int  # the contact to act with now
    act_with_name: str
    other_name: str


FOLLOW_UP_WEIGHT = 2.0
_FOLLOW_UP_ACTION = {
    "proposed": "ask {who} whether they would like to meet {other}",
    "asked-a": "{who} has not answered about meeting {other}; follow up",
    "asked-b": "{other} said yes; {who} has not answered, follow up",
    "made": "ask {who} how meeting {other} went",
}


def follow_up_items(pending: Iterable[PendingIntro]) -> list[AgendaItem]:
    """Introductions that have waited past their state's limit, as agenda items."""
    items = []
    for intro in pending:
        over = intro.waited_days - intro.wait_days
        if over < 0:
            continue
        who, other = intro.act_with_name, intro.other_name
        action = _FOLLOW_UP_ACTION.get(intro.state, "follow up").format(who=who, other=other)
        why = (
            f"introduction #{intro.id} {intro.state} for {_plural(intro.waited_days, 'day')} "
            f"(follow up after {intro.wait_days}): {action}"
        )
        score = FOLLOW_UP_WEIGHT * (1 + min(over / max(intro.wait_days, 1), 1.0))
        items.append(
            AgendaItem(
                contact_id=intro.act_with,
                name=who,
                company=None,
                circle=Circle.NONE,
                reason=Reason.FOLLOW_UP,
                why=why,
                score=round(score, 4),
                days_overdue=over,
                subject=Subject(SubjectType.INTRODUCTION, intro.id),
            )
        )
    return items


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


def build_agenda(
    states: Iterable[ContactState],
    as_of: dt.date,
    prefs: Preferences,
    past_ties: Mapping[int, PastTie] | None = None,
    limit: int | None = None,
    asks_outrun_gives: frozenset[int] = frozenset(),
    every_lapsed: bool = False,
    others: Iterable[AgendaItem] = (),
) -> list[AgendaItem]:
    """Rank everything worth doing today; the first item is the most valuable action.
    ``every_lapsed`` keeps every lapsed tie instead of the few worth reviving (for counts);
    ``others`` are items about other subjects (introductions), ranked with the rest."""
    ties = past_ties or {}
    birthdays = birthday_window(as_of, prefs)
    items: list[AgendaItem] = []
    lapsed: list[AgendaItem] = []
    for state in states:
        findings = _findings(state, as_of, prefs, ties, birthdays)
        if not findings:
            continue
        findings.sort(key=lambda f: -f.score)
        flags = (ASKS_OUTRUN_GIVES,) if state.id in asks_outrun_gives else ()
        item = _item(state, findings[0], tuple(f.reason for f in findings[1:]), flags)
        (lapsed if item.reason is Reason.LAPSED else items).append(item)
    lapsed.sort(key=_rank)
    items.extend(lapsed if every_lapsed else lapsed[: prefs.lapsed_limit])
    items.extend(others)
    items.sort(key=_rank)
    return items if limit is None else items[:limit]


def _rank(item: AgendaItem) -> tuple[float, str, int, str, int]:
    about = item.about
    return (-item.score, item.name.casefold(), item.contact_id, about.type.value, about.id)


def _item(
    state: ContactState, top: _Finding, also: tuple[Reason, ...], flags: tuple[str, ...]
) -> AgendaItem:
    return AgendaItem(
        contact_id=state.id,
        name=state.name,
        company=state.company,
        circle=state.circle,
        reason=top.reason,
        why=top.why,
        score=round(top.score, 4),
        due_on=top.due_on,
        days_overdue=top.days_overdue,
        last_touch_on=state.last_touch_on,
        also=also,
        flags=flags,
    )


def _findings(
    state: ContactState,
    as_of: dt.date,
    prefs: Preferences,
    ties: Mapping[int, PastTie],
    birthdays: Mapping[tuple[int, int], dt.date],
) -> list[_Finding]:
    found: list[_Finding] = []
    birthday = _birthday(state, as_of, prefs, birthdays)
    if birthday is not None:
        found.append(birthday)
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
        past = min(days_over / cadence, 1.0)
        share = round(100 * days_over / cadence)
        why = f"{_plural(days_over, 'day')} overdue ({share}% past {cadence_text})"
        if lapsed:  # past two cadences a percentage says little; the time untouched says it
            cadences = _plural(prefs.lapsed_factor, "cadence")
            why = f"lapsed: more than {cadences} untouched ({cadence_text})"
        found.append(
            _Finding(
                Reason.OVERDUE,
                weight * (1 + past),
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
        closeness = 1 - (-days_over) / (prefs.due_window + 1)
        found.append(
            _Finding(
                Reason.DUE,
                weight * 0.9 * closeness,
                f"due {when} ({cadence_text}); {_last_touch_text(state, as_of)}",
                due,
                days_over,
            )
        )
    three = _three_touch(state, as_of, prefs, weight)
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
        history = f"; {_plural(tie.touches, 'touch')} before, {tie.two_way} two-way"
    if tie is not None and tie.score_then is not None:
        history += f"; strength {tie.score_then} then"
    due = state.last_touch_on + dt.timedelta(days=cadence)
    return _Finding(
        Reason.LAPSED,
        CIRCLE_WEIGHT[state.circle] * (1 + strength),
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
    score = (2 + CIRCLE_WEIGHT[state.circle]) * (1 - days / (prefs.birthday_window + 1))
    return _Finding(Reason.BIRTHDAY, score, f"birthday {when}{turns}", day, None)


def _three_touch(
    state: ContactState, as_of: dt.date, prefs: Preferences, weight: float
) -> _Finding | None:
    if state.circle not in THREE_TOUCH_CIRCLES or prefs.three_touch_min == 0:
        return None
    if (as_of - state.known_since).days < YEAR:
        return None
    missing = prefs.three_touch_min - state.touches_last_year
    if missing <= 0:
        return None
    return _Finding(
        Reason.THREE_TOUCH,
        weight * 0.8 * missing / prefs.three_touch_min,
        f"{state.touches_last_year} of {prefs.three_touch_min} touches in the last 365 days "
        f"({_circle_text(state.circle)})",
    )


def _circle_text(circle: Circle) -> str:
    return "no circle" if circle is Circle.NONE else f"{circle.value} circle"


def _last_touch_text(state: ContactState, as_of: dt.date) -> str:
    if state.last_touch_on is None:
        return f"never touched; known since {state.known_since.isoformat()}"
    days = (as_of - state.last_touch_on).days
    return f"last touch {state.last_touch_on.isoformat()} ({_span(days)} ago)"


def _plural(count: int, noun: str) -> str:
    plural = noun + ("es" if noun.endswith(("ch", "s")) else "s")
    return f"{count} {noun if count == 1 else plural}"


def _span(days: int) -> str:
    if days < 60:
        return _plural(days, "day")
    if days < 2 * YEAR:
        return f"{round(days / 30.4)} months"
    return f"{days / YEAR:.1f} years"
