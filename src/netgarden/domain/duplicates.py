"""When two contacts at the same company may be one person: the rule imports, `dupes`, `add`
and the network generators share.

At the same company, two names are a duplicate candidate when they fold to the same name
(case, spacing, Latin accents), have the same letters once spaces, hyphens and apostrophes
are dropped ("Al Sayed", "Al-Sayed", "AlSayed"), hold the same words in another order, or
are one typo apart (a letter added, dropped, changed, or two neighbours swapped) in names
of at least ``TYPO_MIN`` letters. Contacts with two different LinkedIn profiles are two
people. Two names are compared only when they are at the same company and share a key
(their letters, their letters with one dropped, their words in order: see ``near_keys``),
so nobody is compared with the whole network and 30,000 contacts are checked in well under
a second.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from netgarden.domain.normalize import fold

TYPO_MIN = 6  # letters: "Bo Li" and "Bo Lu" are two people more often than one typo
_NOT_LETTERS = re.compile(r"[\W_]+")

SAME_NAME = "same name and company"
SAME_LETTERS = "same company; the names differ only in spaces, hyphens or apostrophes"
REORDERED = "same company; the same names in another order"
TYPO = "same company; the names are one typo apart"
SCORES = {SAME_NAME: 95, SAME_LETTERS: 92, REORDERED: 90, TYPO: 85}


def letters(name: str) -> str:
    """The folded name's letters and digits alone."""
    return _NOT_LETTERS.sub("", fold(name))


def reordered(name: str) -> str:
    """The folded name's words in sorted order, each without punctuation."""
    return _reordered(fold(name))


def _reordered(folded: str) -> str:
    words = (_NOT_LETTERS.sub("", word) for word in folded.split())
    return " ".join(sorted(w for w in words if w))


def likeness(a: str, b: str) -> str | None:
    """Why two names at the same company may be one person (the evidence), or ``None``."""
    from rapidfuzz.distance import OSA

    if fold(a) == fold(b):
        return SAME_NAME
    a_letters, b_letters = letters(a), letters(b)
    if a_letters == b_letters:
        return SAME_LETTERS
    if reordered(a) == reordered(b):
        return REORDERED
    if min(len(a_letters), len(b_letters)) >= TYPO_MIN and OSA.distance(a_letters, b_letters) <= 1:
        return TYPO
    return None


@dataclass(frozen=True)
class Named:
    id: int
    name: str
    company: str | None
    linkedin_url: str | None = None


def distinct_profiles(a: Named, b: Named) -> bool:
    """Two different LinkedIn profiles are two different members."""
    return bool(a.linkedin_url and b.linkedin_url and a.linkedin_url != b.linkedin_url)


class NameIndex:
    """Names by company, to find those that may be one person without comparing everyone:
    two names are compared only when they are at the same company and share one of their
    :func:`near_keys`. Built on first use, so an import that never asks costs nothing."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        # company → key → the id holding it, or the ids when several do (most keys are
        # held by one name: no list for those)
        self.sharing: dict[str, dict[str, int | list[int]]] = defaultdict(dict)
        self.pending: list[tuple[int, str, str | None]] = []

    def add(self, contact_id: int, name: str, company: str | None) -> None:
        if company:
            self.pending.append((contact_id, name, company))

    def _catch_up(self) -> None:
        for contact_id, name, company in self.pending:
            where = fold(company)
            if not (where and letters(name)):
                continue
            self.names[contact_id] = name
            keys = self.sharing[where]
            for key in near_keys(name):
                held = keys.get(key)
                if held is None:
                    keys[key] = contact_id
                elif isinstance(held, int):
                    keys[key] = [held, contact_id]
                else:
                    held.append(contact_id)
        self.pending.clear()

    def near(self, name: str, company: str | None) -> list[tuple[int, str]]:
        """(id, evidence) of the names at ``company`` that may be this one, likeliest first."""
        if not (self.pending or self.sharing):
            return []  # e.g. no contact without a LinkedIn profile yet: most of an import
        where = fold(company)
        if not (where and letters(name)):
            return []
        self._catch_up()
        keys = self.sharing.get(where)
        if not keys:
            return []
        found: set[int] = set()
        for key in near_keys(name):
            held = keys.get(key)
            if held is not None:
                found.update([held] if isinstance(held, int) else held)
        alike = [(i, likeness(name, self.names[i])) for i in sorted(found)]
        return sorted(
            ((i, why) for i, why in alike if why), key=lambda pair: (-SCORES[pair[1]], pair[0])
        )

    def pairs(self) -> set[tuple[int, int]]:
        """Every (lower id, higher id) pair that shares a key: the pairs worth comparing."""
        self._catch_up()
        found: set[tuple[int, int]] = set()
        for keys in self.sharing.values():
            for held in keys.values():
                if not isinstance(held, int):
                    found.update(combinations(sorted(set(held)), 2))
        return found


def similar_pairs(people: Iterable[Named]) -> list[tuple[int, int, str, int]]:
    """(lower id, higher id, evidence, score) for every pair that may be one person."""
    everyone = {person.id: person for person in people}
    index = NameIndex()
    for person in everyone.values():
        index.add(person.id, person.name, person.company)
    found = []
    for low, high in index.pairs():
        why = likeness(everyone[low].name, everyone[high].name)
        if why and not distinct_profiles(everyone[low], everyone[high]):
            found.append((low, high, why, SCORES[why]))
    return sorted(found, key=lambda pair: (-pair[3], pair[0], pair[1]))


def near_keys(name: str) -> set[str]:
    """Keys that two names share whenever :func:`likeness` may find them alike at one
    company (and a few more pairs besides): the letters, the letters with any one dropped
    (a typo leaves the two names a dropped letter apart), and the words in sorted order."""
    folded = fold(name)
    key = _NOT_LETTERS.sub("", folded)
    dropped = {key[:i] + key[i + 1 :] for i in range(len(key))}
    return {key, "\0" + _reordered(folded)} | dropped
