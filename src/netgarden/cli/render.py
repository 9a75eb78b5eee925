"""Rich rendering of agenda, contacts, lists and search hits. User text is always escaped."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from netgarden.cli.context import escape
from netgarden.store.search_reads import MARK_END, MARK_START
from netgarden.words import count

if TYPE_CHECKING:
    from netgarden.domain.agenda import AgendaItem
    from netgarden.domain.views import ContactView, TouchView
    from netgarden.services.importing import ImportSummary
    from netgarden.services.listing import ContactSummary
    from netgarden.store.search_reads import SearchHit

# What the --json outputs write, by name (allowlists): a field added later to a contact or a
# listing row (a private note, an owner) is not written until it is named here.
SHOW_JSON = (
    "id", "name", "company", "title", "how_met", "met_on", "met_at", "personal", "interests",
    "help_them", "help_me", "notes", "linkedin_url", "location", "industry", "function",
    "seniority", "birthday", "connected_on", "created_at", "updated_at", "emails", "phones",
    "tags", "circle", "cadence_days", "cadence_source", "last_touch_on", "next_due_on",
    "snoozed_until", "archived", "touches",
    "open_tasks", "plans", "trust",
    "anniversaries",  # issue 15
    "status", "status_on", "hiring_manager_for", "preferred_channel", "role_history",  # issue 16
)  # fmt: skip
# `show --json`'s fields from events and commitments (cli/contact_extras.py)
EXTRAS = ("open_tasks", "plans", "trust", "role_history")
TOUCH_JSON = ("id", "on", "kind", "direction", "note", "replied", "with")
LIST_JSON = ("id", "name", "company", "title", "circle", "last_touch_on", "next_due_on")
SEARCH_JSON = ("id", "name", "company", "title", "circle", "snippet")
DUPES_JSON = ("contact_id", "contact_name", "other_id", "other_name", "evidence", "score")
LEDGER_JSON = ("id", "contact_id", "entry_type", "kind", "note", "on")
INTRO_JSON = ("id", "a_id", "a_name", "b_id", "b_name", "why", "state", "outcome", "updated_on",
              "follow_up_due")  # fmt: skip
SUGGESTION_JSON = ("a_id", "a_name", "b_id", "b_name", "score", "reason")


def contact_json(d: ContactView, extras: dict[str, Any]) -> dict[str, Any]:
    """``show --json``: the fields of SHOW_JSON, no other (``extras``: those of EXTRAS)."""
    own: dict[str, Any] = {
        "id": d.id, "name": d.name, "emails": d.emails, "phones": d.phones, "tags": d.tags,
        "circle": d.circle, "cadence_days": d.cadence_days, "cadence_source": d.cadence_source,
        "last_touch_on": d.last_touch_on, "next_due_on": d.next_due_on,
        "snoozed_until": d.snoozed_until, "archived": d.archived,
        "touches": [touch_json(t) for t in d.touches], "anniversaries": d.anniversaries,
        **{key: extras[key] for key in EXTRAS},
    }  # fmt: skip
    columns = d.only(tuple(key for key in SHOW_JSON if key not in own))
    return {key: own[key] if key in own else columns[key] for key in SHOW_JSON}


def touch_json(t: TouchView) -> dict[str, Any]:
    values = {"id": t.id, "on": t.occurred_on, "kind": t.kind, "direction": t.direction,
              "note": t.note, "replied": t.replied, "with": list(t.with_others)}  # fmt: skip
    return {key: values[key] for key in TOUCH_JSON}


def row_json(row: object, names: tuple[str, ...]) -> dict[str, Any]:
    """A row's attributes named in ``names`` (LIST_JSON, SEARCH_JSON, DUPES_JSON…), no other."""
    return {name: getattr(row, name) for name in names}


def intro_json(intro: Any, today: dt.date) -> dict[str, Any]:
    """``intro list --json``: an IntroView's fields of INTRO_JSON, the follow-up due today."""
    return {**row_json(intro, INTRO_JSON[:-1]), "follow_up_due": intro.follow_up_due(today)}


REASON_STYLE = {
    "overdue": "bold red",
    "due": "yellow",
    "birthday": "magenta",
    "three-touch": "cyan",
    "lapsed": "blue",
    "follow-up": "magenta",
    "planned": "green",
    "anniversary": "magenta",  # issue 15
    "congratulate": "magenta",  # issue 16
}


