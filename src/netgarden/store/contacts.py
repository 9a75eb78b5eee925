"""Queries on one contact and what hangs off it: its emails, phones and tags, finding it
by name, moving and deleting it. Listings (contact_lists.py), agenda reads
(agenda_states.py, agenda_state_reads.py) and matching/duplicates (duplicates.py) are parts
of the same ContactRepo, each in its own module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from netgarden.errors import NotFound
from netgarden.store.agenda_state_reads import AgendaStateReads
from netgarden.store.circle_history import record_circle_changes
from netgarden.store.contact_lists import ContactLists
from netgarden.store.contact_reads import name_key
from netgarden.store.contact_scope import known_since
from netgarden.store.duplicates import Duplicates
from netgarden.store.reads import statement
from netgarden.store.strength_tallies import StrengthTallyRepo
from netgarden.store.tables import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    ImportFingerprint,
    TouchParticipant,
)

__all__ = ["ContactRepo", "known_since", "name_key"]


@statement(())
def known() -> Any:
    """The contact ``id`` if it is the workspace's (``ws``)."""
    return select(Contact.id).where(
        Contact.workspace_id == bindparam("ws"), Contact.id == bindparam("id")
    )


@statement(())
def email_owner() -> Any:
    """Who has the email (casefolded ``key``)."""
    return select(ContactEmail.contact_id).where(
        ContactEmail.workspace_id == bindparam("ws"), ContactEmail.email_key == bindparam("key")
    )


def _brief() -> Any:
    return select(Contact.id, Contact.name, Contact.company).where(
        Contact.workspace_id == bindparam("ws")
    )


@statement(())
def by_name() -> Any:
    """Contacts with exactly the name (its ``key``)."""
    return _brief().where(Contact.name_key == bindparam("key")).order_by(Contact.id)


@statement(())
def by_name_prefix() -> Any:
    """Contacts whose name starts with ``key`` (below ``upper``: a range on the indexed key
    instead of LIKE, which SQLite will not index), at most ``limit``."""
    return (
        _brief()
        .where(Contact.name_key >= bindparam("key"), Contact.name_key < bindparam("upper"))
        .order_by(Contact.name_key, Contact.id)
        .limit(bindparam("limit"))
    )


@statement(())
def by_word_prefix() -> Any:
    """Contacts with a later word of the name starting so (LIKE ``pattern``)."""
    return (
        _brief()
        .where(Contact.name_key.like(bindparam("pattern"), escape="\\"))
        .order_by(Contact.name_key, Contact.id)
        .limit(bindparam("limit"))
    )


@statement(())
def all_names() -> Any:
    """Every active contact's id, name and company, in id order on every database
    (PostgreSQL has no rowid order to fall back on)."""
    return _brief().where(Contact.archived_at.is_(None)).order_by(Contact.id)


@statement(())
def briefs() -> Any:
    """The contacts of ``ids``."""
    return _brief().where(Contact.id.in_(bindparam("ids", expanding=True)))


