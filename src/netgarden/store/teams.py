"""Teams, their members and invitations, and the introductions teammates ask of each other.

Not scoped to a workspace: teams span them. The service (services/teams.py) decides who may
see what; a teammate's contacts are read only through a Unit scoped to that teammate's
workspace, and only the shared fields leave it."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from netgarden.store.account_tables import IntroRequest, Team, TeamInvite, TeamMember, User
from netgarden.store.reads import statement
from netgarden.store.tables import Contact
from netgarden.store.team_reads import AskRow, TeamReads


class TeamRow(NamedTuple):
    id: int
    name: str
    role: str
    sharing: bool


class MemberRow(NamedTuple):
    user_id: int
    email: str
    workspace_id: int
    role: str
    sharing: bool


class InviteRow(NamedTuple):
    id: int
    team_id: int
    team: str
    email: str
    invited_by: str


def _asks() -> Any:
    asker, holder = User.__table__.alias("asker"), User.__table__.alias("holder")
    return (
        select(
            IntroRequest.id,
            Team.name,
            asker.c.email,
            holder.c.email,
            IntroRequest.workspace_id,
            IntroRequest.contact_id,
            Contact.name,
            IntroRequest.message,
            IntroRequest.state,
            IntroRequest.answer,
            IntroRequest.asked_on,
        )
        .join(Team, Team.id == IntroRequest.team_id)
        .join(asker, asker.c.id == IntroRequest.from_user)
        .join(holder, holder.c.id == IntroRequest.to_user)
        .join(
            Contact,
            (Contact.id == IntroRequest.contact_id)
            & (Contact.workspace_id == IntroRequest.workspace_id),
        )
        .order_by(IntroRequest.id)
    )


@statement(())
def waiting() -> Any:
    """Requests waiting for an answer from the holder of workspace ``ws``."""
    return _asks().where(IntroRequest.workspace_id == bindparam("ws"),
                         IntroRequest.state == "asked")  # fmt: skip


class TeamRepo(TeamReads):
    session: Session

    def __init__(self, session: Session) -> None:
        self.session = session

    def team_named(self, name: str) -> int | None:
        return self.session.scalar(select(Team.id).where(Team.name == name))

    def add_team(self, name: str, owner: int, now: dt.datetime) -> int:
        done = self.session.execute(
            insert(Team).values(name=name, created_at=now).returning(Team.id)
        )
        team_id = int(done.scalar_one())
        self.add_member(team_id, owner, "owner", now)
        return team_id

    def add_member(self, team_id: int, user_id: int, role: str, now: dt.datetime) -> None:
        self.session.execute(
            insert(TeamMember).values(
                team_id=team_id, user_id=user_id, role=role, sharing=False, joined_at=now
            )
        )

    def teams_of(self, user_id: int) -> list[TeamRow]:
        rows = self.session.execute(
            select(Team.id, Team.name, TeamMember.role, TeamMember.sharing)
            .join(TeamMember, TeamMember.team_id == Team.id)
            .where(TeamMember.user_id == user_id)
            .order_by(Team.name)
        )
        return [TeamRow._make(r) for r in rows]

    def members(self, team_id: int) -> list[MemberRow]:
        rows = self.session.execute(
            select(User.id, User.email, User.workspace_id, TeamMember.role, TeamMember.sharing)
            .join(TeamMember, TeamMember.user_id == User.id)
            .where(TeamMember.team_id == team_id, User.disabled_at.is_(None))
            .order_by(User.email)
        )
        return [MemberRow._make(r) for r in rows]

    def set_sharing(self, team_id: int, user_id: int, sharing: bool) -> None:
        self.session.execute(
            update(TeamMember)
            .where(TeamMember.team_id == team_id, TeamMember.user_id == user_id)
            .values(sharing=sharing)
        )

    def leave(self, team_id: int, user_id: int) -> None:
        self.session.execute(
            delete(TeamMember).where(TeamMember.team_id == team_id, TeamMember.user_id == user_id)
        )

    # invitations
    def invite(self, team_id: int, email: str, by: int, now: dt.datetime) -> int:
        done = self.session.execute(
            insert(TeamInvite)
            .values(team_id=team_id, email=email, invited_by=by, created_at=now)
            .returning(TeamInvite.id)
        )
        return int(done.scalar_one())

    def invites_for(self, email: str) -> list[InviteRow]:
        rows = self.session.execute(
            select(TeamInvite.id, Team.id, Team.name, TeamInvite.email, User.email)
            .join(Team, Team.id == TeamInvite.team_id)
            .join(User, User.id == TeamInvite.invited_by)
            .where(TeamInvite.email == email)
            .order_by(TeamInvite.id)
        )
        return [InviteRow._make(r) for r in rows]

    def invited(self, team_id: int, email: str) -> bool:
        found = self.session.scalar(
            select(TeamInvite.id).where(TeamInvite.team_id == team_id, TeamInvite.email == email)
        )
        return found is not None

    def drop_invites(self, team_id: int, email: str) -> None:
        self.session.execute(
            delete(TeamInvite).where(TeamInvite.team_id == team_id, TeamInvite.email == email)
        )

    # introduction requests
    def ask(self, values: dict[str, object]) -> int:
        done = self.session.execute(
            insert(IntroRequest).values(**values).returning(IntroRequest.id)
        )
        return int(done.scalar_one())

    def asks(
        self,
        *,
        to_user: int | None = None,
        from_user: int | None = None,
        ask_id: int | None = None,
        state: str | None = None,
    ) -> list[AskRow]:
        """Requests to or from a user (at least one of them must be given)."""
        if to_user is None and from_user is None:
            return []
        query = _asks()
        if to_user is not None:
            query = query.where(IntroRequest.to_user == to_user)
        if from_user is not None:
            query = query.where(IntroRequest.from_user == from_user)
        if ask_id is not None:
            query = query.where(IntroRequest.id == ask_id)
        if state is not None:
            query = query.where(IntroRequest.state == state)
        return [AskRow._make(r) for r in self.session.execute(query)]

    def answer(self, ask_id: int, state: str, answer: str | None, now: dt.datetime) -> None:
        self.session.execute(
            update(IntroRequest)
            .where(IntroRequest.id == ask_id)
            .values(state=state, answer=answer, answered_at=now)
        )
