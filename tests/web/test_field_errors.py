"""Every surface speaks its own words: errors keyed by field, translated once per surface;
a form hears of every mistake at once; no CLI `--option` reaches a page or an API answer."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from tests.web.conftest import form

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")
SRC = Path(__file__).resolve().parents[2] / "src" / "netgarden"


def alerts(html: str) -> dict[str, str]:
    """Each form field's error message, by the field's name."""
    found = {}
    for block in re.findall(r'<div class="field invalid">(.*?)</div>', html, re.DOTALL):
        name = re.search(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', block)
        message = re.search(r'<small class="error"[^>]*>(.*?)</small>', block, re.DOTALL)
        if name and message:
            found[name.group(1)] = " ".join(message.group(1).split())
    return found


def test_the_add_form_flags_every_invalid_field_at_once(client: TestClient) -> None:
    bad = {
        "name": "Ada",
        "birthday": "1990-02-30",
        "met_on": "last tuesday",
        "emails": "not-an-email",
        "linkedin": "https://example.com/in/x",
        "every": "abc",
    }
    response = form(client, "/contacts/new", bad)
    assert response.status_code == 422
    flagged = alerts(response.text)
    assert set(flagged) == {"birthday", "met_on", "emails", "linkedin", "every"}, flagged
    assert "not a whole number of days" in flagged["every"]
    assert not OPTION.search(response.text.split("<main", 1)[-1]), "a CLI option on the page"
    assert client.get("/api/v1/contacts").json() == []


def test_the_settings_form_flags_every_invalid_field_at_once(client: TestClient) -> None:
    response = form(
        client, "/settings", {"cadence_inner": "0", "due_window": "x", "lapsed_limit": "4"}
    )
    assert response.status_code == 422
    assert set(alerts(response.text)) == {"cadence_inner", "due_window"}
    assert client.get("/api/v1/settings").json()["lapsed_limit"] == 3  # nothing was written


def test_the_api_names_every_invalid_field_in_its_own_words(client: TestClient) -> None:
    response = client.post(
        "/api/v1/contacts",
        json={"name": "Ada", "birthday": "31-31", "emails": ["nope"], "linkedin": "x"},
    )
    assert response.status_code == 422
    locs = {tuple(item["loc"]) for item in response.json()["detail"]}
    assert locs == {("body", "birthday"), ("body", "emails"), ("body", "linkedin")}
    ada = client.post("/api/v1/contacts", json={"name": "Ada"}).json()["id"]
    future = client.post(
        f"/api/v1/contacts/{ada}/touches", json={"kind": "call", "on": "2999-01-01"}
    )
    assert future.status_code == 422
    [item] = future.json()["detail"]
    assert item["loc"] == ["body", "on"] and "in the future" in item["msg"]
    path = client.get("/api/v1/paths")
    assert path.status_code == 422
    assert path.json()["detail"][0]["loc"] == ["query", "target"]


def test_no_cli_option_in_any_api_answer_or_page_error(client: TestClient) -> None:
    ada = client.post("/api/v1/contacts", json={"name": "Ada Lovelace"}).json()["id"]
    answers = [
        client.get("/api/v1/paths"),
        client.get("/api/v1/paths", params={"to": "Ada", "max_hops": 9}),
        client.get("/api/v1/agenda", params={"as_of": "1800-01-01"}),
        client.post(f"/api/v1/contacts/{ada}/touches", json={"kind": "call", "on": "2999-01-01"}),
        client.post(f"/api/v1/contacts/{ada}/ledger", json={"type": "ask"}),
        client.post("/api/v1/introductions", json={"a_id": ada, "b_id": ada}),
        client.patch("/api/v1/introductions/99", json={"state": "made"}),
        client.post("/api/v1/contacts", json={"name": "x" * 301}),
        client.patch(f"/api/v1/contacts/{ada}", json={"every": -1}),
        form(client, "/touches", {"contact_id": str(ada), "kind": "lunch"}),
        form(client, f"/contacts/{ada}/touches", {"kind": "call", "on": "2999-01-01"}),
        form(client, f"/contacts/{ada}/ledger", {"type": "give"}),
        form(client, "/capture", {"text": "coffee with Nobody Known"}),
        client.get("/network", params={"center": "Nobody Known"}),
    ]
    for answer in answers:
        assert answer.status_code < 500, answer.text
        body = answer.text.split("<main", 1)[-1]  # the stylesheet's custom properties aside
        assert not OPTION.search(body), f"{answer.request.url}: {OPTION.search(body)}"


def test_services_domain_and_pages_hold_no_cli_option() -> None:
    """Static check: CLI syntax is the CLI's alone (birthdays' "--MM-DD" is a vCard form)."""
    for folder in ("services", "domain", "web"):
        for path in (SRC / folder).rglob("*"):
            if path.suffix not in {".py", ".html"} or "static" in path.parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.lstrip().startswith("#") or "--{" in line:
                    continue
                found = OPTION.search(line)
                assert found is None, f"{path.relative_to(SRC)}:{number}: {line.strip()}"
