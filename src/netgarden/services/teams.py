"""Teams (server mode, issue 19): who on my team knows someone at a company, by consent.

A member shares nothing until they turn sharing on; then their teammates see, for each of
their active contacts that matches a question, only its name, company, title and the band of
the member's tie (store/shared_ties.py fixes that projection). Never notes, touches, ledger,
personal details, emails or phones. A teammate is read through a Unit scoped to their own
workspace, in the asker's transaction; asking them for an introduction puts a request on
their Today (one agenda), which they answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.domain.accounts import (
    MESSAGE_MAX,
    TEAM_NAME_MAX,
    SharedTie,
    account_email,
    check_name,
    ranked,
)
from netgarden.errors import InvalidValue, NotFound, UserError
from netgarden.services.database import Unit
from netgarden.services.shared_answers import Answer, for_engine
from netgarden.store.accounts import Signed
from netgarden.store.changes import bump
from netgarden.store.shared_ties import SharedTieRepo, TeamTies
from netgarden.store.team_reads import AskRow
from netgarden.store.teams import InviteRow, MemberRow, TeamRepo, TeamRow


@dataclass(frozen=True)
class TeamView:
    team: TeamRow
    members: list[MemberRow]


@dataclass(frozen=True)
class Overview:
    """What the team page shows me."""

    teams: list[TeamView]
    invitations: list[InviteRow]
    asks_to_me: list[AskRow]
    asks_from_me: list[AskRow]


def add_team(unit: Unit, me: Signed, name: str, now: dt.datetime) -> TeamRow:
    teams = TeamRepo(unit.session)
    label = check_name(name, "name", TEAM_NAME_MAX)
    if teams.team_named(label) is not None:
        raise UserError(f"there is already a team named {label!r}; pick another name")
    teams.add_team(label, me.user_id, now)
    return _team_of(teams, me, label)


def _team_of(teams: TeamRepo, me: Signed, name: str | None) -> TeamRow:
    mine = teams.teams_of(me.user_id)
    if name is not None:
        found = [t for t in mine if t.name.casefold() == " ".join(name.split()).casefold()]
        if not found:
            raise NotFound("team of yours named", repr(name.strip()))
        return found[0]
    if len(mine) == 1:
        return mine[0]
    if not mine:
        raise UserError("you are in no team yet; make one, or join one you were invited to")
    raise InvalidValue("team", f"you are in {len(mine)} teams; name the one you mean")


def invite(unit: Unit, me: Signed, email: str, team: str | None, now: dt.datetime) -> TeamRow:
    """Invite an address to my team (owners invite); it joins once its account accepts."""
    teams = TeamRepo(unit.session)
    chosen = _team_of(teams, me, team)
    if chosen.role != "owner":
        raise UserError(f"only an owner of {chosen.name} can invite people to it")
    address = account_email(email)
    if any(m.email == address for m in teams.members(chosen.id)):
        raise UserError(f"{address} is already in {chosen.name}")
    if not teams.invited(chosen.id, address):
        teams.invite(chosen.id, address, me.user_id, now)
    return chosen


def invitations(unit: Unit, me: Signed) -> list[InviteRow]:
    return TeamRepo(unit.session).invites_for(me.email)


def join(unit: Unit, me: Signed, team: str | None, now: dt.datetime) -> str:
    """Accept an invitation (the only one, or the team named); the team's name."""
    teams = TeamRepo(unit.session)
    waiting = teams.invites_for(me.email)
    if team is not None:
        waiting = [i for i in waiting if i.team.casefold() == " ".join(team.split()).casefold()]
        if not waiting:
            raise NotFound("invitation to a team named", repr(team.strip()))
    if not waiting:
        raise UserError("you have no invitation to a team; ask a team's owner to invite you")
    names = sorted({i.team for i in waiting})
    if len(names) > 1:
        raise InvalidValue("team", f"you are invited to {', '.join(names)}; name the one to join")
    teams.add_member(waiting[0].team_id, me.user_id, "member", now)
    teams.drop_invites(waiting[0].team_id, me.email)
    return waiting[0].team


def share(unit: Unit, me: Signed, sharing: bool, team: str | None = None) -> list[str]:
    """Turn sharing who I know on or off, in the team named or in every team of mine."""
    teams = TeamRepo(unit.session)
    chosen = [_team_of(teams, me, team)] if team is not None else teams.teams_of(me.user_id)
    if not chosen:
        raise UserError("you are in no team yet; make one, or join one you were invited to")
    for one in chosen:
        teams.set_sharing(one.id, me.user_id, sharing)
    return [one.name for one in chosen]


def overview(unit: Unit, me: Signed) -> Overview:
    teams = TeamRepo(unit.session)
    views = [TeamView(t, teams.members(t.id)) for t in teams.teams_of(me.user_id)]
    return Overview(
        views,
        teams.invites_for(me.email),
        teams.asks(to_user=me.user_id),
        teams.asks(from_user=me.user_id),
    )


