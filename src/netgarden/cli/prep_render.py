"""The prep sheet as Markdown (printed as is with ``--md``, rendered by Rich otherwise) and
as JSON. User text is escaped for Markdown where it could be read as markup."""

from __future__ import annotations

from netgarden.domain.prep import PrepSheet
from netgarden.domain.seed_texts import MEET_GOAL, PITCH_FORMULA, PITCH_VARIANTS, STARTERS_ADVICE
from netgarden.services.events import EventView


def _md(text: str | None) -> str:
    if not text:
        return ""
    return "".join("\\" + c if c in "\\`*_[]#<>|" else c for c in " ".join(text.split()))


def sheet_markdown(event: EventView, sheet: PrepSheet) -> str:
    start = f" {event.start}" if event.start else ""
    online = " · online" if event.virtual else ""
    when = f"{event.on.isoformat()}{start} · {event.format}{online} · you go as {event.role}"
    lines = [f"# Prep: {_md(event.name)}", "", when, ""]
    lines += ["## Research", ""]
    lines += [f"- **{_md(a.question.text)}** {_md(a.answer)}" for a in sheet.research]
    goal = f"Meet {sheet.goal} people. *{_md(MEET_GOAL.cited())}*"
    lines += ["", f"*({sheet.research[0].question.seed})*", "", "## Goal", "", goal, ""]
    lines += ["## Targets", ""]
    for w in sheet.warnings:
        lines.append(f"> **{_md(w)}**")
        lines.append("")
    for p in sheet.targets:
        t = p.target
        role = ", ".join(x for x in (t.title, t.company) if x)
        lines.append(f"### {_md(t.name)} (#{t.contact_id})" + (f" — {_md(role)}" if role else ""))
        lines.append("")
        if t.source:
            lines.append(f"- found on: {t.source}")
        lines.append(f"- how we met: {_md(t.how_met) or 'not yet'}")
        lines.append(f"- interests: {_md(t.interests) or 'not recorded'}")
        lines.append(f"- warm path: {_md(t.warm_path) or 'none found'}")
        lines.append(f"- starter ({p.starter_from}): “{_md(p.starter)}”")
        lines.append("")
    if not sheet.targets:
        lines += [f"No targets yet. *{_md(STARTERS_ADVICE.cited())}*", ""]
    lines += ["## Openers, joining and exits (before any pitch)", ""]
    lines += [f"> {_md(q.cited())}" for q in sheet.dont_pitch]
    lines.append("")
    lines += [f"- {_md(q.text)}" for q in sheet.openers]
    lines += [f"- join a group: {_md(sheet.join.text)}"]
    lines += [f"- exit: {_md(q.text)}" for q in sheet.exits]
    lines += ["", f"*({sheet.openers[0].seed})*", "", "## Your pitches", "",
              f"*{_md(PITCH_VARIANTS.cited())}*", ""]  # fmt: skip
    for pitch in sheet.pitches:
        label = {30: "30 seconds", 60: "60 seconds", 120: "2 minutes"}[pitch.seconds]
        built = f" (built with {_md(PITCH_FORMULA.cited())})" if pitch.built else ""
        text = f"“{_md(pitch.text)}”" if pitch.text else "not written yet"
        lines.append(f"- **{label}**{built}: {text}")
        if pitch.missing:
            lines.append(f"  - missing: {', '.join(pitch.missing)} — set it with `profile set`")
    arrival = sheet.arrival
    lines += ["", "## Arrival", "", _md(arrival.advice)]
    if arrival.quote:
        lines += ["", f"> {_md(arrival.quote.cited())}"]
    lines += ["", "## Follow-ups (24-48-7)", ""]
    lines += [f"- {day.isoformat()} {kind}: “{_md(q.text)}”" for kind, day, q in sheet.follow_ups]
    return "\n".join(lines) + "\n"
