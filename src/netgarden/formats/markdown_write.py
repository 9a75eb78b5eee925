"""A Markdown vault: one note per contact (YAML front matter, the touch timeline) and the
"Professional Network" area note in seeds/000's own shape (``formats.area_note``).
Links are Obsidian wiki links ([[Name]]) to the notes' file names."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Sequence

from netgarden.domain.views import ContactView
from netgarden.formats import area_note
from netgarden.formats.area_note import AreaFacts

# What a person's note writes, by name (allowlists): a field added to contacts later (a
# private note, an owner) is not exported until it is named here.
FRONT_MATTER = (
    "id", "name", "company", "title", "circle", "cadence_days", "tags", "emails", "phones",
    "linkedin", "birthday", "location", "last_touch", "next_due", "archived",
)  # fmt: skip
SECTIONS = (
    ("How we met", "how_met"), ("Personal", "personal"), ("Interests", "interests"),
    ("How I can help", "help_them"), ("How they can help", "help_me"), ("Notes", "notes"),
)  # fmt: skip
FIELDS = ("company", "title", "linkedin_url", "birthday", "location", *(k for _, k in SECTIONS))

AREA_NOTE = "Professional Network.md"
PEOPLE = "People"
_UNSAFE = re.compile(r'[\\/:*?"<>|#^\[\]\x00-\x1f]')


def note_names(contacts: Sequence[ContactView]) -> dict[int, str]:
    """A file name per contact, unique even when two people share a name."""
    counts = Counter(_safe(c.name) for c in contacts)
    return {
        c.id: _safe(c.name) if counts[_safe(c.name)] == 1 else f"{_safe(c.name)} ({c.id})"
        for c in contacts
    }


def _safe(name: str) -> str:
    cleaned = " ".join(_UNSAFE.sub("-", name).split()).strip(". ")
    return cleaned[:120] or "Unnamed"


def _yaml(value: object) -> str:
    """YAML scalars written as JSON, which YAML reads as they are."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def write(contacts: Sequence[ContactView], area: AreaFacts) -> dict[str, str]:
    """A note per person, and the area note in seeds/000's shape (``formats.area_note``)."""
    names = note_names(contacts)
    by_name = {c.name: names[c.id] for c in contacts}
    files = {f"{PEOPLE}/{names[c.id]}.md": _person(c, by_name) for c in contacts}
    files[AREA_NOTE] = area_note.write(area)
    return files


def _person(c: ContactView, links: dict[str, str]) -> str:
    f = c.only(FIELDS)
    values = {
        "id": c.id,
        "name": c.name,
        "company": f["company"],
        "title": f["title"],
        "circle": c.circle,
        "cadence_days": c.cadence_days,
        "tags": c.tags,
        "emails": c.emails,
        "phones": c.phones,
        "linkedin": f["linkedin_url"],
        "birthday": f["birthday"],
        "location": f["location"],
        "last_touch": c.last_touch_on,
        "next_due": c.next_due_on,
        "archived": c.archived,
    }
    lines = ["---"]
    for key in FRONT_MATTER:
        value = values[key]
        if value in (None, [], ""):
            continue
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines.extend(f"  - {_yaml(v)}" for v in value)
        else:
            lines.append(f"{key}: {_yaml(value)}")
    lines += ["---", "", f"# {c.name}", ""]
    role = " at ".join(x for x in (f["title"], f["company"]) if x)
    if role:
        lines += [role, ""]
    lines += [f"Part of [[{AREA_NOTE[:-3]}]] · {c.circle} circle", ""]
    for label, key in SECTIONS:
        if f[key]:
            lines += [f"## {label}", "", str(f[key]), ""]
    lines += ["## Timeline", ""]
    if not c.touches:
        lines.append("No touches yet.")
    for t in c.touches:
        others = ", ".join(f"[[{links.get(n, n)}]]" for n in t.with_others)
        note = f" — {t.note}" if t.note else ""
        extra = f" (with {others})" if others else ""
        lines.append(f"- {t.occurred_on.isoformat()} · {t.kind} · {t.direction}{note}{extra}")
    return "\n".join(lines) + "\n"
