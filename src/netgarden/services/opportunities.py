"""Opportunities (issue 16): adding one, the board's listing, one with its history, moving it
through its stages, and sharing it (a ledger give, seeds/001 "Opportunity alerting")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.domain.normalize import clean_text, fold, strip_controls
from netgarden.domain.opportunities import (
    ACTIVE,
    SHAREABLE,
    TITLE_MAX,
    Candidate,
    OppKind,
    Stage,
    Suggestion,
    check_move,
    default_channel,
    parse_channel,
    parse_opp_kind,
    parse_reaches_hm,
    parse_stage,
    reached_interview,
    suggest_sharing,
)
from netgarden.domain.values import MAX_ID, SHORT_MAX, check_day, check_length, parse_date
from netgarden.errors import Collector, InvalidValue, NotFound
from netgarden.services.database import Unit


@dataclass
class OppInput:
    """An opportunity as a surface gives it: text as typed; ``None`` leaves it unsaid."""

    title: str
    kind: str | None = None
    company: str | None = None
    role: str | None = None
    via: str | int | None = None  # a CONTACT reference, or a contact id
    event: str | int | None = None
    channel: str | None = None
    reaches_hm: str | bool | None = None
    note: str | None = None
    on: str | None = None  # the day it opened (default today)


@dataclass(frozen=True)
class OppView:
    """An opportunity as every surface shows it."""

    id: int
    title: str
    kind: str
    company: str | None
    role: str | None
    via_id: int | None
    via_name: str | None
    event_id: int | None
    event_name: str | None
    channel: str | None
    reaches_hm: bool | None
    stage: str
    opened_on: dt.date
    stage_on: dt.date
    note: str | None
    reached_interview: bool = False


@dataclass(frozen=True)
class StageChange:
    stage: str
    on: dt.date


@dataclass(frozen=True)
class ShareView:
    contact_id: int
    name: str
    on: dt.date
    ledger_entry_id: int | None


@dataclass(frozen=True)
class OppDetail:
    opportunity: OppView
    stages: tuple[StageChange, ...]
    shares: tuple[ShareView, ...]
    suggestions: tuple[Suggestion, ...]


def _text(value: str | None, field: str, most: int = SHORT_MAX) -> str | None:
    text = " ".join(strip_controls(value or "").split()) or None
    if text is not None and len(text) > most:
        raise InvalidValue(field, f"{len(text):,} characters; at most {most}")
    return text


def _event_id(unit: Unit, value: str | int) -> int:
    from netgarden.domain.values import parse_id

    number = value if isinstance(value, int) else parse_id(str(value))
    if number is None:
        raise InvalidValue("event", f"{value!r} is not an event number; see `netgarden event list`")
    if not 1 <= number <= MAX_ID:
        raise NotFound("event", number)
    unit.events.require(number)
    return number


def _via_id(unit: Unit, value: str | int) -> int:
    from netgarden.services.lookup import require_contact, resolve_contact

    if isinstance(value, int):
        return require_contact(unit, value).id
    return resolve_contact(unit, value)


def opp_columns(unit: Unit, data: OppInput, today: dt.date) -> dict[str, Any]:
    """The columns an input sets, every mistake raised at once (nothing is written)."""
    check = Collector()
    cols: dict[str, Any] = {}
    with check:
        cols["title"] = _text(data.title, "title", TITLE_MAX)
        if cols["title"] is None:
            raise InvalidValue("title", "an opportunity needs a title")
    with check:
        given = (data.kind or "").strip()
        cols["kind"] = parse_opp_kind(given).value if given else OppKind.OTHER.value
    with check:
        cols["company"] = _text(data.company, "company")
        cols["company_key"] = fold(cols["company"]) if cols["company"] else None
    with check:
        cols["role"] = _text(data.role, "role")
    with check:
        via = data.via.strip() if isinstance(data.via, str) else data.via
        cols["via_id"] = _via_id(unit, via) if via not in (None, "") else None
    with check:
        event = data.event.strip() if isinstance(data.event, str) else data.event
        cols["event_id"] = _event_id(unit, event) if event not in (None, "") else None
    with check:
        channel = parse_channel(data.channel) if data.channel and data.channel.strip() else None
        made = default_channel(channel, cols.get("via_id"), cols.get("event_id"))
        cols["channel"] = made.value if made else None
    with check:
        cols["reaches_hm"] = parse_reaches_hm(data.reaches_hm)
    with check:
        cols["note"] = check_length("note", clean_text(data.note))
    with check:
        on = parse_date(data.on, today, "on") if data.on and data.on.strip() else today
        if on > today:
            raise InvalidValue("on", f"{on.isoformat()} is in the future")
        cols["opened_on"] = check_day(on, "on")
    check.raise_if_any()
    return cols


def add_opportunity(unit: Unit, data: OppInput, now: dt.datetime, today: dt.date) -> OppDetail:
    """Record an opportunity at ``open``; a job or collaboration comes back with up to five
    people to share it with."""
    cols = opp_columns(unit, data, today)
    cols.update(stage=Stage.OPEN.value, stage_on=cols["opened_on"])
    opp_id = unit.opportunities.insert(cols, now)
    unit.opportunities.add_stage(opp_id, Stage.OPEN.value, cols["opened_on"], now)
    return show_opportunity(unit, opp_id, today)


def _view(row: Any, stages: list[str]) -> OppView:
    return OppView(
        row.id, row.title, row.kind, row.company, row.role, row.via_id, row.via_name,
        row.event_id, row.event_name, row.channel, row.reaches_hm, row.stage, row.opened_on,
        row.stage_on, row.note, reached_interview([*stages, row.stage]),
    )  # fmt: skip


def list_opportunities(
    unit: Unit, stage: str | None = None, company: str | None = None
) -> list[OppView]:
    """Every opportunity, the latest opened first; ``stage`` or ``company`` (folded) keep some."""
    wanted = parse_stage(stage).value if stage and stage.strip() else None
    key = fold(company) if company and company.strip() else None
    history: dict[int, list[str]] = {}
    for opp_id, one, _on in unit.opportunities.stages():
        history.setdefault(opp_id, []).append(one)
    rows = unit.opportunities.listing(wanted, company_key=key)
    return [_view(r, history.get(r.id, [])) for r in rows]


def require_opportunity(unit: Unit, opp_id: int) -> Any:
    if not 1 <= opp_id <= MAX_ID:
        raise NotFound("opportunity", opp_id)
    return unit.opportunities.require(opp_id)


def show_opportunity(unit: Unit, opp_id: int, today: dt.date) -> OppDetail:
    """One opportunity, its stage changes, who has it, and who else to share it with."""
    row = require_opportunity(unit, opp_id)
    stages = tuple(StageChange(s, on) for _, s, on in unit.opportunities.stages(opp_id))
    shares = tuple(ShareView(*s) for s in unit.opportunities.shares(opp_id))
    view = _view(row, [s.stage for s in stages])
    suggestions = tuple(share_suggestions(unit, view, shares, today))
    return OppDetail(view, stages, shares, suggestions)


def share_suggestions(
    unit: Unit, opp: OppView, shares: tuple[ShareView, ...], today: dt.date
) -> list[Suggestion]:
    """Up to five people to pass a job or collaboration to while it is active (none for the
    other kinds, or once it is closed)."""
    from netgarden.services.strength import batch_strength

    if opp.kind not in SHAREABLE or opp.stage not in {s.value for s in ACTIVE}:
        return []
    rows = unit.opportunities.share_candidates()
    scores = batch_strength(unit, today, [r.id for r in rows])
    statuses = contact_statuses(unit, [r.id for r in rows])
    candidates = [
        Candidate(r.id, r.name, r.circle, scores[r.id].score if r.id in scores else 0,
                  statuses.get(r.id), r.title, r.function)
        for r in rows
    ]  # fmt: skip
    leave_out = {s.contact_id for s in shares} | ({opp.via_id} if opp.via_id else set())
    return suggest_sharing(candidates, opp.role, opp.title, leave_out)


def contact_statuses(unit: Unit, ids: list[int]) -> dict[int, str]:
    """Each contact's career status (laid off, open to work…), where one is recorded."""
    return {p.id: p.status for p in unit.career.people(ids) if p.status}  # issue 16, career


