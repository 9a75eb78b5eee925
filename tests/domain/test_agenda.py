"""The agenda's rules, each with a known answer."""

import datetime as dt
from dataclasses import replace

from netgarden.domain.agenda import (
    AgendaItem,
    ContactState,
    PastTie,
    Reason,
    build_agenda,
    lapsed_candidates,
)
from netgarden.domain.cadence import effective_cadence, next_due_on
from netgarden.domain.preferences import Preferences
from netgarden.domain.values import Birthday, Circle

TODAY = dt.date(2026, 11, 22)
PREFS = Preferences()
LONG_AGO = dt.date(2020, 1, 1)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def person(
    id: int,
    circle: Circle = Circle.MIDDLE,
    last: int | None = None,
    year: int = 3,
    **extra: object,
) -> ContactState:
    state = ContactState(
        id=id,
        name=f"Person {id}",
        company=None,
        circle=circle,
        cadence_days=None,
        known_since=LONG_AGO,
        last_touch_on=None if last is None else days_ago(last),
        touches_last_year=year,
    )
    return replace(state, **extra)  # type: ignore[arg-type]


def agenda(*states: ContactState, **kw: object) -> list[AgendaItem]:
    return build_agenda(states, TODAY, kw.pop("prefs", PREFS), **kw)  # type: ignore[arg-type]


def test_circle_cadences_default_to_30_90_365_and_a_contact_cadence_wins() -> None:
    assert effective_cadence(Circle.INNER, None, PREFS) == 30
    assert effective_cadence(Circle.MIDDLE, None, PREFS) == 90
    assert effective_cadence(Circle.OUTER, None, PREFS) == 365
    assert effective_cadence(Circle.NONE, None, PREFS) is None
    assert effective_cadence(Circle.OUTER, 14, PREFS) == 14
    assert effective_cadence(Circle.NONE, 60, PREFS) == 60


def test_cadences_are_configurable() -> None:
    prefs = Preferences(cadence_inner=21)
    assert effective_cadence(Circle.INNER, None, prefs) == 21


def test_logging_a_touch_resets_the_clock() -> None:
    assert next_due_on(30, dt.date(2026, 11, 1), LONG_AGO) == dt.date(2026, 12, 1)
    assert next_due_on(30, None, dt.date(2026, 11, 1)) == dt.date(2026, 12, 1)
    before = agenda(person(1, Circle.INNER, last=40))
    after = agenda(person(1, Circle.INNER, last=0))
    assert [i.reason for i in before] == [Reason.OVERDUE]
    assert after == []


def test_inner_60_percent_past_ranks_before_outer_14_percent_past() -> None:
    inner = person(1, Circle.INNER, last=48)  # 18 days over 30: 60% past
    outer = person(2, Circle.OUTER, last=416, year=1)  # 51 days over 365: 14% past
    items = agenda(outer, inner)
    assert [i.contact_id for i in items] == [1, 2]
    assert items[0].days_overdue == 18
    assert items[1].days_overdue == 51
    assert "60% past" in items[0].why and "14% past" in items[1].why


def test_further_past_ranks_higher_within_a_circle() -> None:
    items = agenda(person(1, last=100), person(2, last=150))
    assert [i.contact_id for i in items] == [2, 1]


def test_a_per_contact_cadence_wins_over_the_circle() -> None:
    weekly = person(1, Circle.OUTER, last=10, cadence_days=7)
    [item] = agenda(weekly)
    assert item.reason is Reason.OVERDUE
    assert item.due_on == days_ago(3)
    assert item.days_overdue == 3


def test_due_within_the_window_and_not_before() -> None:
    [item] = agenda(person(1, Circle.INNER, last=28))
    assert item.reason is Reason.DUE
    assert item.due_on == TODAY + dt.timedelta(days=2)
    assert item.days_overdue == -2
    assert agenda(person(1, Circle.INNER, last=26)) == []


def test_due_today_is_due_not_overdue() -> None:
    [item] = agenda(person(1, Circle.INNER, last=30))
    assert (item.reason, item.days_overdue) == (Reason.DUE, 0)


def test_never_touched_contacts_are_due_a_cadence_after_we_met() -> None:
    met = person(1, Circle.INNER, last=None, known_since=days_ago(45), year=0)
    [item] = agenda(met)
    assert item.reason is Reason.OVERDUE
    assert item.days_overdue == 15
    assert "never touched" in item.why


def test_contacts_outside_any_circle_have_no_cadence() -> None:
    assert agenda(person(1, Circle.NONE, last=900, year=0)) == []


def test_birthdays_in_the_next_seven_days_including_across_the_year_end() -> None:
    new_year = dt.date(2026, 12, 29)
    friend = person(1, Circle.NONE, birthday=Birthday(1, 3, 1990))
    [item] = build_agenda([friend], new_year, PREFS)
    assert item.reason is Reason.BIRTHDAY
    assert item.due_on == dt.date(2027, 1, 3)
    assert item.days_overdue is None
    assert "turns 37" in item.why
    assert build_agenda([friend], dt.date(2026, 12, 26), PREFS) == []


