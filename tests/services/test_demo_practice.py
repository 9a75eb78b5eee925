"""The demo shows the practice with data: the ledger, introductions in every state, and
their follow-ups on the agenda."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.agenda import Reason
from netgarden.domain.network import IntroState
from netgarden.services.agenda import agenda
from netgarden.services.database import Unit
from netgarden.services.demo_practice import add_practice
from netgarden.services.generate import generate_network
from netgarden.services.introductions import introductions
from netgarden.services.ledger import ledger_report
from tests.conftest import NOW, TODAY


def test_the_demo_has_introductions_in_every_state_and_a_ledger(unit: Unit) -> None:
    generate_network(unit, contacts=300, touches=3000, seed=7, end=TODAY)
    made = add_practice(unit, TODAY, 7, NOW)
    intros = introductions(unit)
    assert {i.state for i in intros} == {state.value for state in IntroState}
    assert made.introductions == len(intros) == 6
    assert all(i.updated_on <= TODAY for i in intros)
    entries = ledger_report(unit, None).entries
    assert {e.entry_type for e in entries} == {"give", "receive", "ask"}
    assert len(entries) >= made.entries
    due = [item for item in agenda(unit, TODAY, limit=None) if item.reason is Reason.FOLLOW_UP]
    assert len(due) >= 2  # the proposed and asked-a ones waited past their follow-up day


def test_a_network_too_small_gets_no_practice(unit: Unit) -> None:
    generate_network(unit, contacts=5, touches=10, seed=1, end=TODAY)
    assert add_practice(unit, TODAY, 1, NOW).introductions == 0
    assert introductions(unit) == []


def test_the_practice_is_dated_before_the_end(unit: Unit) -> None:
    end = dt.date(2025, 3, 1)
    generate_network(unit, contacts=300, touches=3000, seed=3, end=end)
    add_practice(unit, end, 3, NOW)
    assert max(e.on for e in ledger_report(unit, None).entries) <= end
