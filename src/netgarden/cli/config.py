"""``config``: the practice's preferences (circle cadences, agenda rules)."""

from __future__ import annotations

import typer

from netgarden.cli.context import console, err_console, guarded, print_json, unit_of_work


def register(app: typer.Typer) -> None:
    app.command("config")(guarded(config))


def config(
    ctx: typer.Context,
    key: str | None = typer.Argument(None, help="A setting, e.g. cadence_inner."),
    value: str | None = typer.Argument(None, help="Its new value."),
    reset: bool = typer.Option(False, "--reset", help="Return KEY to its default."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    path: bool = typer.Option(
        False,
        "--path",
        help="Print the config file's path (process settings); the first time, write it "
        "there with every setting at its default, commented out.",
    ),
) -> None:
    """Show the settings, show one (KEY), or change one (KEY VALUE)."""
    if path:
        _config_path()
        return
    from netgarden.errors import InvalidValue
    from netgarden.services.preferences import (
        get_preferences,
        reset_preference,
        set_preference,
        text_preferences,
    )

    with unit_of_work(ctx) as unit:
        if reset:
            if key is None or value is not None:
                raise InvalidValue("--reset", "give exactly one KEY to reset")
            reset_preference(unit, key)
        elif key is not None and value is not None:
            set_preference(unit, key, value)
        prefs: dict[str, object] = {**get_preferences(unit).as_dict(), **text_preferences(unit)}
    if key is not None and key not in prefs:
        raise InvalidValue("key", f"{key!r} is not a setting; use one of: {', '.join(prefs)}")
    if key is not None and (value is not None or reset):
        err_console().print(f"{key} = {prefs[key]}")
        return
    shown = {k: v for k, v in prefs.items() if key is None or k == key}
    if json:
        print_json(shown)
        return
    _print_table(shown)


def _print_table(shown: dict[str, object]) -> None:
    from rich.table import Table

    from netgarden.domain.preferences import PREFERENCES, TEXT_PREFERENCES

    table = Table("setting", "value", "default", "meaning", box=None)
    for pref in PREFERENCES:
        if pref.key in shown:
            table.add_row(pref.key, str(shown[pref.key]), str(pref.default), pref.help)
    for text_key, help_text in TEXT_PREFERENCES.items():
        if text_key in shown:
            table.add_row(text_key, str(shown[text_key]), "", help_text)
    console().print(table)


def _config_path() -> None:
    from netgarden.errors import UserError
    from netgarden.fileio import atomic_write
    from netgarden.settings import config_path, config_template

    where = config_path()
    if not where.exists():
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(where, config_template().encode("utf-8"))
        except OSError as exc:
            raise UserError(f"cannot write {where}: {exc.strerror}") from None
        err_console().print(f"wrote {where} with every setting at its default, commented out")
    typer.echo(str(where))
