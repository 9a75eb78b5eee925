"""/api/v1/reviews: triage, health, audit, diversity and targets, the value matrix, the
board, brokers, internal, my profile and the handover, over the same services as the CLI
(the same JSON as its JSON output)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.review_schemas import (
    AuditApply,
    ProfileUpdate,
    Review,
    TargetCreate,
    TriageApply,
)
from netgarden.web.schemas import Day

router = APIRouter(prefix=PREFIX + "/reviews")
Dimension = Annotated[str, Query(max_length=16)]


@router.get("/health", response_model=Review)
def get_health(unit: UnitDep, as_of: Day | None = None) -> Review:
    """Circle sizes (seeds/002 and, apart, seeds/001's 150-50-15), strength bands, lapsed
    ties, three-touch compliance, the uncircled; every line with its rule and seed."""
    from netgarden.services.review_fields import health_fields
    from netgarden.services.reviews import health_review

    return health_fields(health_review(unit, as_of or deps.today()))


@router.get("/triage", response_model=Review)
def get_triage(unit: UnitDep, as_of: Day | None = None) -> Review:
    """A circle proposed for each uncircled contact (never inner); writes nothing."""
    from netgarden.services.review_fields import triage_fields
    from netgarden.services.triage import triage

    return triage_fields(triage(unit, as_of or deps.today()))


@router.post("/triage", response_model=Review)
def apply_triage(unit: UnitDep, body: TriageApply) -> Review:
    """Apply the proposals for the chosen contacts; answers with what is left to triage."""
    from netgarden.services.review_fields import triage_fields
    from netgarden.services.triage import apply_triage as apply
    from netgarden.services.triage import triage

    day = deps.today()
    done = apply(unit, body.contact_ids, day, deps.now())
    return triage_fields(triage(unit, day), [p.contact_id for p in done])


@router.get("/audit", response_model=Review)
def get_audit(unit: UnitDep, as_of: Day | None = None) -> Review:
    """Numbered proposals (promote, demote, archive) with their criteria; the exemptions."""
    from netgarden.services.review_fields import audit_fields
    from netgarden.services.reviews import audit_review

    found = audit_review(unit, as_of or deps.today())
    return audit_fields(found.as_of, found.proposals, found.kept)


@router.post("/audit", response_model=Review)
def apply_audit(unit: UnitDep, body: AuditApply) -> Review:
    """Apply the chosen lines of today's audit; answers with the lines applied."""
    from netgarden.errors import InvalidValue
    from netgarden.services.review_fields import audit_fields
    from netgarden.services.reviews import apply_audit as apply

    if not body.numbers and not body.all:
        raise InvalidValue("numbers", "is empty; give the lines to apply, or all: true")
    done = apply(unit, [] if body.all else body.numbers, deps.today(), deps.now())
    return audit_fields(deps.today(), done, [])


@router.get("/diversity", response_model=Review)
def get_diversity(unit: UnitDep, by: Dimension = "industry", as_of: Day | None = None) -> Review:
    """Counts and shares by a dimension, the unknown share, HHI, effective number, gaps."""
    from netgarden.services.diversity import diversity_review
    from netgarden.services.review_fields import diversity_fields

    return diversity_fields(diversity_review(unit, by, as_of or deps.today()))


@router.get("/targets", response_model=list[Review])
def get_targets(unit: UnitDep) -> list[Review]:
    from netgarden.services.diversity import targets

    return [row._asdict() for row in targets(unit)]


@router.post("/targets", response_model=Review, status_code=201)
def add_target(unit: UnitDep, body: TargetCreate) -> Review:
    """Aim for at least N contacts with a value (a company target is a target company)."""
    from netgarden.services.diversity import add_target as add

    return add(unit, body.dimension, body.value, body.at_least)._asdict()


@router.delete("/targets/{dimension}/{value}", status_code=204)
def remove_target(unit: UnitDep, dimension: str, value: str) -> None:
    from netgarden.services.diversity import remove_target as remove

    remove(unit, dimension, value)


@router.get("/matrix", response_model=list[Review])
def get_matrix(
    unit: UnitDep,
    quadrant: Annotated[str | None, Query(max_length=16)] = None,
    as_of: Day | None = None,
) -> list[Review]:
    """Everyone by influence x accessibility with the quadrant's strategy."""
    from netgarden.services.matrix import matrix
    from netgarden.services.review_fields import matrix_fields

    return matrix_fields(matrix(unit, as_of or deps.today(), quadrant or None))


@router.get("/board", response_model=Review)
def get_board(unit: UnitDep, as_of: Day | None = None) -> Review:
    """The five seats with holders, candidates and cultivation lines; mentees."""
    from netgarden.services.board import board_review
    from netgarden.services.review_fields import board_fields

    return board_fields(board_review(unit, as_of or deps.today()))


@router.get("/brokers", response_model=Review)
def get_brokers(unit: UnitDep, as_of: Day | None = None) -> Review:
    """Betweenness, bridges, clusters, connectors and novel weak ties."""
    from netgarden.services.brokers import brokers_review
    from netgarden.services.review_fields import brokers_fields

    return brokers_fields(brokers_review(unit, as_of or deps.today()))


@router.get("/internal", response_model=Review)
def get_internal(unit: UnitDep, as_of: Day | None = None) -> Review:
    """My company's people by function and level; weak ties to decision makers."""
    from netgarden.services.internal import internal_review
    from netgarden.services.review_fields import internal_fields

    return internal_fields(internal_review(unit, as_of or deps.today()))


@router.get("/profile", response_model=dict[str, str])
def get_profile(unit: UnitDep) -> dict[str, str]:
    from netgarden.services.profile import my_facts

    return my_facts(unit)


@router.patch("/profile", response_model=dict[str, str])
def patch_profile(unit: UnitDep, body: ProfileUpdate) -> dict[str, str]:
    """Set what reviews know of me (company, title, seniority, function, time zone)."""
    from netgarden.services.profile import set_my_facts

    return set_my_facts(unit, body.model_dump(exclude_unset=True), deps.now())


@router.get("/handover", response_model=dict[str, Any])
def get_handover(unit: UnitDep, with_contact_details: bool = False) -> dict[str, Any]:
    """Names, companies, titles, how we met, circles, bands, links, board seats; no private
    details unless asked for."""
    from netgarden.services.handover import handover

    return handover(unit, deps.today(), with_contact_details)


@router.get("/graph", response_model=dict[str, Any])
def get_cluster_graph(
    request: Request,
    unit: UnitDep,
    cluster: Annotated[int | None, Query(ge=1, le=100_000)] = None,
    circle: Annotated[str | None, Query(max_length=10)] = None,
) -> dict[str, Any]:
    """The network graph by clusters: every cluster as one node first; with ``cluster``,
    that cluster's people sized by betweenness (the network page draws these)."""
    from netgarden.services.cluster_graph import cluster_graph, clustering

    day, circle = deps.today(), circle or None
    kept = deps.kept(request, unit, ("clusters", day, circle),
                     lambda u: clustering(u, day, circle))  # fmt: skip
    found = cluster_graph(unit, day, cluster, circle, kept)
    return {"nodes": found.nodes, "edges": found.edges, "cluster": found.cluster,
            "clusters": found.clusters, "truncated": found.truncated}  # fmt: skip
