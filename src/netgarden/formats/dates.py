"""Dates as exports write them: "07 Feb 2026", "1/8/18, 6:14 PM", "6-Feb-26",
"2025-10-06 23:49:02 UTC", "12/10/1815", "1815-12-10", "--03-15", "19800101"."""

from __future__ import annotations

import datetime as dt
import re

_FORMATS = (
    "%d %b %Y",
    "%d-%b-%y",
    "%d-%b-%Y",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%Y-%m-%d %H:%M:%S UTC",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d",
    "%m/%d/%Y",
    "%m/%d/%y",
    "%Y/%m/%d %H:%M:%S UTC",
    "%Y%m%d",
    "%b %d, %Y",
)


def parse_loose_date(text: str) -> dt.date | None:
    """The date in an export's date or timestamp, or ``None`` if it is not one."""
    value = " ".join(text.strip().split())
    if not value:
        return None
    value = re.sub(r"(?i)(\d)\s*([ap])\.?m\.?$", lambda m: f"{m[1]} {m[2].upper()}M", value)
    value = re.sub(r"Z$|[+-]\d{2}:?\d{2}$", "", value).strip()
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def parse_birthday_text(text: str) -> str | None:
    """A birthday in the store's canonical form (YYYY-MM-DD or --MM-DD), or ``None``."""
    value = text.strip()
    if not value or value in {"0/0/00", "00/00/0000", "1/1/1601"}:
        return None
    match = re.fullmatch(r"--(\d{2})-?(\d{2})", value)
    if match:
        return _birthday(int(match[1]), int(match[2]), None)
    day = parse_loose_date(value.split("T")[0]) if "T" in value else parse_loose_date(value)
    if day is None:
        return None
    return _birthday(day.month, day.day, day.year)


def _birthday(month: int, day: int, year: int | None) -> str | None:
    from netgarden.domain.values import Birthday

    try:
        return str(Birthday(month, day, year))
    except ValueError:
        return None
