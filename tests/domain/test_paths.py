"""The warm-path relaxation without a database: chains over generated networks."""

from __future__ import annotations

import itertools
import math

from hypothesis import given
from hypothesis import strategies as st

from netgarden.domain.network import MIN_TIE, path_score
from netgarden.domain.paths import (
    Chains,
    Edge,
    Neighbours,
    rank_starts,
    recency_weighted,
    relax,
)

weights = st.sampled_from([0.3, 0.6, 0.9])
networks = st.dictionaries(
    st.tuples(st.integers(1, 12), st.integers(1, 12)).filter(lambda p: p[0] < p[1]),
    weights,
    max_size=30,
)
targets = st.dictionaries(st.integers(1, 12), st.floats(0.1, 1.0), min_size=1, max_size=3)


def neighbours_of(links: dict[tuple[int, int], float]) -> tuple[list[set[int]], Neighbours]:
    asked: list[set[int]] = []

    def neighbours(frontier: set[int]) -> list[Edge]:
        asked.append(set(frontier))
        return [(a, b, w) for (a, b), w in links.items() if a in frontier or b in frontier]

    return asked, neighbours


@given(networks, targets, st.integers(1, 4))
def test_every_chain_is_a_loopless_walk_to_a_target_worth_its_links(
    links: dict[tuple[int, int], float], helps: dict[int, float], max_hops: int
) -> None:
    _, neighbours = neighbours_of(links)
    chains = relax(helps, neighbours, max_hops)
    for start, value in chains.best.items():
        path = chains.chain(start)
        assert path[-1] in helps and len(set(path)) == len(path) <= max_hops
        steps = [links[min(a, b), max(a, b)] for a, b in itertools.pairwise(path)]
        assert math.isclose(value, math.prod(steps) * helps[path[-1]])
        # a chain is never warmer than its weakest link, nor than what its target can give
        assert value <= min([*steps, helps[path[-1]]]) + 1e-12


@given(networks, targets)
def test_one_hop_asks_no_neighbours_and_keeps_only_the_targets(
    links: dict[tuple[int, int], float], helps: dict[int, float]
) -> None:
    asked, neighbours = neighbours_of(links)
    chains = relax(helps, neighbours, 1)
    assert asked == [] and chains.best == helps and set(chains.paths) == set(helps)


def test_the_warmer_of_two_routes_wins_and_a_direct_link_beats_a_detour() -> None:
    links = {(1, 2): 0.3, (1, 3): 0.9, (3, 2): 0.9, (2, 4): 0.6}
    _, neighbours = neighbours_of(links)
    chains = relax({2: 1.0}, neighbours, 3)
    assert chains.chain(1) == [1, 3, 2]  # 0.81 beats the direct 0.3
    assert chains.chain(4) == [4, 2]
    assert math.isclose(chains.best[1], 0.81)


def test_the_beam_keeps_only_the_warmest_chains_growing() -> None:
    links = {(1, 9): 0.9, (2, 9): 0.3, (3, 1): 0.9, (4, 2): 0.9}
    _, neighbours = neighbours_of(links)
    chains = relax({9: 1.0}, neighbours, 3, beam=1)
    assert 3 in chains.best and 4 not in chains.best


@given(st.floats(0, 1), st.lists(st.floats(0, 1), max_size=4))
def test_a_path_score_never_beats_my_tie_or_any_link(tie: float, links: list[float]) -> None:
    score = path_score(tie, links)
    assert score <= max(tie, MIN_TIE) + 1e-4
    assert all(score <= weight + 1e-4 for weight in links)


def test_starts_rank_by_tie_times_chain_then_by_the_shorter_chain() -> None:
    chains = Chains(best={1: 0.5, 2: 0.5, 3: 0.9}, paths={1: (1, 3, 9), 3: (3, 9), 2: (2, 9)})
    ties = {1: 1.0, 2: 1.0, 3: 0.1}
    assert rank_starts(chains, [1, 2, 3], ties, 10) == [2, 1, 3]
    assert rank_starts(chains, [1, 2, 3], ties, 1) == [2]


def test_recency_halves_every_half_year_and_never_counts_as_ten_years() -> None:
    assert recency_weighted(1.0, 0) == 1.0
    assert math.isclose(recency_weighted(1.0, 180), 0.5)
    assert recency_weighted(1.0, None) == recency_weighted(1.0, 3650)
    assert recency_weighted(1.0, -5) == 1.0  # a touch dated after today is not a bonus


def test_a_chain_never_grows_past_max_hops_when_a_person_on_it_finds_a_warmer_route() -> None:
    """Found by the property above: 5 took the chain 5→2→4 while, in the same round, 2 found
    the warmer 2→3→1; following next-pointers then gave 5→2→3→1, four people for
    max_hops=3, and a value that belonged to neither chain."""
    links = {(2, 4): 0.9, (1, 3): 0.9, (2, 5): 0.9, (2, 3): 0.9}
    _, neighbours = neighbours_of(links)
    chains = relax({1: 1.0, 4: 0.5}, neighbours, 3)
    assert chains.chain(5) == [5, 2, 4] and math.isclose(chains.best[5], 0.405)
    assert chains.chain(2) == [2, 3, 1] and math.isclose(chains.best[2], 0.81)
