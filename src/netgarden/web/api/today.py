"""/api/v1/agenda and /api/v1/stats: the day's agenda and the network's numbers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from netgarden.domain.agenda import AgendaItem
from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep, allowed
from netgarden.web.schemas import AgendaItemRead, Day, StatsRead

router = APIRouter(prefix=PREFIX)


def agenda_read(item: AgendaItem) -> AgendaItemRead:
    from netgarden.services.agenda import item_fields

    return allowed(AgendaItemRead, item_fields(item))


@router.get("/agenda", response_model=list[AgendaItemRead])
def get_agenda(
    unit: UnitDep,
    items: Annotated[deps.Agenda, Depends(deps.agenda)],
    as_of: Day | None = None,
    limit: int = Query(20, ge=1, le=1000),
) -> list[AgendaItemRead]:
    """The agenda, most valuable first: the same items as the CLI's `today` gives as JSON."""
    return [agenda_read(item) for item in items(unit, as_of or deps.today())[:limit]]


@router.get("/stats", response_model=StatsRead)
def get_stats(unit: UnitDep, agenda: Annotated[deps.Agenda, Depends(deps.agenda)]) -> StatsRead:
    from netgarden.services.stats import network_stats

    day = deps.today()
    stats = network_stats(unit, day, every_item=agenda(unit, day, every_lapsed=True))
    return allowed(StatsRead, stats)
