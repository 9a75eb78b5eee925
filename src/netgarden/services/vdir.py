"""Two-way sync with a vdir: a folder of ``.vcf`` files, one contact each (khard's,
vdirsyncer's and Radicale's storage), so phones and CardDAV servers sync through tools
people already trust.

Per card, the last sync's state (store/sync_state.py) says which side changed since:
- only the file: the contact takes the card's values;
- only netgarden: the file is written again (its foreign ``X-`` lines kept);
- both (a conflict): netgarden's fields are kept, the card's differing values are added to
  the contact's notes (never silently lost), and netgarden's card is written;
- the file is gone: the contact is archived; the contact is archived: the file moves to
  ``.archived/`` in the vdir (never deleted, on either side);
- a new file: a new contact (or the contact it names by UID or shares an email with); a new
  contact: a new file.
A sync that finds nothing changed writes nothing, to the folder or to the database.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netgarden.domain.views import ContactView
from netgarden.errors import InvalidValue, NetgardenError
from netgarden.services.contacts import ContactInput, add_contact, edit_contact, set_archived
from netgarden.services.database import Unit
from netgarden.services.vdir_cards import (
    NETGARDEN_UID,
    CardFile,
    as_edit,
    differences,
    digest,
    own_digest,
    read_card,
    render,
)
from netgarden.store.sync_state import SyncedCard, SyncStateRepo

ARCHIVED = ".archived"


@dataclass
class SyncReport:
    """What a sync did (or, dry, would do), by contact name; ``skipped`` by file."""

    folder: str
    dry_run: bool
    imported: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @property
    def changes(self) -> int:
        return sum(len(v) for k, v in self.__dict__.items() if isinstance(v, list))


class _Sync:
    def __init__(self, unit: Unit, folder: Path, now: dt.datetime, today: dt.date, dry: bool):
        from netgarden.services.exporting import export_contacts

        self.unit, self.folder, self.now, self.today, self.dry = unit, folder, now, today, dry
        self.key = str(folder.resolve())
        self.state = SyncStateRepo(unit.session, unit.workspace_id)
        self.contacts = {c.id: c for c in export_contacts(unit, today)}
        self.report = SyncReport(str(folder), dry)
        self.unreadable: set[str] = set()

    def run(self) -> SyncReport:
        files = self._files()
        known = self.state.cards(self.key)
        linked: set[int] = set()
        for uid, before in known.items():
            if uid in self.unreadable:  # left as it is until it can be read again
                linked.add(before.contact_id)
                continue
            found = files.pop(uid, None)
            if self._known(before, found):
                linked.add(before.contact_id)
            elif found is not None:
                files[uid] = found  # its contact is gone: the card is new again
        for uid, found in sorted(files.items()):
            contact_id = self._new_card(uid, found, linked)
            if contact_id is not None:
                linked.add(contact_id)
        for contact in self.contacts.values():
            if contact.id not in linked and not contact.archived:
                uid = f"{NETGARDEN_UID}{contact.id}"
                self._write(contact, uid, f"netgarden-contact-{contact.id}.vcf", [])
                self.report.written.append(contact.name)
        return self.report

    def _files(self) -> dict[str, CardFile]:
        files: dict[str, CardFile] = {}
        for path in sorted(self.folder.glob("*.vcf")):
            if not path.is_file():
                continue
            found = read_card(path.name, path.read_bytes())
            if found.record is None or found.uid in files:
                self.unreadable.add(found.uid)
                why = found.problem or f"UID {found.uid} is also in {files[found.uid].filename}"
                self.report.skipped.append(f"{path.name}: {why}")
                continue
            files[found.uid] = found
        return files

    def _known(self, before: SyncedCard, found: CardFile | None) -> bool:
        """A card synced before; False when its contact is gone."""
        contact = self.contacts.get(before.contact_id)
        if contact is None:
            self.state.forget(self.key, before.uid)
            return False
        if found is None:
            self.state.forget(self.key, before.uid)
            if set_archived(self.unit, contact.id, True, self.now):
                self.report.archived.append(contact.name)
            return True
        if contact.archived:
            self._put_away(found)
            self.state.forget(self.key, before.uid)
            self.report.removed.append(contact.name)
            return True
        theirs = found.etag != before.etag
        ours = own_digest(contact, before.uid) != before.card_digest
        if theirs and not ours:
            self._take(found, contact, self.report.updated)
        elif ours and not theirs:
            self._write(contact, found.uid, found.filename, _foreign(found))
            self.report.written.append(contact.name)
        elif ours and theirs:
            self._conflict(found, contact)
        return True

    def _new_card(self, uid: str, found: CardFile, linked: set[int]) -> int | None:
        match = self._match(uid, found, linked)
        if match is not None:
            if differences(found, match):
                self._conflict(found, match)
            else:
                self._remember(found, match, found.etag)
            return match.id
        try:
            with self.unit.session.begin_nested():
                data = as_edit(found)
                contact_id = add_contact(self.unit, data, self.now, self.today)
        except NetgardenError as problem:
            self.report.skipped.append(f"{found.filename}: {_said(problem)}")
            return None
        contact = self._view(contact_id)
        self._remember(found, contact, found.etag)
        self.report.imported.append(contact.name)
        return contact_id

    def _match(self, uid: str, found: CardFile, linked: set[int]) -> ContactView | None:
        """The contact a new card is: the one its netgarden UID names, else one with its
        email (not yet synced to another card)."""
        free = [c for c in self.contacts.values() if c.id not in linked and not c.archived]
        if uid.startswith(NETGARDEN_UID):
            named = next((c for c in free if f"{NETGARDEN_UID}{c.id}" == uid), None)
            if named is not None:
                return named
        emails = {e.casefold() for e in (found.record.emails if found.record else [])}
        return next((c for c in free if emails & {e.casefold() for e in c.emails}), None)

    def _take(self, found: CardFile, contact: ContactView, said: list[str]) -> None:
        try:
            with self.unit.session.begin_nested():
                edit_contact(self.unit, contact.id, as_edit(found), self.now, self.today)
        except NetgardenError as problem:
            self.report.skipped.append(f"{found.filename}: {_said(problem)}")
            return
        self._remember(found, self._view(contact.id), found.etag)
        said.append(contact.name)

    def _conflict(self, found: CardFile, contact: ContactView) -> None:
        """Keep netgarden's fields; the card's differing values go into the notes."""
        theirs = differences(found, contact)
        if theirs:
            old = contact.get("notes") or ""
            note = (f"From the address book ({self.folder.name}) on {self.today.isoformat()}, "
                    "not taken (netgarden's kept): " + "; ".join(theirs))  # fmt: skip
            notes = f"{old}\n\n{note}" if old else note
            edit_contact(self.unit, contact.id, ContactInput(notes=notes), self.now, self.today)
            contact = self._view(contact.id)
        self._write(contact, found.uid, found.filename, _foreign(found))
        self.report.conflicts.append(contact.name)

    def _write(self, contact: ContactView, uid: str, filename: str, foreign: list[str]) -> None:
        data = render(contact, uid, foreign)
        if not self.dry:
            from netgarden.fileio import atomic_write

            atomic_write(self.folder / filename, data)
        card = SyncedCard(uid, filename, contact.id, digest(data), own_digest(contact, uid))
        self.state.save(self.key, card, self.now)

    def _remember(self, found: CardFile, contact: ContactView, etag: str) -> None:
        card = SyncedCard(found.uid, found.filename, contact.id, etag,
                          own_digest(contact, found.uid))  # fmt: skip
        self.state.save(self.key, card, self.now)

    def _put_away(self, found: CardFile) -> None:
        if self.dry:
            return
        shelf = self.folder / ARCHIVED
        shelf.mkdir(exist_ok=True)
        os.replace(self.folder / found.filename, shelf / found.filename)

    def _view(self, contact_id: int) -> ContactView:
        from netgarden.services.contacts import show_contact

        self.contacts[contact_id] = show_contact(self.unit, contact_id, self.today)
        return self.contacts[contact_id]


def sync_vdir(
    unit: Unit, folder: Path, now: dt.datetime, today: dt.date, dry_run: bool = False
) -> SyncReport:
    """Sync the contacts with the vdir ``folder`` (made if its parent exists); a dry run
    reports the same and changes nothing."""
    if folder.exists() and not folder.is_dir():
        raise InvalidValue("vdir", f"{folder} is a file; give the folder of .vcf files")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise InvalidValue("vdir", f"{folder.parent} does not exist; make it first")
        if not dry_run:
            folder.mkdir()
    report = _Sync(unit, folder, now, today, dry_run).run()
    if dry_run:
        unit.session.rollback()
    return report


def _foreign(found: CardFile) -> list[str]:
    from netgarden.formats.vcard_sync import foreign_lines

    return foreign_lines(found.text)


def _said(problem: NetgardenError) -> str:
    if isinstance(problem, InvalidValue):
        return "; ".join(f"{e.field}: {e.message}" for e in problem.errors)
    return str(problem)
