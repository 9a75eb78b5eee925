"""Networking ROI for a period (issue 16): the store counts, domain.roi does the arithmetic,
domain.roi_quality finds who first became a quality connection (domain.quality's rule)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from netgarden.domain.roi import (
    CONVERSION_DAYS,
    LedgerCounts,
    OppFact,
    Roi,
    Sent,
    default_since,
    roi,
)
from netgarden.domain.seed_templates import MEETING
from netgarden.domain.values import check_day
from netgarden.errors import InvalidValue

if TYPE_CHECKING:  # ROI also runs on a bare read-only unit (services/read_only.py)
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


def period(since: dt.date | None, until: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """The period asked for: up to ``until`` (default today), from ``since`` (default the
    twelve calendar months up to it)."""
    end = check_day(until, "until") if until else today
    start = check_day(since, "since") if since else default_since(end)
    if start > end:
        raise InvalidValue("since", f"{start.isoformat()} is after until ({end.isoformat()})")
    return start, end


def opportunity_facts(unit: Unit | ReadUnit) -> list[OppFact]:
    """Every opportunity as ROI counts it (reached interviews from its stage history)."""
    from netgarden.domain.opportunities import reached_interview

    history: dict[int, list[str]] = defaultdict(list)
    for opp_id, stage, _on in unit.opportunities.stages():
        history[opp_id].append(stage)
    return [
        OppFact(o.id, o.kind, o.channel, o.via_id, o.event_id, o.reaches_hm, o.opened_on,
                reached_interview(history[o.id]))
        for o in unit.opportunities.sourced()
    ]  # fmt: skip


def _ledger(unit: Unit | ReadUnit, since: dt.date, until: dt.date) -> tuple[LedgerCounts, int]:
    counts = unit.roi_stats.ledger_counts(since, until)

    def total(entry: str, kind: str | None = None) -> int:
        return sum(n for t, k, n in counts if t == entry and (kind is None or k == kind))

    made = LedgerCounts(total("give"), total("receive"), total("ask"), total("give", "knowledge"),
                        total("receive", "knowledge"))  # fmt: skip
    return made, total("give", "referral")


def quality_days(unit: Unit | ReadUnit, since: dt.date, until: dt.date) -> list[dt.date]:
    """The first quality days that fall in the period, one per contact: the derived rows
    (kept for the default strength weights), else each candidate's history scored again."""
    from netgarden.domain.roi_quality import first_quality_days
    from netgarden.domain.strength import Event, StrengthWeights

    weights = unit.preferences().strength_weights()
    if weights == StrengthWeights():
        return sorted(unit.roi_stats.quality_firsts(since, until))
    candidates = unit.roi_stats.quality_candidates(since, until)
    events: dict[int, list[Event]] = defaultdict(list)
    for row in unit.roi_stats.histories(candidates, until):
        events[row.contact_id].append(Event(row.on, row.kind, row.source, row.direction,
                                            row.replied))  # fmt: skip
    found = first_quality_days(events, until, weights)
    return sorted(day for day in found.values() if since <= day)


def roi_report(
    unit: Unit | ReadUnit,
    today: dt.date,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Roi:
    """Every ROI figure for the period (domain.roi's docstring says how each is counted)."""
    from netgarden.domain.outreach import MEETING_DAYS, REPLY_DAYS

    start, end = period(since, until, today)
    marked, open_people, first_met = [], [], {}
    for contact_id, many, replied, unmarked, met_on in unit.roi_stats.outreach(start, end, MEETING):
        marked.append((contact_id, many, replied))
        if unmarked:
            open_people.append(contact_id)
        if met_on is not None:
            first_met[contact_id] = met_on
    sent = [Sent(c, on, replied, asks == MEETING)
            for c, on, replied, asks in unit.roi_stats.sent_open(start, end, MEETING,
                                                                 open_people)]  # fmt: skip
    from_them: dict[int, list[dt.date]] = defaultdict(list)
    meetings: dict[int, list[dt.date]] = defaultdict(list)
    later = end + dt.timedelta(days=max(REPLY_DAYS, MEETING_DAYS))
    after = unit.roi_stats.after_sent(start, later, open_people) if open_people else []
    for contact_id, on, kind, _direction in sorted(tuple(row) for row in after):
        from_them[contact_id].append(on)
        if kind in MEETING_KINDS:
            meetings[contact_id].append(on)
    ledger, referrals_given = _ledger(unit, start, end)
    at_start, known = unit.roi_stats.known_days(start, end)
    return roi(
        start, end, sent, from_them, meetings, first_met, opportunity_facts(unit), ledger,
        referrals_given, quality_days(unit, start, end), known, at_start, marked,
    )  # fmt: skip


MEETING_KINDS = frozenset({"coffee", "meeting", "call", "video", "informational-interview"})
SEEN_AFTER = CONVERSION_DAYS  # an opportunity 90 days after the period still converts


def roi_fields(report: Roi) -> dict[str, Any]:
    """The report's documented fields, for the CLI's JSON and the API alike."""
    from netgarden.domain.roi import COLD_RATE, QUALITY_PER_YEAR
    from netgarden.domain.seed_texts import COLD_APPLYING, QUALITY_CONNECTIONS

    def rate(r: Any) -> dict[str, Any]:
        return {"part": r.part, "whole": r.whole, "rate": r.rate}

    def rows(found: Any) -> list[dict[str, Any]]:
        return [{"name": b.name, "opportunities": b.opportunities, "interviewed": b.interviewed,
                 "interview_rate": b.interview_rate} for b in found]  # fmt: skip

    r, led = report.referrals, report.ledger
    return {
        "since": report.since, "until": report.until,
        "response_rate": {"per_message": rate(report.response_per_message),
                          "per_person": rate(report.response_per_person)},
        "meeting_acceptance": rate(report.meeting_acceptance),
        "meeting_to_opportunity": rate(report.meeting_to_opportunity),
        "referrals": {"received": r.received, "per_month": r.per_month,
                      "reached_hiring_manager": r.reached_hm, "hiring_manager_unknown":
                      r.hm_unknown, "hiring_manager_rate": r.hm_rate,
                      "interviewed": r.interviewed, "interview_rate": r.interview_rate,
                      "given": r.given},
        "opportunities_by_kind": rows(report.by_kind),
        "opportunities_by_channel": rows(report.by_channel),
        "cold_application_benchmark": {"rate": COLD_RATE, "why": COLD_APPLYING.cited()},
        "knowledge": {"given": led.knowledge_given, "received": led.knowledge_received},
        "value": {"given": led.given, "received": led.received, "asked": led.asked,
                  "given_per_received": led.given_per_received,
                  "given_per_asked": led.given_per_asked},
        "quality_connections": {
            "new": report.quality_new, "per_year": report.quality_pace,
            "target_per_year": QUALITY_PER_YEAR, "why": QUALITY_CONNECTIONS.cited(),
            "months": [{"month": m.start.isoformat()[:7], "new": m.quality_new,
                        "total": m.quality_total} for m in report.months],
        },
        "network_growth": {
            "contacts_at_start": report.contacts_at_start, "new": report.contacts_new,
            "rate": report.growth_rate,
            "months": [{"month": m.start.isoformat()[:7], "new": m.contacts_new}
                       for m in report.months],
        },
    }  # fmt: skip
