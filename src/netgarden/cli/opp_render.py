"""How ``opp`` commands print opportunities: tables, one opportunity, and their JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from netgarden.cli.context import console, err_console, escape

if TYPE_CHECKING:
    from netgarden.services.opportunities import OppDetail, OppView

# `opp list --json`: these fields, no other (an allowlist)
OPP_JSON = (
    "id", "title", "kind", "company", "role", "via_id", "via_name", "event_id", "event_name",
    "channel", "reaches_hm", "stage", "opened_on", "stage_on", "reached_interview", "note",
)  # fmt: skip


def opp_json(o: OppView) -> dict[str, Any]:
    return {key: getattr(o, key) for key in OPP_JSON}


def detail_json(d: OppDetail) -> dict[str, Any]:
    return {
        **opp_json(d.opportunity),
        "stages": [{"stage": s.stage, "on": s.on} for s in d.stages],
        "shares": [{"contact_id": s.contact_id, "name": s.name, "on": s.on} for s in d.shares],
        "suggestions": [asdict(s) for s in d.suggestions],
    }


def source(o: OppView) -> str:
    """Where it came from, in a few words: ``network via Ana Lee``, ``event AI Summit``."""
    parts = [o.channel or "channel unsaid"]
    if o.via_name:
        parts.append(f"via {o.via_name}")
    if o.event_name:
        parts.append(f"at {o.event_name}")
    return " ".join(parts)


def hiring_manager(value: bool | None) -> str:
    if value is None:
        return "hiring manager: unknown"
    return "reaches the hiring manager" if value else "does not reach the hiring manager"


def render_added(made: OppDetail) -> None:
    from netgarden.domain.seed_texts import OPPORTUNITY_ALERTING

    o, out = made.opportunity, err_console()
    out.print(f"Added #{o.id} {escape(o.title)} ({o.kind}, {escape(source(o))}), open")
    if made.suggestions:
        out.print(f"Share it with ({OPPORTUNITY_ALERTING.seed}: “Opportunity alerting”):")
        for s in made.suggestions:
            out.print(f"  #{s.contact_id} {escape(s.name)}: {escape(s.reason)}")
        first = made.suggestions[0].contact_id
        out.print(f"[dim]record one with `netgarden opp share {o.id} {first}`[/]")


def render_list(found: list[OppView], today: dt.date) -> None:
    from rich.table import Table

    out = console()
    if not found:
        out.print("No opportunities yet. Add one with `netgarden opp add TITLE --kind job`.")
        return
    table = Table(box=None, header_style="dim", pad_edge=False)
    for column in ("id", "opened", "stage", "days", "kind", "title", "company", "from"):
        table.add_column(column, overflow="fold")
    for o in found:
        table.add_row(str(o.id), o.opened_on.isoformat(), o.stage,
                      str(max(0, (today - o.stage_on).days)), o.kind, escape(o.title),
                      escape(o.company or ""), escape(source(o)))  # fmt: skip
    out.print(table)


def render_detail(d: OppDetail, today: dt.date) -> None:
    o, out = d.opportunity, console()
    out.print(f"[bold]#{o.id} {escape(o.title)}[/] — {o.kind}, {o.stage} since "
              f"{o.stage_on.isoformat()} ({max(0, (today - o.stage_on).days)} days)")  # fmt: skip
    if o.company or o.role:
        out.print(f"  {escape(o.role or '')}{' at ' if o.role and o.company else ''}"
                  f"{escape(o.company or '')}")  # fmt: skip
    out.print(f"  from: {escape(source(o))} · {hiring_manager(o.reaches_hm)}")
    if o.note:
        out.print(f"  note: {escape(o.note)}")
    out.print("stages: " + " → ".join(f"{s.stage} {s.on.isoformat()}" for s in d.stages))
    if d.shares:
        shared = [f"{escape(s.name)} (#{s.contact_id}) {s.on.isoformat()}" for s in d.shares]
        out.print("shared with: " + ", ".join(shared))
    if d.suggestions:
        out.print("share it with:")
        for s in d.suggestions:
            out.print(f"  #{s.contact_id} {escape(s.name)}: {escape(s.reason)}")
        out.print(f"[dim]record one with `netgarden opp share {o.id} CONTACT`[/]")