class ContactRepo(ContactLists, AgendaStateReads, Duplicates):
    """Every query on a workspace's contacts (one repository, in modules by use)."""

    session: Session

    def insert(self, fields: Mapping[str, Any], now: dt.datetime) -> int:
        values = {**fields, "workspace_id": self.workspace_id, "created_at": now, "updated_at": now}
        values["name_key"] = name_key(values["name"])
        result = self.session.execute(insert(Contact).values(values).returning(Contact.id))
        contact_id = int(result.scalar_one())
        circle = [(contact_id, None, values.get("circle", "none"))]
        record_circle_changes(self.session, self.workspace_id, circle, now.date())
        return contact_id

    def update(self, contact_id: int, fields: Mapping[str, Any], now: dt.datetime) -> None:
        values = {**fields, "updated_at": now}
        if "name" in values:
            values["name_key"] = name_key(values["name"])
        if "circle" in values:
            old = self.session.scalar(
                select(Contact.circle).where(self._mine(), Contact.id == contact_id)
            )
            if old is not None:
                changed = [(contact_id, old, values["circle"])]
                record_circle_changes(self.session, self.workspace_id, changed, now.date())
        self.session.execute(
            update(Contact).where(self._mine(), Contact.id == contact_id).values(values)
        )

    def add_emails(self, contact_id: int, emails: Sequence[str]) -> None:
        self._require(contact_id)
        start = len(self.emails(contact_id))
        for offset, email in enumerate(emails):
            self.session.execute(
                insert(ContactEmail).values(
                    workspace_id=self.workspace_id,
                    contact_id=contact_id,
                    email=email,
                    email_key=email.casefold(),
                    position=start + offset,
                )
            )

    def remove_emails(self, contact_id: int, emails: Iterable[str]) -> int:
        keys = [e.casefold() for e in emails]
        result = self.session.execute(
            delete(ContactEmail).where(
                self._mine(ContactEmail),
                ContactEmail.contact_id == contact_id,
                ContactEmail.email_key.in_(keys),
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def add_phones(self, contact_id: int, phones: Sequence[tuple[str, str | None]]) -> None:
        self._require(contact_id)
        start = len(self.phones(contact_id))
        for offset, (number, e164) in enumerate(phones):
            self.session.execute(
                insert(ContactPhone).values(
                    workspace_id=self.workspace_id,
                    contact_id=contact_id,
                    number=number,
                    e164=e164,
                    position=start + offset,
                )
            )

    def remove_phones(self, contact_id: int, numbers: Iterable[str]) -> int:
        wanted = list(numbers)
        result = self.session.execute(
            delete(ContactPhone).where(
                self._mine(ContactPhone),
                ContactPhone.contact_id == contact_id,
                or_(ContactPhone.number.in_(wanted), ContactPhone.e164.in_(wanted)),
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def add_tags(self, contact_id: int, tags: Iterable[str]) -> None:
        self._require(contact_id)
        have = set(self.tags(contact_id))
        for tag in dict.fromkeys(tags):
            if tag not in have:
                self.session.execute(
                    insert(ContactTag).values(
                        workspace_id=self.workspace_id, contact_id=contact_id, tag=tag
                    )
                )

    def remove_tags(self, contact_id: int, tags: Iterable[str]) -> int:
        result = self.session.execute(
            delete(ContactTag).where(
                self._mine(ContactTag),
                ContactTag.contact_id == contact_id,
                ContactTag.tag.in_(tags),
            )
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def get(self, contact_id: int) -> Contact | None:
        return self.session.scalars(
            select(Contact).where(self._mine(), Contact.id == contact_id)
        ).first()

    def require(self, contact_id: int) -> Contact:
        """The contact, or NotFound: a service checks before it writes about someone."""
        contact = self.get(contact_id)
        if contact is None:
            raise NotFound("contact", contact_id)
        return contact

    def emails(self, contact_id: int) -> list[str]:
        return list(
            self.session.scalars(
                select(ContactEmail.email)
                .where(self._mine(ContactEmail), ContactEmail.contact_id == contact_id)
                .order_by(ContactEmail.position, ContactEmail.id)
            )
        )

    def phones(self, contact_id: int) -> list[str]:
        return list(
            self.session.scalars(
                select(ContactPhone.number)
                .where(self._mine(ContactPhone), ContactPhone.contact_id == contact_id)
                .order_by(ContactPhone.position, ContactPhone.id)
            )
        )

    def tags(self, contact_id: int) -> list[str]:
        # the workspace compared as ``workspace_id + 0``: SQLite (no statistics) would read
        # every tag of the workspace through its (workspace, tag) index to skip the sort,
        # 20 ms at 30,000 contacts, where the key (contact, tag) finds the few at once
        kept = (ContactTag.workspace_id + 0) == self.workspace_id
        query = select(ContactTag.tag).where(kept, ContactTag.contact_id == contact_id)
        return list(self.session.scalars(query.order_by(ContactTag.tag)))

    def active_ids(self) -> list[int]:
        """The ids of the contacts not archived (everyone's strength fills in the new)."""
        query = select(Contact.id).where(self._mine(), Contact.archived_at.is_(None))
        return list(self.session.scalars(query))

    def last_touch_on(self, contact_id: int, as_of: dt.date | None = None) -> dt.date | None:
        query = select(func.max(TouchParticipant.occurred_on)).where(
            self._mine(TouchParticipant), TouchParticipant.contact_id == contact_id
        )
        if as_of is not None:
            query = query.where(TouchParticipant.occurred_on <= as_of)
        value: dt.date | None = self.session.scalar(query)
        return value

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).where(self._mine())) or 0)

    def move_children(self, other: int, keep: int) -> None:
        """Give ``keep`` everything hanging off ``other``: emails, phones, tags, touches."""
        self._require(other, keep)
        tp = TouchParticipant
        shared = select(tp.touch_id).where(self._mine(tp), tp.contact_id == keep)
        self.session.execute(
            delete(tp).where(self._mine(tp), tp.contact_id == other, tp.touch_id.in_(shared))
        )
        self.session.execute(
            update(tp).where(self._mine(tp), tp.contact_id == other).values(contact_id=keep)
        )
        StrengthTallyRepo(self.session, self.workspace_id).refresh([keep])
        offset = len(self.emails(keep))
        self.session.execute(
            update(ContactEmail)
            .where(self._mine(ContactEmail), ContactEmail.contact_id == other)
            .values(contact_id=keep, position=ContactEmail.position + offset)
        )
        have = select(ContactPhone.number).where(
            self._mine(ContactPhone), ContactPhone.contact_id == keep
        )
        have_e164 = select(ContactPhone.e164).where(
            self._mine(ContactPhone),
            ContactPhone.contact_id == keep,
            ContactPhone.e164.is_not(None),
        )
        self.session.execute(
            delete(ContactPhone).where(
                self._mine(ContactPhone),
                ContactPhone.contact_id == other,
                or_(ContactPhone.number.in_(have), ContactPhone.e164.in_(have_e164)),
            )
        )
        self.session.execute(
            update(ContactPhone)
            .where(self._mine(ContactPhone), ContactPhone.contact_id == other)
            .values(contact_id=keep)
        )
        self.add_tags(keep, self.tags(other))
        self.session.execute(
            update(ImportFingerprint)
            .where(self._mine(ImportFingerprint), ImportFingerprint.contact_id == other)
            .values(contact_id=keep)
        )

    def delete(self, contact_id: int) -> None:
        self.session.execute(delete(Contact).where(self._mine(), Contact.id == contact_id))
