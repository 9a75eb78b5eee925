"""Duplicates: the candidates imports left and those the network holds now (however they
came in), and merging two contacts into one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.domain.duplicates import Named, NameIndex, distinct_profiles, similar_pairs
from netgarden.domain.merge import merged_fields
from netgarden.errors import Candidate, InvalidValue
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact
from netgarden.store.tables import Contact


@dataclass(frozen=True)
class DuplicatePair:
    contact_id: int
    contact_name: str
    other_id: int
    other_name: str
    evidence: str
    score: int


def duplicate_pairs(unit: Unit) -> list[DuplicatePair]:
    """Pairs that may be one person, likeliest first: those an import was unsure about, and
    names at the same company that may be the same one (added by hand, by an older import
    or by a generator alike)."""
    pairs = {
        (r.contact_id, r.other_id): (r.evidence, r.score)
        for r in unit.contacts.duplicate_candidates()
    }
    people = [Named(*row) for row in unit.contacts.active_names()]
    for low, high, evidence, score in similar_pairs(people):
        pairs.setdefault((low, high), (evidence, score))
    names = unit.contacts.briefs(sorted({i for pair in pairs for i in pair}))
    ordered = sorted(pairs.items(), key=lambda item: (-item[1][1], item[0]))
    return [
        DuplicatePair(low, names[low].name, high, names[high].name, evidence, score)
        for (low, high), (evidence, score) in ordered
        if low in names and high in names
    ]


def duplicates_of(unit: Unit, contact_id: int) -> list[Candidate]:
    """Contacts at the same company whose names may be this contact's (to warn on adding)."""
    people = {row.id: Named(*row) for row in unit.contacts.active_names()}
    me = people.get(contact_id)
    if me is None:
        return []
    index = NameIndex()
    for person in people.values():
        if person.id != contact_id:
            index.add(person.id, person.name, person.company)
    return [
        Candidate(i, people[i].name, people[i].company)
        for i, _ in index.near(me.name, me.company)
        if not distinct_profiles(me, people[i])
    ]


def merge_contacts(unit: Unit, keep_id: int, other_id: int, now: dt.datetime) -> None:
    """Everything of OTHER moves into KEEP (by ``domain.merge``'s rules); nothing is lost;
    OTHER is then deleted."""
    if keep_id == other_id:
        raise InvalidValue("other", "cannot merge a contact into itself")
    keep, other = require_contact(unit, keep_id), require_contact(unit, other_id)
    changes = merged_fields(_columns(keep), _columns(other))
    unit.contacts.move_children(other_id, keep_id)
    unit.practice.move_anniversaries(other_id, keep_id)  # issue 15
    unit.events.move_person(other_id, keep_id)  # their events and follow-ups (issue 12)
    unit.tasks.move(other_id, keep_id)
    unit.contacts.delete(other_id)
    unit.contacts.update(keep_id, changes, now)
    unit.search.forget([other_id])
    unit.search.reindex([keep_id])


def _columns(contact: Contact) -> dict[str, Any]:
    return {column.name: getattr(contact, column.name) for column in Contact.__table__.columns}
