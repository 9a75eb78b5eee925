"""The prep sheet of an event, in seeds/002's order (Research, then Prepare), and when to
arrive (seeds/004). Pure: the event, its targets and my profile are arguments.

The order: the research questions answered from data; the goal; each target with a
conversation starter; openers, joining and exit lines *before* any pitch (seeds/004: don't
start by pitching yourself); my 30/60/120-second pitches; the arrival plan; the follow-up
dates. Fewer than 3 or more than 5 targets is flagged in seeds/002's words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from netgarden.domain.followups import STEPS
from netgarden.domain.seed_texts import (
    ARRIVE_EARLY,
    ARRIVE_LATE,
    ATTENDEE_OPENER,
    DONT_PITCH,
    EXIT_LINES,
    HOW_CAN_I_HELP,
    JOIN_LINE,
    OPENERS,
    PITCH_FORMULA,
    RESEARCH_QUESTIONS,
    TARGETS_ADVICE,
    Quote,
)

FEWEST_TARGETS, MOST_TARGETS = 3, 5
SMALL_EVENT = 100  # seeds/004's "fairly small networking event"
LATE_MINUTES = 50  # seeds/004: starts at 7:00, "arrive at 7:50"
SMALL_FORMATS = frozenset({"meetup", "mixer"})
NO_ARRIVAL_ADVICE = frozenset({"conference", "webinar"})


class TargetSource(StrEnum):
    ATTENDEE_LIST = "attendee-list"
    SPEAKER_LIST = "speaker-list"


@dataclass(frozen=True, slots=True)
class Target:
    contact_id: int
    name: str
    title: str | None
    company: str | None
    how_met: str | None
    interests: str | None
    source: str | None
    starter: str | None  # stored by the user
    warm_path: str | None  # "via A → B", the best warm path when there is one


@dataclass(frozen=True, slots=True)
class EventFacts:
    name: str
    on: dt.date
    start: str | None
    format: str
    virtual: bool
    size: int | None
    topics: str | None
    organizer: str | None
    goal: int
    companies: tuple[str, ...]  # of the people recorded at the event


@dataclass(frozen=True, slots=True)
class Pitch:
    seconds: int
    text: str | None
    built: bool  # made from the formula, not stored
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    question: Quote
    answer: str


@dataclass(frozen=True, slots=True)
class PreparedTarget:
    target: Target
    starter: str
    starter_from: str  # "stored", "attendee list (seeds/004)", "interests", "opener"


@dataclass(frozen=True, slots=True)
class Arrival:
    advice: str
    quote: Quote | None


@dataclass(frozen=True)
class PrepSheet:
    research: tuple[Answer, ...]
    goal: int
    targets: tuple[PreparedTarget, ...]
    warnings: tuple[str, ...]
    openers: tuple[Quote, ...]
    join: Quote
    exits: tuple[Quote, ...]
    dont_pitch: tuple[Quote, ...]
    pitches: tuple[Pitch, ...]
    arrival: Arrival
    follow_ups: tuple[tuple[str, dt.date, Quote], ...]
    order: tuple[str, ...] = field(
        default=("research", "goal", "targets", "openers", "pitches", "arrival", "follow-ups")
    )


def target_warnings(count: int) -> list[str]:
    """seeds/002's "Prepare 3-5 target connections", when the count is outside it."""
    if count < FEWEST_TARGETS:
        return [f"{count} target{'s' if count != 1 else ''}: {TARGETS_ADVICE.cited()}"]
    if count > MOST_TARGETS:
        return [f"{count} targets, more than 5: {TARGETS_ADVICE.cited()}"]
    return []


def arrival_plan(
    format: str, virtual: bool, start: str | None, size: int | None, attendee_target: bool
) -> Arrival:
    """When to arrive (seeds/004): at the start if a target is on the attendee list; at a
    small local meetup or mixer, about 50 minutes after the start; conferences and webinars
    (and anything online) get no such advice."""
    if virtual or format in NO_ARRIVAL_ADVICE:
        where = "online" if virtual or format == "webinar" else "a conference"
        return Arrival(f"no arrival advice for {where}: join when it starts", None)
    at = f" ({start})" if start else ""
    if attendee_target:
        return Arrival(f"arrive at the very beginning{at}: a target is on the attendee list",
                       ARRIVE_EARLY)  # fmt: skip
    if format in SMALL_FORMATS and (size is None or size <= SMALL_EVENT):
        return Arrival(f"arrive about {LATE_MINUTES} minutes after the start{_later(start)}",
                       ARRIVE_LATE)  # fmt: skip
    return Arrival(f"arrive when it starts{at}", None)


