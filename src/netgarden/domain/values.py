"""Value types and their parsers: circles, touch kinds, directions, dates, birthdays.

Every parser raises :class:`~netgarden.errors.InvalidValue` naming the field and the
accepted values, so any surface can show the message as it is.

Each list is defined here once (the ledger's kinds in :mod:`netgarden.domain.ledger`, the
preferences and their ranges in :mod:`netgarden.domain.preferences`); the CLI's help, the
API's schemas, the pages' choices and the preferences are built from these, and
``tests/test_lists.py`` checks that every surface and the README agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from netgarden.errors import InvalidValue


class Circle(StrEnum):
    """How close a relationship is; a circle sets the default cadence (seeds/002)."""

    INNER = "inner"
    MIDDLE = "middle"
    OUTER = "outer"
    NONE = "none"


CIRCLES: dict[str, Circle] = {circle.value: circle for circle in Circle}

# Free-text fields, by column name (ContactInput's fields of the same names set them).
TEXT_FIELDS: tuple[str, ...] = (
    "company", "title", "how_met", "met_at", "personal", "interests", "help_them", "help_me",
    "notes", "location", "industry", "function", "seniority",
)  # fmt: skip
# the free-text fields that may hold several lines (the rest are one line each)
MULTILINE_FIELDS = frozenset({"how_met", "personal", "interests", "help_them", "help_me", "notes"})
# How many people each circle holds (seeds/002's 150-50-15); "none" has no target.
CIRCLE_TARGETS: Mapping[Circle, int] = MappingProxyType(
    {Circle.INNER: 15, Circle.MIDDLE: 50, Circle.OUTER: 150}
)
# Each circle's default days between touches (seeds/002: monthly, quarterly, annually); the
# cadence_<circle> preferences start from these. "none" keeps no cadence.
CIRCLE_CADENCES: Mapping[Circle, int] = MappingProxyType(
    {Circle.INNER: 30, Circle.MIDDLE: 90, Circle.OUTER: 365}
)
# The longest span in days a cadence or a day-count setting takes (ten years).
MAX_DAYS = 3650


class TouchKind(StrEnum):
    COFFEE = "coffee"
    MEETING = "meeting"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"
    EMAIL = "email"
    EVENT = "event"
    INFORMATIONAL_INTERVIEW = "informational-interview"
    INTRO = "intro"
    OTHER = "other"


class Direction(StrEnum):
    """Who reached out: ``out`` I did, ``in`` they did, ``mutual`` both (met, talked)."""

    OUT = "out"
    IN = "in"
    MUTUAL = "mutual"


# Kinds where both sides are present; the others are written by one side.
_TWO_WAY_KINDS = frozenset(
    {
        TouchKind.COFFEE,
        TouchKind.MEETING,
        TouchKind.CALL,
        TouchKind.VIDEO,
        TouchKind.EVENT,
        TouchKind.INFORMATIONAL_INTERVIEW,
    }
)


def default_direction(kind: TouchKind) -> Direction:
    """Meetings and calls are mutual by nature; messages are assumed to be mine."""
    return Direction.MUTUAL if kind in _TWO_WAY_KINDS else Direction.OUT


E = TypeVar("E", bound=StrEnum)


def choices(enum: type[StrEnum]) -> str:
    """The accepted values as help and messages list them: ``a, b, c``."""
    return ", ".join(member.value for member in enum)


def _choice(enum: type[E], value: str, field: str) -> E:
    cleaned = value.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return enum(cleaned)
    except ValueError:
        accepted = choices(enum)
        raise InvalidValue(field, f"{value!r} is not accepted; use one of: {accepted}") from None


def parse_circle(value: str, field: str = "circle") -> Circle:
    return _choice(Circle, value, field)


def parse_kind(value: str, field: str = "kind") -> TouchKind:
    return _choice(TouchKind, value, field)


def parse_direction(value: str, field: str = "direction") -> Direction:
    return _choice(Direction, value, field)


_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def check_day(day: dt.date, field: str) -> dt.date:
    """Dates a network can hold (and count a year back from)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        message = f"{day.isoformat()} is out of range; use a date from 1900 to 2999"
        raise InvalidValue(field, message)
    return day


def parse_date(value: str, today: dt.date, field: str = "date") -> dt.date:
    """``YYYY-MM-DD``, ``today``, ``yesterday`` or ``tomorrow``."""
    text = value.strip().lower()
    if text in _RELATIVE_DAYS:
        return today + dt.timedelta(days=_RELATIVE_DAYS[text])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return check_day(dt.date.fromisoformat(text), field)
        except ValueError:
            pass
    raise InvalidValue(
        field, f"{value!r} is not a date; use YYYY-MM-DD (e.g. 2026-03-14), today or yesterday"
    )


