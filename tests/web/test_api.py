"""/api/v1 in process: contracts, status codes and error bodies."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from netgarden.cli.main import app as cli_app

TODAY = dt.date.today()


def make(client: TestClient, **body: object) -> dict[str, object]:
    response = client.post("/api/v1/contacts", json={"name": "Ada Lovelace", **body})
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def test_create_read_update_delete(client: TestClient) -> None:
    ada = make(client, company="Engines", emails=["ada@example.com"], circle="inner",
               tags=["ai"], notes="first", met_on="2020-01-02")  # fmt: skip
    assert isinstance(ada["id"], int) and ada["circle"] == "inner"
    got = client.get(f"/api/v1/contacts/{ada['id']}").json()
    assert (got["emails"], got["tags"], got["met_on"]) == (
        ["ada@example.com"],
        ["ai"],
        "2020-01-02",
    )
    patched = client.patch(
        f"/api/v1/contacts/{ada['id']}",
        json={
            "title": "Countess",
            "company": None,
            "emails": ["ada@engines.io"],
            "tags": ["ai", "math"],
        },
    ).json()
    assert (patched["title"], patched["company"]) == ("Countess", None)
    assert (patched["emails"], patched["tags"]) == (["ada@engines.io"], ["ai", "math"])
    assert client.delete(f"/api/v1/contacts/{ada['id']}").status_code == 204
    assert client.get(f"/api/v1/contacts/{ada['id']}").status_code == 404


def test_search_list_and_total(client: TestClient) -> None:
    for name in ("Ada Lovelace", "Grace Hopper", "Alan Turing"):
        make(client, name=name)
    response = client.get("/api/v1/contacts", params={"q": "grace"})
    assert [c["name"] for c in response.json()] == ["Grace Hopper"]
    everyone = client.get("/api/v1/contacts", params={"limit": 2})
    assert len(everyone.json()) == 2 and everyone.headers["X-Total-Count"] == "3"


def test_touches_and_the_agenda_match_the_cli(client: TestClient, tmp_path: Path) -> None:
    ada = make(client, circle="inner", met_on="2020-01-01")
    old = (TODAY - dt.timedelta(days=40)).isoformat()
    touch = client.post(
        f"/api/v1/contacts/{ada['id']}/touches", json={"kind": "coffee", "on": old, "note": "evals"}
    )
    assert touch.status_code == 201
    assert (touch.json()["kind"], touch.json()["direction"], touch.json()["with"]) == (
        "coffee",
        "mutual",
        [],
    )
    api_items = client.get("/api/v1/agenda").json()
    database = client.app.state.database  # type: ignore[attr-defined]
    where = (  # the same database: the SQLite file, or the PostgreSQL server's
        {"env": {"NETGARDEN_DATABASE_URL": database.engine.url.render_as_string(False)}}
        if database.server
        else {"args": ["--db", str(tmp_path / "web.db")]}
    )
    args = [*where.get("args", []), "today", "--json"]
    result = CliRunner().invoke(cli_app, args, env=where.get("env"))
    assert api_items == json.loads(result.stdout)
    assert api_items[0]["reason"] == "overdue" and api_items[0]["days_overdue"] == 10


def test_validation_errors_name_the_field(client: TestClient) -> None:
    missing = client.post("/api/v1/contacts", json={"company": "x"})
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["loc"][-1] == "name"
    bad = client.post("/api/v1/contacts", json={"name": "Ada", "birthday": "31-31"})
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["body", "birthday"]
    assert "not a birthday" in bad.json()["detail"][0]["msg"]
    linkedin = client.post("/api/v1/contacts", json={"name": "Ada", "linkedin": "example.com/x"})
    assert linkedin.json()["detail"][0]["loc"] == ["body", "linkedin"]
    ada = make(client, emails=["ada@example.com"])
    kind = client.post(f"/api/v1/contacts/{ada['id']}/touches", json={"kind": "lunch"})
    assert kind.status_code == 422 and kind.json()["detail"][0]["loc"][-1] == "kind"
    assert client.post("/api/v1/contacts/999/touches", json={"kind": "call"}).status_code == 404
    taken = client.post("/api/v1/contacts", json={"name": "Other", "emails": ["ada@example.com"]})
    assert taken.status_code == 422 and "already belongs to" in taken.json()["detail"][0]["msg"]


def test_import_upload_dry_run_then_for_real(client: TestClient, corpus: Path) -> None:
    data = (corpus / "csv/linkedin/Connections_2024_synthetic.csv").read_bytes()
    files = {"files": ("Connections.csv", data, "text/csv")}
    dry = client.post("/api/v1/import", files=files, data={"dry_run": "true"}).json()
    assert (dry["created"], dry["dry_run"]) == (6, True)
    assert client.get("/api/v1/contacts").json() == []
    real = client.post("/api/v1/import", files=files).json()
    assert real["created"] == 6 and real["skipped"][0]["reason"] == "no name, only a date"
    again = client.post("/api/v1/import", files=files).json()
    assert (again["created"], again["unchanged"]) == (0, 6)
    junk = client.post(
        "/api/v1/import", files={"files": ("x.bin", b"\x00\x01", "application/octet-stream")}
    )
    assert junk.status_code == 409 and "cannot tell what this file is" in junk.json()["detail"]


def test_exports_download(client: TestClient) -> None:
    make(client, birthday="1815-12-10")
    for fmt, start in (("vcard", b"BEGIN:VCARD"), ("csv", b"id,name"), ("json", b'{"format"'),
                       ("ics", b"BEGIN:VCALENDAR"), ("markdown", b"PK")):  # fmt: skip
        response = client.get(f"/api/v1/export/{fmt}")
        assert response.status_code == 200 and response.content.startswith(start), fmt
        assert "attachment" in response.headers["content-disposition"]
    assert client.get("/api/v1/export/pdf").status_code == 422


def test_settings_and_stats(client: TestClient) -> None:
    assert client.get("/api/v1/settings").json()["cadence_inner"] == 30
    assert (
        client.patch("/api/v1/settings", json={"cadence_inner": 21}).json()["cadence_inner"] == 21
    )
    assert client.patch("/api/v1/settings", json={"cadence_inner": 0}).status_code == 422
    make(client, circle="middle")
    stats = client.get("/api/v1/stats").json()
    assert stats["circles"]["middle"] == 1 and stats["targets"]["middle"] == 50
    assert len(stats["touches_per_month"]) >= 24


def test_openapi_documents_separate_schemas(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert {
        "ContactCreate",
        "ContactRead",
        "ContactUpdate",
        "TouchCreate",
        "AgendaItemRead",
    } <= set(schemas)
    assert client.get("/docs").status_code == 200


def test_cross_origin_writes_are_refused(client: TestClient) -> None:
    response = client.post("/api/v1/contacts", json={"name": "Mallory"},
                           headers={"Origin": "http://evil.example"})  # fmt: skip
    assert response.status_code == 403
    assert client.get("/api/v1/contacts").json() == []


def test_ledger_and_strength_endpoints(client: TestClient) -> None:
    ada = make(client, circle="inner")
    client.post(f"/api/v1/contacts/{ada['id']}/touches", json={"kind": "coffee"})
    given = client.post(
        f"/api/v1/contacts/{ada['id']}/ledger", json={"type": "give", "kind": "advice"}
    )
    assert given.status_code == 201 and given.json()["kind"] == "advice"
    bad = client.post(f"/api/v1/contacts/{ada['id']}/ledger", json={"type": "give", "kind": "cash"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "kind"]
    assert (
        client.post("/api/v1/contacts/999/ledger", json={"type": "ask", "note": "x"}).status_code
        == 404
    )
    ledger = client.get("/api/v1/ledger", params={"contact_id": ada["id"]}).json()
    assert (ledger["given"], ledger["asked"], ledger["target_mix"]["helping"]) == (1, 0, 70)
    strength = client.get(f"/api/v1/contacts/{ada['id']}/strength").json()
    assert strength["score"] > 0 and strength["band"] in {"weak", "medium", "strong"}
    assert {c["label"] for c in strength["contributions"]} == {"coffee", "give advice"}
    assert len(strength["history"]) == 12


def test_an_agenda_for_a_date_out_of_range_is_a_422(client: TestClient) -> None:
    response = client.get("/api/v1/agenda", params={"as_of": "0001-01-01"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"][-1] == "as_of"


def test_links_paths_introductions_and_suggestions(client: TestClient) -> None:
    ada = make(client, name="Ada Lovelace")
    bo = make(client, name="Bo Brown", help_them="an intro to kubernetes security people")
    cy = make(client, name="Cy Chen", company="Lumina AI", title="Kubernetes security lead")
    client.post(f"/api/v1/contacts/{ada['id']}/touches", json={"kind": "coffee"})
    linked = client.post(
        f"/api/v1/contacts/{ada['id']}/links", json={"other_id": cy["id"], "strength": "strong"}
    )
    assert linked.status_code == 201 and [k["name"] for k in linked.json()] == ["Cy Chen"]
    self_link = client.post(f"/api/v1/contacts/{ada['id']}/links", json={"other_id": ada["id"]})
    assert self_link.status_code == 422
    [best, *_] = client.get("/api/v1/paths", params={"company": "lumina"}).json()
    assert best["path"] in (["Ada Lovelace", "Cy Chen"], ["Cy Chen"]) and best["draft"].startswith(
        "Hi "
    )
    assert client.get("/api/v1/paths", params={"company": "x", "role": "y"}).status_code == 422
    intro = client.post(
        "/api/v1/introductions", json={"a_id": ada["id"], "b_id": bo["id"], "why": "evals"}
    )
    assert intro.status_code == 201 and intro.json()["state"] == "proposed"
    number = intro.json()["id"]
    assert (
        client.patch(f"/api/v1/introductions/{number}", json={"state": "made"}).status_code == 422
    )
    for state in ("asked-a", "asked-b", "made"):
        moved = client.patch(f"/api/v1/introductions/{number}", json={"state": state})
        assert moved.status_code == 200 and moved.json()["state"] == state
    assert client.patch("/api/v1/introductions/999", json={"state": "made"}).status_code == 404
    assert {k["name"] for k in client.get(f"/api/v1/contacts/{bo['id']}/links").json()} == {
        "Ada Lovelace"
    }
    suggestions = client.get("/api/v1/suggestions/intros").json()
    assert any({s["a_id"], s["b_id"]} == {bo["id"], cy["id"]} for s in suggestions)


def test_the_settings_schemas_follow_the_one_list_of_preferences() -> None:
    from netgarden.domain.preferences import PREFERENCES
    from netgarden.web.schemas import SettingsRead, SettingsUpdate

    keys = [p.key for p in PREFERENCES]
    assert list(SettingsRead.model_fields) == keys
    assert list(SettingsUpdate.model_fields) == keys
    schema = SettingsUpdate.model_json_schema()["properties"]
    for pref in PREFERENCES:
        bounds = next(option for option in schema[pref.key]["anyOf"] if "minimum" in option)
        assert (bounds["minimum"], bounds["maximum"]) == (pref.minimum, pref.maximum)
