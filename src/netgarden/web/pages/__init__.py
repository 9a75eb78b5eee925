"""HTML pages (Jinja2 + HTMX), one module per area. They read without JavaScript; HTMX only
makes them quicker. Shared helpers live in ``common``."""

from __future__ import annotations

from fastapi import APIRouter

from netgarden.web.pages import (
    accounts,
    capture,
    career,
    contacts,
    dashboard,
    event_prep,
    events,
    goals,  # issue 15
    introductions,
    network,
    opportunities,
    palette,
    periods,
    reviews,
    settings,
    styleguide,
    team,
    templates,
    today,
    transfer,
)

router = APIRouter(include_in_schema=False)
for area in (today, capture, contacts, network, introductions, events, transfer, dashboard,
             settings,
             event_prep):  # fmt: skip
    router.include_router(area.router)
for area in (palette, styleguide):  # the design system (#11)
    router.include_router(area.router)
router.include_router(templates.router)  # issue 14: templates and drafts
router.include_router(periods.router)  # issue 15: the period reviews (before /reviews/...)
router.include_router(reviews.router)  # network reviews (#13)
router.include_router(goals.router)  # issue 15: the Goals page
router.include_router(career.router)  # issue 16: call list, companies, job changes
router.include_router(opportunities.router)  # issue 16: opportunities board, roi
router.include_router(accounts.router)  # issue 19: sign in, sign out
router.include_router(team.router)  # issue 19: the team page
