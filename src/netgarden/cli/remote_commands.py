"""The commands ``netgarden --server URL`` runs on a team server, each through the REST API,
with the same options as locally. Each takes the server and the command's own arguments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer

from netgarden.cli.context import console, err_console, escape, print_json
from netgarden.cli.remote import RemoteError, Server, call

CONTACT_FIELDS = (
    "company",
    "title",
    "how_met",
    "met_on",
    "met_at",
    "personal",
    "interests",
    "help_them",
    "help_me",
    "location",
    "industry",
    "function",
    "seniority",
    "birthday",
    "linkedin",
    "circle",
    "every",
)


def resolve(server: Server, reference: str) -> int:
    """A CONTACT as locally: an id (``12``, ``#12``) or a name or email to search for."""
    ref = reference.strip().lstrip("#")
    if ref.isascii() and ref.isdigit():
        return int(ref)
    found = call(server, "GET", "/contacts", query={"q": reference, "limit": 10})
    exact = [c for c in found if c["name"].casefold() == reference.strip().casefold()]
    chosen = exact if exact else found
    if len(chosen) == 1:
        return int(chosen[0]["id"])
    if not chosen:
        raise RemoteError(f"CONTACT: nobody matches {reference!r} on the server", 2)
    names = ", ".join(f"{c['name']} (#{c['id']})" for c in chosen[:5])
    raise RemoteError(f"CONTACT: {reference!r} matches several people: {names}; use an id", 2)


def today(
    server: Server,
    as_of: str | None = None,
    limit: int = 20,
    json: bool = False,
    quadrant: str | None = None,
    **_: Any,
) -> None:
    if quadrant is not None:
        raise RemoteError("--quadrant works on a local database only", 2)
    items = call(server, "GET", "/agenda", query={"as_of": as_of, "limit": limit})
    if json:
        print_json(items)
        return
    if not items:
        err_console().print("nothing due today")
    for i in items:
        console().print(
            f"[bold]{escape(i['name'])}[/] (#{i['contact_id']}) "
            f"[dim]{i['reason']}[/] {escape(i['why'])}"
        )


def show(server: Server, contact: str, json: bool = False, **_: Any) -> None:
    found = call(server, "GET", f"/contacts/{resolve(server, contact)}")
    if json:
        print_json(found)
        return
    console().print(f"[bold]{escape(found['name'])}[/] (#{found['id']})")
    for key in ("company", "title", "circle", "emails", "phones", "tags", "how_met", "notes"):
        value = found.get(key)
        if value:
            shown = ", ".join(value) if isinstance(value, list) else str(value)
            console().print(f"  {key.replace('_', ' ')}: {escape(shown)}")


def list_(
    server: Server,
    circle: str | None = None,
    tag: str | None = None,
    company: str | None = None,
    archived: bool = False,
    limit: int | None = None,
    json: bool = False,
    **_: Any,
) -> None:
    if archived:
        raise RemoteError("--archived works on a local database only", 2)
    query = {"circle": circle, "tag": tag, "company": company, "limit": limit or 500}
    _people(call(server, "GET", "/contacts", query=query), json)


def search(
    server: Server,
    query: list[str],
    limit: int = 20,
    archived: bool = False,
    json: bool = False,
    **_: Any,
) -> None:
    if archived:
        raise RemoteError("--archived works on a local database only", 2)
    _people(call(server, "GET", "/contacts", query={"q": " ".join(query), "limit": limit}), json)


def _people(rows: list[dict[str, Any]], json: bool) -> None:
    if json:
        print_json(rows)
        return
    for r in rows:
        where = " · ".join(x for x in (r.get("title"), r.get("company")) if x)
        typer.echo(f"#{r['id']}\t{r['name']}\t{where}\t{r['circle']}")
    if not rows:
        err_console().print("nobody found")


def add(
    server: Server,
    name: str,
    email: list[str] | None = None,
    phone: list[str] | None = None,
    tag: list[str] | None = None,
    note: str | None = None,
    **fields: Any,
) -> None:
    body = {
        "name": name,
        "emails": email or [],
        "phones": phone or [],
        "tags": tag or [],
        "notes": note,
        **{k: v for k, v in fields.items() if k in CONTACT_FIELDS},
    }
    made = call(server, "POST", "/contacts", {k: v for k, v in body.items() if v is not None})
    err_console().print(f"Added {escape(made['name'])} (#{made['id']})")
    typer.echo(made["id"])


def log(
    server: Server,
    contacts: list[str] | None = None,
    kind: str | None = None,
    on: str | None = None,
    direction: str | None = None,
    note: str | None = None,
    replied: bool | None = None,
    planned: str | None = None,
    **_: Any,
) -> None:
    if planned is not None:
        raise RemoteError("--planned works on a local database only", 2)
    if not contacts or kind is None:
        raise RemoteError("CONTACTS and --kind: name at least one person and the kind", 2)
    ids = [resolve(server, c) for c in contacts]
    body = {
        "kind": kind,
        "on": on,
        "direction": direction,
        "note": note,
        "replied": replied,
        "with": ids[1:],
    }
    made = call(
        server,
        "POST",
        f"/contacts/{ids[0]}/touches",
        {k: v for k, v in body.items() if v is not None},
    )
    err_console().print(f"Logged {made['kind']} on {made['on']} with {escape(', '.join(contacts))}")


def team_show(server: Server, json: bool = False, **_: Any) -> None:
    from netgarden.cli.team_render import render_overview

    found = call(server, "GET", "/team")
    if json:
        print_json(found)
        return
    asks = {
        k: [
            {**a, "from": a["from_email"], "to": a["to_email"], "name": a["contact_name"]}
            for a in found[k]
        ]
        for k in ("asks_to_me", "asks_from_me")
    }
    render_overview(console(), {**found, **asks})


def team_who(
    server: Server,
    company: str | None = None,
    person: str | None = None,
    as_of: str | None = None,
    json: bool = False,
    **_: Any,
) -> None:
    from netgarden.cli.team_render import render_ties

    ties = call(
        server, "GET", "/team/who", query={"company": company, "person": person, "as_of": as_of}
    )
    if json:
        print_json(ties)
        return
    render_ties(console(), ties)


def team_add(server: Server, name: str, **_: Any) -> None:
    call(server, "POST", "/teams", {"name": name})
    err_console().print(f"team {escape(name)} made")


def team_invite(server: Server, email: str, team: str | None = None, **_: Any) -> None:
    call(server, "POST", "/team/invitations", {"email": email, "team": team})
    err_console().print(f"invited {escape(email)}")


def team_join(server: Server, team: str | None = None, **_: Any) -> None:
    call(server, "POST", "/team/join", {"team": team})
    err_console().print("joined")


def team_share(server: Server, state: str, team: str | None = None, **_: Any) -> None:
    if state not in ("on", "off"):
        raise RemoteError(f"STATE: {state!r} is not on or off", 2)
    call(server, "PUT", "/team/sharing", {"sharing": state == "on", "team": team})
    err_console().print(f"sharing {state}")


def team_ask(
    server: Server, teammate: str, contact: int, message: str | None = None, **_: Any
) -> None:
    made = call(
        server,
        "POST",
        "/team/asks",
        {"teammate": teammate, "contact_id": contact, "message": message},
    )
    err_console().print(
        f"asked {escape(made['to_email'])} for an introduction to "
        f"{escape(made['contact_name'])} (request #{made['id']})"
    )


def team_answer(
    server: Server, request: int, reply: str, note: str | None = None, **_: Any
) -> None:
    if reply not in ("yes", "no"):
        raise RemoteError(f"REPLY: {reply!r} is not yes or no", 2)
    done = call(server, "POST", f"/team/asks/{request}/answer", {"answer": reply, "note": note})
    err_console().print(f"answered {done['state']} to {escape(done['from_email'])}")


HANDLERS: dict[str, Callable[..., None]] = {
    "today": today,
    "show": show,
    "list": list_,
    "search": search,
    "add": add,
    "log": log,
    "team show": team_show,
    "team who": team_who,
    "team add": team_add,
    "team invite": team_invite,
    "team join": team_join,
    "team share": team_share,
    "team ask": team_ask,
    "team answer": team_answer,
}