def render_agenda(
    out: Console, items: Sequence[AgendaItem], day: dt.date, unplaced: int = 0
) -> None:
    counts = Counter(item.reason.value for item in items)
    summary = ", ".join(f"{n} {reason}" for reason, n in counts.most_common())
    out.print(
        f"[bold]Today, {day:%A %d %B %Y}[/] — {len(items)} to do"
        + (f" ({summary})" if items else "")
    )
    if not items and unplaced:
        people = "1 contact is" if unplaced == 1 else f"{unplaced:,} contacts are"
        out.print(
            f"Nothing is due, but {people} in no circle yet, so not on the agenda. "
            "[bold]netgarden triage[/] proposes a circle for each from their history; see "
            "them with [bold]netgarden list --circle none[/] and place one with "
            "[bold]netgarden edit ID --circle outer[/] (or inner, middle): seeds/002 puts "
            "LinkedIn and conference contacts in the outer circle."
        )
        return
    if not items:
        out.print("Nothing is due. Log a touch with [bold]netgarden log NAME --kind coffee[/].")
        return
    table = Table(box=None, show_header=True, header_style="dim", pad_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("who")
    table.add_column("reason")
    table.add_column("why", overflow="fold")
    for index, item in enumerate(items, 1):
        who = f"{escape(item.name)} [dim]#{item.contact_id}[/]"
        if item.company:
            who += f"\n[dim]{escape(item.company)}[/]"
        reason = f"[{REASON_STYLE[item.reason.value]}]{item.reason.value}[/]"
        why = escape(item.why)
        if item.flags:
            why += " [yellow](asks outrun gives: give first)[/]"
        table.add_row(str(index), who, reason, why)
    out.print(table)
    out.print("[dim]Next: netgarden log ID --kind coffee · netgarden snooze ID --days 7[/]")


def render_contact(out: Console, d: ContactView) -> None:
    f = d.fields
    role = " at ".join(escape(x) for x in (f["title"], f["company"]) if x)
    out.print(f"[bold]{escape(d.name)}[/] [dim]#{d.id}[/]" + (f" — {role}" if role else ""))
    cadence = (
        f"every {count(d.cadence_days, 'day')} ({d.cadence_source})"
        if d.cadence_days
        else "no cadence"
    )
    state = " · [red]archived[/]" if d.archived else ""
    if d.snoozed_until:
        state += f" · snoozed until {d.snoozed_until.isoformat()}"
    out.print(f"circle {d.circle} · {cadence}{state}")
    last = d.last_touch_on.isoformat() if d.last_touch_on else "never"
    due = d.next_due_on.isoformat() if d.next_due_on else "—"
    out.print(f"last touch {last} · next due {due}")
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(style="dim")
    table.add_column(overflow="fold")
    rows = [
        ("emails", ", ".join(d.emails)),
        ("phones", ", ".join(d.phones)),
        ("tags", ", ".join(d.tags)),
        ("linkedin", f["linkedin_url"]),
        ("connected", f["connected_on"]),
        ("location", f["location"]),
        ("industry", f["industry"]),
        ("function", f["function"]),
        ("seniority", f["seniority"]),
        ("birthday", f["birthday"]),
        ("anniversaries", ", ".join(d.anniversaries)),
        ("how we met", " · ".join(str(x) for x in (f["how_met"], f["met_at"], f["met_on"]) if x)),
        ("personal", f["personal"]),
        ("interests", f["interests"]),
        ("I can help", f["help_them"]),
        ("they can help", f["help_me"]),
        ("notes", f["notes"]),
        ("status", " since ".join(str(x) for x in (f["status"], f["status_on"]) if x)),
        ("hires for", f["hiring_manager_for"]),
        ("reach by", f["preferred_channel"]),
    ]
    for label, value in rows:
        if value:
            table.add_row(label, escape(value))
    out.print(table)
    if not d.touches:
        out.print("[dim]No touches yet.[/]")
        return
    timeline = Table(title=count(len(d.touches), "touch"), title_justify="left", box=None)
    for column in ("on", "kind", "dir", "note"):
        timeline.add_column(column, overflow="fold")
    for t in d.touches:
        note = t.note or ""
        if t.with_others:
            note = f"{note} (with {', '.join(t.with_others)})".strip()
        if t.replied is False:
            note = f"{note} [no reply]".strip()
        timeline.add_row(t.occurred_on.isoformat(), t.kind, t.direction, escape(note))
    out.print(timeline)


def render_list(out: Console, rows: Sequence[ContactSummary]) -> None:
    table = Table(box=None, header_style="dim", pad_edge=False)
    for column in ("id", "name", "company", "title", "circle", "last touch", "next due"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(
            str(r.id),
            escape(r.name),
            escape(r.company or ""),
            escape(r.title or ""),
            r.circle,
            r.last_touch_on.isoformat() if r.last_touch_on else "",
            r.next_due_on.isoformat() if r.next_due_on else "",
        )
    out.print(table)
    out.print(f"[dim]{count(len(rows), 'contact')}[/]")


def render_hits(out: Console, hits: Sequence[SearchHit], query: str) -> None:
    if not hits:
        out.print(f"No one matches {escape(query)!s}.")
        return
    table = Table(box=None, header_style="dim", pad_edge=False)
    for column in ("id", "name", "company", "match"):
        table.add_column(column, overflow="fold")
    for h in hits:
        table.add_row(str(h.id), escape(h.name), escape(h.company or ""), _highlight(h))
    out.print(table)


def _highlight(hit: SearchHit) -> str:
    """Matched words in bold; everything the user wrote escaped."""
    parts = []
    for index, chunk in enumerate(hit.snippet.replace(MARK_END, MARK_START).split(MARK_START)):
        parts.append(f"[bold yellow]{escape(chunk)}[/]" if index % 2 else escape(chunk))
    return "".join(parts)


def render_import(out: Console, summary: ImportSummary, dry_run: bool) -> None:
    verb = "Would import" if dry_run else "Imported"
    out.print(
        f"{verb}: {summary.created:,} created, {summary.updated:,} updated, "
        f"{summary.unchanged:,} unchanged, {count(summary.touches, 'touch')}"
    )
    if summary.not_contacts:
        messages = count(summary.not_contacts, "message or request", "messages or requests")
        out.print(f"{messages} involved people who are not contacts")
    if summary.duplicates:
        duplicates = count(summary.duplicates, "possible duplicate")
        out.print(f"{duplicates}: see [bold]netgarden dupes[/]")
    if summary.changes:  # issue 16
        out.print(f"{count(summary.changes, 'change')} to review: see [bold]netgarden changes[/]")
    if summary.files is not None:
        from netgarden.cli.file_touches_render import render_file_touches

        render_file_touches(out, summary)
    if summary.skipped:
        out.print(f"Skipped {len(summary.skipped):,}:")
        for s in summary.skipped:
            out.print(f"  {escape(s.file)} line {s.line}: {escape(s.reason)}", soft_wrap=True)
    if dry_run:
        out.print("[dim]Dry run: nothing was written.[/]")
