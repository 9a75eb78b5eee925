"/api/v1/team: teams, who on my team knows whom, introduction requests (server mode, #19)."

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, status

from netgarden.web import deps
from netgarden.web.api.common import PREFIX, UnitDep, allowed_rows
from netgarden.web.schemas import Day
from netgarden.web.team_schemas import (
    AnswerCreate,
    AskCreate,
    AskRead,
    InviteCreate,
    JoinCreate,
    MeRead,
    SharingUpdate,
    TeamCreate,
    TeamOverviewRead,
    TieRead,
)

router = APIRouter(prefix=PREFIX)
Me = deps.SignedDep


@router.get("/me", response_model=MeRead)
def who_am_i(me: Me) -> MeRead:
    """The account this session or token signs in."""
    return MeRead(email=me.email, admin=me.is_admin)


@router.get("/team", response_model=TeamOverviewRead)
def team_overview(unit: UnitDep, me: Me) -> TeamOverviewRead:
    """My teams and their members, invitations, and introduction requests to and from me."""
    from netgarden.services.teams import overview

    return _overview(me.email, overview(unit, me))


def _overview(email: str, found: Any) -> TeamOverviewRead:
    teams = [
        {
            "name": v.team.name,
            "role": v.team.role,
            "sharing": v.team.sharing,
            "members": [m._asdict() for m in v.members],
        }
        for v in found.teams
    ]
    return TeamOverviewRead.model_validate(
        {
            "me": email,
            "teams": teams,
            "invitations": [i._asdict() for i in found.invitations],
            "asks_to_me": [i._asdict() for i in found.asks_to_me],
            "asks_from_me": [i._asdict() for i in found.asks_from_me],
        }
    )


@router.post("/teams", response_model=TeamOverviewRead, status_code=status.HTTP_201_CREATED)
def create_team(unit: UnitDep, me: Me, body: TeamCreate) -> TeamOverviewRead:
    from netgarden.services.teams import add_team, overview

    add_team(unit, me, body.name, deps.now())
    return _overview(me.email, overview(unit, me))


@router.post("/team/invitations", response_model=TeamOverviewRead, status_code=201)
def invite(unit: UnitDep, me: Me, body: InviteCreate) -> TeamOverviewRead:
    """Invite an account to my team (owners)."""
    from netgarden.services.teams import invite as invite_one
    from netgarden.services.teams import overview

    invite_one(unit, me, body.email, body.team, deps.now())
    return _overview(me.email, overview(unit, me))


@router.post("/team/join", response_model=TeamOverviewRead)
def join(unit: UnitDep, me: Me, body: JoinCreate) -> TeamOverviewRead:
    """Accept an invitation."""
    from netgarden.services.teams import join as accept
    from netgarden.services.teams import overview

    accept(unit, me, body.team, deps.now())
    return _overview(me.email, overview(unit, me))


@router.put("/team/sharing", response_model=TeamOverviewRead)
def set_sharing(unit: UnitDep, me: Me, body: SharingUpdate) -> TeamOverviewRead:
    """Share who I know (name, company, title, band) with my teammates, or stop."""
    from netgarden.services.teams import overview, share

    share(unit, me, body.sharing, body.team)
    return _overview(me.email, overview(unit, me))


@router.get("/team/who", response_model=list[TieRead])
def team_who(
    unit: UnitDep,
    me: Me,
    company: Annotated[str | None, Query(max_length=300)] = None,
    person: Annotated[str | None, Query(max_length=300)] = None,
    as_of: Day | None = None,
) -> list[dict[str, Any]]:
    """Who on my teams knows someone at a company (or by name), strongest tie first."""
    from netgarden.services.teams import who

    day = as_of or deps.today()
    return allowed_rows(TieRead, who(unit, me, day, company=company, person=person))


@router.post("/team/asks", response_model=AskRead, status_code=status.HTTP_201_CREATED)
def ask(unit: UnitDep, me: Me, body: AskCreate) -> AskRead:
    """Ask a teammate for an introduction to one of their contacts (on their Today)."""
    from netgarden.services.teams import ask as ask_one

    made = ask_one(unit, me, body.teammate, body.contact_id, body.message, deps.today())
    return AskRead.model_validate(made._asdict())


@router.post("/team/asks/{ask_id}/answer", response_model=AskRead)
def answer(
    unit: UnitDep, me: Me, ask_id: Annotated[int, Path(ge=1, le=deps.MAX_ID)], body: AnswerCreate
) -> AskRead:
    """Answer a request made to me."""
    from netgarden.services.teams import answer as reply

    done = reply(unit, me, ask_id, body.answer == "yes", body.note, deps.now())
    return AskRead.model_validate(done._asdict())
