"""Response rate and meeting acceptance per template, on the issue's hand-made month."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.outreach import Later, Sent, answered, meeting_followed, outcomes

NOV = dt.date(2026, 11, 2)


def _sent(n: int, replied: bool | None, asks: str = "meeting", key: str = "cold") -> Sent:
    return Sent(n, 100 + n, NOV + dt.timedelta(days=n), key, asks, replied)


def test_the_hand_made_month() -> None:
    """Ten cold messages: three replied, three no reply, four unknown of which one got an
    incoming message within 14 days; two followed by a coffee within 30 days."""
    sent = [_sent(n, True) for n in (1, 2, 3)]
    sent += [_sent(n, False) for n in (4, 5, 6)]
    sent += [_sent(n, None) for n in (7, 8, 9, 10)]
    later = {
        101: [Later(51, NOV + dt.timedelta(days=20), "coffee", "mutual")],  # 19 days on
        102: [Later(52, NOV + dt.timedelta(days=32), "coffee", "mutual")],  # 30 days on
        # "no reply" stays no, even when they write later
        104: [Later(54, NOV + dt.timedelta(days=6), "message", "in")],
        107: [Later(57, NOV + dt.timedelta(days=21), "email", "in")],  # 14 days on
        # my own second message is not an answer; a message 15 days on is too late
        108: [Later(58, NOV + dt.timedelta(days=9), "message", "out")],
        109: [Later(59, NOV + dt.timedelta(days=24), "message", "in")],
        # a coffee after 31 days is no acceptance
        103: [Later(53, NOV + dt.timedelta(days=34), "coffee", "mutual")],
    }
    [cold] = outcomes(sent, later)
    assert (cold.template_key, cold.sent, cold.answered) == ("cold", 10, 4)
    assert cold.response_rate == 0.4
    assert (cold.meeting_requests, cold.meetings) == (10, 2)
    assert cold.meeting_acceptance == 0.2


def test_a_meeting_within_14_days_answers_an_unknown() -> None:
    one = _sent(1, None)
    assert answered(one, [Later(9, one.on + dt.timedelta(days=14), "call", "out")])
    assert not answered(one, [Later(9, one.on + dt.timedelta(days=15), "call", "out")])
    # the message itself is not its own answer
    assert not answered(one, [Later(1, one.on, "message", "in")])


def test_acceptance_counts_only_meeting_requests() -> None:
    asks_intro = _sent(1, True, asks="introduction", key="intro-request")
    coffee = {101: [Later(9, asks_intro.on + dt.timedelta(days=3), "coffee", "mutual")]}
    [intro] = outcomes([asks_intro], coffee)
    assert (intro.meeting_requests, intro.meeting_acceptance) == (0, None)
    assert meeting_followed(asks_intro, coffee[101])


def test_templates_are_reported_apart_in_key_order() -> None:
    rows = outcomes([_sent(1, True, key="mentor"), _sent(2, False, key="cold")], {})
    assert [(r.template_key, r.response_rate) for r in rows] == [("cold", 0.0), ("mentor", 1.0)]
    assert outcomes([], {}) == []
