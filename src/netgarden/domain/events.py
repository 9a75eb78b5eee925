"""Events: what one is (its format, access, my role), its life (planned, attended, skipped),
and the values it is given by. Pure: ``today`` is an argument.

Seeds 001, 002 and 004 run events as a practice: set a goal (seeds/002: "meet 3 people",
the default), go, meet people, follow up (``domain.followups``), and later keep only the
series that give valuable people (seeds/004). Hosting, speaking and volunteering count as
going (seeds/001 and 002: host networking events).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import TypeVar

from netgarden.domain.seed_texts import MEET_GOAL
from netgarden.domain.values import choices
from netgarden.errors import InvalidValue


class EventFormat(StrEnum):
    CONFERENCE = "conference"
    MEETUP = "meetup"
    MIXER = "mixer"
    WORKSHOP = "workshop"
    LECTURE = "lecture"
    WEBINAR = "webinar"
    TRADE_SHOW = "trade-show"
    OTHER = "other"


class Access(StrEnum):
    """Who may come: seeds/004 prefers closed, paid, community and small ticketed events."""

    OPEN = "open"
    CLOSED = "closed"
    PAID = "paid"
    TICKETED = "ticketed"
    COMMUNITY = "community"


class EventRole(StrEnum):
    """What I am there as; a host, a speaker and a volunteer attend too."""

    ATTENDEE = "attendee"
    HOST = "host"
    SPEAKER = "speaker"
    VOLUNTEER = "volunteer"


class EventStatus(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    SKIPPED = "skipped"


class PersonRole(StrEnum):
    """How a contact belongs to an event: someone I want to meet there, someone I met,
    a speaker, an organizer."""

    TARGET = "target"
    MET = "met"
    SPEAKER = "speaker"
    ORGANIZER = "organizer"


# seeds/002 "For Introverts": "Set a goal (meet 3 people)"
DEFAULT_GOAL = 3
GOAL_QUOTE = MEET_GOAL
MAX_GOAL = 1000
MAX_SIZE = 1_000_000
SERIES_MAX = 200

E = TypeVar("E", bound=StrEnum)


def _choice(enum: type[E], value: str, field: str) -> E:
    cleaned = value.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return enum(cleaned)
    except ValueError:
        raise InvalidValue(
            field, f"{value!r} is not accepted; use one of: {choices(enum)}"
        ) from None


def parse_format(value: str, field: str = "format") -> EventFormat:
    return _choice(EventFormat, value, field)


def parse_access(value: str, field: str = "access") -> Access:
    return _choice(Access, value, field)


def parse_role(value: str, field: str = "role") -> EventRole:
    return _choice(EventRole, value, field)


def parse_start(value: str, field: str = "start") -> str:
    """A start time as ``HH:MM`` (24-hour); ``7:00`` becomes ``07:00``."""
    match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", value.strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise InvalidValue(field, f"{value!r} is not a time; use HH:MM, 24-hour (e.g. 18:30)")
    return f"{int(match[1]):02d}:{match[2]}"


def parse_count(value: int | str, field: str, most: int, least: int = 1) -> int:
    """A whole number from ``least`` to ``most`` (people expected, people to meet)."""
    if isinstance(value, str):
        text = value.strip()
        if not (text.isascii() and text.isdigit() and len(text) <= 9):
            raise InvalidValue(field, f"{value!r} is not a whole number")
        value = int(text)
    if not least <= value <= most:
        raise InvalidValue(field, f"{value} is out of range; use a number from {least} to {most}")
    return value


def check_status(
    current: EventStatus, wanted: EventStatus, on: dt.date, today: dt.date, met: int
) -> EventStatus:
    """``wanted`` if an event on ``on`` with ``met`` people met may take it today."""
    if wanted is current:
        return wanted
    if wanted is EventStatus.ATTENDED and on > today:
        raise InvalidValue(
            "status", f"the event is on {on.isoformat()}; mark it attended on or after that day"
        )
    if wanted is EventStatus.SKIPPED and met:
        people = "1 person" if met == 1 else f"{met} people"
        raise InvalidValue("status", f"you met {people} there, so it was attended")
    if wanted is EventStatus.PLANNED and on < today:
        raise InvalidValue(
            "status", f"the event was on {on.isoformat()}; mark it attended or skipped"
        )
    return wanted


def status_after_meeting(current: EventStatus, on: dt.date, today: dt.date) -> EventStatus:
    """Meeting someone at an event means I went: it is attended from then on. People are
    met at an event that has happened, not at one still to come."""
    if on > today:
        raise InvalidValue(
            "event", f"the event is on {on.isoformat()}; record people met on or after that day"
        )
    return EventStatus.ATTENDED if current is not EventStatus.ATTENDED else current
