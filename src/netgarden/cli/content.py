"""``content`` and ``community``: what I publish and where I belong (issue 15)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    parse_day,
    print_json,
    today,
    unit_of_work,
)
from netgarden.domain.content_mix import CommunityRole, ContentKind, Mix
from netgarden.domain.values import choices

if TYPE_CHECKING:
    from netgarden.services.content import CommunityView, ContentView

Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
CONTENT_WORDS = {"kind": "KIND", "title": "TITLE", "contact": "--with"}

content = typer.Typer(
    help="Content I publish (articles, posts, talks) with its mix: insight, journey or "
    "promotion (seeds/002's 70-20-10, seeds/001's 80/20).",
    no_args_is_help=True,
)
community = typer.Typer(help="Communities I belong to, and my role there.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    content.command("add")(guarded(content_add, CONTENT_WORDS))
    content.command("list")(guarded(content_list))
    content.command("rm")(guarded(content_rm, {"content": "ID"}))
    app.add_typer(content, name="content")
    community.command("join")(guarded(community_join))
    community.command("leave")(guarded(community_leave))
    community.command("rm")(guarded(community_rm))
    community.command("list")(guarded(community_list))
    app.add_typer(community, name="community")


def content_add(
    ctx: typer.Context,
    kind: str = typer.Argument(..., help=f"One of: {choices(ContentKind)}."),
    title: str = typer.Argument(..., help="Its title."),
    on: str | None = typer.Option(None, "--on", help="The day it was published (default today)."),
    mix: str = typer.Option(..., "--mix", help=f"One of: {choices(Mix)}."),
    with_: list[str] = typer.Option(
        [], "--with", help="Someone it was made with (co-author, guest); repeat for more."
    ),
    url: str | None = typer.Option(None, "--url", help="Where it is published."),
) -> None:
    """Record something I published."""
    from netgarden.services.content import add_content

    with unit_of_work(ctx) as unit:
        made = add_content(unit, kind, title, on, mix, with_, today(), now(), url)
    err_console().print(f"Added {made.kind} #{made.id} “{escape(made.title)}” on "
                        f"{made.on.isoformat()} ({made.mix})")  # fmt: skip
    typer.echo(made.id)


def content_list(
    ctx: typer.Context,
    from_: str | None = typer.Option(None, "--from", help="Only from this day."),
    to: str | None = typer.Option(None, "--to", help="Only up to this day."),
    json: Json = False,
) -> None:
    """What I published, the latest first, with the mix against both rules."""
    from netgarden.domain.content_mix import check_mix
    from netgarden.services.content import content_between

    start, end = parse_day(from_, "from"), parse_day(to, "to")
    with unit_of_work(ctx) as unit:
        found = content_between(unit, start, end)
    if json:
        print_json([content_json(c) for c in found])
        return
    out = console()
    if not found:
        out.print("No content yet. Add some with `netgarden content add post TITLE --mix insight`.")
        return
    from rich.table import Table

    table = Table(box=None, header_style="dim", pad_edge=False)
    for column in ("id", "on", "kind", "title", "mix", "with"):
        table.add_column(column, overflow="fold")
    for c in found:
        people = ", ".join(escape(name) for _, name in c.people)
        table.add_row(str(c.id), c.on.isoformat(), c.kind, escape(c.title), c.mix, people)
    out.print(table)
    counts = {m.value: sum(1 for c in found if c.mix == m.value) for m in Mix}
    for check in check_mix(counts):
        out.print(f"{check.rule} ({check.quote.seed}): {check.status} — {escape(check.message)}")


def content_json(c: ContentView) -> dict[str, Any]:
    return {"id": c.id, "kind": c.kind, "title": c.title, "on": c.on, "mix": c.mix, "url": c.url,
            "with": [{"contact_id": i, "name": n} for i, n in c.people]}  # fmt: skip


def content_rm(ctx: typer.Context, item: str = typer.Argument(..., help="Its number.")) -> None:
    """Remove a piece of content."""
    from netgarden.domain.values import parse_id
    from netgarden.errors import InvalidValue
    from netgarden.services.content import remove_content

    number = parse_id(item)
    if number is None:
        raise InvalidValue("content", f"{item!r} is not a number; see `netgarden content list`")
    with unit_of_work(ctx) as unit:
        gone = remove_content(unit, number)
    err_console().print(f"Removed {gone.kind} #{gone.id} “{escape(gone.title)}”")


def community_join(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The community."),
    role: str | None = typer.Option(
        None, "--role", help=f"One of: {choices(CommunityRole)} (default member)."
    ),
    on: str | None = typer.Option(None, "--on", help="The day you joined (default today)."),
) -> None:
    """Join a community, or take a new role in one."""
    from netgarden.services.content import join_community

    with unit_of_work(ctx) as unit:
        joined, new = join_community(unit, name, role, on, today(), now())
    verb = "Joined" if new else "Updated"
    err_console().print(f"{verb} {escape(joined.name)} as {joined.role} "
                        f"(since {joined.joined_on.isoformat()})")  # fmt: skip


def community_leave(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The community (its name or #number)."),
    on: str | None = typer.Option(None, "--on", help="The day you left (default today)."),
) -> None:
    """Leave a community (it stays in the list, with the day you left)."""
    from netgarden.services.content import leave_community

    with unit_of_work(ctx) as unit:
        left = leave_community(unit, name, on, today())
    err_console().print(f"Left {escape(left.name)} on {left.left_on}")


def community_rm(
    ctx: typer.Context, name: str = typer.Argument(..., help="The community (name or #number).")
) -> None:
    """Remove a community recorded by mistake."""
    from netgarden.services.content import remove_community

    with unit_of_work(ctx) as unit:
        gone = remove_community(unit, name)
    err_console().print(f"Removed {escape(gone.name)}")


def community_list(ctx: typer.Context, json: Json = False) -> None:
    """The communities I belong to (and those I left)."""
    from netgarden.services.content import list_communities

    with unit_of_work(ctx) as unit:
        found = list_communities(unit)
    if json:
        print_json([community_json(c) for c in found])
        return
    out = console()
    if not found:
        out.print("No communities yet. Join one with `netgarden community join NAME`.")
        return
    for c in found:
        left = f", left {c.left_on.isoformat()}" if c.left_on else ""
        out.print(f"#{c.id} {escape(c.name)} — {c.role}, joined {c.joined_on.isoformat()}{left}")


def community_json(c: CommunityView) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "role": c.role, "joined_on": c.joined_on,
            "left_on": c.left_on}  # fmt: skip
