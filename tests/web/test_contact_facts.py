"""What a contact page's header and the contacts list show."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import form


def test_the_header_shows_phones_and_birthday(client: TestClient) -> None:
    person = {"name": "Ada", "phones": ["+44 20 7946 0018"], "birthday": "1815-12-10"}
    ada = client.post("/api/v1/contacts", json=person).json()["id"]
    header = client.get(f"/contacts/{ada}").text.split('<div class="two">')[0]
    assert 'href="tel:+442079460018"' in header and "10 December 1815" in header
    bob = client.post("/api/v1/contacts", json={"name": "Bob", "birthday": "12-10"}).json()["id"]
    header = client.get(f"/contacts/{bob}").text.split('<div class="two">')[0]
    assert "10 December" in header and "Phone" not in header


def test_the_contacts_list_can_show_the_archived(client: TestClient) -> None:
    for name in ("Ada Active", "Arch Ived"):
        client.post("/api/v1/contacts", json={"name": name})
    arch = client.get("/api/v1/contacts", params={"q": "arch"}).json()[0]["id"]
    form(client, f"/contacts/{arch}/archive", {"archived": "1"})
    active = client.get("/contacts").text
    assert "Ada Active" in active and "Arch Ived" not in active
    assert 'name="archived"' in active
    archived = client.get("/contacts", params={"archived": "1"}).text
    assert "Arch Ived" in archived and "Ada Active" not in archived
    assert "1 archived contact" in archived