def _sharing_teammates(teams: TeamRepo, me: Signed) -> dict[int, MemberRow]:
    found: dict[int, MemberRow] = {}
    for team in teams.teams_of(me.user_id):
        for member in teams.members(team.id):
            if member.sharing and member.user_id != me.user_id:
                found[member.user_id] = member
    return found


def who(
    unit: Unit,
    me: Signed,
    as_of: dt.date,
    *,
    company: str | None = None,
    person: str | None = None,
) -> list[SharedTie]:
    """Who on my teams (those who share) knows someone at ``company`` or named ``person``,
    strongest tie first. Each teammate's answer is kept per version of their workspace
    (services/shared_answers.py); who is asked is read again every time."""
    from netgarden.domain.values import check_length

    company, person = (v.strip() if v else None for v in (company, person))
    if bool(company) == bool(person):
        raise InvalidValue("target", "give exactly one of a company or a person's name")
    check_length("company", company)
    check_length("name", person)
    members = list(_sharing_teammates(TeamRepo(unit.session), me).values())
    # the counters first: an answer worked out after them is at least as new as they say
    versions = TeamTies(unit.session, [m.workspace_id for m in members]).versions()
    question = ("company", company) if company else ("person", person or "")
    answers = for_engine(unit.session.get_bind()).answers(
        versions, question, as_of, lambda ids: _answers(unit, ids, company, person, as_of)
    )
    ties: list[SharedTie] = []
    for member in members:
        for p, band, value in answers.get(member.workspace_id, ()):
            ties.append(SharedTie(member.email, p.id, p.name, p.company, p.title, band, value))
    return ranked(ties)


def _answers(
    unit: Unit,
    workspace_ids: Sequence[int],
    company: str | None,
    person: str | None,
    as_of: dt.date,
) -> dict[int, list[Answer]]:
    """What these teammates' workspaces answer, worked out in a few statements for all."""
    from netgarden.domain.strength import Band
    from netgarden.services.strength import shared_strength

    team = TeamTies(unit.session, workspace_ids)
    found = team.people(company=company, name=person)
    wanted = {workspace_id: [p.id for p in ps] for workspace_id, ps in found.items()}
    scores = shared_strength(unit, team, wanted, as_of)
    answers: dict[int, list[Answer]] = {}
    for workspace_id, people in found.items():
        for p in people:
            score = scores.get((workspace_id, p.id))
            band, value = (score.band.value, score.score) if score else (Band.NEW.value, -1)
            answers.setdefault(workspace_id, []).append(Answer(p, band, value))
    return answers


def ask(
    unit: Unit, me: Signed, teammate: str, contact_id: int, message: str | None, today: dt.date
) -> AskRow:
    """Ask a sharing teammate to introduce me to one of their contacts."""
    from netgarden.domain.normalize import clean_text

    teams = TeamRepo(unit.session)
    address = account_email(teammate, "teammate")
    holder = next((m for m in _sharing_teammates(teams, me).values() if m.email == address), None)
    if (
        holder is None
        or SharedTieRepo(unit.session, holder.workspace_id).person(contact_id) is None
    ):
        # whether the contact or the teammate is missing, one answer: nothing to learn from it
        raise NotFound("contact shared by a teammate", contact_id)
    waiting = teams.asks(from_user=me.user_id, state="asked")
    if any(a.to_email == address and a.contact_id == contact_id for a in waiting):
        raise UserError(f"you already asked {address} about this person; they will answer")
    note = clean_text(message)
    if note is not None and len(note) > MESSAGE_MAX:
        raise InvalidValue("message", f"{len(note):,} characters; at most {MESSAGE_MAX:,}")
    team_id = next(
        t.id
        for t in teams.teams_of(me.user_id)
        if any(m.user_id == holder.user_id and m.sharing for m in teams.members(t.id))
    )
    # the request is on the holder's Today: what was cached of their workspace is stale
    bump(unit.session, holder.workspace_id)
    ask_id = teams.ask(
        {
            "workspace_id": holder.workspace_id,
            "contact_id": contact_id,
            "team_id": team_id,
            "from_user": me.user_id,
            "to_user": holder.user_id,
            "message": note,
            "state": "asked",
            "asked_on": today,
        }
    )
    return teams.asks(from_user=me.user_id, ask_id=ask_id)[0]


def answer(
    unit: Unit, me: Signed, ask_id: int, yes: bool, note: str | None, now: dt.datetime
) -> AskRow:
    """Answer a request made to me: yes (I will introduce them) or no, with a note."""
    from netgarden.domain.normalize import clean_text

    teams = TeamRepo(unit.session)
    found = teams.asks(to_user=me.user_id, ask_id=ask_id)
    if not found:
        raise NotFound("introduction request", ask_id)
    said = clean_text(note)
    if said is not None and len(said) > MESSAGE_MAX:
        raise InvalidValue("note", f"{len(said):,} characters; at most {MESSAGE_MAX:,}")
    teams.answer(ask_id, "yes" if yes else "no", said, now)
    return teams.asks(to_user=me.user_id, ask_id=ask_id)[0]


def acting(unit: Unit, email: str | None) -> Signed:
    from netgarden.services.accounts import acting_user

    return acting_user(unit, email)
