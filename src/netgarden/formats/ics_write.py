"""Upcoming follow-ups and birthdays as all-day VEVENTs (Google and Outlook ignore to-dos),
and other dated things (follow-up tasks, events) given as :class:`Entry`.

UIDs are stable (``followup-<id>@netgarden``, ``birthday-<id>@netgarden``, an entry's own), so
importing the file again updates events instead of doubling them. A timed entry is written in
its time zone (``TZID`` and the zone's ``VTIMEZONE``), so every calendar shows it at its hour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from netgarden.domain.values import parse_birthday_stored
from netgarden.domain.views import ContactView

HORIZON_DAYS = 365
# The contact's fields an event carries (an allowlist; besides the name, circle, cadence and
# due date): a column added later is not written until named here.
FIELDS = ("birthday",)


@dataclass(frozen=True)
class Entry:
    """A dated thing as a VEVENT: all day, or from ``start`` (local time in the calendar's
    zone) for ``minutes``."""

    uid: str
    summary: str
    on: dt.date
    description: str | None = None
    start: dt.time | None = None
    minutes: int = 60
    yearly: bool = False  # an anniversary (issue 15): repeats every year


def write(
    contacts: Iterable[ContactView],
    today: dt.date,
    stamp: dt.datetime,
    entries: Iterable[Entry] = (),
    zone: str = "UTC",
) -> bytes:
    return bytes(calendar(contacts, today, stamp, entries, zone).to_ical())


def calendar(
    contacts: Iterable[ContactView],
    today: dt.date,
    stamp: dt.datetime,
    entries: Iterable[Entry] = (),
    zone: str = "UTC",
) -> Any:
    """The icalendar ``Calendar``: the contacts' follow-ups and birthdays, then ``entries``."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//netgarden//follow-ups and birthdays//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "netgarden")
    for contact in contacts:
        if contact.archived:
            continue
        due = contact.next_due_on
        if due is not None and due <= today + dt.timedelta(days=HORIZON_DAYS):
            event = Event()
            day = max(due, today)
            event.add("uid", f"followup-{contact.id}@netgarden")
            event.add("dtstamp", stamp)
            event.add("dtstart", day)
            event.add("dtend", day + dt.timedelta(days=1))
            event.add("summary", f"Reach out to {contact.name}")
            late = f" (due since {due.isoformat()})" if due < today else ""
            event.add(
                "description", f"{contact.circle} circle, every {contact.cadence_days} days{late}"
            )
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
        birthday = parse_birthday_stored(contact.only(FIELDS)["birthday"])
        if birthday is not None:
            event = Event()
            # a year no calendar reaches (stored before years were checked): as if unknown
            first = (
                birthday.on_year(birthday.year)
                if birthday.year and birthday.year < dt.MAXYEAR
                else birthday.next_on_or_after(today)
            )
            event.add("uid", f"birthday-{contact.id}@netgarden")
            event.add("dtstamp", stamp)
            event.add("dtstart", first)
            event.add("dtend", first + dt.timedelta(days=1))
            event.add("rrule", {"freq": "yearly"})
            event.add("summary", f"{contact.name}'s birthday")
            event.add("transp", "TRANSPARENT")
            calendar.add_component(event)
    for entry in entries:
        calendar.add_component(_entry_event(entry, stamp, zone))
    if zone != "UTC":
        calendar.add("x-wr-timezone", zone)
        calendar.add_missing_timezones()
    return calendar


def _entry_event(entry: Entry, stamp: dt.datetime, zone: str) -> Any:
    from zoneinfo import ZoneInfo

    from icalendar import Event

    event = Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    if entry.start is None:
        event.add("dtstart", entry.on)
        event.add("dtend", entry.on + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    else:
        begins = dt.datetime.combine(entry.on, entry.start, tzinfo=ZoneInfo(zone))
        event.add("dtstart", begins)
        event.add("dtend", begins + dt.timedelta(minutes=entry.minutes))
    if entry.yearly:
        event.add("rrule", {"freq": "yearly"})
    event.add("summary", entry.summary)
    if entry.description:
        event.add("description", entry.description)
    return event
