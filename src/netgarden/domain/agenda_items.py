"""What an agenda is made of: its items, their subjects, and the one rule that scores them.

Every item scores ``weight * pressure`` (``score``):

- weight: how much the person or thing matters. A contact weighs its circle's weight (inner 3,
  middle 2, outer 1, none 0.5), and 2 more on a birthday (a birthday cannot wait); a subject
  that is not a contact (an introduction, a task, a planned meeting) weighs ``SUBJECT_WEIGHT``.
- pressure: how pressing it is today, at most 2. Past its date: 1 plus the share of its period
  it has run over, capped at 1 (``overdue_pressure``); a lapsed tie: 1 plus how strong it
  used to be; coming within a window: its closeness (``upcoming_pressure``), times 0.9 for a
  cadence coming due; too few touches this year: 0.8 times the share missing.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from netgarden.domain.practice import Anniversary, TouchMix
from netgarden.domain.values import Birthday, Circle

YEAR = 365


class Reason(StrEnum):
    OVERDUE = "overdue"
    DUE = "due"
    BIRTHDAY = "birthday"
    THREE_TOUCH = "three-touch"
    LAPSED = "lapsed"
    FOLLOW_UP = "follow-up"
    PLANNED = "planned"  # a planned meeting on its day, or asking whether it happened
    ANNIVERSARY = "anniversary"  # issue 15: a work (or other) anniversary, like a birthday
    CONGRATULATE = "congratulate"  # issue 16: a new role, accepted from a job change


class SubjectType(StrEnum):
    CONTACT = "contact"
    INTRODUCTION = "introduction"
    TASK = "task"
    MEETING = "meeting"  # a planned meeting
    JOB_CHANGE = "job-change"  # issue 16: an accepted job change to congratulate on
    TEAM_ASK = "team-ask"  # a teammate asks me for an introduction (issue 19)


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
WEEK_PICK = "week-pick"  # a flag: one of this ISO week's dormant picks (issue 15)


@dataclass(frozen=True, slots=True)
class Routines:
    """The seeds' routines the agenda follows (issue 15): which circles the three-touch
    system covers, and this week's dormant picks (``None``: none made yet; the agenda
    then suggests the ``lapsed_limit`` most valuable lapsed ties) with how many of them
    were reached since Monday."""

    three_touch_circles: frozenset[Circle] = THREE_TOUCH_CIRCLES
    picks: tuple[int, ...] | None = None
    reached: int = 0


# circles whose lapsed ties are always on the agenda, as overdue
NEVER_HIDDEN = frozenset({Circle.INNER, Circle.MIDDLE})
ASKS_OUTRUN_GIVES = "asks-outrun-gives"

# a subject that is not a contact (an introduction, a task, a planned meeting)
SUBJECT_WEIGHT = 2.0
BIRTHDAY_BONUS = 2.0


def score(weight: float, pressure: float) -> float:
    """The one ranking rule: how much it matters times how pressing it is."""
    return round(weight * pressure, 4)


def overdue_pressure(days_over: int, period: int) -> float:
    """1 on the day it falls due, growing to 2 once it has run a whole period over."""
    return 1 + min(max(days_over, 0) / max(period, 1), 1.0)


def upcoming_pressure(days_until: int, window: int) -> float:
    """Near 1 on the day, falling towards 0 at the far end of the window."""
    return 1 - days_until / (window + 1)


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
    # issue 15: anniversaries near, and the purposes of the year's touches
    anniversaries: tuple[Anniversary, ...] = ()
    mix: TouchMix | None = None


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
