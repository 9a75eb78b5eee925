"""Betweenness (python-igraph's Brandes) equals the definition
counted pair by pair, on random small graphs; label propagation is deterministic and
equals a plain sweep that looks at every node in every round."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netgarden.domain.brokers import betweenness, clusters


def _bfs(adjacency: list[list[int]], s: int) -> tuple[list[int], list[int]]:
    n = len(adjacency)
    dist, paths = [-1] * n, [0] * n
    dist[s], paths[s] = 0, 1
    queue = [s]
    for v in queue:
        for w in adjacency[v]:
            if dist[w] < 0:
                dist[w] = dist[v] + 1
                queue.append(w)
            if dist[w] == dist[v] + 1:
                paths[w] += paths[v]
    return dist, paths


def by_definition(adjacency: list[list[int]]) -> list[float]:
    n = len(adjacency)
    found = [_bfs(adjacency, s) for s in range(n)]
    scores = [0.0] * n
    for s in range(n):
        for t in range(s + 1, n):
            d_st, sigma_st = found[s][0][t], found[s][1][t]
            if d_st <= 0:
                continue
            for v in range(n):
                if v in (s, t) or found[s][0][v] < 0 or found[v][0][t] < 0:
                    continue
                if found[s][0][v] + found[v][0][t] == d_st:
                    scores[v] += found[s][1][v] * found[v][1][t] / sigma_st
    return scores


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 12).flatmap(
    lambda n: st.tuples(st.just(n), st.sets(st.tuples(st.integers(0, n - 1),
                                                      st.integers(0, n - 1)), max_size=30))
))  # fmt: skip
def test_betweenness_is_the_definition(graph: tuple[int, set[tuple[int, int]]]) -> None:
    n, pairs = graph
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in {(min(a, b), max(a, b)) for a, b in pairs if a != b}:
        adjacency[a].append(b)
        adjacency[b].append(a)
    found = betweenness(adjacency)
    expected = by_definition(adjacency)
    assert [round(x, 9) for x in found] == [round(x, 9) for x in expected]
    assert clusters(adjacency) == clusters(adjacency)


def plain_label_propagation(adjacency: list[list[int]], rounds: int = 20) -> list[int]:
    """Every node looked at in every round (clusters() looks only at those whose
    neighbours changed): the same sweep, the same tie rule."""
    import random

    from netgarden.domain.brokers import SEED

    n = len(adjacency)
    labels, order = list(range(n)), list(range(n))
    random.Random(SEED).shuffle(order)
    for _ in range(rounds):
        changed = False
        for v in order:
            if not adjacency[v]:
                continue
            counts: dict[int, int] = {}
            for w in adjacency[v]:
                counts[labels[w]] = counts.get(labels[w], 0) + 1
            best = max(counts.values())
            label = min(lab for lab, c in counts.items() if c == best)
            if counts.get(labels[v], 0) < best or (
                counts.get(labels[v]) == best and label < labels[v]
            ):
                labels[v], changed = label, True
        if not changed:
            break
    return labels


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 40).flatmap(
    lambda n: st.tuples(st.just(n), st.sets(st.tuples(st.integers(0, n - 1),
                                                      st.integers(0, n - 1)), max_size=120))
), st.integers(1, 20))  # fmt: skip
def test_clusters_equal_a_plain_sweep(graph: tuple[int, set[tuple[int, int]]], rounds: int) -> None:
    n, pairs = graph
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in {(min(a, b), max(a, b)) for a, b in pairs if a != b}:
        adjacency[a].append(b)
        adjacency[b].append(a)
    assert clusters(adjacency, rounds) == plain_label_propagation(adjacency, rounds)
