"""The rules of server mode (issue 19), pure: what an account's email and password must be,
how long a session lasts, when sign-in attempts are limited, and how teammates' ties rank.

Sign-in attempts are limited twice, so that neither guessing one account's password from many
addresses nor trying many accounts from one address gets far: ``ACCOUNT_LIMIT`` failures per
account and ``ADDRESS_LIMIT`` per address within ``WINDOW``; the next attempt is refused until
the oldest of them is older than the window."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.errors import InvalidValue

SESSION_LIFETIME = dt.timedelta(days=14)
WINDOW = dt.timedelta(minutes=15)
ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
PASSWORD_MIN = 12
PASSWORD_MAX = 1024  # argon2 takes anything; a megabyte "password" is an attack
TOKEN_PREFIX = "ngt_"  # an API token is recognisable in a config file or a leaked log
TEAM_NAME_MAX = 200
TOKEN_NAME_MAX = 100
MESSAGE_MAX = 2000
ROLES = ("owner", "member")
ASK_STATES = ("asked", "yes", "no")


def account_email(value: str, field: str = "email") -> str:
    """An account's email, checked and casefolded (one account per address, however typed)."""
    from netgarden.domain.normalize import normalize_email

    return normalize_email(value, field).casefold()


def check_password(password: str, field: str = "password") -> str:
    if len(password) < PASSWORD_MIN:
        raise InvalidValue(field, f"is {len(password)} characters; use at least {PASSWORD_MIN}")
    if len(password) > PASSWORD_MAX:
        raise InvalidValue(field, f"is longer than {PASSWORD_MAX} characters")
    return password


def check_name(value: str, field: str, most: int) -> str:
    name = " ".join(value.split())
    if not name:
        raise InvalidValue(field, "is empty; give a name")
    if len(name) > most:
        raise InvalidValue(field, f"{len(name)} characters; at most {most}")
    return name


def token_hash(token: str) -> str:
    """What is stored of a session or API token: its SHA-256 (the token is 256 random bits,
    so a fast hash is enough; a password needs argon2)."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def retry_in(failures: Sequence[dt.datetime], limit: int, now: dt.datetime) -> int | None:
    """Seconds until another attempt is allowed, given the failures within the window (oldest
    first); None when one is allowed now."""
    recent = [at for at in failures if at > now - WINDOW]
    if len(recent) < limit:
        return None
    frees_at = recent[len(recent) - limit] + WINDOW
    return max(1, int((frees_at - now).total_seconds()) + 1)


@dataclass(frozen=True)
class SharedTie:
    """What a teammate shares of one contact: nothing else ever leaves their workspace."""

    teammate: str  # the teammate's email
    contact_id: int  # their contact's id, to ask for an introduction
    name: str
    company: str | None
    title: str | None
    band: str
    score: int  # ranks; not shown


def ranked(ties: Sequence[SharedTie]) -> list[SharedTie]:
    """Strongest tie first; then by name and teammate, so the order is stable."""
    return sorted(ties, key=lambda t: (-t.score, t.name.casefold(), t.teammate, t.contact_id))
