"""The period reviews (issue 15): ``review week|month|quarter|year``. Each line is a practice
of the seeds with what was done, its target and pace, and next actions naming people
(``domain.periods`` has the rules; the quarter and the year are in ``periods_long``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from netgarden.domain import goal_texts as g
from netgarden.domain import practice_texts as p
from netgarden.domain.agenda import AgendaItem, Reason, SubjectType
from netgarden.domain.audit import AuditProposal
from netgarden.domain.goals import Target
from netgarden.domain.periods import (
    PeriodReview,
    PracticeLine,
    ReviewPeriod,
    Span,
    names,
    noted,
    paced,
    parse_review_period,
    series_buckets,
    span,
    title,
)
from netgarden.domain.review_facts import Facts
from netgarden.domain.values import check_day
from netgarden.services.read_only import ReadUnit
from netgarden.store.goal_fact_reads import GiveFact, TouchFact

if TYPE_CHECKING:
    from netgarden.services.database import Unit

Lines = Callable[["Gathered"], list[PracticeLine]]


@dataclass
class Gathered:
    """What a review reads once: the period's touches and gives, and who is in which circle."""

    unit: Unit | ReadUnit  # the quarter's reads run on either (the week's and month's: Unit)
    when: Span
    cache: dict[str, object] = field(default_factory=dict)

    @property
    def usual(self) -> Unit:
        """The unit, where a read is the usual unit's only (the week's, the month's and the
        year's lines, the goals' metrics)."""
        if isinstance(self.unit, ReadUnit):
            raise TypeError("this review's lines read through the usual unit of work")
        return self.unit

    @cached_property
    def pairs(self) -> list[TouchFact]:
        """Every (touch, person) of the period up to its day."""
        return self.usual.goal_facts.touches(self.when.start, self.when.as_of)

    @cached_property
    def gives(self) -> list[GiveFact]:
        return self.unit.goal_facts.gives(self.when.start, self.when.as_of)

    @cached_property
    def counts(self) -> tuple[dict[int, int], dict[dt.date, int]]:
        """(Touch, person) pairs per person and per day of the period up to its day: from
        the pairs when they were read, else counted in the database (the quarter and the
        year need no more)."""
        if "pairs" in self.__dict__:
            return Counter(t.contact_id for t in self.pairs), Counter(t.on for t in self.pairs)
        return self.unit.goal_facts.touch_tallies(self.when.start, self.when.as_of)

    @property
    def per_contact(self) -> dict[int, int]:
        return self.counts[0]

    @property
    def per_day(self) -> dict[dt.date, int]:
        """The review's chart."""
        return self.counts[1]

    @cached_property
    def circles(self) -> dict[str, list[int]]:
        """Active contacts by circle (from everyone's facts when they were read)."""
        if "people" not in self.__dict__:
            return self.usual.practice.circles()
        found: dict[str, list[int]] = {}
        for person in self.people:
            found.setdefault(person.circle, []).append(person.id)
        return found

    @cached_property
    def circle_of(self) -> dict[int, str]:
        return {c: circle for circle, ids in self.circles.items() for c in ids}

    @cached_property
    def people(self) -> list[Facts]:
        """Everyone as reviews read them, scored as of the review's day (read once: the
        audit, the deepened relationships and the quarter's suggestions share it)."""
        from netgarden.services.reviews import review_facts

        return review_facts(self.unit, self.when.as_of)

    @cached_property
    def audit(self) -> list[AuditProposal]:
        """The audit's proposals as of the review's day."""
        from netgarden.services.reviews import audit_review

        return audit_review(self.unit, self.when.as_of, self.people).proposals

    def quiet(self, circles: Sequence[str], most: int = 3) -> list[str]:
        """People of these circles not touched this period, the strongest first (the
        quarter's and the year's suggestions, without computing the agenda)."""
        touched = self.per_contact
        found = [p for p in self.people if p.circle in circles and p.id not in touched]
        found.sort(key=lambda p: (-p.score, p.name.casefold(), p.id))
        return [p.name for p in found[:most]]

    @cached_property
    def agenda(self) -> list[AgendaItem]:
        from netgarden.services.agenda import agenda

        return agenda(self.unit, self.when.as_of, limit=None)

    def names(self, ids: Sequence[int], most: int = 3) -> str:
        """``Ana, Bo and 2 more``."""
        found = self.unit.contacts.briefs(list(ids))
        return names([found[c].name for c in ids if c in found], most)

    def touched(self, circles: Sequence[str]) -> set[int]:
        return {c for c in self.per_contact if self.circle_of.get(c) in circles}

    def due_in(self, circles: Sequence[str], most: int = 3) -> list[str]:
        """People of these circles overdue or due on the agenda, most valuable first."""
        due = (Reason.OVERDUE, Reason.DUE, Reason.THREE_TOUCH)
        return [i.name for i in self.agenda
                if i.reason in due and i.circle.value in circles][:most]  # fmt: skip


