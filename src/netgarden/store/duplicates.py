"""What imports and duplicate finding read and remember: every contact's keys (emails,
phones, tags, names), import fingerprints and duplicate candidates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select

from netgarden.store.contact_scope import ContactScope
from netgarden.store.rows import ActiveName, DuplicateRow, EmailKey, PhoneRow, TagRow
from netgarden.store.tables import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    DuplicateCandidate,
    ImportFingerprint,
)


class Duplicates(ContactScope):
    """The contact repository's matching and duplicate queries (part of ContactRepo)."""

    def match_index(self, columns: Sequence[str]) -> Sequence[Any]:
        """Every contact's id, name key and ``columns``: what an import matches against."""
        selected = [getattr(Contact, c) for c in columns]
        return (
            self.session.connection()
            .execute(select(Contact.id, Contact.name_key, *selected).where(self._mine()))
            .all()
        )

    def active_names(self) -> list[ActiveName]:
        """Every active contact's id, name, company and LinkedIn URL (to find duplicates)."""
        query = select(Contact.id, Contact.name, Contact.company, Contact.linkedin_url)
        rows = self.session.connection().execute(
            query.where(self._mine(), Contact.archived_at.is_(None))
        )
        return [ActiveName._make(row) for row in rows]

    def all_emails(self) -> list[EmailKey]:
        query = select(ContactEmail.contact_id, ContactEmail.email_key)
        rows = self.session.connection().execute(query.where(self._mine(ContactEmail)))
        return [EmailKey._make(row) for row in rows]

    def all_phones(self) -> list[PhoneRow]:
        query = select(ContactPhone.contact_id, ContactPhone.number, ContactPhone.e164)
        rows = self.session.connection().execute(query.where(self._mine(ContactPhone)))
        return [PhoneRow._make(row) for row in rows]

    def all_tags(self) -> list[TagRow]:
        query = select(ContactTag.contact_id, ContactTag.tag).where(self._mine(ContactTag))
        return [TagRow._make(row) for row in self.session.connection().execute(query)]

    def fingerprints(self) -> dict[str, int]:
        rows = self.session.connection().execute(
            select(ImportFingerprint.fingerprint, ImportFingerprint.contact_id).where(
                self._mine(ImportFingerprint)
            )
        )
        return {fingerprint: contact_id for fingerprint, contact_id in rows}

    def add_duplicate_candidates(self, pairs: Sequence[tuple[int, int, str, int]]) -> None:
        self._require(*(i for pair in pairs for i in pair[:2]))
        for contact_id, other_id, evidence, score in pairs:
            low, high = sorted((contact_id, other_id))
            exists = self.session.scalar(
                select(DuplicateCandidate.score).where(
                    self._mine(DuplicateCandidate),
                    DuplicateCandidate.contact_id == low,
                    DuplicateCandidate.other_id == high,
                )
            )
            if exists is None:
                self.session.execute(
                    insert(DuplicateCandidate).values(
                        contact_id=low,
                        other_id=high,
                        workspace_id=self.workspace_id,
                        evidence=evidence[:500],
                        score=score,
                    )
                )

    def duplicate_candidates(self) -> list[DuplicateRow]:
        rows = self.session.execute(
            select(
                DuplicateCandidate.contact_id,
                DuplicateCandidate.other_id,
                DuplicateCandidate.evidence,
                DuplicateCandidate.score,
            )
            .where(self._mine(DuplicateCandidate))
            .order_by(DuplicateCandidate.score.desc(), DuplicateCandidate.contact_id)
        )
        return [DuplicateRow._make(row) for row in rows]
