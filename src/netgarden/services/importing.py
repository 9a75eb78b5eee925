"""Importing a network: read files, parse them to records, match people, apply — in one
transaction, idempotently (running the same import again creates nothing).

Stages, as in beets' importer: sources → records (formats/) → match → apply. Matching goes
email (case-insensitive), LinkedIn URL, phone (E.164), then name + company. A confident match
fills the contact's empty fields and never overwrites what is there; an uncertain one creates
the person and records a duplicate candidate for ``netgarden dupes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from netgarden.domain.normalize import fold
from netgarden.errors import InvalidValue
from netgarden.formats.records import (
    PersonRecord,
    PlanRecord,
    ReplyMark,
    Skipped,
    TouchRecord,
)
from netgarden.services.database import Unit
from netgarden.services.import_checks import checked
from netgarden.services.matching import Matcher
from netgarden.services.sources import Source as Source
from netgarden.services.sources import open_files as open_files
from netgarden.services.sources import open_sources as open_sources
from netgarden.words import count

if TYPE_CHECKING:
    from netgarden.services.file_touches import FileCounts, FileTouches

Progress = Callable[[int], None]


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    touches: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    not_contacts: int = 0
    duplicates: int = 0
    # touches from calendars, mailboxes and chats: what was left out and why, who got how
    # many touches, whose cadence clock started again
    files: FileCounts | None = None
    per_person: dict[str, int] = field(default_factory=dict)
    clocks_reset: int = 0
    replied: int = 0
    changes: int = 0  # issue 16: job changes seen, to review (``changes``)
    plans: int = 0  # meetings still to come, planned (issue 12)
    plans_moved: int = 0

    def as_dict(self) -> dict[str, Any]:
        from netgarden.services.file_touches import files_dict

        return {
            **files_dict(self.files, self.per_person, self.clocks_reset, self.replied),
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "touches": self.touches,
            "plans": self.plans,
            "plans_moved": self.plans_moved,
            "skipped": [{"file": s.file, "line": s.line, "reason": s.reason} for s in self.skipped],
            "not_contacts": self.not_contacts,
            "duplicates": self.duplicates,
            "changes": self.changes,
        }


def import_sources(
    unit: Unit,
    sources: list[Source],
    now: dt.datetime,
    *,
    strict: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Apply every record; the caller's transaction makes it all-or-nothing. A dry run
    does the whole import, keeps the summary, and rolls its work back."""
    summary = ImportSummary()
    matcher = Matcher.load(unit)
    applier = _Applier(unit, matcher, summary, now)
    from_files: FileTouches | None = None
    for source in sources:
        if source.touches is not None and from_files is None:
            from netgarden.services.file_touches import file_touches

            from_files = file_touches(unit, now, matcher.person)
            summary.files = from_files.counts
        records = source.touches(from_files) if source.touches and from_files else source.records()
        for record in records:
            kept = checked(record)
            if isinstance(kept, Skipped):
                summary.skipped.append(kept)
            elif isinstance(kept, ReplyMark):
                applier.replies.append(kept)
            elif isinstance(kept, PlanRecord):  # a meeting still to come (issue 12)
                applier.plans.append(kept)
            elif isinstance(kept, PersonRecord):
                applier.person(kept)
            else:
                applier.touch(kept)
            applier.flush_if_due()
            if progress is not None:
                progress(1)
    if strict and summary.skipped:
        first = summary.skipped[0]
        rows = count(len(summary.skipped), "row or card", "rows or cards")
        raise InvalidValue(
            "strict",
            f"{rows} could not be imported "
            f"(first: {first.file} line {first.line}: {first.reason}); nothing was imported",
        )
    applier.flush()
    if dry_run:
        unit.session.rollback()
    return summary


FLUSH_EVERY = 10_000  # records staged before they are written (issue 18: flat memory)


