"""/api/v1: JSON over the same services as the CLI and the pages, one module per area. No
query lives here. This router gives every area's routes the tag and the documented error
answers."""

from __future__ import annotations

from fastapi import APIRouter

from netgarden.web.api import (
    contacts,
    events,
    introductions,
    ledger,
    network,
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
router.include_router(team.router)  # issue 19: me, teams, who knows whom, asks
