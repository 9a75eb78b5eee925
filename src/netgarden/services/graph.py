"""The network graph view: me and a focused set of contacts with the links among them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact

GRAPH_LIMIT = 150


@dataclass(frozen=True)
class Graph:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    truncated: bool


def focused_graph(
    unit: Unit, *, center: int | None = None, circle: str | None = None, tag: str | None = None,
    limit: int = GRAPH_LIMIT,
) -> Graph:  # fmt: skip
    """Me, a focused set of contacts and the links among them: around one person (their
    links and their links' links), or the people of a circle or tag. Never the whole network:
    at most ``limit`` people."""
    from netgarden.domain.views import ListFilter
    from netgarden.services.listing import list_contacts

    if not 1 <= limit <= 500:
        raise InvalidValue("limit", f"{limit} is out of range; use 1 to 500")
    if center is not None:
        require_contact(unit, center)
        chosen = [center]
        for _ in range(2):
            around = unit.network.links_touching(chosen)
            chosen += [n for a, b, _s in around for n in (a, b) if n not in chosen]
            if len(chosen) >= limit:
                break
        chosen = chosen[:limit]
    else:
        wanted = ListFilter(circle=circle or ("inner" if not tag else None), tag=tag, limit=limit)
        chosen = [c.id for c in list_contacts(unit, wanted)]
    ids = set(chosen)
    people = unit.network.details(ids)
    circles = {c.id: c.circle for c in list_contacts(unit, ListFilter(limit=None))} if ids else {}
    nodes = [{"id": "me", "label": "Me", "circle": "me"}] + [
        {"id": str(i), "label": people[i].name, "circle": circles.get(i, "none")} for i in chosen
    ]
    edges = [
        {"source": "me", "target": str(i), "strength": circles.get(i, "none")}
        for i in chosen if circles.get(i, "none") != "none"
    ]  # fmt: skip
    edges += [
        {"source": str(a), "target": str(b), "strength": s}
        for a, b, s in unit.network.links_touching(ids)
        if a in ids and b in ids
    ]
    return Graph(nodes, edges, truncated=len(chosen) >= limit)
