"""The quarter's and the year's review lines (issue 15; ``services.periods`` builds the
review): the audit, the inner circle, relationships deepened, giving before getting,
conferences, content, broader maintenance; the year's full audit, holiday greetings,
anniversaries and the three-touch system."""

from __future__ import annotations

import datetime as dt

from netgarden.domain import goal_texts as g
from netgarden.domain import practice_texts as p
from netgarden.domain.goals import Target
from netgarden.domain.periods import PracticeLine, noted, paced
from netgarden.services.periods import Gathered

BANDS = {"dormant": 0, "new": 0, "weak": 1, "medium": 2, "strong": 3}


def quarter_lines(got: Gathered) -> list[PracticeLine]:
    """seeds/000's quarterly practices and seeds/002's this-quarter actions."""
    when, unit = got.when, got.unit
    lines = [*goal_lines(got), audit_line(got, (g.PARA_QUARTER_AUDIT, g.PLAN_PRUNE)),
             inner_growth(got), deepened(got), gives_first(got)]  # fmt: skip
    events = unit.goal_facts.events_attended(when.start, when.as_of)
    conferences = [e for e in events if e["format"] == "conference"]
    lines.append(paced("conferences", "Major events (conferences) attended",
                       (g.PARA_QUARTER_CONFERENCE,), len(conferences), Target(1), when,
                       ("plan a conference to attend (add it as an event)",)))  # fmt: skip
    content = unit.goal_facts.content(when.start, when.as_of)
    lines.append(paced("content", "Thought leadership content created",
                       (g.PARA_QUARTER_CONTENT,), len(content), Target(1), when,
                       ("publish a piece (content add KIND TITLE)",)))  # fmt: skip
    wider = sum(n for c, n in got.per_contact.items() if got.circle_of.get(c) in ("outer", "none"))
    lines.append(paced("maintenance", "Broader network maintenance interactions",
                       (g.KEEP_QUARTERLY,), wider, Target(50), when,
                       tuple(f"reach out to {n}" for n in got.quiet(("outer",)))))  # fmt: skip
    return lines


def goal_lines(got: Gathered) -> list[PracticeLine]:
    """The goals of the quarter (quarterly, yearly and custom ones that overlap it),
    computed from the data (``services.goals``); a goal from a preset quotes its seed."""
    from netgarden.domain.seed_texts import Quote
    from netgarden.services.goals import goal_progress

    lines = []
    for goal in goal_progress(got.unit, got.when.as_of):
        if goal.period not in ("quarter", "year", "custom"):
            continue
        if goal.period_end < got.when.start or goal.period_start > got.when.end:
            continue
        quote = Quote(goal.title, goal.seed or "your goal", f"goal #{goal.id} ({goal.metric})")
        text = goal.pace.split(" as of ")[0]
        high = goal.target_high
        lines.append(PracticeLine(
            f"goal-{goal.id}", f"Goal: {goal.title}", (quote,), goal.value,
            Target(goal.target_low, high), goal.status, text,
            () if goal.status == "done" else (f"{goal.definition} (goal {goal.id})",),
            goal.expected, f"{goal.period_start.isoformat()} to {goal.period_end.isoformat()}",
        ))  # fmt: skip
    return lines


def audit_line(got: Gathered, quotes: tuple[object, ...]) -> PracticeLine:
    found = got.audit
    text = f"{len(found)} circle changes proposed"
    actions = tuple(f"{x.line.text} (audit line {x.number})" for x in found[:3])
    return noted("audit", "Relationship audit and pruning", quotes, len(found), text,  # type: ignore[arg-type]
                 bool(found), actions)  # fmt: skip


def inner_growth(got: Gathered) -> PracticeLine:
    """The inner circle's net growth this period, from circle history."""
    changes = [
        c for c in got.unit.circle_history.since(got.when.start) if c.changed_on <= got.when.as_of
    ]
    joined = sum(1 for c in changes if c.to_circle == "inner" and c.from_circle != "inner")
    left = sum(1 for c in changes if c.from_circle == "inner" and c.to_circle != "inner")
    ready = [x.name for x in got.audit if x.action == "consider-inner"][:2]
    return paced("inner-growth", "Inner circle expanded", (g.PLAN_INNER,), max(joined - left, 0),
                 Target(1), got.when, tuple(f"consider {n} for the inner circle" for n in ready),
                 f"{joined} joined, {left} left")  # fmt: skip


