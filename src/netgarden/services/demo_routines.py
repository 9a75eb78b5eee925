"""The demo's routines (issue 15): touches with their purposes, anniversaries, first-ever
outreach this week, people at a target company to reach through a warm path, this month's
interviews, introductions, resources and an article, and an inner circle grown this
quarter, so every line of the period reviews has data."""

from __future__ import annotations

import datetime as dt
import random

from netgarden.domain.practice import week_of
from netgarden.services.contacts import ContactInput, add_contact, edit_contact
from netgarden.services.database import Unit
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.touches import TouchInput, log_touch

# (kind, direction, purpose) of the year's touches with close people: most get all three
# purposes, some miss the personal one (the agenda then says so)
PURPOSES = (("call", "mutual", "update"), ("message", "out", "personal"),
            ("email", "out", "value"))  # fmt: skip
NEW_PEOPLE = (("Rafael Ortiz", "Product Manager"), ("Lena Vogel", "Staff Engineer"))
COLD = (("Hana Kim", "Director of Product"), ("Tom Berg", "VP Engineering"))


def plant_routines(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """The routines' data on a demo network; returns how many touches and entries it made."""
    rng = random.Random(seed + 15)
    circles = unit.practice.circles()
    close = circles.get("inner", []) + circles.get("middle", [])
    if len(close) < 12:
        return 0
    made = _purposes(unit, rng, close, end, now)
    for n, contact_id in enumerate(rng.sample(close, 6)):
        year = 2015 + n
        day = end + dt.timedelta(days=2 + 40 * n)  # the first falls two days ahead
        kind = "wedding" if n == 3 else "work"
        edit_contact(unit, contact_id, ContactInput(anniversaries=[f"{kind}:{year}-{day:%m-%d}"]),
                     now, end)  # fmt: skip
    made += _this_week(unit, rng, circles.get("inner", []), end, now)
    made += _this_month(unit, rng, close, end, now)
    from netgarden.services.events import EventInput, add_event

    # the quarter's "major networking event participation (conferences)": attended
    quarter_start = dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    held = _day(quarter_start, end - dt.timedelta(days=1), rng)
    add_event(unit, EventInput("Product Leaders Summit", held, None, "Product Leaders", None,
                               "conference"), now, end)  # fmt: skip
    middle = circles.get("middle", [])
    if middle:  # the quarter's "expand inner circle by one"
        quarter_day = max(end - dt.timedelta(days=20), end.replace(day=1))
        edit_contact(unit, rng.choice(middle), ContactInput(circle="inner"), now, quarter_day)
    return made


def _day(start: dt.date, end: dt.date, rng: random.Random) -> str:
    return (start + dt.timedelta(days=rng.randint(0, max((end - start).days, 0)))).isoformat()


def _purposes(unit: Unit, rng: random.Random, close: list[int], end: dt.date,
              now: dt.datetime) -> int:  # fmt: skip
    made = 0
    for index, contact_id in enumerate(rng.sample(close, 12)):
        for kind, direction, purpose in PURPOSES[: 2 if index % 4 == 0 else 3]:
            day = _day(end - dt.timedelta(days=300), end - dt.timedelta(days=10), rng)
            log_touch(unit, [contact_id], TouchInput(kind, day, direction, None, None, purpose),
                      now, end)  # fmt: skip
            made += 1
    return made


def _this_week(unit: Unit, rng: random.Random, inner: list[int], end: dt.date,
               now: dt.datetime) -> int:  # fmt: skip
    """Two first-ever outreaches this week, and two people at a target company never
    touched, each known to someone in the inner circle (a warm path)."""
    from netgarden.services.reviews import target_companies

    company = next(iter(target_companies(unit)), "Northwind")
    monday = week_of(end)
    for name, title in NEW_PEOPLE:
        who = add_contact(unit, ContactInput(name=name, company=company, title=title,
                                             met_on=monday.isoformat()), now, end)  # fmt: skip
        log_touch(unit, [who], TouchInput("message", _day(monday, end, rng), "out",
                                          "Loved your talk; coffee?"), now, end)  # fmt: skip
    for (name, title), friend in zip(COLD, rng.sample(inner, min(2, len(inner))), strict=False):
        who = add_contact(unit, ContactInput(name=name, company=company, title=title), now, end)
        unit.network.link(who, friend, "medium", "worked together", "manual", now)
    return len(NEW_PEOPLE)


def _this_month(unit: Unit, rng: random.Random, close: list[int], end: dt.date,
                now: dt.datetime) -> int:  # fmt: skip
    """Interviews, an introduction, resources and content published this month."""
    from netgarden.services.content import add_content

    first = end.replace(day=1)
    people = rng.sample(close, 6)
    for who in people[:2]:
        log_touch(unit, [who], TouchInput("informational-interview", _day(first, end, rng)),
                  now, end)  # fmt: skip
    entries = [("introduction", people[2]), ("knowledge", people[3]), ("knowledge", people[4]),
               ("knowledge", people[5])]  # fmt: skip
    for kind, who in entries:
        record_entry(unit, who, EntryInput("give", kind, None, _day(first, end, rng)), now, end)
    for kind, title, mix in (("article", "What a year of evals taught me", "insight"),
                             ("post", "Three notes from the platform summit", "insight"),
                             ("post", "Why I moved into product", "journey")):  # fmt: skip
        add_content(unit, kind, title, _day(first, end, rng), mix, [], end, now)
    return 2 + len(entries)
