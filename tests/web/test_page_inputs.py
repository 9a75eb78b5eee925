"""Every page route gets the bad input the API gets from schemathesis (which never sees routes
left out of the schema): junk in each path parameter, query parameter and form field must
give a page (or a download), never a 500 and never a JSON body.

Routes are read from ``app.routes`` and form fields from the forms the pages render, so a new
route or field is covered without listing it here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from netgarden.settings import Settings
from netgarden.web.app import CSRF_COOKIE, create_app
from tests.web.conftest import BASE_URL

JUNK = ["abc", "-1", str(10**30), "", "x" * 5000, "\u00b2", "0"]
# Routes whose form only appears after an earlier step (a preview), with that form's fields.
FORMS_BEHIND_A_STEP = {
    "/changes/{change_id}/{decision}": {
        "csrf_token": ""
    },  # issue 16: shown once an import found a job change
    # issue 14: a template of one's own (its edit and delete forms), a draft's "Log it"
    "/templates/{key}": {"name": "Mine", "purpose": "", "asks": "nothing", "body": "Hi [Name]"},
    "/templates/{key}/delete": {"confirm": "yes"},
    "/draft/log": {"key": "join-group", "contact": "1", "set:Your name": "Sam", "via": "email"},
    # reviews (issue 13): shown only when there is something to triage or apply
    "/triage": {"contacts": "1"},
    "/reviews/audit": {"numbers": "1"},
    "/import/confirm": {"token": "x"},
    "/import/cancel": {"token": "x"},
    # a contact page section's form, opened by its Edit link
    "/contacts/{contact_id}/sections/{section}": {"how_met": "a talk", "met_on": "2026-01-01"},
    # the forms on the contact page's Value and Network tabs (the sample tab is the Timeline)
    "/contacts/{contact_id}/ledger": {"type": "give", "kind": "advice", "note": "x"},
    "/contacts/{contact_id}/links": {"other": "Grace Hopper", "strength": "medium", "how": "x"},
    # the capture proposal's form (a person chosen, the kind, the day, the note)
    "/capture/confirm": {
        "text": "coffee with Ada yesterday",
        "person-0": "1",
        "kind": "coffee",
        "on": "2026-01-01",
        "note": "x",
    },
    # a follow-up's "done" button appears once someone was met at an event (the sample event
    # is today's, still planned, so that its attended and skipped buttons show)
    "/tasks/{task_id}/done": {"csrf_token": ""},
    # Today's toasts: undo a log, lift a snooze (#11)
    "/touches/{touch_id}/undo": {"csrf_token": ""},
    "/contacts/{contact_id}/unsnooze": {"until": "2030-01-01"},
    # server mode (issue 19): its forms show to a signed-in account only
    "/sign-in": {"email": "ada@example.org", "password": "x", "next": "/"},
    "/sign-out": {"csrf_token": ""},
    "/team": {"name": "Search circle"},
    "/team/invite": {"email": "bob@example.org", "team": ""},
    "/team/join": {"team": "Search circle"},
    "/team/share": {"sharing": "on", "team": ""},
    "/team/asks": {"teammate": "bob@example.org", "contact_id": "1", "message": "x"},
    "/team/asks/{ask_id}/answer": {"answer": "yes", "note": "x"},
    "/team/tokens": {"name": "laptop"},
    "/team/tokens/remove": {"name": "laptop"},
    "/team/password": {"current_password": "x", "new_password": "y"},
    "/account/password": {"current_password": "x", "new_password": "y", "next": "/"},
}


class Forms(HTMLParser):
    """Each POST form on a page: its action and its fields with their default values."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[tuple[str, dict[str, str]]] = []
        self.select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "get").lower() == "post":
            self.forms.append((a["action"], {}))
        elif tag in ("input", "textarea", "select") and self.forms and a.get("name"):
            if a.get("type") == "file":
                return
            self.forms[-1][1].setdefault(a["name"], a.get("value", ""))
            self.select = a["name"] if tag == "select" else None
        elif tag == "option" and self.select and self.forms:
            fields = self.forms[-1][1]
            if not fields[self.select] or "selected" in a:
                fields[self.select] = a.get("value", "")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    app = create_app(Settings(db=tmp_path_factory.mktemp("inputs") / "web.db"))
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as client:
        long_ago = (dt.date.today() - dt.timedelta(days=400)).isoformat()
        person = {"circle": "inner", "met_on": long_ago, "help_them": "hiring", "title": "hr"}
        ids = [
            client.post("/api/v1/contacts", json={"name": name, **person}).json()["id"]
            for name in ("Ada Lovelace", "Grace Hopper")
        ]
        intro = client.post("/api/v1/introductions", json={"a_id": ids[0], "b_id": ids[1]}).json()
        today = dt.date.today().isoformat()
        event = client.post("/api/v1/events", json={"name": "Meetup", "on": today}).json()
        past = client.post("/api/v1/events", json={"name": "Summit", "on": long_ago}).json()
        met = client.post(f"/api/v1/events/{past['id']}/people", json={"contact_ids": ids[:1]})
        touch = client.post(
            f"/api/v1/contacts/{ids[1]}/touches", json={"kind": "call", "on": long_ago}
        )
        samples = {"contact_id": str(ids[0]), "intro_id": str(intro["id"]), "fmt": "vcard",
                   "event_id": str(event["id"]),
                   "task_id": str(met.json()["people"][0]["task_ids"][0]),
                   "touch_id": str(touch.json()["id"]),
                   "key": "cold", "token": "not-the-feed-token",
                   "tab": "timeline", "section": "met"}  # fmt: skip
        samples["ask_id"] = "1"  # issue 19: an introduction request
        goal = client.post(  # issue 15
            "/api/v1/goals",
            json={"title": "Profile", "metric": "manual", "target": "1", "period": "quarter"},
        )
        samples["goal_id"] = str(goal.json()["id"])
        company = client.post("/api/v1/companies", json={"name": "Acme", "target": True})
        opp = client.post("/api/v1/opportunities", json={"title": "PM", "kind": "job"})
        samples["company_id"] = str(company.json()["id"])  # issue 16
        samples["opp_id"] = str(opp.json()["id"])
        samples["change_id"], samples["decision"] = "1", "accept"
        yield client, samples
    app.state.database.close()


