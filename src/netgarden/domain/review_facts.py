"""What every review reads of one contact, as of a day: who they are, the facts reviews add
(influence, accessibility, energy, board seat…), and a summary of their history.

``summarize`` is the one pass over a contact's touches and ledger entries the reviews share:
the last two-way touch, two-way touches in the year, outreaches left unanswered, what was
given, received and asked, and when advice, feedback and introductions came from them.
``assemble`` gives the same History from what the store aggregates (the tallies' last days,
the year's counts, the ledger, the last outreach) without reading every touch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from netgarden.domain.strength import Event
from netgarden.errors import Collector, InvalidValue

YEAR = dt.timedelta(days=365)


class Energy(StrEnum):
    """seeds/001 "Energy balance: whether relationships energize or drain you"."""

    ENERGIZES = "energizes"
    NEUTRAL = "neutral"
    DRAINS = "drains"


class Seat(StrEnum):
    """seeds/002's personal board of directors."""

    SPONSOR = "sponsor"
    MENTOR = "mentor"
    COACH = "coach"
    CONNECTOR = "connector"
    PEER = "peer"


class Decision(StrEnum):
    """What a decision maker decides (seeds/001 "Decision maker mapping")."""

    BUDGET = "budget"
    HIRING = "hiring"
    TOOLS = "tools"
    ROADMAP = "roadmap"


def parse_scale(value: int | str, field_name: str) -> int:
    """Influence or accessibility: a whole number from 1 to 5."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 5:
        raise InvalidValue(field_name, f"{value!r} is not accepted; use a whole number from 1 to 5")
    return int(text)


def parse_decides(value: str) -> str:
    """``budget,hiring`` → the decisions, checked and in their order; ``""`` clears."""
    parts = [p.strip().lower() for p in value.replace(";", ",").split(",") if p.strip()]
    accepted = ", ".join(d.value for d in Decision)
    for part in parts:
        if part not in {d.value for d in Decision}:
            raise InvalidValue(
                "decides", f"{part!r} is not accepted; use one or more of: {accepted}"
            )
    return ",".join(d.value for d in Decision if d.value in parts)


@dataclass
class History:
    """A contact's history as reviews summarize it (as of a day). Not frozen, as Facts;
    never changed after it is made."""

    last_any: dt.date | None = None
    last_two_way: dt.date | None = None
    two_way_year: int = 0
    touches_year: int = 0
    unanswered_year: int = 0
    gave: int = 0
    received: int = 0
    asked: int = 0
    received_on: dict[str, dt.date] = field(default_factory=dict)  # kind → last day
    since_last_advice: bool = False  # a touch or give of mine after the last advice


def summarize(events: Iterable[Event], today: dt.date) -> History:
    """One pass over a contact's touches and ledger entries up to ``today``."""
    last_any = last_two_way = None
    two_way_year = touches_year = unanswered = gave = received = asked = 0
    received_on: dict[str, dt.date] = {}
    mine: list[dt.date] = []
    year_ago = today - YEAR
    for event in events:
        if event.on > today:
            continue
        last_any = max(last_any or event.on, event.on)
        if event.source == "touch":
            in_year = event.on > year_ago
            touches_year += in_year
            if event.two_way:
                last_two_way = max(last_two_way or event.on, event.on)
                two_way_year += in_year
            if event.direction == "out":
                mine.append(event.on)
                unanswered += in_year and event.replied is False
        elif event.source == "give":
            gave += 1
            mine.append(event.on)
        elif event.source == "receive":
            received += 1
            received_on[event.kind] = max(received_on.get(event.kind, event.on), event.on)
        elif event.source == "ask":
            asked += 1
    advice = received_on.get("advice")
    since = advice is not None and any(day > advice for day in mine)
    return History(
        last_any,
        last_two_way,
        two_way_year,
        touches_year,
        unanswered,
        gave,
        received,
        asked,
        received_on,
        since,
    )


def assemble(
    last_any: dt.date | None,
    last_two_way: dt.date | None,
    year: tuple[int, int, int],
    ledger: Iterable[tuple[dt.date, str, str]],
    last_outreach: dt.date | None,
) -> History:
    """``summarize``'s History from aggregates: the last event and two-way touch, the
    year's touches (all, two-way, unanswered), the ledger entries (on, type, kind) up to the
    day, and the last outgoing touch (only read for those who gave advice)."""
    gave = received = asked = 0
    received_on: dict[str, dt.date] = {}
    last_mine = last_outreach
    for on, source, kind in ledger:
        if source == "give":
            gave += 1
            last_mine = max(last_mine or on, on)
        elif source == "receive":
            received += 1
            received_on[kind] = max(received_on.get(kind, on), on)
        elif source == "ask":
            asked += 1
    advice = received_on.get("advice")
    since = advice is not None and last_mine is not None and last_mine > advice
    touches, two_way, unanswered = year
    return History(
        last_any, last_two_way, two_way, touches, unanswered, gave, received, asked,
        received_on, since,
    )  # fmt: skip


@dataclass
class Facts:
    """One contact as every review reads it. (Not frozen: a frozen dataclass sets each of
    its 19 fields through ``object.__setattr__``, six times the cost of making one, and
    reviews make 30,000 at a time; never changed after it is made. Its history holds a dict,
    so it never was hashable.)"""

    id: int
    name: str
    company: str | None = None
    title: str | None = None
    circle: str = "none"
    industry: str | None = None
    function: str | None = None
    seniority: str | None = None
    location: str | None = None
    influence: int | None = None
    accessibility: int | None = None
    energy: str | None = None
    board_seat: str | None = None
    decides: str | None = None
    time_zone: str | None = None
    mentee: bool = False
    score: int = 0
    band: str = "new"
    history: History = field(default_factory=History)

    @property
    def label(self) -> str:
        return f"{self.name} #{self.id}"


def _member(name: str, value: str, kind: type[StrEnum]) -> str | None:
    text = value.strip().lower()
    if text and text not in {m.value for m in kind}:
        accepted = ", ".join(m.value for m in kind)
        raise InvalidValue(name, f"{value!r} is not accepted; use one of: {accepted}")
    return text or None


def review_columns(
    influence: int | str | None,
    accessibility: int | str | None,
    energy: str | None,
    board: str | None,
    decides: str | None,
    time_zone: str | None,
    mentee: bool | str | None,
) -> dict[str, object]:
    """The contact columns reviews read, from what a user typed: ``None`` leaves a field
    alone; ``""`` (or 0 for a scale) clears it."""
    from netgarden.domain.time_zones import parse_time_zone

    columns: dict[str, object] = {}
    check = Collector()
    for name, value in (("influence", influence), ("accessibility", accessibility)):
        if value is not None:
            with check:
                cleared = str(value).strip() in ("", "0")
                columns[name] = None if cleared else parse_scale(value, name)
    for name, value, kind in (("energy", energy, Energy), ("board_seat", board, Seat)):
        if value is not None:
            with check:
                columns[name] = _member(name, value, kind)
    if decides is not None:
        with check:
            columns["decides"] = parse_decides(decides) or None
    if time_zone is not None:
        with check:
            columns["time_zone"] = parse_time_zone(time_zone) if time_zone.strip() else None
    check.raise_if_any()
    if mentee is not None:
        columns["mentee"] = bool(mentee)  # "" (a surface's "clear") is not a mentee
    return columns
