"""Knows-links, warm paths to a person, company or role, the introductions I make, and
suggestions of whom to introduce to whom."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from netgarden.domain.network import (
    COLLEAGUE_WEIGHT,
    FOLLOW_UP_AFTER,
    LINK_WEIGHT,
    Ask,
    IntroState,
    Person,
    check_transition,
    draft_request,
    parse_link_strength,
    path_score,
)
from netgarden.domain.normalize import clean_text
from netgarden.domain.seniority import helpfulness
from netgarden.domain.values import check_length
from netgarden.errors import InvalidValue, NotFound
from netgarden.services.database import Unit
from netgarden.store.rows import PersonRow, Profile


def _exists(unit: Unit, contact_id: int) -> None:
    unit.contacts.require(contact_id)


@dataclass(frozen=True)
class LinkResult:
    """What linking two contacts did."""

    strength: str  # the link's strength now
    created: bool = False
    was: str | None = None  # its strength before, when this changed it
    how: str | None = None  # words added to how they know each other

    @property
    def changed(self) -> bool:
        return self.created or self.was is not None or self.how is not None


def link_contacts(
    unit: Unit, a: int, b: int, now: dt.datetime, how: str | None = None,
    strength: str | None = None,
) -> LinkResult:  # fmt: skip
    """Record that a and b know each other. A strength the user gives becomes the link's
    strength, weaker or not; without one, a new link is medium and an existing one keeps
    its own."""
    _pair(unit, a, b)
    wanted = parse_link_strength(strength).value if strength is not None else None
    before, now_strength, added = unit.network.link(
        a, b, wanted, clean_text(how), "manual", now, exact=True
    )
    return LinkResult(
        strength=now_strength,
        created=before is None,
        was=before if before is not None and before != now_strength else None,
        how=added if before is not None else None,
    )


def _pair(unit: Unit, a: int, b: int) -> None:
    if a == b:
        raise InvalidValue("b", "a contact cannot be linked to themselves")
    _exists(unit, a)
    _exists(unit, b)


@dataclass(frozen=True)
class Known:
    id: int
    name: str
    company: str | None
    strength: str
    how: str | None
    source: str


def known_by(unit: Unit, contact_id: int) -> list[Known]:
    _exists(unit, contact_id)
    return [Known(*row) for row in unit.network.links_of(contact_id)]


# -- warm paths ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WarmPath:
    """A path and its score: how warm it is (my tie times each link) times how much the
    person at its end can help with the ask (their seniority, and their title's fit with a
    role asked for), with why."""

    ids: list[int]
    names: list[str]
    score: float
    warmth: float
    help: float
    why: str
    draft: str


def warm_paths(
    unit: Unit, *, to: int | None = None, company: str | None = None, role: str | None = None,
    max_hops: int = 3, limit: int = 10, today: dt.date,
) -> list[WarmPath]:  # fmt: skip
    """Paths from the first person I would ask to the target, warmest first."""
    if sum(x is not None and x != "" for x in (to, company, role)) != 1:
        raise InvalidValue("target", "give exactly one target: a person, a company or a role")
    if not 1 <= max_hops <= 4:
        raise InvalidValue("max_hops", f"{max_hops} is out of range; use 1 to 4")
    check_length("company", company)  # a longer pattern is too complex for LIKE
    check_length("role", role)
    rows: list[PersonRow | Profile]
    if to is not None:
        _exists(unit, to)
        rows = [unit.network.details({to})[to]]
    else:
        rows = list(unit.network.people(company=company, role=role))
    helps_of = {row.id: helpfulness(row.title, row.seniority, role) for row in rows}
    targets = set(helps_of)
    if not targets:
        return []
    # best[n]: the best chain of links from n to a target: the product of link weights times
    # how much that target can help; relaxed one person longer per round; nxt[n] remembers
    # the next person on that chain
    best: dict[int, float] = {t: helps_of[t].weight for t in targets}
    nxt: dict[int, int] = {}
    frontier = set(targets)
    for round_number in range(max_hops - 1):
        pairs = [(a, b, LINK_WEIGHT[s]) for a, b, s in unit.network.links_touching(frontier)]
        if round_number == 0 and company is None and len(targets) <= COLLEAGUE_TARGETS:
            # a colleague at a target's own company knows them a little
            pairs += [(c, t, COLLEAGUE_WEIGHT) for c, t in unit.network.colleagues(targets)]
        improved: set[int] = set()
        for a, b, weight in pairs:
            for near, far in ((a, b), (b, a)):
                if far in frontier and near not in targets:
                    value = weight * best[far]
                    if value > best.get(near, 0.0) and not _on_chain(near, far, nxt):
                        best[near], nxt[near] = value, far
                        improved.add(near)
        # a beam: only the warmest chains grow another person
        frontier = set(sorted(improved, key=lambda n: (-best[n], n))[:BEAM])
        if not frontier:
            break
    # my tie decides; exact strength costs a query per person, so first narrow the field by
    # chain warmth times how recently I was in touch (one indexed lookup each)
    last = unit.contacts.last_touches_of(list(best))

    def rough(n: int) -> float:
        days = (today - last[n]).days if n in last else 3650
        return float(best[n] * 0.5 ** (max(days, 0) / 180))

    candidates = sorted(best, key=lambda n: (-rough(n), n))[:CANDIDATES]
    ties = _my_ties(unit, set(candidates), today)
    ranked = sorted(
        candidates, key=lambda n: (-path_score(ties[n], [best[n]]), _chain_length(n, nxt), n)
    )[:limit]
    paths = [_chain(n, nxt) for n in ranked]
    people = unit.network.details({i for path in paths for i in path})
    ask = Ask(person=to is not None, company=company or None, role=role or None)
    result = []
    for path in paths:
        start, helps = path[0], helps_of[path[-1]]
        persons = [Person(people[i].name, people[i].company, people[i].title) for i in path]
        result.append(
            WarmPath(path, [p.name for p in persons], path_score(ties[start], [best[start]]),
                     path_score(ties[start], [best[start] / helps.weight]), helps.weight,
                     helps.why, draft_request(persons, ask))
        )  # fmt: skip
    return result


CANDIDATES = 300
BEAM = 300
COLLEAGUE_TARGETS = 50  # beyond this many targets, colleagues add noise, not warmth


def _chain(start: int, nxt: dict[int, int]) -> list[int]:
    path = [start]
    while path[-1] in nxt:
        path.append(nxt[path[-1]])
    return path


def _chain_length(start: int, nxt: dict[int, int]) -> int:
    return len(_chain(start, nxt))


def _on_chain(node: int, start: int, nxt: dict[int, int]) -> bool:
    """Whether ``node`` is already on the chain from ``start`` (no loops in a path)."""
    return node in _chain(start, nxt)


def _my_ties(unit: Unit, ids: set[int], today: dt.date) -> dict[int, float]:
    from netgarden.domain.strength import Event, strength

    events: dict[int, list[Event]] = defaultdict(list)
    for row in unit.ledger.strength_events(sorted(ids)):
        contact_id, on, kind, source, direction, replied = row
        events[contact_id].append(Event(on, kind, source, direction, replied))
    weights = unit.preferences().strength_weights()
    return {i: strength(events.get(i, []), today, weights, explain=False).score / 100 for i in ids}


# -- introductions I make --------------------------------------------------------------------


@dataclass(frozen=True)
class IntroView:
    id: int
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    why: str | None
    state: str
    outcome: str | None
    updated_on: dt.date

    def follow_up_due(self, today: dt.date) -> bool:
        wait = FOLLOW_UP_AFTER.get(IntroState(self.state))
        return wait is not None and (today - self.updated_on).days >= wait


@dataclass(frozen=True)
class Proposal:
    """The introduction a proposal left open: new, or one already open for the pair."""

    id: int
    state: str
    created: bool


# an introduction still under way; proposing the same pair again would repeat it
OPEN_STATES = (IntroState.PROPOSED, IntroState.ASKED_A, IntroState.ASKED_B)


def propose_intro(
    unit: Unit, a: int, b: int, why: str | None, today: dt.date, now: dt.datetime
) -> Proposal:
    """Propose introducing a and b. While an introduction of the two is still under way,
    nothing is created and that one is returned."""
    if a == b:
        raise InvalidValue("b", "a contact cannot be introduced to themselves")
    _exists(unit, a)
    _exists(unit, b)
    found = unit.network.open_intro(a, b, [state.value for state in OPEN_STATES])
    if found is not None:
        return Proposal(found.id, found.state, created=False)
    number = unit.network.add_intro(a, b, clean_text(why), today, now)
    return Proposal(number, IntroState.PROPOSED.value, created=True)


def advance_intro(
    unit: Unit, intro_id: int, state: str, outcome: str | None, today: dt.date, now: dt.datetime
) -> IntroState:
    intro = unit.network.intro(intro_id)
    if intro is None:
        raise NotFound("introduction", intro_id)
    target = check_transition(IntroState(intro.state), state)
    unit.network.set_intro_state(intro_id, target.value, clean_text(outcome), today)
    if target is IntroState.MADE:  # they now know each other, and I gave to both
        unit.network.link(intro.a_id, intro.b_id, "medium", "introduced by me", "intro", now)
        for contact_id in (intro.a_id, intro.b_id):
            unit.ledger.insert(
                contact_id=contact_id,
                entry_type="give",
                kind="introduction",
                note=f"introduction #{intro_id}",
                occurred_on=today,
                now=now,
            )
    return target


def introductions(unit: Unit) -> list[IntroView]:
    return [IntroView(*row) for row in unit.network.intros()]


def introduced_to_me(
    unit: Unit, introducer: int, newcomer: int, today: dt.date, now: dt.datetime
) -> None:
    """X introduced me to Y: Y's how-we-met says so, and X and Y know each other."""
    _pair(unit, introducer, newcomer)
    unit.network.link(introducer, newcomer, "medium", "introduced them to me", "intro", now)
    contact = unit.contacts.get(newcomer)
    assert contact is not None
    name = unit.contacts.get(introducer).name  # type: ignore[union-attr]
    changes: dict[str, Any] = {"how_met": f"Introduced by {name}"}
    if contact.met_on is None:
        changes["met_on"] = today
    unit.contacts.update(newcomer, changes, now)
    unit.search.reindex([newcomer])


