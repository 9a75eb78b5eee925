"""Warm paths, the pure part: relaxing chains of links towards the targets, and ranking the
people a chain could start from. No I/O: links come from a ``neighbours`` function.

A chain's value is the product of its link weights (each at most 1) times how much its
target can help; relaxation grows the best chains one person longer per round, keeping only
the ``beam`` warmest, and never lets a chain visit a person twice.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field

from netgarden.domain.network import path_score

Edge = tuple[int, int, float]  # two people and the weight of the link between them
Neighbours = Callable[[set[int]], Iterable[Edge]]

BEAM = 300
HALF_LIFE_DAYS = 180  # my tie to someone untouched this long counts half, roughly
NEVER_DAYS = 3650  # someone I never touched counts as untouched for ten years


@dataclass
class Chains:
    """The best chain from each person to a target: ``best[n]`` its value, ``paths[n]`` the
    people on it, from ``n`` to the target."""

    best: dict[int, float]
    paths: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def chain(self, start: int) -> list[int]:
        """The people from ``start`` to its target."""
        return list(self.paths.get(start, (start,)))


def relax(
    helps: Mapping[int, float], neighbours: Neighbours, max_hops: int, beam: int = BEAM
) -> Chains:
    """Chains of at most ``max_hops`` people ending at a target; ``helps`` weighs each target
    (how much they can help); ``neighbours(frontier)`` gives the links touching the people of
    the frontier, each ``(a, b, weight)``, either way round.

    Each round extends the chains as they stood when the round began: a person whose chain
    improves during the round does not lengthen, in the same round, the chains just built
    on their old one (which would pass ``max_hops`` and misstate their value)."""
    targets = set(helps)
    chains = Chains(best=dict(helps), paths={t: (t,) for t in targets})
    frontier = set(targets)
    for _ in range(max_hops - 1):
        start = {n: (chains.best[n], chains.paths[n]) for n in frontier}
        improved: set[int] = set()
        for a, b, weight in neighbours(frontier):
            for near, far in ((a, b), (b, a)):
                if far not in start or near in targets:
                    continue
                value, path = weight * start[far][0], start[far][1]
                if value > chains.best.get(near, 0.0) and near not in path:
                    chains.best[near], chains.paths[near] = value, (near, *path)
                    improved.add(near)
        # a beam: only the warmest chains grow another person
        frontier = set(sorted(improved, key=lambda n: (-chains.best[n], n))[:beam])
        if not frontier:
            break
    return chains


def recency_weighted(value: float, days_since_touch: int | None) -> float:
    """A chain's value discounted by how long since I was last in touch with its first
    person: cheap to know for everyone, so it narrows the field before exact strengths."""
    days = NEVER_DAYS if days_since_touch is None else max(days_since_touch, 0)
    return float(value * 0.5 ** (days / HALF_LIFE_DAYS))


def rank_starts(
    chains: Chains, candidates: Collection[int], ties: Mapping[int, float], limit: int
) -> list[int]:
    """The best people to ask first: my tie to them times their chain's value, then the
    shorter chain, then the lower id."""
    return sorted(
        candidates,
        key=lambda n: (-path_score(ties[n], [chains.best[n]]), len(chains.chain(n)), n),
    )[:limit]
