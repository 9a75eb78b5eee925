"""The part of an import's summary about touches from calendars, mailboxes and chats."""

from __future__ import annotations

from rich.console import Console

from netgarden.cli.context import escape
from netgarden.services.importing import ImportSummary
from netgarden.words import count

SHOWN = 10  # people listed by name; the rest are summed up


def render_file_touches(out: Console, summary: ImportSummary) -> None:
    files = summary.files
    if files is None:
        return
    people = list(summary.per_person.items())
    if people:
        out.print(f"Touches per person ({count(len(people), 'person', 'people')}):")
        for name, n in people[:SHOWN]:
            out.print(f"  {escape(name)}: {n:,}")
        if len(people) > SHOWN:
            rest = sum(n for _, n in people[SHOWN:])
            out.print(f"  … and {count(len(people) - SHOWN, 'other')}: {rest:,}")
    out.print(f"Cadence clocks reset: {summary.clocks_reset:,}")
    if summary.replied:
        out.print(f"Outreach marked replied: {summary.replied:,}")
    if summary.plans or summary.plans_moved:  # issue 12: meetings still to come
        out.print(f"Meetings to come planned: {summary.plans:,} new, {summary.plans_moved:,} moved "
                  "(netgarden plan list)")  # fmt: skip
    if files.left_out:
        out.print("Not logged:")
        for reason, n in sorted(files.left_out.items()):
            out.print(f"  {escape(reason)}: {n:,}")
    two_way = files.two_way()
    if two_way:
        out.print("Wrote both ways but not contacts (add them with netgarden add):")
        for c in two_way:
            name = f"{escape(c.name)} " if c.name else ""
            out.print(f"  {name}<{escape(c.email)}>: {c.sent} sent, {c.received} received")
