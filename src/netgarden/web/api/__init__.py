"""/api/v1: JSON over the same services as the CLI and the pages, one module per area. No
query lives here. This router gives every area's routes the tag and the documented error
answers."""

from __future__ import annotations

from fastapi import APIRouter

from netgarden.web.api import (
    career,
    contacts,
    events,
    goals,  # issue 15
    introductions,
    ledger,
    network,
    opportunities,
    periods,
    plans,
    reviews,
    settings,
    team,
    templates,
    today,
    touches,
    transfer,
)
from netgarden.web.api.common import ERRORS

router = APIRouter(tags=["api"], responses=ERRORS)
for area in (contacts, touches, today, ledger, network, introductions, events, settings,
             transfer, reviews, plans):  # fmt: skip
    router.include_router(area.router)
router.include_router(templates.router)  # issue 14: templates, drafts, outreach
router.include_router(goals.router)  # issue 15: goals, content, communities
router.include_router(periods.router)  # issue 15: the period reviews
router.include_router(career.router)  # issue 16: companies, changes, call list
router.include_router(opportunities.router)  # issue 16: opportunities, roi
router.include_router(team.router)  # issue 19: me, teams, who knows whom, asks
