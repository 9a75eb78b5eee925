"""Plain-text help that reads as written.

Typer 0.20 escapes ``[default: …]`` and ``[required]`` for Rich even when help is plain
(``rich_markup_mode=None``), so ``--help`` showed ``\\[required]``; and with Click 8.5, whose
``Argument`` sets its own ``help``, every positional argument lost its help text. This
command class gives arguments their help back and prints brackets unescaped. It imports
nothing Typer has not already imported.
"""

from __future__ import annotations

import click
import typer
from typer.core import TyperCommand


class PlainHelpCommand(TyperCommand):
    """A Typer command whose help shows each argument's text and no Rich escapes."""

    def format_arguments(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Arguments are listed with the options, as Typer does (Click 8.5 would list them
        twice)."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # read only when help is shown: reading every signature costs start-up time
        described = _argument_help(self)
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            if isinstance(param, click.Argument) and not param.help:
                param.help = described.get(param.name or "")
            record = param.get_help_record(ctx)
            if record is not None:
                row = (record[0], record[1].replace("\\[", "["))
                (arguments if isinstance(param, click.Argument) else options).append(row)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _argument_help(command: click.Command) -> dict[str, str]:
    """Each argument's help as the command's function declares it."""
    from typer.models import ParameterInfo
    from typer.utils import get_params_from_function

    if command.callback is None:
        return {}
    return {
        name: meta.default.help
        for name, meta in get_params_from_function(command.callback).items()
        if isinstance(meta.default, ParameterInfo) and meta.default.help
    }


def use_plain_help(app: typer.Typer) -> None:
    """Make every command registered on ``app`` so far render its help plainly."""
    for info in app.registered_commands:
        if info.cls in (None, TyperCommand):
            info.cls = PlainHelpCommand
