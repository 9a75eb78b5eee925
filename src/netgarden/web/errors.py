"""Translating the exception tree once for the web: JSON for the API, a page for people."""

from __future__ import annotations

from netgarden.errors import (
    ContactLookupError,
    InvalidValue,
    NetgardenError,
    StoreError,
    UserError,
)

# a CLI option name → the field the API and the forms call it
_FIELDS = {"note": "notes", "name": "name", "remove-email": "emails", "untag": "tags"}


def field_name(option: str) -> str:
    """``--help-them`` → ``help_them``; ``NAME`` → ``name``."""
    bare = option.lstrip("-").lower()
    bare = bare.split(":")[-1].strip()
    return _FIELDS.get(bare, bare.replace("-", "_"))


def status_of(error: NetgardenError) -> int:
    if isinstance(error, ContactLookupError):
        return 404
    if isinstance(error, InvalidValue) and error.field == "INTRO":
        return 404
    if isinstance(error, InvalidValue):
        return 422
    if isinstance(error, UserError):
        return 409
    if isinstance(error, StoreError):
        return 503
    return 500


def problem(error: NetgardenError) -> dict[str, object]:
    """The API's error body: FastAPI's own shape, so clients parse one format."""
    if isinstance(error, InvalidValue):
        message = str(error).split(": ", 1)[1] if ": " in str(error) else str(error)
        return {"detail": [{"loc": ["body", field_name(error.field)], "msg": message,
                            "type": "value_error"}]}  # fmt: skip
    return {"detail": str(error)}