# -- suggestions -----------------------------------------------------------------------------

PER_NEED = 3
_WORD = re.compile(r"[a-z][a-z0-9+#-]{2,}")
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "about",
        "their",
        "from",
        "into",
        "that",
        "this",
        "what",
        "how",
        "they",
        "them",
        "our",
        "your",
        "help",
        "intro",
        "intros",
        "introductions",
        "share",
        "research",
        "feedback",
    ]
)


@dataclass(frozen=True)
class Suggestion:
    a_id: int
    a_name: str
    b_id: int
    b_name: str
    score: float
    reason: str


def suggest_intros(unit: Unit, limit: int = 20) -> list[Suggestion]:
    """Pairs not yet linked where one's needs match the other's expertise, best first."""
    profiles = list(unit.network.profiles())
    expertise: dict[int, set[str]] = {}
    needs: dict[int, set[str]] = {}
    for p in profiles:
        expertise[p.id] = _words(p.title, p.function, p.industry, p.interests)
        needs[p.id] = _words(p.help_them)  # what they need: how I (or someone) can help them
    df = Counter(word for words in expertise.values() for word in words)
    total = max(len(profiles), 1)
    too_common = max(total * 0.2, 2)  # in a tiny network nothing is "common"
    idf = {word: math.log(1 + total / count) for word, count in df.items() if count <= too_common}
    index: dict[str, list[int]] = defaultdict(list)
    for contact_id, words in expertise.items():
        for word in words:
            if word in idf:
                index[word].append(contact_id)
    linked = unit.network.all_pairs()
    names = {p.id: p.name for p in profiles}
    best: list[tuple[float, int, int, list[str]]] = []
    # people often need the same things: score each distinct set of needs once
    ranked_for: dict[frozenset[str], list[tuple[float, int, list[str]]]] = {}
    for a, wanted in needs.items():
        key = frozenset(w for w in wanted if w in index)
        if not key:
            continue
        if key not in ranked_for:
            scores: dict[int, float] = defaultdict(float)
            shared: dict[int, list[str]] = defaultdict(list)
            for word in key:
                for b in index[word]:
                    scores[b] += idf[word]
                    shared[b].append(word)
            top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[: PER_NEED + 1]
            ranked_for[key] = [(score, b, shared[b]) for b, score in top]
        taken = 0
        for score, b, common in ranked_for[key]:
            if b != a and (min(a, b), max(a, b)) not in linked and taken < PER_NEED:
                best.append((score, a, b, common))
                taken += 1
    best.sort(key=lambda item: (-item[0], item[1], item[2]))
    seen: set[tuple[int, int]] = set()
    result = []
    for score, a, b, common in best:
        pair = (min(a, b), max(a, b))
        if pair in seen:
            continue
        seen.add(pair)
        reason = f"{names[a]} needs {', '.join(sorted(common)[:4])}; {names[b]} knows it"
        result.append(Suggestion(a, names[a], b, names[b], round(score, 2), reason))
        if len(result) >= limit:
            break
    return result


