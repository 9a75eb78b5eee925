"""``roi``: what networking gave over a period (issue 16; seeds/002 "Networking ROI
Measurement"). The figures and how each is counted: domain/roi.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from netgarden.cli.context import console, guarded, parse_day, print_json, read_only, today

if TYPE_CHECKING:
    from rich.console import Console


def register(app: typer.Typer) -> None:
    app.command("roi")(guarded(roi))


def roi(
    ctx: typer.Context,
    since: str | None = typer.Option(
        None, "--since", help="From this day (default: the 12 calendar months up to --until)."
    ),
    until: str | None = typer.Option(None, "--until", help="Up to this day (default today)."),
    json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
) -> None:
    """Networking ROI: response rate, meeting acceptance, meeting-to-opportunity conversion,
    referrals and their quality, opportunities by kind and channel with interview rate,
    knowledge and value given vs received, quality connections per month, network growth."""
    from netgarden.services.roi import roi_fields, roi_report

    start, end = parse_day(since, "since"), parse_day(until, "until")
    with read_only(ctx) as unit:
        fields = roi_fields(roi_report(unit, today(), start, end))
    if json:
        print_json(fields)
        return
    render(console(), fields)


def pct(rate: dict[str, Any] | float | None) -> str:
    value = rate.get("rate") if isinstance(rate, dict) else rate
    return "-" if value is None else f"{100 * value:.0f}%"


def of(rate: dict[str, Any]) -> str:
    return f"{pct(rate)} ({rate['part']} of {rate['whole']})"


def render(out: Console, f: dict[str, Any]) -> None:
    """The report as text, one figure a line, then the tables."""
    from rich.table import Table

    response, r = f["response_rate"], f["referrals"]
    out.print(f"[bold]Networking ROI[/] {f['since']} → {f['until']}")
    out.print(f"  response rate: {of(response['per_message'])} of messages, "
              f"{of(response['per_person'])} of people")  # fmt: skip
    out.print(f"  meeting acceptance: {of(f['meeting_acceptance'])}")
    out.print(f"  meeting → opportunity in 90 days: {of(f['meeting_to_opportunity'])}")
    out.print(f"  referrals received: {r['received']} ({r['per_month']} a month); reaching the "
              f"hiring manager {pct(r['hiring_manager_rate'])}, reaching interviews "
              f"{pct(r['interview_rate'])}; referrals given: {r['given']}")  # fmt: skip
    k, v = f["knowledge"], f["value"]
    out.print(f"  knowledge: {k['given']} given, {k['received']} received")
    out.print(f"  value: {v['given']} given, {v['received']} received, {v['asked']} asked — "
              f"given ÷ received {v['given_per_received'] or '-'}, given ÷ asked "
              f"{v['given_per_asked'] or '-'} (the 5-to-1 rule)")  # fmt: skip
    q, g = f["quality_connections"], f["network_growth"]
    out.print(f"  quality connections: {q['new']} new ({q['per_year']} a year; "
              f"{q['why']}: about {q['target_per_year']})")  # fmt: skip
    out.print(f"  network growth: {g['new']} new contacts on {g['contacts_at_start']} "
              f"({pct(g['rate'])})")  # fmt: skip
    for key, title in (("opportunities_by_kind", "by kind"),
                       ("opportunities_by_channel", "by channel")):  # fmt: skip
        table = Table(box=None, header_style="dim", title=f"opportunities {title}",
                      title_justify="left")  # fmt: skip
        for column in (title.split()[-1], "opportunities", "interviews", "interview rate"):
            table.add_column(column)
        for row in f[key]:
            table.add_row(row["name"], str(row["opportunities"]), str(row["interviewed"]),
                          pct(row["interview_rate"]))  # fmt: skip
        out.print(table if f[key] else f"no opportunities {title} in the period")
    out.print(f"[dim]cold applications: {f['cold_application_benchmark']['why']}[/]")
    table = Table(box=None, header_style="dim", title="per month", title_justify="left")
    for column in ("month", "new quality connections", "so far", "new contacts"):
        table.add_column(column)
    for m, n in zip(q["months"], g["months"], strict=True):
        table.add_row(m["month"], str(m["new"]), str(m["total"]), str(n["new"]))
    out.print(table)
