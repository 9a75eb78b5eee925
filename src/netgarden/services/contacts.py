"""Use cases on contacts: add, edit, show, list, resolve a reference, snooze, archive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from netgarden.domain.cadence import clock_start, effective_cadence, next_due_on
from netgarden.domain.normalize import (
    clean_text,
    normalize_email,
    normalize_linkedin,
    normalize_name,
    normalize_phone,
    normalize_tag,
)
from netgarden.domain.preferences import Preferences
from netgarden.domain.values import (
    CIRCLES,
    MAX_ID,
    Circle,
    check_length,
    parse_birthday,
    parse_circle,
    parse_date,
    parse_id,
    parse_positive_days,
)
from netgarden.domain.views import ContactView, ListFilter, TouchView
from netgarden.errors import (
    AmbiguousContact,
    Candidate,
    Collector,
    InvalidValue,
    UnknownContact,
    UserError,
)
from netgarden.services.database import Unit
from netgarden.store.tables import Contact

# Free-text fields, by column name (ContactInput's fields of the same names set them).
TEXT_FIELDS: tuple[str, ...] = (
    "company", "title", "how_met", "met_at", "personal", "interests", "help_them", "help_me",
    "notes", "location", "industry", "function", "seniority",
)  # fmt: skip
# the free-text fields that may hold several lines (the rest are one line each)
MULTILINE_FIELDS = frozenset({"how_met", "personal", "interests", "help_them", "help_me", "notes"})


@dataclass
class ContactInput:
    """What a user typed, unvalidated. ``None`` leaves a field alone; ``""`` clears it."""

    name: str | None = None
    company: str | None = None
    title: str | None = None
    how_met: str | None = None
    met_at: str | None = None
    personal: str | None = None
    interests: str | None = None
    help_them: str | None = None
    help_me: str | None = None
    notes: str | None = None
    location: str | None = None
    industry: str | None = None
    function: str | None = None
    seniority: str | None = None
    met_on: str | None = None
    birthday: str | None = None
    linkedin: str | None = None
    circle: str | None = None
    every: int | str | None = None  # 0 (or "0"): back to the circle's cadence
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    remove_emails: list[str] = field(default_factory=list)
    remove_phones: list[str] = field(default_factory=list)
    remove_tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Validated:
    columns: dict[str, Any]
    emails: list[str]
    phones: list[tuple[str, str | None]]
    tags: list[str]


def _validate(data: ContactInput, today: dt.date, region: str) -> _Validated:
    """Check every value before anything is written; every problem is raised at once."""
    columns: dict[str, Any] = {}
    check = Collector()
    if data.name is not None:
        with check:
            columns["name"] = normalize_name(data.name)
    for column in TEXT_FIELDS:
        value = getattr(data, column)
        if value is not None:
            with check:
                cleaned = clean_text(value, multiline=column in MULTILINE_FIELDS)
                columns[column] = check_length(column, cleaned)
    with check:
        if data.met_on is not None:
            columns["met_on"] = parse_date(data.met_on, today, "met_on") if data.met_on else None
    with check:
        if data.birthday is not None:
            columns["birthday"] = str(parse_birthday(data.birthday)) if data.birthday else None
    with check:
        if data.linkedin is not None:
            url = normalize_linkedin(data.linkedin) if data.linkedin else None
            columns["linkedin_url"] = check_length("linkedin", url)
    with check:
        if data.circle is not None:
            columns["circle"] = parse_circle(data.circle).value
    with check:
        if data.every is not None:
            every = data.every
            keep = every not in (0, "0", "")
            columns["cadence_days"] = parse_positive_days(every, "every") if keep else None
    emails: list[str] = []
    phones: list[tuple[str, str | None]] = []
    tags: list[str] = []
    with check:
        emails = list(dict.fromkeys(normalize_email(e) for e in data.emails))
    with check:
        phones = [normalize_phone(p, region) for p in data.phones]
    with check:
        tags = [normalize_tag(t) for t in data.tags]
    check.raise_if_any()
    return _Validated(columns, emails, phones, tags)


def _check_emails_free(unit: Unit, emails: Sequence[str], contact_id: int | None) -> None:
    for email in emails:
        owner = unit.contacts.email_owner(email)
        if owner is not None and owner != contact_id:
            other = unit.contacts.get(owner)
            who = f"{other.name} (#{owner})" if other else f"#{owner}"
            raise InvalidValue("emails", f"{email} already belongs to {who}")


def add_contact(unit: Unit, data: ContactInput, now: dt.datetime, today: dt.date) -> int:
    from dataclasses import replace

    valid = _validate(replace(data, name=data.name or ""), today, unit.region)
    _check_emails_free(unit, valid.emails, None)
    columns = {"circle": Circle.NONE.value, **valid.columns}
    contact_id = unit.contacts.insert(columns, now)
    unit.contacts.add_emails(contact_id, valid.emails)
    unit.contacts.add_phones(contact_id, valid.phones)
    unit.contacts.add_tags(contact_id, valid.tags)
    unit.search.reindex([contact_id])
    return contact_id


def edit_contact(
    unit: Unit, contact_id: int, data: ContactInput, now: dt.datetime, today: dt.date
) -> bool:
    """Apply the changes; returns whether anything was given to change."""
    valid = _validate(data, today, unit.region)
    removals = (data.remove_emails, data.remove_phones, data.remove_tags)
    if not (valid.columns or valid.emails or valid.phones or valid.tags or any(removals)):
        return False
    _check_emails_free(unit, valid.emails, contact_id)
    unit.contacts.update(contact_id, valid.columns, now)
    _remove(
        unit.contacts.remove_emails(contact_id, data.remove_emails), data.remove_emails, "email"
    )
    _remove(
        unit.contacts.remove_phones(contact_id, data.remove_phones), data.remove_phones, "phone"
    )
    tags = [normalize_tag(t, "remove_tags") for t in data.remove_tags]
    _remove(unit.contacts.remove_tags(contact_id, tags), tags, "tag")
    unit.contacts.add_emails(
        contact_id, [e for e in valid.emails if e not in _emails(unit, contact_id)]
    )
    unit.contacts.add_phones(contact_id, valid.phones)
    unit.contacts.add_tags(contact_id, valid.tags)
    unit.search.reindex([contact_id])
    return True


def _emails(unit: Unit, contact_id: int) -> set[str]:
    return {e.casefold() for e in unit.contacts.emails(contact_id)}


def _remove(removed: int, asked: Sequence[str], what: str) -> None:
    if removed < len(set(asked)):
        raise InvalidValue(
            f"remove_{what}s", f"{', '.join(asked)}: not all of these are on the contact"
        )


def show_contact(unit: Unit, contact_id: int, today: dt.date) -> ContactView:
    contact = unit.contacts.require(contact_id)
    return contact_view(
        contact,
        prefs=unit.preferences(),
        today=today,
        emails=unit.contacts.emails(contact_id),
        phones=unit.contacts.phones(contact_id),
        tags=unit.contacts.tags(contact_id),
        last_touch_on=unit.contacts.last_touch_on(contact_id),
        last_value_on=unit.ledger.last_value_on([contact_id]).get(contact_id),
        touches=unit.touches.timeline(contact_id),
    )


def contact_view(
    contact: Contact,
    *,
    prefs: Preferences,
    today: dt.date,
    emails: list[str],
    phones: list[str],
    tags: list[str],
    last_touch_on: dt.date | None,
    touches: list[TouchView],
    last_value_on: dt.date | None = None,
) -> ContactView:
    """The one way a stored contact becomes what surfaces and exporters see."""
    cadence = effective_cadence(CIRCLES[contact.circle], contact.cadence_days, prefs)
    known_since = contact.met_on or contact.connected_on or contact.created_at.date()
    snoozed = contact.snoozed_until
    return ContactView(
        id=contact.id,
        name=contact.name,
        fields={
            column.name: getattr(contact, column.name)
            for column in Contact.__table__.columns
            if column.name not in _NOT_FIELDS
        },
        emails=emails,
        phones=phones,
        tags=tags,
        circle=contact.circle,
        cadence_days=cadence,
        cadence_source="contact" if contact.cadence_days else "circle",
        last_touch_on=last_touch_on,
        next_due_on=next_due_on(
            cadence, clock_start(last_touch_on, last_value_on, prefs), known_since
        ),
        snoozed_until=snoozed if snoozed and snoozed > today else None,
        archived=contact.archived_at is not None,
        touches=touches,
    )


# columns a view carries elsewhere (or not at all)
_NOT_FIELDS = frozenset(
    {"id", "name", "name_key", "workspace_id", "circle", "cadence_days", "snoozed_until",
     "archived_at"}
)  # fmt: skip


@dataclass(frozen=True)
class ContactSummary:
    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    last_touch_on: dt.date | None
    next_due_on: dt.date | None


def list_contacts(unit: Unit, flt: ListFilter) -> list[ContactSummary]:
    prefs = unit.preferences()
    rows = unit.contacts.listing(_checked(flt))
    given = unit.ledger.last_value_on(None if len(rows) > 500 else [r.id for r in rows])
    return [_summary(row, prefs, given.get(row.id)) for row in rows]


@dataclass(frozen=True)
class Page:
    rows: list[ContactSummary]
    total: int
    offset: int
    limit: int


SORTS = ("name", "recent", "company", "relevance")
SEARCH_DEPTH = 1000  # a search lists at most this many people, best first


def browse(
    unit: Unit,
    flt: ListFilter,
    query: str | None = None,
    sort: str = "name",
    offset: int = 0,
    among: list[int] | None = None,
) -> Page:
    """A page of contacts: filtered, searched (best matches first), sorted; ``among``
    keeps to those ids (e.g. the people due today)."""
    if sort not in SORTS:
        raise InvalidValue("sort", f"{sort!r} is not a sort; use one of: {', '.join(SORTS)}")
    if offset < 0:
        raise InvalidValue("offset", "must be 0 or more")
    flt = _checked(flt)
    ids = None
    if query and query.strip():
        from netgarden.store.search import fts_query

        if fts_query(query):
            ids = unit.search.ranked_ids(query, SEARCH_DEPTH)
            sort = "relevance" if sort == "name" else sort
    if among is not None:
        keep = set(among)
        ids = [i for i in ids if i in keep] if ids is not None else sorted(keep)
    prefs = unit.preferences()
    limit = flt.limit or 50
    total, rows = unit.contacts.page(flt, ids, sort, offset)
    given = unit.ledger.last_value_on([row.id for row in rows])
    return Page([_summary(row, prefs, given.get(row.id)) for row in rows], total, offset, limit)


MAX_LIMIT = 1_000_000


def _checked(flt: ListFilter) -> ListFilter:
    if flt.limit is not None and not 1 <= flt.limit <= MAX_LIMIT:
        raise InvalidValue("limit", f"{flt.limit} is out of range; use 1 to {MAX_LIMIT:,}")
    check_length("company", flt.company)  # a long pattern is too complex for LIKE
    if flt.circle is not None:
        flt = ListFilter(**{**flt.__dict__, "circle": parse_circle(flt.circle).value})
    if flt.tag is not None:
        flt = ListFilter(**{**flt.__dict__, "tag": normalize_tag(flt.tag)})
    return flt


def _summary(row: Any, prefs: Preferences, last_value_on: dt.date | None) -> ContactSummary:
    cadence = effective_cadence(CIRCLES[row.circle], row.cadence_days, prefs)
    clock = clock_start(row.last_touch_on, last_value_on, prefs)
    return ContactSummary(
        row.id, row.name, row.company, row.title, row.circle, row.last_touch_on,
        next_due_on(cadence, clock, row.known_since),
    )  # fmt: skip


def delete_contact(unit: Unit, contact_id: int) -> None:
    """Delete a contact for good, with touches only they were part of."""
    unit.contacts.require(contact_id)
    unit.search.forget([contact_id])
    unit.contacts.delete(contact_id)
    unit.touches.delete_orphans()


def snooze(unit: Unit, contact_id: int, until: dt.date, today: dt.date, now: dt.datetime) -> None:
    _existing(unit, contact_id)
    if until <= today:
        raise InvalidValue(
            "until", f"{until.isoformat()} is not in the future; snooze to a later date"
        )
    unit.contacts.update(contact_id, {"snoozed_until": until}, now)


def set_archived(unit: Unit, contact_id: int, archived: bool, now: dt.datetime) -> bool:
    """Archive or bring back; returns False (and writes nothing) when the contact already
    is as asked."""
    contact = _existing(unit, contact_id)
    if (contact.archived_at is not None) == archived:
        return False
    unit.contacts.update(contact_id, {"archived_at": now if archived else None}, now)
    return True


def names_of(unit: Unit, ids: Iterable[int]) -> dict[int, str]:
    """Each contact's name by id, for messages that name people."""
    found = unit.contacts.briefs(sorted(set(ids)))
    return {contact_id: row.name for contact_id, row in found.items()}


