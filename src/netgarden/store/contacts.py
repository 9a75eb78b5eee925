"""Queries on contacts and what hangs off them: emails, phones, tags, agenda state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Date,
    and_,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from netgarden.domain.ledger import VALUE_ENTRIES
from netgarden.domain.normalize import fold
from netgarden.domain.views import ListFilter
from netgarden.errors import NotFound
from netgarden.store.rows import (
    ActiveName,
    AgendaState,
    ContactBrief,
    DuplicateRow,
    EmailKey,
    ListingRow,
    PhoneRow,
    TagRow,
)
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    DuplicateCandidate,
    ImportFingerprint,
    LedgerEntry,
    Touch,
    TouchParticipant,
)

_CHUNK = 500


class ContactRepo:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    # -- writes --------------------------------------------------------------------------

    def insert(self, fields: Mapping[str, Any], now: dt.datetime) -> int:
        values = {**fields, "workspace_id": self.workspace_id, "created_at": now, "updated_at": now}
        values["name_key"] = name_key(values["name"])
        result = self.session.execute(insert(Contact).values(values).returning(Contact.id))
        return int(result.scalar_one())

    def update(self, contact_id: int, fields: Mapping[str, Any], now: dt.datetime) -> None:
        values = {**fields, "updated_at": now}
        if "name" in values:
            values["name_key"] = name_key(values["name"])
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

    # -- reads ---------------------------------------------------------------------------

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
        return list(
            self.session.scalars(
                select(ContactTag.tag)
                .where(self._mine(ContactTag), ContactTag.contact_id == contact_id)
                .order_by("tag")
            )
        )

    def email_owner(self, email: str) -> int | None:
        return self.session.scalars(
            select(ContactEmail.contact_id).where(
                self._mine(ContactEmail), ContactEmail.email_key == email.casefold()
            )
        ).first()

    def _brief(self) -> Any:
        return select(Contact.id, Contact.name, Contact.company).where(self._mine())

    def by_name(self, name: str) -> list[ContactBrief]:
        return self._briefs_of(
            self._brief().where(Contact.name_key == name_key(name)).order_by(Contact.id)
        )

    def by_name_prefix(self, prefix: str, limit: int) -> list[ContactBrief]:
        key = name_key(prefix)
        # a range on the indexed key instead of LIKE, which SQLite will not index
        return self._briefs_of(
            self._brief()
            .where(Contact.name_key >= key, Contact.name_key < key + "\U0010ffff")
            .order_by(Contact.name_key, Contact.id)
            .limit(limit)
        )

    def by_word_prefix(self, prefix: str, limit: int) -> list[ContactBrief]:
        pattern = "% " + _escape_like(name_key(prefix)) + "%"
        return self._briefs_of(
            self._brief()
            .where(Contact.name_key.like(pattern, escape="\\"))
            .order_by(Contact.name_key, Contact.id)
            .limit(limit)
        )

    def all_names(self) -> list[ContactBrief]:
        return self._briefs_of(self._brief().where(Contact.archived_at.is_(None)))

    def briefs(self, ids: Sequence[int]) -> dict[int, ContactBrief]:
        found: dict[int, ContactBrief] = {}
        for chunk in _chunks(ids):
            for row in self._briefs_of(self._brief().where(Contact.id.in_(chunk))):
                found[row.id] = row
        return found

    def _briefs_of(self, query: Any) -> list[ContactBrief]:
        return [ContactBrief._make(row) for row in self.session.execute(query)]

    def last_touch_on(self, contact_id: int, as_of: dt.date | None = None) -> dt.date | None:
        query = select(func.max(TouchParticipant.occurred_on)).where(
            self._mine(TouchParticipant), TouchParticipant.contact_id == contact_id
        )
        if as_of is not None:
            query = query.where(TouchParticipant.occurred_on <= as_of)
        value: dt.date | None = self.session.scalar(query)
        return value

    def _filtered(self, flt: ListFilter) -> Any:
        query = select(
            Contact.id,
            Contact.name,
            Contact.company,
            Contact.title,
            Contact.circle,
            Contact.cadence_days,
            known_since().label("known_since"),
            Contact.archived_at,
        ).where(self._mine())
        query = query.where(
            Contact.archived_at.is_not(None) if flt.archived else Contact.archived_at.is_(None)
        )
        if flt.circle:
            query = query.where(Contact.circle == flt.circle)
        if flt.company:
            query = query.where(
                func.lower(Contact.company).like(
                    "%" + _escape_like(flt.company.casefold()) + "%", escape="\\"
                )
            )
        if flt.tag:
            query = query.where(
                select(ContactTag.contact_id)
                .where(ContactTag.contact_id == Contact.id, ContactTag.tag == flt.tag)
                .exists()
            )
        return query

    def listing(self, flt: ListFilter) -> list[ListingRow]:
        last = (
            select(func.max(TouchParticipant.occurred_on))
            .where(TouchParticipant.contact_id == Contact.id)
            .scalar_subquery()
        )
        query = self._filtered(flt).add_columns(last.label("last_touch_on"))
        query = query.order_by(Contact.name_key, Contact.id)
        if flt.limit:
            query = query.limit(flt.limit)
        return [ListingRow._make(row) for row in self.session.execute(query)]

    def agenda_states(self, as_of: dt.date, birthdays: Iterable[str] = ()) -> list[AgendaState]:
        """Active contacts that can appear on the agenda, with last touch and the year's count:
        those with a cadence, and the rest only when their birthday ("MM-DD") is in
        ``birthdays``.

        Both figures come from the (contact_id, occurred_on) index: one seek for the last
        touch, one short range for the count, and only for the circles that need it.
        """
        tp = TouchParticipant
        last = (
            select(func.max(tp.occurred_on))
            .where(tp.contact_id == Contact.id, tp.occurred_on <= as_of)
            .scalar_subquery()
        )
        year = (
            select(func.count())
            .where(
                tp.contact_id == Contact.id,
                tp.occurred_on > as_of - dt.timedelta(days=365),
                tp.occurred_on <= as_of,
            )
            .scalar_subquery()
        )
        # gives and receives (a made introduction is a give): the caller decides whether
        # they count as touches (the gives_count_as_touches preference)
        le = LedgerEntry
        valued = (le.contact_id == Contact.id, le.entry_type.in_(VALUE_ENTRIES))
        last_value = (
            select(func.max(le.occurred_on)).where(*valued, le.occurred_on <= as_of)
        ).scalar_subquery()
        value_year = (
            select(func.count())
            .where(
                *valued,
                le.occurred_on > as_of - dt.timedelta(days=365),
                le.occurred_on <= as_of,
            )
            .scalar_subquery()
        )
        # a Core read: the ORM's row loading adds a third to this query at 30,000 rows
        rows = (
            self.session.connection()
            .execute(
                select(
                    Contact.id,
                    Contact.name,
                    Contact.company,
                    Contact.circle,
                    Contact.cadence_days,
                    known_since().label("known_since"),
                    Contact.birthday,
                    Contact.snoozed_until,
                    last.label("last_touch_on"),
                    case((Contact.circle.in_(("inner", "middle")), year), else_=0).label("year"),
                    last_value.label("last_value_on"),
                    case((Contact.circle.in_(("inner", "middle")), value_year), else_=0).label(
                        "value_year"
                    ),
                ).where(
                    self._mine(),
                    Contact.archived_at.is_(None),
                    or_(
                        Contact.circle != "none",
                        Contact.cadence_days.is_not(None),
                        # "YYYY-MM-DD" and "--MM-DD" both end in MM-DD
                        func.substr(Contact.birthday, func.length(Contact.birthday) - 4).in_(
                            list(birthdays)
                        ),
                    ),
                )
            )
            .all()
        )
        return [AgendaState._make(row) for row in rows]

    def past_ties(self, ids: Sequence[int], as_of: dt.date) -> dict[int, tuple[int, int]]:
        """For each id: (touches, two-way touches) up to ``as_of``."""
        two_way = case(
            (or_(Touch.direction != "out", Touch.replied.is_(True)), 1),
            else_=0,
        )
        ties: dict[int, tuple[int, int]] = {}
        for chunk in _chunks(ids):
            rows = self.session.execute(
                select(TouchParticipant.contact_id, func.count(), func.sum(two_way))
                .join(Touch, Touch.id == TouchParticipant.touch_id)
                .where(
                    and_(
                        self._mine(TouchParticipant),
                        TouchParticipant.contact_id.in_(chunk),
                        TouchParticipant.occurred_on <= as_of,
                    )
                )
                .group_by(TouchParticipant.contact_id)
            )
            for contact_id, count, two in rows:
                ties[contact_id] = (int(count), int(two or 0))
        return ties

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

    def everyone(self) -> list[Contact]:
        return list(self.session.scalars(select(Contact).where(self._mine()).order_by(Contact.id)))

    def grouped(self, what: str) -> dict[int, list[str]]:
        """Every contact's emails, phones or tags, in their order."""
        table: Any
        table, column, order = {
            "emails": (ContactEmail, ContactEmail.email, (ContactEmail.position, ContactEmail.id)),
            "phones": (ContactPhone, ContactPhone.number, (ContactPhone.position, ContactPhone.id)),
            "tags": (ContactTag, ContactTag.tag, (ContactTag.tag,)),
        }[what]
        found: dict[int, list[str]] = {}
        rows = self.session.connection().execute(
            select(table.contact_id, column)
            .where(self._mine(table))
            .order_by(table.contact_id, *order)
        )
        for contact_id, value in rows:
            found.setdefault(contact_id, []).append(value)
        return found

    def last_touches(self) -> dict[int, dt.date]:
        rows = self.session.execute(
            select(TouchParticipant.contact_id, func.max(TouchParticipant.occurred_on))
            .where(self._mine(TouchParticipant))
            .group_by(TouchParticipant.contact_id)
        )
        return {contact_id: day for contact_id, day in rows}

    def circle_counts(self) -> dict[str, int]:
        rows = self.session.execute(
            select(Contact.circle, func.count())
            .where(self._mine(), Contact.archived_at.is_(None))
            .group_by(Contact.circle)
        )
        return {circle: int(n) for circle, n in rows}

    def page(
        self, flt: ListFilter, ids: Sequence[int] | None, sort: str, offset: int
    ) -> tuple[int, list[ListingRow]]:
        """One page of a listing, and how many match in all. ``ids`` (from a search)
        restricts and orders it."""
        from sqlalchemy import literal_column

        base = self._filtered(flt)
        if ids is not None:
            base = base.where(Contact.id.in_(ids))
        limit = flt.limit or 50
        if sort == "relevance" and ids is not None:
            # rank first, then page: which of the ranked ids pass the filters, in rank order
            passing = set(self.session.scalars(select(base.subquery().c.id)))
            ranked = [contact_id for contact_id in ids if contact_id in passing]
            base = base.where(Contact.id.in_(ranked[offset : offset + limit]))
            total, offset = len(ranked), 0
        else:
            total = int(self.session.scalar(select(func.count()).select_from(base.subquery())) or 0)
        last = (
            select(func.max(TouchParticipant.occurred_on))
            .where(TouchParticipant.contact_id == Contact.id)
            .scalar_subquery()
        )
        query = base.add_columns(last.label("last_touch_on"))
        if sort == "recent":
            query = query.order_by(
                literal_column("last_touch_on").desc().nulls_last(), Contact.name_key
            )
        elif sort == "company":
            query = query.order_by(
                Contact.company.is_(None), func.lower(Contact.company), Contact.name_key
            )
        elif sort == "name" or ids is None:
            query = query.order_by(Contact.name_key, Contact.id)
        rows = [
            ListingRow._make(r) for r in self.session.execute(query.offset(offset).limit(limit))
        ]
        if sort == "relevance" and ids is not None:
            rank = {contact_id: i for i, contact_id in enumerate(ids)}
            rows = sorted(rows, key=lambda r: rank[r.id])
        return total, rows

    def last_touches_of(self, ids: Sequence[int]) -> dict[int, dt.date]:
        """Each one's last touch: one seek on the (contact_id, occurred_on) index apiece."""
        last = (
            select(func.max(TouchParticipant.occurred_on))
            .where(TouchParticipant.contact_id == Contact.id)
            .scalar_subquery()
        )
        found: dict[int, dt.date] = {}
        for chunk in _chunks(sorted(ids)):
            rows = self.session.connection().execute(
                select(Contact.id, last).where(self._mine(), Contact.id.in_(chunk))
            )
            found.update({contact_id: day for contact_id, day in rows if day is not None})
        return found

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

    def _mine(self, model: Any = Contact) -> Any:
        return mine(model, self.workspace_id)

    def _require(self, *contact_ids: int) -> None:
        require_contacts(self.session, self.workspace_id, contact_ids)


def known_since() -> Any:
    """Since when I know a contact, as one SQL date: the day we met, else the LinkedIn
    connection day, else the day the contact was created (never missing: ``created_at`` is
    NOT NULL). The same rule as ``domain.views.known_since`` for a loaded contact."""
    created_on = func.date(Contact.created_at)
    return type_coerce(func.coalesce(Contact.met_on, Contact.connected_on, created_on), Date)


def name_key(name: str) -> str:
    return fold(name)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