def _words(*texts: str | None) -> set[str]:
    found: set[str] = set()
    for text in texts:
        if text:
            found.update(w for w in _WORD.findall(text.casefold()) if w not in _STOP)
    return found


# -- the graph view --------------------------------------------------------------------------

GRAPH_LIMIT = 150


@dataclass(frozen=True)
class Graph:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    truncated: bool


def focused_graph(
    unit: Unit, *, center: int | None = None, circle: str | None = None, tag: str | None = None,
    limit: int = GRAPH_LIMIT,
) -> Graph:  # fmt: skip
    """Me, a focused set of contacts and the links among them: around one person (their
    links and their links' links), or the people of a circle or tag. Never the whole network:
    at most ``limit`` people."""
    from netgarden.domain.views import ListFilter
    from netgarden.services.contacts import list_contacts

    if not 1 <= limit <= 500:
        raise InvalidValue("limit", f"{limit} is out of range; use 1 to 500")
    if center is not None:
        _exists(unit, center)
        chosen = [center]
        for _ in range(2):
            around = unit.network.links_touching(chosen)
            chosen += [n for a, b, _s in around for n in (a, b) if n not in chosen]
            if len(chosen) >= limit:
                break
        chosen = chosen[:limit]
    else:
        wanted = ListFilter(circle=circle or ("inner" if not tag else None), tag=tag, limit=limit)
        chosen = [c.id for c in list_contacts(unit, wanted)]
    ids = set(chosen)
    people = unit.network.details(ids)
    circles = {c.id: c.circle for c in list_contacts(unit, ListFilter(limit=None))} if ids else {}
    nodes = [{"id": "me", "label": "Me", "circle": "me"}] + [
        {"id": str(i), "label": people[i].name, "circle": circles.get(i, "none")} for i in chosen
    ]
    edges = [
        {"source": "me", "target": str(i), "strength": circles.get(i, "none")}
        for i in chosen if circles.get(i, "none") != "none"
    ]  # fmt: skip
    edges += [
        {"source": str(a), "target": str(b), "strength": s}
        for a, b, s in unit.network.links_touching(ids)
        if a in ids and b in ids
    ]
    return Graph(nodes, edges, truncated=len(chosen) >= limit)
