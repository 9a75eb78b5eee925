"""The demo's part for career resilience (issue 16): target companies and their hiring
states, contacts laid off, open to work, switched careers and retired, a hiring manager and a
colleague linked to them, job changes waiting for review and one accepted (a congratulation
on the agenda), so the call list has every class."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from netgarden.domain.normalize import fold
from netgarden.domain.seniority import WEIGHTS, level_of
from netgarden.services.companies import set_company
from netgarden.services.contacts import ContactInput, edit_contact
from netgarden.services.database import Unit
from netgarden.services.job_changes import accept_change
from netgarden.services.links import link_contacts
from netgarden.services.profile import my_facts
from netgarden.services.strength import batch_strength

ROLE = "Product Manager"
STATUSES = (("laid-off", 20), ("laid-off", 45), ("open-to-work", 10), ("retired", 200))
NEW_ROLES = (("Northwind Labs", "Head of Product", None),
             ("Brightline Health", "Staff Product Manager", None),
             ("Self-employed", "Pastry Chef", "Hospitality"),
             ("Orbital Freight", "Director of Product", None))  # fmt: skip
CHANNELS = ("email", "linkedin", "phone", "text", "in-person")


def plant_career(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """Career facts on a demo network; returns how many contacts got some (0: too small)."""
    rng = random.Random(seed + 16)
    people = unit.career.people()
    if len(people) < 40:
        return 0
    scores = batch_strength(unit, end, [p.id for p in people])
    strength = {p.id: scores[p.id].score if p.id in scores else 0 for p in people}
    mine = fold(my_facts(unit).get("company"))
    titles = {p.id: (p.title, p.seniority) for p in people}
    by_company: dict[str, list[int]] = defaultdict(list)
    for p in sorted(people, key=lambda p: -strength[p.id]):
        if p.company and fold(p.company) != mine:
            by_company[p.company].append(p.id)
    crowded = sorted((c for c, ids in by_company.items() if len(ids) >= 2),
                     key=lambda c: (-len(by_company[c]), c))  # fmt: skip
    if len(crowded) < 4:
        return 0
    hiring, closed, unreached, other = crowded[:4]
    warm = by_company[hiring][0]  # the strongest tie there; the most senior in product hires
    manager = max(
        by_company[hiring][1:],
        key=lambda i: ("product" in fold(titles[i][0]), WEIGHTS[level_of(*titles[i])[0]], -i),
    )
    set_company(unit, hiring, target=True, hiring="yes", hiring_for="product managers",
                size="201-1000", kind="scale-up", today=end, now=now)  # fmt: skip
    set_company(unit, closed, hiring="no", size="1001-5000", kind="enterprise", today=end, now=now)
    set_company(unit, unreached, target=True, hiring="yes", hiring_for="product managers",
                size="51-200", kind="startup", today=end, now=now)  # fmt: skip
    set_company(unit, other, hiring="unknown", kind="agency", today=end, now=now)
    edit_contact(unit, manager, ContactInput(hiring_manager_for="product managers"), now, end)
    link_contacts(unit, warm, manager, now, "same product team", "strong")
    taken = {warm, manager}
    free = [p.id for p in people if p.id not in taken]
    chosen = rng.sample(free, len(STATUSES) + max(3, len(people) // 12) + len(NEW_ROLES))
    for contact_id, (status, ago) in zip(chosen, STATUSES, strict=False):
        day = (end - dt.timedelta(days=ago)).isoformat()
        edit_contact(unit, contact_id, ContactInput(status=status, status_on=day), now, end)
    switched = chosen[len(STATUSES) : len(chosen) - len(NEW_ROLES)]
    for contact_id in switched:  # about a tenth switched careers (seeds/004's ~10%)
        on = (end - dt.timedelta(days=rng.randint(60, 400))).isoformat()
        data = ContactInput(status="switched-careers", status_on=on,
                            preferred_channel=rng.choice(CHANNELS))  # fmt: skip
        edit_contact(unit, contact_id, data, now, end)
    _job_changes(unit, chosen[-len(NEW_ROLES) :], end, now)
    return len(chosen) + len(taken)


def _job_changes(unit: Unit, ids: list[int], end: dt.date, now: dt.datetime) -> None:
    """What a re-import would have seen: new roles to review; the first one accepted."""
    people = {p.id: p for p in unit.career.people(ids)}
    rows = [
        {"contact_id": i, "seen_on": end - dt.timedelta(days=2), "old_company": people[i].company,
         "old_title": people[i].title, "new_company": company, "new_title": title,
         "new_function": function}
        for i, (company, title, function) in zip(ids, NEW_ROLES, strict=True)
    ]  # fmt: skip
    unit.career.add_changes(rows)
    first = unit.career.changes()[-1]  # newest first: the last is the first added
    accept_change(unit, first.id, end - dt.timedelta(days=1), now)
