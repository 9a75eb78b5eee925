"""The demo's part for reviews (issue 13): my profile, targets, influence, board seats,
mentees, energies, decision makers and time zones, so every review shows something."""

from __future__ import annotations

import datetime as dt
import random

from netgarden.domain.seniority import level_of
from netgarden.services.contacts import ContactInput, edit_contact
from netgarden.services.database import Unit
from netgarden.services.demo_prep import PROFILE
from netgarden.services.diversity import add_target
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.profile import set_my_facts
from netgarden.services.reviews import review_facts

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "Asia/Singapore")


def plant_reviews(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """Review facts on a demo network; returns how many contacts got some."""
    rng = random.Random(seed + 13)
    people = review_facts(unit, end)
    if len(people) < 40:
        return 0
    # my company, title and time zone are the demo profile's (demo_prep); reviews add these
    set_my_facts(unit, {"function": "Product", "seniority": "senior"}, now)
    companies = sorted({p.company for p in people if p.company} - {PROFILE["company"]})
    add_target(unit, "company", companies[0], 3)
    add_target(unit, "industry", "Climate", 5)
    add_target(unit, "function", "Sales", 4)
    strong = [p for p in people if p.band == "strong"]
    changed: dict[int, ContactInput] = {}
    for p, seat in zip(rng.sample(strong, 3), ("sponsor", "mentor", "peer"), strict=False):
        changed[p.id] = ContactInput(board=seat, influence=5 if seat == "sponsor" else None)
    for p in rng.sample([p for p in people if p.id not in changed], 30):
        changed[p.id] = ContactInput(
            influence=rng.randint(1, 5), accessibility=rng.randint(1, 5),
            energy=rng.choice(("energizes", "neutral", "drains")), time_zone=rng.choice(ZONES),
        )  # fmt: skip
    juniors = [p for p in people if p.id not in changed and level_of(p.title, p.seniority)[0]
               in ("junior", "intern")]  # fmt: skip
    for p in juniors[:2]:
        changed[p.id] = ContactInput(mentee=True)
    mine = [p for p in people if p.company == PROFILE["company"] and p.id not in changed]
    for p, what in zip(mine, ("budget", "hiring,tools", "roadmap"), strict=False):
        changed[p.id] = ContactInput(decides=what)
    for contact_id, data in changed.items():
        edit_contact(unit, contact_id, data, now, end)
    mentor = next((i for i, d in changed.items() if d.board == "mentor"), None)
    if mentor is not None:
        day = (end - dt.timedelta(days=1)).isoformat()
        record_entry(unit, mentor, EntryInput("receive", "advice", "pricing talk", day), now, end)
    return len(changed)
