"""Who would I call (issue 16, seeds/004): every active contact in one class, with the
summary; and a contact's role history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from netgarden.domain.call_list import CallList, call_list, is_junior
from netgarden.domain.career import (
    CallClass,
    CallPerson,
    CompanyFacts,
    Hiring,
    Opening,
    is_hiring_manager,
    openings_for,
    short_text,
)
from netgarden.domain.normalize import fold
from netgarden.domain.values import check_day
from netgarden.errors import Collector, InvalidValue

if TYPE_CHECKING:  # the call list also runs on a bare read-only unit (services/read_only.py)
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit


def role_history(unit: Unit, contact_id: int) -> list[dict[str, Any]]:
    """A contact's role changes, newest first, as JSON-ready values."""
    return [row._asdict() for row in unit.career.role_history(contact_id)]


def _filters(role: str | None, companies: Sequence[str]) -> tuple[str | None, set[str]]:
    check = Collector()
    wanted: set[str] = set()
    cleaned = None
    with check:
        cleaned = short_text("role", role) if role is not None else None
    for company in companies:
        with check:
            name = short_text("company", company)
            if not name:
                raise InvalidValue("company", "is empty; name a company (or leave it out)")
            wanted.add(fold(name))
    check.raise_if_any()
    return cleaned, wanted


def company_targets(unit: Unit | ReadUnit) -> dict[str, tuple[str, int]]:
    """Target companies by folded name: (name as typed, at least)."""
    return {fold(t.value): (t.value, t.at_least) for t in unit.reviews.targets()
            if t.dimension == "company"}  # fmt: skip


def company_facts(unit: Unit | ReadUnit) -> dict[str, CompanyFacts]:
    """Every tracked or target company by folded name, as the call list reads them."""
    targets = company_targets(unit)
    found = {
        row.name_key: CompanyFacts(row.name, Hiring(row.hiring), row.hiring_for,
                                   row.hiring_checked_on, row.name_key in targets)
        for row in unit.career.company_facts()
    }  # fmt: skip
    for key, (name, _) in targets.items():
        found.setdefault(key, CompanyFacts(name, target=True))
    return found


def who_would_i_call(
    unit: Unit | ReadUnit, today: dt.date, role: str | None = None, companies: Sequence[str] = ()
) -> CallList:
    """The call list as of ``today``. The target role is ``role``, else my profile's title;
    ``companies`` keeps the people (and target companies) at those companies."""
    from netgarden.services.profile import my_facts
    from netgarden.services.strength import batch_strength

    check_day(today, "as_of")
    role, wanted = _filters(role, companies)
    me = my_facts(unit)
    role = role or me.get("title") or None
    everyone = unit.career.people()
    rows = [p for p in everyone if not wanted or fold(p.company) in wanted]
    # everyone's tallies in one read; a company filter reads only theirs
    scores = batch_strength(unit, today, [p.id for p in rows] if wanted else None)
    facts = company_facts(unit)
    knows = _knows_hiring_manager(unit, everyone, rows, role)
    people = [
        CallPerson(p.id, p.name, p.company, p.title, p.seniority, p.status, p.status_on,
                   p.hiring_manager_for, scores[p.id].score if p.id in scores else 0,
                   knows.get(p.id))
        for p in rows
    ]  # fmt: skip
    targets = [
        f.name for f in facts.values() if f.target and (not wanted or fold(f.name) in wanted)
    ]
    junior = is_junior(me.get("title"), me.get("seniority"))
    found = call_list(people, facts, role, junior, sorted(targets, key=fold))
    return _with_openings(unit, found)


def _with_openings(unit: Unit | ReadUnit, found: CallList) -> CallList:
    """Support them "with matching open opportunities to share" (seeds/002)."""
    from dataclasses import replace

    from netgarden.domain.opportunities import Stage

    if not any(c.klass is CallClass.SUPPORT for c in found.calls):
        return found
    openings = [Opening(o.id, o.title, o.role, o.company)
                for o in unit.opportunities.openings(Stage.OPEN.value)
                if o.kind in SHAREABLE]  # fmt: skip
    calls = []
    for call in found.calls:
        share = openings_for(call.person.title, openings) if call.klass is CallClass.SUPPORT else []
        if share:
            reason = f"{call.reason}; share {', '.join(o.label() for o in share)}"
            call = replace(call, reason=reason, share=tuple(share))
        calls.append(call)
    return CallList(calls, found.summary)


SHAREABLE = frozenset({"job", "collaboration"})


def _knows_hiring_manager(
    unit: Unit | ReadUnit, everyone: Sequence[Any], rows: Sequence[Any], role: str | None
) -> dict[int, str]:
    """Who is linked to a hiring manager (for the role) at their own company: their name."""
    company_of = {p.id: fold(p.company) for p in rows if p.company}
    hms = [p for p in everyone if p.company and is_hiring_manager(_as_person(p), role)]
    managers = {p.id: p.name for p in hms}
    manager_company = {p.id: fold(p.company) for p in hms}
    found: dict[int, str] = {}
    for a, b, _strength in unit.network.links_touching(managers):
        for hm, other in ((a, b), (b, a)):
            colleague = other in company_of and company_of[other] == manager_company.get(hm)
            if hm in managers and other not in managers and colleague:
                found.setdefault(other, managers[hm])
    return found


def _as_person(p: Any) -> CallPerson:
    return CallPerson(p.id, p.name, p.company, p.title, p.seniority, p.status, p.status_on,
                      p.hiring_manager_for, 0)  # fmt: skip
