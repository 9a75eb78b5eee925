"""ROI arithmetic (domain.roi) with exact answers, and the fast first-quality-day scan
(domain.roi_quality) against domain.quality's rule on random histories."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from netgarden.domain import quality, roi_quality
from netgarden.domain.roi import (
    LedgerCounts,
    OppFact,
    Rate,
    Sent,
    breakdown,
    default_since,
    month_starts,
    roi,
)
from netgarden.domain.strength import Event

D = dt.date
NOV = (D(2026, 11, 1), D(2026, 11, 30))


def opp(i: int, kind: str, channel: str | None, via: int | None = None, on: int = 10,
        hm: bool | None = None, interviewed: bool = False) -> OppFact:  # fmt: skip
    return OppFact(i, kind, channel, via, None, hm, D(2026, 11, on), interviewed)


def test_a_month_with_known_replies_meetings_and_one_opportunity() -> None:
    sent = [
        Sent(1, D(2026, 11, 2), True, asks_meeting=True),  # replied, then met on the 9th
        Sent(2, D(2026, 11, 3), None, asks_meeting=True),  # they wrote back on the 10th
        Sent(3, D(2026, 11, 4), False),  # marked no reply
        Sent(3, D(2026, 11, 20), None),  # nothing within 14 days
    ]
    from_them = {2: [D(2026, 11, 10)]}
    meetings = {1: [D(2026, 11, 9)]}
    first_met = {1: D(2026, 11, 9), 4: D(2026, 11, 12)}
    opps = [opp(1, "job", "network", via=1, on=25, hm=True, interviewed=True)]
    ledger = LedgerCounts(given=6, received=2, asked=3, knowledge_given=2, knowledge_received=1)
    report = roi(*NOV, sent, from_them, meetings, first_met, opps, ledger, 1,
                 [D(2026, 11, 9)], [D(2026, 11, 5), D(2026, 10, 1)], 10)  # fmt: skip
    assert (report.response_per_message, report.response_per_message.rate) == (Rate(2, 4), 0.5)
    assert report.response_per_person == Rate(2, 3)
    assert report.meeting_acceptance == Rate(1, 2)
    assert (report.meeting_to_opportunity, report.meeting_to_opportunity.rate) == (Rate(1, 2),
                                                                                   0.5)  # fmt: skip
    r = report.referrals
    assert (r.received, r.reached_hm, r.interviewed, r.given, r.hm_rate) == (1, 1, 1, 1, 1.0)
    assert (report.ledger.given_per_received, report.ledger.given_per_asked) == (3.0, 2.0)
    assert [(m.start, m.quality_new, m.contacts_new) for m in report.months] == [
        (D(2026, 11, 1), 1, 1)
    ]
    assert (report.quality_new, report.quality_pace) == (1, 12.2)
    assert (report.contacts_new, report.growth_rate) == (1, 0.1)


def test_an_opportunity_later_than_90_days_does_not_convert() -> None:
    late = [OppFact(1, "job", "network", 1, None, None, D(2027, 2, 8), False)]
    report = roi(*NOV, [], {}, {}, {1: D(2026, 11, 9)}, late,
                 LedgerCounts(0, 0, 0, 0, 0), 0, [], [], 0)  # fmt: skip
    assert report.meeting_to_opportunity == Rate(0, 1)
    assert report.growth_rate is None and report.response_per_message.rate is None


def test_cold_applications_against_network_referrals_by_interview_rate() -> None:
    opps = [opp(i, "job", "cold-application", interviewed=i == 0) for i in range(50)]
    opps += [opp(100 + i, "job", "network", via=i + 1, interviewed=i < 3) for i in range(5)]
    rows = {b.name: (b.opportunities, b.interviewed, b.interview_rate)
            for b in breakdown(opps, "channel")}  # fmt: skip
    assert rows == {"cold-application": (50, 1, 0.02), "network": (5, 3, 0.6)}
    report = roi(*NOV, [], {}, {}, {}, opps, LedgerCounts(0, 0, 0, 0, 0), 0, [], [], 0)
    assert (report.referrals.received, report.referrals.interview_rate) == (5, 0.6)
    assert [b.name for b in report.by_kind] == ["job"]


def test_months_of_a_period_and_the_default_twelve() -> None:
    assert default_since(D(2026, 11, 22)) == D(2025, 12, 1)
    assert default_since(D(2026, 3, 2)) == D(2025, 4, 1)
    assert month_starts(D(2025, 12, 15), D(2026, 2, 1)) == [
        D(2025, 12, 1), D(2026, 1, 1), D(2026, 2, 1),
    ]  # fmt: skip


def test_a_contact_counts_in_the_month_their_strength_first_reached_40() -> None:
    # a coffee in September (strength 33), another in October: 40 reached on Oct 3
    events = [Event(D(2026, 9, 20), "coffee"), Event(D(2026, 10, 3), "coffee")]
    assert quality.strength(events[:1], D(2026, 9, 20)).score == 33
    assert roi_quality.first_quality_day(events, D(2026, 11, 30)) == D(2026, 10, 3)
    report = roi(D(2026, 9, 1), D(2026, 11, 30), [], {}, {}, {}, [],
                 LedgerCounts(0, 0, 0, 0, 0), 0, [D(2026, 10, 3)], [], 0)  # fmt: skip
    assert [m.quality_new for m in report.months] == [0, 1, 0]
    assert [m.quality_total for m in report.months] == [0, 1, 1]


KINDS = st.sampled_from(["coffee", "message", "email", "call", "meeting", "other"])
EVENTS = st.lists(
    st.builds(
        Event,
        st.dates(D(2019, 1, 1), D(2026, 11, 30)),
        KINDS,
        st.sampled_from(["touch", "touch", "touch", "give", "ask"]),
        st.sampled_from(["out", "in", "mutual"]),
        st.sampled_from([None, True, False]),
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(EVENTS)
def test_the_fast_scan_finds_the_same_first_quality_day(events: list[Event]) -> None:
    until = D(2026, 11, 30)
    assert roi_quality.first_quality_day(events, until) == quality.first_quality_day(events, until)
