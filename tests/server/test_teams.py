"""Teams (issue 19): who on my team knows someone at a company, by consent; only name,
company, title and band are shared; asking for an introduction lands on the teammate's
Today, and they answer."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from fastapi import FastAPI

from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.ledger import EntryInput, record_entry
from netgarden.services.teams import add_team, invite, join, share, who
from netgarden.services.touches import TouchInput, log_touch
from netgarden.store.accounts import AccountRepo, Signed
from tests.server.conftest import Browser, form

TODAY = dt.date(2026, 11, 22)
NOW = dt.datetime(2026, 11, 22, 9, 0)
# what bob keeps about the people he knows: none of it may reach a teammate
PRIVATE = (
    "priya.private@lumina.example",
    "+1 415 555 0142",
    "PRIVATE-NOTE-5521",
    "PRIVATE-PERSONAL-0916",
    "PRIVATE-TOUCH-3380",
    "PRIVATE-LEDGER-7702",
    "PRIVATE-HOWMET-2231",
    "PRIVATE-HELP-8823",
)


def _me(server: FastAPI, email: str) -> Signed:
    with server.state.database.transaction() as unit:
        user = AccountRepo(unit.session).user(email)
        assert user is not None
        return Signed(user.id, user.email, user.workspace_id, user.is_admin)


def _know(server: FastAPI, me: Signed, name: str, company: str, touches: int, **extra: str) -> int:
    """``me`` adds a contact and meets them ``touches`` times over the last months."""
    with server.state.database.transaction(me.workspace_id) as unit:
        made = add_contact(
            unit,
            ContactInput(name=name, company=company, title="CTO", circle="middle", **extra),
            NOW,
            TODAY,
        )  # type: ignore[arg-type]
        for n in range(touches):
            on = (TODAY - dt.timedelta(days=7 * n + 1)).isoformat()
            log_touch(
                unit,
                [made],
                TouchInput(kind="coffee", on=on, direction="mutual", note="PRIVATE-TOUCH-3380"),
                NOW,
                TODAY,
            )
        return made


@pytest.fixture
def team(server: FastAPI) -> dict[str, Signed]:
    """ada owns "Search circle"; bob and cy joined; bob and cy share, ada does not."""
    people = {
        e.split("@")[0]: _me(server, e)
        for e in ("ada@example.org", "bob@example.org", "cy@example.org")
    }
    with server.state.database.transaction() as unit:
        add_team(unit, people["ada"], "Search circle", NOW)
        for who_ in ("bob", "cy"):
            invite(unit, people["ada"], f"{who_}@example.org", None, NOW)
            join(unit, people[who_], None, NOW)
            share(unit, people[who_], True)
    return people


def test_who_ranks_teammates_by_their_tie_and_shares_only_four_fields(
    server: FastAPI, team: dict[str, Signed]
) -> None:
    bob, cy, ada = team["bob"], team["cy"], team["ada"]
    priya = _know(
        server,
        bob,
        "Priya Raman",
        "Lumina AI",
        12,
        emails=["priya.private@lumina.example"],
        phones=["+1 415 555 0142"],
        notes="PRIVATE-NOTE-5521",
        personal="PRIVATE-PERSONAL-0916",
        how_met="PRIVATE-HOWMET-2231",
        help_them="PRIVATE-HELP-8823",
    )
    with server.state.database.transaction(bob.workspace_id) as unit:
        record_entry(
            unit,
            priya,
            EntryInput("give", "advice", "PRIVATE-LEDGER-7702", TODAY.isoformat()),
            NOW,
            TODAY,
        )
    _know(server, cy, "Sam Okafor", "Lumina AI Labs", 2)
    _know(server, cy, "Dana Wu", "Other Co", 20)
    _know(server, ada, "Eve Adams", "Lumina AI", 30)  # ada does not share
    with server.state.database.transaction() as unit:
        ties = who(unit, ada, TODAY, company="lumina ai")
    assert [(t.teammate, t.name, t.company, t.title) for t in ties] == [
        ("bob@example.org", "Priya Raman", "Lumina AI", "CTO"),
        ("cy@example.org", "Sam Okafor", "Lumina AI Labs", "CTO"),
    ]
    assert ties[0].band in ("strong", "medium") and ties[0].score > ties[1].score
    with server.state.database.transaction() as unit:
        assert [t.name for t in who(unit, cy, TODAY, person="priya")] == ["Priya Raman"]
        assert who(unit, bob, TODAY, company="Other Co")[0].name == "Dana Wu"
        assert who(unit, cy, TODAY, company="Other Co") == [], "my own contacts are not my team's"


def test_no_private_field_of_a_shared_contact_reaches_any_answer(
    server: FastAPI, team: dict[str, Signed], browser: Browser
) -> None:
    _know(
        server,
        team["bob"],
        "Priya Raman",
        "Lumina AI",
        3,
        emails=["priya.private@lumina.example"],
        phones=["+1 415 555 0142"],
        notes="PRIVATE-NOTE-5521",
        personal="PRIVATE-PERSONAL-0916",
        how_met="PRIVATE-HOWMET-2231",
        help_them="PRIVATE-HELP-8823",
    )
    ada = browser("ada@example.org")
    answers = [
        ada.get("/api/v1/team/who", params={"company": "Lumina"}),
        ada.get("/api/v1/team/who", params={"person": "Priya"}),
        ada.get("/team", params={"company": "Lumina"}),
        ada.get("/team/who", params={"person": "priya"}),
        ada.get("/api/v1/team"),
    ]
    assert all(a.status_code == 200 for a in answers)
    assert (
        ada.get("/api/v1/team/who", params={"company": "Lumina"}).json()[0]["name"] == "Priya Raman"
    )
    assert set(answers[0].json()[0]) == {
        "teammate",
        "contact_id",
        "name",
        "company",
        "title",
        "band",
    }
    ask = ada.post(
        "/api/v1/team/asks",
        json={"teammate": "bob@example.org", "contact_id": answers[0].json()[0]["contact_id"]},
    )
    answers += [ask, ada.get("/api/v1/team"), ada.get("/team"), ada.get("/")]
    assert ask.status_code == 201
    for answer in answers:
        found = [value for value in PRIVATE if value in answer.text]
        assert found == [], f"{answer.request.url} shows {found}"
    json.dumps([a.text for a in answers])


def test_asking_for_an_introduction_puts_it_on_their_today_and_they_answer(
    server: FastAPI, team: dict[str, Signed], browser: Browser
) -> None:
    priya = _know(server, team["bob"], "Priya Raman", "Lumina AI", 3)
    ada, bob = browser("ada@example.org"), browser("bob@example.org")
    assert all(i["subject"]["type"] != "team-ask" for i in bob.get("/api/v1/agenda").json())
    page = ada.get("/team", params={"company": "Lumina"})
    assert "Ask bob for an introduction" in page.text
    asked = form(
        ada,
        "/team/asks",
        {"teammate": "bob@example.org", "contact_id": str(priya), "message": "We are hiring a CTO"},
    )
    assert asked.status_code == 303
    again = ada.post("/api/v1/team/asks", json={"teammate": "bob@example.org", "contact_id": priya})
    assert again.status_code == 409 and "you already asked bob@example.org" in again.text
    today = bob.get("/api/v1/agenda").json()
    item = next(i for i in today if i["subject"]["type"] == "team-ask")
    assert item["contact_id"] == priya and item["name"] == "Priya Raman"
    assert (
        "ada@example.org (Search circle) asks you for an introduction to Priya Raman" in item["why"]
    )
    assert "We are hiring a CTO" in item["why"]
    assert "Answer" in bob.get("/").text
    ask_id = item["subject"]["id"]
    assert ada.post(f"/api/v1/team/asks/{ask_id}/answer", json={"answer": "yes"}).status_code == 404
    form(bob, f"/team/asks/{ask_id}/answer", {"answer": "yes", "note": "Happy to, emailing her"})
    assert all(i["subject"]["type"] != "team-ask" for i in bob.get("/api/v1/agenda").json())
    mine = ada.get("/api/v1/team").json()["asks_from_me"]
    assert [(a["state"], a["answer"]) for a in mine] == [("yes", "Happy to, emailing her")]


def test_nobody_sees_who_a_member_knows_until_they_share(
    server: FastAPI, team: dict[str, Signed], browser: Browser
) -> None:
    priya = _know(server, team["ada"], "Priya Raman", "Lumina AI", 3)
    bob = browser("bob@example.org")
    assert bob.get("/api/v1/team/who", params={"company": "Lumina"}).json() == []
    refused = bob.post(
        "/api/v1/team/asks", json={"teammate": "ada@example.org", "contact_id": priya}
    )
    assert refused.status_code == 404
    outsider = browser("cy@example.org")
    form(browser("ada@example.org"), "/team/share", {"sharing": "on", "team": "Search circle"})
    assert (
        bob.get("/api/v1/team/who", params={"company": "Lumina"}).json()[0]["name"] == "Priya Raman"
    )
    form(outsider, "/team/share", {"sharing": "off"})
    with server.state.database.transaction() as unit:
        ties = who(unit, team["bob"], TODAY, company="Lumina")
    assert [t.teammate for t in ties] == ["ada@example.org"]


def test_team_mistakes_are_said_plainly(
    server: FastAPI, team: dict[str, Signed], browser: Browser
) -> None:
    bob = browser("bob@example.org")
    assert bob.post("/api/v1/team/invitations", json={"email": "z@example.org"}).json() == {
        "detail": "only an owner of Search circle can invite people to it"
    }
    both = bob.get("/api/v1/team/who", params={"company": "x", "person": "y"})
    assert both.status_code == 422 and both.json()["detail"][0]["loc"] == ["query", "target"]
    page = form(bob, "/team", {"name": "Search circle"})
    assert page.status_code == 422 and "there is already a team named" in page.text


def test_answers_are_kept_per_version_of_each_teammates_workspace(
    server: FastAPI, team: dict[str, Signed]
) -> None:
    """Asked again, a teammate's answer is not worked out again until their workspace
    changes; a teammate who stops sharing is out of the very next answer."""
    from netgarden.services.shared_answers import for_engine

    ada, bob, cy = team["ada"], team["bob"], team["cy"]
    _know(server, bob, "Priya Raman", "Lumina AI", 1)
    _know(server, cy, "Sam Okafor", "Lumina AI", 1)

    def ask(me: Signed = ada) -> list[tuple[str, str, str]]:
        with server.state.database.transaction() as unit:
            found = who(unit, me, TODAY, company="Lumina")
        return [(t.teammate, t.name, t.band) for t in found]

    kept = for_engine(server.state.database.engine)
    first = ask()
    assert [name for _, name, _ in first] == ["Priya Raman", "Sam Okafor"]
    worked_out = kept.computed
    assert ask() == first and kept.computed == worked_out  # nothing read again
    assert ask(bob)[0][:2] == ("cy@example.org", "Sam Okafor") and kept.computed == worked_out
    _know(server, bob, "Omar Haddad", "Lumina AI", 0)  # bob's workspace moves on
    assert [name for _, name, _ in ask()] == ["Priya Raman", "Sam Okafor", "Omar Haddad"]
    assert kept.computed == worked_out + 1  # bob's answer again, cy's kept
    _know(server, cy, "Sam Okafor II", "Other Co", 0)
    with server.state.database.transaction(cy.workspace_id) as unit:
        share(unit, cy, False)
    assert [t for t, _, _ in ask()] == ["bob@example.org", "bob@example.org"]
    worked_out = kept.computed
    with server.state.database.transaction() as unit:  # another day, another answer
        who(unit, ada, TODAY + dt.timedelta(days=400), company="Lumina")
        who(unit, ada, TODAY, company="Lumina AI")  # and another question
    assert kept.computed == worked_out + 2
