"""The brokers review (issue 13): betweenness, bridges, clusters, connectors and novel weak
ties on the knows-links between contacts (me not counted)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from netgarden.domain import seed_texts as seeds
from netgarden.domain.brokers import (
    articulation_points,
    betweenness,
    clusters,
    graph_of,
    sources_for,
    spans,
)
from netgarden.domain.review_facts import Facts
from netgarden.domain.review_lines import Line
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts

if TYPE_CHECKING:
    import igraph

SHOWN = 20
CONNECTOR_SPAN = 3


@dataclass(frozen=True)
class Person:
    contact_id: int
    name: str
    betweenness: float
    cluster: int
    links: int


@dataclass(frozen=True)
class Cluster:
    id: int
    size: int
    top: list[tuple[int, str]]  # the most central people first
    industries: list[str]


@dataclass(frozen=True)
class Brokers:
    as_of: dt.date
    people: list[Person]  # by betweenness, then id
    bridges: list[tuple[int, str]]
    clusters: list[Cluster]
    connectors: list[tuple[int, str, int]]
    novel: list[tuple[int, str, str]]
    exact: bool
    sampled_from: int
    lines: list[Line] = field(default_factory=list)


def _graph(unit: Unit, people: list[Facts]) -> tuple[igraph.Graph, list[list[int]]]:
    """The knows-links between ``people`` (by their place in the list) as a graph and its
    adjacency lists."""
    index = {p.id: i for i, p in enumerate(people)}.get
    edges = [(index(a), index(b)) for a, b in unit.network.all_pairs()]
    graph = graph_of(len(people), [(i, j) for i, j in edges if i is not None and j is not None])
    return graph, graph.get_adjlist()


def brokers_review(
    unit: Unit, today: dt.date, shown: int = SHOWN, people: list[Facts] | None = None
) -> Brokers:
    # who they are and their strength band is all brokers read (not their history)
    if people is None:
        people = review_facts(unit, today, with_history=False, bands=True)
    graph, adjacency = _graph(unit, people)
    linked = [i for i, ns in enumerate(adjacency) if ns]
    n = len(people)
    sources = sources_for(n, sum(len(ns) for ns in adjacency) // 2)
    scores = betweenness(adjacency, None if len(sources) == n else sources, graph)
    cut = articulation_points(adjacency, graph)
    labels = clusters(adjacency)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in linked:
        groups[labels[i]].append(i)
    ordered = sorted(
        groups.values(), key=lambda members: (-len(members), min(people[i].id for i in members))
    )
    number: dict[int, int] = {}
    found_clusters = []
    for cluster_id, members in enumerate(ordered, 1):
        number.update({i: cluster_id for i in members})
        top = sorted(members, key=lambda i: (-scores[i], people[i].id))[:5]
        industries = Counter(people[i].industry for i in members if people[i].industry)
        found_clusters.append(
            Cluster(
                cluster_id,
                len(members),
                [(people[i].id, people[i].name) for i in top],
                [str(name) for name, _ in industries.most_common(3)],
            )
        )
    ranked = sorted(linked, key=lambda i: (-scores[i], people[i].id))
    persons = [
        Person(people[i].id, people[i].name, round(scores[i], 2), number[i], len(adjacency[i]))
        for i in ranked
    ]
    bridges = [(people[i].id, people[i].name) for i in sorted(cut, key=lambda i: people[i].id)]
    reach = spans(adjacency, [p.industry.casefold() if p.industry else None for p in people])
    connectors = sorted(
        ((people[i].id, people[i].name, reach[i]) for i in linked if reach[i] >= CONNECTOR_SPAN),
        key=lambda t: (-t[2], t[0]),
    )
    novel = _novel(people)
    lines = [
        Line(f"{p.name} #{p.contact_id}: betweenness {p.betweenness:g}", "broker", seeds.BROKERS)
        for p in persons[:shown]
        if p.betweenness > 0
    ]
    lines += [
        Line(f"{name} #{i}: a bridge (removing them splits the network)", "bridge", seeds.BRIDGES)
        for i, name in bridges[:shown]
    ]
    lines += [
        Line(f"{name} #{i}: links span {k} industries", "connector", seeds.CONNECTORS)
        for i, name, k in connectors[:shown]
    ]
    lines += [
        Line(
            f"{name} #{i}: weak tie in {what} (none of your strong or medium ties is)",
            "novel weak tie",
            seeds.NOVEL_INFORMATION,
        )
        for i, name, what in novel[:shown]
    ]
    return Brokers(
        today,
        persons,
        bridges,
        found_clusters,
        connectors,
        novel,
        len(sources) == n,
        len(sources),
        lines,
    )


def _novel(people: list[Facts]) -> list[tuple[int, str, str]]:
    """Weak-band contacts whose industry or function none of my strong or medium ties has."""
    close = [p for p in people if p.band in ("strong", "medium")]
    have = {
        (kind, getattr(p, kind).casefold())
        for p in close
        for kind in ("industry", "function")
        if getattr(p, kind)
    }
    found = []
    for p in people:
        if p.band != "weak":
            continue
        for kind in ("industry", "function"):
            value = getattr(p, kind)
            if value and (kind, value.casefold()) not in have:
                found.append((p.id, p.name, f"{kind} {value}"))
                break
    return found
