"""The demo's opportunities (issue 16): one or more in every stage, sourced through people
met at events, at events, inbound and through recruiters, and a run of cold applications
beside the network's referrals, so the board and every line of ROI have data."""

from __future__ import annotations

import datetime as dt
import random

from netgarden.services.database import Unit
from netgarden.services.events import list_events
from netgarden.services.opportunities import (
    OppInput,
    add_opportunity,
    move_opportunity,
    share_opportunity,
)

# title, kind, source (via a person met at an event, at an event, or a channel), reaches the
# hiring manager, days ago it opened, then (stage, days ago) moves
PLAN: tuple[tuple[str, str, str, bool | None, int, tuple[tuple[str, int], ...]], ...] = (
    (
        "Senior Product Manager",
        "job",
        "via",
        True,
        75,
        (("pursuing", 70), ("interviewing", 55), ("offer", 20)),
    ),
    (
        "Staff PM (referral)",
        "referral",
        "via",
        True,
        120,
        (("pursuing", 110), ("interviewing", 95), ("won", 60)),
    ),
    ("Group PM (referral)", "referral", "via", False, 150, (("pursuing", 140), ("lost", 120))),
    ("Talk on discovery interviews", "speaking", "event", None, 200, (("won", 170),)),
    ("Joint research project", "collaboration", "via", None, 12, ()),
    ("Guest post on the product blog", "writing", "inbound", None, 90, (("withdrawn", 80),)),
    ("Advisory client project", "client", "recruiter", None, 40, (("interviewing", 25),)),
    ("Mentor two junior PMs", "mentoring", "via", None, 30, (("pursuing", 20),)),
    ("Product lead, stealth startup", "job", "via", None, 8, ()),
    ("Pre-seed intro to an investor", "investor", "event", None, 100, (("lost", 60),)),
)
QUARTER = dt.timedelta(days=90)
COLD = 12  # cold applications: one reaches an interview (seeds/004: about 1%)


def plant_opportunities(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """Opportunities on a demo network as of ``end``; returns how many (0: too small)."""
    rng = random.Random(seed + 1616)
    events = [e for e in list_events(unit, status="attended") if e.met]
    met = sorted({p.contact_id for e in events for p in unit.events.people(e.id)
                  if p.role == "met"})  # fmt: skip
    if len(events) < 2 or len(met) < 4:
        return 0
    first_met = unit.roi_stats.first_met(end - dt.timedelta(days=400), end)
    made = 0
    for title, kind, source, hm, ago, moves in PLAN:
        data = OppInput(title, kind, reaches_hm=hm, on=(end - dt.timedelta(days=ago)).isoformat())
        opened = end - dt.timedelta(days=ago)
        if source == "via":  # someone met in the 90 days before, else someone met at an event
            recent = [
                c for c, day in sorted(first_met.items()) if opened - QUARTER <= day <= opened
            ]
            via = rng.choice(recent or met)
            data.via = via
            if kind in ("job", "referral"):  # at the company of the person it came through
                data.company = unit.contacts.briefs([via])[via].company
        elif source == "event":
            data.event = rng.choice(events).id
        else:
            data.channel = source
        opp = add_opportunity(unit, data, now, end).opportunity
        for stage, days in moves:
            move_opportunity(
                unit, opp.id, stage, end, now, (end - dt.timedelta(days=days)).isoformat()
            )
        made += 1
    for n in range(COLD):
        opened = end - dt.timedelta(days=20 + 25 * n)
        title = f"Product Manager (applied online #{n + 1})"
        data = OppInput(title, "job", channel="cold-application", on=opened.isoformat())
        opp = add_opportunity(unit, data, now, end).opportunity
        last = "interviewing" if n == 3 else "lost"
        day = (opened + dt.timedelta(days=14)).isoformat()
        move_opportunity(unit, opp.id, last, end, now, day)
        made += 1
    _share_open_job(unit, end, now)
    return made


def _share_open_job(unit: Unit, end: dt.date, now: dt.datetime) -> None:
    """Pass the open job to the first person suggested (laid off first, when there is one)."""
    from netgarden.services.opportunities import list_opportunities, show_opportunity

    for opp in list_opportunities(unit, "open"):
        suggestions = show_opportunity(unit, opp.id, end).suggestions
        if opp.kind == "job" and suggestions:
            share_opportunity(unit, opp.id, suggestions[0].contact_id, end, now)
            return
