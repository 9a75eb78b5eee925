"""The demo's outreach: messages drafted from the built-in templates over the last two
months, some answered, some not, a few followed by a coffee, and a copy of one's own, so
``outreach`` and the Templates page show data."""

from __future__ import annotations

import datetime as dt
import random

from netgarden.services.database import Unit
from netgarden.services.drafts import DraftRequest, draft_and_log
from netgarden.services.templates import TemplateChange, copy_template, edit_template
from netgarden.services.touches import TouchInput, log_touch

ME = {"your name": "Sam Rivera"}
# (template, values, how many sent): what the user filled in each time
SENT = (
    ("cold", {"work/article/profile": "article", "platform": "LinkedIn",
              "specific thing": "the onboarding teardown", "related area": "product growth",
              "specific topic": "activation metrics"}, 8),
    ("mentor", {"previous role": "engineer", "current role": "VP of Product",
                "specific achievement/approach": "built the platform team from scratch",
                "your situation": "a senior PM moving toward leadership", **ME}, 4),
    ("connection-request", {"topic": "pricing experiments", "event": "SaaS Summit",
                            "specific point": "anchoring", "your work": "running A/B tests",
                            **ME}, 5),
)  # fmt: skip
# what became of each message, in turn: replied, no reply, or unknown (then maybe answered)
FATES = ("yes", "no", "unknown", "yes", "unknown", "no", "yes", "unknown")
MINE = "Hi [Name], I enjoyed [topic] at [event]. Could we grab a coffee next week?\n\nBest,\n[Your name]"  # noqa: E501


def plant_outreach(unit: Unit, seed: int, end: dt.date, now: dt.datetime) -> int:
    """Outreach from templates to people in the outer circle and beyond, dated before
    ``end``; returns how many messages were logged."""
    rng = random.Random(seed)
    people = [row.id for row in unit.contacts.all_names()]
    total = sum(n for _, _, n in SENT)
    if len(people) < total:
        return 0
    chosen = iter(rng.sample(people, total))
    sent = 0
    for key, values, count in SENT:
        for number in range(count):
            person, day = next(chosen), end - dt.timedelta(days=rng.randint(5, 60))
            _, logged = draft_and_log(unit, DraftRequest(key, person, values=values), "message",
                                      now, day)  # fmt: skip
            _settle(unit, logged.id, person, FATES[(sent + number) % len(FATES)], day, end, rng)
        sent += count
    mine = copy_template(unit, "connection-request", "coffee-after-event", now)
    edit_template(unit, mine.key, TemplateChange(MINE, "Coffee after an event", None, "meeting"),
                  now)  # fmt: skip
    return sent


def _settle(
    unit: Unit, touch_id: int, person: int, fate: str, day: dt.date, end: dt.date,
    rng: random.Random,
) -> None:  # fmt: skip
    from netgarden.services.outreach import mark_replied

    if fate != "unknown":
        mark_replied(unit, touch_id, fate)
    answered = fate == "yes" or (fate == "unknown" and rng.random() < 0.5)
    if not answered:
        return
    later = min(end, day + dt.timedelta(days=rng.randint(1, 12)))
    if fate == "unknown":
        log_touch(unit, [person], TouchInput("message", later.isoformat(), "in"), now_of(later),
                  end)  # fmt: skip
    if rng.random() < 0.6:  # a coffee followed
        coffee = min(end, later + dt.timedelta(days=rng.randint(2, 14)))
        log_touch(unit, [person], TouchInput("coffee", coffee.isoformat()), now_of(coffee), end)


def now_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12))
