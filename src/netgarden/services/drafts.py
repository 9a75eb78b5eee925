"""Drafting a message from a template to a contact, and logging it as outreach.

Facts fill themselves (``facts``): [Name] the recipient's first name; [Person], [Target
name] and [Company] from the person to be introduced to; [event] and [when] from the event
(or where and when the contact was met); [Draft introduction email] the forwardable note
of a warm path. Everything else comes from the values the user sets: interests and the like
are never guessed into prose. An unfilled placeholder is an error, and nothing is logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from netgarden.domain.seed_templates import INTRODUCTION
from netgarden.domain.templates import (
    MissingPlaceholders,
    check_sets,
    fill,
    first_name,
    key_of,
    when_words,
)
from netgarden.domain.values import LONG_MAX, MAX_ID
from netgarden.errors import InvalidValue, UserError
from netgarden.services.database import Unit
from netgarden.services.lookup import require_contact
from netgarden.services.templates import Template, get_template
from netgarden.services.touches import LoggedTouch, TouchInput, log_touch

if TYPE_CHECKING:
    from netgarden.services.paths import WarmPath

VIAS = ("message", "email")
MAX_VALUE = 2_000


@dataclass(frozen=True)
class DraftRequest:
    """What to draft: a template ``key`` to ``contact``, with the person to be introduced
    to (``to``), an event, a forwardable ``blurb`` (warm paths) and the user's values."""

    key: str
    contact: int
    to: int | None = None
    event: int | None = None
    values: Mapping[str, str] = field(default_factory=dict)
    blurb: str | None = None


@dataclass(frozen=True)
class Draft:
    """A filled template. ``missing`` lists what nothing filled (still in ``text`` as
    written); ``filled`` what each placeholder became; ``warnings`` what to check."""

    template: Template
    contact_id: int
    contact_name: str
    text: str
    missing: tuple[str, ...]
    filled: dict[str, str]
    warnings: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


def preview(unit: Unit, request: DraftRequest, today: dt.date) -> Draft:
    """The draft with what is known filled in; what is missing is listed, not refused (the
    page's live preview shows it). A value for a placeholder the template lacks is refused."""
    template = get_template(unit, request.key)
    for name, value in request.values.items():
        if len(value) > MAX_VALUE:
            raise InvalidValue(
                "set", f"[{name}] is {len(value):,} characters; at most {MAX_VALUE:,}"
            )
    check_sets(request.values, template.body)
    contact = require_contact(unit, request.contact)
    known = facts(unit, request, today)
    known.update({key_of(k): v for k, v in request.values.items() if v.strip()})
    done = fill(template.body, known)
    used = {key_of(p) for p in template.placeholders}
    filled = {name: known[key_of(name)] for name in template.placeholders
              if key_of(name) in known and key_of(name) in used}  # fmt: skip
    return Draft(template, contact.id, contact.name, done.text, done.missing, filled,
                 tuple(_warnings(unit, template, request)))  # fmt: skip


def draft(unit: Unit, request: DraftRequest, today: dt.date) -> Draft:
    """The filled draft, or MissingPlaceholders naming every placeholder left."""
    made = preview(unit, request, today)
    if made.missing:
        raise MissingPlaceholders(made.missing)
    return made


def draft_and_log(
    unit: Unit, request: DraftRequest, via: str, now: dt.datetime, today: dt.date
) -> tuple[Draft, LoggedTouch]:
    """Draft, then record it as an outgoing touch carrying the template and what it asks;
    nothing is logged when a placeholder is unfilled."""
    made = draft(unit, request, today)
    return made, log_draft(unit, made, via, now, today)


def log_draft(unit: Unit, made: Draft, via: str, now: dt.datetime, today: dt.date) -> LoggedTouch:
    """Record a complete draft as sent today, by message or email."""
    if made.missing:
        raise MissingPlaceholders(made.missing)
    kind = via.strip().lower()
    if kind not in VIAS:
        raise InvalidValue("via", f"{via!r} is not one of {', '.join(VIAS)}")
    logged = log_touch(unit, [made.contact_id],
                       TouchInput(kind, None, "out", made.text[:LONG_MAX]), now, today)  # fmt: skip
    unit.templates.mark_outreach(logged.id, made.template.key, made.template.asks)
    return logged


