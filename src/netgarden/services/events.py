"""Events: adding one, listing them, one event with its people and follow-ups, marking one
attended or skipped. People met at an event and their follow-ups: ``services.followups``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netgarden.domain.events import (
    DEFAULT_GOAL,
    MAX_GOAL,
    MAX_SIZE,
    SERIES_MAX,
    EventFormat,
    EventRole,
    EventStatus,
    PersonRole,
    check_status,
    parse_access,
    parse_count,
    parse_format,
    parse_role,
    parse_start,
)
from netgarden.domain.normalize import clean_text, fold, strip_controls
from netgarden.domain.values import NAME_MAX, SHORT_MAX, check_day, check_length, parse_date
from netgarden.errors import Collector, InvalidValue

if TYPE_CHECKING:
    from netgarden.services.database import Unit


@dataclass
class EventInput:
    """An event as a surface gives it: text as typed; ``None`` leaves a default."""

    name: str
    on: str | None = None
    start: str | None = None
    series: str | None = None
    organizer: str | None = None
    format: str | None = None
    virtual: bool = False
    access: str | None = None
    size: int | str | None = None
    topics: str | None = None
    role: str | None = None
    goal: int | str | None = None


@dataclass(frozen=True)
class EventSummary:
    """An event as a listing shows it."""

    id: int
    name: str
    on: dt.date
    start: str | None
    series: str | None
    format: str
    virtual: bool
    access: str | None
    size: int | None
    role: str
    goal: int
    status: str
    met: int
    targets: int


@dataclass(frozen=True)
class EventPersonView:
    contact_id: int
    name: str
    company: str | None
    title: str | None
    role: str
    note: str | None


@dataclass(frozen=True)
class TaskView:
    """A follow-up task as every surface shows it."""

    id: int
    kind: str
    rule: str
    contact_id: int
    name: str
    event_id: int | None
    event_name: str | None
    since: dt.date
    due_on: dt.date
    done_on: dt.date | None
    done_by: str | None
    note: str | None = None  # a promise's text
    about_id: int | None = None  # the newcomer a report-back is about
    touch_id: int | None = None  # the touch that made it (or, for a report-back, started it)

    @property
    def waiting(self) -> bool:
        """A report-back waits for a first two-way touch with the newcomer."""
        return self.kind == "report-back" and self.touch_id is None and self.done_on is None


@dataclass(frozen=True)
class EventView:
    """One event with everything recorded about it."""

    id: int
    name: str
    on: dt.date
    start: str | None
    series: str | None
    organizer: str | None
    format: str
    virtual: bool
    access: str | None
    size: int | None
    topics: str | None
    role: str
    goal: int
    status: str
    people: tuple[EventPersonView, ...]
    tasks: tuple[TaskView, ...]

    @property
    def met(self) -> list[EventPersonView]:
        return [p for p in self.people if p.role == PersonRole.MET.value]

    @property
    def hosting(self) -> bool:
        """Hosting counts (seeds/001, 002: host networking events)."""
        return self.role == EventRole.HOST.value


def event_columns(data: EventInput, today: dt.date) -> dict[str, Any]:
    """The columns an event input sets, every mistake raised at once."""
    check = Collector()
    columns: dict[str, Any] = {"virtual": bool(data.virtual)}
    with check:
        columns["name"] = _short(data.name, "name", NAME_MAX)
        if columns["name"] is None:
            raise InvalidValue("name", "an event needs a name")
    with check:
        on = _given(data.on)
        if on is None:
            raise InvalidValue("on", "an event needs a day; use YYYY-MM-DD, today or tomorrow")
        columns["occurred_on"] = check_day(parse_date(on, today, "on"), "on")
    with check:
        start = _given(data.start)
        columns["starts_at"] = parse_start(start) if start else None
    with check:
        columns["series"] = _short(data.series, "series", SERIES_MAX)
    with check:
        columns["organizer"] = _short(data.organizer, "organizer", SHORT_MAX)
    with check:
        kind = _given(data.format)
        columns["format"] = parse_format(kind).value if kind else EventFormat.OTHER.value
    with check:
        access = _given(data.access)
        columns["access"] = parse_access(access).value if access else None
    with check:
        size = _given(data.size)
        columns["size"] = parse_count(size, "size", MAX_SIZE) if size else None
    with check:
        columns["topics"] = check_length("topics", clean_text(data.topics, multiline=False))
    with check:
        role = _given(data.role)
        columns["role"] = parse_role(role).value if role else EventRole.ATTENDEE.value
    with check:
        goal = _given(data.goal)
        columns["goal"] = parse_count(goal, "goal", MAX_GOAL) if goal else DEFAULT_GOAL
    check.raise_if_any()
    return columns


def _given(value: str | int | None) -> str | None:
    """A value typed in, as text; empty is not given."""
    text = "" if value is None else str(value).strip()
    return text or None


def _short(value: str | None, field: str, most: int) -> str | None:
    text = " ".join(strip_controls(value or "").split()) or None
    if text is not None and len(text) > most:
        raise InvalidValue(field, f"{len(text):,} characters; at most {most}")
    return text


def add_event(unit: Unit, data: EventInput, now: dt.datetime, today: dt.date) -> EventView:
    """Record an event; one still to come is planned, one already past was attended (change
    it with ``set_status``). Returns it as ``show_event`` would."""
    columns = event_columns(data, today)
    past = columns["occurred_on"] < today
    columns["status"] = (EventStatus.ATTENDED if past else EventStatus.PLANNED).value
    event_id = unit.events.insert(columns, now)
    return show_event(unit, event_id)


def list_events(
    unit: Unit, series: str | None = None, status: str | None = None
) -> list[EventSummary]:
    """Every event, the latest first; ``series`` (in any case, accents aside) and ``status``
    keep some."""
    wanted = None
    if status:
        wanted = _status(status).value
    wanted_series = fold(series) if series and series.strip() else None
    return [
        EventSummary(
            r.id,
            r.name,
            r.occurred_on,
            r.starts_at,
            r.series,
            r.format,
            bool(r.virtual),
            r.access,
            r.size,
            r.role,
            r.goal,
            r.status,
            r.met,
            r.targets,
        )
        for r in unit.events.listing(wanted)
        if wanted_series is None or fold(r.series) == wanted_series
    ]


def require_event(unit: Unit, event_id: int) -> None:
    """NotFound unless the event exists: a surface checks it before resolving the people
    named with it."""
    unit.events.require(event_id)


def show_event(unit: Unit, event_id: int) -> EventView:
    """One event, its people and its follow-up tasks (NotFound when there is none)."""
    e = unit.events.require(event_id)
    people = tuple(
        EventPersonView(p.contact_id, p.name, p.company, p.title, p.role, p.note)
        for p in unit.events.people(event_id)
    )
    return EventView(
        e.id, e.name, e.occurred_on, e.starts_at, e.series, e.organizer, e.format,
        bool(e.virtual), e.access, e.size, e.topics, e.role, e.goal, e.status, people,
        tuple(tasks_of(unit, event_id=event_id)),
    )  # fmt: skip


def tasks_of(
    unit: Unit, *, open_only: bool = False, contact_id: int | None = None,
    event_id: int | None = None,
) -> list[TaskView]:  # fmt: skip
    rows = unit.tasks.listing(open_only=open_only, contact_id=contact_id, event_id=event_id)
    return [TaskView(*row) for row in rows]


def set_status(
    unit: Unit, event_id: int, status: str, today: dt.date, now: dt.datetime
) -> EventView:
    """Mark an event attended or skipped (planned again, while its day has not passed)."""
    event = unit.events.require(event_id)
    met = unit.events.count_people(event_id, PersonRole.MET.value)
    target = check_status(EventStatus(event.status), _status(status), event.occurred_on, today, met)
    if target.value != event.status:
        unit.events.update(event_id, {"status": target.value}, now)
    return show_event(unit, event_id)


def _status(value: str) -> EventStatus:
    try:
        return EventStatus(value.strip().lower())
    except ValueError:
        accepted = ", ".join(s.value for s in EventStatus)
        raise InvalidValue("status", f"{value!r} is not accepted; use one of: {accepted}") from None
