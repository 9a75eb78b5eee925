"""Companies I track (issue 16): hiring or not (checked when), for what, size and type, and
whether they are a target. There is one list of target companies: the company targets of
reviews (``target add company``); a company set as a target joins the same list."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from netgarden.domain.career import (
    CompanyType,
    Hiring,
    parse_member,
    parse_size,
    short_text,
)
from netgarden.domain.normalize import clean_text, fold
from netgarden.domain.values import parse_id
from netgarden.errors import Collector, InvalidValue, NotFound
from netgarden.services.career import company_targets as _targets
from netgarden.services.database import Unit
from netgarden.store.career_tables import Company

TARGET_AT_LEAST = 3  # a new target company: aim for at least three people there


@dataclass(frozen=True)
class CompanyView:
    id: int | None  # None: a target company not tracked yet
    name: str
    target: bool
    hiring: str
    hiring_for: str | None
    hiring_checked_on: dt.date | None
    size: str | None
    type: str | None
    people: int
    at_least: int | None = None  # the target's aim


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    title: str | None
    strength: int
    status: str | None
    hiring_manager_for: str | None


@dataclass(frozen=True)
class CompanyDetail:
    company: CompanyView
    people: list[Person]
    paths: list[Any] = field(default_factory=list)  # services.paths.WarmPath
    opportunities: list[Any] = field(default_factory=list)


def set_company(
    unit: Unit, name: str, *, target: bool | None = None, hiring: str | None = None,
    hiring_for: str | None = None, size: str | None = None, kind: str | None = None,
    today: dt.date, now: dt.datetime,
) -> CompanyView:  # fmt: skip
    """Track a company, or change what is given of one; a hiring status or what it hires for
    records today as the day it was checked. ``hiring_for`` alone means it is hiring."""
    cleaned = clean_text(name, multiline=False) or ""
    if not cleaned:
        raise InvalidValue("name", "is empty; name the company")
    values: dict[str, Any] = {}
    check = Collector()
    with check:
        short_text("name", cleaned)
    with check:
        if hiring is not None:
            values["hiring"] = parse_member("hiring", hiring, Hiring).value
    with check:
        if hiring_for is not None:
            values["hiring_for"] = short_text("hiring_for", hiring_for)
            if values["hiring_for"] and hiring is None:
                values["hiring"] = Hiring.YES.value
    with check:
        if size is not None:
            values["size"] = parse_size(size) if size.strip() else None
    with check:
        if kind is not None:
            values["type"] = parse_member("type", kind, CompanyType).value if kind.strip() else None
    check.raise_if_any()
    if "hiring" in values or "hiring_for" in values:
        values["hiring_checked_on"] = today
    key = fold(cleaned)
    existing = unit.career.company_by_key(key)
    typed = existing.name if existing else _targets(unit).get(key, (cleaned, 0))[0]
    row = unit.career.save_company(typed, key, values, now)
    _set_target(unit, key, row.name, target)
    return _views(unit, [row])[0]


def _set_target(unit: Unit, key: str, name: str, target: bool | None) -> None:
    targets = _targets(unit)
    if target and key not in targets:
        unit.reviews.set_target("company", name, TARGET_AT_LEAST)
    elif target is False and key in targets:
        unit.reviews.remove_target("company", targets[key][0])


def _views(unit: Unit, rows: list[Company], extra: list[str] | None = None) -> list[CompanyView]:
    targets = _targets(unit)
    counts = Counter(fold(p.company) for p in unit.career.with_company())
    views = [
        CompanyView(row.id, row.name, row.name_key in targets, row.hiring, row.hiring_for,
                    row.hiring_checked_on, row.size, row.type, counts.get(row.name_key, 0),
                    targets.get(row.name_key, (None, None))[1])
        for row in rows
    ]  # fmt: skip
    for name in extra or []:
        key = fold(name)
        views.append(CompanyView(None, name, key in targets, Hiring.UNKNOWN.value, None, None,
                                 None, None, counts.get(key, 0),
                                 targets.get(key, (None, None))[1]))  # fmt: skip
    return views


def list_companies(unit: Unit) -> list[CompanyView]:
    """Tracked companies and target companies, targets first, then by name."""
    rows = unit.career.companies()
    tracked = {row.name_key for row in rows}
    untracked = [name for key, (name, _) in _targets(unit).items() if key not in tracked]
    views = _views(unit, rows, untracked)
    return sorted(views, key=lambda v: (not v.target, fold(v.name)))


def find_company(unit: Unit, reference: str) -> CompanyView:
    """A company by id or name (a target or an employer of my contacts counts too)."""
    company_id = parse_id(reference)
    if company_id is not None and (row := unit.career.company(company_id)) is not None:
        return _views(unit, [row])[0]
    key = fold(clean_text(reference, multiline=False))
    row = unit.career.company_by_key(key) if key else None
    if row is not None:
        return _views(unit, [row])[0]
    target = _targets(unit).get(key)
    named = (
        target[0]
        if target
        else next((p.company for p in unit.career.with_company() if fold(p.company) == key), None)
    )
    if company_id is not None and named is None:
        raise NotFound("company", company_id)
    if not key or named is None:
        raise InvalidValue("name", f"no company {reference.strip()!r} among your targets, "
                                   "tracked companies or your contacts' employers")  # fmt: skip
    return _views(unit, [], [named])[0]


def show_company(unit: Unit, reference: str, today: dt.date, paths: int = 5) -> CompanyDetail:
    """A company with the people there (strongest first) and the warm paths in."""
    from netgarden.services.paths import warm_paths
    from netgarden.services.strength import batch_strength

    company = find_company(unit, reference)
    key = fold(company.name)
    there = [p for p in unit.career.with_company() if fold(p.company) == key]
    scores = batch_strength(unit, today, [p.id for p in there])
    people = sorted(
        (Person(p.id, p.name, p.title, scores[p.id].score if p.id in scores else 0, p.status,
                p.hiring_manager_for) for p in there),
        key=lambda p: (-p.strength, fold(p.name)),
    )  # fmt: skip
    found = warm_paths(unit, company=company.name, limit=paths, today=today) if paths else []
    return CompanyDetail(company, people, found, _opportunities(unit, company.name))


def _opportunities(unit: Unit, company: str) -> list[Any]:
    """The company's opportunities still in play (open to offer), newest first."""
    from netgarden.domain.opportunities import ACTIVE
    from netgarden.services.opportunities import list_opportunities

    active = {stage.value for stage in ACTIVE}
    return [o for o in list_opportunities(unit, company=company) if o.stage in active]
