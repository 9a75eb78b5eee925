"""Queries event ROI is computed from: what became of the people met at each event, and how
their follow-up tasks went. Aggregated in SQL (2,000 events at 30,000 contacts). The
statements are built here; EventStats (event_stat_reads.py) runs them with or without
SQLAlchemy (store/reads.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, bindparam, case, func, select

from netgarden.store.event_stat_reads import MEETING_KINDS, EventStats
from netgarden.store.plan_tables import Plan, PlanPerson
from netgarden.store.reads import statement
from netgarden.store.tables import Event, EventPerson, Task, Touch, TouchParticipant

__all__ = ["MEETING_KINDS", "EventStats"]


def _ws() -> Any:
    return bindparam("ws")


@statement(())
def attended() -> Any:
    """Attended events up to ``as_of``, the latest first."""
    e = Event
    return (
        select(e.id, e.name, e.occurred_on, e.series, e.status, e.format, e.access, e.size)
        .where(e.workspace_id == _ws(), e.status == "attended",
               e.occurred_on <= bindparam("as_of"))
        .order_by(e.occurred_on.desc(), e.id.desc())
    )  # fmt: skip


@statement(())
def series() -> Any:
    """The series of every event."""
    return select(Event.series).where(Event.workspace_id == _ws()).distinct()


@statement(())
def after_meeting() -> Any:
    """(event_id, contact_id, first two-way touch after the event, first meeting touch
    after it) for everyone met at an attended event, up to ``as_of``."""
    ep, e, tp, t, ws = EventPerson, Event, TouchParticipant, Touch, _ws()
    return (
        select(
            ep.event_id,
            ep.contact_id,
            func.min(case((t.direction == "mutual", tp.occurred_on))),
            func.min(case((t.kind.in_(MEETING_KINDS), tp.occurred_on))),
        )
        .join(e, (e.id == ep.event_id) & (e.workspace_id == ws))
        .outerjoin(
            tp,
            and_(
                tp.contact_id == ep.contact_id,
                tp.workspace_id == ws,
                tp.occurred_on > e.occurred_on,
                tp.occurred_on <= bindparam("as_of"),
            ),
        )
        .outerjoin(t, (t.id == tp.touch_id) & (t.workspace_id == ws))
        .where(ep.workspace_id == ws, ep.role == "met", e.status == "attended")
        .group_by(ep.event_id, ep.contact_id)
    )


@statement(())
def planned_after() -> Any:
    """(event_id, contact_id, first plan after the event) for people met there."""
    ep, e, ws = EventPerson, Event, _ws()
    return (
        select(ep.event_id, ep.contact_id, func.min(Plan.planned_on))
        .join(e, (e.id == ep.event_id) & (e.workspace_id == ws))
        .join(PlanPerson, (PlanPerson.contact_id == ep.contact_id)
              & (PlanPerson.workspace_id == ws))
        .join(Plan, (Plan.id == PlanPerson.plan_id) & (Plan.workspace_id == ws))
        .where(ep.workspace_id == ws, ep.role == "met", Plan.status != "cancelled",
               Plan.planned_on > e.occurred_on)
        .group_by(ep.event_id, ep.contact_id)
    )  # fmt: skip


@statement(())
def task_compliance() -> Any:
    """Per event: (tasks due by ``as_of``, of them done on or before their due day)."""
    return (
        select(Task.event_id, func.count(),
               func.sum(case((Task.done_on <= Task.due_on, 1), else_=0)))
        .where(Task.workspace_id == _ws(), Task.event_id.is_not(None),
               Task.due_on <= bindparam("as_of"))
        .group_by(Task.event_id)
    )  # fmt: skip


@statement(())
def roles() -> Any:
    """(event_id, contact_id, role) of targets and people met."""
    return select(EventPerson.event_id, EventPerson.contact_id, EventPerson.role).where(
        EventPerson.workspace_id == _ws(), EventPerson.role.in_(("met", "target"))
    )
