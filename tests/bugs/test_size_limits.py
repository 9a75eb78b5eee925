"""No size limits: a 500 MB upload was accepted and a 2 MB zip of zeros took the server to
4.3 GB. Requests are limited (``upload_limit_mb``), and a zip is measured before it is
read: what it would unpack to (``unzipped_limit_mb``) and how far each file would swell."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from netgarden.settings import Settings
from netgarden.web.app import CSRF_COOKIE, create_app
from tests.conftest import FIXTURES, Cli
from tests.web.conftest import BASE_URL

MB = 1024 * 1024
# LinkedIn's preamble and its header line
HEADER = "\n".join(
    (FIXTURES / "linkedin" / "Connections.csv").read_text(encoding="utf-8").splitlines()[:4]
)


def connections_csv(size: int) -> bytes:
    """A LinkedIn Connections.csv of about ``size`` bytes, of varied people: it packs about
    as well as a real one does (a few times), so only its size is in question."""
    chance = random.Random(7)
    lines = [HEADER]
    total = 0
    while total < size:
        first = "".join(chance.choices("abcdefghijklmnopqrstuvwxyz", k=8)).title()
        last = "".join(chance.choices("abcdefghijklmnopqrstuvwxyz", k=10)).title()
        url = f"https://www.linkedin.com/in/{first}-{last}-{chance.randrange(10**9)}"
        line = f"{first},{last},{url},,Co{chance.randrange(10**6)},Engineer,07 Feb 2026"
        lines.append(line)
        total += len(line) + 1
    return ("\n".join(lines) + "\n").encode()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


BOMB = {"Export/Connections.csv": HEADER.encode() + b"\n" + b"0" * (64 * MB)}
BIG = {"Export/Connections.csv": connections_csv(2 * MB)}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(db=tmp_path / "web.db", upload_limit_mb=1, unzipped_limit_mb=1)
    app = create_app(settings)
    with TestClient(app, base_url=BASE_URL) as test_client:
        test_client.get("/")
        yield test_client
    app.state.database.close()


def test_an_upload_over_the_limit_gets_413_before_it_is_read(client: TestClient) -> None:
    big = b"x" * (2 * MB)
    answer = client.post("/api/v1/import", files={"files": ("Connections.csv", big)})
    assert answer.status_code == 413
    detail = answer.json()["detail"]
    assert "over the upload limit of 1 MB" in detail and "upload_limit_mb" in detail


def test_a_body_without_a_length_is_counted_as_it_comes(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"y" * (64 * 1024)

    answer = client.post(
        "/api/v1/contacts", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413
    assert "upload limit" in answer.json()["detail"]
    assert client.get("/api/v1/contacts").json() == []


def test_the_import_page_says_the_upload_is_too_large(client: TestClient) -> None:
    token = str(client.cookies.get(CSRF_COOKIE))
    answer = client.post(
        "/import/preview",
        data={"csrf_token": token},
        files={"files": ("Connections.csv", b"x" * (2 * MB))},
    )
    assert answer.status_code == 413
    assert "text/html" in answer.headers["content-type"]
    assert "over the upload limit of 1 MB" in answer.text


def test_a_zip_bomb_is_refused_by_the_api_before_it_is_unpacked(client: TestClient) -> None:
    bomb = zipped(BOMB)
    assert len(bomb) < 200 * 1024  # well inside the upload limit
    answer = client.post("/api/v1/import", files={"files": ("export.zip", bomb)})
    assert answer.status_code in (409, 422), answer.text
    detail = str(answer.json()["detail"])
    assert "export.zip:Export/Connections.csv" in detail and "unpacks to" in detail
    assert client.get("/api/v1/contacts").json() == []


def test_a_zip_over_the_unzipped_limit_is_refused(client: TestClient) -> None:
    archive = zipped(BIG)
    assert len(archive) < MB
    answer = client.post("/api/v1/import", files={"files": ("export.zip", archive)})
    assert answer.status_code in (409, 422), answer.text
    detail = str(answer.json()["detail"])
    assert "export.zip" in detail and "unzipped_limit_mb" in detail and "1 MB" in detail


def test_the_import_page_refuses_a_zip_over_the_unzipped_limit(client: TestClient) -> None:
    token = str(client.cookies.get(CSRF_COOKIE))
    answer = client.post(
        "/import/preview", data={"csrf_token": token}, files={"files": ("export.zip", zipped(BIG))}
    )
    assert answer.status_code == 422
    assert "unzipped_limit_mb" in answer.text and "Traceback" not in answer.text


def test_the_cli_refuses_a_zip_bomb_in_one_line(cli: Cli, tmp_path: Path) -> None:
    bomb = tmp_path / "export.zip"
    bomb.write_bytes(zipped(BOMB))
    result = cli("import", str(bomb), code=2)
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {bomb}:Export/Connections.csv: ")
    assert "unpacks to 64 MB" in line and "times its packed size" in line
    assert cli.json("list") == []


def test_the_cli_keeps_to_the_unzipped_limit_setting(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "export.zip"
    archive.write_bytes(zipped(BIG))
    monkeypatch.setenv("NETGARDEN_UNZIPPED_LIMIT_MB", "1")
    result = cli("import", str(archive), code=2)
    assert "unzipped_limit_mb" in result.stderr and "Traceback" not in result.stderr
    monkeypatch.setenv("NETGARDEN_UNZIPPED_LIMIT_MB", "3")
    assert "created" in cli("import", str(archive)).stdout


@pytest.mark.parametrize("value", ["0", "-5", "lots", "1.5", "inf"])
def test_a_limit_that_is_not_a_positive_number_is_named(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("NETGARDEN_UPLOAD_LIMIT_MB", value)
    result = cli("list", code=2)
    assert result.stderr == (
        f"error: environment: upload_limit_mb: {value!r} is not a positive number "
        "(a whole number of MB)\n"
    )


def test_small_files_may_pack_as_well_as_they_like(tmp_path: Path) -> None:
    from netgarden.formats.archive import Archive, ZipLimits
    from netgarden.formats.linkedin import read_zip

    tiny = {"Export/Connections.csv": HEADER.encode() + b"\n" + b" " * 100_000}
    files = read_zip(Archive(io.BytesIO(zipped(tiny)), "export.zip", ZipLimits(total=MB)))
    assert files is not None and files.connections is not None
    assert len(files.connections[1]().read()) == len(tiny["Export/Connections.csv"])
