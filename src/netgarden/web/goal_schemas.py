"""API schemas for goals, content and communities (issue 15): requests and responses kept
apart from tables and domain values (the lists come from domain.goals and content_mix)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from netgarden.domain.content_mix import CommunityRole, ContentKind, Mix
from netgarden.domain.goals import Metric, Period
from netgarden.domain.values import LINKEDIN_MAX, NAME_MAX
from netgarden.web.schemas import Body, Day


class GoalCreate(Body):
    title: str = Field(min_length=1, max_length=NAME_MAX)
    metric: Metric
    target: str = Field(min_length=1, max_length=20, examples=["20", "3-5"],
                        description="a number, or a range done at its low end")  # fmt: skip
    period: Period = Period.QUARTER
    from_: Day | None = Field(default=None, alias="from",
                              description="a day in the period (custom: its first)")  # fmt: skip
    to: Day | None = Field(default=None, description="a custom period's last day")
    where: str | None = Field(default=None, max_length=500,
                              examples=["function=product and company in targets"])  # fmt: skip
    rolling: bool = False


class GoalTick(Body):
    value: int | None = Field(default=None, ge=0, le=1_000_000)


class GoalRead(BaseModel):
    id: int
    title: str
    metric: str
    definition: str
    target: str
    target_low: int
    target_high: int | None
    value: int
    expected: float
    status: str = Field(description="done, on-pace or behind")
    behind_by: int | None
    pace: str
    percent: int
    period: str
    rolling: bool
    period_start: dt.date
    period_end: dt.date
    where: str | None
    preset: str | None
    seed: str | None


class PresetLineRead(BaseModel):
    title: str
    seed: str
    section: str
    metric: str
    target: str
    period: str
    rolling: bool
    where: str | None


class PresetRead(BaseModel):
    name: str
    about: str
    lines: list[PresetLineRead]


class ContentCreate(Body):
    kind: ContentKind
    title: str = Field(min_length=1, max_length=NAME_MAX)
    on: Day | None = None
    mix: Mix
    url: str | None = Field(default=None, max_length=LINKEDIN_MAX)
    contact_ids: list[int] = Field(default_factory=list, max_length=50)


class ContentPersonRead(BaseModel):
    contact_id: int
    name: str


class ContentRead(BaseModel):
    id: int
    kind: str
    title: str
    on: dt.date
    mix: str
    url: str | None
    people: list[ContentPersonRead]


class MixCheckRead(BaseModel):
    rule: str
    seed: str
    quote: str
    shares: dict[str, int]
    status: str = Field(description="pass, warn, or none with nothing published")
    message: str


class ContentMixRead(BaseModel):
    start: dt.date
    end: dt.date
    counts: dict[str, int]
    checks: list[MixCheckRead]


class CommunityJoin(Body):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    role: CommunityRole = CommunityRole.MEMBER
    on: Day | None = None


class CommunityLeave(Body):
    on: Day | None = None


class CommunityRead(BaseModel):
    id: int
    name: str
    role: str
    joined_on: dt.date
    left_on: dt.date | None