def period_review(
    unit: Unit | ReadUnit, period: str, as_of: dt.date, pick_week: bool = False
) -> PeriodReview:
    """The review of the calendar period holding ``as_of``. ``pick_week`` (a writing unit of
    work, today's review): the week's dormant picks are made if no agenda made them yet. The
    quarter's review reads through a bare unit too, its goals' metrics included."""
    which = parse_review_period(period)
    check_day(as_of, "as_of")
    if pick_week:
        from netgarden.services.routines import ensure_week_picks

        assert not isinstance(unit, ReadUnit), "picking the week's ties writes"
        ensure_week_picks(unit, as_of)
    start, end = span(which, as_of)
    got = Gathered(unit, Span(start, end, as_of))
    from netgarden.services.periods_long import quarter_lines, year_lines

    builders: dict[ReviewPeriod, Lines] = {
        ReviewPeriod.WEEK: week_lines,
        ReviewPeriod.MONTH: month_lines,
        ReviewPeriod.QUARTER: quarter_lines,
        ReviewPeriod.YEAR: year_lines,
    }
    lines = builders[which](got)
    days = got.per_day
    series = [(label, sum(n for d, n in days.items() if a <= d <= b))
              for label, a, b in series_buckets(which, start, end)]  # fmt: skip
    return PeriodReview(which, title(which, start), start, end, as_of, lines, series)


# --- the week ----------------------------------------------------------------------------
def week_lines(got: Gathered) -> list[PracticeLine]:
    """seeds/000's weekly practices, seeds/002's this-week actions, seeds/001's weekly five."""
    when, unit = got.when, got.usual
    lines = [new_outreach(got), dormant_reached(got)]
    coffees = {t.touch_id for t in got.pairs if t.kind == "coffee"}
    planned = unit.goal_facts.coffee_plans(when.start, when.end)
    who = got.due_in(("middle", "inner"), 1)
    lines.append(paced("coffee", "Coffee meetings (had or planned)", (g.PLAN_COFFEE,),
                       len(coffees) + planned, Target(1), when,
                       tuple(f"plan a coffee with {n}" for n in who),
                       f"{len(coffees)} had, {planned} planned"))  # fmt: skip
    inner = sum(1 for t in got.pairs if got.circle_of.get(t.contact_id) == "inner")
    lines.append(paced("touchpoints", "High-priority touchpoints (inner circle)",
                       (g.KEEP_WEEKLY,), inner, Target(5), when,
                       tuple(f"reach out to {n}" for n in got.due_in(("inner",)))))  # fmt: skip
    lines.append(follow_ups(got))
    shared = sum(1 for x in got.gives if x.kind == "knowledge")
    published = len(unit.goal_facts.content(when.start, when.as_of))
    lines.append(paced("share", "Valuable content or insights shared", (g.PARA_WEEK_SHARE,),
                       shared + published, Target(1), when,
                       tuple(f"share something useful with {n}"
                             for n in got.due_in(("inner", "middle"), 1)),
                       f"{shared} resources given, {published} published"))  # fmt: skip
    lines.append(value_balance(got))
    return lines