def page_routes(client: TestClient) -> list[APIRoute]:
    routes = client.app.routes  # type: ignore[attr-defined]
    try:  # newer FastAPI keeps included routers whole in app.routes
        from fastapi.routing import iter_route_contexts  # type: ignore[attr-defined]

        routes = [context.original_route for context in iter_route_contexts(routes)]
    except ImportError:
        pass
    return [r for r in routes if isinstance(r, APIRoute) and not r.path.startswith("/api/")]


def rendered_forms(client: TestClient, samples: dict[str, str]) -> dict[str, dict[str, str]]:
    """Route path → the fields of the forms that post to it, from every GET page."""
    found: dict[str, dict[str, str]] = {}
    routes = page_routes(client)
    for route in routes:
        if "GET" not in route.methods or route.path.startswith("/export/"):
            continue
        parser = Forms()
        parser.feed(client.get(route.path.format(**samples)).text)
        for action, fields in parser.forms:
            for target in routes:
                if "POST" in target.methods and target.path_regex.match(action):
                    found.setdefault(target.path, {}).update(fields)
    for path, fields in FORMS_BEHIND_A_STEP.items():
        found.setdefault(path, dict(fields))
    return found


@pytest.fixture(scope="module")
def forms(site: tuple[TestClient, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Read once, before junk archives or snoozes the sample people off the agenda."""
    return rendered_forms(*site)


def cases(
    client: TestClient, samples: dict[str, str], forms: dict[str, dict[str, str]]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, url, request arguments) with one value made junk at a time."""
    for route in page_routes(client):
        path_params = [p.name for p in route.dependant.path_params]
        query_params = [p.alias for p in route.dependant.query_params]
        missing = [p for p in path_params if p not in samples]
        assert not missing, f"{route.path}: give a sample value for {missing}"
        for method in sorted(route.methods & {"GET", "POST"}):
            fields = dict(forms.get(route.path, {})) if method == "POST" else {}
            assert method == "GET" or fields, f"no page renders a form that posts to {route.path}"
            fields.pop("csrf_token", None)
            token = str(client.cookies.get(CSRF_COOKIE))
            for name in [*path_params, *query_params, *fields]:
                for junk in JUNK:
                    values = {**samples, name: junk} if name in path_params else samples
                    url = route.path.format(**values)
                    if method == "GET":
                        yield method, url, {"params": {name: junk} if name in query_params else {}}
                    else:
                        data = {**fields, "csrf_token": token}
                        if name in fields:
                            data[name] = junk
                        yield method, url, {"data": data}


def test_junk_in_any_page_input_gives_a_page(
    site: tuple[TestClient, dict[str, str]], forms: dict[str, dict[str, str]]
) -> None:
    client, samples = site
    failures = []
    count = 0
    for method, url, kwargs in cases(client, samples, forms):
        count += 1
        response = client.request(method, url, follow_redirects=False, **kwargs)
        kind = response.headers.get("content-type", "")
        download = "attachment" in response.headers.get("content-disposition", "")
        if response.status_code >= 500 or ("json" in kind and not download):
            failures.append(f"{method} {url[:80]} {str(kwargs)[:120]} → "
                            f"{response.status_code} {response.text[:120]}")  # fmt: skip
    assert count > 300
    assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} in all)"


def test_every_post_route_is_exercised(
    site: tuple[TestClient, dict[str, str]], forms: dict[str, dict[str, str]]
) -> None:
    posts = {r.path for r in page_routes(site[0]) if "POST" in r.methods}
    assert posts <= set(forms), f"no form found for {sorted(posts - set(forms))}"
    assert "contact_id" in forms["/touches"] and "days" in forms["/contacts/{contact_id}/snooze"]


def test_forms_are_found_in_pages() -> None:
    parser = Forms()
    parser.feed('<form method="post" action="/x"><input name="a" value="1">'
                '<select name="s"><option value="p">p</option><option value="q" selected>'
                "</select><input type=file name=f></form>")  # fmt: skip
    assert parser.forms == [("/x", {"a": "1", "s": "q"})]
