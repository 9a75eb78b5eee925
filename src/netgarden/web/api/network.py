"""/api/v1: links, warm paths, introduction suggestions, the focused graph."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, ContactId, UnitDep, allowed, only
from netgarden.web.schemas_network import GraphRead, LinkCreate, LinkRead, PathRead, SuggestionRead

router = APIRouter(prefix=PREFIX)
# what a graph's nodes and edges publish (the schema holds plain mappings)
NODE_FIELDS = ("id", "label", "circle")
EDGE_FIELDS = ("source", "target", "strength")


@router.get("/contacts/{contact_id}/links", response_model=list[LinkRead])
def get_links(unit: UnitDep, contact_id: ContactId) -> list[LinkRead]:
    """Whom this contact knows."""
    from netgarden.services.links import known_by

    return [allowed(LinkRead, k) for k in known_by(unit, contact_id)]


@router.post(
    "/contacts/{contact_id}/links",
    response_model=list[LinkRead],
    status_code=status.HTTP_201_CREATED,
)
def add_link(unit: UnitDep, contact_id: ContactId, body: LinkCreate) -> list[LinkRead]:
    """Record that this contact knows another; answers with everyone they know."""
    from netgarden.services.links import known_by, link_contacts

    link_contacts(unit, contact_id, body.other_id, deps.now(), body.how, body.strength)
    return [allowed(LinkRead, k) for k in known_by(unit, contact_id)]


@router.get("/paths", response_model=list[PathRead])
def get_paths(
    unit: UnitDep,
    to: Annotated[int | None, Query(ge=1, le=deps.MAX_ID)] = None,
    company: Annotated[str | None, Query(max_length=300)] = None,
    role: Annotated[str | None, Query(max_length=300)] = None,
    max_hops: Annotated[int, Query(ge=1, le=4)] = 3,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[PathRead]:
    """Warm paths (give exactly one of to, company, role), warmest first, with drafts."""
    from netgarden.services.paths import warm_paths

    found = warm_paths(unit, to=to, company=company, role=role, max_hops=max_hops,
                       limit=limit, today=deps.today())  # fmt: skip
    return [
        PathRead(path=p.names, ids=p.ids, score=p.score, warmth=p.warmth, help=p.help,
                 why=p.why, draft=p.draft)
        for p in found
    ]  # fmt: skip


@router.get("/suggestions/intros", response_model=list[SuggestionRead])
def get_suggestions(
    unit: UnitDep, limit: Annotated[int, Query(ge=1, le=500)] = 20
) -> list[SuggestionRead]:
    """Pairs who would gain from knowing each other, not yet linked, with the reason."""
    from netgarden.services.suggestions import suggest_intros

    return [allowed(SuggestionRead, s) for s in suggest_intros(unit, limit)]


@router.get("/graph", response_model=GraphRead)
def get_graph(
    unit: UnitDep,
    center: Annotated[int | None, Query(ge=1, le=deps.MAX_ID)] = None,
    circle: Annotated[str | None, Query(max_length=10)] = None,
    tag: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 150,
) -> GraphRead:
    """A focused subgraph: around one contact, or a circle's or tag's people (never all)."""
    from netgarden.services.graph import focused_graph

    graph = focused_graph(unit, center=center, circle=circle or None, tag=tag or None, limit=limit)
    nodes, edges = only(graph.nodes, NODE_FIELDS), only(graph.edges, EDGE_FIELDS)
    return GraphRead(nodes=nodes, edges=edges, truncated=graph.truncated)
