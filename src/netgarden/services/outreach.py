"""The outreach report (per template: sent, response rate, meeting acceptance) and marking
whether a logged message was replied to."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from netgarden.domain.outreach import Later, Sent, TemplateOutcome, outcomes
from netgarden.domain.values import MAX_ID
from netgarden.errors import InvalidValue, NotFound
from netgarden.services.database import Unit


@dataclass(frozen=True)
class Replied:
    """A touch whose reply was marked: its id, template (if any) and the mark."""

    touch_id: int
    template_key: str | None
    replied: bool | None


def outreach_report(
    unit: Unit, since: dt.date | None = None, until: dt.date | None = None
) -> list[TemplateOutcome]:
    """Each template's numbers for the messages sent between ``since`` and ``until``."""
    if since and until and since > until:
        raise InvalidValue("since", f"{since.isoformat()} is after until ({until.isoformat()})")
    sent = [Sent(t, c, on, key, asks, replied)
            for t, c, on, key, asks, replied in unit.templates.sent(since, until)]  # fmt: skip
    if not sent:
        return []
    later: dict[int, list[Later]] = defaultdict(list)
    first = min(one.on for one in sent)
    for contact_id, touch_id, on, kind, direction in unit.templates.touches_with(
        [one.contact_id for one in sent], first
    ):
        later[contact_id].append(Later(touch_id, on, kind, direction))
    return outcomes(sent, later)


REPLIES = {"yes": True, "no": False, "unknown": None}


def mark_replied(unit: Unit, touch_id: int, answer: str) -> Replied:
    """Mark a logged touch replied (``yes``), not replied (``no``, which the report keeps
    as no even if they write later) or ``unknown``."""
    word = answer.strip().lower()
    if word not in REPLIES:
        raise InvalidValue("replied", f"{answer!r} is not one of {', '.join(REPLIES)}")
    found = unit.templates.touch(touch_id) if 1 <= touch_id <= MAX_ID else None
    if found is None:
        raise NotFound("touch", touch_id)
    unit.templates.set_replied(touch_id, REPLIES[word])
    return Replied(touch_id, found.template_key, REPLIES[word])
