"""Properties of the domain rules, over generated inputs."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netgarden.domain.agenda import ContactState, Reason, build_agenda
from netgarden.domain.preferences import Preferences
from netgarden.domain.values import Birthday, Circle, parse_birthday

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
birthdays = st.builds(
    lambda d, keep_year: Birthday(d.month, d.day, d.year if keep_year else None),
    st.dates(min_value=dt.date(1904, 1, 1), max_value=dt.date(2020, 12, 31)),
    st.booleans(),
)


@given(birthdays, days)
def test_the_next_birthday_is_within_a_year_and_on_the_right_day(b: Birthday, day: dt.date) -> None:
    nxt = b.next_on_or_after(day)
    assert day <= nxt < day + dt.timedelta(days=367)
    if (b.month, b.day) != (2, 29):
        assert (nxt.month, nxt.day) == (b.month, b.day)
    else:
        assert (nxt.month, nxt.day) in {(2, 29), (2, 28)}


@given(birthdays)
def test_birthdays_survive_their_stored_form(b: Birthday) -> None:
    assert parse_birthday(str(b)) == b


states = st.builds(
    ContactState,
    id=st.integers(1, 10_000),
    name=st.text(min_size=1, max_size=8),
    company=st.none(),
    circle=st.sampled_from(list(Circle)),
    cadence_days=st.one_of(st.none(), st.integers(1, 400)),
    known_since=st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 11, 22)),
    last_touch_on=st.one_of(
        st.none(), st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 11, 22))
    ),
    touches_last_year=st.integers(0, 20),
    birthday=st.one_of(st.none(), birthdays),
    snoozed_until=st.none(),
)


@given(st.lists(states, max_size=40, unique_by=lambda s: s.id), st.integers(1, 30))
def test_the_agenda_is_sorted_limited_and_one_item_per_person(
    people: list[ContactState], limit: int
) -> None:
    today = dt.date(2026, 11, 22)
    items = build_agenda(people, today, Preferences(), limit=limit)
    assert len(items) <= limit
    assert [i.score for i in items] == sorted((i.score for i in items), reverse=True)
    assert len({i.contact_id for i in items}) == len(items)
    assert sum(i.reason is Reason.DORMANT for i in items) <= Preferences().dormant_limit
    for item in items:
        if item.reason is Reason.OVERDUE:
            assert item.days_overdue is not None and item.days_overdue > 0
        if item.reason is Reason.BIRTHDAY:
            assert item.due_on is not None and 0 <= (item.due_on - today).days <= 7
