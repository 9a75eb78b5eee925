"""The team page (server mode, issue 19): my teams and who shares, invitations, "who on my
team knows someone at …" with a button to ask for an introduction, the requests to and from
me, my API tokens and my password."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from netgarden.services.database import Unit
from netgarden.store.accounts import Signed
from netgarden.web import deps
from netgarden.web.csrf import checked_form
from netgarden.web.pages.common import back, in_transaction, page, show_again_on_error, text

router = APIRouter(include_in_schema=False)
AskId = Annotated[int, Path(ge=1, le=deps.MAX_ID)]
Search = Annotated[str, Query(max_length=300)]


def team_context(unit: Unit, me: Signed, company: str = "", person: str = "") -> dict[str, Any]:
    """Everything the team page shows; ``company``/``person``: a "who knows" question."""
    from netgarden.services.accounts import tokens
    from netgarden.services.teams import overview, who

    ties, errors = None, dict[str, str]()
    if company.strip() or person.strip():  # the search names a company, else a person
        named = company if company.strip() else None
        ties = who(unit, me, deps.today(), company=named, person=None if named else person)
    return {"me": me, "overview": overview(unit, me), "tokens": tokens(unit, me.user_id),
            "ties": ties, "company": company, "person": person, "values": {},
            "errors": errors, "new_token": None, "done": None}  # fmt: skip


@router.get("/team")
def team_page(
    request: Request, unit: deps.UnitDep, me: deps.SignedDep, company: Search = "",
    person: Search = "",
    done: Annotated[str, Query(max_length=20)] = "",
) -> Response:  # fmt: skip
    shown = team_context(unit, me, company, person)
    return page(request, "team.html", **{**shown, "done": done})


@router.get("/team/who")
def team_who_panel(
    request: Request, unit: deps.UnitDep, me: deps.SignedDep, company: Search = "",
    person: Search = "",
) -> Response:  # fmt: skip
    """The "who on my team knows someone at …" panel alone (the network page loads it)."""
    from netgarden.services.teams import who

    ties = who(unit, me, deps.today(), company=company or None, person=person or None)
    return page(request, "_team_who.html", ties=ties, company=company, person=person)


async def _act(request: Request, me: Signed, work: Any, done: str, anchor: str = "") -> Response:
    """Run a form's work; on a mistake show the page again with the message by its field."""
    show_again_on_error(request, "team.html", read=lambda u: team_context(u, me), other="team")
    await in_transaction(request, work)
    return back(f"/team?done={done}{anchor}")


@router.post("/team")
async def make_team(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.teams import add_team

    form = await checked_form(request)
    return await _act(
        request, me, lambda u: add_team(u, me, text(form, "name"), deps.now()), "team"
    )


@router.post("/team/invite")
async def invite(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.teams import invite as invite_one

    form = await checked_form(request)
    team = text(form, "team") or None
    work = lambda u: invite_one(u, me, text(form, "email"), team, deps.now())  # noqa: E731
    return await _act(request, me, work, "invited")


@router.post("/team/join")
async def join(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.teams import join as accept

    form = await checked_form(request)
    team = text(form, "team") or None
    return await _act(request, me, lambda u: accept(u, me, team, deps.now()), "joined")


@router.post("/team/share")
async def share(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.teams import share as set_sharing

    form = await checked_form(request)
    on, team = text(form, "sharing") == "on", text(form, "team") or None
    return await _act(request, me, lambda u: set_sharing(u, me, on, team), "sharing")


@router.post("/team/asks")
async def ask(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.teams import ask as ask_one
    from netgarden.web.pages.common import contact_id_of

    form = await checked_form(request)
    contact, teammate, message = contact_id_of(form), text(form, "teammate"), text(form, "message")
    work = lambda u: ask_one(u, me, teammate, contact, message, deps.today())  # noqa: E731
    return await _act(request, me, work, "asked", "#from-me")


@router.post("/team/asks/{ask_id}/answer")
async def answer(request: Request, me: deps.SignedDep, ask_id: AskId) -> Response:
    from netgarden.services.teams import answer as reply

    form = await checked_form(request)
    yes, note = text(form, "answer") == "yes", text(form, "note") or None
    return await _act(request, me, lambda u: reply(u, me, ask_id, yes, note, deps.now()),
                      "answered", "#to-me")  # fmt: skip


@router.post("/team/tokens")
async def make_token(request: Request, me: deps.SignedDep) -> Response:
    """A new API token, shown on this answer only (it is not kept)."""
    from netgarden.services.accounts import add_token

    form = await checked_form(request)
    show_again_on_error(request, "team.html", read=lambda u: team_context(u, me), other="name")
    made = await in_transaction(
        request, lambda u: add_token(u, me.user_id, text(form, "name"), deps.now())
    )
    shown = await in_transaction(request, lambda u: team_context(u, me))
    shown.update(new_token=made, done="token")
    response = page(request, "team.html", **shown)
    response.headers["Cache-Control"] = "no-store"  # the token must not stay in a cache
    return response


@router.post("/team/tokens/remove")
async def remove_token(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.accounts import remove_token as revoke

    form = await checked_form(request)
    return await _act(request, me, lambda u: revoke(u, me.user_id, text(form, "name")), "revoked")


@router.post("/team/password")
async def change_password(request: Request, me: deps.SignedDep) -> Response:
    from netgarden.services.accounts import change_password as change

    form = await checked_form(request)
    current, new = text(form, "current_password"), text(form, "new_password")
    return await _act(request, me, lambda u: change(u, me, current, new), "password")
