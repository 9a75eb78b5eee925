"""Isolation (issue 19): user B, using user A's ids on every operation of /openapi.json and
every page route, reads nothing of A's, writes nothing to A's workspace and learns no count.

The operations are enumerated from the running app, not listed here: an endpoint another
area adds (goals, opportunities, companies…) is covered without editing this test. A's data
is the demo's practice on a small network (so what a new area's demo plants is there too),
with two marked people whose names, company, email, phone and notes must never reach B.

- every operation naming one of A's rows in its path answers B 404 (never 403 or 2xx); one
  that refuses the request's body first (422) must refuse it alike for an id nobody has;
- every read naming no row answers B exactly what it answers C, another empty account (no
  count of A's leaks through a total, a chart or a badge), A's ids in its query included;
- no answer to B holds any of A's marked values;
- A's workspace, row for row, is unchanged after B's writes, deletes and sub-resource posts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response

from netgarden.store.accounts import AccountRepo
from tests.server.conftest import Browser, all_routes, csrf
from tests.server.isolation import (
    MARKERS,
    World,
    body_for,
    fill_path,
    ids_for,
    normalized,
    plant_a,
    snapshot,
)

METHODS = ("get", "post", "put", "patch", "delete")
NOBODYS = World(0, {"contacts": [2**62]}, ["nobodys-key"])  # ids no account has
Call = tuple[str, str, str, Callable[[TestClient, World], Response]]  # where, method, path, call


def _workspace(server: FastAPI, email: str) -> int:
    with server.state.database.transaction() as unit:
        user = AccountRepo(unit.session).user(email)
        assert user is not None
        return user.workspace_id


def _names_a_row(path: str) -> bool:
    """The path names one of A's rows (an id, or A's own template's key)."""
    return any(
        name.endswith("id") or name in ("key", "a", "b", "other")
        for name in re.findall(r"\{([^}:]+)", path)
    )


def _leaks(text: str) -> list[str]:
    return [m for m in MARKERS if m.casefold() in text.casefold()]


def _api_calls(spec: dict[str, Any]) -> list[Call]:
    calls: list[Call] = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue

            def call(
                client: TestClient,
                world: World,
                path: str = path,
                method: str = method,
                op: dict[str, Any] = op,
            ) -> Response:
                return client.request(
                    method.upper(),
                    fill_path(path, world),
                    params=_query(op, spec, world),
                    json=_body(op, spec, world),
                )

            calls.append(("api", method.upper(), path, call))
    return calls


def _query(op: dict[str, Any], spec: dict[str, Any], world: World) -> dict[str, Any]:
    """Required query parameters, and any that names a person or a row, filled with A's."""
    found = {}
    for p in op.get("parameters", []):
        name = p["name"]
        if p["in"] != "query":
            continue
        if p.get("required") or "id" in name or name in ("center", "contact", "to", "a", "b"):
            value = body_for(p.get("schema", {}), spec, world, name)
            if name in ("center", "to", "contact") and not isinstance(value, int):
                value = ids_for(world, "contact")[0]
            found[name] = value
    return found


def _body(op: dict[str, Any], spec: dict[str, Any], world: World) -> Any:
    content = op.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return None if schema is None else body_for(schema, spec, world)


def _page_calls(server: FastAPI) -> list[Call]:
    calls: list[Call] = []
    skip = ("/sign-in", "/sign-out", "/openapi.json", "/docs")
    for route in all_routes(server):
        if route.path.startswith("/api/") or route.path in skip:
            continue
        for method in sorted(route.methods - {"HEAD"}):

            def call(
                client: TestClient, world: World, path: str = route.path, method: str = method
            ) -> Response:
                url = fill_path(path, world)
                if method == "GET":
                    return client.get(url)
                return client.request(
                    method, url, data={"csrf_token": csrf(client), **_form(world)}
                )

            calls.append(("page", method, route.path, call))
    return calls


def _form(world: World) -> dict[str, str]:
    """A form naming A's people wherever a page's form names someone."""
    one, two = str(ids_for(world, "contact")[0]), str(ids_for(world, "contact")[-1])
    return {
        "contact_id": one,
        "contact": one,
        "other": two,
        "a": one,
        "b": two,
        "name": "x",
        "kind": "call",
        "teammate": "ada@example.org",
        "event_id": one,
    }


def test_user_b_with_user_a_ids_gets_nothing_anywhere(server: FastAPI, browser: Browser) -> None:
    world = plant_a(server, _workspace(server, "ada@example.org"))
    before = snapshot(server, world.a_workspace)
    bob, cy = browser("bob@example.org"), browser("cy@example.org")
    marked = world.ids["contacts"][-1]  # A sees her own marked person
    assert _leaks(browser("ada@example.org").get(f"/contacts/{marked}").text)
    calls = _api_calls(bob.get("/openapi.json").json()) + _page_calls(server)
    assert sum(c[0] == "api" for c in calls) > 60 and sum(c[0] == "page" for c in calls) > 40
    problems: list[str] = []
    # reads first, while B's and C's workspaces are both empty: they must answer alike
    for where, method, path, call in sorted(calls, key=lambda c: c[1] != "GET"):
        answer = call(bob, world)
        said = f"{where} {method} {path}"
        problems += [f"{said}: shows {m!r}" for m in _leaks(answer.text)]
        if _names_a_row(path):
            problems += _refused(said, answer, call(bob, NOBODYS))
        elif method == "GET":
            theirs = call(cy, world)
            if (answer.status_code, normalized(answer.text, "bob@example.org")) != (
                theirs.status_code,
                normalized(theirs.text, "cy@example.org"),
            ):
                problems.append(f"{said}: B's answer differs from an empty account's")
    assert problems == [], "\n".join(problems)
    assert snapshot(server, world.a_workspace) == before, "B changed A's workspace"


def _refused(said: str, answer: Response, nobodys: Response) -> list[str]:
    """404; or the body refused before any row is looked up, as it is for an id nobody has."""
    if answer.status_code == 404:
        return []
    if answer.status_code == 422 and nobodys.status_code == 422:
        strip = re.compile(r"\b\d+\b")
        if strip.sub("#", answer.text) == strip.sub("#", nobodys.text):
            return []
    return [f"{said} with A's ids: {answer.status_code}, not 404"]


def test_the_calendar_feed_answers_only_its_own_token(browser: Browser) -> None:
    """The one route that is not behind sign-in: its token is its credential."""
    assert browser().get("/calendar/not-a-token.ics").status_code == 404
