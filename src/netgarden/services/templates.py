"""Outreach templates: the built-ins (read-only, the seeds' scripts) and the user's copies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.domain.normalize import clean_text
from netgarden.domain.seed_templates import ASKS, BUILT_INS, BY_KEY, BuiltIn
from netgarden.domain.templates import MAX_NAME, check_body, check_key, placeholders
from netgarden.errors import InvalidValue, NotFound, UserError
from netgarden.services.database import Unit


@dataclass(frozen=True)
class Template:
    """A template as every surface shows it."""

    key: str
    name: str
    purpose: str | None
    body: str
    asks: str
    builtin: bool
    based_on: str | None = None
    seed: str | None = None  # the seed a built-in quotes: "seeds/002, Networking Scripts…"

    @property
    def placeholders(self) -> list[str]:
        return placeholders(self.body)


@dataclass(frozen=True)
class TemplateChange:
    """What may change in a template of one's own; None leaves a field as it is."""

    body: str | None = None
    name: str | None = None
    purpose: str | None = None
    asks: str | None = None


def _built_in(template: BuiltIn) -> Template:
    seed = f"{template.quote.seed}, {template.quote.section}"
    return Template(template.key, template.name, template.purpose, template.body,
                    template.asks, True, None, seed)  # fmt: skip


def _own(row: Any) -> Template:
    key, name, purpose, body, asks, based_on = row
    return Template(key, name, purpose, body, asks, False, based_on)


def list_templates(unit: Unit) -> list[Template]:
    """The built-ins in the seeds' order, then the user's own by key."""
    return [_built_in(t) for t in BUILT_INS] + [_own(row) for row in unit.templates.all()]


def get_template(unit: Unit, key: str) -> Template:
    """The template with this key, or NotFound (naming how to list them)."""
    text = key.strip().lower()
    if text in BY_KEY:
        return _built_in(BY_KEY[text])
    row = unit.templates.get(text)
    if row is None:
        raise NotFound("template", key)
    return _own(row)


def copy_template(unit: Unit, key: str, new_key: str, now: dt.datetime) -> Template:
    """An editable copy of any template under a new key."""
    source = get_template(unit, key)
    taken = list(BY_KEY) + [row[0] for row in unit.templates.all()]
    made = check_key(new_key, taken)
    name = f"{source.name} (my copy)"[:MAX_NAME]
    unit.templates.insert(
        {"key": made, "name": name, "purpose": source.purpose, "body": source.body,
         "asks": source.asks, "based_on": source.key},
        now,
    )  # fmt: skip
    return get_template(unit, made)


def edit_template(unit: Unit, key: str, change: TemplateChange, now: dt.datetime) -> Template:
    """Change a template of one's own; a built-in says to copy it first."""
    found = _editable(unit, key, "edited")
    changes: dict[str, Any] = {}
    if change.body is not None:
        changes["body"] = check_body(change.body)
    if change.name is not None:
        name = clean_text(change.name, multiline=False)
        if not name or len(name) > MAX_NAME:
            raise InvalidValue("name", f"give a name of 1 to {MAX_NAME} characters")
        changes["name"] = name
    if change.purpose is not None:
        changes["purpose"] = clean_text(change.purpose, multiline=False)
    if change.asks is not None:
        changes["asks"] = check_asks(change.asks)
    if changes:
        unit.templates.update(found.key, changes, now)
    return get_template(unit, found.key)


def remove_template(unit: Unit, key: str) -> Template:
    """Delete a template of one's own; touches logged from it keep its key."""
    found = _editable(unit, key, "removed")
    unit.templates.delete(found.key)
    return found


def check_asks(value: str) -> str:
    text = value.strip().lower()
    if text not in ASKS:
        raise InvalidValue("asks", f"{value!r} is not one of {', '.join(ASKS)}")
    return text


class BuiltInReadOnly(UserError):
    """A built-in template cannot change: it is the seed's text."""


def _editable(unit: Unit, key: str, verb: str) -> Template:
    found = get_template(unit, key)
    if found.builtin:
        raise BuiltInReadOnly(
            f"{found.key!r} is built in (the seed's own text) and cannot be {verb}; "
            f"make your own copy with: template copy {found.key} my-{found.key}"
        )
    return found
