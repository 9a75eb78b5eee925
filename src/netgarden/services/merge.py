"""Duplicates: the candidates imports left and those the network holds now (however they
came in), and merging two contacts into one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.domain.duplicates import Named, NameIndex, distinct_profiles, similar_pairs
from netgarden.errors import Candidate, InvalidValue
from netgarden.services.contacts import TEXT_FIELDS
from netgarden.services.database import Unit
from netgarden.store.tables import Contact

# Free text that two records can both hold: merged by keeping both.
_JOINED = ("how_met", "personal", "interests", "help_them", "help_me", "notes")
_CLOSENESS = {"inner": 3, "middle": 2, "outer": 1, "none": 0}


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
    """Everything of OTHER moves into KEEP; nothing is lost; OTHER is then deleted."""
    if keep_id == other_id:
        raise InvalidValue("other", "cannot merge a contact into itself")
    keep, other = unit.contacts.require(keep_id), unit.contacts.require(other_id)
    changes = _merged_fields(keep, other)
    unit.contacts.move_children(other_id, keep_id)
    unit.contacts.delete(other_id)
    unit.contacts.update(keep_id, changes, now)
    unit.search.forget([other_id])
    unit.search.reindex([keep_id])


def _merged_fields(keep: Contact, other: Contact) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    kept_aside: list[str] = []
    for column in (*TEXT_FIELDS, "linkedin_url", "birthday"):
        mine, theirs = getattr(keep, column), getattr(other, column)
        if not theirs or theirs == mine:
            continue
        if not mine:
            changes[column] = theirs
        elif column in _JOINED:
            changes[column] = f"{mine}\n\n{theirs}"
        else:
            kept_aside.append(f"{column.replace('_', ' ')}: {theirs}")
    for column in ("met_on", "connected_on"):
        dates = [d for d in (getattr(keep, column), getattr(other, column)) if d]
        if dates and min(dates) != getattr(keep, column):
            changes[column] = min(dates)
    if _CLOSENESS[other.circle] > _CLOSENESS[keep.circle]:
        changes["circle"] = other.circle
    cadences = [c for c in (keep.cadence_days, other.cadence_days) if c]
    if cadences and min(cadences) != keep.cadence_days:
        changes["cadence_days"] = min(cadences)
    if other.name != keep.name:
        kept_aside.append(f"also known as: {other.name}")
    if kept_aside:
        notes = changes.get("notes", keep.notes)
        aside = f"Merged from #{other.id}: " + "; ".join(kept_aside)
        changes["notes"] = f"{notes}\n\n{aside}" if notes else aside
    return changes
