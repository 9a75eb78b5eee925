"""Services return what they made or changed, as the surfaces show it, and check that the
contact exists before they write anything (issue 10)."""

from __future__ import annotations

import pytest

from netgarden.errors import NotFound
from netgarden.services.contacts import ContactInput, add_contact, edit_contact, show_contact
from netgarden.services.database import Unit
from netgarden.services.introductions import (
    Introduced,
    advance_intro,
    introduced_to_me,
    introductions,
    propose_intro,
)
from netgarden.services.ledger import EntryInput, ledger_report, record_entry
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY


def add(unit: Unit, name: str, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def test_logging_a_touch_returns_it_as_the_timeline_shows_it(unit: Unit) -> None:
    ada, bo, cy = add(unit, "Ada", circle="inner"), add(unit, "Bo"), add(unit, "Cy Young")
    data = TouchInput("meeting", on="2026-11-20", note="kickoff", replied=True)
    logged = log_touch(unit, [ada, cy, bo], data, NOW, TODAY)
    assert logged.touch == show_contact(unit, ada, TODAY).touches[0]
    assert logged.touch.with_others == ("Bo", "Cy Young")
    shown = [show_contact(unit, i, TODAY) for i in (ada, cy, bo)]
    assert [(p.id, p.name, p.next_due_on) for p in logged.people] == [
        (v.id, v.name, v.next_due_on) for v in shown
    ]
    assert logged.people[0].next_due_on is not None


def test_recording_value_returns_the_ledger_entry(unit: Unit) -> None:
    ada = add(unit, "Ada")
    entry = record_entry(unit, ada, EntryInput("give", "advice", "on pricing"), NOW, TODAY)
    assert ledger_report(unit, ada).entries == [entry]


def test_an_introduction_is_returned_as_the_board_lists_it(unit: Unit) -> None:
    a, b = add(unit, "Ada"), add(unit, "Bo")
    proposal = propose_intro(unit, a, b, "evals", TODAY, NOW)
    assert [proposal.intro] == introductions(unit)
    moved = advance_intro(unit, proposal.id, "asked-a", None, TODAY, NOW)
    assert moved.state == "asked-a" and [moved] == introductions(unit)


def test_noting_an_introduction_to_me_returns_who_introduced_whom(unit: Unit) -> None:
    bo, cy = add(unit, "Bo Brown"), add(unit, "Cy Young")
    noted = introduced_to_me(unit, bo, cy, TODAY, NOW)
    assert noted == Introduced(bo, "Bo Brown", cy, "Cy Young")
    assert show_contact(unit, cy, TODAY).get("how_met") == "Introduced by Bo Brown"


def test_an_edit_returns_the_contact_as_it_now_is(unit: Unit) -> None:
    ada = add(unit, "Ada", tags=["one"])
    edited = edit_contact(unit, ada, ContactInput(title="CTO", tags=["two"]), NOW, TODAY)
    assert edited == show_contact(unit, ada, TODAY)
    assert (edited.get("title"), edited.tags) == ("CTO", ["one", "two"])


@pytest.mark.parametrize(
    "write",
    [
        lambda unit, ada: log_touch(unit, [ada, 404], TouchInput("lunch"), NOW, TODAY),
        lambda unit, ada: record_entry(unit, 404, EntryInput("give", "bribes"), NOW, TODAY),
        lambda unit, ada: edit_contact(unit, 404, ContactInput(birthday="soon"), NOW, TODAY),
        lambda unit, ada: propose_intro(unit, ada, 404, None, TODAY, NOW),
    ],
    ids=["touch", "ledger", "edit", "introduction"],
)
def test_a_missing_contact_is_named_before_any_other_problem(unit: Unit, write: object) -> None:
    ada = add(unit, "Ada")
    with pytest.raises(NotFound, match="no contact with id 404"):
        write(unit, ada)  # type: ignore[operator]
    assert show_contact(unit, ada, TODAY).touches == []