def new_outreach(got: Gathered) -> PracticeLine:
    """First-ever touches that were mine (I reached out), against seeds/000's 3-5."""
    from netgarden.services.reviews import target_companies

    first: dict[int, TouchFact] = {}
    for t in got.usual.goal_facts.touches(got.when.start, got.when.as_of, first_only=True):
        first.setdefault(t.contact_id, t)
    reached = [c for c, t in first.items() if t.direction == "out"]
    actions = []
    for person in got.usual.practice.untouched_at(target_companies(got.usual), 3):
        warm = [link for link in got.usual.network.links_of(person.id)
                if got.circle_of.get(link.other_id) in ("inner", "middle", "outer")]  # fmt: skip
        via = f" (warm path: ask {warm[0].name})" if warm else ""
        actions.append(f"reach out to {person.name} at {person.company}{via}")
    if not actions:
        actions.append("name target companies (target add company NAME) to be offered people")
    return paced("new-outreach", "New potential connections reached out to",
                 (g.PARA_WEEK_OUTREACH,), len(reached), Target(3, 5), got.when, tuple(actions),
                 got.names(reached))  # fmt: skip


def dormant_reached(got: Gathered) -> PracticeLine:
    """This week's dormant picks reached (seeds/002: 3 dormant connections this week)."""
    from netgarden.services.routines import week_picks

    found = week_picks(got.usual, got.when.as_of)
    if not found.people:
        return noted("dormant-reached", "Dormant ties reached (this week's picks)",
                     (g.PLAN_DORMANT,), 0, "no picks yet: the week's first agenda makes them",
                     True, ("open today's agenda to pick this week's dormant ties",))  # fmt: skip
    left = [name for c, name in found.people if c not in found.reached]
    done = [name for c, name in found.people if c in found.reached]
    line = paced("dormant-reached", "Dormant ties reached (this week's picks)",
                 (g.PLAN_DORMANT,), len(found.reached), Target(len(found.people)), got.when,
                 tuple(f"reach out to {n} (this week's pick)" for n in left),
                 f"reached: {names(done) or 'nobody yet'}")  # fmt: skip
    return line


def follow_ups(got: Gathered) -> PracticeLine:
    """Follow-up tasks done this period and those still open, and introductions waiting."""
    done, waiting = got.usual.practice.tasks_between(got.when.start, got.when.end)
    intros = [i for i in got.agenda if i.about.type is SubjectType.INTRODUCTION]
    actions = [f"{t.name}: {t.kind.replace('-', ' ')} (due {t.due_on.isoformat()})"
               for t in waiting[:3]]  # fmt: skip
    actions += [i.why.split(": ", 1)[-1] for i in intros[:2]]
    text = f"{done} done, {len(waiting)} open, {len(intros)} introductions waiting"
    return noted("follow-ups", "Follow-ups and report-backs", (p.FOLLOW_UP,), done, text,
                 bool(waiting or intros), tuple(actions))  # fmt: skip


def value_balance(got: Gathered) -> PracticeLine:
    """Value given against asked (seeds/000: give before you get)."""
    counts = got.usual.practice.ledger_between(got.when.start, got.when.as_of)
    given, asked = counts.get("give", 0), counts.get("ask", 0)
    text = f"{given} given, {counts.get('receive', 0)} received, {asked} asked"
    who = got.due_in(("inner", "middle"), 1)
    return noted("value-balance", "Value given vs asked", (p.GIVE_FIRST,), given, text,
                 asked > given,
                 tuple(f"give {n} something before asking" for n in who))  # fmt: skip


