"""Brokers, bridges, clusters and weak ties (issue 13; seeds/001 "Network Positions and
Power", "The Strength of Weak Ties") on the knows-links between contacts (me not counted).

- betweenness (Brandes 2001): exact up to ``EXACT_LIMIT`` people; above it, sampled from
  ``SAMPLES`` sources chosen with a fixed seed and scaled by n / k (Brandes and Pich 2007),
  so the same network always gives the same answer;
- bridges: articulation points, the people whose removal splits a part of the network;
- clusters: label propagation in a fixed order (ties to the smallest label), so the same
  network always gives the same clusters;
- connectors: people whose links span three or more industries;
- novel weak ties: weak-band contacts whose industry or function none of my strong or medium
  ties has.

Undirected, unweighted; the graph is given as adjacency lists over 0..n-1.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

EXACT_LIMIT = 2_000
# each source is one breadth-first pass over every person and link: above the exact limit,
# as many sources as this many visits allow (at least MIN_SAMPLES), so 30,000 people and
# 130,000 links stay within seconds (benchmarks/bench_reviews.py)
VISITS = 4_000_000
MIN_SAMPLES, SAMPLES = 8, 256
SEED = 13

Adjacency = Sequence[Sequence[int]]


def sources_for(
    n: int, links: int = 0, exact_limit: int = EXACT_LIMIT, samples: int | None = None
) -> list[int]:
    """Every node when the graph is small; else ``samples`` (by default as many as VISITS
    allows for ``n`` people and ``links`` links) chosen with the fixed seed."""
    if n <= exact_limit:
        return list(range(n))
    if samples is None:
        samples = max(MIN_SAMPLES, min(SAMPLES, VISITS // (n + 2 * links)))
    return sorted(random.Random(SEED).sample(range(n), min(n, samples)))


def betweenness(adjacency: Adjacency, sources: Sequence[int] | None = None) -> list[float]:
    """Unnormalized undirected betweenness (each pair counted once); from ``sources`` only,
    scaled by n / len(sources), when given."""
    n = len(adjacency)
    chosen = range(n) if sources is None else sources
    scores = [0.0] * n
    for s in chosen:
        # predecessors are found again on the way back (a neighbour one step nearer)
        # instead of kept in a list per node: allocating 30,000 lists a source cost more
        stack: list[int] = []
        paths = [0] * n
        paths[s] = 1
        dist = [-1] * n
        dist[s] = 0
        queue = [s]
        head = 0
        while head < len(queue):
            v = queue[head]
            head += 1
            stack.append(v)
            dv = dist[v] + 1
            pv = paths[v]
            for w in adjacency[v]:
                dw = dist[w]
                if dw < 0:
                    dist[w] = dw = dv
                    queue.append(w)
                if dw == dv:
                    paths[w] += pv
        delta = [0.0] * n
        while stack:
            w = stack.pop()
            coeff = (1.0 + delta[w]) / paths[w]
            before = dist[w] - 1
            for v in adjacency[w]:
                if dist[v] == before:
                    delta[v] += paths[v] * coeff
            if w != s:
                scores[w] += delta[w]
    scale = 0.5 if sources is None else 0.5 * n / max(1, len(chosen))
    return [score * scale for score in scores]


def articulation_points(adjacency: Adjacency) -> set[int]:
    """The nodes whose removal disconnects their component (iterative Hopcroft-Tarjan)."""
    n = len(adjacency)
    low, order = [0] * n, [-1] * n
    found: set[int] = set()
    counter = 0
    for root in range(n):
        if order[root] >= 0:
            continue
        order[root] = low[root] = counter
        counter += 1
        children = 0
        stack = [(root, -1, iter(adjacency[root]))]
        while stack:
            v, parent, neighbours = stack[-1]
            advanced = False
            for w in neighbours:
                if order[w] < 0:
                    order[w] = low[w] = counter
                    counter += 1
                    stack.append((w, v, iter(adjacency[w])))
                    advanced = True
                    break
                if w != parent:
                    low[v] = min(low[v], order[w])
            if advanced:
                continue
            stack.pop()
            if parent >= 0:
                low[parent] = min(low[parent], low[v])
                if parent == root:
                    children += 1
                elif low[v] >= order[parent]:
                    found.add(parent)
        if children > 1:
            found.add(root)
    return found


def clusters(adjacency: Adjacency, rounds: int = 20) -> list[int]:
    """A cluster label per node (label propagation: each node takes its neighbours' most
    common label, the smallest on a tie, in a fixed order, until nothing changes)."""
    n = len(adjacency)
    labels = list(range(n))
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    for _ in range(rounds):
        changed = False
        for v in order:
            if not adjacency[v]:
                continue
            # counted by hand: a Counter per node per round was most of the time at 30,000
            counts: dict[int, int] = {}
            for w in adjacency[v]:
                lab = labels[w]
                counts[lab] = counts.get(lab, 0) + 1
            best, label = 0, 0
            for lab, c in counts.items():
                if c > best or (c == best and lab < label):
                    best, label = c, lab
            if counts.get(labels[v], 0) < best or (
                counts.get(labels[v]) == best and label < labels[v]
            ):
                labels[v] = label
                changed = True
        if not changed:
            break
    return labels


def spans(adjacency: Adjacency, industries: Sequence[str | None]) -> list[int]:
    """How many industries each node's links reach (their own not counted)."""
    found = []
    for v, neighbours in enumerate(adjacency):
        mine = industries[v]
        found.append(
            len({industries[w] for w in neighbours if industries[w] and industries[w] != mine})
        )
    return found
