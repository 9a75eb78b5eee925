"""Network reviews (issue 13): triage, review health|audit|diversity|brokers|internal,
target, matrix, board, me. Every report has --json and --as-of; every line names its rule
and the seed it comes from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    parse_day,
    print_json,
    print_text,
    read_only,
    today,
    unit_of_work,
)

if TYPE_CHECKING:
    from rich.console import Console

    from netgarden.domain.review_lines import Line

AsOf = Annotated[str | None, typer.Option("--as-of", help="Review as of another day.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]

review = typer.Typer(
    help="How the network is doing: health, audit, diversity, brokers, internal; and the "
    "seeds' practices of a period: week, month, quarter, year.",
    no_args_is_help=True,
)
target = typer.Typer(
    help="Diversity targets: at least N contacts with a value.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.command("triage")(guarded(triage))
    app.command("matrix")(guarded(matrix))
    app.command("board")(guarded(board))
    app.command("me")(guarded(me))
    for command in (health, audit, diversity, brokers, internal):
        review.command(command.__name__)(guarded(command))
    app.add_typer(review, name="review")
    target.command("add")(guarded(target_add, {"at_least": "--at-least"}))
    target.command("list")(guarded(target_list))
    target.command("remove")(guarded(target_remove))
    app.add_typer(target, name="target")


def _day(as_of: str | None) -> Any:
    return parse_day(as_of, "as_of") or today()


def print_lines(out: Console, lines: Sequence[Line]) -> None:
    """Each line, then the rule it applies and the seed it comes from."""
    for line in lines:
        out.print(f"{escape(line.text)}  [dim]— {escape(line.rule)} · {escape(line.source)}[/]")


def triage(
    ctx: typer.Context,
    apply: bool = typer.Option(False, "--apply", help="Apply the proposals, batch by batch."),
    yes: bool = typer.Option(False, "--yes", help="With --apply: apply every batch unasked."),
    json: Json = False,
    as_of: AsOf = None,
) -> None:
    """Propose a circle for each uncircled contact from their history (strength ≥ 40 →
    middle; 15-39 → outer; otherwise a connection only; never inner), and apply them in
    batches you confirm."""
    from netgarden.domain.triage import batches
    from netgarden.services.triage import apply_triage
    from netgarden.services.triage import triage as propose

    day = _day(as_of)
    with unit_of_work(ctx) as unit:
        found = propose(unit, day)
        applied: list[int] = []
        if apply:
            for number, batch in enumerate(batches(found.proposals), 1):
                if not yes:
                    _show_proposals(err_console(), batch, f"batch {number}")
                    if not typer.confirm(f"Apply batch {number} ({len(batch)})?", err=True):
                        continue
                applied += [
                    p.contact_id
                    for p in apply_triage(unit, [p.contact_id for p in batch], day, now())
                ]
    if json:
        from netgarden.services import review_fields as f

        print_json(f.triage_fields(found, applied))
        return
    out = console()
    if apply:
        out.print(f"Applied {len(applied)} of {len(found.proposals)} proposals.")
        return
    _show_proposals(out, found.proposals, "triage")
    out.print(
        f"{found.connection_only} stay uncircled as connections only (strength < 15). "
        "Apply with: netgarden triage --apply"
    )


def _show_proposals(out: Console, proposals: Sequence[Any], what: str) -> None:
    out.print(f"[bold]{what}[/]: {len(proposals)} proposals")
    for p in proposals:
        out.print(
            f"#{p.contact_id} {escape(p.name)} → {p.circle} ({escape(p.reason)})"
            f"  [dim]— {p.line.rule} · {escape(p.line.source)}[/]"
        )


def health(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """Circle sizes against seeds/002 and seeds/001's 150-50-15, strength bands, lapsed
    ties, three-touch compliance, the uncircled."""
    from netgarden.services.reviews import health_review

    with read_only(ctx) as unit:
        found = health_review(unit, _day(as_of))
    if json:
        from netgarden.services import review_fields as f

        print_json(f.health_fields(found))
        return
    out = console()
    out.print(f"[bold]Network health, {found.as_of.isoformat()}[/]")
    print_lines(out, found.lines)
    if found.uncircled:
        out.print("Triage the uncircled with: netgarden triage")


def audit(
    ctx: typer.Context,
    apply: str | None = typer.Option(None, "--apply", help="Apply lines N,N,… (or all)."),
    json: Json = False,
    as_of: AsOf = None,
) -> None:
    """Propose promotions, demotions and archives, each with the criterion that fired;
    nothing changes until you apply chosen lines."""
    from netgarden.services.reviews import apply_audit, audit_review, parse_numbers

    day = _day(as_of)
    with unit_of_work(ctx) as unit:
        if apply is not None:
            done = apply_audit(unit, parse_numbers(apply), day, now())
            err_console().print(
                f"Applied {len(done)}: "
                + "; ".join(f"{escape(p.name)} #{p.contact_id} → {p.circle}" for p in done)
            )
            return
        found = audit_review(unit, day)
    if json:
        from netgarden.services import review_fields as f

        print_json(f.audit_fields(day, found.proposals, found.kept))
        return
    out = console()
    out.print(f"[bold]Audit, {day.isoformat()}[/]: {len(found.proposals)} proposals")
    for p in found.proposals:
        out.print(f"{p.number:>3}. {escape(p.line.text)}  [dim]— {escape(p.line.source)}[/]")
    print_lines(out, [k.line for k in found.kept])
    if found.proposals:
        out.print("Apply chosen lines with: netgarden review audit --apply 1,2")


def diversity(
    ctx: typer.Context,
    by: str = typer.Option(
        "industry", "--by", help="industry, function, seniority, location or company."
    ),
    json: Json = False,
    as_of: AsOf = None,
) -> None:
    """Counts and shares, the unknown share, concentration (HHI) and effective number, and
    gaps against your targets."""
    from netgarden.services.diversity import diversity_review

    with unit_of_work(ctx) as unit:
        found = diversity_review(unit, by, _day(as_of))
    if json:
        from netgarden.services import review_fields as f

        print_json(f.diversity_fields(found))
        return
    out = console()
    for v in found.values[:25]:
        out.print(f"{escape(v.value):<30} {v.count:>6} {v.share:>7.1%}")
    out.print(f"{'(unknown)':<30} {found.unknown:>6} {found.unknown_share:>7.1%}")
    print_lines(out, found.lines)


def brokers(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """Betweenness, bridges (articulation points), clusters, connectors and novel weak ties
    on the links between your contacts."""
    from netgarden.services.brokers import brokers_review

    with unit_of_work(ctx) as unit:
        found = brokers_review(unit, _day(as_of))
    if json:
        from netgarden.services import review_fields as f

        print_json(f.brokers_fields(found))
        return
    out = console()
    how = "exact" if found.exact else f"sampled from {found.sampled_from} people"
    out.print(f"[bold]Brokers and bridges[/] ({how}); {len(found.clusters)} clusters")
    for c in found.clusters[:10]:
        names = ", ".join(f"{escape(n)} #{i}" for i, n in c.top[:3])
        out.print(f"  cluster {c.id}: {c.size} people ({escape(', '.join(c.industries))}); {names}")
    print_lines(out, found.lines)


def internal(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """Contacts at your own company (set it with: netgarden me --company): by function, by
    seniority above, at and below you, and decision makers whose tie is weak."""
    from netgarden.errors import UserError
    from netgarden.services.internal import internal_review
    from netgarden.services.profile import my_facts as profile

    with unit_of_work(ctx) as unit:
        if not profile(unit).get("company"):
            raise UserError("reviews do not know your company yet; set it with: "
                            "netgarden me --company NAME")  # fmt: skip
        found = internal_review(unit, _day(as_of))
    if json:
        from netgarden.services import review_fields as f

        print_json(f.internal_fields(found))
        return
    print_lines(console(), found.lines)


def matrix(
    ctx: typer.Context,
    quadrant: str | None = typer.Option(
        None, "--quadrant", help="Only golden, aspirational, peer or avoid."
    ),
    limit: int = typer.Option(30, "--limit", help="At most N people as text (JSON: all)."),
    json: Json = False,
    as_of: AsOf = None,
) -> None:
    """Everyone by influence x accessibility: Golden Connections, Aspirational Targets,
    Peer Network, Avoid — with each quadrant's strategy."""
    from netgarden.domain.matrix import QUADRANTS
    from netgarden.services.matrix import matrix as place

    with read_only(ctx) as unit:
        placed = place(unit, _day(as_of), quadrant)
    if json:
        from netgarden.services import review_fields as f

        print_text(f.matrix_json(placed))  # print_json(f.matrix_fields(placed)), faster
        return
    out = console()
    for key, (name, quote) in QUADRANTS.items():
        members = [p for p in placed if p.quadrant == key]
        if quadrant and key != quadrant:
            continue
        out.print(f"[bold]{name}[/] ({len(members)}): {escape(quote.text)} [dim]({quote.seed})[/]")
        for p in members[:limit]:
            out.print(f"  {escape(p.line.text)}")
            for signal in p.signals:
                out.print(f"    {escape(signal.text)} [dim]— {escape(signal.source)}[/]")


