"""What ``show`` adds about a contact from events and commitments: open follow-ups,
planned meetings, and the trust equation's inputs (seeds/002)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.console import Console

from netgarden.cli.context import escape
from netgarden.services.database import Unit


def contact_extras(unit: Unit, contact_id: int, day: dt.date) -> dict[str, Any]:
    """``open_tasks``, ``plans`` (not yet happened) and ``trust``, as JSON-ready values."""
    from netgarden.cli.plans import plan_json
    from netgarden.cli.tasks import task_json
    from netgarden.services.career import role_history
    from netgarden.services.followups import open_tasks_for
    from netgarden.services.plans import list_plans
    from netgarden.services.promises import trust_fields, trust_of

    return {
        "open_tasks": [task_json(t) for t in open_tasks_for(unit, contact_id)],
        "plans": [plan_json(p, day) for p in list_plans(unit, "planned", contact_id)],
        "trust": trust_fields(trust_of(unit, contact_id, day)),
        "role_history": role_history(unit, contact_id),  # issue 16
    }


def render_extras(out: Console, extras: dict[str, Any]) -> None:
    from netgarden.domain.seed_texts import RELIABILITY, TRUST_EQUATION

    for task in extras["open_tasks"]:
        note = f": {escape(task['note'])}" if task["note"] else ""
        out.print(f"task #{task['id']} {task['kind']} due {task['due_on']}{note}")
    for plan in extras["plans"]:
        out.print(f"plan #{plan['id']} {plan['kind']} on {plan['on']}")
    for role in extras["role_history"]:
        was = " at ".join(escape(x) for x in (role["from_title"], role["from_company"]) if x)
        now = " at ".join(escape(x) for x in (role["to_title"], role["to_company"]) if x)
        out.print(f"role {role['changed_on']}: {was or '—'} → {now or '—'} ({role['source']})")
    t = extras["trust"]
    reliability = (
        f"{t['kept_on_time']} of {t['promises_due']} promises kept on time"
        if t["promises_due"]
        else "no promise fell due this year"
    )
    orientation = (
        f"{t['asks']} asks / {t['gives'] + t['asks']} gives and asks = {t['self_orientation']}"
        if t["self_orientation"] is not None
        else "no gives or asks yet"
    )
    out.print(f"reliability: {reliability} · self-orientation: {orientation}")
    out.print(f"[dim]{escape(TRUST_EQUATION.cited())}; {escape(RELIABILITY.cited())}; no "
              "composite without credibility and intimacy ratings[/]")  # fmt: skip
