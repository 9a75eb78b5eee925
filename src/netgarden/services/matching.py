"""Who an imported record is: matching against the network (and against what the same
import created a moment ago).

Confident: the same email, LinkedIn URL or phone number, or the same name at the same
company. Uncertain (a duplicate candidate for the user): the same name elsewhere, or a name
at the same company that may be the same one (``domain.duplicates``: spacing, hyphens,
apostrophes, word order, one typo).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from netgarden.domain.duplicates import SCORES, NameIndex
from netgarden.domain.normalize import fold
from netgarden.formats.records import PersonRecord, PersonRef
from netgarden.services.database import Unit

# Contact columns an import may fill, in the order imports insert them.
FILLABLE = (
    "company", "title", "how_met", "met_on", "personal", "interests", "notes", "linkedin_url",
    "location", "industry", "function", "seniority", "birthday", "connected_on",
)  # fmt: skip


def to_row(record: PersonRecord) -> dict[str, Any]:
    """The record's fillable fields, in FILLABLE order."""
    return {column: getattr(record, column) for column in FILLABLE}


@dataclass(frozen=True)
class Match:
    contact_id: int
    confident: bool
    evidence: str
    score: int


def e164(number: str, region: str) -> str | None:
    from netgarden.domain.normalize import normalize_phone
    from netgarden.errors import InvalidValue

    try:
        return normalize_phone(number, region)[1]
    except InvalidValue:
        return None


