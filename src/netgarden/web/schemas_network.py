"""API schemas of the network: links, warm paths, introductions, suggestions, the graph."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, Field

from netgarden.domain.network import MOVE_TARGETS, LinkStrength
from netgarden.web.schemas import Body

if TYPE_CHECKING:
    IntroMove = str
else:  # the domain's states, as the enum the API documents (one definition: NEXT_STATES)
    IntroMove = Literal[tuple(state.value for state in MOVE_TARGETS)]


class LinkCreate(Body):
    other_id: Annotated[int, Field(ge=1, le=2**63 - 1)]
    how: str | None = Field(default=None, max_length=2000)
    strength: LinkStrength = LinkStrength.MEDIUM


class LinkRead(BaseModel):
    id: int
    name: str
    company: str | None
    strength: str
    how: str | None
    source: str


class PathRead(BaseModel):
    path: list[str]
    ids: list[int]
    score: float = Field(description="warmth times help: how paths are ranked")
    warmth: float = Field(description="my tie to the first person times each link's weight")
    help: float = Field(description="how much the person at the end can help with the ask")
    why: str = Field(description="the help explained: seniority and, for a role, title fit")
    draft: str


class IntroCreate(Body):
    a_id: Annotated[int, Field(ge=1, le=2**63 - 1)]
    b_id: Annotated[int, Field(ge=1, le=2**63 - 1)]
    why: str | None = Field(default=None, max_length=2000)


class IntroUpdate(Body):
    state: IntroMove
    outcome: str | None = Field(default=None, max_length=2000)


class IntroRead(BaseModel):
    id: int
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    why: str | None
    state: str
    outcome: str | None
    updated_on: dt.date
    follow_up_due: bool


class SuggestionRead(BaseModel):
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    score: float
    reason: str


class GraphRead(BaseModel):
    nodes: list[dict[str, str]]
    edges: list[dict[str, str]]
    truncated: bool