def _existing(unit: Unit, contact_id: int) -> Contact:
    """An update of a missing row changes nothing and says nothing: say it here."""
    return unit.contacts.require(contact_id)


# -- resolving a CONTACT reference ---------------------------------------------------------

CLOSE_MATCH = 90
SUGGEST = 60


def resolve_contact(unit: Unit, reference: str) -> int:
    """An id (``12`` or ``#12``), an email, or a name: exact, then unique prefix, then close."""
    ref = reference.strip()
    if not ref:
        raise UserError("CONTACT: empty; give an id, an email or a name")
    contact_id = parse_id(ref)
    if contact_id is not None:
        if contact_id <= MAX_ID and unit.contacts.get(contact_id) is not None:
            return contact_id
        shown = ref.lstrip("#").lstrip("0")[:25] or "0"
        raise UnknownContact(f"no contact with id {shown}", ref, [])
    if "@" in ref:
        owner = unit.contacts.email_owner(ref)
        if owner is None:
            raise UnknownContact(f"no contact has the email {ref}", ref, [])
        return owner
    for rows in (
        unit.contacts.by_name(ref),
        unit.contacts.by_name_prefix(ref, 20),
        unit.contacts.by_word_prefix(ref, 20),
    ):
        if len(rows) == 1:
            return int(rows[0].id)
        if rows:
            raise _ambiguous(ref, [Candidate(r.id, r.name, r.company) for r in rows])
    return _close_match(unit, ref)