def board(ctx: typer.Context, json: Json = False, as_of: AsOf = None) -> None:
    """Your personal board of directors: filled and empty seats, candidates from your data,
    and how to cultivate each seat; your mentees."""
    from netgarden.services.board import board_review

    with unit_of_work(ctx) as unit:
        found = board_review(unit, _day(as_of))
    if json:
        from netgarden.services import review_fields as f

        print_json(f.board_fields(found))
        return
    out = console()
    for seat in found.seats:
        print_lines(out, seat.lines)
    print_lines(out, [found.mentee_line])


def me(
    ctx: typer.Context,
    company: str | None = typer.Option(None, "--company", help="Your company ('' clears)."),
    title: str | None = typer.Option(None, "--title", help="Your title."),
    seniority: str | None = typer.Option(None, "--seniority", help="Your seniority."),
    function: str | None = typer.Option(None, "--function", help="Your function."),
    time_zone: str | None = typer.Option(None, "--time-zone", help="Your IANA time zone."),
    json: Json = False,
) -> None:
    """What reviews know of you: company (internal review), title and seniority (board),
    function, time zone (shared working hours). Without options, shows them."""
    from netgarden.services.profile import set_my_facts

    values = {
        "company": company,
        "title": title,
        "seniority": seniority,
        "function": function,
        "time_zone": time_zone,
    }
    with unit_of_work(ctx) as unit:
        found = set_my_facts(unit, values, now())
    if json:
        print_json(found)
        return
    out = console()
    for key, value in found.items():
        out.print(f"{key.replace('_', ' ')}: {escape(value)}")
    if not found:
        out.print("Nothing set yet: netgarden me --company Acme --title 'Senior Engineer'")


