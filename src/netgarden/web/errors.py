"""Translating the exception tree once for the web: JSON for the API, words for pages.

Services key their errors by the domain's field names (errors.py); the API answers them as
FastAPI's own ``loc`` shape under the request's field names, and pages put each message
beside the form field of the same name."""

from __future__ import annotations

from netgarden.errors import (
    ContactLookupError,
    DatabaseBusy,
    InvalidValue,
    NetgardenError,
    StoreError,
    UserError,
)

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
}
# a domain field whose request field has another name
REQUEST_FIELDS = {"remove_emails": "emails", "remove_phones": "phones", "remove_tags": "tags"}
NOT_FOUND_FIELDS = frozenset({"intro"})
QUERY_FIELDS = frozenset({"limit", "as_of", "since", "target", "max_hops", "query", "sort"})


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
    if isinstance(error, ContactLookupError):
        return 404
    if isinstance(error, InvalidValue) and error.field in NOT_FOUND_FIELDS:
        return 404
    if isinstance(error, InvalidValue):
        return 422
    if isinstance(error, UserError):
        return 409
    if isinstance(error, StoreError):
        return 503
    return 500


def retry_after(error: NetgardenError) -> dict[str, str]:
    """A busy database is worth trying again in a moment: say when."""
    if isinstance(error, DatabaseBusy):
        return {"Retry-After": str(error.retry_after)}
    return {}


def problem(error: NetgardenError) -> dict[str, object]:
    """The API's error body: FastAPI's own shape, so clients parse one format."""
    if isinstance(error, InvalidValue) and status_of(error) == 422:
        return {
            "detail": [
                {
                    "loc": [
                        "query" if one.field in QUERY_FIELDS else "body",
                        REQUEST_FIELDS.get(one.field, one.field),
                    ],
                    "msg": one.message,
                    "type": "value_error",
                }
                for one in error.errors
            ]
        }
    return {"detail": message_of(error)}