def deepened(got: Gathered) -> PracticeLine:
    """Relationships in a circle whose strength band rose a step since the period began: the
    band as of the day before it (from the strength tallies less the events since), of those
    touched or given to in it, against the band the review's scores give today."""
    from netgarden.services.strength import bands_on

    ids = sorted(set(got.per_contact) | {x.contact_id for x in got.gives})
    eve = got.when.start - dt.timedelta(days=1)
    now = {p.id: p for p in got.people}
    rose, close = [], []
    # archived, or not one of the relationships you tend: not read; and a band of none can
    # not have risen (its band on the eve is read only when it may have)
    tended = [c for c in ids if c in now and got.circle_of.get(c, "none") != "none"]
    before = bands_on(got.unit, [c for c in tended if BANDS.get(now[c].band, 0) > 0], eve)
    for contact_id in tended:
        band = now[contact_id].band
        if BANDS.get(band, 0) == 0:
            continue
        if BANDS.get(band, 0) > BANDS.get(before[contact_id], 0):
            rose.append(contact_id)
        elif band == "medium":
            close.append(contact_id)
    return paced("deepened", "Relationships deepened (strength band rose)", (g.PLAN_DEEPEN,),
                 len(rose), Target(5), got.when,
                 (f"meet {got.names(close, 2)} again: one more two-way touch lifts them",)
                 if close else (), got.names(rose))  # fmt: skip


def gives_first(got: Gathered) -> PracticeLine:
    """Gives to someone who had not given to me before (seeds/002: 10 a quarter)."""
    first = got.unit.goal_facts.first_receive(sorted({x.contact_id for x in got.gives}))
    count = sum(1 for x in got.gives if x.contact_id not in first or first[x.contact_id] > x.on)
    who = got.quiet(("middle", "outer"), 2)
    return paced("gives-first", "Gave before getting", (g.PLAN_GIVE_FIRST, p.GIVE_FIRST), count,
                 Target(10), got.when, tuple(f"offer {n} help first" for n in who))  # fmt: skip


def year_lines(got: Gathered) -> list[PracticeLine]:
    """seeds/001's annual audit, seeds/002's annual touch points, the three-touch system."""
    when, unit = got.when, got.usual
    lines = [audit_line(got, (g.KEEP_ANNUAL,))]
    outer = got.circles.get("outer", [])
    touched = got.touched(("outer",))
    quiet = [c for c in outer if c not in touched]
    lines.append(paced("annual-touch", "Outer circle touched this year", (p.ANNUAL_TOUCH,),
                       len(touched), Target(max(len(outer), 1)), when,
                       (f"reach out to {got.names(quiet)}",) if quiet else ()))  # fmt: skip
    lines.append(noted("holidays", "Holiday-greeting candidates", (p.HOLIDAYS,), len(quiet),
                       f"{len(quiet)} outer-circle people had no touch this year", bool(quiet),
                       (f"send holiday greetings to {got.names(quiet, 5)}",)))  # fmt: skip
    rows = unit.practice.anniversaries()
    kept = sum(len(found) for found in rows.values())
    lines.append(noted("anniversaries", "Anniversaries on record", (p.ANNIVERSARIES, p.REMINDERS),
                       kept, f"{kept} anniversaries of {len(rows)} people; the agenda shows "
                       "each a week ahead", kept == 0,
                       ("add work anniversaries (edit NAME with an anniversary)",)))  # fmt: skip
    lines.append(three_touch(got))
    return lines


def three_touch(got: Gathered) -> PracticeLine:
    """Relationships in the three-touch circles with three touches of each purpose."""
    from netgarden.services.agenda import contact_states
    from netgarden.services.routines import routines_of

    routines = routines_of(got.usual, got.when.as_of)
    prefs = got.usual.preferences()
    states = [s for s in contact_states(got.usual, got.when.as_of, routines)
              if s.circle in routines.three_touch_circles]  # fmt: skip
    short = [s for s in states if s.mix is not None and s.mix.short(prefs.three_touch_min)]
    done = len(states) - len(short)
    return paced("three-touch", "Three touches a year, one of each purpose",
                 (p.THREE_TOUCHES,), done, Target(max(len(states), 1)), got.when,
                 (f"a touch for {', '.join(s.name for s in short[:3])}",)
                 if short else ())  # fmt: skip
