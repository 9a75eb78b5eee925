"""The API's schemas of career resilience (issue 16): companies, job changes, the call list."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from netgarden.domain.values import SHORT_MAX


class CompanySet(BaseModel):
    """Track a company or change what is given of it (``null`` or absent: left alone)."""

    name: str = Field(min_length=1, max_length=SHORT_MAX, examples=["Acme Analytics"])
    target: bool | None = None
    hiring: str | None = Field(default=None, max_length=8, examples=["yes"])
    hiring_for: str | None = Field(
        default=None, max_length=SHORT_MAX, examples=["product managers"]
    )
    size: str | None = Field(default=None, max_length=16, examples=["51-200"])
    type: str | None = Field(default=None, max_length=16, examples=["scale-up"])


class CompanyRead(BaseModel):
    id: int | None
    name: str
    target: bool
    at_least: int | None
    hiring: str
    hiring_for: str | None
    hiring_checked_on: dt.date | None
    size: str | None
    type: str | None
    people: int


class PersonThereRead(BaseModel):
    id: int
    name: str
    title: str | None
    strength: int
    status: str | None
    hiring_manager_for: str | None


class PathRead(BaseModel):
    ids: list[int]
    names: list[str]
    score: float
    why: str


class OpeningRead(BaseModel):
    id: int
    title: str
    kind: str
    stage: str
    role: str | None


class CompanyDetailRead(CompanyRead):
    people_there: list[PersonThereRead]
    paths: list[PathRead]
    opportunities: list[OpeningRead]


class ChangeRead(BaseModel):
    id: int
    contact_id: int
    name: str
    seen_on: dt.date
    old_company: str | None
    old_title: str | None
    new_company: str | None
    new_title: str | None
    state: str
    decided_on: dt.date | None
    function_changed: bool
    suggested_status: str | None


class CallRead(BaseModel):
    contact_id: int
    name: str
    company: str | None
    class_: str = Field(alias="class", serialization_alias="class")
    reason: str


class UnreachedRead(BaseModel):
    company: str


class CallSummaryRead(BaseModel):
    counts: dict[str, int]
    total: int
    role: str | None
    junior_first: bool
    switched_careers: int
    switched_share: float | None
    switched_share_seen: float
    unreached_targets: list[UnreachedRead]


class CallListRead(BaseModel):
    contacts: list[CallRead]
    summary: CallSummaryRead
