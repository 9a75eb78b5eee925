"""One exception tree for netgarden.

::

    NetgardenError                 anything netgarden raises on purpose
    ├── UserError                  the user asked for something that cannot be done (exit 2)
    │   ├── InvalidValue           a value (option, field) is malformed: names the field and
    │   │                          the accepted values
    │   └── ContactLookupError     a CONTACT reference did not resolve to exactly one person
    │       ├── UnknownContact     nobody matched; carries close suggestions
    │       └── AmbiguousContact   several matched; carries the candidates
    └── StoreError                 the database cannot be used as it is (exit 1)
        └── SchemaTooNew           the database was written by a newer netgarden

Surfaces translate this tree once: the CLI prints ``error: <message>`` and exits with
``exit_code``; the API (later) maps it to JSON errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class NetgardenError(Exception):
    """Base of every error netgarden raises on purpose."""

    exit_code = 1


class UserError(NetgardenError):
    """Something the user asked for cannot be done; the message says how to fix it."""

    exit_code = 2


class InvalidValue(UserError):
    """A value is malformed. ``field`` names where it came from (``--kind``, ``birthday``)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class Candidate:
    """A contact offered to the user when a reference is unknown or ambiguous."""

    id: int
    name: str
    company: str | None = None


class ContactLookupError(UserError):
    """A CONTACT reference did not resolve to exactly one person."""

    def __init__(self, message: str, reference: str, candidates: Sequence[Candidate]) -> None:
        self.reference = reference
        self.candidates = list(candidates)
        super().__init__(message)


class UnknownContact(ContactLookupError):
    """No contact matched the reference."""


class AmbiguousContact(ContactLookupError):
    """More than one contact matched the reference."""


class StoreError(NetgardenError):
    """The database cannot be opened or used as it is."""


class SchemaTooNew(StoreError):
    """The database was migrated by a newer version of netgarden."""
