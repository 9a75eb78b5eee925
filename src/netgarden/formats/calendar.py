"""Reading calendar files (.ics): each meeting occurrence with its attendees, as a
:class:`Meeting` for the rules of ``domain.file_touches`` to judge.

The well-kept libraries do the hard parts: icalendar parses (and maps Windows time-zone
names such as "Eastern Standard Time" to IANA ones), x-wr-timezone applies Google's
``X-WR-TIMEZONE`` to floating times, recurring-ical-events expands recurrences with their
overrides (``RECURRENCE-ID``) and exclusions (``EXDATE``). A calendar is a few megabytes at
most, so it is read whole; a mailbox never is (see ``formats.mail``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from netgarden.formats.records import FormatError, Skipped

# how far ahead occurrences are expanded: enough to count the meetings still to come
AHEAD = dt.timedelta(days=366)


@dataclass(frozen=True)
class Attendee:
    email: str | None
    name: str | None
    status: str  # ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION…


@dataclass
class Meeting:
    file: str
    line: int
    uid: str
    start: dt.datetime | dt.date  # a date alone: an all-day event
    summary: str | None
    where: str  # location, URL, conferencing links and description, to tell the kind
    cancelled: bool
    organizer: str | None
    attendees: list[Attendee] = field(default_factory=list)
    owner: str | None = None  # the calendar's owner, when the file says (Google: X-WR-CALNAME)

    @property
    def key(self) -> str:
        """UID + the occurrence's start (its RECURRENCE-ID): one key per occurrence."""
        return f"{self.uid}/{self.start.isoformat()}"


def parse(fp: BinaryIO, name: str, now: dt.datetime) -> Iterator[Meeting | Skipped]:
    """Every occurrence from the calendar's first one to a year after ``now``."""
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    raw = fp.read()
    text = _decode(raw, name)
    try:
        calendar = icalendar.Calendar.from_ical(text)
        if calendar.get("X-WR-TIMEZONE"):  # Google's zone for floating times
            calendar = x_wr_timezone.to_standard(calendar)
    except (ValueError, KeyError, IndexError) as problem:
        raise FormatError(name, f"not a calendar that can be read ({problem})") from None
    owner = _email(str(calendar.get("X-WR-CALNAME") or "")) or None
    lines = _event_lines(text)
    start = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
    try:
        occurrences = recurring_ical_events.of(calendar).between(start, now + AHEAD)
    except Exception as problem:  # the library's own errors for a broken RRULE, among others
        raise FormatError(
            name, f"an event in it cannot be read ({problem}); export the calendar again"
        ) from None
    for event in occurrences:
        uid = str(event.get("UID") or "")
        yield _meeting(event, name, lines.get(uid, 1), owner)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        raise FormatError(name, "not a calendar: it has no BEGIN:VCALENDAR")
    return text


def _event_lines(text: str) -> dict[str, int]:
    """Each UID's line in the file, for skipped rows and touches to point at."""
    found: dict[str, int] = {}
    begin = 1
    for number, line in enumerate(text.splitlines(), 1):
        upper = line[:16].upper()
        if upper.startswith("BEGIN:VEVENT"):
            begin = number
        elif upper.startswith("UID:"):
            found.setdefault(line[4:].strip(), begin)
    return found


def _meeting(event: Any, name: str, line: int, owner: str | None) -> Meeting:
    start = event.get("DTSTART").dt
    attendees = event.get("ATTENDEE") or []  # the event's own: an alarm's are its recipients
    if not isinstance(attendees, list):
        attendees = [attendees]
    where = " ".join(
        str(event.get(key) or "")
        for key in ("LOCATION", "URL", "CONFERENCE", "X-GOOGLE-CONFERENCE", "DESCRIPTION")
    )
    organizer = event.get("ORGANIZER")
    return Meeting(
        file=name,
        line=line,
        uid=str(event.get("UID") or ""),
        start=start,
        summary=str(event.get("SUMMARY")) if event.get("SUMMARY") else None,
        where=where,
        cancelled=str(event.get("STATUS") or "").upper() == "CANCELLED",
        organizer=_email(str(organizer)) if organizer else None,
        attendees=[_attendee(a) for a in attendees],
        owner=owner,
    )


def _attendee(value: Any) -> Attendee:
    params = getattr(value, "params", {})
    return Attendee(
        email=_email(str(value)),
        name=str(params.get("CN")).strip() or None if params.get("CN") else None,
        status=str(params.get("PARTSTAT") or "NEEDS-ACTION").upper(),
    )


def _email(value: str) -> str | None:
    from netgarden.formats.records import is_email

    text = value.strip()
    if text[:7].casefold() == "mailto:":
        text = text[7:]
    return text.casefold() if is_email(text) else None
