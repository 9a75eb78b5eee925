"""``sync vdir`` against a real CardDAV server, as a phone syncs: Radicale (a subprocess on a
loopback port, no auth, a temporary storage folder) and vdirsyncer between it and the vdir.
A card changed on the server (an HTTP PUT, as a phone would) reaches netgarden, and a change
in netgarden reaches the server; a conflict; a deletion on either side.

Radicale and vdirsyncer come with the dev extras (`make test` installs them); under CI=true
a missing one fails, elsewhere the tests skip and say why."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import Cli


def require(module: str) -> None:
    if importlib.util.find_spec(module) is not None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{module} is not installed; `make test` installs it with the dev extras")
    pytest.skip(f"{module} is not installed (pip install -e '.[dev]'): no CardDAV round trip")


require("radicale")
require("vdirsyncer")
httpx = pytest.importorskip("httpx")
VDIRSYNCER = Path(sys.executable).parent / "vdirsyncer"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A Radicale server: its base URL and its storage folder."""
    storage = tmp_path_factory.mktemp("radicale")
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--config",
            "",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--auth-type",
            "none",
            "--storage-filesystem-folder",
            str(storage),
            "--logging-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.request("PROPFIND", f"{url}/", auth=("user", "x"), timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("Radicale did not start")
                time.sleep(0.2)
        yield url, storage
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclass
class Phone:
    """A vdir, a Radicale address book, and vdirsyncer between them."""

    vdir: Path
    book: Path  # Radicale's folder of the address book
    url: str  # the address book's URL
    config: Path

    def vdirsyncer(self, *args: str) -> str:
        done = subprocess.run(
            [str(VDIRSYNCER), "-c", str(self.config), *args],
            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout + done.stderr

    def href(self, uid: str) -> str:
        for card in self.book.glob("*.vcf"):
            if f"UID:{uid}" in card.read_text(encoding="utf-8"):
                return f"{self.url}{card.name}"
        raise AssertionError(f"no card {uid} on the server")

    def get(self, uid: str) -> str:
        answer = httpx.get(self.href(uid), auth=("user", "x"))
        assert answer.status_code == 200
        return str(answer.text)

    def put(self, uid: str, card: str) -> None:
        answer = httpx.put(self.href(uid), content=card.encode("utf-8"), auth=("user", "x"),
                           headers={"Content-Type": "text/vcard; charset=utf-8"})  # fmt: skip
        assert answer.status_code in (201, 204), answer.text

    def delete(self, uid: str) -> None:
        assert httpx.delete(self.href(uid), auth=("user", "x")).status_code in (200, 204)


@pytest.fixture
def phone(radicale: tuple[str, Path], tmp_path: Path, request: pytest.FixtureRequest) -> Phone:
    base, storage = radicale
    name = request.node.name.replace("_", "")[-40:]
    book = storage / "collection-root" / "user" / name
    book.mkdir(parents=True)
    (book / ".Radicale.props").write_text('{"tag": "VADDRESSBOOK"}', encoding="utf-8")
    (tmp_path / "status").mkdir()
    config = tmp_path / "vdirsyncer.conf"
    url = f"{base}/user/{name}/"
    config.write_text(
        f'[general]\nstatus_path = "{tmp_path / "status"}/"\n\n'
        '[pair phone]\na = "netgarden"\nb = "radicale"\ncollections = null\n'
        'conflict_resolution = "a wins"\n\n'
        f'[storage netgarden]\ntype = "filesystem"\npath = "{tmp_path / "vdir"}/"\n'
        'fileext = ".vcf"\n\n'
        f'[storage radicale]\ntype = "carddav"\nurl = "{url}"\nusername = "user"\n'
        'password = "x"\n',
        encoding="utf-8",
    )
    (tmp_path / "vdir").mkdir()
    made = Phone(tmp_path / "vdir", book, url, config)
    made.vdirsyncer("discover", "phone")
    return made


def both(cli: Cli, phone: Phone) -> None:
    """netgarden ↔ vdir, then vdir ↔ server."""
    cli("sync", "vdir", str(phone.vdir))
    phone.vdirsyncer("sync")


ADA, GRACE = "urn:netgarden:contact:1", "urn:netgarden:contact:2"


@pytest.fixture
def synced(cli: Cli, phone: Phone) -> Cli:
    cli.add("Ada Lovelace", "--company", "Engines", "--email", "ada@example.org",
            "--circle", "inner", "--interests", "poetry")  # fmt: skip
    cli.add("Grace Hopper", "--company", "Navy", "--circle", "middle")
    both(cli, phone)
    assert "X-NETGARDEN-INTERESTS:poetry" in phone.get(ADA)
    return cli


def test_changes_travel_both_ways_and_foreign_properties_stay(synced: Cli, phone: Phone) -> None:
    card = phone.get(GRACE).replace("ORG:Navy", "ORG:Navy\r\nTITLE:Rear Admiral")
    phone.put(GRACE, card.replace("END:VCARD", "X-PHONE-RINGTONE:anchors\r\nEND:VCARD"))
    phone.vdirsyncer("sync")
    said = synced("sync", "vdir", str(phone.vdir)).stdout
    assert "1 updated from the address book: Grace Hopper" in said
    assert synced.json("show", "Grace")["title"] == "Rear Admiral"
    # and back: a change in netgarden reaches the server, the phone's own property kept
    synced("edit", "Grace", "--company", "US Navy")
    both(synced, phone)
    served = phone.get(GRACE)
    assert "ORG:US Navy" in served and "TITLE:Rear Admiral" in served
    assert "X-PHONE-RINGTONE:anchors" in served and "X-NETGARDEN-CIRCLE:middle" in served
    assert "in sync" in synced("sync", "vdir", str(phone.vdir)).stdout


def test_a_conflict_keeps_netgardens_fields_and_notes_theirs(synced: Cli, phone: Phone) -> None:
    synced("edit", "Ada", "--title", "Countess")
    phone.put(ADA, phone.get(ADA).replace("ORG:Engines", "ORG:Engines\r\nTITLE:Analyst"))
    phone.vdirsyncer("sync")
    said = synced("sync", "vdir", str(phone.vdir)).stdout
    assert "1 changed on both sides" in said
    ada = synced.json("show", "Ada")
    assert ada["title"] == "Countess" and "title: Analyst" in ada["notes"]
    phone.vdirsyncer("sync")
    assert "TITLE:Countess" in phone.get(ADA)


def test_deletions_archive_on_the_other_side(synced: Cli, phone: Phone) -> None:
    phone.delete(GRACE)
    phone.vdirsyncer("sync")
    said = synced("sync", "vdir", str(phone.vdir)).stdout
    assert "1 archived (deleted in the address book): Grace Hopper" in said
    assert synced.json("show", "Grace")["archived"] is True  # archived, not deleted
    synced.add("Katherine Johnson")  # vdirsyncer refuses to empty a side wholly
    synced("archive", "Ada")
    both(synced, phone)
    with pytest.raises(AssertionError, match="no card"):
        phone.href(ADA)  # gone from the phone
    assert (phone.vdir / ".archived" / "netgarden-contact-1.vcf").exists()  # kept aside
    assert "in sync" in synced("sync", "vdir", str(phone.vdir)).stdout
