"""The demo's prep sheets, plans, promises and event ROI: my profile, targets for the coming
events, older events whose 90 days have passed (a series to keep, one to drop), meetings
planned today, passed and coming, a promise, a received introduction and an interview, so
a new user sees every part of issue 12 with data."""

from __future__ import annotations

import datetime as dt
import random

from netgarden.services.database import Unit
from netgarden.services.events import EventInput, add_event, list_events
from netgarden.services.followups import meet_at_event
from netgarden.services.introductions import introduced_to_me
from netgarden.services.plans import make_plan
from netgarden.services.prep import add_target
from netgarden.services.profile import set_profile
from netgarden.services.task_rules import promise
from netgarden.services.touches import TouchInput, log_touch

PROFILE = {
    "name": "Sam Rivera",
    "title": "Senior Product Manager",
    "company": "Quill Analytics",
    "what": "help analytics teams turn messy data into product decisions",
    "hook": "think of me as a translator between dashboards and roadmaps",
    "pitch_60": "I'm Sam, a senior PM at Quill Analytics. I help analytics teams turn messy "
    "data into product decisions; lately that means evaluating AI features before they ship. "
    "I'm here to meet people who run evals in production.",
    "time_zone": "America/Toronto",
    "questions": "How did you move into AI product work?\nWhat do you look for in a PM "
    "candidate?\nWhich evaluation habits would you keep if you started again?",
}
# (name, series, format, access, size, days before the end): ripe for ROI (over 90 days)
OLDER = (
    ("Hyped AI Lecture: copilots", "Hyped AI Lectures", "lecture", "open", 220, -300),
    ("Hyped AI Lecture: AI strategy", "Hyped AI Lectures", "lecture", "open", 240, -250),
    ("Hyped AI Lecture: the agent era", "Hyped AI Lectures", "lecture", "open", 260, -200),
    ("PM Community Night: roadmaps", "PM Community Nights", "meetup", "closed", 28, -180),
    ("PM Community Night: metrics", "PM Community Nights", "meetup", "closed", 30, -120),
)  # fmt: skip


def plant_prep(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """Add the demo's profile, older events, targets, plans and promises; returns how many
    events it added."""
    rng = random.Random(seed + 12)
    people = [row.id for row in unit.contacts.all_names()]
    if len(people) < 12:
        return 0
    set_profile(unit, dict(PROFILE), now)
    # met at hyped lectures: people with no two-way touch at all, never heard from again
    quiet = [c for c, n in unit.tasks.two_way_before(people, 0).items() if n == 0]
    rng.shuffle(quiet)
    for name, series, kind, access, size, days in OLDER:
        day = end + dt.timedelta(days=days)
        data = EventInput(name, day.isoformat(), "18:30", series, None, kind, False, access,
                          size, "AI, product", "attendee")  # fmt: skip
        event = add_event(unit, data, now, end)
        hyped = series == "Hyped AI Lectures" and len(quiet) >= 2
        met = [quiet.pop(), quiet.pop()] if hyped else rng.sample(people, k=2)
        done = meet_at_event(unit, event.id, met, None, end, now)
        for person in done.people:
            unit.tasks.close(list(person.task_ids), day + dt.timedelta(days=1), "done")
        if series == "PM Community Nights":  # a coffee three weeks later: someone valuable
            coffee = (day + dt.timedelta(days=21)).isoformat()
            log_touch(unit, [met[0]], TouchInput("coffee", on=coffee), now, end)
    _targets(unit, rng, people, now)
    _plans(unit, rng, people, end, now)
    return len(OLDER)


def _targets(unit: Unit, rng: random.Random, people: list[int], now: dt.datetime) -> None:
    """Four targets for the next community night (two from its attendee list), one for
    the conference (from the speaker list, too few: the sheet says so)."""
    coming = [e for e in list_events(unit, status="planned") if e.format != "webinar"]
    if not coming:
        return
    night = coming[-1]  # the soonest
    picks = rng.sample(people, k=5)
    starters = (None, "Ask how they run pricing experiments", None, None)
    for index, (person, starter) in enumerate(zip(picks[:4], starters, strict=True)):
        source = "attendee-list" if index < 2 else None
        add_target(unit, night.id, person, source, starter, now)
    if len(coming) > 1:
        add_target(unit, coming[0].id, picks[4], "speaker-list", None, now)


def _plans(
    unit: Unit, rng: random.Random, people: list[int], end: dt.date, now: dt.datetime
) -> None:
    """A coffee today, a call that passed unconfirmed (did it happen?), a video call next
    week; a promise, a received introduction waiting, an interview with its thank-you."""
    a, b, c, d, x, y, z = rng.sample(people, k=7)
    past = end - dt.timedelta(days=2)
    make_plan(unit, [a], "coffee", end.isoformat(), "pricing experiments", end, now)
    make_plan(unit, [b, c], "call", past.isoformat(), "intro call", past, now)
    week = (end + dt.timedelta(days=6)).isoformat()
    make_plan(unit, [d], "video", week, "their PM hiring loop", end, now)
    promise(unit, a, "send the pricing deck", (end + dt.timedelta(days=2)).isoformat(), end, now)
    introduced_to_me(unit, x, y, end - dt.timedelta(days=5), now)
    interview = (end - dt.timedelta(days=1)).isoformat()
    log_touch(unit, [z], TouchInput("informational-interview", on=interview), now, end)
