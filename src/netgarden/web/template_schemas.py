"""API schemas for outreach templates, drafts and the outreach report (issue 14): requests
and responses kept apart from tables and domain values."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from netgarden.domain.templates import MAX_BODY, MAX_NAME
from netgarden.services.drafts import MAX_VALUE
from netgarden.web.schemas import Body, Day

Id = Annotated[int, Field(ge=1, le=2**63 - 1)]
Key = Annotated[str, Field(min_length=1, max_length=40, examples=["cold-mine"])]
Asks = Literal["meeting", "introduction", "nothing"]


class TemplateRead(BaseModel):
    key: str
    name: str
    purpose: str | None
    body: str
    placeholders: list[str]
    asks: Asks
    builtin: bool
    based_on: str | None
    seed: str | None = Field(description="the seed a built-in quotes")


class TemplateCreate(Body):
    """A template of one's own: a copy of ``copy_of`` under ``key``, with any field changed."""

    key: Key
    copy_of: Key = Field(examples=["cold"])
    name: str | None = Field(default=None, min_length=1, max_length=MAX_NAME)
    purpose: str | None = Field(default=None, max_length=MAX_NAME)
    body: str | None = Field(default=None, min_length=1, max_length=MAX_BODY)
    asks: Asks | None = None


class TemplateUpdate(Body):
    name: str | None = Field(default=None, min_length=1, max_length=MAX_NAME)
    purpose: str | None = Field(default=None, max_length=MAX_NAME)
    body: str | None = Field(default=None, min_length=1, max_length=MAX_BODY)
    asks: Asks | None = None


class DraftCreate(Body):
    key: Key = Field(examples=["follow-up"])
    contact_id: Id
    to_id: Id | None = Field(default=None, description="the person to be introduced to")
    event_id: Id | None = None
    values: dict[
        Annotated[str, Field(max_length=80)], Annotated[str, Field(max_length=MAX_VALUE)]
    ] = Field(
        default_factory=dict, examples=[{"topic": "evals"}], description="placeholder → value"
    )
    log: bool = Field(default=False, description="record it as sent (a touch, direction out)")
    via: Literal["message", "email"] = "message"
    as_of: Day | None = Field(default=None, description="word dates as if today were this")


class DraftRead(BaseModel):
    key: str
    contact_id: int
    text: str
    asks: Asks
    filled: dict[str, str]
    warnings: list[str]
    touch_id: int | None = Field(description="the touch logged, when log was asked")


class OutreachRead(BaseModel):
    template: str
    sent: int
    answered: int
    response_rate: float | None
    meeting_requests: int
    meetings: int
    meeting_acceptance: float | None


class ReplyUpdate(Body):
    replied: bool | None = Field(description="true: replied; false: no reply; null: unknown")


class ReplyRead(BaseModel):
    touch_id: int
    template_key: str | None
    replied: bool | None
