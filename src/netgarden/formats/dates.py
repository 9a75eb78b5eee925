"""Dates as exports write them: "07 Feb 2026", "1/8/18, 6:14 PM", "6-Feb-26",
"2025-10-06 23:49:02 UTC", "12/10/1815", "1815-12-10", "--03-15", "19800101"."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

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


@lru_cache(maxsize=65536)
def parse_loose_date(text: str) -> dt.date | None:
    """The date in an export's date or timestamp, or ``None`` if it is not one.

    Cached: an export repeats the same few thousand days across its rows."""
    value = " ".join(text.strip().split())
    if not value:
        return None
    fast = _fast(value)
    if fast is not None:
        return fast
    value = re.sub(r"(?i)(\d)\s*([ap])\.?m\.?$", lambda m: f"{m[1]} {m[2].upper()}M", value)
    value = re.sub(r"Z$|[+-]\d{2}:?\d{2}$", "", value).strip()
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{2}|\d{4})")
_US = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,? .*)?")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


def _fast(value: str) -> dt.date | None:
    """The common shapes, read directly (strptime costs ~20 µs a try, per format)."""
    try:
        if match := _ISO.fullmatch(value):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if (match := _DAY_MONTH_YEAR.fullmatch(value)) and match[2].lower() in _MONTHS:
            return dt.date(_year(match[3]), _MONTHS[match[2].lower()], int(match[1]))
        if match := _US.fullmatch(value):
            return dt.date(_year(match[3]), int(match[1]), int(match[2]))
    except ValueError:
        return None
    return None


def _year(text: str) -> int:
    """Two-digit years as strptime reads them: 69-99 are 1900s, 00-68 are 2000s."""
    if len(text) == 4:
        return int(text)
    return int(text) + (1900 if int(text) >= 69 else 2000)


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
