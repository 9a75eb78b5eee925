"""Warm paths: the warmest chains of people I know to a person, a company or a role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.domain.network import (
    COLLEAGUE_WEIGHT,
    LINK_WEIGHT,
    Ask,
    Person,
    draft_request,
    path_score,
)
from netgarden.domain.paths import BEAM, Edge, rank_starts, recency_weighted, relax
from netgarden.domain.seniority import helpfulness
from netgarden.domain.values import check_length
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact
from netgarden.store.rows import PersonRow, Profile


@dataclass(frozen=True)
class WarmPath:
    """A path and its score: how warm it is (my tie times each link) times how much the
    person at its end can help with the ask (their seniority, and their title's fit with a
    role asked for), with why."""

    ids: list[int]
    names: list[str]
    score: float
    warmth: float
    help: float
    why: str
    draft: str


def warm_paths(
    unit: Unit, *, to: int | None = None, company: str | None = None, role: str | None = None,
    max_hops: int = 3, limit: int = 10, today: dt.date,
) -> list[WarmPath]:  # fmt: skip
    """Paths from the first person I would ask to the target, warmest first."""
    if sum(x is not None and x != "" for x in (to, company, role)) != 1:
        raise InvalidValue("target", "give exactly one target: a person, a company or a role")
    if not 1 <= max_hops <= 4:
        raise InvalidValue("max_hops", f"{max_hops} is out of range; use 1 to 4")
    check_length("company", company)  # a longer pattern is too complex for LIKE
    check_length("role", role)
    rows: list[PersonRow | Profile]
    if to is not None:
        require_contact(unit, to)
        rows = [unit.network.details({to})[to]]
    else:
        rows = list(unit.network.people(company=company, role=role))
    helps_of = {row.id: helpfulness(row.title, row.seniority, role) for row in rows}
    targets = set(helps_of)
    if not targets:
        return []
    colleagues = company is None and len(targets) <= COLLEAGUE_TARGETS

    def neighbours(frontier: set[int]) -> list[Edge]:
        edges = [(a, b, LINK_WEIGHT[s]) for a, b, s in unit.network.links_touching(frontier)]
        if colleagues and frontier == targets:  # the first round, from the targets
            # a colleague at a target's own company knows them a little
            edges += [(c, t, COLLEAGUE_WEIGHT) for c, t in unit.network.colleagues(targets)]
        return edges

    chains = relax({t: helps_of[t].weight for t in targets}, neighbours, max_hops, BEAM)
    best = chains.best
    # my tie decides; exact strength costs a query per person, so first narrow the field by
    # chain warmth times how recently I was in touch (one indexed lookup each)
    last = unit.contacts.last_touches_of(list(best))

    def rough(n: int) -> float:
        return recency_weighted(best[n], (today - last[n]).days if n in last else None)

    candidates = sorted(best, key=lambda n: (-rough(n), n))[:CANDIDATES]
    ties = _my_ties(unit, set(candidates), today)
    paths = [chains.chain(n) for n in rank_starts(chains, candidates, ties, limit)]
    people = unit.network.details({i for path in paths for i in path})
    ask = Ask(person=to is not None, company=company or None, role=role or None)
    result = []
    for path in paths:
        start, helps = path[0], helps_of[path[-1]]
        persons = [Person(people[i].name, people[i].company, people[i].title) for i in path]
        result.append(
            WarmPath(path, [p.name for p in persons], path_score(ties[start], [best[start]]),
                     path_score(ties[start], [best[start] / helps.weight]), helps.weight,
                     helps.why, draft_request(persons, ask))
        )  # fmt: skip
    return result


CANDIDATES = 300
COLLEAGUE_TARGETS = 50  # beyond this many targets, colleagues add noise, not warmth


def _my_ties(unit: Unit, ids: set[int], today: dt.date) -> dict[int, float]:
    from netgarden.services.strength import batch_strength

    scores = batch_strength(unit, today, sorted(ids))
    return {i: scores[i].score / 100 if i in scores else 0.0 for i in ids}
