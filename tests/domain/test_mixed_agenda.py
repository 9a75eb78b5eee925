"""One agenda of mixed items: contacts, introductions, tasks and planned meetings rank by
one rule, score = weight * pressure (domain/agenda_items.py), without a database."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netgarden.domain.agenda import (
    CIRCLE_WEIGHT,
    ContactState,
    Pending,
    PendingIntro,
    Reason,
    Subject,
    SubjectType,
    build_agenda,
    follow_up_items,
    subject_items,
)
from netgarden.domain.agenda_items import SUBJECT_WEIGHT, overdue_pressure, score
from netgarden.domain.preferences import Preferences
from netgarden.domain.values import Circle

TODAY = dt.date(2026, 12, 2)
PREFS = Preferences()


def contact(id_: int, name: str, circle: Circle, last: int) -> ContactState:
    return ContactState(id=id_, name=name, company=None, circle=circle, cadence_days=None,
                        known_since=dt.date(2020, 1, 1),
                        last_touch_on=TODAY - dt.timedelta(days=last),
                        touches_last_year=5)  # fmt: skip


def pending(kind: SubjectType, id_: int, who: int, name: str, late: int, period: int) -> Pending:
    due = TODAY - dt.timedelta(days=late)
    return Pending(Subject(kind, id_), who, name, due, period, f"{kind.value} #{id_}")


def test_every_kind_of_subject_ranks_in_one_list_by_one_score() -> None:
    people = [contact(1, "Ada", Circle.INNER, 45), contact(2, "Bo", Circle.OUTER, 400)]
    others = subject_items(
        [pending(SubjectType.TASK, 7, 2, "Bo", 5, 5),  # a whole period late: 2 * 2
         pending(SubjectType.MEETING, 3, 1, "Ada", 0, 7),  # due today: 2 * 1
         pending(SubjectType.TASK, 8, 1, "Ada", -1, 7)],  # not yet due: not on the agenda
        TODAY,
    )  # fmt: skip
    items = build_agenda(people, TODAY, PREFS, others=others)
    assert [(i.about.type, i.about.id, i.contact_id, i.name) for i in items] == [
        (SubjectType.CONTACT, 1, 1, "Ada"),  # inner, half a cadence overdue: 3 * 1.5
        (SubjectType.TASK, 7, 2, "Bo"),
        (SubjectType.MEETING, 3, 1, "Ada"),
        (SubjectType.CONTACT, 2, 2, "Bo"),  # outer, 35 days over 365: 1 * 1.096
    ]
    assert [i.score for i in items] == [4.5, 4.0, 2.0, 1.0959]
    assert items[0].score == score(CIRCLE_WEIGHT[Circle.INNER], overdue_pressure(15, 30))
    assert len({i.about for i in items}) == len(items)  # one item per subject


def test_an_introduction_follow_up_is_a_pending_subject_like_any_other() -> None:
    intro = PendingIntro(id=4, state="asked-a", waited_days=6, wait_days=3, act_with=1,
                         act_with_name="Ada", other_name="Bo")  # fmt: skip
    [item] = follow_up_items([intro], TODAY)
    assert (item.reason, item.about, item.contact_id, item.name) == (
        Reason.FOLLOW_UP, Subject(SubjectType.INTRODUCTION, 4), 1, "Ada",
    )  # fmt: skip
    assert item.score == score(SUBJECT_WEIGHT, 2.0) and item.days_overdue == 3
    assert item.due_on == TODAY - dt.timedelta(days=3)


@given(st.integers(0, 400), st.integers(0, 400), st.integers(1, 60))
def test_waiting_longer_never_lowers_a_subject_and_pressure_stays_within_1_and_2(
    late: int, later: int, period: int
) -> None:
    [sooner] = subject_items([pending(SubjectType.TASK, 1, 1, "Ada", late, period)], TODAY)
    [longer] = subject_items([pending(SubjectType.TASK, 1, 1, "Ada", late + later, period)], TODAY)
    assert SUBJECT_WEIGHT <= sooner.score <= longer.score <= 2 * SUBJECT_WEIGHT
