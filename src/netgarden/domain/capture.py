"""Quick capture: "coffee with Priya about evals" → a kind, who, and what about.

Pure: it proposes; the surface asks the user to confirm before anything is logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

_WHO = re.compile(
    r"\b(?:with|to|from|and)\s+(?P<who>.+?)(?=\s+(?:about|re|regarding|on|at|for)\b|[,.;:]|$)",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"\b(?:about|re|regarding)\b[:\s]+(?P<note>.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Capture:
    kind: TouchKind | None
    who: str | None
    note: str | None


def parse_capture(text: str) -> Capture:
    words = re.findall(r"[\w.]+", text.casefold())
    kind = next((KIND_WORDS[w] for w in words if w in KIND_WORDS), None)
    who_match = _WHO.search(text)
    about = _ABOUT.search(text)
    who = who_match["who"].strip() if who_match else None
    note = about["note"].strip() if about else None
    if note is None and who_match is None:
        note = text.strip() or None
    return Capture(kind, who or None, note)
