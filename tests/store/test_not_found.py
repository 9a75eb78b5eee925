"""A contact or an introduction named by an id that does not exist is one NotFound: the
store's ``require`` raises it before a service writes, and each surface says it once (CLI
exit 2, API 404 with a JSON problem, an HTML 404 page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from netgarden.errors import NotFound, UserError
from netgarden.services.contacts import (
    ContactInput,
    add_contact,
    delete_contact,
    set_archived,
    show_contact,
    snooze,
)
from netgarden.services.database import Unit
from netgarden.services.introductions import advance_intro
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.links import link_contacts
from netgarden.services.merge import merge_contacts
from netgarden.services.strength import contact_strength
from netgarden.services.touches import TouchInput, log_touch
from netgarden.store.tables import Contact, LedgerEntry, Touch
from tests.conftest import NOW, TODAY, Cli
from tests.web.conftest import BASE_URL, form

MISSING = 999


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    from netgarden.settings import Settings
    from netgarden.web.app import create_app

    app = create_app(Settings(db=tmp_path / "web.db"))
    with TestClient(app, base_url=BASE_URL) as test_client:
        test_client.get("/")  # the CSRF cookie
        yield test_client
    app.state.database.close()


def test_not_found_is_a_user_error_keeping_kind_and_id() -> None:
    error = NotFound("contact", 12)
    assert isinstance(error, UserError) and error.exit_code == 2
    assert (error.kind, error.id, str(error)) == ("contact", 12, "no contact with id 12")


def test_require_returns_the_contact_or_raises_not_found(unit: Unit) -> None:
    ada = add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
    assert unit.contacts.require(ada).name == "Ada"
    with pytest.raises(NotFound) as caught:
        unit.contacts.require(MISSING)
    assert (caught.value.kind, caught.value.id) == ("contact", MISSING)


SERVICES: dict[str, Callable[[Unit, int], Any]] = {
    "log_touch": lambda u, ada: log_touch(u, [ada, MISSING], TouchInput("coffee"), NOW, TODAY),
    "record_entry": lambda u, ada: record_entry(
        u, MISSING, EntryInput("give", "introduction"), NOW, TODAY
    ),
    "show_contact": lambda u, ada: show_contact(u, MISSING, TODAY),
    "delete_contact": lambda u, ada: delete_contact(u, MISSING),
    "snooze": lambda u, ada: snooze(u, MISSING, TODAY + dt.timedelta(days=3), TODAY, NOW),
    "set_archived": lambda u, ada: set_archived(u, MISSING, True, NOW),
    "merge_contacts": lambda u, ada: merge_contacts(u, ada, MISSING, NOW),
    "contact_strength": lambda u, ada: contact_strength(u, MISSING, TODAY),
    "link_contacts": lambda u, ada: link_contacts(u, ada, MISSING, NOW),
}


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_services_raise_not_found_before_writing(unit: Unit, name: str) -> None:
    from sqlalchemy import func, select

    ada = add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)

    def counts() -> list[int]:
        return [
            unit.session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Contact, Touch, LedgerEntry)
        ]

    before = counts()
    with pytest.raises(NotFound, match=f"no contact with id {MISSING}"):
        SERVICES[name](unit, ada)
    assert counts() == before


def test_a_missing_introduction_is_not_found(unit: Unit) -> None:
    with pytest.raises(NotFound) as caught:
        advance_intro(unit, 42, "made", None, TODAY, NOW)
    assert (caught.value.kind, caught.value.id) == ("introduction", 42)


def test_the_cli_says_not_found_in_one_line_and_exits_2(cli: Cli) -> None:
    for args, said in [
        (("show", "#999"), "no contact with id 999"),
        (("intro", "move", "7", "made"), "no introduction with id 7"),
    ]:
        result = cli(*args, code=2)
        assert result.stderr.strip() == f"error: {said}"


def test_the_api_answers_404_with_a_json_problem(client: TestClient) -> None:
    for answer in [
        client.get(f"/api/v1/contacts/{MISSING}"),
        client.post(f"/api/v1/contacts/{MISSING}/touches", json={"kind": "call"}),
        client.patch(f"/api/v1/introductions/{MISSING}", json={"state": "made"}),
    ]:
        assert answer.status_code == 404, answer.text
        assert answer.json()["detail"].startswith("no ")


def test_pages_answer_their_404_page(client: TestClient) -> None:
    for answer in [
        client.get(f"/contacts/{MISSING}"),
        form(client, f"/introductions/{MISSING}", {"state": "made"}),
    ]:
        assert answer.status_code == 404, answer.text
        assert answer.headers["content-type"].startswith("text/html")
        assert f"with id {MISSING}" in answer.text