def move_opportunity(
    unit: Unit, opp_id: int, stage: str, today: dt.date, now: dt.datetime,
    on: str | None = None,
) -> OppDetail:  # fmt: skip
    """Move an opportunity to another stage on ``on`` (default today), recording the change."""
    row = require_opportunity(unit, opp_id)
    target = check_move(Stage(row.stage), parse_stage(stage))
    day = parse_date(on, today, "on") if on and on.strip() else today
    if day > today:
        raise InvalidValue("on", f"{day.isoformat()} is in the future")
    if day < row.stage_on:
        raise InvalidValue(
            "on", f"{day.isoformat()} is before it moved to {row.stage} ({row.stage_on})"
        )
    unit.opportunities.update(opp_id, {"stage": target.value, "stage_on": day}, now)
    unit.opportunities.add_stage(opp_id, target.value, day, now)
    return show_opportunity(unit, opp_id, today)


def share_opportunity(
    unit: Unit, opp_id: int, contact: str | int, today: dt.date, now: dt.datetime,
    note: str | None = None,
) -> tuple[OppDetail, ShareView]:  # fmt: skip
    """Pass an opportunity to someone: a referral given, in the ledger (seeds/001
    "Opportunity alerting") and a line on the opportunity. Sharing twice with one person
    is refused."""
    from netgarden.services.ledger import EntryInput, record_entry

    row = require_opportunity(unit, opp_id)
    contact_id = _via_id(unit, contact.strip() if isinstance(contact, str) else contact)
    if any(s.contact_id == contact_id for s in unit.opportunities.shares(opp_id)):
        raise InvalidValue("contact_id", f"#{opp_id} was already shared with contact {contact_id}")
    said = note or f"shared opportunity #{opp_id}: {row.title}" + (
        f" at {row.company}" if row.company else ""
    )
    entry = record_entry(unit, contact_id, EntryInput("give", "referral", said), now, today)
    unit.opportunities.add_share(opp_id, contact_id, entry.id, today, now)
    detail = show_opportunity(unit, opp_id, today)
    made = next(s for s in detail.shares if s.contact_id == contact_id)
    return detail, made


