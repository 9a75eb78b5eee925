"""Checking a whole backup before one row of it is written: every table the backup's schema
had, every required field, values of the right type, enumerations the app knows, dates in
range, references to rows the backup holds. A restore that passes cannot leave a database
that ``today``, ``show`` or an export would then trip over.

Rows arrive as ``load`` decoded them (``_rows`` in store/backup.py: typed, dates parsed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from netgarden.domain.events import Access, EventFormat, EventRole, EventStatus, PersonRole
from netgarden.domain.followups import TaskKind
from netgarden.domain.ledger import ASK_KINDS, EntryType
from netgarden.domain.network import IntroState, LinkStrength
from netgarden.domain.opportunities import Channel, OppKind, Stage
from netgarden.domain.plans import PlanStatus
from netgarden.domain.preferences import parse_preference
from netgarden.domain.seed_templates import ASKS
from netgarden.domain.values import MAX_DAYS, Circle, Direction, TouchKind, parse_birthday
from netgarden.errors import InvalidValue

Rows = list[dict[str, Any]]
Check = Callable[[Any], str | None]  # what is wrong with a value, or None

# the migration that added each table: a backup from before it may lack the table
ADDED_IN = {"duplicate_candidates": "0002", "import_fingerprints": "0002",
            "ledger_entries": "0003", "links": "0004", "introductions": "0004",
            "events": "0009", "event_people": "0009", "tasks": "0009",
            "plans": "0010", "plan_people": "0010", "profiles": "0010",
            "circle_changes": "0011", "diversity_targets": "0011", "profile": "0011",
            "outreach_templates": "0012",
            "feed_tokens": "0015", "feed_items": "0015", "sync_cards": "0015",
            "companies": "0018",  # issue 16
            "role_changes": "0018",  # issue 16
            "job_changes": "0018",  # issue 16
            "opportunities": "0019", "opportunity_stages": "0019", "opportunity_shares": "0019",
            }  # fmt: skip
# settings renamed by migration 0005, as an older backup still names them
RENAMED = {"dormant_limit": "lapsed_limit", "dormant_factor": "lapsed_factor"}
LINK_SOURCES = ("manual", "touch", "intro")


class Damaged(ValueError):
    """What is wrong, in the words of the person restoring the backup."""


def required_tables(schema: str, tables: tuple[str, ...]) -> list[str]:
    return [name for name in tables if ADDED_IN.get(name, "0001") <= schema]


def one_of(values: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        return None if value in values else f"{value!r} is not one of {', '.join(values)}"

    return check


def between(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        return None if value is None or low <= value <= high else f"{value} is not {low}-{high}"

    return check


def _birthday(value: Any) -> str | None:
    if value is None:
        return None
    try:
        canonical = str(parse_birthday(value))
    except InvalidValue as problem:
        return problem.message
    return None if canonical == value else f"{value!r} is not a birthday as netgarden writes it"


def _enum(kind: Any) -> Check:
    return one_of(tuple(member.value for member in kind))


# issue 16: opportunities (domain.opportunities)
OPP_COLUMNS: dict[str, dict[str, Check]] = {
    "opportunities": {
        "kind": _enum(OppKind),
        "stage": _enum(Stage),
        "channel": lambda v: None if v is None else _enum(Channel)(v),
    },
    "opportunity_stages": {"stage": _enum(Stage)},
}
OPP_REFERENCES = {
    ("opportunities", "via_id"): "contacts",
    ("opportunities", "event_id"): "events",
    ("opportunity_stages", "opportunity_id"): "opportunities",
    ("opportunity_shares", "opportunity_id"): "opportunities",
    ("opportunity_shares", "contact_id"): "contacts",
    ("opportunity_shares", "ledger_entry_id"): "ledger_entries",  # follows a restore's new id
}
OPP_OPTIONAL = (
    ("opportunities", "via_id"), ("opportunities", "event_id"),
    ("opportunity_shares", "ledger_entry_id"),
)  # fmt: skip

COLUMNS: dict[str, dict[str, Check]] = {
    "contacts": {
        "circle": _enum(Circle),
        "cadence_days": between(1, MAX_DAYS),
        "birthday": _birthday,
    },
    "touches": {"kind": _enum(TouchKind), "direction": _enum(Direction)},
    "ledger_entries": {"entry_type": _enum(EntryType), "kind": one_of(ASK_KINDS)},
    "links": {"strength": _enum(LinkStrength), "source": one_of(LINK_SOURCES)},
    "introductions": {"state": _enum(IntroState)},
    "events": {
        "format": _enum(EventFormat),
        "access": lambda v: None if v is None else _enum(Access)(v),
        "role": _enum(EventRole),
        "status": _enum(EventStatus),
        "goal": between(1, 1000),
    },
    "event_people": {"role": _enum(PersonRole)},
    "tasks": {"kind": _enum(TaskKind)},
    "outreach_templates": {"asks": one_of(ASKS)},
    "circle_changes": {"to_circle": _enum(Circle)},
    "plans": {"status": _enum(PlanStatus), "kind": _enum(TouchKind)},
    **OPP_COLUMNS,  # issue 16
}
# (table, column) → the table whose ``id`` it names
REFERENCES: dict[tuple[str, str], str] = {
    **{(table, "contact_id"): "contacts" for table in (
        "contact_emails", "contact_phones", "contact_tags", "touch_participants",
        "duplicate_candidates", "import_fingerprints", "ledger_entries", "event_people",
        "tasks", "sync_cards", "circle_changes", "plan_people",
        "role_changes", "job_changes",  # issue 16
    )},
    ("duplicate_candidates", "other_id"): "contacts",
    ("touch_participants", "touch_id"): "touches",
    ("links", "a_id"): "contacts",
    ("links", "b_id"): "contacts",
    ("introductions", "a_id"): "contacts",
    ("introductions", "b_id"): "contacts",
    ("event_people", "event_id"): "events",
    ("event_people", "touch_id"): "touches",
    ("tasks", "event_id"): "events",
    ("tasks", "touch_id"): "touches",
    ("tasks", "introduction_id"): "introductions",
    ("tasks", "about_id"): "contacts",
    ("plans", "touch_id"): "touches",
    ("plan_people", "plan_id"): "plans",
    **OPP_REFERENCES,  # issue 16
}  # fmt: skip
# references that may be empty
OPTIONAL = frozenset({("event_people", "touch_id"), ("tasks", "event_id"),
                      ("tasks", "touch_id"), ("tasks", "introduction_id"), ("tasks", "about_id"),
                      ("plans", "touch_id"), *OPP_OPTIONAL})  # fmt: skip
WHAT = {"contacts": "contact", "touches": "touch", "events": "event",
        "introductions": "introduction", "plans": "planned meeting",
        "opportunities": "opportunity", "ledger_entries": "ledger entry"}  # fmt: skip


def check_tables(tables: dict[str, Rows], words: dict[str, str]) -> None:
    """Raise Damaged for the first thing wrong anywhere in the backup."""
    ids = {name: {row.get("id") for row in tables.get(name, [])} for name in WHAT}
    for name, rows in tables.items():
        checks = COLUMNS.get(name, {})
        references = {c: t for (table, c), t in REFERENCES.items() if table == name}
        for number, row in enumerate(rows, 1):
            where = f"{words[name]}, row {number}"
            for column, check in checks.items():
                problem = check(row.get(column))
                if problem:
                    raise Damaged(f"{where}: {column.replace('_', ' ')} {problem}")
            for column, parent in references.items():
                if row.get(column) is None and (name, column) in OPTIONAL:
                    continue
                if row.get(column) not in ids[parent]:
                    raise Damaged(
                        f"{where}: refers to {WHAT[parent]} {row.get(column)}, "
                        f"which is not in the backup"
                    )
            if name in ("links", "introductions") and row.get("a_id") == row.get("b_id"):
                raise Damaged(f"{where}: links contact {row.get('a_id')} to themself")
    _touch_dates(tables, words)
    _settings(tables.get("preferences", []), words)


def _touch_dates(tables: dict[str, Rows], words: dict[str, str]) -> None:
    """Each person in a touch carries the touch's date (the agenda reads it from there)."""
    days: dict[Any, dt.date] = {row["id"]: row["occurred_on"] for row in tables.get("touches", [])}
    for number, row in enumerate(tables.get("touch_participants", []), 1):
        if row.get("occurred_on") != days.get(row.get("touch_id")):
            raise Damaged(
                f"{words['touch_participants']}, row {number}: the date is not its touch's"
            )


def _settings(rows: Rows, words: dict[str, str]) -> None:
    for number, row in enumerate(rows, 1):
        key = row.get("key")
        if isinstance(key, str):
            row["key"] = key = RENAMED.get(key, key)
        try:
            parse_preference(str(key), str(row.get("value")))
        except InvalidValue as problem:
            raise Damaged(f"{words['preferences']}, row {number}: {problem}") from None