class Matcher:
    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_linkedin: dict[str, int] = {}
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = defaultdict(list)
        # the same-name lookups, indexed (issue 18): a name many people share costs one
        # lookup, not a scan of them all per record. By (name, company), and the same two
        # for contacts without a LinkedIn URL (all a record with one can be); each list in
        # the order the contacts were indexed, as a scan of by_name would meet them
        self.order: dict[int, int] = {}
        self.at_company: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.unlinked_by_name: dict[str, list[int]] = defaultdict(list)
        self.unlinked_at_company: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.indexed: dict[int, tuple[str, bool]] = {}  # id → (folded company, unlinked)
        # names that may be the same one, by company
        self.by_company = NameIndex()
        # the same, for contacts without a LinkedIn URL: a record that has one can only be
        # one of these (two different profile URLs are two different members)
        self.unlinked = NameIndex()
        self.names: dict[int, str] = {}
        self.rows: dict[int, dict[str, Any]] = {}
        self.emails: dict[int, set[str]] = defaultdict(set)
        self.phones: dict[int, set[str]] = defaultdict(set)
        self.tags: dict[int, set[str]] = defaultdict(set)

    @classmethod
    def load(cls, unit: Unit) -> Matcher:
        matcher = cls()
        for row in unit.contacts.match_index(FILLABLE):
            contact_id, name_key, *values = row
            fields = dict(zip(FILLABLE, values, strict=True))
            matcher._index(contact_id, name_key, fields)
        for contact_id, email_key in unit.contacts.all_emails():
            matcher.by_email[email_key] = contact_id
            matcher.emails[contact_id].add(email_key)
        for contact_id, number, phone in unit.contacts.all_phones():
            matcher.phones[contact_id].add(phone or number)
            if phone:
                matcher.by_phone[phone] = contact_id
        for contact_id, tag in unit.contacts.all_tags():
            matcher.tags[contact_id].add(tag)
        return matcher

    def _index(self, contact_id: int, name_key: str, fields: dict[str, Any]) -> None:
        self.rows[contact_id] = fields
        self.names[contact_id] = name_key
        self.by_name[name_key].append(contact_id)
        self.order[contact_id] = len(self.order)
        self._index_name(contact_id)
        if fields.get("linkedin_url"):
            self.by_linkedin[fields["linkedin_url"]] = contact_id
        self.by_company.add(contact_id, name_key, fields.get("company"))
        if not fields.get("linkedin_url"):
            self.unlinked.add(contact_id, name_key, fields.get("company"))

    def match(self, record: PersonRecord, region: str) -> Match | None:
        for email in record.emails:
            if email.casefold() in self.by_email:
                return Match(self.by_email[email.casefold()], True, f"same email {email}", 100)
        if record.linkedin_url and record.linkedin_url in self.by_linkedin:
            return Match(self.by_linkedin[record.linkedin_url], True, "same LinkedIn profile", 100)
        for number in record.phones:
            phone = e164(number, region)
            if phone and phone in self.by_phone:
                return Match(self.by_phone[phone], True, f"same phone {phone}", 100)
        name, company = fold(record.name), fold(record.company)
        # a record with a LinkedIn URL is none of the contacts with another one
        linked = bool(record.linkedin_url)
        at = (self.unlinked_at_company if linked else self.at_company).get((name, company))
        if company and at:
            return Match(at[0], True, "same name and company", 95)
        same_name = (self.unlinked_by_name if linked else self.by_name).get(name)
        if same_name:
            return Match(same_name[0], False, "same name, company differs or unknown", 80)
        if company:
            names = self.unlinked if record.linkedin_url else self.by_company
            for contact_id, evidence in names.near(name, company)[:1]:
                return Match(contact_id, False, evidence, SCORES[evidence])
        return None

    def add(self, contact_id: int, name_key: str, fields: dict[str, Any]) -> None:
        """Index a contact an import just created, so later records in it match too."""
        self._index(contact_id, name_key, fields)

    def remember(self, contact_id: int, record: PersonRecord) -> None:
        """Index what an import just added to an existing contact (its fields, filled in
        place: a company, a LinkedIn URL)."""
        if record.linkedin_url and record.linkedin_url not in self.by_linkedin:
            self.by_linkedin[record.linkedin_url] = contact_id
        self._index_name(contact_id)

    def _index_name(self, contact_id: int) -> None:
        """File the contact under its name and company as its fields are now."""
        fields, name = self.rows[contact_id], self.names[contact_id]
        now = (fold(fields.get("company")), not fields.get("linkedin_url"))
        before = self.indexed.get(contact_id)
        if before == now:
            return
        if before is not None:
            company, unlinked = before
            self.at_company[(name, company)].remove(contact_id)
            if unlinked:
                self.unlinked_by_name[name].remove(contact_id)
                self.unlinked_at_company[(name, company)].remove(contact_id)
        company, unlinked = now
        self._file(self.at_company[(name, company)], contact_id)
        if unlinked:
            self._file(self.unlinked_by_name[name], contact_id)
            self._file(self.unlinked_at_company[(name, company)], contact_id)
        self.indexed[contact_id] = now

    def _file(self, ids: list[int], contact_id: int) -> None:
        bisect.insort(ids, contact_id, key=self.order.__getitem__)

    def fields(self, contact_id: int) -> dict[str, Any]:
        return self.rows[contact_id]

    def emails_of(self, contact_id: int) -> set[str]:
        return self.emails[contact_id]

    def new_emails(self, contact_id: int, emails: Iterable[str]) -> list[str]:
        fresh = []
        for email in emails:
            key = email.casefold()
            if key in self.by_email:  # already this contact's, or someone else's
                continue
            self.by_email[key] = contact_id
            self.emails[contact_id].add(key)
            fresh.append(email)
        return fresh

    def new_phones(
        self, contact_id: int, numbers: Iterable[str], region: str
    ) -> list[tuple[str, str | None]]:
        fresh = []
        for number in numbers:
            phone = e164(number, region)
            key = phone or number
            if key in self.phones[contact_id] or (phone and phone in self.by_phone):
                continue
            self.phones[contact_id].add(key)
            if phone:
                self.by_phone[phone] = contact_id
            fresh.append((number, phone))
        return fresh

    def new_tags(self, contact_id: int, tags: Iterable[str]) -> list[str]:
        fresh = [t for t in dict.fromkeys(tags) if t not in self.tags[contact_id]]
        self.tags[contact_id].update(fresh)
        return fresh

    def person(self, ref: PersonRef) -> int | None:
        """A touch's participant: by email, by LinkedIn URL, else by a name only one
        contact has."""
        if ref.email and ref.email.casefold() in self.by_email:
            return self.by_email[ref.email.casefold()]
        if ref.linkedin_url and ref.linkedin_url in self.by_linkedin:
            return self.by_linkedin[ref.linkedin_url]
        same = self.by_name.get(fold(ref.name)) if ref.name else None
        if same and len(same) == 1:
            return same[0]
        return None
