"""The numbers of the "Professional Network" area note (issue 15; seeds/000's shape): the
circles, the quarter's goals, the success metrics and this period's practices."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.values import CIRCLE_TARGETS
from netgarden.formats.area_note import AreaFacts, GoalLine
from netgarden.services.database import Unit


def area_facts(unit: Unit, today: dt.date, inner: list[str]) -> AreaFacts:
    """What the area note says as of ``today``; ``inner`` are the inner circle's note names."""
    from netgarden.services.goals import goal_progress
    from netgarden.services.periods import period_review

    reviews = [period_review(unit, p, today) for p in ("week", "month", "quarter")]
    quarter = reviews[2]
    circles = unit.practice.circles()
    start = quarter.start
    goals = [
        GoalLine(g.title, g.value, g.target, g.status == "done", g.pace.split(" as of ")[0],
                 g.seed)
        for g in goal_progress(unit, today)
        if g.period_end >= start and g.period_start <= quarter.end
    ]  # fmt: skip
    pairs = unit.goal_facts.touches(start, today)
    ledger = unit.practice.ledger_between(start, today)
    received = [r for r in unit.ledger.entries(since=start) if r.entry_type == "receive"
                and start <= r.occurred_on <= today]  # fmt: skip
    return AreaFacts(
        today=today,
        circles=[(c.value, len(circles.get(c.value, [])), n) for c, n in CIRCLE_TARGETS.items()],
        uncircled=len(circles.get("none", [])),
        archived=unit.contacts.count() - sum(len(ids) for ids in circles.values()),
        inner=inner,
        goals=goals,
        quarter_title=quarter.title,
        new_people=len(unit.goal_facts.people_added(start, today)),
        touches_quarter=len({t.touch_id for t in pairs}),
        people_touched=len({t.contact_id for t in pairs}),
        given=ledger.get("give", 0),
        received=ledger.get("receive", 0),
        asked=ledger.get("ask", 0),
        introductions_received=sum(1 for r in received if r.kind == "introduction"),
        referrals_received=sum(1 for r in received if r.kind == "referral"),
        reviews=reviews,
    )
