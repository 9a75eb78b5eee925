"""Meetings still to come in an imported calendar become planned meetings (issue 12's
plans, issue 17's calendars): the next occurrence of each UID, with the people in it who
were contacts before the import. Once: a re-import finds the plan by its key and adds
nothing; a moved meeting moves the plan (day, kind, title, people) while it is planned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from netgarden.domain.plans import PLAN_KINDS, PlanStatus
from netgarden.formats.records import PersonRef, PlanRecord
from netgarden.services.database import Unit


def plan_meetings(
    unit: Unit,
    records: Sequence[PlanRecord],
    known: Callable[[PersonRef], int | None],
    now: dt.datetime,
) -> tuple[int, int]:
    """(plans made, plans moved) for these meetings; people the import itself created are
    not planned with (a stand-in id), nor meetings with nobody known."""
    kinds = {k.value for k in PLAN_KINDS}
    have = unit.plans.by_source_keys([r.source_key for r in records])
    made = moved = 0
    for record in records:
        people = list(dict.fromkeys(c for c in map(known, record.people) if c and c > 0))
        if not people:
            continue
        kind = record.kind if record.kind in kinds else "meeting"
        plan = have.get(record.source_key)
        if plan is None:
            unit.plans.insert(kind, record.planned_on, record.note, people, now, record.source_key)
            made += 1
            continue
        if plan.status != PlanStatus.PLANNED.value:
            continue  # confirmed or cancelled: the user's word stands
        had = sorted(c for c, _ in unit.plans.people([plan.id]).get(plan.id, []))
        if (plan.planned_on, plan.kind, plan.note, had) == (
            record.planned_on, kind, record.note, sorted(people),
        ):  # fmt: skip
            continue
        changes = {"planned_on": record.planned_on, "kind": kind, "note": record.note}
        unit.plans.update(plan.id, changes, now)
        unit.plans.set_people(plan.id, people)
        moved += 1
    return made, moved
