from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.agenda import Reason
from netgarden.errors import InvalidValue, UserError
from netgarden.services.agenda import agenda
from netgarden.services.contacts import (
    ContactInput,
    add_contact,
    set_archived,
    show_contact,
    snooze,
)
from netgarden.services.database import Unit
from netgarden.services.generate import generate_network
from netgarden.services.preferences import reset_preference, set_preference
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY


def add(unit: Unit, name: str, **fields: object) -> int:
    fields.setdefault("met_on", "2020-01-01")
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def reasons(unit: Unit, as_of: dt.date = TODAY) -> dict[str, str]:
    return {item.name: item.reason.value for item in agenda(unit, as_of)}


def test_logging_a_touch_resets_the_cadence_clock(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="inner", met_on="2026-06-01")
    # one-way touches: a first two-way meeting would add its 24-48-7 follow-ups
    log_touch(unit, [ada], TouchInput("email", on="2026-10-10"), NOW, TODAY)
    assert reasons(unit) == {"Ada": "overdue"}
    log_touch(unit, [ada], TouchInput("call", on="2026-11-20", direction="out"), NOW, TODAY)
    assert reasons(unit) == {}
    assert show_contact(unit, ada, TODAY).next_due_on == dt.date(2026, 12, 20)


def test_an_older_touch_does_not_move_the_clock_back(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="inner")
    log_touch(unit, [ada], TouchInput("call", on="2026-11-20"), NOW, TODAY)
    log_touch(unit, [ada], TouchInput("coffee", on="2026-01-01"), NOW, TODAY)
    assert show_contact(unit, ada, TODAY).last_touch_on == dt.date(2026, 11, 20)


def test_one_touch_with_several_people_touches_each(unit: Unit) -> None:
    ada, bo = add(unit, "Ada", circle="inner"), add(unit, "Bo", circle="inner")
    logged = log_touch(unit, [ada, bo, ada], TouchInput("meeting", note="kickoff"), NOW, TODAY)
    assert logged.contact_ids == (ada, bo)
    timeline = show_contact(unit, ada, TODAY).touches
    assert [(t.kind, t.direction, t.note, t.with_others) for t in timeline] == [
        ("meeting", "mutual", "kickoff", ("Bo",))
    ]


def test_touch_validation(unit: Unit) -> None:
    ada = add(unit, "Ada")
    with pytest.raises(InvalidValue, match=r"^kind: "):
        log_touch(unit, [ada], TouchInput("lunch"), NOW, TODAY)
    with pytest.raises(InvalidValue, match=r"^direction: "):
        log_touch(unit, [ada], TouchInput("call", direction="sideways"), NOW, TODAY)
    with pytest.raises(InvalidValue, match="in the future"):
        log_touch(unit, [ada], TouchInput("call", on="2030-01-01"), NOW, TODAY)
    assert show_contact(unit, ada, TODAY).touches == []


def test_replied_and_direction_are_kept(unit: Unit) -> None:
    ada = add(unit, "Ada")
    log_touch(unit, [ada], TouchInput("email", replied=False), NOW, TODAY)
    log_touch(unit, [ada], TouchInput("message", direction="in"), NOW, TODAY)
    kept = {(t.kind, t.direction, t.replied) for t in show_contact(unit, ada, TODAY).touches}
    assert kept == {("email", "out", False), ("message", "in", None)}


def test_snooze_and_archive_take_people_off_the_agenda(unit: Unit) -> None:
    ada, bo = add(unit, "Ada", circle="inner"), add(unit, "Bo", circle="inner")
    snooze(unit, ada, TODAY + dt.timedelta(days=7), TODAY, NOW)
    set_archived(unit, bo, True, NOW)
    assert reasons(unit) == {}
    assert reasons(unit, TODAY + dt.timedelta(days=7)) == {"Ada": "overdue"}
    with pytest.raises(InvalidValue, match="not in the future"):
        snooze(unit, ada, TODAY, TODAY, NOW)


def test_logging_a_touch_ends_a_snooze(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="inner")
    snooze(unit, ada, TODAY + dt.timedelta(days=30), TODAY, NOW)
    log_touch(unit, [ada], TouchInput("call", on="2026-10-01"), NOW, TODAY)
    assert reasons(unit) == {"Ada": "overdue"}


