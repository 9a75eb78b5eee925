"""Fill rules for outreach templates: square-bracket placeholders, and what fills them.

A template's body holds placeholders in the seeds' style: ``[Name]``, ``[specific point]``.
A placeholder is named case-insensitively (``[name]`` and ``[Name]`` are one). ``fill``
puts in what is known and reports what is not: an unfilled placeholder is an error, never
silent text (DESIGN). Pure: dates are worded relative to the ``today`` it is given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from netgarden.errors import InvalidValue, InvalidValues

PLACEHOLDER = re.compile(r"\[([^\[\]\n]{1,80})\]")
KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
MAX_BODY = 10_000
MAX_NAME = 200
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def key_of(placeholder: str) -> str:
    """How a placeholder is looked up: case and spacing do not matter."""
    return " ".join(placeholder.split()).casefold()


def placeholders(body: str) -> list[str]:
    """The placeholders of a body, each once, in order, as first written."""
    seen: dict[str, str] = {}
    for found in PLACEHOLDER.finditer(body):
        seen.setdefault(key_of(found[1]), found[1])
    return list(seen.values())


@dataclass(frozen=True)
class Filled:
    """A body with what was known put in; ``missing`` the placeholders left, as written."""

    text: str
    missing: tuple[str, ...]


def fill(body: str, values: Mapping[str, str]) -> Filled:
    """Each placeholder whose key (``key_of``) has a value is replaced by it; the rest stay
    and are listed in ``missing``. A value is put in as is: brackets in it are not read."""
    known = {key_of(name): value for name, value in values.items()}
    missing: dict[str, str] = {}

    def one(found: re.Match[str]) -> str:
        value = known.get(key_of(found[1]))
        if value is None:
            missing.setdefault(key_of(found[1]), found[1])
            return found[0]
        return value

    return Filled(PLACEHOLDER.sub(one, body), tuple(missing.values()))


class MissingPlaceholders(InvalidValues):
    """Placeholders nothing filled: one error per placeholder, keyed by its name."""

    def __init__(self, missing: Iterable[str]) -> None:
        self.missing = tuple(missing)
        super().__init__(
            [InvalidValue(name, "is not filled; give it a value") for name in self.missing]
        )


def parse_sets(pairs: Iterable[str]) -> dict[str, str]:
    """``placeholder=value`` pairs (``topic=AI ethics``); the placeholder may keep its
    brackets (``[topic]=…``). A later pair for the same placeholder wins."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        name = name.strip().removeprefix("[").removesuffix("]")
        if not equals or not name.strip():
            raise InvalidValue("set", f'{pair!r} is not placeholder=value; e.g. "topic=AI ethics"')
        values[key_of(name)] = value.strip()
    return values


def check_sets(values: Mapping[str, str], body: str) -> None:
    """Refuse a value for a placeholder the template does not have, naming those it has."""
    have = {key_of(name) for name in placeholders(body)}
    unknown = [name for name in values if key_of(name) not in have]
    if unknown:
        listed = ", ".join(f"[{name}]" for name in placeholders(body)) or "none"
        raise InvalidValue(
            "set",
            f"the template has no {', '.join(f'[{n}]' for n in unknown)}; "
            f"its placeholders are: {listed}",
        )


def when_words(day: dt.date, today: dt.date) -> str:
    """A day as a message says it, relative to ``today``: "today", "yesterday", "on Friday"
    within the last week, else "on 20 November" (with the year when it is another year's);
    a day ahead: "tomorrow", "on Friday" within a week, else "on 20 November"."""
    days = (today - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days == -1:
        return "tomorrow"
    if -7 < days < 7:
        return f"on {WEEKDAYS[day.weekday()]}"
    year = "" if day.year == today.year else f" {day.year}"
    return f"on {day.day} {MONTHS[day.month - 1]}{year}"


def first_name(name: str) -> str:
    """The first word of a name: how a message greets someone."""
    return name.split()[0] if name.split() else name


def check_key(key: str, taken: Iterable[str]) -> str:
    """A new template's key: lowercase letters, digits and dashes, not one already used."""
    text = key.strip()
    if not KEY.fullmatch(text):
        raise InvalidValue(
            "key", f"{key!r} is not a template key; use lowercase letters, digits and dashes "
            "(e.g. cold-mine), at most 40"
        )  # fmt: skip
    if text in set(taken):
        raise InvalidValue("key", f"a template {text!r} exists; choose another key")
    return text


def check_body(body: str) -> str:
    """A template body: some text, at most ``MAX_BODY`` characters, brackets balanced."""
    text = body.replace("\r\n", "\n").strip()
    if not text:
        raise InvalidValue("body", "is empty; write the message, with [placeholders]")
    if len(text) > MAX_BODY:
        raise InvalidValue("body", f"{len(text):,} characters; at most {MAX_BODY:,}")
    if text.count("[") != text.count("]"):
        raise InvalidValue("body", "has a [ without its ] (or a ] without its [)")
    return text


def segments(body: str, values: Mapping[str, str]) -> list[tuple[str, bool]]:
    """The filled text in pieces, each marked whether it is an unfilled placeholder, so a
    preview can highlight what is missing (a value's own brackets are plain text)."""
    known = {key_of(name): value for name, value in values.items()}
    pieces: list[tuple[str, bool]] = []
    at = 0
    for found in PLACEHOLDER.finditer(body):
        pieces.append((body[at : found.start()], False))
        value = known.get(key_of(found[1]))
        pieces.append((found[0], True) if value is None else (value, False))
        at = found.end()
    pieces.append((body[at:], False))
    return [(text, missing) for text, missing in pieces if text]
