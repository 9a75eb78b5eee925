"""What every API module shares: its prefix, the error answers it documents, its path
parameters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path

from netgarden.web import deps
from netgarden.web.schemas import ErrorRead

PREFIX = "/api/v1"
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorRead, "description": "No such contact"},
    409: {"model": ErrorRead, "description": "Cannot be done as asked"},
    422: {"model": ErrorRead, "description": "A field is invalid"},
}
UnitDep = deps.UnitDep
ContactId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