def test_agenda_as_of_ignores_later_touches(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="inner")
    log_touch(unit, [ada], TouchInput("call", on="2026-06-01"), NOW, TODAY)
    log_touch(unit, [ada], TouchInput("call", on="2026-11-20"), NOW, TODAY)
    assert reasons(unit, dt.date(2026, 7, 15)) == {"Ada": "overdue"}


def test_birthdays_come_from_every_active_contact(unit: Unit) -> None:
    add(unit, "Ada", birthday="11-24")
    assert reasons(unit) == {"Ada": "birthday"}


def test_preferences_change_the_cadence(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="outer")
    log_touch(unit, [ada], TouchInput("call", on="2026-10-01"), NOW, TODAY)
    assert reasons(unit) == {}
    set_preference(unit, "cadence_outer", "30")
    assert reasons(unit) == {"Ada": "overdue"}
    reset_preference(unit, "cadence_outer")
    assert reasons(unit) == {}
    with pytest.raises(InvalidValue, match="cadence_middle: 0 is out of range"):
        set_preference(unit, "cadence_middle", "0")
    with pytest.raises(InvalidValue, match="not a setting"):
        set_preference(unit, "cadence_close", "3")


def test_lapsed_ties_get_their_past_strength(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="outer")
    for month in range(1, 7):
        log_touch(unit, [ada], TouchInput("coffee", on=f"2023-{month:02d}-10"), NOW, TODAY)
    [item] = agenda(unit, TODAY)
    assert item.reason is Reason.LAPSED
    assert "6 touches before, 6 two-way" in item.why


def test_a_lapsed_middle_tie_stays_overdue(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="middle")
    log_touch(unit, [ada], TouchInput("coffee", on="2025-06-10"), NOW, TODAY)
    [item] = agenda(unit, TODAY)
    assert item.reason is Reason.OVERDUE
    assert item.why.startswith("lapsed: more than 2 cadences untouched (middle circle")


def test_gives_receives_and_made_introductions_reset_the_clock_asks_do_not(
    unit: Unit,
) -> None:
    from netgarden.services.introductions import advance_intro, propose_intro
    from netgarden.services.ledger import EntryInput, record_entry

    ada, bo, cy = (add(unit, n, circle="inner", met_on="2026-01-01") for n in ("Ada", "Bo", "Cy"))
    for who in (ada, bo, cy):
        log_touch(unit, [who], TouchInput("coffee", on="2026-09-01"), NOW, TODAY)
    assert {i.name for i in agenda(unit, TODAY)} == {"Ada", "Bo", "Cy"}
    record_entry(unit, ada, EntryInput("give", "advice", on="2026-11-20"), NOW, TODAY)
    record_entry(unit, bo, EntryInput("ask", "advice", on="2026-11-20"), NOW, TODAY)
    assert {i.name for i in agenda(unit, TODAY)} == {"Bo", "Cy"}
    assert show_contact(unit, ada, TODAY).next_due_on == dt.date(2026, 12, 20)
    assert show_contact(unit, bo, TODAY).next_due_on == dt.date(2026, 10, 1)
    intro = propose_intro(unit, bo, cy, "both into evals", TODAY, NOW).id
    for state in ("asked-a", "asked-b", "made"):
        advance_intro(unit, intro, state, None, TODAY, NOW)
    assert agenda(unit, TODAY) == []
    set_preference(unit, "gives_count_as_touches", "0")
    assert {i.name for i in agenda(unit, TODAY)} == {"Ada", "Bo", "Cy"}
    assert show_contact(unit, ada, TODAY).next_due_on == dt.date(2026, 10, 1)


def test_gives_count_toward_the_three_touches(unit: Unit) -> None:
    from netgarden.services.ledger import EntryInput, record_entry

    ada = add(unit, "Ada", circle="inner", met_on="2020-01-01", every=400)
    for on in ("2026-03-01", "2026-10-01"):
        log_touch(unit, [ada], TouchInput("coffee", on=on), NOW, TODAY)
    assert [i.reason for i in agenda(unit, TODAY)] == [Reason.THREE_TOUCH]
    record_entry(unit, ada, EntryInput("give", "knowledge", on="2026-11-01"), NOW, TODAY)
    assert agenda(unit, TODAY) == []


