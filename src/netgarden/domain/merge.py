"""Merging two records of one person: which value wins, how free text combines. Pure: it
reads two contacts' columns by name and says what the kept one should change.

- A value only the other has is taken; the same value on both changes nothing.
- Free text both hold (how we met, personal, interests, help either way, notes) is joined,
  the kept one's first.
- Any other value both hold differently (company, title, LinkedIn, birthday…) stays the
  kept one's; the other's is noted in the notes ("Merged from #12: title: CTO"), as is the
  other's name when it differs ("also known as").
- Dates of meeting and connecting: the earlier wins. The closer circle wins; the shorter
  cadence wins (a contact's own cadence only: none means the circle's).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from netgarden.domain.values import TEXT_FIELDS

# Free text that two records can both hold: merged by keeping both.
JOINED = frozenset({"how_met", "personal", "interests", "help_them", "help_me", "notes"})
CLOSENESS = {"inner": 3, "middle": 2, "outer": 1, "none": 0}
SINGLE = (*TEXT_FIELDS, "linkedin_url", "birthday")  # one value each; JOINED ones combine
EARLIEST = ("met_on", "connected_on")


def merged_fields(keep: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """The changes to ``keep`` that take in everything of ``other`` (both by column name,
    with ``id`` and ``name``); nothing of ``other`` is lost."""
    changes: dict[str, Any] = {}
    kept_aside: list[str] = []
    for column in SINGLE:
        mine, theirs = keep.get(column), other.get(column)
        if not theirs or theirs == mine:
            continue
        if not mine:
            changes[column] = theirs
        elif column in JOINED:
            changes[column] = f"{mine}\n\n{theirs}"
        else:
            kept_aside.append(f"{column.replace('_', ' ')}: {theirs}")
    for column in EARLIEST:
        dates = [d for d in (keep.get(column), other.get(column)) if d]
        if dates and min(dates) != keep.get(column):
            changes[column] = min(dates)
    if CLOSENESS[other["circle"]] > CLOSENESS[keep["circle"]]:
        changes["circle"] = other["circle"]
    cadences = [c for c in (keep.get("cadence_days"), other.get("cadence_days")) if c]
    if cadences and min(cadences) != keep.get("cadence_days"):
        changes["cadence_days"] = min(cadences)
    if other["name"] != keep["name"]:
        kept_aside.append(f"also known as: {other['name']}")
    if kept_aside:
        notes = changes.get("notes", keep.get("notes"))
        aside = f"Merged from #{other['id']}: " + "; ".join(kept_aside)
        changes["notes"] = f"{notes}\n\n{aside}" if notes else aside
    return changes
