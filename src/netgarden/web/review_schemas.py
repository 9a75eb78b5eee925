"""API schemas of network reviews (issue 13): the request bodies, and the answers' top
level (each review's fields are those of services/review_fields.py, the CLI's JSON)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from netgarden.web.schemas import Body

Review = dict[str, Any]


class TriageApply(Body):
    """Apply triage's proposals for these contacts (every proposal when ``null``)."""

    contact_ids: list[Annotated[int, Field(ge=1, le=2**63 - 1)]] | None = Field(
        None, max_length=10_000
    )


class AuditApply(Body):
    """Apply these numbered lines of the audit (``all`` applies every line)."""

    numbers: list[Annotated[int, Field(ge=1, le=1_000_000)]] = Field([], max_length=10_000)
    all: bool = False


class TargetCreate(Body):
    dimension: str = Field(max_length=16)
    value: str = Field(max_length=200)
    at_least: int = Field(1, ge=1, le=100_000)


class ProfileUpdate(Body):
    """What reviews know of me; ``""`` clears a value, a missing key leaves it alone."""

    company: str | None = Field(None, max_length=300)
    title: str | None = Field(None, max_length=300)
    seniority: str | None = Field(None, max_length=300)
    function: str | None = Field(None, max_length=300)
    time_zone: str | None = Field(None, max_length=64)
