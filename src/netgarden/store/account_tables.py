"""The tables of server mode (issue 19): accounts, their sessions and API tokens, sign-in
attempts (for rate limiting), teams and the introductions teammates ask of each other.

Accounts are the server's, not a workspace's: each user owns one private workspace
(``users.workspace_id``), and a per-user backup carries none of these rows (restoring a
backup never creates a login). Secrets are stored as hashes only: passwords with argon2,
session and API tokens (random, 256 bits) with SHA-256.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from netgarden.store.table_base import Base, same_workspace, workspace_fk


def _user_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # casefolded
    password_hash: Mapped[str] = mapped_column(String(200))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    # a generated (one-time) password: its owner must choose their own before anything else
    password_temporary: Mapped[bool] = mapped_column(Boolean, default=False)
    # the user's private workspace: every page and API call of theirs runs in it
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), unique=True
    )
    disabled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class UserSession(Base):
    """A browser signed in: the cookie holds the token, the table its SHA-256."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = _user_fk()
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ApiToken(Base):
    """A token for the REST API and the CLI (``Authorization: Bearer``), shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = _user_fk()
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SignInFailure(Base):
    """A failed sign-in, by account (``account:EMAIL``) and by address (``address:IP``)."""

    __tablename__ = "sign_in_failures"
    __table_args__ = (Index("ix_sign_in_failures_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(400))
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TeamMember(Base):
    """A user in a team; ``sharing``: they let teammates see who they know (opt-in)."""

    __tablename__ = "team_members"

    team_id: Mapped[int] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(8))  # owner | member
    sharing: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_at: Mapped[dt.datetime] = mapped_column(DateTime)


class TeamInvite(Base):
    __tablename__ = "team_invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(320), index=True)  # casefolded
    invited_by: Mapped[int] = _user_fk()
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class IntroRequest(Base):
    """A teammate asks the holder of a contact for an introduction. The row lives in the
    holder's workspace (it names the holder's contact); the asker sees only its state."""

    __tablename__ = "intro_requests"
    __table_args__ = (
        same_workspace("intro_requests", "contact_id"),
        Index("ix_intro_requests_workspace_state", "workspace_id", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = workspace_fk()  # the holder's
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    from_user: Mapped[int] = _user_fk()
    to_user: Mapped[int] = _user_fk()
    message: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(8))  # asked | yes | no
    answer: Mapped[str | None] = mapped_column(Text)
    asked_on: Mapped[dt.date] = mapped_column(Date)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
