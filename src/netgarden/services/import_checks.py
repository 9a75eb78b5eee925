"""The checks every imported record passes before it is matched: the same limits as typing
it in; a record that fails them is skipped with its reason (issue 18 split it from
``importing``)."""

from __future__ import annotations

from netgarden.domain.normalize import clean_text
from netgarden.domain.values import check_day, check_length, parse_birthday
from netgarden.errors import InvalidValue
from netgarden.formats.records import (
    PersonRecord,
    PlanRecord,
    Record,
    ReplyMark,
    Skipped,
    TouchRecord,
    is_email,
    without_controls,
)


def checked(record: Record) -> Record:
    """The record as the network may hold it, or the row skipped with the reason: the same
    limits as typing it in (a name of at most 300 characters, dates from 1900 to 2999)."""
    if isinstance(record, Skipped | ReplyMark):
        return record
    if isinstance(record, PlanRecord):
        try:
            check_day(record.planned_on, "date")
            record.note = _text("note", record.note)
        except InvalidValue as problem:
            return Skipped(record.file, record.line, f"{problem.field}: {problem.message}")
        return record
    try:
        if isinstance(record, TouchRecord):
            check_day(record.occurred_on, "date")
            record.note = _text("note", record.note)
            return record
        return _person(record)
    except InvalidValue as problem:
        return Skipped(record.file, record.line, f"{problem.field}: {problem.message}")


def _person(record: PersonRecord) -> PersonRecord:
    from netgarden.domain.normalize import normalize_name

    name_text = without_controls(record.name)
    if record.name.strip() and not name_text.strip():
        raise InvalidValue("name", "the name is only control characters")
    record.name = normalize_name(name_text)
    for name in TEXT_COLUMNS:
        setattr(record, name, _text(name, getattr(record, name)))
    check_length("linkedin", record.linkedin_url)
    for day, name in ((record.met_on, "met_on"), (record.connected_on, "connected_on")):
        if day is not None:
            check_day(day, name)
    if record.birthday:
        record.birthday = str(parse_birthday(record.birthday))
    emails = (without_controls(e).strip() for e in record.emails)
    record.emails = list(dict.fromkeys(e for e in emails if is_email(e)))
    record.phones = [p for p in (without_controls(p).strip() for p in record.phones) if p]
    record.tags = [tag for tag in (without_controls(t).strip() for t in record.tags) if tag]
    return record


# PersonRecord's free text, each checked against its field's limit
TEXT_COLUMNS = (
    "company", "title", "location", "industry", "function", "seniority", "how_met", "personal",
    "interests", "notes",
)  # fmt: skip


MULTILINE = frozenset({"how_met", "personal", "interests", "notes", "note"})


def _text(name: str, value: str | None) -> str | None:
    """Control characters are a file's damage: gone (notes keep their line breaks and tabs,
    as typed text does). Too long is the row's reason to skip."""
    if value is None:
        return None
    return check_length(name, clean_text(value, multiline=name in MULTILINE))
