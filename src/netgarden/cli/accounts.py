"""``user`` and ``token``: the accounts of server mode (issue 19), run on the server's
database by its admin. A password or token is printed once; only its hash is kept."""

from __future__ import annotations

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    print_json,
    unit_of_work,
)

STDIN_HELP = "Read the password from the first line of standard input instead of making one."
USER_HELP = "The account it is for (needed when the database has more than one)."


def register(app: typer.Typer) -> None:
    users = typer.Typer(help="Accounts of server mode (serve --multi-user).", no_args_is_help=True)
    words = {"email": "EMAIL", "password": "--password-stdin"}
    users.command("add")(guarded(add, words))
    users.command("list")(guarded(list_users, words))
    users.command("disable")(guarded(disable, words))
    users.command("enable")(guarded(enable, words))
    users.command("reset-password")(guarded(reset_password, words))
    app.add_typer(users, name="user")
    tokens = typer.Typer(
        help="API tokens for the REST API and netgarden --server.", no_args_is_help=True
    )
    token_words = {"name": "--name", "user": "--user"}
    tokens.command("add")(guarded(add_token, token_words))
    tokens.command("list")(guarded(list_tokens, token_words))
    tokens.command("rm")(guarded(remove_token, {"name": "NAME", "user": "--user"}))
    app.add_typer(tokens, name="token")


def _stdin_password() -> str:
    import sys

    return sys.stdin.readline().rstrip("\r\n")


def add(
    ctx: typer.Context,
    email: str = typer.Argument(..., help="The person's email: they sign in with it."),
    admin: bool = typer.Option(False, "--admin", help="An administrator of this server."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=STDIN_HELP),
    local_data: bool = typer.Option(
        False,
        "--with-local-data",
        help="Give this account the data netgarden has held so "
        "far in single-user mode (once; otherwise every account starts empty).",
    ),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Add an account with its own private workspace; prints a one-time password (shown
    once: give it to them, they change it after signing in)."""
    from netgarden.services.accounts import add_user

    chosen = _stdin_password() if password_stdin else None
    with unit_of_work(ctx) as unit:
        made = add_user(unit, email, now(), admin=admin, password=chosen, local_data=local_data)
    if json:
        print_json(
            {"id": made.id, "email": made.email, "admin": made.is_admin, "password": made.password}
        )
        return
    role = "admin " if made.is_admin else ""
    err_console().print(f"added {role}account {escape(made.email)} (#{made.id})")
    if made.password is not None:
        err_console().print("one-time password (shown once; they change it after signing in):")
        typer.echo(made.password)


def list_users(
    ctx: typer.Context, json: bool = typer.Option(False, "--json", help="Print JSON.")
) -> None:
    """Every account: email, admin or not, enabled or disabled, since when."""
    from rich.table import Table

    from netgarden.services.accounts import users

    with unit_of_work(ctx) as unit:
        rows = users(unit)
    if json:
        print_json(
            [
                {
                    "id": u.id,
                    "email": u.email,
                    "admin": u.is_admin,
                    "disabled": u.disabled_at is not None,
                    "created_at": u.created_at,
                }
                for u in rows
            ]
        )
        return
    if not rows:
        err_console().print("no accounts yet; add one with: netgarden user add EMAIL --admin")
        return
    table = Table("#", "email", "role", "state", "since")
    for u in rows:
        table.add_row(
            str(u.id),
            escape(u.email),
            "admin" if u.is_admin else "member",
            "disabled" if u.disabled_at else "active",
            f"{u.created_at:%Y-%m-%d}",
        )
    console().print(table)


def disable(ctx: typer.Context, email: str = typer.Argument(..., help="The account.")) -> None:
    """Disable an account: signed out everywhere, its tokens refused; its data is kept."""
    _enabled(ctx, email, False)


def enable(ctx: typer.Context, email: str = typer.Argument(..., help="The account.")) -> None:
    """Enable a disabled account again."""
    _enabled(ctx, email, True)


def _enabled(ctx: typer.Context, email: str, enabled: bool) -> None:
    from netgarden.services.accounts import set_enabled

    with unit_of_work(ctx) as unit:
        user = set_enabled(unit, email, enabled, now())
    said = "enabled" if enabled else "disabled (signed out everywhere; tokens refused)"
    err_console().print(f"{escape(user.email)} {said}")


def reset_password(
    ctx: typer.Context,
    email: str = typer.Argument(..., help="The account."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help=STDIN_HELP),
) -> None:
    """Set a new password (printed once, or read from stdin); every session is signed out."""
    from netgarden.services.accounts import reset_password as reset

    chosen = _stdin_password() if password_stdin else None
    with unit_of_work(ctx) as unit:
        made = reset(unit, email, chosen)
    err_console().print(f"new password for {escape(email.strip())}; every session signed out")
    if made is not None:
        typer.echo(made)


def add_token(
    ctx: typer.Context,
    name: str = typer.Option(..., "--name", help="What the token is for, e.g. laptop."),
    user: str | None = typer.Option(None, "--user", help=USER_HELP),
) -> None:
    """Make an API token (printed once: store it in the CLI's config as `token`)."""
    from netgarden.services.accounts import acting_user
    from netgarden.services.accounts import add_token as make

    with unit_of_work(ctx) as unit:
        me = acting_user(unit, user)
        token = make(unit, me.user_id, name, now())
    err_console().print(f"token {escape(name.strip())} for {escape(me.email)} (shown once):")
    typer.echo(token)


def list_tokens(
    ctx: typer.Context,
    user: str | None = typer.Option(None, "--user", help=USER_HELP),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """An account's API tokens by name (the tokens themselves are not kept)."""
    from netgarden.services.accounts import acting_user, tokens

    with unit_of_work(ctx) as unit:
        rows = tokens(unit, acting_user(unit, user, enabled=False).user_id)
    if json:
        print_json([r._asdict() for r in rows])
        return
    for r in rows:
        used = f"last used {r.last_used_at:%Y-%m-%d}" if r.last_used_at else "never used"
        typer.echo(f"{r.name}\tmade {r.created_at:%Y-%m-%d}\t{used}")
    if not rows:
        err_console().print("no tokens; make one with: netgarden token add --name laptop")


def remove_token(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The token's name."),
    user: str | None = typer.Option(None, "--user", help=USER_HELP),
) -> None:
    """Revoke a token: it stops working at once."""
    from netgarden.services.accounts import acting_user
    from netgarden.services.accounts import remove_token as revoke

    with unit_of_work(ctx) as unit:
        revoke(unit, acting_user(unit, user, enabled=False).user_id, name)
    err_console().print(f"token {escape(name.strip())} revoked")
