"""The Goals page (issue 15): every goal with a progress bar and its pace, and the forms to
add one, add a seed's preset, tick a manual goal, renew or remove one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from netgarden.domain.goals import METRICS, Period
from netgarden.services.database import Unit
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import (
    UnitDep,
    back,
    in_transaction,
    page,
    show_again_on_error,
    text,
)
from netgarden.web.schemas import Day

router = APIRouter(include_in_schema=False)
GoalId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
GOAL_FIELDS = ("title", "metric", "target", "period", "from", "to", "where")
CHOICES = {
    "metrics": [m.value for m in METRICS],
    "periods": [p.value for p in Period],
}


def goals_context(unit: Unit, day: Any) -> dict[str, Any]:
    from netgarden.services.goals import goal_progress, presets

    found = goal_progress(unit, day)
    return {"goals": found, "day": day, "presets": presets(), "metrics": METRICS,
            "choices": CHOICES, "done": sum(1 for g in found if g.status == "done"),
            "behind": sum(1 for g in found if g.status == "behind")}  # fmt: skip


@router.get("/goals")
def goals_page(request: Request, unit: UnitDep, as_of: Day | None = Query(None)) -> Response:
    day = as_of or deps.today()
    values = {"period": "quarter", "metric": "new-connections"}
    return page(request, "goals.html", values=values, errors={}, **goals_context(unit, day))


@router.post("/goals/new")
async def create_goal(request: Request) -> Response:
    from netgarden.services.goals import GoalInput, add_goal

    form = await checked_form(request)
    values = {key: text(form, key) for key in GOAL_FIELDS}
    data = GoalInput(values["title"], values["metric"], values["target"], values["period"],
                     values["from"] or None, values["to"] or None, values["where"] or None,
                     bool(text(form, "rolling")))  # fmt: skip
    day = deps.today()
    show_again_on_error(request, "goals.html", read=lambda u: goals_context(u, day),
                        values=dict(form), other="title")  # fmt: skip
    await in_transaction(request, lambda u: add_goal(u, data, day, deps.now()))
    return back("/goals")


@router.post("/goals/preset")
async def apply_preset(request: Request) -> Response:
    from netgarden.services.goals import apply_preset as apply

    form = await checked_form(request)
    name = text(form, "name")
    day = deps.today()
    show_again_on_error(request, "goals.html", read=lambda u: goals_context(u, day),
                        values={"period": "quarter"}, fields={"name"}, other="name")  # fmt: skip
    await in_transaction(request, lambda u: apply(u, name, day, deps.now()))
    return back("/goals")


@router.post("/goals/{goal_id}/delete")
async def delete_goal(request: Request, goal_id: GoalId) -> Response:
    from netgarden.services.goals import remove_goal

    await checked_form(request)
    await in_transaction(request, lambda u: remove_goal(u, goal_id, deps.today()))
    return back("/goals")


@router.post("/goals/{goal_id}/renew")
async def renew_goal(request: Request, goal_id: GoalId) -> Response:
    from netgarden.services.goals import renew_goal as renew

    await checked_form(request)
    await in_transaction(request, lambda u: renew(u, goal_id, deps.today(), deps.now()))
    return back("/goals")


@router.post("/goals/{goal_id}/tick")
async def tick_goal(request: Request, goal_id: GoalId) -> Response:
    from netgarden.services.goals import tick_goal as tick

    form = await checked_form(request)
    value = text(form, "value") or None
    day = deps.today()
    show_again_on_error(request, "goals.html", read=lambda u: goals_context(u, day),
                        values={"period": "quarter"}, other="title")  # fmt: skip
    await in_transaction(request, lambda u: tick(u, goal_id, value, day))
    return back("/goals")
