"""API schemas for opportunities and networking ROI (issue 16): requests and responses kept
apart from tables and domain values (the lists come from domain.opportunities)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, Field

from netgarden.domain.opportunities import TITLE_MAX, Channel, OppKind, Stage
from netgarden.domain.values import LONG_MAX, SHORT_MAX
from netgarden.web.schemas import Body, Day

Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
HM = "does it reach the hiring manager (seeds/004); null: unknown"


class OppCreate(Body):
    title: str = Field(min_length=1, max_length=TITLE_MAX)
    kind: OppKind
    company: str | None = Field(default=None, max_length=SHORT_MAX)
    role: str | None = Field(default=None, max_length=SHORT_MAX)
    via_id: Id | None = Field(default=None, description="the contact it came through")
    event_id: Id | None = Field(default=None, description="the event it was sourced at")
    channel: Channel | None = Field(
        default=None, description="default: event with event_id, network with via_id"
    )
    reaches_hm: bool | None = Field(default=None, description=HM)
    note: str | None = Field(default=None, max_length=LONG_MAX)
    on: Day | None = Field(default=None, description="the day it opened (default today)")


class OppUpdate(Body):
    """Only the fields given change; null clears one (the stage changes with /move)."""

    title: str | None = Field(default=None, min_length=1, max_length=TITLE_MAX)
    kind: OppKind | None = None
    company: str | None = Field(default=None, max_length=SHORT_MAX)
    role: str | None = Field(default=None, max_length=SHORT_MAX)
    via_id: Id | None = None
    event_id: Id | None = None
    channel: Channel | None = None
    reaches_hm: bool | None = Field(default=None, description=HM)
    note: str | None = Field(default=None, max_length=LONG_MAX)
    on: Day | None = None


class OppMove(Body):
    stage: Stage
    on: Day | None = Field(default=None, description="the day it moved (default today)")


class OppShare(Body):
    contact_id: Id
    note: str | None = Field(default=None, max_length=LONG_MAX)


class OppRead(BaseModel):
    id: int
    title: str
    kind: str
    company: str | None
    role: str | None
    via_id: int | None
    via_name: str | None
    event_id: int | None
    event_name: str | None
    channel: str | None
    reaches_hm: bool | None
    stage: str
    opened_on: dt.date
    stage_on: dt.date
    note: str | None
    reached_interview: bool


class StageRead(BaseModel):
    stage: str
    on: dt.date


class ShareRead(BaseModel):
    contact_id: int
    name: str
    on: dt.date


class SuggestionRead(BaseModel):
    contact_id: int
    name: str
    reason: str
    status: str | None
    strength: int


class OppDetailRead(OppRead):
    stages: list[StageRead]
    shares: list[ShareRead]
    suggestions: list[SuggestionRead] = Field(
        description="up to five people to share a job or collaboration with (seeds/001)"
    )


class RoiRead(BaseModel):
    """Every figure of the ROI report; how each is counted: the README."""

    since: dt.date
    until: dt.date
    response_rate: dict[str, Any]
    meeting_acceptance: dict[str, Any]
    meeting_to_opportunity: dict[str, Any]
    referrals: dict[str, Any]
    opportunities_by_kind: list[dict[str, Any]]
    opportunities_by_channel: list[dict[str, Any]]
    cold_application_benchmark: dict[str, Any]
    knowledge: dict[str, Any]
    value: dict[str, Any]
    quality_connections: dict[str, Any]
    network_growth: dict[str, Any]
