"""Introduction requests from teammates waiting for my answer, on my agenda (issue 19; the
rest of teams is services/teams.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from netgarden.domain.agenda_items import AgendaItem, Subject, SubjectType
from netgarden.domain.agenda_subjects import Pending, subject_items
from netgarden.store.team_reads import TeamReads

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit

ASK_WAIT_DAYS = 7  # an introduction request presses harder for a week, then stays on top


def ask_items(unit: Unit | ReadUnit, as_of: dt.date) -> list[AgendaItem]:
    """Introduction requests waiting for this workspace's answer, as agenda items."""
    waiting = TeamReads(unit.session).waiting(unit.workspace_id)
    return subject_items(
        (
            Pending(
                subject=Subject(SubjectType.TEAM_ASK, row.id),
                contact_id=row.contact_id,
                name=row.contact_name,
                due_on=min(row.asked_on, as_of),
                period=ASK_WAIT_DAYS,
                why=f"{row.from_email} ({row.team}) asks you for an introduction to "
                f"{row.contact_name}" + (f": {row.message}" if row.message else ""),
            )
            for row in waiting
        ),
        as_of,
    )