def facts(unit: Unit, request: DraftRequest, today: dt.date) -> dict[str, str]:
    """What fills itself, by placeholder key (``key_of``)."""
    contact = require_contact(unit, request.contact)
    found = {"name": first_name(contact.name), "introducer name": first_name(contact.name)}
    if request.to is not None:
        target = require_contact(unit, request.to)
        found["person"] = found["target name"] = target.name
        if target.company:
            found["company"] = target.company
    if request.event is not None:
        event = unit.events.require(request.event)
        found["event"] = event.name
        found["when"] = when_words(event.occurred_on, today)
    else:
        if contact.met_at:
            found["event"] = contact.met_at
        if contact.met_on:
            found["when"] = when_words(contact.met_on, today)
    if request.blurb:
        found["draft introduction email"] = request.blurb
    found.update(profile_facts(unit))
    return found


def profile_facts(unit: Unit) -> dict[str, str]:
    """[Your name], [your company] and [your title] from the user's profile (`profile set`);
    a field not stored there stays a placeholder the user fills."""
    from netgarden.services.profile import show_profile

    stored = show_profile(unit)
    facts = {"your name": stored.get("name"), "your company": stored.get("company"),
             "your title": stored.get("title")}  # fmt: skip
    return {key: str(value) for key, value in facts.items() if value}


def _warnings(unit: Unit, template: Template, request: DraftRequest) -> list[str]:
    if template.asks != INTRODUCTION or request.to is None:
        return []
    if unit.network.linked(request.contact, request.to):
        return []
    names = {c: require_contact(unit, c).name for c in (request.contact, request.to)}
    a, b = names[request.contact], names[request.to]
    return [
        f"{a} is not recorded as knowing {b}; if they do, record it with: "
        f"netgarden link {request.contact} {request.to}"
    ]


def warm_path_drafts(
    unit: Unit, paths: Sequence[WarmPath], key: str, values: Mapping[str, str], today: dt.date
) -> list[Draft | None]:
    """Each warm path's request drafted through a template: to the first person on the
    path, about the next one ([Person], [Target name], [Company]), with the path's
    forwardable note as [Draft introduction email]; None for a path of one person (asked
    directly, there is nobody to be introduced to: it keeps its direct ask).
    MissingPlaceholders when any is unfilled, naming each once."""
    made = [
        preview(unit, DraftRequest(key, p.ids[0], p.ids[1], values=values,
                                   blurb=forwardable(p.draft)), today)
        if len(p.ids) > 1 else None
        for p in paths
    ]  # fmt: skip
    missing = dict.fromkeys(name for one in made if one for name in one.missing)
    if missing:
        raise MissingPlaceholders(missing)
    return made


def forwardable(request: str) -> str | None:
    """The note a warm path's drafted request offers to be forwarded: its quoted ("> ")
    lines (domain.network.draft_request); None for a direct ask, which has none."""
    lines = [line[2:] for line in request.splitlines() if line.startswith("> ")]
    return "\n".join(lines) or None


@dataclass(frozen=True)
class DraftQuery:
    """A draft as a page's form gives it: references as typed (``contact`` an id, email or
    name; ``event`` a number), and the values for placeholders."""

    key: str
    contact: str = ""
    to: str = ""
    event: str = ""
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DraftForm:
    """What a draft page shows: the template, the preview (None until whom it is to is
    known) and, as a value, the mistake in what was typed (an unknown contact), which a live
    preview shows rather than fails on."""

    template: Template | None
    draft: Draft | None
    problem: UserError | None = None


def draft_form(unit: Unit, query: DraftQuery, today: dt.date) -> DraftForm:
    """The preview for what a form holds so far; values for placeholders the template lacks
    are left out (they belong to the template chosen before)."""
    template = None
    try:
        template = get_template(unit, query.key)
        request = _resolved(unit, query, template)
        if request is None:
            return DraftForm(template, None)
        return DraftForm(template, preview(unit, request, today))
    except UserError as problem:
        return DraftForm(template, None, problem)


def resolve_query(unit: Unit, query: DraftQuery) -> DraftRequest:
    """The request a form's query makes; an unknown contact or event raises."""
    request = _resolved(unit, query, get_template(unit, query.key))
    if request is None:
        raise InvalidValue("contact", "say whom it is to: an id, an email or a name")
    return request


def _resolved(unit: Unit, query: DraftQuery, template: Template) -> DraftRequest | None:
    from netgarden.domain.values import parse_id
    from netgarden.services.lookup import resolve_contact

    if not query.contact.strip():
        return None
    event = parse_id(query.event) if query.event.strip() else None
    if query.event.strip() and (event is None or not 1 <= event <= MAX_ID):
        raise InvalidValue("event", f"{query.event[:40]!r} is not an event number")
    wanted = {key_of(name) for name in template.placeholders}
    values = {k: v for k, v in query.values.items() if v.strip() and key_of(k) in wanted}
    to = resolve_contact(unit, query.to) if query.to.strip() else None
    return DraftRequest(template.key, resolve_contact(unit, query.contact), to, event, values)
