"""/api/v1/reviews/{week,month,quarter,year} (issue 15): the period reviews, the same JSON
as ``review week|month|quarter|year`` prints as JSON."""

from __future__ import annotations

from fastapi import APIRouter

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.review_schemas import Review
from netgarden.web.schemas import Day

router = APIRouter(prefix=PREFIX + "/reviews")


def _review(unit: UnitDep, period: str, as_of: Day | None) -> Review:
    from netgarden.services.periods import period_review

    return period_review(unit, period, as_of or deps.today()).as_dict()


@router.get("/week", response_model=Review)
def get_week(unit: UnitDep, as_of: Day | None = None) -> Review:
    """The ISO week's practices (seeds/000, 001, 002): new outreach, this week's dormant
    picks, coffee, inner-circle touchpoints, follow-ups, content shared, value balance."""
    return _review(unit, "week", as_of)


@router.get("/month", response_model=Review)
def get_month(unit: UnitDep, as_of: Day | None = None) -> Review:
    """The month's practices: interviews, events (both seeds), introductions, resources,
    article, content mix, value-adds, check-ins, the database's hygiene."""
    return _review(unit, "month", as_of)


@router.get("/quarter", response_model=Review)
def get_quarter(unit: UnitDep, as_of: Day | None = None) -> Review:
    """The quarter's: goals, audit proposals, inner circle +1, relationships deepened,
    gives before getting, conferences, content, broader maintenance."""
    return _review(unit, "quarter", as_of)


@router.get("/year", response_model=Review)
def get_year(unit: UnitDep, as_of: Day | None = None) -> Review:
    """The year's: the full audit, the outer circle touched, holiday greetings,
    anniversaries, the three-touch system."""
    return _review(unit, "year", as_of)
