"""Job changes are seen, not lost (issue 16): an import that brings a different company or
title keeps what the user has (the matching rule stands) and records a change to review;
accepting it updates the contact, appends their role history and puts "new role at X —
congratulate" on the agenda (seeds/002: "Monitor career changes and milestones",
"Achievement congratulations"). A change of function suggests they switched careers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from netgarden.domain.agenda_items import (
    BIRTHDAY_BONUS,
    SUBJECT_WEIGHT,
    AgendaItem,
    Reason,
    Subject,
    SubjectType,
    score,
)
from netgarden.domain.agenda_subjects import Pending, subject_items
from netgarden.domain.career import Status, function_changed
from netgarden.domain.normalize import fold
from netgarden.errors import InvalidValue, NotFound
from netgarden.store.career_reads import ChangeRow

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


CONGRATULATE_WINDOW = 30  # days an accepted change stays on the agenda without a touch
CONGRATULATE_PERIOD = 7  # …pressing harder over its first week


@dataclass(frozen=True)
class ChangeView:
    id: int
    contact_id: int
    name: str
    seen_on: dt.date
    old_company: str | None
    old_title: str | None
    new_company: str | None
    new_title: str | None
    state: str
    decided_on: dt.date | None
    function_changed: bool  # suggests the switched-careers status

    @property
    def suggested_status(self) -> str | None:
        return Status.SWITCHED_CAREERS.value if self.function_changed else None


class ChangeCollector:
    """What one import saw: a confident match whose company or title differs from the
    contact's (both known). The same change is recorded once, ever: re-importing the file
    adds nothing, and a dismissed change stays dismissed."""

    def __init__(self, unit: Unit, today: dt.date) -> None:
        self.unit = unit
        self.today = today
        self.seen = {(c, fold(co), fold(t)) for c, co, t in unit.career.seen_changes()}
        self.rows: list[dict[str, Any]] = []

    def see(self, contact_id: int, have: dict[str, Any], company: str | None,
            title: str | None, function: str | None) -> bool:  # fmt: skip
        old_company, old_title = have.get("company"), have.get("title")
        moved = bool(company and old_company and fold(company) != fold(old_company))
        retitled = bool(title and old_title and fold(title) != fold(old_title))
        if not (moved or retitled):
            return False
        new_company, new_title = company or old_company, title or old_title
        key = (contact_id, fold(new_company), fold(new_title))
        if key in self.seen:
            return False
        self.seen.add(key)
        self.rows.append({"contact_id": contact_id, "seen_on": self.today,
                          "old_company": old_company, "old_title": old_title,
                          "new_company": new_company, "new_title": new_title,
                          "new_function": function})  # fmt: skip
        return True

    def flush(self, real_id: Callable[[int], int]) -> int:
        rows = [{**row, "contact_id": real_id(row["contact_id"])} for row in self.rows]
        self.rows = []  # an import writes in batches: each change once
        if rows:
            self.unit.career.add_changes(rows)
        return len(rows)


def _view(unit: Unit, row: ChangeRow, functions: dict[int, str | None]) -> ChangeView:
    changed = function_changed(row.old_title, row.new_title, functions.get(row.contact_id),
                               row.new_function)  # fmt: skip
    return ChangeView(row.id, row.contact_id, row.name, row.seen_on, row.old_company,
                      row.old_title, row.new_company, row.new_title, row.state, row.decided_on,
                      changed)  # fmt: skip


def list_changes(unit: Unit, state: str | None = "pending") -> list[ChangeView]:
    """Job changes in a state (``None``: all), newest first."""
    states = ("pending", "accepted", "dismissed")
    if state is not None and state not in states:
        raise InvalidValue("state", f"{state!r} is not accepted; use one of: {', '.join(states)}")
    rows = unit.career.changes(state)
    functions = {p.id: p.function for p in unit.career.people({r.contact_id for r in rows})}
    return [_view(unit, row, functions) for row in rows]


def _pending(unit: Unit, change_id: int) -> ChangeRow:
    row = unit.career.change(change_id)
    if row is None:
        raise NotFound("job change", change_id)
    if row.state != "pending":
        on = f" on {row.decided_on.isoformat()}" if row.decided_on else ""
        raise InvalidValue("id", f"job change {change_id} was already {row.state}{on}")
    return row


def accept_change(unit: Unit, change_id: int, today: dt.date, now: dt.datetime) -> ChangeView:
    """Take the new role: the contact's company and title, a line of role history, and a
    congratulation on the agenda."""
    row = _pending(unit, change_id)
    functions = {p.id: p.function for p in unit.career.people([row.contact_id])}
    view = _view(unit, row, functions)
    columns: dict[str, Any] = {"company": row.new_company, "title": row.new_title}
    if row.new_function:
        columns["function"] = row.new_function
    unit.contacts.update(row.contact_id, columns, now)
    unit.career.add_role_change(row.contact_id, today, (row.old_company, row.old_title),
                                (row.new_company, row.new_title), "import")  # fmt: skip
    unit.career.decide(change_id, "accepted", today)
    unit.search.reindex([row.contact_id])
    return ChangeView(**{**view.__dict__, "state": "accepted", "decided_on": today})


def dismiss_change(unit: Unit, change_id: int, today: dt.date) -> ChangeView:
    """Keep what the contact has; the same change is not proposed again."""
    row = _pending(unit, change_id)
    unit.career.decide(change_id, "dismissed", today)
    view = _view(unit, row, {})
    return ChangeView(**{**view.__dict__, "state": "dismissed", "decided_on": today})


def congratulate_items(unit: Unit | ReadUnit, as_of: dt.date) -> list[AgendaItem]:
    """Accepted job changes of the last ``CONGRATULATE_WINDOW`` days with no touch since."""
    since = as_of - dt.timedelta(days=CONGRATULATE_WINDOW)
    rows = [r for r in unit.career.accepted_since(since) if r.decided_on and r.decided_on <= as_of]
    if not rows:
        return []
    last = unit.contacts.last_touches_of([r.contact_id for r in rows])
    pending = [
        Pending(
            subject=Subject(SubjectType.JOB_CHANGE, r.id),
            contact_id=r.contact_id,
            name=r.name,
            due_on=r.decided_on,
            period=CONGRATULATE_PERIOD,
            why=f"new role at {r.new_company or 'a new company'} — congratulate",
            reason=Reason.CONGRATULATE,
        )
        for r in rows
        if r.decided_on and not (r.contact_id in last and last[r.contact_id] >= r.decided_on)
    ]
    # a new role is a milestone that cannot wait, as a birthday cannot: it weighs a
    # subject's weight plus the birthday bonus (the one rule: weight x pressure)
    milestone = SUBJECT_WEIGHT + BIRTHDAY_BONUS
    return [replace(item, score=score(milestone, item.score / SUBJECT_WEIGHT))
            for item in subject_items(pending, as_of)]  # fmt: skip
