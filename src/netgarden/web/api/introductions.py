"""/api/v1/introductions: double opt-in introductions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep, allowed
from netgarden.web.schemas_network import IntroCreate, IntroRead, IntroUpdate

router = APIRouter(prefix=PREFIX)


def _intro_read(intro: Any) -> IntroRead:
    return allowed(IntroRead, intro, follow_up_due=intro.follow_up_due(deps.today()))


@router.get("/introductions", response_model=list[IntroRead])
def list_introductions(unit: UnitDep) -> list[IntroRead]:
    from netgarden.services.introductions import introductions

    return [_intro_read(i) for i in introductions(unit)]


@router.post("/introductions", response_model=IntroRead, status_code=status.HTTP_201_CREATED)
def create_introduction(unit: UnitDep, body: IntroCreate) -> IntroRead:
    """Propose a double opt-in introduction between two contacts."""
    from netgarden.services.introductions import propose_intro

    return _intro_read(propose_intro(unit, body.a_id, body.b_id, body.why, deps.today(),
                                     deps.now()).intro)  # fmt: skip


@router.patch("/introductions/{intro_id}", response_model=IntroRead)
def move_introduction(
    unit: UnitDep, intro_id: Annotated[int, Path(ge=1, le=deps.MAX_ID)], body: IntroUpdate
) -> IntroRead:
    """Move it on: asked-a, asked-b, made (links them, counts as given), outcome, declined."""
    from netgarden.services.introductions import advance_intro

    return _intro_read(advance_intro(unit, intro_id, body.state, body.outcome, deps.today(),
                                     deps.now()))  # fmt: skip
