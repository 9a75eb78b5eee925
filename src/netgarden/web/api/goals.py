"""/api/v1/goals, /api/v1/content and /api/v1/communities (issue 15): goals computed from
the data with their pace, the seeds' presets, what I publish and where I belong."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Path, Query, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep
from netgarden.web.goal_schemas import (
    CommunityJoin,
    CommunityLeave,
    CommunityRead,
    ContentCreate,
    ContentMixRead,
    ContentPersonRead,
    ContentRead,
    GoalCreate,
    GoalRead,
    GoalTick,
    MixCheckRead,
    PresetLineRead,
    PresetRead,
)
from netgarden.web.schemas import Day

if TYPE_CHECKING:
    from netgarden.services.content import ContentView
    from netgarden.services.goals import GoalView

router = APIRouter(prefix=PREFIX)
GoalId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
ItemId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]


def goal_read(g: GoalView) -> GoalRead:
    fields = {f.name: getattr(g, f.name) for f in dataclasses.fields(g)}
    return GoalRead(**fields, definition=g.definition, percent=g.percent)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def content_read(c: ContentView) -> ContentRead:
    people = [ContentPersonRead(contact_id=i, name=n) for i, n in c.people]
    return ContentRead(id=c.id, kind=c.kind, title=c.title, on=c.on, mix=c.mix, url=c.url,
                       people=people)  # fmt: skip


@router.get("/goals", response_model=list[GoalRead])
def list_goals(unit: UnitDep, as_of: Day | None = None) -> list[GoalRead]:
    """Every goal with its value counted from the data, the expected count and its status."""
    from netgarden.services.goals import goal_progress

    return [goal_read(g) for g in goal_progress(unit, as_of or deps.today())]


@router.post("/goals", response_model=GoalRead, status_code=status.HTTP_201_CREATED)
def create_goal(unit: UnitDep, body: GoalCreate) -> GoalRead:
    """Add a goal (metric definitions: GET /goals/metrics)."""
    from netgarden.services.goals import GoalInput, add_goal

    data = GoalInput(body.title, body.metric.value, body.target, body.period.value,
                     _iso(body.from_), _iso(body.to), body.where, body.rolling)  # fmt: skip
    return goal_read(add_goal(unit, data, deps.today(), deps.now()))


@router.get("/goals/metrics", response_model=dict[str, str])
def goal_metrics() -> dict[str, str]:
    """Each metric's key and exact definition."""
    from netgarden.domain.goals import METRICS

    return {metric.value: text for metric, text in METRICS.items()}


@router.get("/goals/presets", response_model=list[PresetRead])
def list_presets() -> list[PresetRead]:
    """The seeds' presets, each line with the seed's words and the seed it comes from."""
    from netgarden.services.goals import presets

    return [PresetRead(name=p.name, about=p.about, lines=[
        PresetLineRead(title=li.quote.text, seed=li.quote.seed, section=li.quote.section,
                       metric=li.metric.value, target=li.target, period=li.period.value,
                       rolling=li.rolling, where=li.where) for li in p.lines])
        for p in presets()]  # fmt: skip


@router.post("/goals/presets/{name}", response_model=list[GoalRead],
             status_code=status.HTTP_201_CREATED)  # fmt: skip
def apply_preset(unit: UnitDep, name: Annotated[str, Path(max_length=40)]) -> list[GoalRead]:
    """Add a preset's goals (those already set for the same days are not added twice)."""
    from netgarden.services.goals import apply_preset as apply

    return [goal_read(g) for g in apply(unit, name, deps.today(), deps.now())]


@router.delete("/goals/{goal_id}", response_model=GoalRead)
def delete_goal(unit: UnitDep, goal_id: GoalId) -> GoalRead:
    """Remove a goal; answers it as it was."""
    from netgarden.services.goals import remove_goal

    return goal_read(remove_goal(unit, goal_id, deps.today()))


