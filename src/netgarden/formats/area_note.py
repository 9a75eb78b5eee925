"""The "Professional Network" area note in seeds/000's own shape (issue 15): Overview &
Principles, Current Focus Areas (the goals as checkboxes, "n of target"), Success Metrics
(growth, engagement, value exchange, opportunities), Maintenance Practices (this week's,
month's and quarter's counts) and the Last Review. A writer only: the service hands it the
numbers (``AreaFacts``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netgarden.domain.periods import PeriodReview
from netgarden.domain.practice_texts import NET_WORTH


@dataclass(frozen=True)
class GoalLine:
    title: str
    value: int
    target: str
    done: bool
    pace: str
    seed: str | None


@dataclass(frozen=True)
class AreaFacts:
    today: dt.date
    circles: list[tuple[str, int, int | None]]  # circle, people, target (150-50-15)
    uncircled: int
    archived: int
    inner: list[str]  # the inner circle's note names
    goals: list[GoalLine]
    quarter_title: str
    new_people: int  # met or added this quarter
    touches_quarter: int
    people_touched: int
    given: int
    received: int
    asked: int
    introductions_received: int
    referrals_received: int
    reviews: Sequence[PeriodReview]  # week, month, quarter


def _check(done: bool) -> str:
    return "[x]" if done else "[ ]"


def write(facts: AreaFacts) -> str:
    """The note's Markdown."""
    active = sum(n for _, n, _ in facts.circles) + facts.uncircled
    lines = [
        "# Professional Network Area",
        "",
        "**Type:** Professional Area",
        "**Status:** Ongoing",
        f"**Last Review:** {facts.today.isoformat()}",
        "",
        "## Overview & Principles",
        "",
        f"{active} people ({facts.archived} archived), by circle:",
        "",
        "| circle | people | target (150-50-15) |",
        "|---|---|---|",
    ]
    for circle, count, target in facts.circles:
        lines.append(f"| {circle} | {count} | {target if target is not None else ''} |")
    lines += [f"| outside any circle | {facts.uncircled} | |", "", "Inner circle: "
              + (", ".join(f"[[{n}]]" for n in facts.inner) or "nobody yet"), ""]  # fmt: skip
    lines += ["## Current Focus Areas", "", f"### {facts.quarter_title} Goals", ""]
    if not facts.goals:
        lines.append("- [ ] No goals yet: `netgarden goal preset para` sets seeds/000's four")
    for goal in facts.goals:
        seed = f" ({goal.seed})" if goal.seed else ""
        lines.append(f"- {_check(goal.done)} {goal.title} — {goal.value} of {goal.target}, "
                     f"{goal.pace}{seed}")  # fmt: skip
    lines += [
        "",
        "## Success Metrics",
        "",
        f"- **Network Growth** - {facts.new_people} people met or added this quarter",
        f"- **Engagement Level** - {facts.touches_quarter} touches with "
        f"{facts.people_touched} people this quarter",
        f"- **Value Exchange** - {facts.given} given, {facts.received} received, "
        f"{facts.asked} asked this quarter",
        f"- **Opportunities Generated** - {facts.referrals_received} referrals and "
        f"{facts.introductions_received} introductions received this quarter",
        "",
        "## Maintenance Practices",
        "",
    ]
    for review, heading in zip(facts.reviews, ("Weekly", "Monthly", "Quarterly"), strict=False):
        lines += [f"### {heading} ({review.title})", ""]
        for line in review.lines:
            of = f" of {line.target}" if line.target is not None else ""
            lines.append(f"- {_check(line.status == 'done')} {line.practice} — "
                         f"{line.done}{of}: {line.status_text}")  # fmt: skip
        lines.append("")
    lines += ["## Last Review", "", f"{facts.today.isoformat()}:", ""]
    for review in facts.reviews:
        counts = review.counts()
        lines.append(f"- {review.title}: {counts['done']} done, {counts['on-pace']} on pace, "
                     f"{counts['behind']} behind, {counts['warn']} to look at")  # fmt: skip
    lines += ["", "---", f"*{NET_WORTH.text}* ({NET_WORTH.seed})"]
    return "\n".join(lines) + "\n"