def target_add(
    ctx: typer.Context,
    dimension: str = typer.Argument(..., help="industry, function, seniority, location, company."),
    value: str = typer.Argument(..., help="The value to aim for, e.g. fintech."),
    at_least: int = typer.Option(1, "--at-least", help="At least N contacts."),
) -> None:
    """Aim for at least N contacts with a value (a company target is a target company)."""
    from netgarden.services.diversity import add_target

    with unit_of_work(ctx) as unit:
        row = add_target(unit, dimension, value, at_least)
    err_console().print(f"Target: at least {row.at_least} with {row.dimension} {escape(row.value)}")


def target_list(ctx: typer.Context, json: Json = False) -> None:
    """Your diversity targets."""
    from netgarden.services.diversity import targets

    with unit_of_work(ctx) as unit:
        rows = targets(unit)
    if json:
        print_json([r._asdict() for r in rows])
        return
    for r in rows:
        console().print(f"{r.dimension} {escape(r.value)}: at least {r.at_least}")


def target_remove(
    ctx: typer.Context,
    dimension: str = typer.Argument(..., help="The target's dimension."),
    value: str = typer.Argument(..., help="The target's value."),
) -> None:
    """Remove a target."""
    from netgarden.services.diversity import remove_target

    with unit_of_work(ctx) as unit:
        remove_target(unit, dimension, value)
    err_console().print(f"Removed the {dimension} target {escape(value)}")
