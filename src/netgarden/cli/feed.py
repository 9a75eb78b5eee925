"""``feed url`` and ``feed rotate``: the calendar feed's secret subscription address."""

from __future__ import annotations

import typer

from netgarden.cli.context import err_console, guarded, now, print_json, state, unit_of_work

BASE_HELP = "The web app's address as your calendar reaches it (default: the public_url setting)."


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="The calendar feed: follow-ups, birthdays, plans and events for your calendar app.",
        no_args_is_help=True,
    )
    group.command("url")(guarded(url, {"base_url": "--base"}))
    group.command("rotate")(guarded(rotate, {"base_url": "--base"}))
    app.add_typer(group, name="feed")


def url(
    ctx: typer.Context,
    base: str | None = typer.Option(None, "--base", help=BASE_HELP),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """The feed's secret address (made the first time): subscribe to it from Google Calendar,
    Apple Calendar or Outlook. Anyone with it can read the calendar: keep it private."""
    from netgarden.services.feed import feed_address

    base_url = _base(ctx, base)
    with unit_of_work(ctx) as unit:
        address = feed_address(unit, base_url, now())
    _show(address.url, address.webcal, json)


def rotate(
    ctx: typer.Context,
    base: str | None = typer.Option(None, "--base", help=BASE_HELP),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Replace the feed's secret: the old address stops working at once; subscribe again
    with the new one."""
    from netgarden.services.feed import rotate_feed

    base_url = _base(ctx, base)
    with unit_of_work(ctx) as unit:
        address = rotate_feed(unit, base_url, now())
    err_console().print("the old address no longer works; subscribe again with this one")
    _show(address.url, address.webcal, json)


def _base(ctx: typer.Context, given: str | None) -> str:
    from netgarden.settings import Settings, web_url

    if given is not None:
        return web_url(given, "base_url")
    return Settings.load(db=state(ctx).db).public_url


def _show(address: str, webcal: str, json: bool) -> None:
    if json:
        print_json({"url": address, "webcal": webcal})
        return
    typer.echo(address)
    typer.echo(webcal)
