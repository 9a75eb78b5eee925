"""What every command needs: the settings, an opened database, today, output helpers."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


P = ParamSpec("P")
R = TypeVar("R")


# a domain field (errors.py) → the CLI's word for it; the rest are ``--field-name``
CLI_WORDS = {
    "notes": "--note",
    "emails": "--email",
    "phones": "--phone",
    "tags": "--tag",
    "remove_emails": "--remove-email",
    "remove_phones": "--remove-phone",
    "remove_tags": "--untag",
    "column_map": "--map",
    "target": "--to/--company/--role",
    "contact_ids": "CONTACT",
    "contact": "CONTACT",
    "query": "QUERY",
    "a": "A",
    "b": "B",
    "intro": "ID",
    "state": "STATE",
    "export_format": "FORMAT",
    "other": "OTHER",
    "keep": "KEEP",
    "key": "KEY",
    "name": "NAME",
    "event": "ID",
    "task": "TASK",
    # touches from files (calendars, mailboxes): preferences set with `netgarden config`
    "me_emails": "netgarden config me_emails",
    "max_attendees": "netgarden config max_attendees",
    # reviews (issue 13)
    "board_seat": "--board",
    "dimension": "DIMENSION",
    "value": "VALUE",
    "apply": "--apply",
}


def cli_word(field: str, words: dict[str, str] | None = None) -> str:
    """The option or argument a domain field is given by on the command line."""
    if words and field in words:
        return words[field]
    if field in CLI_WORDS:
        return CLI_WORDS[field]
    if field.startswith("-") or not field.islower() or "/" in field or " " in field:
        return field  # already the CLI's word, or a file path
    return "--" + field.replace("_", "-")


def guarded(command: Callable[P, R], words: dict[str, str] | None = None) -> Callable[P, R]:
    """Turn a NetgardenError into ``error:`` lines on stderr and its exit code; a field is
    named by this command's option (``words`` overrides the usual ones, e.g. ``--name``)."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from netgarden.errors import InvalidValue, NetgardenError, UnknownContact

        try:
            _check_text(kwargs)
            return command(*args, **kwargs)
        except InvalidValue as exc:
            for one in exc.errors:
                said = f"{cli_word(one.field, words)}: {one.message}"
                typer.echo(f"error: {visible(said)}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except NetgardenError as exc:
            message = str(exc)
            if isinstance(exc, UnknownContact) and _worth_adding(exc.reference, exc.candidates):
                message += f"; add them with: netgarden add {exc.reference.strip()!r}"
            typer.echo(f"error: {visible(message)}", err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _check_text(kwargs: dict[str, Any]) -> None:
    """Arguments that are not valid UTF-8 reach Python as lone surrogates (PEP 383); no
    text field can hold them, so they are refused by the option's name."""
    from netgarden.errors import InvalidValue

    for name, value in kwargs.items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and any("\udc80" <= char <= "\udcff" for char in text):
                raise InvalidValue(
                    _param_word(name), "is not valid UTF-8 text; check your terminal's encoding"
                )


def _param_word(name: str) -> str:
    """How the running command's parameter ``name`` is written: ``--company`` or ``NAME``."""
    import click

    for param in click.get_current_context().command.params:
        if param.name == name:
            return param.opts[0] if isinstance(param, click.Option) else name.upper()
    return name


def _worth_adding(reference: str, candidates: list[Any]) -> bool:
    ref = reference.strip()
    return not candidates and bool(ref) and not ref.lstrip("#").isdigit() and "@" not in ref


@dataclass
class AppState:
    db: Path | None = None
    server: str | None = None  # issue 19: a team server, and the API token for it
    token: str | None = None


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, AppState) else AppState()


@contextmanager
def unit_of_work(ctx: typer.Context, dry_run: bool = False) -> Iterator[Unit]:
    """Open the database and run one transaction: committed if the command succeeds. A
    dry run's database leaves the disk untouched (the service rolls its work back)."""
    from netgarden.services.database import Database
    from netgarden.settings import Settings

    settings = Settings.load(db=state(ctx).db)
    database = Database.open_for_dry_run(settings) if dry_run else Database.open(settings)
    try:
        with database.transaction() as unit:
            yield unit
    finally:
        database.close()


@contextmanager
def read_only(
    ctx: typer.Context, usable: Callable[[ReadUnit], bool] | None = None
) -> Iterator[Unit | ReadUnit]:
    """A read: on a current SQLite file, a bare read-only unit that never imports
    SQLAlchemy (services/read_only.py); otherwise — or when ``usable`` says this read needs
    to write after all (the agenda's first of a week picks its dormant ties) — the usual
    unit of work."""
    from netgarden.services.read_only import read_unit
    from netgarden.settings import Settings

    with read_unit(Settings.load(db=state(ctx).db)) as bare, no_cycle_collection():
        if bare is not None and (usable is None or usable(bare)):
            yield bare
            return
    with unit_of_work(ctx) as unit:
        yield unit


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """A read makes rows, tuples and facts by the tens of thousands, and reference counting
    frees them; the cycle collector only walks them over and over (the matrix of 30,000 ran
    five full collections: a fifth of its time). Off for the read, on again after."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def today() -> dt.date:
    return dt.date.today()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def console() -> Console:
    from rich.console import Console

    return unwrapped(Console(highlight=False, soft_wrap=False))


def err_console() -> Console:
    from rich.console import Console

    return unwrapped(Console(stderr=True, highlight=False))


PIPED_WIDTH = 1_000_000


def unwrapped(out: Console) -> Console:
    """On a terminal, lines fit its width; piped or captured, a line is as long as what it
    holds, so a table row stays one line for grep, cut and scripts."""
    if not out.is_terminal:
        out.width = PIPED_WIDTH
    return out


def print_json(value: Any, one_line_each: str | None = None) -> None:
    """``value`` indented by two; with ``one_line_each``, that key's list (a dict ``value``'s)
    has one compact item a line: tens of thousands of items print in a tenth of the time
    (the indenting encoder is pure Python; the compact one is C), still valid JSON."""
    write = sys.stdout.write
    if one_line_each is None or not isinstance(value, dict):
        write(json.dumps(value, indent=2, ensure_ascii=False, default=_json_default))
        write("\n")
        return
    encode = json.JSONEncoder(ensure_ascii=False, default=_json_default,
                              separators=(", ", ": ")).encode  # fmt: skip
    parts = []
    for key, item in value.items():
        name = json.dumps(key, ensure_ascii=False)
        if key == one_line_each and isinstance(item, list) and item:
            rows = ",\n    ".join(map(encode, item))
            parts.append(f"  {name}: [\n    {rows}\n  ]")
        else:
            text = json.dumps(item, indent=2, ensure_ascii=False, default=_json_default)
            parts.append(f"  {name}: " + text.replace("\n", "\n  "))
    write("{\n" + ",\n".join(parts) + "\n}\n" if parts else "{}\n")


def print_text(text: str) -> None:
    """Text made ahead (JSON written by a template), as it is, and a line end."""
    sys.stdout.write(text)  # (not text + "\n": a copy of 21 MB for the matrix)
    sys.stdout.write("\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def parse_day(value: str | None, field: str) -> dt.date | None:
    from netgarden.domain.values import parse_date

    return None if value is None else parse_date(value, today(), field)


def who(name: str, contact_id: int) -> str:
    """A person as messages name them: ``Ana Lee (#4)``, markup-safe."""
    return f"{escape(name)} (#{contact_id})"


def escape(text: object) -> str:
    """User text shown through Rich must never be read as markup, nor reach the terminal as
    control characters (see ``visible``)."""
    from rich.markup import escape as rich_escape

    return rich_escape(visible(str(text)))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Control characters (ESC sequences clear, recolour or retitle a terminal) written out
    as ``\\x1b``; tabs and newlines stay. Stored text has none since it is cleaned on the
    way in, but an older database or a restored backup may."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found[0]):02x}", text)
