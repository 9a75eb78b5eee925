"""What repositories answer besides table objects: named, typed rows (never ``Row[Any]``
unpacked by position), so a column added to a query cannot shift another's meaning."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class ContactBrief(NamedTuple):
    """A contact as a reference resolves it or a message names it."""

    id: int
    name: str
    company: str | None


class ActiveName(NamedTuple):
    """An active contact as duplicate finding compares it."""

    id: int
    name: str
    company: str | None
    linkedin_url: str | None


class ListingRow(NamedTuple):
    """A line of the contact list (``list``, the Contacts page, the API's listing)."""

    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    cadence_days: int | None
    known_since: dt.date
    archived_at: dt.datetime | None
    last_touch_on: dt.date | None


class AgendaState(NamedTuple):
    """What the agenda needs of one contact, as of a day."""

    id: int
    name: str
    company: str | None
    circle: str
    cadence_days: int | None
    known_since: dt.date
    birthday: str | None
    snoozed_until: dt.date | None
    last_touch_on: dt.date | None
    year: int  # touches in the year up to the day (inner and middle circles only)
    last_value_on: dt.date | None  # the last give or receive
    value_year: int  # gives and receives in that year (inner and middle circles only)


class EmailKey(NamedTuple):
    contact_id: int
    email_key: str


class PhoneRow(NamedTuple):
    contact_id: int
    number: str
    e164: str | None


class TagRow(NamedTuple):
    contact_id: int
    tag: str


class DuplicateRow(NamedTuple):
    """Two contacts that may be one person, with why and how sure."""

    contact_id: int
    other_id: int
    evidence: str
    score: int


class LedgerRow(NamedTuple):
    id: int
    contact_id: int
    entry_type: str
    kind: str
    note: str | None
    occurred_on: dt.date


class StrengthEvent(NamedTuple):
    """A touch (``source`` "touch") or a ledger entry (``source`` its type) with someone."""

    contact_id: int
    on: dt.date
    kind: str
    source: str
    direction: str
    replied: bool | None


class LinkRow(NamedTuple):
    """One of a contact's links, seen from them: the other end and how they know each other."""

    other_id: int
    name: str
    company: str | None
    strength: str
    how: str | None
    source: str


class PersonRow(NamedTuple):
    id: int
    name: str
    company: str | None
    title: str | None
    seniority: str | None


class Profile(NamedTuple):
    """A contact's needs and expertise, for introduction suggestions."""

    id: int
    name: str
    company: str | None
    title: str | None
    interests: str | None
    help_them: str | None
    help_me: str | None
    industry: str | None
    function: str | None
    seniority: str | None


class IntroBrief(NamedTuple):
    id: int
    state: str


class IntroRow(NamedTuple):
    """An introduction with both people's names."""

    id: int
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    why: str | None
    state: str
    outcome: str | None
    updated_on: dt.date
