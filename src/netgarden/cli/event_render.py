"""Rich rendering of one event. User text is always escaped."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.table import Table

from netgarden.cli.context import escape
from netgarden.domain.events import GOAL_QUOTE
from netgarden.domain.followups import TaskKind, late, task_quote
from netgarden.services.events import EventView, TaskView

KINDS = frozenset(kind.value for kind in TaskKind)


def render_event(out: Console, e: EventView, day: dt.date) -> None:
    start = f" {e.start}" if e.start else ""
    online = " · online" if e.virtual else ""
    out.print(f"[bold]{escape(e.name)}[/] [dim]#{e.id}[/] — {e.format}{online} · "
              f"{e.on.isoformat()}{start} · {e.status}")  # fmt: skip
    table = Table(box=None, show_header=False, pad_edge=False)
    table.add_column(style="dim")
    table.add_column(overflow="fold")
    role = e.role + (" (hosting counts)" if e.hosting else "")
    rows = [
        ("series", e.series), ("organizer", e.organizer), ("access", e.access),
        ("size", f"about {e.size} people" if e.size else None), ("topics", e.topics),
        ("my role", role),
    ]  # fmt: skip
    for label, value in rows:
        if value:
            table.add_row(label, escape(value))
    met = len(e.met)
    table.add_row("goal", f"meet {e.goal}: met {met} · “{GOAL_QUOTE.text}” ({GOAL_QUOTE.seed})")
    out.print(table)
    if e.people:
        people = Table(title="people", title_justify="left", box=None, header_style="dim")
        for column in ("id", "name", "company", "as", "note"):
            people.add_column(column, overflow="fold")
        for p in e.people:
            people.add_row(str(p.contact_id), escape(p.name), escape(p.company or ""), p.role,
                           escape(p.note or ""))  # fmt: skip
        out.print(people)
    elif e.status != "skipped":
        out.print(f"[dim]No one recorded yet: `netgarden event met {e.id} NAME…`[/]")
    if e.tasks:
        render_tasks(out, list(e.tasks), day, title="follow-ups (24-48-7)")


def render_tasks(out: Console, tasks: list[TaskView], day: dt.date, title: str) -> None:
    table = Table(title=title, title_justify="left", box=None, header_style="dim")
    for column in ("task", "who", "kind", "due", "state", "what"):
        table.add_column(column, overflow="fold")
    for t in tasks:
        if t.done_on:
            state = f"done {t.done_on.isoformat()}" + (f" ({t.done_by})" if t.done_by else "")
        else:
            state = late(t.due_on, day)
            state = f"[red]{state}[/]" if t.due_on < day else state
        kind = TaskKind(t.kind) if t.kind in KINDS else None
        what = f"“{task_quote(kind).text}”" if kind else ""
        if t.note:
            what = f"{escape(t.note)} {what}"
        if t.waiting:
            state = f"waits for a two-way touch with #{t.about_id}"
        table.add_row(f"#{t.id}", f"{escape(t.name)} [dim]#{t.contact_id}[/]", t.kind,
                      t.due_on.isoformat(), state, what)  # fmt: skip
    out.print(table)
