"""API schemas for targets and prep sheets, event ROI, planned meetings, my profile,
promises and trust: requests and responses kept apart from tables and domain values."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from netgarden.domain.values import LONG_MAX, NAME_MAX, SHORT_MAX
from netgarden.web.schemas import Body, Day

Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
Text = Annotated[str, Field(max_length=LONG_MAX)]


class TargetCreate(Body):
    """Someone to meet at the event (seeds/002: "Prepare 3-5 target connections")."""

    contact_id: Id
    source: Literal["attendee-list", "speaker-list"] | None = None
    starter: str | None = Field(default=None, max_length=LONG_MAX)


class PrepTargetRead(BaseModel):
    contact_id: int
    name: str
    title: str | None
    company: str | None
    how_met: str | None
    interests: str | None
    source: str | None
    warm_path: str | None
    starter: str
    starter_from: str


class AnswerRead(BaseModel):
    question: str
    answer: str


class PitchRead(BaseModel):
    seconds: int
    text: str | None
    built: bool
    missing: list[str]


class FollowUpDayRead(BaseModel):
    kind: str
    due_on: dt.date


class PrepRead(BaseModel):
    """The prep sheet, in its order: research, goal, targets, openers (before any pitch),
    pitches, arrival, follow-ups."""

    event_id: int
    name: str
    on: dt.date
    research: list[AnswerRead]
    goal: int
    targets: list[PrepTargetRead]
    warnings: list[str]
    openers: list[str]
    join: str
    exits: list[str]
    pitches: list[PitchRead]
    arrival: str
    follow_ups: list[FollowUpDayRead]
    order: list[str]


class EventRoiRead(BaseModel):
    id: int
    name: str
    on: dt.date
    series: str | None
    status: Literal["pending", "ripe"]
    ripe_on: dt.date
    format: str
    access: str | None
    size: int | None
    people_met: int
    targets: int
    targets_met: int
    meetings_scheduled: int
    tasks_due: int
    tasks_on_time: int
    compliance: float | None
    alive: int | None = Field(description="null while pending")
    opportunities: int = Field(
        description="opportunities recorded at the event or through someone met there (issue 16)"
    )


class SeriesRead(BaseModel):
    series: str
    verdict: Literal["keep", "keep-exploring", "drop"]
    label: str
    events: int
    ripe: int
    alive: int
    formats: list[str]
    access: list[str]
    sizes: list[int]
    why: str
    event_ids: list[int]


class RoiRead(BaseModel):
    as_of: dt.date
    window_days: int
    events: list[EventRoiRead]
    series: list[SeriesRead]


class PairRead(BaseModel):
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    reason: str
    score: float


class PlanCreate(Body):
    contact_ids: list[Id] = Field(min_length=1, max_length=50)
    kind: Literal["coffee", "meeting", "call", "video", "informational-interview", "other"]
    on: Day
    note: str | None = Field(default=None, max_length=LONG_MAX)


class PlanConfirm(Body):
    """It happened: logged as a touch (the plan's kind and day unless given)."""

    kind: str | None = Field(default=None, max_length=32)
    on: Day | None = None
    note: str | None = Field(default=None, max_length=LONG_MAX)


class PlanPersonRead(BaseModel):
    contact_id: int
    name: str


class PlanRead(BaseModel):
    id: int
    kind: str
    on: dt.date
    note: str | None
    status: Literal["planned", "happened", "cancelled"]
    touch_id: int | None
    people: list[PlanPersonRead]
    did_it_happen: bool = Field(description="its day has passed and nobody confirmed it")


class ProfileRead(BaseModel):
    name: str | None
    title: str | None
    company: str | None
    what: str | None
    hook: str | None
    pitch_30: str | None
    pitch_60: str | None
    pitch_120: str | None
    time_zone: str | None
    questions: str | None


class ProfileUpdate(Body):
    """Fields to set; an empty text clears one."""

    name: str | None = Field(default=None, max_length=NAME_MAX)
    title: str | None = Field(default=None, max_length=SHORT_MAX)
    company: str | None = Field(default=None, max_length=SHORT_MAX)
    what: Text | None = None
    hook: Text | None = None
    pitch_30: Text | None = None
    pitch_60: Text | None = None
    pitch_120: Text | None = None
    time_zone: str | None = Field(default=None, max_length=64)
    questions: Text | None = None


class PromiseCreate(Body):
    text: str = Field(min_length=1, max_length=LONG_MAX)
    by: Day


class TrustRead(BaseModel):
    """seeds/002's trust equation inputs; no composite without credibility and intimacy."""

    promises_due: int
    kept_on_time: int
    reliability: float | None
    gives: int
    asks: int
    self_orientation: float | None
    composite: float | None
