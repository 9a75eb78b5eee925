"""Jinja filters the design system's macros use: a readable date, initials, an avatar colour."""

from __future__ import annotations

import datetime as dt
import re
import zlib
from typing import Any

AVATAR_HUES = 8  # the avatar-0 … avatar-7 colour pairs of static/tokens.css


def day(value: dt.date | str | None, year: bool = True) -> str:
    """A date as people read it: ``2 Dec 2026`` (``2 Dec`` without the year). The API and
    the inputs keep ISO; pages show this. A value that is not a date shows as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            when = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    else:
        when = value
    shown = f"{when.day} {when:%b}"
    return f"{shown} {when.year}" if year else shown


ISO_DAY = re.compile(r"(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d-])")


def days_in(text: str | None) -> str:
    """A sentence the services wrote (an agenda item's why) with its ISO dates as ``day``
    shows them: "last touch 2025-05-04" → "last touch 4 May 2025". The CLI and the API keep
    the sentence as it is; what is not a real date stays as it is."""
    return ISO_DAY.sub(lambda m: day(m.group(1)), text or "")


def initials(name: str) -> str:
    """Up to two letters: the first and the last word's (``Priya Raman`` → ``PR``)."""
    words = [w for w in re.split(r"[\s\-_.]+", name or "") if w and w[0].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def avatar_hue(name: str) -> int:
    """The same name always gets the same of the eight avatar colours."""
    return zlib.crc32((name or "").strip().casefold().encode()) % AVATAR_HUES


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-") or "x"


def register(filters: dict[str, Any]) -> None:
    filters.update(day=day, days_in=days_in, initials=initials, avatar_hue=avatar_hue, slug=slug)