@router.post("/goals/{goal_id}/renew", response_model=GoalRead,
             status_code=status.HTTP_201_CREATED)  # fmt: skip
def renew_goal(unit: UnitDep, goal_id: GoalId) -> GoalRead:
    """The same goal for the next period."""
    from netgarden.services.goals import renew_goal as renew

    return goal_read(renew(unit, goal_id, deps.today(), deps.now()))


@router.post("/goals/{goal_id}/tick", response_model=GoalRead)
def tick_goal(unit: UnitDep, goal_id: GoalId, body: GoalTick) -> GoalRead:
    """Set a manual goal's count (without a value: its target)."""
    from netgarden.services.goals import tick_goal as tick

    return goal_read(tick(unit, goal_id, body.value, deps.today()))


@router.get("/content", response_model=list[ContentRead])
def list_content(
    unit: UnitDep, start: Day | None = Query(None, alias="from"), end: Day | None = Query(None,
    alias="to"),
) -> list[ContentRead]:  # fmt: skip
    """What I published, the latest first."""
    from netgarden.services.content import content_between

    return [content_read(c) for c in content_between(unit, start, end)]


@router.get("/content/mix", response_model=ContentMixRead)
def get_content_mix(unit: UnitDep, start: Day, end: Day) -> ContentMixRead:
    """A period's content by mix, held to seeds/002's 70-20-10 and seeds/001's 80/20."""
    from netgarden.services.content import content_mix

    counts, checks = content_mix(unit, start, end)
    return ContentMixRead(start=start, end=end, counts=counts, checks=[
        MixCheckRead(rule=c.rule, seed=c.quote.seed, quote=c.quote.text, shares=c.shares,
                     status=c.status, message=c.message) for c in checks])  # fmt: skip


@router.post("/content", response_model=ContentRead, status_code=status.HTTP_201_CREATED)
def create_content(unit: UnitDep, body: ContentCreate) -> ContentRead:
    """Record something I published, with the people it was made with."""
    from netgarden.services.content import add_content

    on = body.on.isoformat() if body.on else None
    people = [str(i) for i in body.contact_ids]
    return content_read(add_content(unit, body.kind.value, body.title, on, body.mix.value,
                                    people, deps.today(), deps.now(), body.url))  # fmt: skip


@router.delete("/content/{content_id}", response_model=ContentRead)
def delete_content(unit: UnitDep, content_id: ItemId) -> ContentRead:
    from netgarden.services.content import remove_content

    return content_read(remove_content(unit, content_id))


@router.get("/communities", response_model=list[CommunityRead])
def list_communities(unit: UnitDep) -> list[CommunityRead]:
    """The communities I belong to (current first), and those I left."""
    from netgarden.services.content import list_communities as listed

    return [CommunityRead(**c.__dict__) for c in listed(unit)]


@router.post("/communities", response_model=CommunityRead, status_code=status.HTTP_201_CREATED)
def join_community(unit: UnitDep, body: CommunityJoin) -> CommunityRead:
    """Join a community, or take a new role in one already joined."""
    from netgarden.services.content import join_community as join

    on = body.on.isoformat() if body.on else None
    joined, _ = join(unit, body.name, body.role.value, on, deps.today(), deps.now())
    return CommunityRead(**joined.__dict__)


@router.post("/communities/{community_id}/leave", response_model=CommunityRead)
def leave_community(unit: UnitDep, community_id: ItemId, body: CommunityLeave) -> CommunityRead:
    from netgarden.services.content import leave_community as leave

    on = body.on.isoformat() if body.on else None
    return CommunityRead(**leave(unit, f"#{community_id}", on, deps.today()).__dict__)


@router.delete("/communities/{community_id}", response_model=CommunityRead)
def delete_community(unit: UnitDep, community_id: ItemId) -> CommunityRead:
    from netgarden.services.content import remove_community

    return CommunityRead(**remove_community(unit, f"#{community_id}").__dict__)
