"""The derived ``quality_firsts`` rows (issue 16): each contact's first quality day, folded
again with their strength tallies whenever their touches or ledger entries change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from netgarden.domain.strength import Event
from netgarden.store.scope import mine
from netgarden.store.tables_opps import QualityFirst


def refold(
    session: Session, workspace_id: int, contact_ids: Sequence[int],
    events: Mapping[int, Sequence[Event]],
) -> None:  # fmt: skip
    """Replace these contacts' first quality days with what ``events`` give."""
    from netgarden.domain.roi_quality import first_quality_days

    session.execute(
        delete(QualityFirst).where(
            mine(QualityFirst, workspace_id), QualityFirst.contact_id.in_(list(contact_ids))
        )
    )
    found = first_quality_days(events, dt.date.max)
    if found:
        session.connection().execute(
            insert(QualityFirst),
            [{"workspace_id": workspace_id, "contact_id": c, "first_on": d}
             for c, d in found.items()],
        )  # fmt: skip
