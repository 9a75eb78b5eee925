"""The routines of the seeds (issue 15): the three-touch system by purpose, anniversaries and
the ISO week the weekly dormant picks belong to. Pure: no I/O.

- **Purposes** (seeds/001, "The 3-Touch System"): touch 1 is a professional update or an
  opportunity shared (``update``), touch 2 a personal check-in or a celebration
  (``personal``), touch 3 a value-providing interaction (``value``). A logged touch may say
  its purpose (``log``'s purpose); a give says it by its kind (``GIVE_PURPOSES``): a referral
  is an opportunity shared, a recognition a celebration, the rest are value.
- **Three-touch**: a relationship in the chosen circles (the ``three_touch_circles`` setting)
  is short when it had fewer than ``three_touch_min`` touches in 365 days, or when a purpose
  is missing that its touches without a purpose cannot account for.
- **Anniversaries** (seeds/002: "Birthday and anniversary reminders"): ``KIND:DATE`` with
  the date written as a birthday is (the year may be unknown).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from netgarden.domain.values import Birthday, Circle, choices, parse_birthday
from netgarden.errors import InvalidValue


class Purpose(StrEnum):
    UPDATE = "update"
    PERSONAL = "personal"
    VALUE = "value"


# the words a screen uses for each purpose (seeds/001's touch 1, 2 and 3)
PURPOSE_WORDS = {
    Purpose.UPDATE: "professional update",
    Purpose.PERSONAL: "personal check-in",
    Purpose.VALUE: "value",
}

# a give's kind → the touch it is (referral → update, recognition → personal, else value)
GIVE_PURPOSES = {
    "referral": Purpose.UPDATE,
    "recognition": Purpose.PERSONAL,
    "introduction": Purpose.VALUE,
    "knowledge": Purpose.VALUE,
    "advice": Purpose.VALUE,
    "support": Purpose.VALUE,
    "feedback": Purpose.VALUE,
}


def parse_purpose(value: str, field: str = "purpose") -> Purpose:
    word = value.strip().lower()
    try:
        return Purpose(word)
    except ValueError:
        raise InvalidValue(
            field, f"{value!r} is not a purpose; use one of: {choices(Purpose)}"
        ) from None


@dataclass(frozen=True, slots=True)
class TouchMix:
    """A relationship's touches in the last 365 days: how many, and the purposes they had."""

    touches: int
    purposes: frozenset[Purpose] = frozenset()
    tagged: int = 0  # how many of the touches said their purpose

    def missing(self) -> list[Purpose]:
        """The purposes not yet covered, in seeds/001's order."""
        return [p for p in Purpose if p not in self.purposes]

    def short(self, minimum: int) -> bool:
        """Too few touches, or a purpose missing that the untagged touches cannot cover."""
        if minimum == 0:
            return False
        if self.touches < minimum:
            return True
        if minimum < len(Purpose) or not self.tagged:
            return False
        return len(self.missing()) > self.touches - self.tagged


def missing_text(mix: TouchMix) -> str:
    """``missing: personal check-in, value`` (empty when all three are there)."""
    missing = mix.missing()
    return "missing: " + ", ".join(PURPOSE_WORDS[p] for p in missing) if missing else ""


DEFAULT_THREE_TOUCH_CIRCLES = "inner,middle"


def parse_circles(raw: str, field: str = "three_touch_circles") -> frozenset[Circle]:
    """``inner,middle`` → the circles; ``all`` is every circle and none (seeds/001: "each
    network member"); empty → the default."""
    text = raw.strip().lower() or DEFAULT_THREE_TOUCH_CIRCLES
    if text == "all":
        return frozenset(Circle)
    found = []
    for word in (w.strip() for w in text.replace(";", ",").split(",")):
        try:
            found.append(Circle(word))
        except ValueError:
            raise InvalidValue(
                field, f"{word!r} is not a circle; use some of: {choices(Circle)}, or all"
            ) from None
    return frozenset(found)


def circles_text(circles: Collection[Circle]) -> str:
    """The stored form: the circles in their usual order, separated by commas."""
    return ",".join(c.value for c in Circle if c in circles)


# --- anniversaries ---------------------------------------------------------------------
KIND = re.compile(r"[a-z][a-z0-9-]{0,39}")


@dataclass(frozen=True, slots=True)
class Anniversary:
    kind: str  # work, wedding, company…
    day: Birthday  # the year may be unknown

    def years_on(self, day: dt.date) -> int | None:
        return self.day.age_on(day)

    def __str__(self) -> str:
        return f"{self.kind}:{self.day}"


def parse_anniversary(value: str, field: str = "anniversary") -> tuple[str, Birthday | None]:
    """``work:2019-12-01`` → ("work", the day); ``work:`` → ("work", None), to remove it."""
    kind, colon, day = value.partition(":")
    kind = kind.strip().lower()
    if not colon or not KIND.fullmatch(kind):
        raise InvalidValue(
            field,
            f"{value!r} is not an anniversary; use KIND:YYYY-MM-DD, e.g. work:2019-12-01 "
            "(KIND: to remove one)",
        )
    if not day.strip():
        return kind, None
    return kind, parse_birthday(day, field)


def anniversaries_in(
    found: Iterable[Anniversary], window: dict[tuple[int, int], dt.date]
) -> list[tuple[Anniversary, dt.date]]:
    """The anniversaries celebrated in a window (``birthday_window``'s (month, day) → day)."""
    return sorted(
        ((a, day) for a in found if (day := window.get((a.day.month, a.day.day))) is not None),
        key=lambda pair: (pair[1], pair[0].kind),
    )


# --- the ISO week ------------------------------------------------------------------------
def week_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())
