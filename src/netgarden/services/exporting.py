"""Exporting the network (vCard, CSV, JSON backup, iCalendar, Markdown) and restoring a
backup. Files are written atomically."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from netgarden.domain.views import ContactView
from netgarden.errors import InvalidValue, UserError
from netgarden.fileio import atomic_folder, atomic_write, refuse_special
from netgarden.services.contacts import contact_view
from netgarden.services.database import Unit

EXPORT_FORMATS = ("vcard", "csv", "json", "ics", "markdown")


def export_contacts(unit: Unit, today: dt.date, with_touches: bool = False) -> list[ContactView]:
    prefs = unit.preferences()
    emails = unit.contacts.grouped("emails")
    phones = unit.contacts.grouped("phones")
    tags = unit.contacts.grouped("tags")
    last = unit.contacts.last_touches()
    given = unit.ledger.last_value_on()
    timelines = unit.touches.all_timelines() if with_touches else {}
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
        )
        for c in unit.contacts.everyone()
    ]


def export_network(
    unit: Unit, fmt: str, out: Path | None, version: str, today: dt.date
) -> bytes | None:
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
    data = _render(unit, fmt, version, today)
    if out is None:
        return data
    atomic_write(out, data)
    return None


def _render(unit: Unit, fmt: str, version: str, today: dt.date) -> bytes:
    if fmt == "json":
        from netgarden.store.backup import dump
        from netgarden.store.schema import HEAD

        return dump(unit.session, unit.workspace_id, HEAD).encode("utf-8")
    contacts = export_contacts(unit, today)
    if fmt == "vcard":
        from netgarden.formats import vcard_write

        if version not in vcard_write.VERSIONS:
            raise InvalidValue("version", f"{version!r}: use 4.0 or 3.0")
        return vcard_write.write(contacts, version).encode("utf-8")
    if fmt == "csv":
        from netgarden.formats import table_write

        return table_write.write(contacts).encode("utf-8")
    from netgarden.formats import ics_write
    from netgarden.services.plans import calendar_plans

    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return ics_write.write(contacts, today, stamp, calendar_plans(unit))


def markdown_files(unit: Unit, today: dt.date) -> dict[str, str]:
    """The Markdown vault: relative path → text."""
    from netgarden.formats import markdown_write

    return markdown_write.write(export_contacts(unit, today, with_touches=True), today)


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
