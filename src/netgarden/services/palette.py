"""The command palette's people search: names as typed, then close ones (a typo, a letter
left out), best first. It reads only."""

from __future__ import annotations

from netgarden.errors import Candidate
from netgarden.services.database import Unit

FUZZY_CUTOFF = 60  # rapidfuzz WRatio: below this a name is not offered
MOST = 8


def find_people(unit: Unit, query: str, limit: int = MOST) -> list[Candidate]:
    """People whose name starts with ``query`` or has a word that does; failing that, the
    names closest to it (``prya`` finds Priya Raman)."""
    typed = query.strip()[:100]
    if not typed:
        return []
    found: dict[int, Candidate] = {}
    starts = unit.contacts.by_name_prefix(typed, limit)
    for row in [*starts, *unit.contacts.by_word_prefix(typed, limit)]:
        found.setdefault(row.id, Candidate(row.id, row.name, row.company))
    if not found:  # a typo or a letter left out: the closest names
        for candidate in _close(unit, typed, limit):
            found.setdefault(candidate.id, candidate)
    return list(found.values())[:limit]


def _close(unit: Unit, typed: str, limit: int) -> list[Candidate]:
    from rapidfuzz import fuzz, process, utils

    rows = {row.id: row for row in unit.contacts.all_names()}
    names = {contact_id: row.name for contact_id, row in rows.items()}
    best = process.extract(typed, names, scorer=fuzz.WRatio, processor=utils.default_process,
                           limit=limit, score_cutoff=FUZZY_CUTOFF)  # fmt: skip
    return [Candidate(key, rows[key].name, rows[key].company) for _, _, key in best]
