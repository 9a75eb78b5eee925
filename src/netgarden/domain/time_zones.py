"""Time zones (issue 13; seeds/001 and 002 "global networking"): a contact's IANA zone,
their local time, and the working hours we share (09:00-17:00 in each zone, in mine).

A zone is offered from a phone number when its country code has a single zone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from netgarden.errors import InvalidValue

WORK_START, WORK_END = 9, 17


def parse_time_zone(value: str, field: str = "time_zone") -> str:
    """An IANA zone name (``Europe/Berlin``), as the zone database spells it."""
    text = value.strip()
    if not text or ("/" not in text and text != "UTC"):
        raise InvalidValue(
            field, f"{value!r} is not a time zone; use an IANA name like Europe/Berlin"
        )
    known = {name.casefold(): name for name in available_timezones()}
    name = known.get(text.casefold())
    if name is None:
        raise InvalidValue(
            field, f"{value!r} is not a time zone; use an IANA name like Europe/Berlin"
        )
    return name


def zone_from_phone(e164: str | None) -> str | None:
    """The zone of a phone number's country when the country has one zone; else ``None``."""
    if not e164:
        return None
    import phonenumbers
    from phonenumbers.tzdata import TIMEZONE_DATA

    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return None
    zones = TIMEZONE_DATA.get(str(number.country_code), ())
    return zones[0] if len(zones) == 1 else None


def local_time(zone: str, now_utc: dt.datetime) -> dt.datetime:
    """``now_utc`` (naive UTC) in ``zone``."""
    try:
        return now_utc.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(zone))
    except ZoneInfoNotFoundError:
        raise InvalidValue("time_zone", f"{zone!r} is not a time zone") from None


def shared_hours(mine: str, theirs: str, day: dt.date) -> tuple[str, str] | None:
    """The working hours both sides share on ``day``, in my zone (``("15:00", "17:00")``);
    ``None`` when they do not overlap."""

    def window(zone: str) -> tuple[dt.datetime, dt.datetime]:
        tz = ZoneInfo(zone)
        start = dt.datetime.combine(day, dt.time(WORK_START), tz)
        return start, dt.datetime.combine(day, dt.time(WORK_END), tz)

    my_start, my_end = window(mine)
    their_start, their_end = window(theirs)
    start, end = max(my_start, their_start), min(my_end, their_end)
    if start >= end:
        return None
    tz = ZoneInfo(mine)
    return start.astimezone(tz).strftime("%H:%M"), end.astimezone(tz).strftime("%H:%M")
