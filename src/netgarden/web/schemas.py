"""API schemas: requests and responses kept apart from tables and domain values."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    create_model,
    model_validator,
)

from netgarden.domain.agenda import Reason, SubjectType
from netgarden.domain.ledger import EntryType, LedgerKind
from netgarden.domain.preferences import PREFERENCES
from netgarden.domain.values import (
    FIRST_DAY,
    LAST_DAY,
    LINKEDIN_MAX,
    LONG_MAX,
    MAX_DAYS,
    NAME_MAX,
    SHORT_MAX,
    Circle,
    Direction,
)
from netgarden.domain.values import TouchKind as Kind

Text = Field(default=None, max_length=LONG_MAX)
Short = Field(default=None, max_length=SHORT_MAX)


def _iso_text(value: object) -> object:
    """Only ``YYYY-MM-DD`` is a date: pydantic alone would take 0 for 1970-01-01."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    raise ValueError("not a date; use YYYY-MM-DD")


def _in_range(day: dt.date) -> dt.date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{day.isoformat()} is out of range; use a date from 1900 to 2999")
    return day


# A day as the API takes it, in a body or a query: ISO text within the network's range.
Day = Annotated[dt.date, BeforeValidator(_iso_text), AfterValidator(_in_range)]


class Body(BaseModel):
    """A request body: unknown fields are refused. JSON may escape a lone surrogate
    (``"\\udcff"``), which is no character: no database can store it and no response can
    echo it, so it becomes U+FFFD before anything else reads the body."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _real_text(cls, data: Any) -> Any:
        return _without_surrogates(data)


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


class ContactFields(Body):
    company: str | None = Short
    title: str | None = Short
    how_met: str | None = Text
    met_on: Day | None = None
    met_at: str | None = Short
    personal: str | None = Text
    interests: str | None = Text
    help_them: str | None = Text
    help_me: str | None = Text
    notes: str | None = Text
    location: str | None = Short
    industry: str | None = Short
    function: str | None = Short
    seniority: str | None = Short
    birthday: str | None = Field(default=None, max_length=10, examples=["1988-11-25", "11-25"])
    linkedin: str | None = Field(default=None, max_length=LINKEDIN_MAX)
    circle: Circle | None = None
    every: int | None = Field(
        default=None, ge=0, le=MAX_DAYS, description="0: the circle's cadence"
    )
    # what reviews read (issue 13; domain/review_facts.py checks the values)
    influence: int | None = Field(default=None, ge=0, le=5, description="1-5; 0 or null: unset")
    accessibility: int | None = Field(default=None, ge=0, le=5, description="1-5; 0 or null: unset")
    energy: str | None = Field(default=None, max_length=16, examples=["energizes"])
    board: str | None = Field(default=None, max_length=16, examples=["mentor"])
    decides: str | None = Field(default=None, max_length=100, examples=["budget,hiring"])
    time_zone: str | None = Field(default=None, max_length=64, examples=["Europe/Berlin"])
    mentee: bool | None = None
    # issue 15: "KIND:DATE" each (work:2019-12-01); "KIND:" removes that kind
    anniversaries: list[str] | None = Field(
        default=None, max_length=20, examples=[["work:2019-12-01"]]
    )
    # career resilience (issue 16; domain/career.py checks the values)
    status: str | None = Field(default=None, max_length=20, examples=["open-to-work"])
    status_on: dt.date | None = Field(default=None, description="since when (default today)")
    hiring_manager_for: str | None = Short
    preferred_channel: str | None = Field(default=None, max_length=12, examples=["email"])


class ContactCreate(ContactFields):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    emails: list[str] = Field(default_factory=list, max_length=20)
    phones: list[str] = Field(default_factory=list, max_length=20)
    tags: list[str] = Field(default_factory=list, max_length=50)


class ContactUpdate(ContactFields):
    """Fields given are set (null clears them); emails, phones and tags given replace."""

    name: str | None = Field(default=None, min_length=1, max_length=NAME_MAX)
    emails: list[str] | None = Field(default=None, max_length=20)
    phones: list[str] | None = Field(default=None, max_length=20)
    tags: list[str] | None = Field(default=None, max_length=50)


class TouchCreate(Body):
    kind: Kind
    on: Day | None = None
    direction: Direction | None = None
    note: str | None = Field(default=None, max_length=LONG_MAX)
    replied: bool | None = None
    purpose: Literal["update", "personal", "value"] | None = None  # issue 15: three touches
    with_contacts: list[Annotated[int, Field(ge=1, le=2**63 - 1)]] = Field(
        default_factory=list, max_length=50, alias="with"
    )


class TouchRead(BaseModel):
    id: int
    on: dt.date
    kind: str
    direction: str
    note: str | None
    replied: bool | None
    purpose: str | None = None  # issue 15
    with_: list[str] = Field(serialization_alias="with")


class ContactSummaryRead(BaseModel):
    id: int
    name: str
    company: str | None
    title: str | None
    circle: str
    last_touch_on: dt.date | None
    next_due_on: dt.date | None


class ContactRead(BaseModel):
    id: int
    name: str
    company: str | None
    title: str | None
    emails: list[str]
    phones: list[str]
    tags: list[str]
    circle: str
    cadence_days: int | None
    cadence_source: str
    how_met: str | None
    met_on: dt.date | None
    met_at: str | None
    personal: str | None
    interests: str | None
    help_them: str | None
    help_me: str | None
    notes: str | None
    location: str | None
    industry: str | None
    function: str | None
    seniority: str | None
    birthday: str | None
    linkedin_url: str | None
    connected_on: dt.date | None
    last_touch_on: dt.date | None
    next_due_on: dt.date | None
    snoozed_until: dt.date | None
    archived: bool
    touches: list[TouchRead]
    # what reviews read (issue 13)
    influence: int | None = None
    accessibility: int | None = None
    energy: str | None = None
    board_seat: str | None = None
    decides: str | None = None
    time_zone: str | None = None
    mentee: bool | None = None
    anniversaries: list[str] = Field(default_factory=list)  # issue 15: "kind:day"
    # career resilience (issue 16)
    status: str | None = None
    status_on: dt.date | None = None
    hiring_manager_for: str | None = None
    preferred_channel: str | None = None


class SubjectRead(BaseModel):
    """What an agenda item is about: a contact, an introduction I am making, a task or a
    planned meeting (domain.agenda's SubjectType)."""

    type: SubjectType
    id: int


class AgendaItemRead(BaseModel):
    contact_id: int
    name: str
    company: str | None
    circle: str
    reason: Reason
    why: str
    due_on: dt.date | None
    days_overdue: int | None
    last_touch_on: dt.date | None
    also: list[str]
    flags: list[str]
    score: float
    subject: SubjectRead


class SkippedRead(BaseModel):
    file: str
    line: int
    reason: str


class CorrespondentRead(BaseModel):
    email: str
    name: str
    sent: int
    received: int


class ImportSummaryRead(BaseModel):
    created: int
    updated: int
    unchanged: int
    touches: int
    skipped: list[SkippedRead]
    not_contacts: int
    duplicates: int
    dry_run: bool
    # touches from calendars, mailboxes and chats; absent from an import of people
    left_out: dict[str, int] | None = None
    touches_per_person: dict[str, int] | None = None
    cadence_clocks_reset: int | None = None
    outreach_replied: int | None = None
    two_way_not_contacts: list[CorrespondentRead] | None = None
    changes: int = 0  # issue 16: job changes seen, to review (/api/v1/changes)


class StatsRead(BaseModel):
    circles: dict[str, int]
    targets: dict[str, int]
    touches_per_month: dict[str, int]
    overdue_by_circle: dict[str, int]
    contacts: int
    touches: int


def _preference_fields(optional: bool) -> dict[str, Any]:
    """Every preference of domain.preferences.PREFERENCES, with its range and help."""
    return {
        p.key: (
            int | None if optional else int,
            Field(
                default=None if optional else ...,
                ge=p.minimum,
                le=p.maximum,
                description=p.help,
            ),
        )
        for p in PREFERENCES
    }


if TYPE_CHECKING:  # the fields are built below from PREFERENCES, which mypy cannot follow

    class SettingsRead(BaseModel): ...

    class SettingsUpdate(Body): ...

else:
    SettingsRead = create_model(
        "SettingsRead",
        __doc__="Every preference (domain.preferences.PREFERENCES).",
        **_preference_fields(optional=False),
    )
    SettingsUpdate = create_model(
        "SettingsUpdate",
        __base__=Body,
        __doc__="Any preference, within its range (domain.preferences.PREFERENCES).",
        **_preference_fields(optional=True),
    )


class ErrorItem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ErrorRead(BaseModel):
    detail: list[ErrorItem] | str


class LedgerEntryCreate(Body):
    type: EntryType
    # a give or receive takes any kind but "other" (the service says so); an ask also
    # takes "other", or only a note
    kind: LedgerKind | None = Field(default=None, examples=["introduction"])
    note: str | None = Field(default=None, max_length=LONG_MAX)
    on: Day | None = None


class LedgerEntryRead(BaseModel):
    id: int
    contact_id: int
    type: str
    kind: str
    note: str | None
    on: dt.date


class LedgerRead(BaseModel):
    given: int
    received: int
    asked: int
    give_ask_ratio: float | None
    mix: dict[str, int]
    target_mix: dict[str, int]
    asks_outrun_gives: bool
    entries: list[LedgerEntryRead]


class ContributionRead(BaseModel):
    on: dt.date
    label: str
    points: float


class StrengthPoint(BaseModel):
    on: dt.date
    score: int


class StrengthRead(BaseModel):
    contact_id: int
    score: int
    band: Literal["strong", "medium", "weak", "dormant", "new"]
    contributions: list[ContributionRead]
    history: list[StrengthPoint]
    half_life_days: float | None = None  # the half-life, stepped by whole years known
    years_known: int = 0


class CaptureCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=2000)


class CandidateRead(BaseModel):
    id: int
    name: str
    company: str | None


class ParticipantRead(BaseModel):
    said: str = Field(description="the name as typed")
    contact_id: int | None = Field(description="set only when exactly one contact fits")
    candidates: list[CandidateRead] = Field(description="whom the user chooses from")
    problem: str | None


class CaptureRead(BaseModel):
    """A proposal, never a write: log it with POST /contacts/{id}/touches (and `with`)."""

    text: str
    kind: str
    on: dt.date
    note: str | None
    people: list[ParticipantRead]
    problems: dict[str, str] = Field(description="field → what is wrong with it")
    confirmable: bool
