"""What importers yield: people, touches, and rows they had to skip (with file, line, why)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from netgarden.errors import FormatError as FormatError  # importers raise it from here

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
# C0 and C1 control characters (NUL, ESC, DEL…): a file's damage, never part of a name


def without_controls(text: str) -> str:
    """``text`` less its control characters, whole escape sequences included (one rule with
    typed text: domain.normalize.strip_controls); tabs and line breaks stay."""
    from netgarden.domain.normalize import strip_controls

    return strip_controls(text, multiline=True)


def tidy_name(text: str) -> str:
    """A name as an importer keeps it: no control characters, single spaces."""
    return " ".join(without_controls(text).split())


def is_email(text: str) -> bool:
    """Shaped like an email address: what an import keeps in a contact's emails."""
    return _EMAIL.match(text.strip()) is not None


@dataclass
class PersonRecord:
    file: str
    line: int
    name: str
    company: str | None = None
    title: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    linkedin_url: str | None = None
    birthday: str | None = None  # canonical: YYYY-MM-DD or --MM-DD
    notes: str | None = None
    personal: str | None = None
    location: str | None = None
    industry: str | None = None
    function: str | None = None
    seniority: str | None = None
    interests: str | None = None
    how_met: str | None = None
    met_on: dt.date | None = None
    connected_on: dt.date | None = None
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.name = tidy_name(self.name)


@dataclass(frozen=True)
class PersonRef:
    """Someone a touch involves, as the file names them."""

    name: str | None
    linkedin_url: str | None = None
    email: str | None = None  # matched first: calendars and mailboxes name people by address


@dataclass
class TouchRecord:
    file: str
    line: int
    occurred_on: dt.date
    kind: str
    direction: str
    note: str | None
    people: list[PersonRef]
    source_key: str
    replied: bool | None = None


@dataclass
class PlanRecord:
    """A meeting still to come in a calendar: the next occurrence of its UID becomes a
    planned meeting with the known people (issue 12); ``source_key`` is per UID, so a
    re-import finds the plan again and a moved meeting moves it."""

    file: str
    line: int
    planned_on: dt.date
    kind: str
    note: str | None
    people: list[PersonRef]
    source_key: str


@dataclass(frozen=True)
class ReplyMark:
    """A reply seen in a mailbox: the outreach touches of its thread (source keys starting
    ``thread``) dated on or before ``on`` are marked replied, this import's or earlier ones."""

    thread: str
    on: dt.date


@dataclass(frozen=True)
class Skipped:
    file: str
    line: int
    reason: str


Record = PersonRecord | TouchRecord | Skipped | ReplyMark | PlanRecord
