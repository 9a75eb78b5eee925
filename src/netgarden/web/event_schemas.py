"""API schemas for events, the people met at them and follow-up tasks: requests and
responses kept apart from tables and domain values (the lists come from domain.events)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from netgarden.domain.events import (
    DEFAULT_GOAL,
    GOAL_QUOTE,
    MAX_GOAL,
    MAX_SIZE,
    SERIES_MAX,
    Access,
    EventFormat,
    EventRole,
)
from netgarden.domain.values import LONG_MAX, NAME_MAX, SHORT_MAX
from netgarden.web.schemas import Body, Day

GOAL_HELP = f"people to meet; {GOAL_QUOTE.seed}: “{GOAL_QUOTE.text}”"
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


class EventCreate(Body):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    on: Day
    start: str | None = Field(default=None, max_length=5, examples=["18:30"],
                              description="HH:MM, 24-hour")  # fmt: skip
    series: str | None = Field(default=None, max_length=SERIES_MAX)
    organizer: str | None = Field(default=None, max_length=SHORT_MAX)
    format: EventFormat = EventFormat.OTHER
    virtual: bool = False
    access: Access | None = None
    size: int | None = Field(default=None, ge=1, le=MAX_SIZE, description="about how many come")
    topics: str | None = Field(default=None, max_length=LONG_MAX)
    role: EventRole = EventRole.ATTENDEE
    goal: int = Field(default=DEFAULT_GOAL, ge=1, le=MAX_GOAL, description=GOAL_HELP)


class EventUpdate(Body):
    status: Literal["attended", "skipped", "planned"]


class EventSummaryRead(BaseModel):
    id: int
    name: str
    on: dt.date
    start: str | None
    series: str | None
    format: str
    virtual: bool
    access: str | None
    size: int | None
    role: str
    goal: int
    status: str
    met: int = Field(description="people met there")
    targets: int


class EventPersonRead(BaseModel):
    contact_id: int
    name: str
    company: str | None
    title: str | None
    role: str
    note: str | None


class TaskRead(BaseModel):
    id: int
    kind: str = Field(
        description="connect, send-resources, schedule-meeting (24-48-7), promise, "
        "report-back or thank-you"
    )
    rule: str
    contact_id: int
    name: str
    event_id: int | None
    event_name: str | None
    since: dt.date
    due_on: dt.date
    done_on: dt.date | None = Field(description="null while open")
    done_by: str | None
    note: str | None = Field(default=None, description="a promise's text")
    about_id: int | None = Field(default=None, description="the newcomer a report-back is about")
    waiting: bool = Field(
        default=False, description="a report-back waiting for a first two-way touch"
    )


class EventRead(BaseModel):
    id: int
    name: str
    on: dt.date
    start: str | None
    series: str | None
    organizer: str | None
    format: str
    virtual: bool
    access: str | None
    size: int | None
    topics: str | None
    role: str
    goal: int
    status: str
    people: list[EventPersonRead]
    tasks: list[TaskRead]


class MetCreate(Body):
    """People met at the event: each gets a touch, how-we-met and the 24-48-7 tasks, once."""

    contact_ids: list[Id] = Field(min_length=1, max_length=100)
    note: str | None = Field(default=None, max_length=LONG_MAX)


class MetPersonRead(BaseModel):
    contact_id: int
    name: str
    created: bool = Field(description="false: already met at this event; nothing was made")
    task_ids: list[int]


class MetRead(BaseModel):
    event: EventRead
    people: list[MetPersonRead]
