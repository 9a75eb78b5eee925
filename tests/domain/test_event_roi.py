"""Event ROI and series verdicts on hand-made histories (seeds/004: keep the series that
give you valuable people; "I actually stopped going to their events after the third
event")."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.event_roi import EventFacts, MetPerson, event_roi, series_verdicts

D = dt.date


def _event(eid: int, on: dt.date, met: tuple[MetPerson, ...], series: str = "S",
           **kw: object) -> EventFacts:  # fmt: skip
    return EventFacts(eid, f"E{eid}", on, series, "attended", "lecture", kw.get("access"),  # type: ignore[arg-type]
                      kw.get("size"), met, frozenset(kw.get("targets", ())),  # type: ignore[arg-type]
                      int(kw.get("due", 0)), int(kw.get("on_time", 0)))  # type: ignore[call-overload]  # fmt: skip


def test_an_event_is_pending_until_the_window_has_passed() -> None:
    event = _event(1, D(2026, 1, 9), (MetPerson(7, D(2026, 1, 20)),))
    pending = event_roi(event, D(2026, 4, 8), 90)
    assert (pending.status, pending.alive, pending.ripe_on) == ("pending", None, D(2026, 4, 9))
    ripe = event_roi(event, D(2026, 4, 9), 90)
    assert (ripe.status, ripe.alive) == ("ripe", 1)


def test_alive_means_two_way_contact_after_the_day_and_within_the_window() -> None:
    met = (
        MetPerson(1, D(2026, 4, 10)),  # day 90: alive
        MetPerson(2, D(2026, 4, 11)),  # day 91: too late
        MetPerson(3, None),
        MetPerson(4, D(2026, 2, 1), D(2026, 2, 1)),  # a coffee: alive and a meeting
    )
    roi = event_roi(_event(1, D(2026, 1, 10), met, targets={1, 9}, due=6, on_time=4),
                    D(2026, 6, 1), 90)  # fmt: skip
    assert (roi.people_met, roi.alive, roi.meetings_scheduled) == (4, 2, 1)
    assert (roi.targets, roi.targets_met, roi.compliance) == (2, 1, 0.667)


def test_three_events_with_nobody_alive_after_90_days_is_drop() -> None:
    events = [
        _event(i, D(2026, m, 5), (MetPerson(10 + i, None),), "Hyped", access="open", size=300)
        for i, m in ((1, 1), (2, 2), (3, 3))
    ]
    (verdict,) = series_verdicts(event_roi(e, D(2026, 9, 1), 90) for e in events)
    assert (verdict.verdict, verdict.label, verdict.events) == ("drop", "drop", 3)
    assert "after the third event" in verdict.why.text
    assert (verdict.formats, verdict.access, verdict.sizes) == (("lecture",), ("open",), (300,))


def test_two_events_with_two_later_coffees_is_keep() -> None:
    events = [
        _event(1, D(2026, 1, 5), (MetPerson(1, D(2026, 1, 20), D(2026, 1, 20)),), "Lenny's"),
        _event(2, D(2026, 2, 5), (MetPerson(2, D(2026, 3, 1), D(2026, 3, 1)),), "Lenny's"),
    ]
    (verdict,) = series_verdicts(event_roi(e, D(2026, 9, 1), 90) for e in events)
    assert (verdict.verdict, verdict.alive, verdict.events) == ("keep", 2, 2)


def test_one_event_is_keep_exploring_one_of_three() -> None:
    (verdict,) = series_verdicts([event_roi(_event(1, D(2026, 1, 5), ()), D(2026, 9, 1), 90)])
    assert (verdict.verdict, verdict.label) == ("keep-exploring", "keep exploring (1 of 3 events)")


def test_three_events_still_pending_are_not_dropped_yet() -> None:
    events = [_event(i, D(2026, 8, i), ()) for i in (1, 2, 3)]
    (verdict,) = series_verdicts(event_roi(e, D(2026, 9, 1), 90) for e in events)
    assert verdict.label == "keep exploring (3 of 3 events)" and verdict.ripe == 0


def test_events_without_a_series_get_no_verdict() -> None:
    assert series_verdicts([event_roi(_event(1, D(2026, 1, 5), (), None), D(2026, 9, 1))]) == []
