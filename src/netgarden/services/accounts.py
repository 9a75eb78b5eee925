"""Accounts (server mode, issue 19): users with private workspaces, sign-in with rate limits,
sessions and API tokens. The surfaces (CLI, sign-in page, auth middleware) call these; they
never print and take ``now``.

A sign-in's failure is recorded even though it is refused: ``sign_in`` returns what happened
(``SignIn``) instead of raising, so the transaction that counts the failure commits, and the
surface raises ``refusal()`` after it."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from netgarden.domain.accounts import (
    ACCOUNT_LIMIT,
    ADDRESS_LIMIT,
    SESSION_LIFETIME,
    TOKEN_NAME_MAX,
    TOKEN_PREFIX,
    WINDOW,
    account_email,
    check_name,
    check_password,
    retry_in,
    token_hash,
)
from netgarden.errors import InvalidValue, NotFound, NotSignedIn, TooManyAttempts, UserError
from netgarden.services.database import LOCAL_WORKSPACE, Unit
from netgarden.store.accounts import AccountRepo, Signed, TokenRow, UserRow

if TYPE_CHECKING:
    from argon2 import PasswordHasher

WRONG = "wrong email or password"
DISABLED = "this account is disabled; ask the server's admin to enable it"


@cache
def hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()  # RFC 9106's low-memory profile: argon2id, 64 MiB, 3 passes


@cache
def _decoy() -> str:
    """A hash to verify against when the email is nobody's: the answer takes as long as for
    a real account (no timing tells which emails have one)."""
    return hasher().hash(secrets.token_urlsafe(16))


def new_password() -> str:
    return secrets.token_urlsafe(15)  # 20 characters, 120 bits


@dataclass(frozen=True)
class NewUser:
    id: int
    email: str
    workspace_id: int
    is_admin: bool
    password: str | None  # generated: shown once; None when the user chose it


def add_user(
    unit: Unit,
    email: str,
    now: dt.datetime,
    *,
    admin: bool = False,
    password: str | None = None,
    local_data: bool = False,
) -> NewUser:
    """A new account with its own private workspace (or, with ``local_data``, the workspace
    the single-user mode has used so far, when no account has it yet)."""
    accounts = AccountRepo(unit.session)
    address = account_email(email)
    if accounts.user(address) is not None:
        raise UserError(f"there is already an account for {address}")
    chosen = None if password is None else check_password(password)
    if local_data:
        if accounts.workspace_taken(LOCAL_WORKSPACE):
            raise UserError("the local data already belongs to another account")
        workspace_id = LOCAL_WORKSPACE
    else:
        workspace_id = accounts.new_workspace(address, now)
    secret = chosen or new_password()
    user_id = accounts.add_user(
        address, hasher().hash(secret), admin, workspace_id, now, temporary=chosen is None
    )
    return NewUser(user_id, address, workspace_id, admin, None if chosen else secret)


def users(unit: Unit) -> list[UserRow]:
    return AccountRepo(unit.session).users()


def require_user(unit: Unit, email: str) -> UserRow:
    found = AccountRepo(unit.session).user(account_email(email))
    if found is None:
        raise NotFound("account", email.strip())
    return found


def set_enabled(unit: Unit, email: str, enabled: bool, now: dt.datetime) -> UserRow:
    """Disable (signed out everywhere, tokens refused) or enable an account."""
    user = require_user(unit, email)
    accounts = AccountRepo(unit.session)
    accounts.set_disabled(user.id, None if enabled else (user.disabled_at or now))
    if not enabled:
        accounts.end_sessions(user.id)
    return require_user(unit, email)


def reset_password(unit: Unit, email: str, password: str | None = None) -> str | None:
    """A new password (generated and returned, or the one given); every session ends. A
    generated one is one-time: its owner chooses their own at the next sign-in."""
    user = require_user(unit, email)
    chosen = None if password is None else check_password(password)
    secret = chosen or new_password()
    accounts = AccountRepo(unit.session)
    accounts.set_password(user.id, hasher().hash(secret), temporary=chosen is None)
    accounts.end_sessions(user.id)
    return None if chosen else secret


def change_password(unit: Unit, me: Signed, current: str, new: str) -> None:
    """The signed-in user changes their own password (the current one proves it is them)."""
    user = AccountRepo(unit.session).user_by_id(me.user_id)
    if user is None or not _verified(user.password_hash, current):
        raise InvalidValue("current_password", "is not your current password")
    if new == current:
        raise InvalidValue("new_password", "is the same as the current one; choose another")
    AccountRepo(unit.session).set_password(
        user.id, hasher().hash(check_password(new, "new_password")), temporary=False
    )


@dataclass(frozen=True)
class SignIn:
    """What a sign-in came to: a session token, or why not (and when to try again)."""

    token: str | None
    refused: str = ""
    retry_after: int | None = None

    def refusal(self) -> UserError:
        if self.retry_after is not None:
            return TooManyAttempts(self.refused, self.retry_after)
        return NotSignedIn(self.refused)


def sign_in(unit: Unit, email: str, password: str, address: str, now: dt.datetime) -> SignIn:
    """Check the password (argon2) and open a session: a new random token every time (a
    session id a visitor brought is never kept), stored as its hash."""
    accounts = AccountRepo(unit.session)
    typed = email.strip().casefold()[:320]
    keys = [f"account:{typed}", f"address:{address}"]
    for key, limit in zip(keys, (ACCOUNT_LIMIT, ADDRESS_LIMIT), strict=True):
        wait = retry_in(accounts.failures(key, now - WINDOW), limit, now)
        if wait is not None:
            minutes = -(-wait // 60)
            whom = "this account" if key.startswith("account:") else "this address"
            return SignIn(
                None,
                f"too many failed sign-ins for {whom}; try again in "
                f"{minutes} minute{'s' if minutes != 1 else ''}",
                wait,
            )
    user = accounts.user(typed)
    # an unknown email costs a verification too: the time taken tells nobody which exist
    verified = _verified(user.password_hash if user else _decoy(), password[:1024])
    if user is None or not verified:
        accounts.fail(keys, now, now - WINDOW)
        return SignIn(None, WRONG)
    if user.disabled_at is not None:
        return SignIn(None, DISABLED)
    accounts.clear_failures(keys[0])
    if hasher().check_needs_rehash(user.password_hash):
        accounts.set_password(user.id, hasher().hash(password))
    accounts.forget_expired(now)
    token = secrets.token_urlsafe(32)
    accounts.add_session(user.id, token_hash(token), now, now + SESSION_LIFETIME)
    return SignIn(token)


def _verified(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(hasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def sign_out(unit: Unit, token: str) -> None:
    AccountRepo(unit.session).end_session(token_hash(token))


def session_user(unit: Unit, token: str, now: dt.datetime) -> Signed | None:
    """Who this session cookie signs in: None for an expired, ended or forged one."""
    return AccountRepo(unit.session).session_user(token_hash(token), now)


def token_user(unit: Unit, token: str) -> tuple[Signed, dt.datetime | None] | None:
    """Whose API token this is, and when it was last used: None for a revoked or forged
    one, or a disabled account's."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    return AccountRepo(unit.session).token_user(token_hash(token))


