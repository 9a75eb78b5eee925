"""The value matrix (issue 13; seeds/001 impact x accessibility, seeds/002 influence x
accessibility): everyone in four quadrants with the seeds' names and strategies.

Influence and accessibility are 1-5, set per contact; when unset, documented defaults:

- influence from seniority (C-level 5, VP 4, director 4, senior 3, mid 2, junior 1,
  intern 1), +1 at a target company (at most 5);
- accessibility from strength (strong 5, medium 4, weak 2, dormant or new 1), +1 when a
  warm path reaches them (someone they know is a strong or medium tie of mine; at most 5).

3 or more is high. The avoid signals come from data: no reply to ≥ 3 outreaches in a year
(seeds/002 "People who don't respond to outreach"); I gave twice or more and never received
(seeds/002 "Those who only take, never give").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from netgarden.domain import seed_texts as seeds
from netgarden.domain.review_facts import Facts
from netgarden.domain.review_lines import Line
from netgarden.domain.seniority import level_of

LEVEL_INFLUENCE = {
    "C-level": 5,
    "VP": 4,
    "director": 4,
    "senior": 3,
    "mid": 2,
    "junior": 1,
    "intern": 1,
}
BAND_ACCESS = {"strong": 5, "medium": 4, "weak": 2, "dormant": 1, "new": 1}
HIGH = 3
QUADRANTS: Mapping[str, tuple[str, seeds.Quote]] = {
    "golden": ("Golden Connections", seeds.GOLDEN),
    "aspirational": ("Aspirational Targets", seeds.ASPIRATIONAL),
    "peer": ("Peer Network", seeds.PEER),
    "avoid": ("Avoid / minimal investment", seeds.AVOID),
}


class Placed(NamedTuple):
    """One contact placed (a tuple: the matrix places 30,000 at a time)."""

    contact_id: int
    name: str
    company: str | None
    influence: int
    influence_from: str  # "set" or how the default was read
    accessibility: int
    accessibility_from: str
    quadrant: str
    strategy: str
    introducer: tuple[int, str] | None
    signals: list[Line]
    line: Line


def influence_of(p: Facts, target_companies: Collection[str]) -> tuple[int, str]:
    if p.influence is not None:
        return p.influence, "set"
    level, source = level_of(p.title, p.seniority)
    value, why = LEVEL_INFLUENCE[level], f"{level} ({source})"
    if p.company and p.company.casefold() in target_companies:
        value, why = min(5, value + 1), f"{why} +1 target company"
    return value, why


def accessibility_of(p: Facts, warm: bool) -> tuple[int, str]:
    if p.accessibility is not None:
        return p.accessibility, "set"
    value, why = BAND_ACCESS.get(p.band, 1), f"{p.band} tie"
    if warm:
        value, why = min(5, value + 1), f"{why} +1 warm path"
    return value, why


def quadrant_of(influence: int, accessibility: int) -> str:
    if influence >= HIGH:
        return "golden" if accessibility >= HIGH else "aspirational"
    return "peer" if accessibility >= HIGH else "avoid"


def avoid_signals(p: Facts) -> list[Line]:
    h, found = p.history, []
    if h.unanswered_year >= 3:
        text = f"no reply to {h.unanswered_year} outreaches in a year"
        found.append(Line(text, "avoid signal: no reply", seeds.AVOID_NO_REPLY))
    if h.gave >= 2 and h.received == 0:
        text = f"you gave {h.gave} times, received nothing"
        found.append(Line(text, "avoid signal: only takes", seeds.AVOID_TAKERS))
    return found


def place(
    people: Sequence[Facts],
    target_companies: Collection[str],
    introducers: Mapping[int, tuple[int, str]],
) -> list[Placed]:
    """Everyone placed; ``introducers`` maps a contact to the warmest tie of mine who knows
    them (a warm path), named for an aspirational target."""
    targets = {t.casefold() for t in target_companies}
    placed = []
    # a network repeats its titles and bands: each default worked out once (30,000 at a time)
    influences: dict[tuple[str | None, str | None, bool], tuple[int, str]] = {}
    accesses: dict[tuple[str, bool], tuple[int, str]] = {}
    for p in people:
        if p.influence is None:
            key = (p.title, p.seniority, bool(p.company and p.company.casefold() in targets))
            if key not in influences:
                influences[key] = influence_of(p, targets)
            influence, inf_from = influences[key]
        else:
            influence, inf_from = p.influence, "set"
        warm = p.id in introducers
        if p.accessibility is None:
            if (p.band, warm) not in accesses:
                accesses[p.band, warm] = accessibility_of(p, warm)
            access, acc_from = accesses[p.band, warm]
        else:
            access, acc_from = p.accessibility, "set"
        quadrant = quadrant_of(influence, access)
        h = p.history  # no outreach left unanswered and nothing given: no avoid signal
        signals = avoid_signals(p) if h.unanswered_year or h.gave else []
        if signals and quadrant != "avoid" and p.accessibility is None:
            access, acc_from = min(access, HIGH - 1), f"{acc_from}, avoid signal"
            quadrant = quadrant_of(influence, access)
        name, quote = QUADRANTS[quadrant]
        introducer = introducers.get(p.id) if quadrant == "aspirational" else None
        text = f"{p.label}: {name} (influence {influence}, accessibility {access})"
        if introducer:
            text += f"; ask {introducer[1]} #{introducer[0]} for an introduction"
        placed.append(
            Placed(
                p.id,
                p.name,
                p.company,
                influence,
                inf_from,
                access,
                acc_from,
                quadrant,
                quote.text,
                introducer,
                signals,
                Line(text, f"matrix: {quadrant}", quote),
            )
        )
    return placed


@dataclass(frozen=True)
class Cell:
    """One point of the matrix's 5 x 5 grid and how many people stand on it (the chart
    draws the 25 cells, never one mark per person: 30,000 marks weigh half a megabyte)."""

    influence: int
    accessibility: int
    quadrant: str
    people: int


def grid(placed: Sequence[Placed]) -> list[Cell]:
    """Every cell of the grid, influence 5 first (the chart's top row), accessibility 1
    first in each row; empty cells included, with 0 people."""
    counts: dict[tuple[int, int], int] = {}
    for p in placed:
        counts[(p.influence, p.accessibility)] = counts.get((p.influence, p.accessibility), 0) + 1
    return [
        Cell(influence, access, quadrant_of(influence, access), counts.get((influence, access), 0))
        for influence in range(5, 0, -1)
        for access in range(1, 6)
    ]
