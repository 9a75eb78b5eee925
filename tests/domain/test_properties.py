"""Properties of the domain rules, over generated inputs."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netgarden.domain.agenda import ContactState, Reason, build_agenda
from netgarden.domain.preferences import Preferences
from netgarden.domain.strength import Event, strength
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
    assert sum(i.reason is Reason.LAPSED for i in items) <= Preferences().lapsed_limit
    for item in items:
        if item.reason is Reason.OVERDUE:
            assert item.days_overdue is not None and item.days_overdue > 0
        if item.reason is Reason.BIRTHDAY:
            assert item.due_on is not None and 0 <= (item.due_on - today).days <= 7


@given(st.lists(states, max_size=40, unique_by=lambda s: s.id))
def test_an_inner_or_middle_tie_past_its_cadence_is_always_on_the_agenda(
    people: list[ContactState],
) -> None:
    from netgarden.domain.cadence import effective_cadence, next_due_on

    today = dt.date(2026, 11, 22)
    prefs = Preferences()
    on_agenda = {i.contact_id for i in build_agenda(people, today, prefs)}
    for p in people:
        cadence = effective_cadence(p.circle, p.cadence_days, prefs)
        if p.circle not in (Circle.INNER, Circle.MIDDLE) or cadence is None:
            continue
        due = next_due_on(cadence, p.last_touch_on, p.known_since)
        if due is not None and due < today:
            assert p.id in on_agenda


touch_events = st.builds(
    lambda on, kind, direction, replied: Event(on, kind, "touch", direction, replied),
    st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2026, 11, 22)),
    st.sampled_from(["coffee", "email", "message", "call"]),
    st.sampled_from(["out", "in", "mutual"]),
    st.one_of(st.none(), st.booleans()),
)


@given(
    st.lists(touch_events, max_size=12),
    st.dates(min_value=dt.date(2022, 1, 1), max_value=dt.date(2026, 11, 22)),
    st.sampled_from(["advice", "introduction", "knowledge"]),
)
def test_an_ask_never_raises_strength_more_than_a_give(
    events: list[Event], on: dt.date, kind: str
) -> None:
    today = dt.date(2026, 11, 22)
    asked = strength([*events, Event(on, kind, "ask")], today, explain=False).score
    gave = strength([*events, Event(on, kind, "give")], today, explain=False).score
    assert asked <= gave
