"""Exporting the network (vCard, CSV, JSON backup, iCalendar, Markdown) and restoring a
backup. Files are written atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netgarden.domain.views import ContactView
from netgarden.errors import InvalidValue, UserError
from netgarden.fileio import atomic_folder, atomic_write, refuse_special
from netgarden.services.contacts import contact_view
from netgarden.services.database import Unit

if TYPE_CHECKING:
    from netgarden.formats import ics_write

EXPORT_FORMATS = ("vcard", "csv", "json", "ics", "markdown", "handover")
# the calendar's events: how far back they are kept, how long a timed one lasts
HISTORY_DAYS = 365
EVENT_MINUTES = 120


def export_contacts(unit: Unit, today: dt.date, with_touches: bool = False) -> list[ContactView]:
    prefs = unit.preferences()
    emails = unit.contacts.grouped("emails")
    phones = unit.contacts.grouped("phones")
    tags = unit.contacts.grouped("tags")
    last = unit.contacts.last_touches()
    given = unit.ledger.last_value_on()
    timelines = unit.touches.all_timelines() if with_touches else {}
    from netgarden.services.routines import anniversaries_of

    anniversaries = anniversaries_of(unit)
    return [
        contact_view(
            c,
            prefs=prefs,
            today=today,
            emails=emails.get(c.id, []),
            phones=phones.get(c.id, []),
            tags=tags.get(c.id, []),
            last_touch_on=last.get(c.id),
            touches=timelines.get(c.id, []),
            last_value_on=given.get(c.id),
            anniversaries=anniversaries.get(c.id),
        )
        for c in unit.contacts.everyone()
    ]


def export_network(
    unit: Unit, fmt: str, out: Path | None, version: str, today: dt.date,
    with_contact_details: bool = False,
) -> bytes | None:  # fmt: skip
    """Write the export to ``out`` atomically; without ``out``, return its bytes."""
    if fmt not in EXPORT_FORMATS:
        raise InvalidValue(
            "export_format", f"{fmt!r} is not a format; use one of: {', '.join(EXPORT_FORMATS)}"
        )
    if out is not None and fmt != "markdown" and out.is_dir() and not out.is_symlink():
        raise InvalidValue(
            "out", f"{out} is a folder; give a file name, e.g. {out / ('network.' + fmt)}"
        )
    if out is not None:  # before the work of rendering it
        refuse_special(out, folder=fmt == "markdown")
    if fmt == "markdown":
        if out is None:
            raise InvalidValue("out", "a Markdown export writes a folder; give a folder")
        from netgarden.formats.markdown_write import AREA_NOTE

        atomic_folder(out, markdown_files(unit, today), AREA_NOTE)
        return None
    if fmt == "json":  # streamed table by table: memory stays flat at any size (issue 18)
        chunks = _backup_chunks(unit)
        if out is None:
            return b"".join(chunks)
        atomic_write(out, chunks)
        return None
    if fmt == "handover":  # issue 13: services/handover.py
        from netgarden.services.handover import handover_bytes

        data = handover_bytes(unit, today, with_contact_details)
    else:
        data = _render(unit, fmt, version, today)
    if out is None:
        return data
    atomic_write(out, data)
    return None


def _backup_chunks(unit: Unit) -> Iterator[bytes]:
    from netgarden.store.backup import dump_chunks
    from netgarden.store.schema import HEAD

    for text in dump_chunks(unit.session, unit.workspace_id, HEAD):
        yield text.encode("utf-8")


def _render(unit: Unit, fmt: str, version: str, today: dt.date) -> bytes:
    contacts = export_contacts(unit, today)
    if fmt == "vcard":
        from netgarden.formats import vcard_write

        if version not in vcard_write.VERSIONS:
            raise InvalidValue("version", f"{version!r}: use 4.0 or 3.0")
        return vcard_write.write(contacts, version).encode("utf-8")
    if fmt == "csv":
        from netgarden.formats import table_write

        return table_write.write(contacts).encode("utf-8")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return bytes(build_calendar(unit, today, stamp, contacts=contacts).to_ical())


def build_calendar(
    unit: Unit,
    today: dt.date,
    stamp: dt.datetime,
    zone: str | None = None,
    contacts: list[ContactView] | None = None,
) -> Any:
    """The network's calendar (an icalendar ``Calendar``), for the ICS export and the
    calendar feed alike: each contact's next follow-up and birthday, open follow-up tasks,
    and events; event times in ``zone`` (default: this computer's)."""
    from netgarden.formats import ics_write
    from netgarden.settings import local_zone

    if contacts is None:
        contacts = export_contacts(unit, today)
    entries = [*task_entries(unit), *event_entries(unit, today), *plan_entries(unit)]
    entries += anniversary_entries(contacts, today)  # issue 15
    return ics_write.calendar(contacts, today, stamp, entries, zone or local_zone())


def anniversary_entries(contacts: list[ContactView], today: dt.date) -> list[ics_write.Entry]:
    """Each active contact's anniversaries, yearly all-day events like birthdays (seeds/002:
    "Birthday and anniversary reminders"); UIDs ``anniversary-<id>-<kind>@netgarden``."""
    from netgarden.domain.values import parse_birthday_stored
    from netgarden.formats.ics_write import Entry

    entries = []
    for c in contacts:
        if c.archived:
            continue
        for text in c.anniversaries:
            kind, _, stored = text.partition(":")
            day = parse_birthday_stored(stored)
            if day is None:
                continue
            first = day.on_year(day.year) if day.year else day.next_on_or_after(today)
            entries.append(Entry(f"anniversary-{c.id}-{kind}@netgarden",
                                 f"{c.name}'s {kind} anniversary", first, yearly=True))  # fmt: skip
    return entries


def task_entries(unit: Unit) -> list[ics_write.Entry]:
    """Open follow-up tasks (of people not archived), each on its due day."""
    from netgarden.domain.followups import STEP, TaskKind
    from netgarden.formats.ics_write import Entry

    entries = []
    for t in unit.tasks.listing(open_only=True, active_only=True):
        step = STEP.get(TaskKind(t.kind)) if t.kind in set(TaskKind) else None
        what = step.action if step else t.kind
        after = f" after {t.event_name}" if t.event_name else ""
        entries.append(
            Entry(
                f"task-{t.id}@netgarden",
                f"{t.name}: {what}",
                t.due_on,
                f"Follow-up{after} ({t.rule}); netgarden done {t.id} when it is done",
            )
        )
    return entries


def plan_entries(unit: Unit) -> list[ics_write.Entry]:
    """Planned meetings (issue 12), all day on their day, with their stable UIDs."""
    from netgarden.formats.ics_write import Entry
    from netgarden.services.plans import calendar_plans

    return [Entry(p.uid, p.title, p.on, p.description) for p in calendar_plans(unit)]


def event_entries(unit: Unit, today: dt.date) -> list[ics_write.Entry]:
    """Events not skipped from a year back on, at their start time when they have one."""
    from netgarden.formats.ics_write import Entry

    entries = []
    for e in unit.events.listing():
        if e.status == "skipped" or e.occurred_on < today - dt.timedelta(days=HISTORY_DAYS):
            continue
        start = dt.time.fromisoformat(e.starts_at) if e.starts_at else None
        where = "online" if e.virtual else e.format
        entries.append(
            Entry(f"event-{e.id}@netgarden", e.name, e.occurred_on, f"{where}, {e.status}",
                  start, EVENT_MINUTES)
        )  # fmt: skip
    return entries


def markdown_files(unit: Unit, today: dt.date) -> dict[str, str]:
    """The Markdown vault: relative path → text."""
    from netgarden.formats import markdown_write
    from netgarden.formats.markdown_write import note_names
    from netgarden.services.area import area_facts

    contacts = export_contacts(unit, today, with_touches=True)
    names = note_names(contacts)
    inner = sorted((c for c in contacts if c.circle == "inner" and not c.archived),
                   key=lambda c: c.name.casefold())  # fmt: skip
    facts = area_facts(unit, today, [names[c.id] for c in inner])
    return markdown_write.write(contacts, facts)


@dataclass(frozen=True)
class Restored:
    """What a restore brought back, in the things a user keeps (emails, tags and the
    people in each touch come along with these)."""

    contacts: int
    touches: int
    ledger_entries: int
    links: int
    introductions: int
    settings: int


def restore_backup(unit: Unit, path: Path) -> Restored:
    from netgarden.store.backup import BackupError, load

    if path.is_dir():
        raise UserError(f"{path}: a folder; give the backup file made by `netgarden export json`")
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    if unit.contacts.count() or unit.touches.count():
        raise UserError("restore needs an empty database; restore into a new database file")
    try:
        counts = load(unit.session, unit.workspace_id, path.read_text(encoding="utf-8"))
    except BackupError as exc:
        raise UserError(f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise UserError(
            f"{path}: not a text file; give a backup made by `netgarden export json`"
        ) from None
    unit.search.rebuild()
    return Restored(
        contacts=counts["contacts"],
        touches=counts["touches"],
        ledger_entries=counts["ledger_entries"],
        links=counts["links"],
        introductions=counts["introductions"],
        settings=counts["preferences"],
    )
