"""Use cases on one contact: add, edit, show, snooze, archive, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
    MULTILINE_FIELDS,
    TEXT_FIELDS,
    Circle,
    check_length,
    parse_birthday,
    parse_circle,
    parse_date,
    parse_positive_days,
)
from netgarden.domain.views import ContactView, TouchView
from netgarden.errors import (
    Collector,
    InvalidValue,
)
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact
from netgarden.store.tables import Contact


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
    # a whole list as wanted: the edit adds what is new and removes what is gone (``None``
    # leaves the list to ``emails`` and ``remove_emails``; ``[]`` clears it)
    all_emails: list[str] | None = None
    all_phones: list[str] | None = None
    all_tags: list[str] | None = None
    # what reviews read (issue 13): 1-5 each; energizes|neutral|drains; a board seat; the
    # decisions they make ("budget,hiring"); an IANA time zone; whether I mentor them
    influence: int | str | None = None
    accessibility: int | str | None = None
    energy: str | None = None
    board: str | None = None
    decides: str | None = None
    time_zone: str | None = None
    mentee: bool | str | None = None
    # career resilience (issue 16): a status (dated), what they hire for, how to reach them
    status: str | None = None
    status_on: str | None = None
    hiring_manager_for: str | None = None
    preferred_channel: str | None = None

    def asks_nothing(self) -> bool:
        """Whether there is nothing here to change: every field left alone, no list given."""
        for name, value in self.__dict__.items():
            listed = isinstance(value, list) and not name.startswith("all_")
            if (value != []) if listed else (value is not None):
                return False
        return True


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
    with check:
        columns.update(_review_columns(data))
    with check:
        from netgarden.domain.career import career_columns

        columns.update(career_columns(data.status, data.status_on, data.hiring_manager_for,
                                      data.preferred_channel, today))  # fmt: skip
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


def _review_columns(data: ContactInput) -> dict[str, Any]:
    from netgarden.domain.review_facts import review_columns

    return review_columns(data.influence, data.accessibility, data.energy, data.board,
                          data.decides, data.time_zone, data.mentee)  # fmt: skip


def _check_emails_free(unit: Unit, emails: Sequence[str], contact_id: int | None) -> None:
    for email in emails:
        owner = unit.contacts.email_owner(email)
        if owner is not None and owner != contact_id:
            other = unit.contacts.get(owner)
            who = f"{other.name} (#{owner})" if other else f"#{owner}"
            raise InvalidValue("emails", f"{email} already belongs to {who}")


def add_contact(unit: Unit, data: ContactInput, now: dt.datetime, today: dt.date) -> int:
    from dataclasses import replace

    data, valid = _checked(replace(data, name=data.name or ""), ([], [], []), today, unit.region)
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
) -> ContactView:
    """Apply the changes (none when ``data`` asks nothing); returns the contact as it now is."""
    require_contact(unit, contact_id)
    if data.asks_nothing():
        return show_contact(unit, contact_id, today)
    have = (unit.contacts.emails(contact_id), unit.contacts.phones(contact_id),
            unit.contacts.tags(contact_id))  # fmt: skip
    data, valid = _checked(data, have, today, unit.region)
    _check_emails_free(unit, valid.emails, contact_id)
    _record_role(unit, contact_id, valid.columns, today)
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
    return show_contact(unit, contact_id, today)


def _record_role(unit: Unit, contact_id: int, columns: dict[str, Any], today: dt.date) -> None:
    """A new company or title is a line of role history (issue 16)."""
    from netgarden.domain.normalize import fold

    if "company" not in columns and "title" not in columns:
        return
    before = _existing(unit, contact_id)
    was = (before.company, before.title)
    now_ = (columns.get("company", before.company), columns.get("title", before.title))
    if [fold(v) for v in was] != [fold(v) for v in now_]:
        unit.career.add_role_change(contact_id, today, was, now_, "edit")


def _checked(
    data: ContactInput, have: tuple[list[str], list[str], list[str]], today: dt.date,
    region: str,
) -> tuple[ContactInput, _Validated]:  # fmt: skip
    """The input with its wanted lists turned into changes, and its values checked: every
    problem of every field is raised at once."""
    from dataclasses import replace

    check = Collector()
    folded = replace(data, all_emails=None, all_phones=None, all_tags=None)
    with check:
        folded = _wanted_lists(data, have, region)
    valid = None
    with check:
        valid = _validate(folded, today, region)
    check.raise_if_any()
    assert valid is not None
    return folded, valid


def _wanted_lists(
    data: ContactInput, have: tuple[list[str], list[str], list[str]], region: str
) -> ContactInput:
    """``data`` with each whole list it wants (``all_emails``…) turned into additions and
    removals against what the contact has; every malformed value is raised at once."""
    from dataclasses import replace

    from netgarden.domain.lists import changes, email_key, phone_key, tag_key

    keys = {"emails": email_key, "phones": phone_key(region), "tags": tag_key}
    check, found = Collector(), dict[str, Any]()
    for (name, key), stored in zip(keys.items(), have, strict=True):
        wanted = getattr(data, f"all_{name}")
        if wanted is not None:
            with check:
                diff = changes(wanted, stored, key)
                found[name] = [*getattr(data, name), *diff.add]
                found[f"remove_{name}"] = [*getattr(data, f"remove_{name}"), *diff.remove]
    check.raise_if_any()
    return replace(data, all_emails=None, all_phones=None, all_tags=None, **found)


def _emails(unit: Unit, contact_id: int) -> set[str]:
    return {e.casefold() for e in unit.contacts.emails(contact_id)}


def _remove(removed: int, asked: Sequence[str], what: str) -> None:
    if removed < len(set(asked)):
        raise InvalidValue(
            f"remove_{what}s", f"{', '.join(asked)}: not all of these are on the contact"
        )


def show_contact(unit: Unit, contact_id: int, today: dt.date) -> ContactView:
    """Everything about one contact, with their timeline."""
    contact = require_contact(unit, contact_id)
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
        next_due_on=due_on(contact, prefs, last_touch_on, last_value_on),
        snoozed_until=snoozed if snoozed and snoozed > today else None,
        archived=contact.archived_at is not None,
        touches=touches,
    )


def due_on(
    contact: Contact, prefs: Preferences, last_touch_on: dt.date | None,
    last_value_on: dt.date | None,
) -> dt.date | None:  # fmt: skip
    """When the contact is next due: their cadence from the day the clock last reset."""
    cadence = effective_cadence(CIRCLES[contact.circle], contact.cadence_days, prefs)
    known_since = contact.met_on or contact.connected_on or contact.created_at.date()
    return next_due_on(cadence, clock_start(last_touch_on, last_value_on, prefs), known_since)


def next_due_of(unit: Unit, contact: Contact) -> dt.date | None:
    """When a stored contact is next due, as of what the unit holds now."""
    last_value_on = unit.ledger.last_value_on([contact.id]).get(contact.id)
    last_touch_on = unit.contacts.last_touch_on(contact.id)
    return due_on(contact, unit.preferences(), last_touch_on, last_value_on)


# columns a view carries elsewhere (or not at all)
_NOT_FIELDS = frozenset(
    {"id", "name", "name_key", "workspace_id", "circle", "cadence_days", "snoozed_until",
     "archived_at"}
)  # fmt: skip


def delete_contact(unit: Unit, contact_id: int) -> None:
    """Delete a contact for good, with touches only they were part of."""
    require_contact(unit, contact_id)
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


def _existing(unit: Unit, contact_id: int) -> Contact:
    """An update of a missing row changes nothing and says nothing: say it here."""
    return require_contact(unit, contact_id)
