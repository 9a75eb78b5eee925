"""``profile`` (me, as the prep sheet pitches me) and ``prep interview`` (an informational
interview's prep)."""

from __future__ import annotations

from typing import Any

import typer

from netgarden.cli.context import (
    console,
    err_console,
    escape,
    guarded,
    now,
    print_json,
    unit_of_work,
)
from netgarden.cli.help import use_plain_help

profile = typer.Typer(help="Your profile: name, title, pitches, time zone.", no_args_is_help=True)
LABELS = {
    "name": "name", "title": "title", "company": "company", "what": "what you do",
    "hook": "hook", "pitch_30": "30-second pitch", "pitch_60": "60-second pitch",
    "pitch_120": "2-minute pitch", "time_zone": "time zone",
    "questions": "interview questions",
}  # fmt: skip


def register(app: typer.Typer) -> None:
    profile.command("set")(guarded(set_))
    profile.command("show")(guarded(show))
    use_plain_help(profile)
    app.add_typer(profile, name="profile")
    app.command("prep")(guarded(prep, {"contact": "CONTACT"}))


def set_(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", help="Your name."),
    title: str | None = typer.Option(None, "--title", help="Your title."),
    company: str | None = typer.Option(None, "--company", help="Your company."),
    what: str | None = typer.Option(None, "--what", help="What you do (seeds/002's formula)."),
    hook: str | None = typer.Option(None, "--hook", help="An interesting hook."),
    pitch_30: str | None = typer.Option(None, "--pitch-30", help="Your 30-second pitch."),
    pitch_60: str | None = typer.Option(None, "--pitch-60", help="Your 60-second pitch."),
    pitch_120: str | None = typer.Option(None, "--pitch-120", help="Your 2-minute pitch."),
    time_zone: str | None = typer.Option(None, "--time-zone", help="e.g. Europe/Berlin."),
    questions: str | None = typer.Option(
        None, "--questions", help="Questions for informational interviews, one per line."
    ),
) -> None:
    """Set fields of your profile (an empty value clears one)."""
    from netgarden.services.profile import set_profile

    given = {"name": name, "title": title, "company": company, "what": what, "hook": hook,
             "pitch_30": pitch_30, "pitch_60": pitch_60, "pitch_120": pitch_120,
             "time_zone": time_zone, "questions": questions}  # fmt: skip
    changes: dict[str, str | None] = {k: v for k, v in given.items() if v is not None}
    with unit_of_work(ctx) as unit:
        set_profile(unit, changes, now())
    err_console().print(f"Profile: set {', '.join(LABELS[k] for k in changes)}")


def show(
    ctx: typer.Context, json: bool = typer.Option(False, "--json", help="Print JSON.")
) -> None:
    """Your profile, and what the prep sheet would miss."""
    from netgarden.services.profile import show_profile

    with unit_of_work(ctx) as unit:
        found = show_profile(unit)
    if json:
        print_json(found)
        return
    for key, label in LABELS.items():
        value = found.get(key)
        console().print(f"{label}: " + (escape(value) if value else "[dim]not set[/]"))


def prep(
    ctx: typer.Context,
    what: str = typer.Argument(..., help="interview"),
    contact: str = typer.Argument(..., help="Whom you will interview: id, email or name."),
    json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Prepare an informational interview: their profile, what you want to learn, your
    questions (seeds/002: "Come prepared with specific questions")."""
    from dataclasses import asdict

    from netgarden.errors import InvalidValue
    from netgarden.services.lookup import resolve_contact
    from netgarden.services.prep import interview_prep

    if what != "interview":
        raise InvalidValue(
            "WHAT", f"{what!r}: use `prep interview CONTACT` (events: `event prep ID`)"
        )
    with unit_of_work(ctx) as unit:
        found = interview_prep(unit, resolve_contact(unit, contact))
    if json:
        data: dict[str, Any] = asdict(found)
        data["advice"] = [q.cited() for q in found.advice]
        print_json(data)
        return
    _print_interview(found)


def _print_interview(found: Any) -> None:
    out = console()
    role = ", ".join(x for x in (found.title, found.company) if x)
    out.print(f"[bold]Informational interview: {escape(found.name)}[/] #{found.contact_id}"
              + (f" — {escape(role)}" if role else ""))  # fmt: skip
    out.print(f"how we met: {escape(found.how_met or 'not recorded')}")
    out.print(f"interests: {escape(found.interests or 'not recorded')}")
    out.print(
        f"what I want to learn: {escape(found.learn or 'not recorded (how they might help me)')}"
    )
    out.print("my questions:" if found.questions else
              "my questions: none stored; `netgarden profile set --questions TEXT`")  # fmt: skip
    for q in found.questions:
        out.print(f"  - {escape(q)}")
    for quote in found.advice:
        out.print(f"[dim]{escape(quote.cited())}[/]")
    out.print(
        "[dim]logging it (--kind informational-interview) makes a thank-you task due in 48 hours[/]"
    )
