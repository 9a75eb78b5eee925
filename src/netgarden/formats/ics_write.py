"""Upcoming follow-ups, birthdays and planned meetings as all-day VEVENTs (Google and
Outlook ignore to-dos).

UIDs are stable (``followup-<id>@netgarden``, ``birthday-<id>@netgarden``,
``plan-<workspace>-<id>@netgarden``), so importing the file again updates events instead of
doubling them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from netgarden.domain.values import parse_birthday_stored
from netgarden.domain.views import ContactView

HORIZON_DAYS = 365
# The contact's fields an event carries (an allowlist; besides the name, circle, cadence and
# due date): a column added later is not written until named here.
FIELDS = ("birthday",)


def write(
    contacts: Iterable[ContactView], today: dt.date, stamp: dt.datetime,
    plans: Iterable[Any] = (),
) -> bytes:  # fmt: skip
    """``plans``: objects with ``uid``, ``on``, ``title`` and ``description``."""
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
    for plan in plans:
        event = Event()
        event.add("uid", plan.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", plan.on)
        event.add("dtend", plan.on + dt.timedelta(days=1))
        event.add("summary", plan.title)
        event.add("description", plan.description)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
