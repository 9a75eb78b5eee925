"""Today's agenda, from the store's per-contact state and the domain's ranking."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from netgarden.domain.agenda import (
    WEEK_PICK,
    AgendaItem,
    ContactState,
    PastTie,
    PendingIntro,
    Reason,
    Routines,
    birthday_window,
    build_agenda,
    follow_up_items,
    lapsed_candidates,
    with_picks,
)
from netgarden.domain.cadence import clock_start
from netgarden.domain.values import CIRCLES, check_day, parse_birthday_stored
from netgarden.errors import InvalidValue, StoreError

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit
    from netgarden.services.snapshots import Snapshots


def agenda(
    unit: Unit | ReadUnit,
    as_of: dt.date,
    limit: int | None = 20,
    every_lapsed: bool = False,
    pick_week: bool = False,
) -> list[AgendaItem]:
    """The agenda as of a day; ``every_lapsed`` keeps every lapsed tie (for counting).
    ``pick_week``: the first agenda of an ISO week picks the week's dormant ties and keeps
    them until Monday (issue 15; a writing unit of work, for the current week)."""
    return agenda_and_routines(unit, as_of, limit, every_lapsed, pick_week)[0]


def agenda_and_routines(
    unit: Unit | ReadUnit,
    as_of: dt.date,
    limit: int | None = 20,
    every_lapsed: bool = False,
    pick_week: bool = False,
) -> tuple[list[AgendaItem], Routines]:
    """The agenda, and the routines it followed (the week's dormant picks)."""
    if limit is not None and limit < 1:
        raise InvalidValue("limit", f"{limit} is not a positive number")
    check_day(as_of, "as_of")
    from netgarden.services.routines import routines_of, store_week_picks

    prefs = unit.preferences()
    routines = routines_of(unit, as_of)
    states = contact_states(unit, as_of, routines)
    lapsed = lapsed_candidates(states, as_of, prefs)
    ties = _past_ties(unit, lapsed, {s.id: s.last_touch_on for s in states}, as_of)
    flagged = frozenset(unit.ledger.asks_outrun_gives())
    from netgarden.services.followups import task_items
    from netgarden.services.plans import plan_items

    others = [*follow_up_items(_pending_intros(unit, as_of), as_of), *task_items(unit, as_of),
              *plan_items(unit, as_of)]  # fmt: skip
    from netgarden.services.job_changes import congratulate_items

    others += congratulate_items(unit, as_of)  # issue 16: new roles to congratulate on
    from netgarden.services.team_asks import ask_items

    others += ask_items(unit, as_of)  # issue 19: teammates asking me for introductions
    if routines.picks is None and pick_week:  # one ranking of every lapsed tie serves both
        from netgarden.services.read_only import ReadUnit

        if isinstance(unit, ReadUnit):  # a bare read has nowhere to keep them (see week_picked)
            raise StoreError("the week's dormant picks are kept by a writing unit of work")
        ranked = build_agenda(states, as_of, prefs, ties, None, flagged, True, others, routines)
        routines = store_week_picks(unit, as_of, ranked)
        return with_picks(ranked, routines, every_lapsed, limit), routines
    items = build_agenda(states, as_of, prefs, ties, limit, flagged, every_lapsed, others,
                         routines)  # fmt: skip
    return items, routines


def contact_states(unit: Unit | ReadUnit, as_of: dt.date, routines: Routines) -> list[ContactState]:
    """What the agenda knows of each contact as of a day: the store's rows, with their
    anniversaries near and, in the three-touch circles, the purposes of the year's touches."""
    from netgarden.services.routines import near_anniversaries, touch_mixes

    prefs = unit.preferences()
    month_days = [f"{m:02d}-{d:02d}" for m, d in birthday_window(as_of, prefs)]
    near = near_anniversaries(unit, month_days)
    circles = [c.value for c in routines.three_touch_circles]
    rows = unit.contacts.agenda_states(as_of, month_days, circles, sorted(near))
    states = [
        ContactState(
            id=row.id,
            name=row.name,
            company=row.company,
            circle=CIRCLES[row.circle],
            cadence_days=row.cadence_days,
            known_since=row.known_since,
            last_touch_on=clock_start(row.last_touch_on, row.last_value_on, prefs),
            touches_last_year=row.year + (row.value_year if prefs.gives_count_as_touches else 0),
            birthday=parse_birthday_stored(row.birthday),
            snoozed_until=row.snoozed_until,
            anniversaries=near.get(row.id, ()),
        )
        for row in rows
    ]
    return touch_mixes(unit, states, as_of, routines.three_touch_circles)


def _pending_intros(unit: Unit | ReadUnit, as_of: dt.date) -> list[PendingIntro]:
    """Introductions still waiting on someone, as of a day."""
    from netgarden.domain.network import ACT_WITH_B, FOLLOW_UP_AFTER, IntroState

    pending = []
    for row in unit.network.intros():
        state = IntroState(row.state)
        wait = FOLLOW_UP_AFTER.get(state)
        if wait is None or row.updated_on > as_of:
            continue
        b_first = state in ACT_WITH_B
        pending.append(
            PendingIntro(
                id=row.id,
                state=state.value,
                waited_days=(as_of - row.updated_on).days,
                wait_days=wait,
                act_with=row.b_id if b_first else row.a_id,
                act_with_name=row.b_name if b_first else row.a_name,
                other_name=row.a_name if b_first else row.b_name,
            )
        )
    return pending


def unplaced(unit: Unit | ReadUnit) -> int:
    """Active contacts in no circle: they never reach the agenda until they are placed (an
    imported network starts there)."""
    return unit.contacts.circle_counts().get("none", 0)


def item_fields(item: AgendaItem) -> dict[str, object]:
    """The documented fields of an agenda item, for the CLI's JSON and the API alike (an
    allowlist: a field added to AgendaItem later is not published by accident)."""
    about = item.about
    return {
        "contact_id": item.contact_id,
        "name": item.name,
        "company": item.company,
        "circle": item.circle.value,
        "reason": item.reason.value,
        "why": item.why,
        "due_on": item.due_on,
        "days_overdue": item.days_overdue,
        "last_touch_on": item.last_touch_on,
        "also": [reason.value for reason in item.also],
        "flags": list(item.flags),
        "score": item.score,
        "subject": {"type": about.type.value, "id": about.id},
    }


DUE_REASONS = (Reason.OVERDUE, Reason.DUE, Reason.LAPSED)


def due_ids(items: list[AgendaItem]) -> list[int]:
    """Who is due, overdue or lapsed on an agenda."""
    return [
        item.contact_id
        for item in items
        if item.reason in DUE_REASONS or any(reason in DUE_REASONS for reason in item.also)
    ]


def _past_ties(
    unit: Unit | ReadUnit, lapsed: list[int], last: dict[int, dt.date | None], as_of: dt.date
) -> dict[int, PastTie]:
    """Each lapsed tie's history, and its strength score as it stood at its last touch."""
    from netgarden.services.strength import batch_strength

    days = {c: then for c in lapsed if (then := last.get(c)) is not None and then <= as_of}
    scores = batch_strength(unit, days, sorted(days))
    ties = {}
    for contact_id, (touches, two_way) in unit.contacts.past_ties(lapsed, as_of).items():
        then = last.get(contact_id)
        score = (scores[contact_id].score if contact_id in scores else 0) if then else None
        ties[contact_id] = PastTie(touches, two_way, score)
    return ties


class AgendaCache:
    """A workspace's whole agenda of a day, kept until the workspace changes: its change
    counter (store/changes.py), which every writing transaction of any process bumps, on
    any database. At 30,000 contacts the agenda takes ~0.3 s to compute, and pages ask for
    it on every visit; a write in another workspace leaves it be. Kept in
    :class:`~netgarden.services.snapshots.Snapshots` (one computation per version)."""

    SIZE = 8  # a few workspaces and days, with and without every lapsed tie

    def __init__(self) -> None:
        from netgarden.services.snapshots import Snapshots

        self._kept = Snapshots(self.SIZE)
        # (workspace, week's Monday, change counter) of weeks with no lapsed tie to pick
        self.nothing_to_pick: set[tuple[int, dt.date, int]] = set()

    @property
    def computed(self) -> int:
        """How often the agenda was computed (for tests)."""
        return self._kept.computed

    @property
    def kept(self) -> Snapshots:
        """Where the agenda is kept (the refresher computes it again after a write)."""
        return self._kept

    def put(self, unit: Unit, as_of: dt.date, found: tuple[list[AgendaItem], Routines]) -> None:
        """Keep an agenda computed elsewhere (every lapsed tie, no limit) for ``unit``'s
        snapshot: the week's picks are made in a writing transaction, and what it computed
        serves the requests that follow."""
        self._kept.put(self._kept.key(unit, as_of), found)

    def get(self, unit: Unit, as_of: dt.date, every_lapsed: bool = False) -> list[AgendaItem]:
        """The day's agenda in ``unit``'s snapshot; ``every_lapsed`` keeps every lapsed tie
        (the dashboard counts them). One computation serves both: the agenda keeps the first
        ``lapsed_limit``. While one request computes it, the others for the same snapshot
        wait for it (and compute it themselves only if that one failed)."""

        def compute(work: Unit) -> tuple[list[AgendaItem], Routines]:
            from netgarden.services.routines import routines_of

            return (agenda(work, as_of, limit=None, every_lapsed=True),
                    routines_of(work, as_of))  # fmt: skip

        items, routines = self._kept.get(unit, as_of, compute)
        if every_lapsed:
            return items
        return few_lapsed(items, unit.preferences().lapsed_limit, routines.picks)


def few_lapsed(
    items: list[AgendaItem], most: int, picks: tuple[int, ...] | None = None
) -> list[AgendaItem]:
    """An agenda of every lapsed tie cut to the ``most`` first (the agenda's own ranking
    puts them in the same order as ``build_agenda`` does before it cuts), or to the week's
    dormant picks once they are made (issue 15)."""
    if picks is not None:
        return [i for i in items if i.reason is not Reason.LAPSED or WEEK_PICK in i.flags]
    if sum(item.reason is Reason.LAPSED for item in items) <= most:
        return items  # nothing to cut: the cached list itself
    kept = 0
    shown = []
    for item in items:
        if item.reason is Reason.LAPSED:
            kept += 1
            if kept > most:
                continue
        shown.append(item)
    return shown