# --- the month ---------------------------------------------------------------------------
def month_lines(got: Gathered) -> list[PracticeLine]:
    """seeds/000's monthly practices, seeds/002's this-month actions, seeds/001's 15."""
    when, unit = got.when, got.usual
    interviews = {t.touch_id for t in got.pairs if t.kind == "informational-interview"}
    ask = [a.replace("reach out to", "ask", 1) + " for an informational interview"
           for a in new_outreach(got).next_actions if a.startswith("reach out")]  # fmt: skip
    lines = [paced("interviews", "Informational interviews", (g.PARA_MONTH_INTERVIEWS,),
                   len(interviews), Target(3, 5), when, tuple(ask))]  # fmt: skip
    attended = len(unit.goal_facts.events_attended(when.start, when.as_of))
    coming = [e.name for e in unit.events.listing("planned")
              if when.as_of <= e.occurred_on <= when.end][:2]  # fmt: skip
    go = tuple(f"go to {name}" for name in coming) or ("plan an event (event add)",)
    lines.append(paced("events", "Networking events attended (seeds/000: 2+)",
                       (g.PARA_MONTH_EVENTS,), attended, Target(2), when, go))  # fmt: skip
    lines.append(paced("event", "Networking events attended (seeds/002: one)", (g.PLAN_EVENT,),
                       attended, Target(1), when, go))  # fmt: skip
    intros = [x for x in got.gives if x.kind == "introduction"]
    waiting = [f"introduce {r.a_name} and {r.b_name} (#{r.id})"
               for r in unit.network.intros() if r.state == "proposed"][:2]  # fmt: skip
    lines.append(paced("introductions", "Strategic introductions made", (g.PLAN_INTROS,),
                       len(intros), Target(2), when, tuple(waiting)))  # fmt: skip
    shared = [x for x in got.gives if x.kind == "knowledge"]
    lines.append(paced("resources", "Helpful resources shared", (g.PLAN_RESOURCES,),
                       len(shared), Target(5), when,
                       tuple(f"share a resource with {n}"
                             for n in got.due_in(("inner", "middle"), 2))))  # fmt: skip
    lines += content_lines(got)
    lines.append(key_value_adds(got))
    middle = got.touched(("middle",))
    lines.append(paced("check-ins", "Medium-priority check-ins (middle circle)",
                       (g.KEEP_MONTHLY,), len(middle), Target(15), when,
                       tuple(f"check in with {n}" for n in got.due_in(("middle",)))))  # fmt: skip
    lines.append(hygiene(got))
    return lines


def content_lines(got: Gathered) -> list[PracticeLine]:
    """One article (seeds/002), and the month's content mix against both rules."""
    from netgarden.services.content import content_mix

    when, unit = got.when, got.usual
    articles = [
        c for c in unit.goal_facts.content(when.start, when.as_of) if c["kind"] == "article"
    ]
    lines = [paced("article", "LinkedIn article written", (g.PLAN_ARTICLE,), len(articles),
                   Target(1), when, ("write one article (content add article TITLE)",),
                   )]  # fmt: skip
    counts, checks = content_mix(unit, when.start, when.as_of)
    for check in checks:
        fix = ("publish an insight next" if check.status == "warn" else "",)
        lines.append(noted(f"mix-{check.rule}", f"Content mix ({check.rule})", (check.quote,),
                           sum(counts.values()), check.message, check.status == "warn",
                           tuple(a for a in fix if a)))  # fmt: skip
    return lines


def key_value_adds(got: Gathered) -> PracticeLine:
    """Inner-circle people who got something from me this month (seeds/000: value-add
    messages to key connections)."""
    inner = got.circles.get("inner", [])
    gave = {x.contact_id for x in got.gives}
    done = [c for c in inner if c in gave]
    left = [c for c in inner if c not in gave]
    briefs = got.usual.contacts.briefs(left[:3])
    actions = tuple(f"send {briefs[c].name} a value-add message" for c in left[:3] if c in briefs)
    if not inner:
        return noted("key-value-adds", "Value-add messages to key connections",
                     (g.PARA_MONTH_VALUE,), 0, "nobody in the inner circle yet")  # fmt: skip
    return paced("key-value-adds", "Value-add messages to key connections (inner circle)",
                 (g.PARA_MONTH_VALUE,), len(done), Target(len(inner)), got.when, actions,
                 f"{len(left)} got nothing this period")  # fmt: skip


def hygiene(got: Gathered) -> PracticeLine:
    """Duplicate candidates, the uncircled, people missing a company or a title."""
    dupes = len(got.usual.contacts.duplicate_candidates())
    uncircled = len(got.circles.get("none", []))
    missing = got.usual.practice.missing_role()
    actions = []
    if dupes:
        actions.append(f"review {dupes} possible duplicates (dupes)")
    if uncircled:
        actions.append(f"place {uncircled} uncircled contacts in circles (triage)")
    if missing:
        actions.append(f"add the company or title of {missing} people")
    text = f"{dupes} possible duplicates, {uncircled} uncircled, {missing} missing company or title"
    return noted("hygiene", "Contact database reviewed and organized",
                 (g.PARA_MONTH_DATABASE,), dupes + uncircled + missing, text, bool(actions),
                 tuple(actions))  # fmt: skip
