"""One exception tree for netgarden.

::

    NetgardenError                 anything netgarden raises on purpose
    ├── UserError                  the user asked for something that cannot be done (exit 2)
    │   ├── InvalidValue           a value is malformed: keyed by the domain's field name
    │   │   │                      (``occurred_on``, ``emails``), says the accepted values
    │   │   └── InvalidValues      several fields at once (every mistake of a form)
    │   ├── NotFound               a thing named by its id does not exist (``kind``, ``id``):
    │   │                          the API answers 404, a page its 404 page
    │   ├── ContactLookupError     a CONTACT reference did not resolve to exactly one person
    │   │   ├── UnknownContact     nobody matched; carries close suggestions
    │   │   └── AmbiguousContact   several matched; carries the candidates
    │   ├── FormatError            a whole file to import is not what it claims to be (``file``)
    │   ├── BackupError            a document is not a backup this version can restore
    │   ├── NotSignedIn            server mode: no valid session or token (the API answers 401)
    │   └── TooManyAttempts        server mode: sign-in refused for a while (429, Retry-After)
    └── StoreError                 the database cannot be used as it is (exit 1)
        ├── SchemaTooNew           the database was written by a newer netgarden
        ├── DatabaseBusy           another program held the write lock too long (try again)
        └── WriteRefused           the database refused a write that conflicts with what it
                                   holds (a constraint; another writer got there first)

SQLAlchemy's own errors never leave the store: they are mapped once, where a transaction
opens (services/database.py), into the StoreError that says what to do.

Fields are the names of the services' inputs (``ContactInput.met_on``, ``TouchInput.on``),
never a surface's words: no ``--option`` in a message. Each surface translates the tree once:
the CLI names its option (``--met-on: …``) and exits with ``exit_code`` (cli/context.py), the
API answers a JSON ``loc`` (web/errors.py), a page puts the message beside its form field.
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
    """A value is malformed. ``field`` is the domain's name for it (``kind``, ``birthday``);
    ``message`` says what is wrong and what is accepted, in no surface's syntax."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")

    @property
    def errors(self) -> list[InvalidValue]:
        """Every mistake found (one here; several for ``InvalidValues``)."""
        return [self]


class InvalidValues(InvalidValue):
    """Several values are malformed at once: a form hears of every mistake in one go."""

    def __init__(self, errors: Sequence[InvalidValue]) -> None:
        self._errors = [one for error in errors for one in error.errors]
        first = self._errors[0]
        super().__init__(first.field, first.message)
        self.args = ("; ".join(str(error) for error in self._errors),)

    @property
    def errors(self) -> list[InvalidValue]:
        return list(self._errors)

    def __str__(self) -> str:
        return "; ".join(str(error) for error in self._errors)


class Collector:
    """Gathers InvalidValue errors while checking many fields, then raises them together::

    check = Collector()
    with check:  # each ``with`` block is one field's check
        name = normalize_name(raw)
    check.raise_if_any()
    """

    def __init__(self) -> None:
        self.errors: list[InvalidValue] = []

    def __enter__(self) -> Collector:
        return self

    def __exit__(self, kind: object, error: BaseException | None, tb: object) -> bool:
        if isinstance(error, InvalidValue):
            self.errors.extend(error.errors)
            return True
        return False

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise InvalidValues(self.errors)


@dataclass(frozen=True)
class Candidate:
    """A contact offered to the user when a reference is unknown or ambiguous."""

    id: int
    name: str
    company: str | None = None


class NotFound(UserError):
    """A thing named by its id does not exist (in this workspace): ``kind`` is the domain's
    word for it (``contact``, ``introduction``), ``id`` what the user gave."""

    def __init__(self, kind: str, id: int | str) -> None:
        self.kind = kind
        self.id = id
        super().__init__(f"no {kind} with id {id}")


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


class FormatError(UserError):
    """A whole file is not what it claims to be; nothing from it is imported."""

    def __init__(self, file: str, message: str) -> None:
        self.file = file
        super().__init__(f"{file}: {message}")


class BackupError(UserError):
    """The document is not a netgarden backup this version can restore."""


class NotSignedIn(UserError):
    """Server mode: the request carries no valid session or API token, or the sign-in was
    refused (wrong email or password, a disabled account)."""


class TooManyAttempts(UserError):
    """Server mode: too many failed sign-ins for this account or from this address."""

    def __init__(self, message: str, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class StoreError(NetgardenError):
    """The database cannot be opened or used as it is."""


class SchemaTooNew(StoreError):
    """The database was migrated by a newer version of netgarden."""


class DatabaseBusy(StoreError):
    """Another process held the database's write lock longer than netgarden waits for it;
    nothing was written, and trying again later may work (the API answers 503 with
    Retry-After)."""

    retry_after = 5


class WriteRefused(StoreError):
    """The database refused a write that breaks one of its rules (a unique or foreign
    key): nothing was written; the API answers 409."""