@dataclass(frozen=True, order=True)
class Birthday:
    """A birthday; the year is optional (vCard's ``--MM-DD``)."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 2000 is a leap year, so 29 February is valid without a year.
        dt.date(self.year or 2000, self.month, self.day)

    def __str__(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def on_year(self, year: int) -> dt.date:
        """The day it is celebrated in ``year``: 29 February falls on the 28th in common years."""
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return dt.date(year, 2, 28)

    def next_on_or_after(self, day: dt.date) -> dt.date:
        this_year = self.on_year(day.year)
        return this_year if this_year >= day else self.on_year(day.year + 1)

    def age_on(self, day: dt.date) -> int | None:
        if self.year is None:
            return None
        # counted from the day it is celebrated, so 29 February turns a year older on the 28th
        return day.year - self.year - (1 if day < self.on_year(day.year) else 0)


# Birthdays reach further back than the network's dates: people are born before they meet.
FIRST_BIRTH_YEAR = 1800


def parse_birthday(value: str, field: str = "birthday") -> Birthday:
    """``YYYY-MM-DD``, or ``MM-DD`` / ``--MM-DD`` when the year is unknown; a year from
    1800 to 2999 (calendars cannot hold a yearly event from year 9999 on)."""
    text = value.strip()
    match = re.fullmatch(r"(?:(\d{4})-|--)?(\d{1,2})-(\d{1,2})", text)
    try:
        if match is None:
            raise ValueError
        year = int(match[1]) if match[1] else None
        birthday = Birthday(int(match[2]), int(match[3]), year)
    except ValueError:
        raise InvalidValue(
            field, f"{value!r} is not a birthday; use YYYY-MM-DD, or MM-DD when the year is unknown"
        ) from None
    if year is not None and not FIRST_BIRTH_YEAR <= year <= LAST_DAY.year:
        raise InvalidValue(
            field, f"{text} is out of range; use a year from {FIRST_BIRTH_YEAR} to {LAST_DAY.year}"
        )
    return birthday


def parse_birthday_stored(value: str | None) -> Birthday | None:
    """Read a birthday as the store keeps it (``str(Birthday)``); ``None`` stays ``None``.

    The stored form is canonical, so fixed slices read it: the agenda reads every contact's.
    """
    if not value:
        return None
    if len(value) == 10 and value[4] == "-" and value[:4].isdigit():
        return Birthday(int(value[5:7]), int(value[8:10]), int(value[:4]))
    if len(value) == 7 and value.startswith("--"):
        return Birthday(int(value[2:4]), int(value[5:7]))
    return parse_birthday(value, "birthday")


def parse_positive_days(value: int | str, field: str) -> int:
    if isinstance(value, str):
        text = value.strip()
        digits = text.removeprefix("-")
        if not (digits.isascii() and digits.isdigit()):
            raise InvalidValue(field, f"{value!r} is not a whole number of days")
        value = int(text)
    if value < 1 or value > MAX_DAYS:
        message = f"{value} is out of range; use a number of days from 1 to {MAX_DAYS}"
        raise InvalidValue(field, message)
    return value


# One length limit per kind of text, on every path: the CLI, the API's schemas, the pages
# and imports all check these.
NAME_MAX = 300
SHORT_MAX = 300
LONG_MAX = 20_000
LINKEDIN_MAX = 500
SHORT_TEXT = (
    "company", "title", "met_at", "location", "industry", "function", "seniority", "role",
)  # fmt: skip
LONG_TEXT = ("how_met", "personal", "interests", "help_them", "help_me", "notes", "note")


def text_limit(field: str) -> int:
    """The most characters ``field`` may hold."""
    if field == "name":
        return NAME_MAX
    if field in ("linkedin", "linkedin_url"):
        return LINKEDIN_MAX
    return SHORT_MAX if field in SHORT_TEXT else LONG_MAX


def check_length(field: str, value: str | None) -> str | None:
    """``value`` when it fits ``field``'s limit; too long is an InvalidValue."""
    limit = text_limit(field)
    if value is not None and len(value) > limit:
        raise InvalidValue(field, f"{len(value):,} characters; at most {limit:,}")
    return value


MAX_ID = 2**63 - 1  # the largest id SQLite (and PostgreSQL's bigint) can hold


def parse_id(text: str) -> int | None:
    """``12`` or ``#12`` as an id; ``None`` when it is not one (``²`` is a digit to Python,
    not an id; a number past 2^63 names nothing)."""
    digits = text.strip().removeprefix("#")
    if not (digits.isascii() and digits.isdigit()):
        return None
    return int(digits)
