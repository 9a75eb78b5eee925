"""Betweenness (Brandes, predecessors found again on the way back) equals the definition
counted pair by pair, on random small graphs; label propagation is deterministic."""

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
