"""Rich rendering and JSON of career resilience (issue 16). User text is always escaped."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from netgarden.cli.context import escape
from netgarden.domain.call_list import CallList, switched_note
from netgarden.domain.career import CLASS_LABELS, CLASS_ORDER

if TYPE_CHECKING:  # (call-list runs without SQLAlchemy: these services import it)
    from netgarden.services.companies import CompanyDetail, CompanyView
    from netgarden.services.job_changes import ChangeView
from netgarden.words import count


def path_command(company: str) -> str:
    return f"netgarden path --company {shlex.quote(company)}"


def _hiring(v: CompanyView) -> str:
    if v.hiring == "unknown":
        return "hiring unknown"
    what = f" for {v.hiring_for}" if v.hiring == "yes" and v.hiring_for else ""
    when = f" (checked {v.hiring_checked_on.isoformat()})" if v.hiring_checked_on else ""
    return f"hiring {v.hiring}{what}{when}"


def company_line(v: CompanyView) -> str:
    parts = [escape(v.name) + (" [bold](target)[/]" if v.target else ""), escape(_hiring(v))]
    parts += [escape(x) for x in (v.size, v.type) if x]
    parts.append(count(v.people, "person you know", "people you know"))
    return " · ".join(parts)


def render_companies(out: Console, views: list[CompanyView]) -> None:
    if not views:
        out.print("No companies yet: netgarden company set 'Acme' --target --hiring yes")
        return
    table = Table(box=None, pad_edge=False)
    for column in ("id", "company", "target", "hiring", "size", "type", "people"):
        table.add_column(column)
    for v in views:
        table.add_row(str(v.id or "—"), escape(v.name), "yes" if v.target else "",
                      escape(_hiring(v).removeprefix("hiring ")), v.size or "", v.type or "",
                      str(v.people))  # fmt: skip
    out.print(table)


def render_detail(out: Console, d: CompanyDetail) -> None:
    out.print(f"[bold]{company_line(d.company)}[/]")
    for p in d.people:
        extra = [x for x in (p.status, f"hires for {p.hiring_manager_for}"
                             if p.hiring_manager_for else None) if x]  # fmt: skip
        title = f", {escape(p.title)}" if p.title else ""
        note = f" · {escape(' · '.join(extra))}" if extra else ""
        out.print(f"  {escape(p.name)} #{p.id}{title} · strength {p.strength}{note}")
    if not d.people:
        out.print("  nobody you know works there yet")
    for path in d.paths:
        out.print(
            f"path {path.score:.2f}: {escape(' → '.join(path.names))} [dim]({escape(path.why)})[/]"
        )
    if not d.paths:
        out.print(f"no warm path in yet: {escape(path_command(d.company.name))} after adding links")
    for o in d.opportunities:
        out.print(f"opportunity #{o.id}: {escape(o.title)} ({o.stage})")


def render_changes(out: Console, found: list[ChangeView], state: str) -> None:
    if not found:
        out.print(f"No {state} job changes.")
        return
    for c in found:
        was = " at ".join(escape(x) for x in (c.old_title, c.old_company) if x)
        new = " at ".join(escape(x) for x in (c.new_title, c.new_company) if x)
        hint = " [yellow](function changed: switched careers?)[/]" if c.function_changed else ""
        out.print(f"#{c.id} {escape(c.name)} (#{c.contact_id}): {was or '—'} → {new}{hint} "
                  f"[dim]seen {c.seen_on.isoformat()}[/]")  # fmt: skip
    if state == "pending":
        out.print("[dim]netgarden changes accept ID · netgarden changes dismiss ID[/]")


def render_call_list(out: Console, found: CallList, limit: int) -> None:
    s = found.summary
    role = f"for {escape(s.role)}" if s.role else "for any role (give --role)"
    out.print(f"[bold]Who would I call[/] {role}: {count(s.total, 'person', 'people')}")
    if s.junior_first:
        out.print("[dim]You are early in your career: intermediate and senior people first "
                  "(seeds/004)[/]")  # fmt: skip
    for klass in CLASS_ORDER:
        calls = [c for c in found.calls if c.klass is klass]
        out.print(f"\n[bold]{CLASS_LABELS[klass]}[/] ({len(calls)})")
        for c in calls[:limit]:
            where = f" · {escape(c.person.company)}" if c.person.company else ""
            out.print(f"  {escape(c.person.name)} #{c.person.id}{where} — {escape(c.reason)}")
        if len(calls) > limit:
            out.print(f"  [dim]… and {len(calls) - limit:,} more (--limit, --json)[/]")
    out.print("\n" + " · ".join(f"{k} {n}" for k, n in s.counts.items()))
    out.print(escape(switched_note(s)))
    for t in s.unreached_targets:
        out.print(f"Nobody reaches a hiring manager at {escape(t)}: {escape(path_command(t))}")


def call_list_json(found: CallList) -> dict[str, Any]:
    """The API's fields, and the command to run for each target company nobody reaches."""
    from netgarden.services.career_fields import call_list_fields

    fields = call_list_fields(found)
    for target in fields["summary"]["unreached_targets"]:
        target["command"] = path_command(target["company"])
    return fields
