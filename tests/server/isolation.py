"""What the isolation test needs: user A's world (the demo's practice on a small generated
network, plus marked people), a snapshot of A's workspace, and calls built from the routes
themselves (path parameters filled with A's ids, bodies from the OpenAPI schemas)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from sqlalchemy import inspect, text

# what only A's data holds: none of it may reach B in any answer
MARKERS = (
    "Xavroq Quillfeather",
    "Zentrovo",
    "xavroq@zentrovo.example",
    "MARKER-NOTE-7731",
    "Ysolde Brimblecombe",
    "555 0199 777",
    "MARKER-PERSONAL-4417",
)


@dataclass
class World:
    a_workspace: int
    ids: dict[str, list[int]] = field(default_factory=dict)  # table → A's ids
    keys: list[str] = field(default_factory=list)  # A's own template keys


def plant_a(app: FastAPI, workspace_id: int) -> World:
    """A's data: a small network with the demo's whole practice (events, plans, ledger,
    introductions, templates, reviews… whatever the demo plants after a merge too)."""
    from netgarden.services.contacts import ContactInput, add_contact
    from netgarden.services.demo_practice import add_practice
    from netgarden.services.generate import generate_network
    from netgarden.services.touches import TouchInput, log_touch

    today = dt.date.today()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with app.state.database.transaction(workspace_id) as unit:
        generate_network(unit, contacts=150, touches=900, seed=3, end=today)
        add_practice(unit, today, 3, now)
        marked = [
            add_contact(
                unit,
                ContactInput(
                    name=name,
                    company="Zentrovo Labs",
                    title="CTO",
                    notes="MARKER-NOTE-7731",
                    personal="MARKER-PERSONAL-4417",
                    emails=[email],
                    phones=["+1 555 0199 777"],
                    circle="inner",
                ),
                now,
                today,
            )
            for name, email in (
                ("Xavroq Quillfeather", "xavroq@zentrovo.example"),
                ("Ysolde Brimblecombe", "ysolde@zentrovo.example"),
            )
        ]
        log_touch(unit, marked, TouchInput(kind="coffee", note="MARKER-NOTE-7731"), now, today)
    return _world(app, workspace_id)


def _world(app: FastAPI, workspace_id: int) -> World:
    world = World(workspace_id)
    with app.state.database.engine.connect() as connection:
        for table in _workspace_tables(connection):
            columns = {c["name"] for c in inspect(connection).get_columns(table)}
            if "id" in columns:
                world.ids[table] = list(
                    connection.execute(
                        text(f"SELECT id FROM {table} WHERE workspace_id = :w ORDER BY id"),
                        {"w": workspace_id},
                    ).scalars()
                )
        if "outreach_templates" in world.ids:
            world.keys = list(
                connection.execute(
                    text("SELECT key FROM outreach_templates WHERE workspace_id = :w"),
                    {"w": workspace_id},
                ).scalars()
            )
    return world


def _workspace_tables(connection: Any) -> list[str]:
    found = []
    for table in inspect(connection).get_table_names():
        if table.startswith("contact_search") or table == "alembic_version":
            continue
        if "workspace_id" in {c["name"] for c in inspect(connection).get_columns(table)}:
            found.append(table)
    return sorted(found)


def snapshot(app: FastAPI, workspace_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the workspace (its row in workspaces too)."""
    with app.state.database.engine.connect() as connection:
        found = {
            table: sorted(
                tuple(map(repr, row))
                for row in connection.execute(
                    text(f"SELECT * FROM {table} WHERE workspace_id = :w"), {"w": workspace_id}
                )
            )
            for table in _workspace_tables(connection)
        }
        found["workspaces"] = [
            tuple(map(repr, r))
            for r in connection.execute(
                text("SELECT * FROM workspaces WHERE id = :w"), {"w": workspace_id}
            )
        ]
    return found


def ids_for(world: World, name: str) -> list[int]:
    """A's ids for a path or body parameter: ``event_id`` → A's events' ids, ``intro_id`` →
    introductions, ``opportunity_id`` → opportunities…; anything else names a contact."""
    base = re.sub(r"_ids?$", "", name)
    aliases = {
        "intro": "introductions",
        "entry": "ledger_entries",
        "ask": "intro_requests",
        "other": "contacts",
        "a": "contacts",
        "b": "contacts",
        "keep": "contacts",
        "contact": "contacts",
        "touch": "touches",
        "person": "contacts",
    }
    candidates = [
        aliases.get(base, ""),
        base + "s",
        base + "es",
        base[:-1] + "ies" if base.endswith("y") else "",
        base,
    ]
    for table in candidates:
        if world.ids.get(table):
            return world.ids[table]
    for table, found in world.ids.items():  # companies → company_*, goal → goals_*
        if table.startswith(base) and found:
            return found
    return world.ids["contacts"]


def fill_path(path: str, world: World, which: int = 0) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1).split(":")[0]
        if name in ("key", "template_key") and world.keys:
            return world.keys[0]
        if not name.endswith("id") and name not in ("a", "b", "other"):
            return {"fmt": "json", "tab": "timeline", "section": "met"}.get(name, "x")
        found = ids_for(world, name)
        return str(found[min(which, len(found) - 1)])

    return re.sub(r"\{([^}]+)\}", one, path)


def body_for(schema: dict[str, Any], spec: dict[str, Any], world: World, name: str = "") -> Any:
    """A value the schema accepts, naming A's rows wherever it takes an id."""
    if "$ref" in schema:
        return body_for(_ref(spec, schema["$ref"]), spec, world, name)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return body_for(options[0], spec, world, name) if options else None
    if "allOf" in schema:
        return body_for(schema["allOf"][0], spec, world, name)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        wanted = set(schema.get("required", [])) | {
            p for p in props if "id" in p or p in ("contact", "a", "b", "other")
        }
        return {p: body_for(props[p], spec, world, p) for p in props if p in wanted}
    if kind == "array":
        return [body_for(schema.get("items", {}), spec, world, name)]
    if kind == "integer":
        if name.endswith(("id", "ids")) or name in ("a", "b", "other", "contact"):
            return ids_for(world, name)[0]
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return 1
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date":
            return dt.date.today().isoformat()
        if fmt == "date-time":
            return dt.datetime.now().replace(microsecond=0).isoformat()
        if name in ("contact", "a", "b", "other") or name.endswith("_id"):
            return str(ids_for(world, name)[0])
        if name == "email" or fmt == "email":
            return "x@example.org"
        return "x"
    return "x"


def _ref(spec: dict[str, Any], ref: str) -> dict[str, Any]:
    found: Any = spec
    for part in ref.lstrip("#/").split("/"):
        found = found[part]
    return found  # type: ignore[no-any-return]


CSRF_VALUE = re.compile(r'(name="csrf_token" value=|"X-CSRF-Token": )"[^"]*"')


def normalized(body: str, email: str) -> str:
    """An answer with what differs between two empty accounts taken out: the CSRF token and
    the account's email."""
    return CSRF_VALUE.sub(r'\1"…"', body).replace(email, "ME@example.org")
