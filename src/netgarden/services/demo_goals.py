"""The demo's goals (issue 15): seeds/000's ``para`` preset, and what its goals count —
people met this quarter at the target company (reached out to first), interviews, a give a
week, content in the mix of seeds/002, communities joined, a manual goal ticked — so every
goal on ``goals`` and the Goals page shows a value."""

from __future__ import annotations

import datetime as dt
import random

from netgarden.domain.goals import Period, period_span
from netgarden.services.contacts import ContactInput, add_contact, edit_contact
from netgarden.services.content import add_content, join_community
from netgarden.services.database import Unit
from netgarden.services.diversity import add_target
from netgarden.services.events import EventInput, add_event, set_status
from netgarden.services.goals import apply_preset, goal_progress, tick_goal
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.reviews import target_companies
from netgarden.services.touches import TouchInput, log_touch

# (kind, title, mix, days ago): 7 insight, 2 journey, 1 promotion over the quarter
CONTENT = (
    ("article", "What evals taught us about AI product quality", "insight", 3),
    ("post", "Three pricing experiments that failed (and why)", "insight", 12),
    ("thread", "Notes from the AI Product Summit", "insight", 20),
    ("post", "Activation metrics that predict retention", "insight", 28),
    ("newsletter", "The PM's guide to model latency", "insight", 36),
    ("post", "How we run discovery with LLM prototypes", "insight", 44),
    ("talk", "Shipping AI features responsibly", "insight", 52),
    ("post", "A year of moving from engineering to product", "journey", 17),
    ("post", "What I got wrong in my first PM job", "journey", 58),
    ("post", "We are hiring two product designers", "promotion", 8),
)  # fmt: skip
COMMUNITIES = (("Lenny's PM Community", "member", 40), ("Mind the Product", "committee", 25),
               ("AI Product Guild", "member", 400))  # fmt: skip
NEW_PEOPLE = ("Rhea Kapoor", "Tomás Silva", "Wen Li", "Greta Holm", "Kofi Mensah")
TITLES = ("Senior Product Manager", "AI Product Lead", "Group PM", "Staff PM", "ML Engineer")


def plant_goals(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """The para preset and its data, dated up to ``end``; returns how many goals it set."""
    rng = random.Random(seed + 15)
    people = [row.id for row in unit.contacts.all_names()]
    if len(people) < 20:
        return 0
    start, _ = period_span(Period.QUARTER, end)
    days = max((end - start).days, 1)
    _new_people(unit, start, end, days, rng, now)
    for kind, title, mix, ago in CONTENT:
        on = max(end - dt.timedelta(days=ago % days), start)
        with_ = [str(rng.choice(people))] if rng.random() < 0.3 else []
        add_content(unit, kind, title, on.isoformat(), mix, with_, end, now)
    for name, role, ago in COMMUNITIES:
        joined = end - dt.timedelta(days=ago % days if ago < 100 else ago)
        join_community(unit, name, role, joined.isoformat(), end, now)
    sample = rng.sample(people, 6)
    for number, person in enumerate(sample[:3]):  # a resource shared this week
        on = end - dt.timedelta(days=number * 2 % max(end.weekday() + 1, 1))
        record_entry(unit, person, EntryInput("give", "knowledge", "an article", on.isoformat()),
                     now, end)  # fmt: skip
    for person in sample[3:5]:
        log_touch(unit, [person], TouchInput("informational-interview", end.isoformat()),
                  now, end)  # fmt: skip
    _inner_gives(unit, end, now)
    _conference(unit, end, now)
    made = apply_preset(unit, "para", end, now)
    for goal in goal_progress(unit, end):
        if goal.metric == "manual" and goal.period == "month":
            tick_goal(unit, goal.id, None, end)  # "Review and organize contact database"
    return len(made)


def _new_people(
    unit: Unit, start: dt.date, end: dt.date, days: int, rng: random.Random, now: dt.datetime
) -> None:
    """People met this quarter at the first target company, each reached out to first."""
    targets = target_companies(unit)
    company = targets[0] if targets else "Acme AI"
    if not targets:
        add_target(unit, "company", company, 3)
    for number, (name, title) in enumerate(zip(NEW_PEOPLE, TITLES, strict=True)):
        # the first this week (seeds/000's weekly outreach), the others over the quarter
        met = end if number == 0 else start + dt.timedelta(days=rng.randint(0, days))
        person = add_contact(unit, ContactInput(name=name, company=company, title=title,
                                                met_on=met.isoformat()), now, end)  # fmt: skip
        log_touch(unit, [person], TouchInput("message", met.isoformat(), "out"), now, end)
        reply = min(met + dt.timedelta(days=2), end).isoformat()
        log_touch(unit, [person], TouchInput("coffee", reply), now, end)
    # the last of them is already a regular: the middle circle
    edit_contact(unit, person, ContactInput(circle="middle"), now, end)


def _conference(unit: Unit, end: dt.date, now: dt.datetime) -> None:
    """A conference attended this month (yesterday, or today on the first)."""
    on = max(end - dt.timedelta(days=1), end.replace(day=1))
    made = add_event(unit, EventInput("AI Product Conference", on.isoformat(),
                                      format="conference"), now, end)  # fmt: skip
    if made.status != "attended":
        set_status(unit, made.id, "attended", end, now)


def _inner_gives(unit: Unit, end: dt.date, now: dt.datetime) -> None:
    """A value-add to two inner-circle people this month (seeds/000)."""
    from netgarden.domain.views import ListFilter
    from netgarden.services.listing import list_contacts

    inner = [c.id for c in list_contacts(unit, ListFilter(circle="inner"))][:2]
    on = end.replace(day=1) if end.day > 3 else end
    for person in inner:
        record_entry(unit, person, EntryInput("give", "advice", "a value-add", on.isoformat()),
                     now, end)  # fmt: skip
