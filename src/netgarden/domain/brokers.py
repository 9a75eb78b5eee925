"""Brokers, bridges, clusters and weak ties (issue 13; seeds/001 "Network Positions and
Power", "The Strength of Weak Ties") on the knows-links between contacts (me not counted).

- betweenness (Brandes 2001, by python-igraph): exact up to ``EXACT_LIMIT`` people or while
  every source fits ``VISITS``; above, sampled from as many sources as fit, chosen with a
  fixed seed and scaled by n / k (Brandes and Pich 2007), so the same network always gives
  the same answer;
- bridges: articulation points (python-igraph), the people whose removal splits a part of
  the network;
- clusters: label propagation in a fixed order (ties to the smallest label), so the same
  network always gives the same clusters;
- connectors: people whose links span three or more industries;
- novel weak ties: weak-band contacts whose industry or function none of my strong or medium
  ties has.

Why python-igraph (``benchmarks/bench_reviews.py``, 30,000 people and 139,092 links, CPU
seconds): betweenness 17 ms a source against 167 ms for the pure-Python Brandes this module
had, 541 ms for networkx; rustworkx computes only exact betweenness (no sources to sample
from) and took twice igraph's time exactly on 4,000 people; articulation points 0.03 s
(pure Python 0.39 s, networkx 0.55 s). It imports in 0.1 s without numpy, inside the
functions that use it.

Undirected, unweighted; the graph is given as adjacency lists over 0..n-1.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import igraph

# each source is one breadth-first pass over every person and link: exact up to EXACT_LIMIT
# people, or above while every source fits VISITS; else as many sources as VISITS allow (at
# least MIN_SAMPLES), so 30,000 people and 130,000 links take about a second of betweenness
# (64 sources; benchmarks/bench_reviews.py)
VISITS = 20_000_000
EXACT_LIMIT = 2_000
MIN_SAMPLES, SAMPLES = 8, 256
SEED = 13

Adjacency = Sequence[Sequence[int]]


def sources_for(
    n: int, links: int = 0, exact_limit: int = EXACT_LIMIT, samples: int | None = None
) -> list[int]:
    """Every node up to ``exact_limit`` people or while each fits the VISITS budget; else
    ``samples`` (by default as many as VISITS allows for ``n`` people and ``links`` links)
    chosen with the fixed seed."""
    fits = VISITS // max(1, n + 2 * links)
    if samples is None and (n <= exact_limit or fits >= n):
        return list(range(n))
    if samples is None:
        samples = max(MIN_SAMPLES, min(SAMPLES, fits))
    return sorted(random.Random(SEED).sample(range(n), min(n, samples)))


def knows_graph(adjacency: Adjacency) -> igraph.Graph:
    """The adjacency lists as an igraph graph (built once for betweenness and bridges)."""
    edges = [(a, b) for a, neighbours in enumerate(adjacency) for b in neighbours if a < b]
    return graph_of(len(adjacency), edges)


def graph_of(n: int, edges: list[tuple[int, int]]) -> igraph.Graph:
    """An undirected igraph graph of ``n`` nodes (``graph.get_adjlist()`` gives its adjacency
    lists in C, a third of the time of building them in Python)."""
    import igraph

    return igraph.Graph(n=n, edges=edges)


def betweenness(
    adjacency: Adjacency, sources: Sequence[int] | None = None, graph: igraph.Graph | None = None
) -> list[float]:
    """Unnormalized undirected betweenness (each pair counted once); from ``sources`` only,
    scaled by n / len(sources), when given."""
    n = len(adjacency)
    if n == 0:
        return []
    graph = knows_graph(adjacency) if graph is None else graph
    if sources is None:
        return [float(x) for x in graph.betweenness(directed=False)]
    if not sources:
        return [0.0] * n
    # igraph counts the paths from the sources once each (half the pure sum of dependencies)
    scale = n / len(sources)
    return [x * scale for x in graph.betweenness(directed=False, sources=list(sources))]


def articulation_points(adjacency: Adjacency, graph: igraph.Graph | None = None) -> set[int]:
    """The nodes whose removal disconnects their component."""
    if not adjacency:
        return set()
    graph = knows_graph(adjacency) if graph is None else graph
    return set(graph.articulation_points())


def clusters(adjacency: Adjacency, rounds: int = 20) -> list[int]:
    """A cluster label per node (label propagation: each node takes its neighbours' most
    common label, the smallest on a tie, in a fixed order, until nothing changes)."""
    n = len(adjacency)
    labels = list(range(n))
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    # a node whose neighbours kept their labels since it was last looked at would keep its
    # own: only the neighbours of a node that changed are looked at again (same labels,
    # a fraction of the work once most of the network has settled)
    stale = [True] * n
    for _ in range(rounds):
        changed = False
        for v in order:
            if not stale[v]:
                continue
            stale[v] = False
            neighbours = adjacency[v]
            if not neighbours:
                continue
            # counted by hand: a Counter per node per round was most of the time at 30,000
            counts: dict[int, int] = {}
            for w in neighbours:
                lab = labels[w]
                counts[lab] = counts.get(lab, 0) + 1
            best, label = 0, 0
            for lab, c in counts.items():
                if c > best or (c == best and lab < label):
                    best, label = c, lab
            mine = labels[v]
            if counts.get(mine, 0) < best or (counts.get(mine) == best and label < mine):
                labels[v] = label
                changed = True
                for w in neighbours:
                    stale[w] = True
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
