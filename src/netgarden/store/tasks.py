"""Queries on follow-up tasks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from netgarden.store.reads import statement
from netgarden.store.scope import mine, require_contacts
from netgarden.store.tables import Contact, Event, Task
from netgarden.store.task_reads import TaskReads, TaskRow

_CHUNK = 500


FLAGS = (False, True)


@statement(*[(o, c, e, a) for o in FLAGS for c in FLAGS for e in FLAGS for a in FLAGS])
def listing(open_only: bool, contact: bool, event: bool, active_only: bool) -> Any:
    """Tasks with their contact's and event's names, by due day then id: open ones only, a
    ``contact_id``'s, an ``event_id``'s, active contacts' only (as the shape says)."""
    ws: Any = bindparam("ws")
    query = (
        select(*(getattr(Task, name) for name in TaskRow._fields[:4]),
               Contact.name.label("name"), Task.event_id, Event.name.label("event_name"),
               *(getattr(Task, name) for name in TaskRow._fields[7:]))
        .join(Contact, (Contact.id == Task.contact_id) & (Contact.workspace_id == ws))
        .outerjoin(Event, (Event.id == Task.event_id) & (Event.workspace_id == ws))
        .where(Task.workspace_id == ws)
    )  # fmt: skip
    if open_only:
        query = query.where(Task.done_on.is_(None))
    if contact:
        query = query.where(Task.contact_id == bindparam("contact_id"))
    if event:
        query = query.where(Task.event_id == bindparam("event_id"))
    if active_only:
        query = query.where(Contact.archived_at.is_(None))
    return query.order_by(Task.due_on, Task.id)


class TaskRepo(TaskReads):
    session: Session

    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def insert_many(self, rows: Sequence[dict[str, Any]], now: dt.datetime) -> list[int]:
        """Write tasks (kind, rule, contact_id, event_id, since, due_on); their ids, in order."""
        require_contacts(self.session, self.workspace_id, [row["contact_id"] for row in rows])
        return [
            int(
                self.session.execute(
                    insert(Task)
                    .values(workspace_id=self.workspace_id, created_at=now, **row)
                    .returning(Task.id)
                ).scalar_one()
            )
            for row in rows
        ]

    def forget_touch(self, touch_id: int, rules: Sequence[str]) -> list[int]:
        """A touch was undone: the tasks ``rules`` made from it go, and report-backs it
        started wait again. Returns the ids of the tasks removed."""
        made = list(
            self.session.scalars(
                select(Task.id).where(
                    self._mine(Task), Task.touch_id == touch_id, Task.rule.in_(list(rules))
                )
            )
        )
        if made:
            self.session.execute(delete(Task).where(self._mine(Task), Task.id.in_(made)))
        self.session.execute(
            update(Task)
            .where(self._mine(Task), Task.touch_id == touch_id, Task.kind == "report-back")
            .values(touch_id=None)
        )
        return made

    def waiting_report_backs(self, newcomers: Iterable[int]) -> Sequence[Any]:
        """Open report-back tasks still waiting for a first two-way touch with a newcomer."""
        return self.session.execute(
            select(Task.id, Task.about_id).where(
                self._mine(Task),
                Task.kind == "report-back",
                Task.done_on.is_(None),
                Task.touch_id.is_(None),
                Task.about_id.in_(sorted(set(newcomers))),
            )
        ).all()

    def start(self, task_id: int, touch_id: int, since: dt.date, due_on: dt.date) -> None:
        """A waiting task starts: the touch it waited for, its day and its due day."""
        self.session.execute(
            update(Task)
            .where(self._mine(Task), Task.id == task_id)
            .values(touch_id=touch_id, since=since, due_on=due_on)
        )

    def get(self, task_id: int) -> Task | None:
        return self.session.execute(
            select(Task).where(self._mine(Task), Task.id == task_id)
        ).scalar_one_or_none()

    def exists(self, contact_id: int, event_id: int | None, rule: str) -> bool:
        """Whether this rule already made tasks for this person at this event."""
        event = Task.event_id.is_(None) if event_id is None else Task.event_id == event_id
        return (
            self.session.scalar(
                select(Task.id)
                .where(self._mine(Task), Task.contact_id == contact_id, event, Task.rule == rule)
                .limit(1)
            )
            is not None
        )

    def two_way_before(self, contact_ids: Iterable[int], touch_id: int) -> dict[int, int]:
        """How many two-way touches each contact had other than ``touch_id`` (a first
        meeting is one with none)."""
        from sqlalchemy import func

        from netgarden.store.tables import Touch, TouchParticipant

        wanted = sorted(set(contact_ids))
        rows = self.session.execute(
            select(TouchParticipant.contact_id, func.count())
            .join(Touch, (Touch.id == TouchParticipant.touch_id) & self._mine(Touch))
            .where(
                self._mine(TouchParticipant),
                TouchParticipant.contact_id.in_(wanted),
                Touch.direction == "mutual",
                Touch.id != touch_id,
            )
            .group_by(TouchParticipant.contact_id)
        ).all()
        found = dict.fromkeys(wanted, 0)
        found.update({int(c): int(n) for c, n in rows})
        return found

    def open_for(self, contact_ids: Iterable[int]) -> Sequence[Any]:
        """(id, kind, contact_id, since) of the open tasks of these contacts."""
        wanted = sorted(set(contact_ids))
        found: list[Any] = []
        for start in range(0, len(wanted), _CHUNK):
            found += self.session.execute(
                select(Task.id, Task.kind, Task.contact_id, Task.since, Task.touch_id).where(
                    self._mine(Task),
                    Task.done_on.is_(None),
                    Task.contact_id.in_(wanted[start : start + _CHUNK]),
                )
            ).all()
        return found

    def close(self, task_ids: Iterable[int], on: dt.date, by: str) -> None:
        ids = sorted(set(task_ids))
        for start in range(0, len(ids), _CHUNK):
            self.session.execute(
                update(Task)
                .where(self._mine(Task), Task.id.in_(ids[start : start + _CHUNK]))
                .values(done_on=on, done_by=by)
            )

    def reopen(self, by: str) -> list[int]:
        """Open again the tasks that ``by`` (``touch #12``) closed; returns their ids."""
        ids = list(
            self.session.scalars(select(Task.id).where(self._mine(Task), Task.done_by == by))
        )
        if ids:
            self.session.execute(
                update(Task)
                .where(self._mine(Task), Task.id.in_(ids))
                .values(done_on=None, done_by=None)
            )
        return ids

    def move(self, other: int, keep: int) -> None:
        """Give ``keep`` the tasks of ``other`` (a merge); where a rule made tasks for both at
        the same event, ``keep``'s stay and ``other``'s go."""
        require_contacts(self.session, self.workspace_id, [other, keep])
        held = select(Task.event_id, Task.rule).where(
            self._mine(Task), Task.contact_id == keep, Task.event_id.is_not(None)
        )
        self.session.execute(
            delete(Task).where(
                self._mine(Task),
                Task.contact_id == other,
                tuple_(Task.event_id, Task.rule).in_(held),
            )
        )
        self.session.execute(
            update(Task).where(self._mine(Task), Task.contact_id == other).values(contact_id=keep)
        )

    def _mine(self, model: Any) -> Any:
        return mine(model, self.workspace_id)
