"""Quick capture: "lunch with Jordan yesterday about mentoring" → a kind, who, when, and
what about.

Pure: it proposes; the surface asks the user to confirm before anything is logged. ``today``
is an argument. Days: ``today``, ``yesterday``, a weekday (``on Tuesday``, ``last Tuesday``:
the most recent one before today, never in the future) or an ISO date (``2026-11-30``).
People: after ``with``, ``to``, ``from``, ``met``, ``called``…, one name or several ("with
Sam and Elena", "with Sam, Elena and Bo").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from netgarden.domain.values import TouchKind

# words people type → the touch kind they mean
KIND_WORDS: dict[str, TouchKind] = {
    "coffee": TouchKind.COFFEE, "lunch": TouchKind.COFFEE, "breakfast": TouchKind.COFFEE,
    "dinner": TouchKind.COFFEE, "drinks": TouchKind.COFFEE, "tea": TouchKind.COFFEE,
    "meeting": TouchKind.MEETING, "met": TouchKind.MEETING, "meet": TouchKind.MEETING,
    "call": TouchKind.CALL, "called": TouchKind.CALL, "phone": TouchKind.CALL,
    "video": TouchKind.VIDEO, "zoom": TouchKind.VIDEO, "meet.": TouchKind.VIDEO,
    "message": TouchKind.MESSAGE, "messaged": TouchKind.MESSAGE, "dm": TouchKind.MESSAGE,
    "texted": TouchKind.MESSAGE, "linkedin": TouchKind.MESSAGE,
    "email": TouchKind.EMAIL, "emailed": TouchKind.EMAIL, "mail": TouchKind.EMAIL,
    "event": TouchKind.EVENT, "conference": TouchKind.EVENT, "meetup": TouchKind.EVENT,
    "interview": TouchKind.INFORMATIONAL_INTERVIEW,
    "informational": TouchKind.INFORMATIONAL_INTERVIEW,
    "intro": TouchKind.INTRO, "introduced": TouchKind.INTRO,
}  # fmt: skip

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WHEN = re.compile(
    r"(?:\b(?:on|last)\s+)?\b(?P<when>today|yesterday|" + "|".join(WEEKDAYS)
    + r"|\d{4}-\d{1,2}-\d{1,2})\b",
    re.IGNORECASE,
)  # fmt: skip
_WHO = re.compile(
    r"\b(?:(?:met|called|emailed|messaged|texted)(?:\s+with)?|with|to|from)\s+"
    r"(?P<who>.+?)(?=\s+(?:about|re|regarding|on|at|for)\b|[.;:]|$)",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*(?:,|\band\b|&)\s*", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|re|regarding)\b[:\s]+(?P<note>.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Capture:
    kind: TouchKind | None
    people: list[str] = field(default_factory=list)  # the names as typed, in order
    on: dt.date | None = None  # the day it happened; None when the text names no day
    note: str | None = None
    bad_date: str | None = None  # an ISO-looking date that is no date (2026-02-30)


def parse_capture(text: str, today: dt.date) -> Capture:
    """What a line of text most likely means; the day is worked out from ``today``."""
    words = re.findall(r"[\w.]+", text.casefold())
    kind = next((KIND_WORDS[w] for w in words if w in KIND_WORDS), None)
    on, bad_date = None, None
    when = _WHEN.search(text)
    if when:
        on = day_named(when["when"], today)
        bad_date = None if on else when["when"]
        text = f"{text[: when.start()]} {text[when.end() :]}"
    text = " ".join(text.split())
    who = _WHO.search(text)
    about = _ABOUT.search(text)
    note = about["note"].strip() if about else None
    if note is None and who is None:
        note = text.strip() or None
    people = _names(who["who"]) if who else []
    return Capture(kind, people, on, note, bad_date)


def day_named(words: str, today: dt.date) -> dt.date | None:
    """The day ``today``, ``yesterday``, a weekday (the last one before today) or an ISO
    date names; None when an ISO-looking date is no date."""
    said = words.casefold()
    if said == "today":
        return today
    if said == "yesterday":
        return today - dt.timedelta(days=1)
    if said in WEEKDAYS:
        back = (today.weekday() - WEEKDAYS.index(said)) % 7 or 7
        return today - dt.timedelta(days=back)
    year, month, day = (int(part) for part in said.split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _names(who: str) -> list[str]:
    """ "Sam and Elena" → both; "Sam, Elena and Bo" → all three; "Priya, talked" → Priya
    (a comma lists people only when an "and" ends the list)."""
    if "," in who and not re.search(r"\b(?:and)\b|&", who, re.IGNORECASE):
        who = who.split(",", 1)[0]
    return [name for name in _AND.split(who) if name.strip()]
