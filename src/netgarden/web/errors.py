"""Translating the exception tree once for the web: JSON for the API, words for pages.

Services key their errors by the domain's field names (errors.py); the API answers them as
FastAPI's own ``loc`` shape under the request's field names, and pages put each message
beside the form field of the same name."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from netgarden.errors import (
    ContactLookupError,
    DatabaseBusy,
    InvalidValue,
    NetgardenError,
    NotFound,
    NotSignedIn,
    StoreError,
    TooManyAttempts,
    UserError,
    WriteRefused,
)

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

# a domain field → what a person reading a page calls it (the rest: underscores → spaces)
LABELS = {
    "on": "date",
    "occurred_on": "date",
    "met_on": "met on",
    "every": "cadence (days)",
    "emails": "email",
    "phones": "phone",
    "tags": "tag",
    "remove_emails": "email",
    "remove_phones": "phone",
    "remove_tags": "tag",
    "linkedin": "LinkedIn URL",
    "column_map": "column mapping",
    "help_them": "how I can help them",
    "help_me": "how they might help me",
    "a": "first person",
    "b": "second person",
    "intro": "introduction",
    "contact_ids": "people",
    "start": "start time",
    "event": "event",
    "planned": "plan",
    "time_zone": "time zone",
    "via": "came through",
    "reaches_hm": "reaches the hiring manager",  # issue 16
}
# a domain field whose request field has another name
REQUEST_FIELDS = {
    "remove_emails": "emails",
    "remove_phones": "phones",
    "remove_tags": "tags",
    "column_map": "map",  # the import's form field (a page's and the API's)
    "export_format": "fmt",  # the export's format: a path parameter of /export/{fmt}
    "event": "event_id",  # the event: a path parameter of /events/{event_id}/…
    "board_seat": "board",  # reviews (issue 13): a contact's board seat is given as board
    "planned": "plan_id",  # the plan: a path parameter of /plans/{plan_id}/…
    "goal_target": "target",  # issue 15: a goal's target (``target`` is a query elsewhere)
    "via": "via_id",  # issue 16: who an opportunity came through
}
QUERY_FIELDS = frozenset({"limit", "as_of", "since", "target", "max_hops", "query", "sort",
                          "by", "quadrant", "cluster"})  # fmt: skip


def label(field: str) -> str:
    return LABELS.get(field, field.replace("_", " "))


def message_of(error: NetgardenError) -> str:
    """One line for a page: "date: 2030-01-01 is in the future"."""
    if isinstance(error, InvalidValue):
        return "; ".join(f"{label(e.field)}: {e.message}" for e in error.errors)
    return str(error)


def form_errors(error: InvalidValue) -> dict[str, str]:
    """Every mistake, by form field, for the messages beside the fields."""
    found: dict[str, str] = {}
    for one in error.errors:
        key = REQUEST_FIELDS.get(one.field, one.field)
        found[key] = f"{found[key]}; {one.message}" if key in found else one.message
    return found


def status_of(error: NetgardenError) -> int:
    if isinstance(error, (ContactLookupError, NotFound)):
        return 404
    if isinstance(error, InvalidValue):
        return 422
    if isinstance(error, NotSignedIn):  # server mode (issue 19)
        return 401
    if isinstance(error, TooManyAttempts):
        return 429
    if isinstance(error, (UserError, WriteRefused)):
        return 409
    if isinstance(error, StoreError):
        return 503
    return 500


def retry_after(error: NetgardenError) -> dict[str, str]:
    """A busy database is worth trying again in a moment: say when."""
    if isinstance(error, DatabaseBusy | TooManyAttempts):
        return {"Retry-After": str(error.retry_after)}
    return {}


def problem(
    error: NetgardenError, query: Collection[str] = (), path: Collection[str] = ()
) -> dict[str, object]:
    """The API's error body: FastAPI's own shape, so clients parse one format. ``query``
    and ``path`` are the request's parameter names: a field given there is located there
    (``circle`` is a query parameter of GET /contacts and a body field of POST /contacts)."""
    if isinstance(error, InvalidValue) and status_of(error) == 422:
        return {
            "detail": [
                {
                    "loc": [_where(one.field, query, path), _request_field(one.field)],
                    "msg": one.message,
                    "type": "value_error",
                }
                for one in error.errors
            ]
        }
    return {"detail": message_of(error)}


def _request_field(field: str) -> str:
    return REQUEST_FIELDS.get(field, field)


def _where(field: str, query: Collection[str], path: Collection[str]) -> str:
    name = _request_field(field)
    if name in path:
        return "path"
    if field in QUERY_FIELDS or name in query:
        return "query"
    return "body"


METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route answers at this path (Starlette names only the first
    route's: GET /contacts/{id} would hide PATCH and DELETE). Each method is tried on the
    router as a request would be, so included routers are searched too."""
    from starlette.routing import Match

    return [
        method
        for method in METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL
            for route in request.app.routes
        )
    ]


def method_not_allowed(request: Request, error: Exception) -> Response:
    """405 with an ``Allow`` header naming every method the path answers."""
    from fastapi.responses import JSONResponse, PlainTextResponse

    headers = {"Allow": ", ".join(allowed_methods(request))}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": "Method Not Allowed"}, status_code=405, headers=headers)
    return PlainTextResponse("Method Not Allowed", status_code=405, headers=headers)