def token_used(unit: Unit, token: str, now: dt.datetime) -> None:
    AccountRepo(unit.session).used_token(token_hash(token), now)


def add_token(unit: Unit, user_id: int, name: str, now: dt.datetime) -> str:
    """A new API token for the user, returned once (only its hash is kept)."""
    accounts = AccountRepo(unit.session)
    label = check_name(name, "name", TOKEN_NAME_MAX)
    if any(t.name == label for t in accounts.tokens(user_id)):
        raise InvalidValue("name", f"there is already a token named {label!r}; pick another name")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    accounts.add_token(user_id, label, token_hash(token), now)
    return token


def tokens(unit: Unit, user_id: int) -> list[TokenRow]:
    return AccountRepo(unit.session).tokens(user_id)


def remove_token(unit: Unit, user_id: int, name: str) -> None:
    if not AccountRepo(unit.session).remove_token(user_id, name.strip()):
        raise NotFound("token named", repr(name.strip()))


def acting_user(unit: Unit, email: str | None, *, enabled: bool = True) -> Signed:
    """The account a local command acts for: the one named, or the only one there is (an
    enabled one, unless ``enabled`` is False: the admin may revoke a disabled one's tokens)."""
    accounts = AccountRepo(unit.session)
    if email is None:
        every = accounts.users()
        if len(every) != 1:
            raise InvalidValue(
                "user",
                "there are no accounts yet; add one first"
                if not every
                else f"there are {len(every)} accounts; name the one to act for",
            )
        user = every[0]
    else:
        user = require_user(unit, email)
    if enabled and user.disabled_at is not None:
        raise UserError(f"the account {user.email} is disabled; enable it first: user enable")
    return Signed(user.id, user.email, user.workspace_id, user.is_admin)