def _close_match(unit: Unit, ref: str) -> int:
    from rapidfuzz import fuzz, process, utils

    rows = unit.contacts.all_names()
    names = {row.id: row.name for row in rows}
    found = process.extract(
        ref,
        names,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=5,
        score_cutoff=SUGGEST,
    )
    by_id = {row.id: row for row in rows}
    candidates = [Candidate(key, by_id[key].name, by_id[key].company) for _, _, key in found]
    close = [c for (_, score, _), c in zip(found, candidates, strict=True) if score >= CLOSE_MATCH]
    if len(close) == 1:
        return close[0].id
    if len(close) > 1:
        raise _ambiguous(ref, close)
    hint = (
        "; did you mean " + ", ".join(_describe(c) for c in candidates) + "?" if candidates else ""
    )
    raise UnknownContact(f"no contact matches {ref!r}{hint}", ref, candidates)


def _ambiguous(ref: str, candidates: list[Candidate]) -> AmbiguousContact:
    listing = "\n".join(f"  {_describe(c)}" for c in candidates)
    return AmbiguousContact(
        f"{ref!r} matches {len(candidates)} contacts; use the id:\n{listing}", ref, candidates
    )


def _describe(candidate: Candidate) -> str:
    company = f" ({candidate.company})" if candidate.company else ""
    return f"#{candidate.id} {candidate.name}{company}"
