"""Options shared by ``add`` and ``edit``, declared once."""

from __future__ import annotations

from typing import Annotated

import typer

from netgarden.domain.values import Circle, choices

Company = Annotated[str | None, typer.Option("--company", help="Company or organisation.")]
Title = Annotated[str | None, typer.Option("--title", help="Title or role.")]
Email = Annotated[list[str], typer.Option("--email", help="Email address (repeatable).")]
Phone = Annotated[list[str], typer.Option("--phone", help="Phone number (repeatable).")]
CircleOpt = Annotated[
    str | None,
    typer.Option("--circle", help=f"One of: {choices(Circle)}; sets the default cadence."),
]
Every = Annotated[
    int | None,
    typer.Option(
        "--every", help="Touch every DAYS days, overriding the circle (0: use the circle's)."
    ),
]
Tag = Annotated[list[str], typer.Option("--tag", help="Tag (repeatable).")]
HowMet = Annotated[str | None, typer.Option("--how-met", help="How you met, in your words.")]
MetOn = Annotated[str | None, typer.Option("--met-on", help="When you met: YYYY-MM-DD.")]
MetAt = Annotated[str | None, typer.Option("--met-at", help="The event where you met.")]
Birthday = Annotated[
    str | None, typer.Option("--birthday", help="YYYY-MM-DD, or MM-DD without the year.")
]
LinkedIn = Annotated[str | None, typer.Option("--linkedin", help="LinkedIn profile URL.")]
Location = Annotated[str | None, typer.Option("--location", help="City or region.")]
Industry = Annotated[str | None, typer.Option("--industry", help="Industry.")]
Function = Annotated[str | None, typer.Option("--function", help="Function (Product, Design…).")]
Seniority = Annotated[str | None, typer.Option("--seniority", help="Seniority (junior…executive).")]
Personal = Annotated[
    str | None, typer.Option("--personal", help="Personal details: family, hobbies.")
]
Interests = Annotated[str | None, typer.Option("--interests", help="Professional interests.")]
HelpThem = Annotated[str | None, typer.Option("--help-them", help="How I can help them.")]
HelpMe = Annotated[str | None, typer.Option("--help-me", help="How they might help me.")]
Note = Annotated[str | None, typer.Option("--note", help="Notes about them.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
# what reviews read (issue 13)
Influence = Annotated[
    str | None, typer.Option("--influence", help="Influence 1-5 for the value matrix (0: unset).")
]
Accessibility = Annotated[
    str | None,
    typer.Option("--accessibility", help="Accessibility 1-5 for the value matrix (0: unset)."),
]
EnergyOpt = Annotated[
    str | None, typer.Option("--energy", help="energizes, neutral or drains ('' clears).")
]
Board = Annotated[
    str | None,
    typer.Option(
        "--board", help="Board seat: sponsor, mentor, coach, connector, peer ('' clears)."
    ),
]
Decides = Annotated[
    str | None,
    typer.Option(
        "--decides", help="Decisions they make: budget, hiring, tools, roadmap (comma list)."
    ),
]
TimeZone = Annotated[
    str | None, typer.Option("--time-zone", help="IANA time zone, e.g. Europe/Berlin ('' clears).")
]
Mentee = Annotated[
    bool | None, typer.Option("--mentee/--not-mentee", help="Whether you mentor them.")
]
# career resilience (issue 16)
Status = Annotated[
    str | None,
    typer.Option("--status", help="active, laid-off, open-to-work, switched-careers or retired "
                 "('' clears)."),
]  # fmt: skip
StatusOn = Annotated[
    str | None, typer.Option("--status-on", help="Since when the status holds (default today).")
]
HiringManagerFor = Annotated[
    str | None,
    typer.Option("--hiring-manager-for", help="What they hire for as a hiring manager "
                 "('' clears)."),
]  # fmt: skip
PreferredChannel = Annotated[
    str | None,
    typer.Option("--preferred-channel", help="email, linkedin, phone, text or in-person "
                 "('' clears)."),
]  # fmt: skip
