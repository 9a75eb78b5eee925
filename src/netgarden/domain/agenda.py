"""Today's agenda: who to reach out to, and why, most valuable action first.

Reasons, per contact (one item per contact; its other reasons are kept in ``also``):

- ``overdue``: the cadence ran out; ranked by circle weight times how far past the cadence
  (capped at one whole cadence), so an inner-circle contact 60% past comes before an outer
  one 14% past.
- ``due``: the cadence runs out within ``due_window`` days.
- ``birthday``: a birthday within ``birthday_window`` days; today's ranks highest.
- ``three-touch``: an inner or middle relationship known for a year with fewer than
  ``three_touch_min`` touches in the last 365 days (seeds/001's 3-touch system).
- ``lapsed``: an outer or uncircled past relationship untouched for ``lapsed_factor``
  cadences; only the ``lapsed_limit`` most valuable (by circle and past strength) are
  suggested each day (seeds/002: "reach out to 3 dormant connections").

A lapsed inner or middle tie is never hidden among those few: it stays ``overdue``, its
``why`` saying it has lapsed (DESIGN: "Lapsed inner and middle ties are never hidden").
"Lapsed" is about time; "dormant" is a strength band (domain.strength), about the score.

"A touch" is a logged touch, and, with ``gives_count_as_touches``, a give, a receive or a
made introduction too (seeds/001: the third touch is "a value-providing interaction"); the
caller folds those into ``last_touch_on`` and ``touches_last_year``. An ask never does.

- ``follow-up``: an introduction I am making has waited too long in its state (proposed 2
  days, asked 3, made 14: ``domain.network.FOLLOW_UP_AFTER``); the item's person is the one
  to act with (A while proposed or asked-a, B when asked-b, A to hear how it went).

A snoozed contact keeps only its birthday until the snooze ends: a birthday cannot wait.

One agenda of mixed items: each item has a ``subject`` (a contact, an introduction, a task, a
planned meeting) and the person to act with (``contact_id``, ``name``). One item per subject;
a person may appear once as a contact and again for an introduction. All items rank by one
score, ``weight * pressure`` (``domain.agenda_items``): the circle's weight (inner 3, middle 2,
outer 1, none 0.5; 2 more on a birthday; 2 for a subject that is not a contact) times how
pressing the item is today (at most 2: 1 on the day it falls due, up to 2 once a whole period
late; less than 1 while it is still coming). Ties go to the name, then the ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from netgarden.domain.agenda_contacts import (
    birthday_window,
    contact_item,
    findings,
    lapsed_candidates,
)
from netgarden.domain.agenda_items import (
    ASKS_OUTRUN_GIVES,
    CIRCLE_WEIGHT,
    WEEK_PICK,
    AgendaItem,
    ContactState,
    PastTie,
    Reason,
    Routines,
    Subject,
    SubjectType,
    score,
)
from netgarden.domain.agenda_subjects import Pending, PendingIntro, follow_up_items, subject_items
from netgarden.domain.preferences import Preferences

__all__ = [
    "ASKS_OUTRUN_GIVES",
    "CIRCLE_WEIGHT",
    "WEEK_PICK",
    "AgendaItem",
    "ContactState",
    "PastTie",
    "Pending",
    "PendingIntro",
    "Reason",
    "Routines",
    "Subject",
    "SubjectType",
    "birthday_window",
    "build_agenda",
    "follow_up_items",
    "lapsed_candidates",
    "score",
    "subject_items",
    "week_picked",
    "with_picks",
]


def build_agenda(
    states: Iterable[ContactState],
    as_of: dt.date,
    prefs: Preferences,
    past_ties: Mapping[int, PastTie] | None = None,
    limit: int | None = None,
    asks_outrun_gives: frozenset[int] = frozenset(),
    every_lapsed: bool = False,
    others: Iterable[AgendaItem] = (),
    routines: Routines | None = None,
) -> list[AgendaItem]:
    """Rank everything worth doing today; the first item is the most valuable action.
    ``every_lapsed`` keeps every lapsed tie instead of the few worth reviving (for counts);
    ``others`` are items about other subjects (introductions, tasks, planned meetings:
    ``subject_items``), ranked with the rest."""
    ties = past_ties or {}
    routines = routines or Routines()
    birthdays = birthday_window(as_of, prefs)
    items: list[AgendaItem] = []
    lapsed: list[AgendaItem] = []
    for state in states:
        found = findings(state, as_of, prefs, ties, birthdays, routines.three_touch_circles)
        if not found:
            continue
        found.sort(key=lambda f: -f.score)
        flags = (ASKS_OUTRUN_GIVES,) if state.id in asks_outrun_gives else ()
        item = contact_item(state, found[0], tuple(f.reason for f in found[1:]), flags)
        (lapsed if item.reason is Reason.LAPSED else items).append(item)
    lapsed.sort(key=_rank)
    if routines.picks is not None:
        lapsed = week_picked(lapsed, routines.picks, routines.reached, every_lapsed)
    items.extend(lapsed if every_lapsed or routines.picks else lapsed[: prefs.lapsed_limit])
    items.extend(others)
    items.sort(key=_rank)
    return items if limit is None else items[:limit]


def with_picks(
    items: list[AgendaItem], routines: Routines, every_lapsed: bool, limit: int | None
) -> list[AgendaItem]:
    """An agenda ranked with every lapsed tie (``build_agenda(..., every_lapsed=True)``)
    made into the one that follows the week's picks: the same items and order, the lapsed
    ones cut to the picks (all kept with ``every_lapsed``)."""
    if routines.picks is None:
        return items if limit is None else items[:limit]
    lapsed = week_picked([i for i in items if i.reason is Reason.LAPSED], routines.picks,
                         routines.reached, every_lapsed)  # fmt: skip
    kept = sorted([i for i in items if i.reason is not Reason.LAPSED] + lapsed, key=_rank)
    return kept if limit is None else kept[:limit]


def week_picked(
    lapsed: list[AgendaItem], picks: tuple[int, ...], reached: int, every_lapsed: bool
) -> list[AgendaItem]:
    """This week's dormant picks among the lapsed ties, each saying how many of the week's
    picks were reached (seeds/002: "Reach out to 3 dormant connections"); the rest only
    with ``every_lapsed`` (for counts)."""
    chosen = set(picks)
    said = f"this week's dormant pick ({reached} of {len(picks)} reached)"
    kept = []
    for item in lapsed:
        if item.contact_id in chosen:
            kept.append(replace(item, why=f"{said}; {item.why}", flags=(*item.flags, WEEK_PICK)))
        elif every_lapsed:
            kept.append(item)
    return kept


def _rank(item: AgendaItem) -> tuple[float, str, int, str, int]:
    about = item.about
    return (-item.score, item.name.casefold(), item.contact_id, about.type.value, about.id)
