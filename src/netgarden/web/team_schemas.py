"""The team API's shapes (server mode, issue 19). ``TieRead`` is an allowlist: a teammate's
contact is only ever its name, company, title and the teammate's band."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TieRead(BaseModel):
    teammate: str
    contact_id: int
    name: str
    company: str | None
    title: str | None
    band: str


class MemberRead(BaseModel):
    email: str
    role: str
    sharing: bool


class TeamRead(BaseModel):
    name: str
    role: str
    sharing: bool
    members: list[MemberRead]


class InviteRead(BaseModel):
    team: str
    invited_by: str


class AskRead(BaseModel):
    id: int
    team: str
    from_email: str
    to_email: str
    contact_id: int
    contact_name: str
    message: str | None
    state: str
    answer: str | None
    asked_on: dt.date


class TeamOverviewRead(BaseModel):
    me: str
    teams: list[TeamRead]
    invitations: list[InviteRead]
    asks_to_me: list[AskRead]
    asks_from_me: list[AskRead]


class TeamCreate(_Strict):
    name: str = Field(max_length=200)


class InviteCreate(_Strict):
    email: str = Field(max_length=320)
    team: str | None = Field(None, max_length=200)


class JoinCreate(_Strict):
    team: str | None = Field(None, max_length=200)


class SharingUpdate(_Strict):
    sharing: bool
    team: str | None = Field(None, max_length=200)


class AskCreate(_Strict):
    teammate: str = Field(max_length=320)
    contact_id: int = Field(ge=1, le=2**63 - 1)
    message: str | None = Field(None, max_length=2000)


class AnswerCreate(_Strict):
    answer: Literal["yes", "no"]
    note: str | None = Field(None, max_length=2000)


class MeRead(BaseModel):
    email: str
    admin: bool
