"""The demo's practice on top of its generated network: value given, received and asked,
introductions in every state and a dozen events (``demo_events``), so a new user sees the
ledger, the introductions board, events and their follow-ups on the agenda with data (the
generator makes people and touches only).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from netgarden.domain.views import ListFilter
from netgarden.services.database import Unit
from netgarden.services.demo_career import plant_career
from netgarden.services.demo_events import plant_events
from netgarden.services.demo_goals import plant_goals  # issue 15
from netgarden.services.demo_integrations import plant_integrations
from netgarden.services.demo_opportunities import plant_opportunities
from netgarden.services.demo_prep import plant_prep
from netgarden.services.demo_reviews import plant_reviews
from netgarden.services.demo_routines import plant_routines
from netgarden.services.demo_templates import plant_outreach
from netgarden.services.introductions import advance_intro, propose_intro
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.listing import list_contacts

# (type, kind, note, days ago): the seeds' "give before you ask" (seeds/001, 002): most
# entries are gives, a few receives, one ask in ten
ENTRIES = (
    ("give", "knowledge", "Sent the article on pricing experiments we discussed", 3),
    ("give", "introduction", "Introduced them to a recruiter at a company they like", 9),
    ("give", "feedback", "Reviewed their conference talk outline", 16),
    ("give", "recognition", "Recommended them on LinkedIn for the platform launch", 24),
    ("give", "advice", "Walked through how we run quarterly planning", 38),
    ("give", "support", "Shared their job post with my team", 52),
    ("receive", "referral", "Referred me to the head of product at their company", 30),
    ("receive", "advice", "Gave notes on my portfolio", 61),
    ("ask", "advice", "Asked for a read on the fintech market", 12),
)

# (state reached, days since its last move, why): one introduction in each column
INTRODUCTIONS = (
    ("proposed", 4, "both are hiring data engineers"),
    ("asked-a", 5, "one is raising a seed round, the other invests in the space"),
    ("asked-b", 1, "same city, both moving into product management"),
    ("made", 20, "one needs a mentor in design leadership"),
    ("outcome", 40, "both run developer communities"),
    ("declined", 30, "a speaker for their meetup"),
)
_PATH = ("asked-a", "asked-b", "made", "outcome")


@dataclass(frozen=True)
class Practice:
    entries: int
    introductions: int
    events: int = 0


def add_practice(unit: Unit, end: dt.date, seed: int, now: dt.datetime) -> Practice:
    """Ledger entries with inner and middle people, and six introductions between middle and
    outer people, each left in another state, dated before ``end``."""
    rng = random.Random(seed)
    plant_integrations(unit, now)  # the calendar feed's address (issue 20)
    close = [c.id for c in list_contacts(unit, ListFilter(circle="inner"))]
    close += [c.id for c in list_contacts(unit, ListFilter(circle="middle"))]
    wider = [c.id for c in list_contacts(unit, ListFilter(circle="outer"))]
    if len(close) < len(ENTRIES) or len(wider) < 2 * len(INTRODUCTIONS):
        return Practice(0, 0)  # a network too small for the demo's practice
    for (entry_type, kind, note, ago), person in zip(
        ENTRIES, rng.sample(close, len(ENTRIES)), strict=True
    ):
        on = (end - dt.timedelta(days=ago)).isoformat()
        record_entry(unit, person, EntryInput(entry_type, kind, note, on), now, end)
    pairs = rng.sample(wider, 2 * len(INTRODUCTIONS))
    for index, (state, ago, why) in enumerate(INTRODUCTIONS):
        a, b = pairs[2 * index], pairs[2 * index + 1]
        steps = _path_to(state)  # one day apart, the last ``ago`` days before ``end``
        day = end - dt.timedelta(days=ago + len(steps))
        number = propose_intro(unit, a, b, why, day, now).intro.id
        for step in steps:
            day += dt.timedelta(days=1)
            advance_intro(unit, number, step, _outcome(step), day, now)
    events = plant_events(unit, seed, end, now)
    plant_outreach(unit, seed, end, now)  # issue 14: outreach from templates
    plant_reviews(unit, seed, end, now)  # issue 13: services/demo_reviews.py
    events += plant_prep(unit, seed, end, now)
    plant_goals(unit, seed, end, now)  # issue 15: services/demo_goals.py
    plant_routines(unit, seed, end, now)  # issue 15: services/demo_routines.py
    plant_career(unit, seed, end, now)  # issue 16: services/demo_career.py
    plant_opportunities(unit, seed, end, now)  # issue 16: services/demo_opportunities.py
    return Practice(len(ENTRIES), len(INTRODUCTIONS), events)


def _path_to(state: str) -> tuple[str, ...]:
    if state == "proposed":
        return ()
    if state == "declined":
        return ("asked-a", "declined")
    return _PATH[: _PATH.index(state) + 1]


def _outcome(step: str) -> str | None:
    return "They met for coffee; a trial project is under way" if step == "outcome" else None
