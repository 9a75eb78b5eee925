"""The network graph by clusters (issue 13): cluster summaries first, one cluster's people
on request — never the whole network at once. People are sized by betweenness and only the
most central are labelled."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from netgarden.errors import InvalidValue
from netgarden.services.brokers import Brokers, brokers_review
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts

MEMBERS = 150  # the most central people of one cluster drawn
LABELLED = 12  # of whom this many carry their name


@dataclass(frozen=True)
class ClusterGraph:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    cluster: int | None
    clusters: int
    truncated: bool


@dataclass(frozen=True)
class Clustering:
    """Everyone (or one circle) in clusters, and the links among them: what every view of
    the graph starts from (the pages keep it per data version)."""

    found: Brokers
    of: dict[int, int]
    pairs: list[tuple[int, int]]
    summary: ClusterGraph  # every cluster as one node: the network page's first view


def clustering(unit: Unit, today: dt.date, circle: str | None = None) -> Clustering:
    """The people of ``circle`` (everyone without) in clusters, with the links among them."""
    people = review_facts(unit, today, with_history=False, bands=True)  # brokers read no more
    if circle:
        from netgarden.domain.values import parse_circle

        wanted = parse_circle(circle).value
        people = [p for p in people if p.circle == wanted]
    found = brokers_review(unit, today, shown=0, people=people)
    of = {p.contact_id: p.cluster for p in found.people}
    pairs = [(a, b) for a, b in unit.network.all_pairs() if a in of and b in of]
    return Clustering(found, of, pairs, _summaries(found, of, pairs))


def cluster_graph(
    unit: Unit,
    today: dt.date,
    cluster: int | None = None,
    circle: str | None = None,
    clustered: Clustering | None = None,
) -> ClusterGraph:
    """Every cluster as one node (its size, its most central people, its industries) with
    the links between clusters; or, with ``cluster``, that cluster's people. ``circle``
    keeps to the people of one circle; ``clustered`` is :func:`clustering`'s answer for
    it, when kept."""
    if clustered is None:
        clustered = clustering(unit, today, circle)
    found, pairs = clustered.found, clustered.pairs
    if cluster is None:  # worked out with the clustering, kept with it (a walk of every link)
        return clustered.summary
    if not any(c.id == cluster for c in found.clusters):
        raise InvalidValue("cluster", f"no cluster {cluster}; there are {len(found.clusters)}")
    members = [p for p in found.people if p.cluster == cluster][:MEMBERS]
    ids = {p.contact_id for p in members}
    top = max((p.betweenness for p in members), default=0) or 1
    nodes = [
        {
            "id": str(p.contact_id),
            "name": p.name,
            "cluster": cluster,
            "label": p.name if i < LABELLED else "",
            "size": round(12 + 36 * p.betweenness / top),
        }
        for i, p in enumerate(members)
    ]
    edges = [{"source": str(a), "target": str(b)} for a, b in pairs if a in ids and b in ids]
    total = sum(1 for p in found.people if p.cluster == cluster)
    return ClusterGraph(nodes, edges, cluster, len(found.clusters), total > len(members))


def _summaries(found: Brokers, of: dict[int, int], pairs: list[tuple[int, int]]) -> ClusterGraph:
    between: Counter[tuple[int, int]] = Counter()
    for a, b in pairs:
        ca, cb = of[a], of[b]
        if ca != cb:
            between[(min(ca, cb), max(ca, cb))] += 1
    biggest = max((c.size for c in found.clusters), default=1)
    nodes = [
        {
            "id": f"c{c.id}",
            "cluster": c.id,
            "size": round(24 + 56 * c.size / biggest),
            "people": c.size,
            "industries": c.industries,
            "label": f"{c.size} · {', '.join(n for _, n in c.top[:2])}",
            "top": [{"contact_id": i, "name": n} for i, n in c.top],
        }
        for c in found.clusters
    ]
    edges = [{"source": f"c{a}", "target": f"c{b}", "links": n} for (a, b), n in between.items()]
    return ClusterGraph(nodes, edges, None, len(found.clusters), False)
