"""`team who` asks every sharing teammate's workspace at once (store/shared_ties.py
``TeamTies``): the same people, the same scores as asking each teammate's workspace on its
own (``SharedTieRepo`` and ``batch_strength``), whatever weights each teammate chose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from netgarden.services import accounts
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Database, Unit
from netgarden.services.strength import batch_strength
from netgarden.services.teams import add_team, invite, join, share, who
from netgarden.services.touches import TouchInput, log_touch
from netgarden.store.accounts import Signed
from netgarden.store.shared_ties import SharedTieRepo, TeamTies
from tests.conftest import NOW, TODAY


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", lambda: cheap)
    yield


def _member(database: Database, name: str) -> Signed:
    with database.transaction() as unit:
        made = accounts.add_user(unit, f"{name}@example.org", NOW, password="x" * 12)
        return accounts.acting_user(unit, made.email)


def _know(database: Database, me: Signed, name: str, company: str, weeks: list[int]) -> None:
    """``me`` knows ``name`` and met them ``weeks`` ago (one coffee each)."""
    with database.transaction(me.workspace_id) as unit:
        made = add_contact(unit, ContactInput(name=name, company=company), NOW, TODAY)
        for week in weeks:
            on = (TODAY - dt.timedelta(weeks=week)).isoformat()
            log_touch(unit, [made], TouchInput("coffee", on=on, direction="mutual"), NOW, TODAY)


def test_who_scores_each_teammate_by_their_own_weights(database: Database) -> None:
    ada, bob, cy, dee, eve = (_member(database, n) for n in ("ada", "bob", "cy", "dee", "eve"))
    with database.transaction() as unit:
        add_team(unit, ada, "Search circle", NOW)
        for member in (bob, cy, dee):
            invite(unit, ada, member.email, None, NOW)
            join(unit, member, None, NOW)
            share(unit, member, True)
    _know(database, bob, "Priya Raman", "Lumina AI", [1, 2, 3, 5, 8, 13, 21])
    _know(database, bob, "Ann Lee", "Lumina AI", [100])
    _know(database, bob, "Ben Moss", "Lumina AI", [])
    _know(database, cy, "Sam Okafor", "Lumina AI Labs", [2, 30])
    _know(database, dee, "Tom Hale", "Lumina AI", [1, 4, 60])
    _know(database, dee, "Uma Roy", "Other Co", [1])
    _know(database, eve, "Vic Lumina", "Lumina AI", [1, 2])  # eve is in no team
    with database.transaction(cy.workspace_id) as unit:  # a half-life of their own
        unit.preference_values.set("strength_half_life", "30")
    with database.transaction(dee.workspace_id) as unit:  # a saturation of their own
        unit.preference_values.set("strength_saturation", "8")
    with database.transaction(write=False) as unit:
        ties = who(unit, ada, TODAY, company="lumina")
        alone = {
            (member.email, p.name): batch_strength(
                Unit(unit.session, member.workspace_id), TODAY, [p.id]
            ).get(p.id)
            for member in (bob, cy, dee)
            for p in SharedTieRepo(unit.session, member.workspace_id).people(company="lumina")
        }
    assert sorted((t.teammate, t.name) for t in ties) == sorted(alone)
    assert len(ties) == 5
    for tie in ties:
        scored = alone[tie.teammate, tie.name]
        expected = (scored.band.value, scored.score) if scored else ("new", -1)
        assert (tie.band, tie.score) == expected, tie
    assert ties[-1].name == "Ben Moss" and ties[-1].score == -1  # never met: no tallies
    assert [t.score for t in ties] == sorted((t.score for t in ties), reverse=True)
    assert "Vic Lumina" not in [t.name for t in ties]
    with database.transaction(write=False) as unit:
        only_bob = TeamTies(unit.session, [bob.workspace_id]).people(company="lumina")
        assert {ws: [p.name for p in ps] for ws, ps in only_bob.items()} == {
            bob.workspace_id: ["Priya Raman", "Ann Lee", "Ben Moss"]
        }
        assert [t.name for t in who(unit, ada, TODAY, person="okafor")] == ["Sam Okafor"]
        assert who(unit, bob, TODAY, company="nobody works here") == []