def test_the_generator_is_deterministic_and_fills_every_part(unit: Unit) -> None:
    made = generate_network(unit, contacts=120, touches=900, seed=3, end=TODAY)
    assert (made.contacts, made.touches) == (120, 900)
    first = [(i.contact_id - _first_id(unit), i.reason.value) for i in agenda(unit, TODAY)]
    assert {r for _, r in first} >= {"overdue", "lapsed"}
    unit.session.rollback()
    generate_network(unit, contacts=120, touches=900, seed=3, end=TODAY)
    # the same people (PostgreSQL does not give a rolled-back id again: ids may move)
    again = [(i.contact_id - _first_id(unit), i.reason.value) for i in agenda(unit, TODAY)]
    assert again == first
    assert unit.search.query("coffee", 5)


def test_the_generator_refuses_a_database_with_contacts(unit: Unit) -> None:
    add(unit, "Ada")
    with pytest.raises(UserError, match="already has contacts"):
        generate_network(unit, contacts=10, touches=10, seed=1, end=TODAY)


@pytest.mark.parametrize(
    ("birthday", "as_of", "falls_on"),
    [
        ("--01-02", dt.date(2026, 12, 29), dt.date(2027, 1, 2)),  # across the year end
        ("2000-02-29", dt.date(2027, 2, 25), dt.date(2027, 2, 28)),  # leap day, common year
        ("2000-02-29", dt.date(2028, 2, 25), dt.date(2028, 2, 29)),  # leap day, leap year
        ("1990-12-31", dt.date(2026, 12, 31), dt.date(2026, 12, 31)),  # today
    ],
)
def test_birthdays_outside_any_circle_are_found_by_the_store(
    unit: Unit, birthday: str, as_of: dt.date, falls_on: dt.date
) -> None:
    add(unit, "Ada", birthday=birthday)
    [item] = agenda(unit, as_of)
    assert (item.reason, item.due_on) == (Reason.BIRTHDAY, falls_on)
    assert agenda(unit, as_of - dt.timedelta(days=8)) == []


def test_lapsed_ties_rank_by_the_strength_they_had_and_settings_change_strength(
    unit: Unit,
) -> None:
    from netgarden.services.strength import contact_strength

    warm = add(unit, "Warm Past", circle="outer")
    cold = add(unit, "Cold Past", circle="outer")
    for month in range(1, 11):
        log_touch(unit, [warm], TouchInput("coffee", on=f"2023-{month:02d}-05"), NOW, TODAY)
        log_touch(
            unit, [cold], TouchInput("email", on=f"2023-{month:02d}-05", replied=False), NOW, TODAY
        )
    items = [i for i in agenda(unit, TODAY) if i.reason is Reason.LAPSED]
    assert [i.name for i in items] == ["Warm Past", "Cold Past"]
    assert "strength" in items[0].why and "then" in items[0].why
    before = contact_strength(unit, warm, TODAY).strength.score
    set_preference(unit, "strength_half_life", "1500")
    assert contact_strength(unit, warm, TODAY).strength.score > before


def test_the_dashboard_counts_every_lapsed_tie_not_only_the_few_suggested(unit: Unit) -> None:
    from netgarden.services.stats import network_stats

    for n in range(5):
        who = add(unit, f"Outer {n}", circle="outer", met_on="2020-01-01")
        log_touch(unit, [who], TouchInput("coffee", on=f"2023-01-0{n + 1}"), NOW, TODAY)
    assert sum(i.reason is Reason.LAPSED for i in agenda(unit, TODAY, limit=None)) == 3
    assert network_stats(unit, TODAY).overdue_by_circle["outer"] == 5


def _first_id(unit: Unit) -> int:
    from sqlalchemy import func, select

    from netgarden.store.tables import Contact

    return int(unit.session.scalar(select(func.min(Contact.id))) or 0)
