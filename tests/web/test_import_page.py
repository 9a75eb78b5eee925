"""The import page takes any file the CLI takes: a format choice and a CSV column map, errors
beside their field, the user's own file names, and no upload left behind."""

from __future__ import annotations

import html as html_text
import os
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from netgarden.formats.detect import FORMATS
from tests.conftest import FIXTURES
from tests.web.conftest import form, token

CUSTOM = (FIXTURES / "custom-columns.csv").read_bytes()
MAP = "Full Name=name, Org=company, Mail=email"


@pytest.fixture
def uploads(client: TestClient) -> Path:
    """This server's own preview folder."""
    folder: Path = client.app.state.previews  # type: ignore[attr-defined]
    return folder


def preview(client: TestClient, data: bytes = CUSTOM, name: str = "people.csv", **fields: str):  # type: ignore[no-untyped-def]
    return client.post("/import/preview", data={"csrf_token": token(client), **fields},
                       files={"files": (name, data, "text/csv")})  # fmt: skip


def pending(response: object, name: str = "token") -> str:
    found = re.search(rf'name="{name}" value="([^"]+)"', response.text)  # type: ignore[attr-defined]
    assert found is not None
    return found.group(1)


def field_error(html: str, name: str) -> str:
    """The error shown inside the field that holds the input ``name``."""
    for block in re.findall(r'<div class="field invalid">.*?</div>', html, re.S):
        if f'name="{name}"' in block:
            found = re.search(r'class="error"[^>]*>(.*?)</small>', block, re.S)
            return html_text.unescape(found.group(1)) if found else ""
    return ""


def test_the_form_offers_every_format_and_a_column_map(client: TestClient) -> None:
    page = client.get("/import").text
    assert '<option value="">detect it</option>' in page
    for fmt in FORMATS:
        assert f'<option value="{fmt}">' in page
    assert 'name="map"' in page


def test_any_csv_imports_with_a_column_map(client: TestClient, uploads: Path) -> None:
    shown = preview(client, format="csv", map=MAP)
    assert shown.status_code == 200, shown.text
    assert "<strong>2</strong> created" in shown.text
    assert client.get("/api/v1/contacts").json() == []
    done = form(client, "/import/confirm", {"token": pending(shown)})
    assert "<strong>2</strong> created" in done.text and "Imported" in done.text
    people = {c["name"]: c for c in client.get("/api/v1/contacts").json()}
    assert set(people) == {"Ada Lovelace", "Grace Hopper"}


def test_a_column_map_alone_means_csv(client: TestClient, uploads: Path) -> None:
    shown = preview(client, map=MAP)
    assert shown.status_code == 200 and "<strong>2</strong> created" in shown.text


def test_the_users_file_names_are_shown(client: TestClient, uploads: Path) -> None:
    shown = preview(client, format="csv", map=MAP)
    assert "people.csv line 3: no name" in shown.text
    assert "0-people.csv" not in shown.text and str(uploads) not in shown.text
    mystery = preview(client, b"a,b\n1,2\n", name="mystery.csv")
    assert mystery.status_code == 422
    assert field_error(mystery.text, "files").startswith("mystery.csv: cannot tell")


@pytest.mark.parametrize(
    ("fields", "where", "says"),
    [
        ({"format": "csv", "map": "Full Name=nickname"}, "map", "is not a field"),
        ({"format": "csv", "map": "Full Name"}, "map", "is not COLUMN=field"),
        ({"format": "csv"}, "map", "needs"),
        ({"format": "yaml"}, "format", "is not a format"),
        ({"format": "csv", "map": "Name=name"}, "files", "no column 'Name'"),
    ],
)
def test_a_mistake_is_shown_beside_its_field_and_the_upload_is_kept(
    client: TestClient, uploads: Path, fields: dict[str, str], where: str, says: str
) -> None:
    wrong = preview(client, **fields)
    assert wrong.status_code == 422
    assert says in field_error(wrong.text, where), wrong.text
    assert 'value="' + fields.get("map", "") in wrong.text  # what was typed stays
    assert "people.csv" in wrong.text  # the file is kept: fix the map and preview again
    again = client.post("/import/preview", data={"csrf_token": token(client), "format": "csv",
                        "map": MAP, "kept": pending(wrong, "kept")})  # fmt: skip
    assert again.status_code == 200 and "<strong>2</strong> created" in again.text
    assert client.get("/api/v1/contacts").json() == []


def test_previews_do_not_pile_up(client: TestClient, uploads: Path) -> None:
    stale = uploads / "abandoned-preview-0000"
    stale.mkdir(parents=True)
    (stale / "x.csv").write_bytes(b"x")
    hour_ago = time.time() - 3700
    os.utime(stale, (hour_ago, hour_ago))
    first = preview(client, format="csv", map=MAP)
    assert not stale.exists()
    assert [p.name for p in uploads.iterdir()] == [pending(first)]
    cancelled = form(client, "/import/cancel", {"token": pending(first)}, follow_redirects=False)
    assert cancelled.status_code == 303 and list(uploads.iterdir()) == []
    second = preview(client, format="csv", map=MAP)
    form(client, "/import/confirm", {"token": pending(second)})
    assert list(uploads.iterdir()) == []
    assert "expired" in form(client, "/import/confirm", {"token": pending(second)}).text


def test_the_api_imports_any_csv_under_the_senders_file_name(client: TestClient) -> None:
    response = client.post("/api/v1/import", data={"format": "csv", "map": MAP},
                           files={"files": ("people.csv", CUSTOM, "text/csv")})  # fmt: skip
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["created"] == 2
    assert body["skipped"] == [
        {"file": "people.csv", "line": 3, "reason": "no name (it has only nobody@example.com)"}
    ]


def test_previews_wait_in_a_private_folder_of_this_server_alone(
    client: TestClient, uploads: Path, tmp_path: Path
) -> None:
    import stat

    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    assert stat.S_IMODE(uploads.stat().st_mode) == 0o700
    shown = preview(client, map=MAP)
    assert str(uploads) not in shown.text
    other = create_app(Settings(db=tmp_path / "other.db"))
    assert other.state.previews != uploads  # another server cannot confirm this preview
    with TestClient(other, base_url="http://127.0.0.1") as stranger:
        stranger.get("/")
        confirmed = form(stranger, "/import/confirm", {"token": pending(shown)})
        assert confirmed.status_code == 410
    other.state.database.close()
