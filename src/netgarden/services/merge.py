"""Duplicates: the candidates imports left, and merging two contacts into one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.errors import InvalidValue, UnknownContact
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
    rows = unit.contacts.duplicate_candidates()
    names = unit.contacts.briefs(sorted({r.contact_id for r in rows} | {r.other_id for r in rows}))
    return [
        DuplicatePair(
            r.contact_id,
            names[r.contact_id].name,
            r.other_id,
            names[r.other_id].name,
            r.evidence,
            r.score,
        )
        for r in rows
        if r.contact_id in names and r.other_id in names
    ]


def merge_contacts(unit: Unit, keep_id: int, other_id: int, now: dt.datetime) -> None:
    """Everything of OTHER moves into KEEP; nothing is lost; OTHER is then deleted."""
    if keep_id == other_id:
        raise InvalidValue("other", "cannot merge a contact into itself")
    keep, other = unit.contacts.get(keep_id), unit.contacts.get(other_id)
    if keep is None or other is None:
        missing = keep_id if keep is None else other_id
        raise UnknownContact(f"no contact with id {missing}", str(missing), [])
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
