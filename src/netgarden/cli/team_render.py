"""How ``team show`` and ``team who`` print, locally and from a server (the same fields)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from netgarden.domain.accounts import SharedTie
    from netgarden.services.teams import Overview
    from netgarden.store.team_reads import AskRow


def tie_fields(tie: SharedTie) -> dict[str, Any]:
    """What is shown of a teammate's tie (an allowlist: the score only ranks)."""
    return {
        "teammate": tie.teammate,
        "contact_id": tie.contact_id,
        "name": tie.name,
        "company": tie.company,
        "title": tie.title,
        "band": tie.band,
    }


def ask_fields(row: AskRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "team": row.team,
        "from": row.from_email,
        "to": row.to_email,
        "contact_id": row.contact_id,
        "name": row.contact_name,
        "message": row.message,
        "state": row.state,
        "answer": row.answer,
        "asked_on": row.asked_on,
    }


def overview_fields(found: Overview) -> dict[str, Any]:
    return {
        "teams": [
            {
                "name": v.team.name,
                "role": v.team.role,
                "sharing": v.team.sharing,
                "members": [
                    {"email": m.email, "role": m.role, "sharing": m.sharing} for m in v.members
                ],
            }
            for v in found.teams
        ],
        "invitations": [{"team": i.team, "invited_by": i.invited_by} for i in found.invitations],
        "asks_to_me": [ask_fields(a) for a in found.asks_to_me],
        "asks_from_me": [ask_fields(a) for a in found.asks_from_me],
    }


def render_ties(out: Console, ties: list[dict[str, Any]]) -> None:
    from rich.table import Table

    from netgarden.cli.context import escape

    if not ties:
        out.print("nobody on your teams who shares knows someone there")
        return
    table = Table("teammate", "knows", "#", "company", "title", "tie")
    for t in ties:
        table.add_row(
            escape(t["teammate"]),
            escape(t["name"]),
            str(t["contact_id"]),
            escape(t["company"] or ""),
            escape(t["title"] or ""),
            t["band"],
        )
    out.print(table)
    out.print("ask for an introduction with: netgarden team ask TEAMMATE #")


def render_overview(out: Console, found: dict[str, Any]) -> None:
    from netgarden.cli.context import escape

    if not found["teams"]:
        out.print("you are in no team yet: netgarden team add NAME, or team join")
    for team in found["teams"]:
        sharing = "you share who you know" if team["sharing"] else "you do not share"
        out.print(f"[bold]{escape(team['name'])}[/] ({team['role']}; {sharing})")
        for m in team["members"]:
            out.print(f"  {escape(m['email'])}  {m['role']}{'  shares' if m['sharing'] else ''}")
    for i in found["invitations"]:
        out.print(f"invited to {escape(i['team'])} by {escape(i['invited_by'])}: team join")
    for a in found["asks_to_me"]:
        out.print(
            f"#{a['id']} {escape(a['from'])} asks you to introduce them to "
            f"{escape(a['name'])}: {a['state']}"
        )
    for a in found["asks_from_me"]:
        out.print(
            f"#{a['id']} you asked {escape(a['to'])} about {escape(a['name'])}: "
            f"{a['state']}{(' - ' + escape(a['answer'])) if a['answer'] else ''}"
        )
