"""Bug: `today` crashed for an imported LinkedIn contact put in a circle.

Cause: the agenda query labelled a CASE "created_at" that was NULL whenever the contact had a
LinkedIn connection date but no meeting date, and the service then read
``met_on or created_at.date()``. The store now returns one ``known_since`` date (met, else
connected, else created — created_at is NOT NULL), used by the agenda and the listings alike.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import FIXTURES, Cli
from tests.web.conftest import BASE_URL

CONNECTIONS = FIXTURES / "linkedin" / "Connections.csv"


def test_today_after_importing_connections_and_circling_one(cli: Cli) -> None:
    cli("import", str(CONNECTIONS))
    cli("edit", "1", "--circle", "outer")
    cli("today")
    items = cli.json("today", "--as-of", "2027-03-01")
    assert [item["contact_id"] for item in items] == [1]
    assert items[0]["reason"] == "overdue"
    # the cadence counts from the LinkedIn connection date, not the import's day
    connected = dt.date.fromisoformat(cli.json("show", "1")["connected_on"])
    assert items[0]["due_on"] == (connected + dt.timedelta(days=365)).isoformat()


def test_the_web_agenda_and_stats_after_the_same(cli: Cli, db_path: Path) -> None:
    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    cli("import", str(CONNECTIONS))
    cli("edit", "1", "--circle", "outer")
    with TestClient(create_app(Settings.load(db=db_path)), base_url=BASE_URL) as client:
        for path in ("/", "/dashboard", "/api/v1/agenda", "/api/v1/stats", "/contacts"):
            assert client.get(path).status_code == 200, path


def test_the_store_refuses_a_contact_without_a_creation_time(cli: Cli, db_path: Path) -> None:
    cli("add", "Ada Lovelace")
    with sqlite3.connect(db_path) as con, pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE contacts SET created_at = NULL")


def test_an_empty_agenda_after_an_import_says_how_to_place_people(cli: Cli, db_path: Path) -> None:
    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    cli("import", str(CONNECTIONS))
    out = " ".join(cli("today").stdout.split())
    assert "contacts are in no circle yet" in out
    assert "netgarden list --circle none" in out and "--circle outer" in out
    with TestClient(create_app(Settings.load(db=db_path)), base_url=BASE_URL) as client:
        today = client.get("/").text
        assert "in no circle yet" in today and 'href="/contacts?circle=none"' in today
        listed = client.get("/contacts?circle=none")
        assert listed.status_code == 200 and "Turing" in listed.text
