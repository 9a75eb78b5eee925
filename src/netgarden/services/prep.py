"""Targets of an event and its prep sheet (domain.prep), and the prep of an informational
interview (seeds/002: "Come prepared with specific questions")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.domain.events import PersonRole
from netgarden.domain.normalize import clean_text
from netgarden.domain.prep import EventFacts, PrepSheet, Target, TargetSource, build_sheet
from netgarden.domain.seed_texts import INTERVIEW_QUESTIONS, INTERVIEW_TIME, REPORT_BACK, Quote
from netgarden.domain.values import check_length
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.events import EventView, show_event
from netgarden.services.lookup import require_contact

MOST_TARGETS_AT_ONCE = 50


def parse_source(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return TargetSource(value.strip().lower()).value
    except ValueError:
        accepted = ", ".join(s.value for s in TargetSource)
        raise InvalidValue("source", f"{value!r} is not accepted; use one of: {accepted}") from None


@dataclass(frozen=True)
class Targeted:
    event: EventView
    contact_id: int
    name: str
    created: bool  # False: a target already (its source and starter were updated)


def add_target(
    unit: Unit, event_id: int, contact_id: int, source: str | None, starter: str | None,
    now: dt.datetime,
) -> Targeted:  # fmt: skip
    """Someone I want to meet at an event, where I found them (the attendee or speaker list)
    and what I will open with (seeds/002: "Plan conversation starters for each")."""
    unit.events.require(event_id)
    contact = require_contact(unit, contact_id)
    found = parse_source(source)
    text = check_length("starter", clean_text(starter, multiline=False))
    role = PersonRole.TARGET.value
    created = not unit.events.has_person(event_id, contact_id, role)
    if created:
        unit.events.add_person(event_id, contact_id, role, text, None, now, found)
    else:
        changes = {k: v for k, v in (("source", found), ("note", text)) if v is not None}
        if changes:
            unit.events.set_person(event_id, contact_id, role, changes)
    if found == TargetSource.SPEAKER_LIST.value and not unit.events.has_person(
        event_id, contact_id, PersonRole.SPEAKER.value
    ):
        unit.events.add_person(event_id, contact_id, PersonRole.SPEAKER.value, None, None, now)
    return Targeted(show_event(unit, event_id), contact_id, contact.name, created)


def prep_sheet(unit: Unit, event_id: int, today: dt.date) -> tuple[EventView, PrepSheet]:
    """The event and its prep sheet."""
    event = show_event(unit, event_id)
    companies = sorted({p.company for p in event.people if p.company}, key=str.casefold)
    facts = EventFacts(event.name, event.on, event.start, event.format, event.virtual,
                       event.size, event.topics, event.organizer, event.goal,
                       tuple(companies))  # fmt: skip
    targets = [
        Target(r.id, r.name, r.title, r.company, r.how_met, r.interests, r.source, r.note,
               _warm_path(unit, r.id, today))
        for r in unit.events.targets(event_id)
    ]  # fmt: skip
    return event, build_sheet(facts, targets, unit.profile.get())


def _warm_path(unit: Unit, contact_id: int, today: dt.date) -> str | None:
    """The best warm path to a target, as names ("via A → B"), or that I know them myself;
    None when nobody leads there."""
    from netgarden.services.paths import warm_paths

    paths = warm_paths(unit, to=contact_id, limit=1, today=today)
    if not paths:
        return None
    if len(paths[0].ids) < 2:
        return "you know them yourself"
    return "via " + " → ".join(paths[0].names[:-1])


@dataclass(frozen=True)
class InterviewPrep:
    """An informational interview's prep: their profile, what I want to learn (their
    "how they might help me"), my stored questions, and the seeds' words."""

    contact_id: int
    name: str
    title: str | None
    company: str | None
    how_met: str | None
    interests: str | None
    learn: str | None
    questions: tuple[str, ...]
    advice: tuple[Quote, ...] = (INTERVIEW_QUESTIONS, INTERVIEW_TIME, REPORT_BACK)


def interview_prep(unit: Unit, contact_id: int) -> InterviewPrep:
    c = require_contact(unit, contact_id)
    stored = unit.profile.get().get("questions") or ""
    questions = tuple(q.strip(" -*\t") for q in stored.splitlines() if q.strip(" -*\t"))
    return InterviewPrep(c.id, c.name, c.title, c.company, c.how_met, c.interests, c.help_me,
                         questions)  # fmt: skip


def sheet_fields(event: EventView, sheet: PrepSheet) -> dict[str, Any]:
    """The sheet's documented fields, for the CLI's JSON and the API alike."""
    return {
        "event_id": event.id,
        "name": event.name,
        "on": event.on,
        "research": [{"question": a.question.text, "answer": a.answer} for a in sheet.research],
        "goal": sheet.goal,
        "targets": [
            {
                "contact_id": p.target.contact_id,
                "name": p.target.name,
                "title": p.target.title,
                "company": p.target.company,
                "how_met": p.target.how_met,
                "interests": p.target.interests,
                "source": p.target.source,
                "warm_path": p.target.warm_path,
                "starter": p.starter,
                "starter_from": p.starter_from,
            }
            for p in sheet.targets
        ],
        "warnings": list(sheet.warnings),
        "openers": [q.text for q in sheet.openers],
        "join": sheet.join.text,
        "exits": [q.text for q in sheet.exits],
        "pitches": [
            {"seconds": p.seconds, "text": p.text, "built": p.built, "missing": list(p.missing)}
            for p in sheet.pitches
        ],
        "arrival": sheet.arrival.advice,
        "follow_ups": [{"kind": k, "due_on": d} for k, d, _ in sheet.follow_ups],
        "order": list(sheet.order),
    }


def add_named_target(
    unit: Unit, event_id: int, reference: str, source: str | None, starter: str | None,
    now: dt.datetime,
) -> Targeted:  # fmt: skip
    """``add_target`` for someone given as typed in a search box (an id, an email or a
    name): the event is checked before anyone is looked up."""
    from netgarden.services.lookup import resolve_contact

    unit.events.require(event_id)
    if not reference.strip():
        raise InvalidValue("contact", "name the person you want to meet")
    return add_target(unit, event_id, resolve_contact(unit, reference), source, starter, now)
