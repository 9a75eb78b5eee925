"""Accounts, sessions, API tokens and sign-in failures (server mode, issue 19).

These rows are the server's, not a workspace's: the repository is not scoped to one. What a
signed-in request may touch is decided by the workspace it resolves to (``Signed.workspace_id``),
and every workspace query stays in the workspace-scoped repositories. Tokens are looked up by
their SHA-256 (a unique index): the random token itself is never stored.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from netgarden.store.account_tables import ApiToken, SignInFailure, User, UserSession
from netgarden.store.tables import Workspace


class UserRow(NamedTuple):
    id: int
    email: str
    password_hash: str
    is_admin: bool
    workspace_id: int
    disabled_at: dt.datetime | None
    created_at: dt.datetime


class Signed(NamedTuple):
    """Who a session or token belongs to, as a request needs it."""

    user_id: int
    email: str
    workspace_id: int
    is_admin: bool
    must_change_password: bool = False  # signed in with a one-time password (sessions only)


class TokenRow(NamedTuple):
    id: int
    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None


_USER = (
    User.id,
    User.email,
    User.password_hash,
    User.is_admin,
    User.workspace_id,
    User.disabled_at,
    User.created_at,
)
_SIGNED = (User.id, User.email, User.workspace_id, User.is_admin)
_SESSION = (*_SIGNED, User.password_temporary)


class AccountRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # users
    def user(self, email: str) -> UserRow | None:
        row = self.session.execute(select(*_USER).where(User.email == email)).first()
        return None if row is None else UserRow._make(row)

    def user_by_id(self, user_id: int) -> UserRow | None:
        row = self.session.execute(select(*_USER).where(User.id == user_id)).first()
        return None if row is None else UserRow._make(row)

    def users(self) -> list[UserRow]:
        return [UserRow._make(r) for r in self.session.execute(select(*_USER).order_by(User.id))]

    def count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(User)) or 0)

    def workspace_taken(self, workspace_id: int) -> bool:
        found = self.session.scalar(select(User.id).where(User.workspace_id == workspace_id))
        return found is not None

    def new_workspace(self, name: str, now: dt.datetime) -> int:
        done = self.session.execute(
            insert(Workspace).values(name=name[:200], created_at=now).returning(Workspace.id)
        )
        return int(done.scalar_one())

    def add_user(
        self,
        email: str,
        password_hash: str,
        is_admin: bool,
        workspace_id: int,
        now: dt.datetime,
        *,
        temporary: bool = False,
    ) -> int:
        done = self.session.execute(
            insert(User)
            .values(
                email=email,
                password_hash=password_hash,
                password_temporary=temporary,
                is_admin=is_admin,
                workspace_id=workspace_id,
                created_at=now,
            )
            .returning(User.id)
        )
        return int(done.scalar_one())

    def set_password(
        self, user_id: int, password_hash: str, *, temporary: bool | None = None
    ) -> None:
        """A new hash; ``temporary``: whether it is a one-time password (None: as it was)."""
        changed: dict[str, object] = {"password_hash": password_hash}
        if temporary is not None:
            changed["password_temporary"] = temporary
        self.session.execute(update(User).where(User.id == user_id).values(**changed))

    def set_disabled(self, user_id: int, when: dt.datetime | None) -> None:
        self.session.execute(update(User).where(User.id == user_id).values(disabled_at=when))

    # sessions
    def add_session(
        self, user_id: int, token_hash: str, now: dt.datetime, expires_at: dt.datetime
    ) -> None:
        self.session.execute(
            insert(UserSession).values(
                user_id=user_id, token_hash=token_hash, created_at=now, expires_at=expires_at
            )
        )

    def session_user(self, token_hash: str, now: dt.datetime) -> Signed | None:
        """The enabled user whose unexpired session this is."""
        row = self.session.execute(
            select(*_SESSION)
            .join(UserSession, UserSession.user_id == User.id)
            .where(
                UserSession.token_hash == token_hash,
                UserSession.expires_at > now,
                User.disabled_at.is_(None),
            )
        ).first()
        return None if row is None else Signed._make(row)

    def end_session(self, token_hash: str) -> None:
        self.session.execute(delete(UserSession).where(UserSession.token_hash == token_hash))

    def end_sessions(self, user_id: int) -> None:
        self.session.execute(delete(UserSession).where(UserSession.user_id == user_id))

    def forget_expired(self, now: dt.datetime) -> None:
        self.session.execute(delete(UserSession).where(UserSession.expires_at <= now))

    # API tokens
    def add_token(self, user_id: int, name: str, token_hash: str, now: dt.datetime) -> int:
        done = self.session.execute(
            insert(ApiToken)
            .values(user_id=user_id, name=name, token_hash=token_hash, created_at=now)
            .returning(ApiToken.id)
        )
        return int(done.scalar_one())

    def token_user(self, token_hash: str) -> tuple[Signed, dt.datetime | None] | None:
        row = self.session.execute(
            select(*_SIGNED, ApiToken.last_used_at)
            .join(ApiToken, ApiToken.user_id == User.id)
            .where(ApiToken.token_hash == token_hash, User.disabled_at.is_(None))
        ).first()
        return None if row is None else (Signed(*row[:4]), row[4])

    def tokens(self, user_id: int) -> list[TokenRow]:
        rows = self.session.execute(
            select(ApiToken.id, ApiToken.name, ApiToken.created_at, ApiToken.last_used_at)
            .where(ApiToken.user_id == user_id)
            .order_by(ApiToken.id)
        )
        return [TokenRow._make(r) for r in rows]

    def remove_token(self, user_id: int, name: str) -> int:
        """Revoke the user's tokens of this name; how many there were."""
        done = self.session.execute(
            delete(ApiToken).where(ApiToken.user_id == user_id, ApiToken.name == name)
        )
        return int(done.rowcount or 0)  # type: ignore[attr-defined]

    def used_token(self, token_hash: str, now: dt.datetime) -> None:
        self.session.execute(
            update(ApiToken).where(ApiToken.token_hash == token_hash).values(last_used_at=now)
        )

    # sign-in failures
    def fail(self, keys: list[str], now: dt.datetime, forget_before: dt.datetime) -> None:
        """Note a failure under each key; failures too old to count any more go."""
        self.session.execute(delete(SignInFailure).where(SignInFailure.at <= forget_before))
        self.session.execute(insert(SignInFailure), [{"key": k, "at": now} for k in keys])

    def failures(self, key: str, since: dt.datetime) -> list[dt.datetime]:
        """When ``key`` failed since ``since``, oldest first."""
        rows = self.session.scalars(
            select(SignInFailure.at)
            .where(SignInFailure.key == key, SignInFailure.at > since)
            .order_by(SignInFailure.at)
        )
        return list(rows)

    def clear_failures(self, key: str, before: dt.datetime | None = None) -> None:
        """Forget ``key``'s failures (all, or those before ``before``: the expired)."""
        query = delete(SignInFailure).where(SignInFailure.key == key)
        if before is not None:
            query = query.where(SignInFailure.at <= before)
        self.session.execute(query)