class _Applier:
    """Collects creations and updates, then writes them in bulk. A new contact or touch has
    a stand-in id (negative) until the database gives its own when the rows are written."""

    def __init__(self, unit: Unit, matcher: Matcher, summary: ImportSummary, now: dt.datetime):
        from netgarden.store.bulk import BulkLoader

        self.unit = unit
        self.matcher = matcher
        self.summary = summary
        self.now = now
        self.loader = BulkLoader(unit.session)
        self.next_contact = self.next_touch = -1
        self.new_contact_ids: list[int] = []
        self.new_touch_ids: list[int] = []
        self.new_contacts: list[tuple[Any, ...]] = []
        self.new_emails: list[tuple[Any, ...]] = []
        self.new_phones: list[tuple[Any, ...]] = []
        self.new_tags: list[tuple[Any, ...]] = []
        self.new_touches: list[tuple[Any, ...]] = []
        self.new_participants: list[tuple[Any, ...]] = []
        self.updates: dict[int, dict[str, Any]] = {}
        self.candidates: list[tuple[int, int, str, int]] = []
        self.touched: set[int] = set()
        self.stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
        self.seen_keys = unit.touches.source_keys()
        self.fingerprints = unit.contacts.fingerprints()
        self.new_fingerprints: list[tuple[int, str, int]] = []
        self.replies: list[ReplyMark] = []
        self.plans: list[PlanRecord] = []
        from netgarden.services.job_changes import ChangeCollector

        self.job_changes = ChangeCollector(unit, now.date())
        self.real: dict[int, int] = {}  # a written stand-in id → the database's
        self.staged = 0

    def flush_if_due(self) -> None:
        """Write what is staged every FLUSH_EVERY records, so memory stays flat however
        long the file (issue 18); touches from calendars and mailboxes, which count people
        across the whole import, are written once at the end."""
        self.staged += 1
        if self.staged >= FLUSH_EVERY and self.summary.files is None:
            self.flush(final=False)

    def person(self, record: PersonRecord) -> None:
        if record.emails or record.linkedin_url:
            self._apply(record)  # an identity of its own: matching makes re-imports idempotent
            return
        # Without one, the same record could be taken for a new namesake each time:
        # remember it by its content instead.
        fingerprint, unversioned = _fingerprints(record)
        known = self.fingerprints.get(fingerprint, self.fingerprints.get(unversioned))
        if known is not None:
            self.summary.unchanged += 1
            if fingerprint not in self.fingerprints:  # stored unversioned: remember it anew
                self._remember(fingerprint, known)
            return
        self._remember(fingerprint, self._apply(record))

    def _remember(self, fingerprint: str, contact_id: int) -> None:
        self.fingerprints[fingerprint] = contact_id
        self.new_fingerprints.append((self.unit.workspace_id, fingerprint, contact_id))

    def _apply(self, record: PersonRecord) -> int:
        match = self.matcher.match(record, self.unit.region)
        if match is not None and match.confident:
            changed = self._fill(match.contact_id, record)
            if changed:
                self.summary.updated += 1
            else:
                self.summary.unchanged += 1
            return match.contact_id
        contact_id = self._create(record)
        self.summary.created += 1
        if match is not None:
            self.candidates.append((contact_id, match.contact_id, match.evidence, match.score))
            self.summary.duplicates += 1
        return contact_id

    def _create(self, record: PersonRecord) -> int:
        from netgarden.services.matching import to_row

        contact_id = self.next_contact
        self.next_contact -= 1
        values = to_row(record)
        dated = [v.isoformat() if isinstance(v, dt.date) else v for v in values.values()]
        name_key = fold(record.name)
        self.new_contact_ids.append(contact_id)
        self.new_contacts.append(
            (self.unit.workspace_id, record.name, name_key, *dated, "none", self.stamp, self.stamp)
        )
        self._add_details(contact_id, record, position=0)
        self.matcher.add(contact_id, name_key, values)
        return contact_id

    def _fill(self, contact_id: int, record: PersonRecord) -> bool:
        from netgarden.services.matching import to_row

        existing = self.matcher.fields(contact_id)
        self.job_changes.see(contact_id, existing, record.company, record.title, record.function)
        changes = {
            key: value
            for key, value in to_row(record).items()
            if value not in (None, "") and existing.get(key) in (None, "")
        }
        if changes:
            self.updates.setdefault(contact_id, {}).update(changes)
            existing.update(changes)
        added = self._add_details(
            contact_id, record, position=len(self.matcher.emails_of(contact_id))
        )
        self.matcher.remember(contact_id, record)
        return bool(changes) or added

    def _add_details(self, contact_id: int, record: PersonRecord, position: int) -> bool:
        from netgarden.domain.normalize import normalize_tag

        added = False
        ws = self.unit.workspace_id
        if record.emails:
            for offset, email in enumerate(self.matcher.new_emails(contact_id, record.emails)):
                self.new_emails.append((ws, contact_id, email, email.casefold(), position + offset))
                added = True
        if record.phones:
            for number, e164 in self.matcher.new_phones(
                contact_id, record.phones, self.unit.region
            ):
                self.new_phones.append((ws, contact_id, number, e164, 0))
                added = True
        if record.tags:
            for tag in self.matcher.new_tags(contact_id, [normalize_tag(t) for t in record.tags]):
                self.new_tags.append((ws, contact_id, tag))
                added = True
        if added:
            self.touched.add(contact_id)
        return added

    def touch(self, record: TouchRecord) -> None:
        if record.source_key in self.seen_keys:
            return
        people = []
        for ref in record.people:
            contact_id = self.matcher.person(ref)
            if contact_id is None:
                self.summary.not_contacts += 1
            elif contact_id not in people:
                people.append(contact_id)
        if not people:
            return
        self.seen_keys.add(record.source_key)
        touch_id = self.next_touch
        self.next_touch -= 1
        on = record.occurred_on.isoformat()
        self.new_touch_ids.append(touch_id)
        self.new_touches.append(
            (self.unit.workspace_id, on, record.kind, record.direction, record.note,
             record.replied, record.source_key, self.stamp)
        )  # fmt: skip
        for contact_id in people:
            self.new_participants.append((touch_id, contact_id, self.unit.workspace_id, on))
            self.touched.add(contact_id)
        self.summary.touches += 1

    def flush(self, final: bool = True) -> None:
        from netgarden.services.matching import FILLABLE

        given = self.loader.contacts(
            self.new_contacts,
            ("workspace_id", "name", "name_key", *FILLABLE, "circle", "created_at", "updated_at"),
        )
        real = self.real
        real.update(zip(self.new_contact_ids, given, strict=True))

        def of(contact_id: int) -> int:  # a stand-in id becomes the database's
            return real.get(contact_id, contact_id)

        self.loader.emails((ws, of(c), *rest) for ws, c, *rest in self.new_emails)
        self.loader.phones((ws, of(c), *rest) for ws, c, *rest in self.new_phones)
        self.loader.tags((ws, of(c), tag) for ws, c, tag in self.new_tags)
        if self.summary.files is not None:
            from netgarden.services.file_touches import count_people

            count_people(
                self.unit, self.summary, [(of(c), on) for _, c, _, on in self.new_participants]
            )
        touches = self.loader.touches(self.new_touches, with_source_key=True)
        touch_of = dict(zip(self.new_touch_ids, touches, strict=True))
        self.loader.participants(
            (touch_of[t], of(c), *rest) for t, c, *rest in self.new_participants
        )
        if self.plans and final:
            from netgarden.services.calendar_plans import plan_meetings

            made = plan_meetings(self.unit, self.plans, self.matcher.person, self.now)
            self.summary.plans, self.summary.plans_moved = made
        if self.replies and final:
            from netgarden.services.file_touches import mark_replies

            self.summary.replied = mark_replies(self.unit, self.replies, self.seen_keys)
        from netgarden.services.followups import touches_imported

        kinds = {
            t: (row[2], row[3]) for t, row in zip(self.new_touch_ids, self.new_touches, strict=True)
        }
        touches_imported(self.unit, [(touch_of[t], of(c), on, *kinds[t])
                                     for t, c, _, on in self.new_participants])  # fmt: skip
        for contact_id, changes in self.updates.items():
            self.unit.contacts.update(of(contact_id), changes, self.now)
            self.touched.add(contact_id)
        self.unit.contacts.add_duplicate_candidates(
            [(of(a), of(b), evidence, score) for a, b, evidence, score in self.candidates]
        )
        self.loader.fingerprints((ws, fp, of(c)) for ws, fp, c in self.new_fingerprints)
        self.summary.changes += self.job_changes.flush(of)  # each batch's, once
        self.unit.search.reindex(sorted({of(c) for c in self.touched} | set(given)))
        self._staged_written()

    def _staged_written(self) -> None:
        self.staged = 0
        for staged in (self.new_contact_ids, self.new_touch_ids, self.new_contacts,
                       self.new_emails, self.new_phones, self.new_tags, self.new_touches,
                       self.new_participants, self.candidates, self.new_fingerprints):  # fmt: skip
            staged.clear()
        self.updates.clear()
        self.touched.clear()


# What a name-only record's fingerprint hashes, by name: a field added to PersonRecord later
# joins no version, so it changes no stored fingerprint (otherwise the next import would take
# every name-only contact for someone new). Hashing another field is a new version.
FINGERPRINT_V1 = (
    "name", "company", "title", "emails", "phones", "linkedin_url", "birthday", "notes",
    "personal", "location", "industry", "function", "seniority", "interests", "how_met",
    "met_on", "connected_on", "tags",
)  # fmt: skip
FINGERPRINT_VERSION = "1"


def _fingerprints(record: PersonRecord) -> tuple[str, str]:
    """The record's content, not where it sits in its file (moving rows changes nothing):
    the current fingerprint, ``1:`` and 38 hex digits (the column holds 40), then the one
    releases before versioning stored, the bare SHA-1 of the same fields."""
    import hashlib

    text = "\x1f".join(repr(getattr(record, name)) for name in FINGERPRINT_V1)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    return f"{FINGERPRINT_VERSION}:{digest[:38]}", digest
