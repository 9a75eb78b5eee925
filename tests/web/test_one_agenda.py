"""One agenda of mixed items: contacts and introduction follow-ups, the same on the API,
`today --json`, the CLI table and the Today page."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from netgarden.cli.main import app as cli_app

TODAY = dt.date.today()


def test_the_surfaces_show_the_same_items_follow_ups_included(
    client: TestClient, tmp_path: Path
) -> None:
    db = tmp_path / "web.db"
    ids = [
        client.post(
            "/api/v1/contacts", json={"name": n, "circle": "inner", "met_on": "2020-01-01"}
        ).json()["id"]
        for n in ("Ada Lovelace", "Bo Tanaka", "Cy Okafor")
    ]
    long_ago = (TODAY - dt.timedelta(days=45)).isoformat()
    client.post(f"/api/v1/contacts/{ids[0]}/touches", json={"kind": "coffee", "on": long_ago})
    for who in ids[1:]:
        client.post(f"/api/v1/contacts/{who}/touches", json={"kind": "call"})
    intro = client.post("/api/v1/introductions", json={"a_id": ids[1], "b_id": ids[2]}).json()
    # a proposal waits two days before the agenda reminds me
    CliRunner().invoke(cli_app, ["--db", str(db), "intro", "move", str(intro["id"]), "asked-a"])
    later = (TODAY + dt.timedelta(days=5)).isoformat()

    api = client.get("/api/v1/agenda", params={"as_of": later}).json()
    cli = CliRunner().invoke(cli_app, ["--db", str(db), "today", "--json", "--as-of", later])
    assert api == json.loads(cli.stdout)
    subjects = [(i["subject"]["type"], i["name"]) for i in api]
    assert ("introduction", "Bo Tanaka") in subjects and ("contact", "Ada Lovelace") in subjects
    follow_up = next(i for i in api if i["subject"]["type"] == "introduction")
    assert follow_up["reason"] == "follow-up"
    assert follow_up["subject"]["id"] == intro["id"] and follow_up["contact_id"] == ids[1]
    assert "Bo Tanaka has not answered about meeting Cy Okafor" in follow_up["why"]

    table = CliRunner().invoke(cli_app, ["--db", str(db), "today", "--as-of", later]).stdout
    assert [line.split()[0] for line in table.splitlines()[2:] if line[:1].isdigit()] == [
        str(n) for n in range(1, len(api) + 1)
    ]
    assert "follow-up" in table and "overdue" in table


def test_the_today_page_lists_a_follow_up_with_a_way_to_it(client: TestClient) -> None:
    a = client.post("/api/v1/contacts", json={"name": "Ada Lovelace"}).json()["id"]
    b = client.post("/api/v1/contacts", json={"name": "Bo Tanaka"}).json()["id"]
    intro = client.post("/api/v1/introductions", json={"a_id": a, "b_id": b}).json()["id"]
    page = client.get("/").text
    assert f'id="intro-{intro}"' not in page  # a new proposal may wait two days
    client.patch(f"/api/v1/introductions/{intro}", json={"state": "asked-a"})
    api = client.get(
        "/api/v1/agenda", params={"as_of": (TODAY + dt.timedelta(days=3)).isoformat()}
    ).json()
    assert [i["reason"] for i in api] == ["follow-up"]
    board = client.get("/introductions").text
    assert f'id="intro-{intro}"' in board


def test_every_reason_has_a_style_in_the_cli_table() -> None:
    from netgarden.cli.render import REASON_STYLE
    from netgarden.domain.agenda import Reason

    assert set(REASON_STYLE) == {reason.value for reason in Reason}


AGENDA_ROW = re.compile(
    r'<li class="agenda-item reason-(?P<reason>[\w-]+)" '
    r'id="(?P<type>item|intro|task|plan|change)-(?P<id>\d+)"'
    r'[^>]*>\s*<div class="who">.*?<a class="chip-name" href="/contacts/(?P<contact>\d+)"[^>]*>'
    r"(?P<name>[^<]*)</a>",
    re.S,
)
TABLE_ROW = re.compile(r"^\s*(?P<n>\d+)\s+(?P<name>.+?) #(?P<contact>\d+)\s+(?P<reason>[\w-]+)\s")
SHOWN = 30  # the Today page's first items


def test_the_demo_agenda_is_the_same_on_every_surface(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The API, `today --json`, the CLI table and the Today page list the same items in the
    same order on the demo network, introduction follow-ups among them."""
    import netgarden.cli.agenda as cli_agenda
    from netgarden.web import deps

    db = str(tmp_path / "web.db")
    assert CliRunner().invoke(cli_app, ["--db", db, "demo"]).exit_code == 0
    pairs = [(1, 2), (3, 4), (5, 6)]
    for a, b in pairs:
        intro = client.post("/api/v1/introductions", json={"a_id": a, "b_id": b}).json()["id"]
        client.patch(f"/api/v1/introductions/{intro}", json={"state": "asked-a"})
    later = TODAY + dt.timedelta(days=6)  # every follow-up is due
    monkeypatch.setattr(deps, "today", lambda: later)
    monkeypatch.setattr(cli_agenda, "today", lambda: later)

    api = client.get("/api/v1/agenda", params={"limit": SHOWN}).json()
    as_json = CliRunner().invoke(cli_app, ["--db", db, "today", "--json", "--limit", str(SHOWN)])
    assert api == json.loads(as_json.stdout)
    expected = [
        (i["subject"]["type"], i["subject"]["id"], i["contact_id"], i["name"], i["reason"])
        for i in api
    ]
    assert len(expected) == SHOWN
    followed = {contact for t, _, contact, *_ in expected if t == "introduction"}
    assert {a for a, _ in pairs} <= followed, expected  # ours, beside the demo's own

    page = html.unescape(client.get("/").text)
    shown = [
        ({"intro": "introduction", "task": "task", "plan": "meeting",
          "change": "job-change"}.get(m["type"], "contact"),  # issue 16
         int(m["id"]), int(m["contact"]), m["name"], m["reason"])
        for m in AGENDA_ROW.finditer(page)
    ]  # fmt: skip
    # the page groups the same items (the week's focus first, then by reason), each group in
    # the agenda's order
    assert sorted(shown) == sorted(expected)
    for reason in {r for *_, r in expected}:
        assert [i for i in shown if i[4] == reason] == [i for i in expected if i[4] == reason]

    table = CliRunner().invoke(cli_app, ["--db", db, "today", "--limit", str(SHOWN)]).stdout
    rows = [m for line in table.splitlines() if (m := TABLE_ROW.match(line))]
    assert [int(m["n"]) for m in rows] == list(range(1, SHOWN + 1))
    assert [(int(m["contact"]), m["name"], m["reason"]) for m in rows] == [
        (contact, name, reason) for _, _, contact, name, reason in expected
    ]
