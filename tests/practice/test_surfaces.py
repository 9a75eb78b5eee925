"""The routines and the period reviews on every surface (issue 15): the seeds' words are
verbatim, the CLI, the API and the page answer the same, bad input says how to fix it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from netgarden.domain import practice_texts
from netgarden.domain.seed_texts import Quote
from tests.conftest import Cli
from tests.web.conftest import client, form

__all__ = ["client"]
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
QUOTES = {k: v for k, v in vars(practice_texts).items() if isinstance(v, Quote)}
API = "/api/v1"


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_each_quote_is_in_its_seed(name: str) -> None:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the seeds are missing at {SEEDS}")
        pytest.skip(f"no seeds at {SEEDS}")
    quote = QUOTES[name]
    number = quote.seed.removeprefix("seeds/")
    text = "\n".join(f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob(f"{number}_*.txt")))
    assert quote.text in text


def test_the_cli_logs_purposes_edits_anniversaries_and_reviews(cli: Cli) -> None:
    ana = cli.add("Ana Silva", "--circle", "middle", "--met-on", "2020-01-01")
    cli("log", str(ana), "--kind", "call", "--purpose", "update")
    bad = cli("log", str(ana), "--kind", "call", "--purpose", "chat", code=2)
    assert "--purpose: 'chat' is not a purpose; use one of: update, personal, value" in bad.stderr
    cli("edit", str(ana), "--anniversary", "work:2019-12-01")
    assert cli.json("show", str(ana))["anniversaries"] == ["work:2019-12-01"]
    wrong = cli("edit", str(ana), "--anniversary", "2019-12-01", code=2)
    assert "--anniversary: '2019-12-01' is not an anniversary" in wrong.stderr
    week = cli.json("review", "week", "--as-of", "2026-11-25")
    assert (week["title"], week["start"], week["end"]) == ("Week 48 of 2026", "2026-11-23",
                                                           "2026-11-29")  # fmt: skip
    assert [line["key"] for line in week["lines"]][:2] == ["new-outreach", "dormant-reached"]
    assert "Q4 2026" in cli("review", "quarter", "--as-of", "2026-11-25").stdout
    cli("config", "three_touch_circles", "inner, outer")
    refused = cli("config", "three_touch_circles", "family", code=2)
    assert "'family' is not a circle" in refused.stderr


def test_the_api_and_the_page_answer_the_same(client: TestClient) -> None:
    body = {"name": "Ana", "circle": "inner", "anniversaries": ["work:2019-12-01"]}
    ana = client.post(f"{API}/contacts", json=body).json()
    assert ana["anniversaries"] == ["work:2019-12-01"]
    logged = {"kind": "call", "on": "2026-11-24", "purpose": "personal"}
    touch = client.post(f"{API}/contacts/{ana['id']}/touches", json=logged)
    assert touch.status_code == 201 and touch.json()["purpose"] == "personal"
    wrong = client.post(f"{API}/contacts/{ana['id']}/touches",
                        json={"kind": "call", "purpose": "chat"})  # fmt: skip
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["loc"] == ["body", "purpose"]
    for period in ("week", "month", "quarter", "year"):
        found = client.get(f"{API}/reviews/{period}", params={"as_of": "2026-11-25"})
        assert found.status_code == 200 and found.json()["period"] == period
        page = client.get(f"/reviews/{period}", params={"as_of": "2026-11-25"})
        assert page.status_code == 200
        for line in found.json()["lines"]:
            assert line["practice"].replace("&", "&amp;") in page.text.replace("&#39;", "'")
    assert client.get("/reviews/fortnight").status_code == 404
    assert 'href="/reviews/week"' in client.get("/").text
    assert client.get(f"{API}/reviews/week", params={"as_of": "not-a-day"}).status_code == 422


def test_the_log_form_takes_a_purpose(client: TestClient) -> None:
    ana = client.post(f"{API}/contacts", json={"name": "Ana"}).json()["id"]
    done = form(client, f"/contacts/{ana}/touches", {"kind": "call", "purpose": "value"},
                follow_redirects=True)  # fmt: skip
    assert done.status_code == 200
    bad = form(client, f"/contacts/{ana}/touches", {"kind": "call", "purpose": "chat"})
    assert bad.status_code == 422 and "is not a purpose" in bad.text


def test_the_contact_page_edits_the_anniversaries_as_a_list(client: TestClient) -> None:
    body = {"name": "Ana", "anniversaries": ["work:2019-12-01", "wedding:06-01"]}
    ana = client.post(f"{API}/contacts", json=body).json()["id"]
    shown = client.get(f"/contacts/{ana}?edit=details")
    assert (
        "work:2019-12-01" in shown.text
        and "Work anniversary" in client.get(f"/contacts/{ana}").text
    )
    fields = {"name": "Ana", "circle": "none", "anniversaries": "work:2020-01-15"}
    form(client, f"/contacts/{ana}/sections/details", fields, follow_redirects=True)
    assert client.get(f"{API}/contacts/{ana}").json()["anniversaries"] == ["work:2020-01-15"]
    bad = form(client, f"/contacts/{ana}/sections/details", {**fields, "anniversaries": "soon"})
    assert bad.status_code == 422 and "is not an anniversary" in bad.text
