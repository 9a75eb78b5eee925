"""Content I publish and communities I belong to: adding, listing, removing; and the
content of a period with its mix held to both rules (``content_between``, ``content_mix``)
for the month review and the goals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netgarden.domain.content_mix import (
    CommunityRole,
    ContentKind,
    Mix,
    MixCheck,
    check_mix,
    parse_enum,
)
from netgarden.domain.normalize import fold, strip_controls
from netgarden.domain.values import LINKEDIN_MAX, NAME_MAX, check_day, parse_date
from netgarden.errors import Collector, InvalidValue, NotFound
from netgarden.services.database import Unit


@dataclass(frozen=True)
class ContentView:
    id: int
    kind: str
    title: str
    on: dt.date
    mix: str
    url: str | None
    people: tuple[tuple[int, str], ...]  # (contact id, name)


@dataclass(frozen=True)
class CommunityView:
    id: int
    name: str
    role: str
    joined_on: dt.date
    left_on: dt.date | None


def _text(value: str | None, field: str, most: int, required: bool = False) -> str | None:
    text = " ".join(strip_controls(value or "").split()) or None
    if text is None and required:
        raise InvalidValue(field, "is empty; give it a few words")
    if text is not None and len(text) > most:
        raise InvalidValue(field, f"{len(text):,} characters; at most {most}")
    return text


def _day(value: str | None, today: dt.date, field: str) -> dt.date:
    if value is None or not value.strip():
        return today
    return check_day(parse_date(value, today, field), field)


def add_content(
    unit: Unit,
    kind: str,
    title: str,
    on: str | None,
    mix: str,
    with_: list[str],
    today: dt.date,
    now: dt.datetime,
    url: str | None = None,
) -> ContentView:
    """Record something I published (a day to come is refused: publish it first)."""
    from netgarden.services.lookup import resolve_contact

    check = Collector()
    values: dict[str, object] = {}
    with check:
        values["kind"] = parse_enum(ContentKind, kind, "kind").value
    with check:
        values["title"] = _text(title, "title", NAME_MAX, required=True)
    with check:
        day = _day(on, today, "on")
        if day > today:
            raise InvalidValue("on", f"{day.isoformat()} is still to come; add it once published")
        values["published_on"] = day
    with check:
        values["mix"] = parse_enum(Mix, mix, "mix").value
    with check:
        values["url"] = _text(url, "url", LINKEDIN_MAX)
    people: list[int] = []
    for reference in with_:
        with check:
            people.append(resolve_contact(unit, reference))
    check.raise_if_any()
    content_id = unit.content.insert(values, people, now)
    return content_view(unit, content_id)


def content_view(unit: Unit, content_id: int) -> ContentView:
    row = unit.content.require(content_id)
    people = unit.content.people([content_id]).get(content_id, [])
    return ContentView(row.id, row.kind, row.title, row.published_on, row.mix, row.url,
                       tuple(people))  # fmt: skip


def content_between(
    unit: Unit, start: dt.date | None = None, end: dt.date | None = None
) -> list[ContentView]:
    """Content published from ``start`` through ``end`` (either open), the latest first."""
    rows = unit.content.between(start, end)
    people = unit.content.people([r.id for r in rows])
    return [
        ContentView(r.id, r.kind, r.title, r.published_on, r.mix, r.url,
                    tuple(people.get(r.id, [])))
        for r in rows
    ]  # fmt: skip


def content_mix(unit: Unit, start: dt.date, end: dt.date) -> tuple[dict[str, int], list[MixCheck]]:
    """The period's counts by mix, and both content rules held against them."""
    counts = {m.value: 0 for m in Mix}
    for item in content_between(unit, start, end):
        counts[item.mix] += 1
    return counts, check_mix(counts)


def remove_content(unit: Unit, content_id: int) -> ContentView:
    found = content_view(unit, content_id)
    unit.content.delete(content_id)
    return found


def join_community(
    unit: Unit, name: str, role: str | None, on: str | None, today: dt.date, now: dt.datetime
) -> tuple[CommunityView, bool]:
    """Join a community (or take a new role in one, or rejoin one left); whether it is new."""
    check = Collector()
    with check:
        cleaned = _text(name, "name", NAME_MAX, required=True)
    with check:
        chosen = parse_enum(CommunityRole, role or "member", "role").value
    with check:
        day = _day(on, today, "on")
    check.raise_if_any()
    assert cleaned is not None
    existing = unit.communities.by_key(fold(cleaned))
    if existing is None:
        values = {"name": cleaned, "name_key": fold(cleaned), "role": chosen, "joined_on": day}
        community_id = unit.communities.insert(values, now)
    else:
        community_id = existing.id
        changes: dict[str, object] = {"role": chosen, "left_on": None}
        if existing.left_on is not None:
            changes["joined_on"] = day  # rejoined
        unit.communities.update(community_id, changes)
    return _community(unit, community_id), existing is None


def leave_community(unit: Unit, name: str, on: str | None, today: dt.date) -> CommunityView:
    found = _find_community(unit, name)
    day = _day(on, today, "on")
    if day < found.joined_on:
        raise InvalidValue("on", f"{day.isoformat()} is before you joined ({found.joined_on})")
    unit.communities.update(found.id, {"left_on": day})
    return _community(unit, found.id)


def remove_community(unit: Unit, name: str) -> CommunityView:
    found = _find_community(unit, name)
    unit.communities.delete(found.id)
    return found


def list_communities(unit: Unit) -> list[CommunityView]:
    return [CommunityView(c.id, c.name, c.role, c.joined_on, c.left_on)
            for c in unit.communities.all()]  # fmt: skip


def _find_community(unit: Unit, name: str) -> CommunityView:
    key = fold(name.strip())
    for community in list_communities(unit):
        if fold(community.name) == key or str(community.id) == name.strip().lstrip("#"):
            return community
    raise InvalidValue("name", f"you are in no community called {name.strip()!r}")


def _community(unit: Unit, community_id: int) -> CommunityView:
    for community in list_communities(unit):
        if community.id == community_id:
            return community
    raise NotFound("community", community_id)