def _later(start: str | None) -> str:
    if not start:
        return ""
    hours, minutes = (int(p) for p in start.split(":"))
    total = hours * 60 + minutes + LATE_MINUTES
    return f" ({total // 60 % 24:02d}:{total % 60:02d})"


def starter_for(target: Target) -> tuple[str, str]:
    """The stored starter; else seeds/004's attendee-list opener for a target found there;
    else one built from their interests; else a universal opener."""
    if target.starter:
        return target.starter, "stored"
    first = target.name.split()[0] if target.name.split() else target.name
    if target.source == TargetSource.ATTENDEE_LIST.value:
        about = f"you work at {target.company}" if target.company else "your work"
        return (f"Hi {first}, I noticed your name in the list of attendees and I really wanted "
                f"to talk with you: I saw {about}.", "attendee list (seeds/004)")  # fmt: skip
    if target.interests:
        interest = target.interests.split(",")[0].strip()
        return f"{first}, what are you working on in {interest} these days?", "interests"
    return OPENERS[3].text, "opener (seeds/002)"


def pitch_30(profile: dict[str, str | None]) -> Pitch:
    """The stored 30-second pitch, or one built with seeds/002's formula (who you are + what
    you do + interesting hook), saying which parts are missing rather than inventing them."""
    if profile.get("pitch_30"):
        return Pitch(30, profile["pitch_30"], False)
    missing = []
    who = profile.get("name")
    if not who:
        missing.append("who you are (name)")
    what = profile.get("what")
    if not what:
        missing.append("what you do")
    hook = profile.get("hook")
    if not hook:
        missing.append("interesting hook")
    role = " at ".join(p for p in (profile.get("title"), profile.get("company")) if p)
    parts = []
    if who:
        parts.append(f"I'm {who}" + (f", {role}" if role else "") + ".")
    if what:
        parts.append(f"I {what.rstrip('.')}." if not what[:1].isupper() else f"{what.rstrip('.')}.")
    if hook:
        parts.append(hook[:1].upper() + hook[1:] + ("" if hook.endswith((".", "!", "?")) else "."))
    return Pitch(30, " ".join(parts) or None, True, tuple(missing))


def _stored(seconds: int, text: str | None, what: str) -> Pitch:
    return Pitch(seconds, text, False, () if text else (what,))


def build_sheet(
    event: EventFacts, targets: list[Target], profile: dict[str, str | None]
) -> PrepSheet:
    """The whole sheet, in order."""
    prepared = tuple(PreparedTarget(t, *starter_for(t)) for t in targets)
    listed = [t for t in targets if t.source]
    attending = ", ".join(t.name for t in listed) or "none of your targets is on a list yet"
    research = (
        Answer(RESEARCH_QUESTIONS[0], attending),
        Answer(RESEARCH_QUESTIONS[1], ", ".join(event.companies) or "not known yet"),
        Answer(RESEARCH_QUESTIONS[2], event.topics or "not known yet"),
        Answer(RESEARCH_QUESTIONS[3], ", ".join(t.name for t in targets) or "no targets yet"),
    )
    pitches = (
        pitch_30(profile),
        _stored(60, profile.get("pitch_60"), "60-second pitch"),
        _stored(120, profile.get("pitch_120"), "2-minute pitch"),
    )
    attendee = any(t.source == TargetSource.ATTENDEE_LIST.value for t in targets)
    follow = tuple((s.kind.value, event.on + dt.timedelta(days=s.days), s.quote) for s in STEPS)
    return PrepSheet(
        research=research, goal=event.goal, targets=prepared,
        warnings=tuple(target_warnings(len(targets))), openers=OPENERS, join=JOIN_LINE,
        exits=EXIT_LINES, dont_pitch=(DONT_PITCH, HOW_CAN_I_HELP), pitches=pitches,
        arrival=arrival_plan(event.format, event.virtual, event.start, event.size, attendee),
        follow_ups=follow,
    )  # fmt: skip


__all__ = ["ATTENDEE_OPENER", "PITCH_FORMULA", "build_sheet"]
