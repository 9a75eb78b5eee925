"""Issue 11: pages show dates as people read them ("4 May 2025"), the API keeps ISO. The
services' sentences (an agenda item's why, a review's next actions) carry ISO dates; the
pages rewrite them (``days_in``), the CLI and the API do not."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from netgarden.web.filters import days_in

ISO = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")


def test_days_in_rewrites_real_dates_only() -> None:
    said = "24-48-7 after a meetup on 2026-10-31: task #3; last touch 2025-05-04 (19 months)"
    shown = "24-48-7 after a meetup on 31 Oct 2026: task #3; last touch 4 May 2025 (19 months)"
    assert days_in(said) == shown
    assert days_in("not a day 2025-13-01, 12026-01-01, 2026-01-011") == (
        "not a day 2025-13-01, 12026-01-01, 2026-01-011"
    )
    assert days_in(None) == ""


def _text(html: str) -> str:
    """What a person reads: no tags (their attributes keep ISO: <time datetime>, inputs)."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_today_and_the_practice_pages_show_no_iso_date(client: TestClient) -> None:
    made = client.post("/api/v1/contacts", json={"name": "Ada Quinn", "circle": "inner"}).json()
    client.post(
        f"/api/v1/contacts/{made['id']}/touches", json={"kind": "coffee", "on": "2025-05-04"}
    )
    api = client.get("/api/v1/agenda").json()
    assert any(ISO.search(str(item)) for item in api)  # the API keeps ISO
    for page in ("/", "/goals", "/reviews/week", "/events"):
        answer = client.get(page)
        assert answer.status_code == 200, page
        assert ISO.findall(_text(answer.text)) == [], page


# every page a user reaches on the demo network, with the dates their sentences carry:
# a strength history, a follow-up done, a review's seat, a quarter's lines, the call list's
# reasons, a company's last check, a job change seen
DEMO_PAGES = ("/", "/contacts", "/contacts/5", "/contacts/5?tab=timeline",
              "/contacts/5?tab=network", "/contacts/5?tab=value", "/events", "/events/1",
              "/introductions", "/network", "/dashboard", "/reviews", "/reviews/week",
              "/reviews/month", "/reviews/quarter", "/reviews/year", "/triage", "/goals",
              "/opportunities", "/roi", "/call-list", "/companies", "/changes")  # fmt: skip


def test_the_demo_pages_show_no_iso_date(client: TestClient, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from netgarden.cli.main import app as cli_app

    assert CliRunner().invoke(cli_app, ["--db", str(tmp_path / "web.db"), "demo"]).exit_code == 0
    for page in DEMO_PAGES:
        answer = client.get(page)
        assert answer.status_code == 200, page
        shown = " ".join(_text(answer.text).split())
        found = [shown[max(0, m.start() - 60) : m.end()] for m in ISO.finditer(shown)]
        assert found == [], page
