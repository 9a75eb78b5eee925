"""Listing follow-up tasks (part of TaskRepo, and of the read-only unit's ``tasks``); the
statement is in tasks.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of


class TaskRow(NamedTuple):
    """A task with its contact's and event's names."""

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
    note: str | None
    about_id: int | None
    touch_id: int | None


class TaskReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def listing(
        self,
        *,
        open_only: bool = False,
        contact_id: int | None = None,
        event_id: int | None = None,
        active_only: bool = False,
    ) -> list[TaskRow]:
        """Tasks with their contact's and event's names, by due day then id. ``active_only``
        leaves out archived contacts' tasks (the agenda has no place for them)."""
        params: dict[str, Any] = {"ws": self.workspace_id}
        if contact_id is not None:
            params["contact_id"] = contact_id
        if event_id is not None:
            params["event_id"] = event_id
        shape = (open_only, contact_id is not None, event_id is not None, active_only)
        rows = reader_of(self.session).rows("tasks:listing", shape, params)
        return [TaskRow._make(row) for row in rows]