def test_leap_day_birthday_shows_on_28_february() -> None:
    leap = person(1, Circle.NONE, birthday=Birthday(2, 29))
    [item] = build_agenda([leap], dt.date(2027, 2, 25), PREFS)
    assert item.due_on == dt.date(2027, 2, 28)


def test_todays_birthday_outranks_a_birthday_next_week() -> None:
    soon = person(1, Circle.NONE, birthday=Birthday(11, 29))
    now = person(2, Circle.NONE, birthday=Birthday(11, 22))
    assert [i.contact_id for i in agenda(soon, now)] == [2, 1]
    assert "birthday today" in agenda(now)[0].why


def test_three_touch_flags_close_relationships_with_fewer_than_three_touches() -> None:
    # middle circle with its own 200-day cadence: not overdue, yet only one touch this year
    [item] = agenda(person(1, Circle.MIDDLE, last=20, year=1, cadence_days=200))
    assert item.reason is Reason.THREE_TOUCH
    assert item.why.startswith("1 of 3 touches")
    assert agenda(person(1, Circle.MIDDLE, last=20, year=3, cadence_days=200)) == []


def test_three_touch_spares_the_outer_circle_and_new_relationships() -> None:
    assert agenda(person(1, Circle.OUTER, last=20, year=1)) == []
    new = person(1, Circle.INNER, last=5, year=1, known_since=days_ago(100))
    assert agenda(new) == []


def test_an_item_keeps_its_other_reasons() -> None:
    both = person(1, Circle.INNER, last=45, birthday=Birthday(11, 22))
    [item] = agenda(both)
    assert item.reason is Reason.BIRTHDAY
    assert item.also == (Reason.OVERDUE,)


def test_lapsed_ties_are_past_relationships_left_two_cadences() -> None:
    lapsed = person(1, Circle.OUTER, last=800, year=0)
    fresh = person(2, Circle.OUTER, last=400, year=1)
    assert lapsed_candidates([lapsed, fresh], TODAY, PREFS) == [1]
    items = agenda(lapsed, fresh, past_ties={1: PastTie(12, 10)})
    assert {i.contact_id: i.reason for i in items} == {1: Reason.LAPSED, 2: Reason.OVERDUE}
    item = next(i for i in items if i.contact_id == 1)
    assert "12 touches before, 10 two-way" in item.why
    assert "dormant" not in item.why


def test_only_a_few_lapsed_outer_ties_each_day_the_strongest_first() -> None:
    lapsed = [person(i, Circle.OUTER, last=800, year=0) for i in range(1, 8)]
    ties = {i: PastTie(i * 3, i * 2) for i in range(1, 8)}
    items = agenda(*lapsed, past_ties=ties)
    assert [i.contact_id for i in items] == [7, 6, 5]
    assert all(i.reason is Reason.LAPSED for i in items)
    counted = build_agenda(lapsed, TODAY, PREFS, ties, every_lapsed=True)
    assert len(counted) == 7


def test_lapsed_inner_and_middle_ties_are_never_hidden() -> None:
    """The issue's case: five inner contacts last touched 2026-09-01..05, seen on 11-21."""
    as_of = dt.date(2026, 11, 21)
    inner = [
        replace(person(i, Circle.INNER), last_touch_on=dt.date(2026, 9, i), touches_last_year=1)
        for i in range(1, 6)
    ]
    middle = person(6, Circle.MIDDLE, last=400, year=0)
    outer = [person(i, Circle.OUTER, last=900, year=0) for i in range(7, 12)]
    items = build_agenda([*inner, middle, *outer], as_of, PREFS)
    by_id = {i.contact_id: i for i in items}
    assert set(range(1, 7)) <= set(by_id)
    for contact_id in range(1, 7):
        assert by_id[contact_id].reason is Reason.OVERDUE
        assert by_id[contact_id].why.startswith("lapsed: more than 2 cadences untouched")
    assert sum(i.reason is Reason.LAPSED for i in items) == PREFS.lapsed_limit


def test_two_way_history_counts_more_than_unanswered_outreach() -> None:
    assert PastTie(10, 10).strength() > PastTie(10, 0).strength()
    assert PastTie(0, 0).strength() == 0
    assert PastTie(100, 100).strength() == 1


def test_snooze_hides_cadence_reasons_until_it_ends_but_not_birthdays() -> None:
    snoozed = person(1, Circle.INNER, last=50, snoozed_until=TODAY + dt.timedelta(days=3))
    assert agenda(snoozed) == []
    assert [i.reason for i in agenda(replace(snoozed, snoozed_until=TODAY))] == [Reason.OVERDUE]
    with_birthday = replace(snoozed, birthday=Birthday(11, 23))
    assert [i.reason for i in agenda(with_birthday)] == [Reason.BIRTHDAY]


def test_limit_keeps_the_most_important() -> None:
    states = [person(i, Circle.MIDDLE, last=90 + i) for i in range(1, 11)]
    items = agenda(*states, limit=3)
    assert [i.contact_id for i in items] == [10, 9, 8]


def test_ranking_is_deterministic_for_ties() -> None:
    a, b = person(2, last=100), person(1, last=100)
    assert [i.contact_id for i in agenda(a, b)] == [i.contact_id for i in agenda(b, a)]
