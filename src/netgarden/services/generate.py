"""A deterministic, realistic network of any size: the demo, tests and benchmarks use it.

The same ``seed``, sizes and ``end`` date always give the same database. Circles follow a
stress-friendly split (3% inner, 12% middle, 40% outer, the rest outside any circle); the
touches go mostly to closer circles, span the last two years, and some relationships lapse
so the agenda has overdue and lapsed ties to show.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from netgarden.domain.values import Circle
from netgarden.errors import InvalidValue, UserError
from netgarden.services import sample_data as data
from netgarden.services.database import Unit
from netgarden.store.bulk import BulkLoader
from netgarden.store.contacts import name_key

CIRCLE_SHARES = ((Circle.INNER, 0.03), (Circle.MIDDLE, 0.12), (Circle.OUTER, 0.40))
TOUCH_RATE = {Circle.INNER: 12.0, Circle.MIDDLE: 5.0, Circle.OUTER: 1.6, Circle.NONE: 0.5}
KINDS_BY_CIRCLE = {
    Circle.INNER: ("coffee", "call", "message", "meeting", "video", "message"),
    Circle.MIDDLE: ("message", "email", "coffee", "call", "video", "event"),
    Circle.OUTER: ("message", "email", "event", "message", "informational-interview"),
    Circle.NONE: ("message", "email", "event", "other"),
}
ONE_WAY = frozenset({"message", "email", "intro", "other"})
HISTORY_DAYS = 730
MAX_CONTACTS = 1_000_000
MAX_TOUCHES = 20_000_000
MAX_LINKS = 20_000_000


@dataclass(frozen=True)
class Generated:
    contacts: int
    touches: int


@dataclass
class _Person:
    id: int
    circle: Circle
    known_since: dt.date
    company: str
    active_until: dt.date


def generate_network(
    unit: Unit, *, contacts: int, touches: int, seed: int, end: dt.date, links: int | None = None
) -> Generated:
    """``links`` "knows" links besides those from shared touches (default: one per contact)."""
    if not 1 <= contacts <= MAX_CONTACTS:
        raise InvalidValue("contacts", f"{contacts} is out of range; use 1 to {MAX_CONTACTS:,}")
    if not 0 <= touches <= MAX_TOUCHES:
        raise InvalidValue("touches", f"{touches} is out of range; use 0 to {MAX_TOUCHES:,}")
    most = min(MAX_LINKS, contacts * (contacts - 1) // 2)  # more could never be found
    if links is not None and not 0 <= links <= most:
        raise InvalidValue("links", f"{links} is out of range; use 0 to {most:,}")
    loader = BulkLoader(unit.session)
    present = unit.contacts.count()
    if present:
        raise UserError(
            f"the database already has contacts ({present:,}); generate into a new database file"
        )
    rng = random.Random(seed)
    people = _people(rng, contacts, end)
    given = loader.contacts(_contact_rows(rng, people, unit.workspace_id))
    for person, contact_id in zip(people, given, strict=True):
        person.id = contact_id  # the database's id from here on (the same on a new file)
    loader.emails(_email_rows(rng, people, unit.workspace_id))
    loader.phones(_phone_rows(rng, people, unit.workspace_id))
    loader.tags(_tag_rows(rng, people, unit.workspace_id))
    touch_rows: list[tuple[Any, ...]] = []
    members: list[tuple[int, ...]] = []
    for row, participants in _touches(rng, people, touches, end, unit.workspace_id):
        touch_rows.append(row)
        members.append(participants)
    participant_rows = [
        (touch_id, contact_id, unit.workspace_id, row[1])
        for touch_id, row, participants in zip(
            loader.touches(touch_rows), touch_rows, members, strict=True
        )
        for contact_id in participants
    ]
    loader.participants(participant_rows)
    loader.links(_link_rows(rng, people, participant_rows, links, unit.workspace_id, end))
    unit.search.rebuild()
    return Generated(len(people), len(touch_rows))


def _link_rows(
    rng: random.Random,
    people: list[_Person],
    participants: list[tuple[Any, ...]],
    wanted: int | None,
    workspace_id: int,
    end: dt.date,
) -> Iterator[tuple[Any, ...]]:
    """Links from shared touches, then colleagues and acquaintances up to ``wanted`` more."""
    stamp = _stamp(dt.datetime.combine(end, dt.time(12, 0)))
    seen: set[tuple[int, int]] = set()
    by_touch: dict[int, list[int]] = {}
    for touch_id, contact_id, *_ in participants:
        by_touch.setdefault(touch_id, []).append(contact_id)
    for members in by_touch.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (min(a, b), max(a, b))
                if pair not in seen:
                    seen.add(pair)
                    yield (workspace_id, *pair, "medium", "met together", "touch", stamp)
    if len(people) < 2:
        return
    by_company: dict[str, list[int]] = {}
    for person in people:
        by_company.setdefault(person.company, []).append(person.id)
    target = len(people) if wanted is None else wanted
    made = attempts = 0
    while made < target and attempts < target * 5:
        attempts += 1
        person = rng.choice(people)
        colleagues = by_company[person.company]
        b = rng.choice(colleagues) if rng.random() < 0.6 else rng.choice(people).id
        pair = (min(person.id, b), max(person.id, b))
        if person.id == b or pair in seen:
            continue
        seen.add(pair)
        made += 1
        strength = rng.choices(("weak", "medium", "strong"), weights=(5, 3, 1))[0]
        how = "colleagues" if b in colleagues else "know each other"
        yield (workspace_id, *pair, strength, how, "manual", stamp)


def _people(rng: random.Random, count: int, end: dt.date) -> list[_Person]:
    circles: list[Circle] = []
    for circle, share in CIRCLE_SHARES:
        circles += [circle] * max(1 if count >= 10 else 0, round(count * share))
    circles = (circles + [Circle.NONE] * count)[:count]
    rng.shuffle(circles)
    people = []
    for index, circle in enumerate(circles, 1):
        known_since = end - dt.timedelta(days=rng.randint(30, 6 * 365))
        lapses = rng.random() < 0.18
        gap = rng.randint(200, 700) if lapses else 0
        if lapses and circle is Circle.OUTER:  # past two yearly cadences: a lapsed outer tie
            gap = rng.randint(740, 1000)
        if lapses:  # a relationship that lapsed was alive for a while before it did
            known_since = min(known_since, end - dt.timedelta(days=gap + rng.randint(120, 720)))
        people.append(
            _Person(
                id=index,
                circle=circle,
                known_since=known_since,
                company=rng.choice(data.COMPANIES)[0],
                active_until=max(known_since, end - dt.timedelta(days=gap)),
            )
        )
    return people


class NameBook:
    """The names given out at each company, so that no two people a generator makes at one
    company may be one person (``domain.duplicates``). A drawn name that is taken, or near a
    taken one, gives way to the next free one on a fixed walk over every pairing of a first
    and a last name. A company with more people than that (about 8,000) gives the rest a
    middle initial: still unique, though then two may be a typo apart."""

    def __init__(self) -> None:
        self.taken: dict[str, bytearray] = {}
        self.overflow: dict[str, int] = {}

    def claim(self, company: str, first: str, last: str) -> str:
        """The name the person drawn as ``first last`` at ``company`` gets."""
        names, near, stride = _vocabulary()
        taken = self.taken.setdefault(company, bytearray(len(names)))
        start = _FIRST[first] * len(data.LAST_NAMES) + _LAST[last]
        for step in range(0 if company in self.overflow else len(names)):
            index = (start + step * stride) % len(names)
            if not taken[index] and not any(taken[other] for other in near[index]):
                taken[index] = 1
                return names[index]
        count = self.overflow[company] = self.overflow.get(company, 0) + 1
        given, family = names[count % len(names)].split(" ", 1)
        return f"{given} {chr(ord('A') + count // len(names) % 26)}. {family}"


_FIRST = {name: index for index, name in enumerate(data.FIRST_NAMES)}
_LAST = {name: index for index, name in enumerate(data.LAST_NAMES)}


@functools.cache
def _vocabulary() -> tuple[list[str], list[list[int]], int]:
    """Every pairing of a first and a last name; for each, the others that may be one person
    with it; and a step that walks through all of them before coming back."""
    from netgarden.domain.duplicates import near_keys

    names = [f"{first} {last}" for first in data.FIRST_NAMES for last in data.LAST_NAMES]
    sharing: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        for key in near_keys(name):
            sharing.setdefault(key, []).append(index)
    near: list[list[int]] = [[] for _ in names]
    for held in sharing.values():
        for index in held if len(held) > 1 else ():
            near[index].extend(other for other in held if other != index)
    stride = next(step for step in range(97, 97 + len(names)) if math.gcd(step, len(names)) == 1)
    return names, near, stride


def _contact_rows(
    rng: random.Random, people: list[_Person], workspace_id: int
) -> Iterator[tuple[Any, ...]]:
    companies = {c[0]: c for c in data.COMPANIES}
    book = NameBook()
    for person in people:
        drawn = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
        name = book.claim(person.company, *drawn)
        function = rng.choice(list(data.ROLES))
        level = rng.choices(range(4), weights=(3, 4, 3, 1))[0]
        interest = rng.choice(data.INTERESTS)
        fill = {"event": rng.choice(data.EVENTS), "company": person.company, "interest": interest}
        birthday = None
        if rng.random() < 0.6:
            day = dt.date(2001, 1, 1) + dt.timedelta(days=rng.randrange(365))
            year = rng.randint(1960, 2000)
            birthday = f"--{day:%m-%d}" if rng.random() < 0.15 else f"{year}-{day:%m-%d}"
        created = dt.datetime.combine(person.known_since, dt.time(9, 0))
        handle = "-".join([*name.replace(".", "").lower().split(), str(person.id)])
        yield (
            workspace_id, name, name_key(name), person.company,
            data.ROLES[function][level],
            rng.choice(data.HOW_MET).format(**fill), person.known_since.isoformat(),
            fill["event"] if rng.random() < 0.3 else None,
            _maybe(rng, 0.4, f"{rng.choice(data.FAMILY)}; loves {rng.choice(data.HOBBIES)}"),
            f"{interest}, {rng.choice(data.INTERESTS)}",
            rng.choice(data.HELP_THEM).format(**fill) if rng.random() < 0.5 else None,
            rng.choice(data.HELP_ME).format(**fill) if rng.random() < 0.5 else None,
            None,
            f"https://www.linkedin.com/in/{handle}" if rng.random() < 0.8 else None,
            rng.choice(data.LOCATIONS), companies[person.company][1], function,
            data.SENIORITIES[level], birthday, person.circle.value, None,
            _stamp(created), _stamp(created),
        )  # fmt: skip


def _email_rows(
    rng: random.Random, people: list[_Person], workspace_id: int
) -> Iterator[tuple[Any, ...]]:
    domains = {c[0]: c[2] for c in data.COMPANIES}
    for person in people:
        if rng.random() < 0.7:
            email = f"person{person.id}@{domains[person.company]}"
            yield (workspace_id, person.id, email, email, 0)


def _phone_rows(
    rng: random.Random, people: list[_Person], workspace_id: int
) -> Iterator[tuple[Any, ...]]:
    for person in people:
        if rng.random() < 0.4:
            digits = f"{rng.randint(200, 999)}{rng.randint(200, 999)}{rng.randint(1000, 9999)}"
            number = f"+1 {digits[:3]} {digits[3:6]} {digits[6:]}"
            yield (workspace_id, person.id, number, f"+1{digits}", 0)


def _tag_rows(
    rng: random.Random, people: list[_Person], workspace_id: int
) -> Iterator[tuple[Any, ...]]:
    for person in people:
        for tag in sorted(set(rng.sample(data.TAGS, rng.choice((0, 1, 1, 2, 3))))):
            yield (workspace_id, person.id, tag)


def _touches(
    rng: random.Random, people: list[_Person], total: int, end: dt.date, workspace_id: int
) -> Iterator[tuple[tuple[Any, ...], tuple[int, ...]]]:
    weights = [TOUCH_RATE[p.circle] * rng.lognormvariate(0, 0.5) for p in people]
    scale = total / sum(weights) if weights else 0
    counts = [int(w * scale) for w in weights]
    for index in rng.sample(range(len(people)), min(len(people), total - sum(counts))):
        counts[index] += 1
    start = end - dt.timedelta(days=HISTORY_DAYS)
    for person, count in zip(people, counts, strict=True):
        # a lapsed tie's touches come from the year before it lapsed, even before `start`
        first = max(min(start, person.active_until - dt.timedelta(days=365)), person.known_since)
        span = max(0, (person.active_until - first).days)
        kinds = KINDS_BY_CIRCLE[person.circle]
        for _ in range(count):
            on = first + dt.timedelta(days=rng.randint(0, span))
            kind = rng.choice(kinds)
            one_way = kind in ONE_WAY
            direction = rng.choice(("out", "out", "in")) if one_way else "mutual"
            replied = (rng.random() < 0.6) if one_way and direction == "out" else None
            note = None
            if rng.random() < 0.35:
                note = rng.choice(data.TOUCH_NOTES).format(
                    interest=rng.choice(data.INTERESTS),
                    interest2=rng.choice(data.INTERESTS),
                    company=rng.choice(data.COMPANIES)[0],
                    event=rng.choice(data.EVENTS),
                )
            participants: tuple[int, ...] = (person.id,)
            if rng.random() < 0.03 and len(people) > 1:
                other = rng.choice(people).id
                if other != person.id:
                    participants = (person.id, other)
            created = _stamp(dt.datetime.combine(on, dt.time(18, 0)))
            yield (
                (workspace_id, on.isoformat(), kind, direction, note, replied, created),
                participants,
            )


def _maybe(rng: random.Random, chance: float, value: str) -> str | None:
    return value if rng.random() < chance else None


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