EDITABLE = ("title", "kind", "company", "role", "via", "event", "channel", "reaches_hm", "note",
            "on")  # fmt: skip


def edit_opportunity(
    unit: Unit, opp_id: int, changes: dict[str, Any], today: dt.date, now: dt.datetime
) -> OppDetail:
    """Change some of an opportunity's fields (``EDITABLE``; an empty value clears one); its
    stage changes only with ``move_opportunity``."""
    row = require_opportunity(unit, opp_id)
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidValue(unknown[0], f"cannot be changed; change one of: {', '.join(EDITABLE)}")
    current = OppInput(
        row.title, row.kind, row.company, row.role, row.via_id, row.event_id, row.channel,
        row.reaches_hm, row.note, row.opened_on.isoformat(),
    )  # fmt: skip
    merged = OppInput(**{**current.__dict__, **changes})
    cols = opp_columns(unit, merged, today)
    if "channel" not in changes and row.channel is not None:
        cols["channel"] = row.channel
    if cols["opened_on"] > row.stage_on:
        raise InvalidValue("on", f"it moved to {row.stage} on {row.stage_on}, before that day")
    unit.opportunities.update(opp_id, cols, now)
    return show_opportunity(unit, opp_id, today)


def delete_opportunity(unit: Unit, opp_id: int) -> OppView:
    """Remove an opportunity, its stage history and its shares (the ledger gives stay: the
    help was given)."""
    detail = require_opportunity(unit, opp_id)
    view = _view(detail, [])
    unit.opportunities.delete(opp_id)
    return view
