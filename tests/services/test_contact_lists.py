"""Editing a contact's emails, phones and tags by the whole list wanted: the edit service
works out what to add and remove (pages and the API used to diff the lists each their own
way, comparing the raw text typed with what was stored)."""

from __future__ import annotations

import pytest

from netgarden.errors import InvalidValue
from netgarden.services.contacts import ContactInput, add_contact, edit_contact, show_contact
from netgarden.services.database import Unit
from tests.conftest import NOW, TODAY


def ada(unit: Unit) -> int:
    data = ContactInput(name="Ada", emails=["ada@x.io", "old@x.io"], phones=["+1 415 555 0100"],
                        tags=["mentor", "ai"])  # fmt: skip
    return add_contact(unit, data, NOW, TODAY)


def edit(unit: Unit, contact_id: int, **lists: list[str] | None) -> tuple[list[str], ...]:
    view = edit_contact(unit, contact_id, ContactInput(**lists), NOW, TODAY)  # type: ignore[arg-type]
    return view.emails, view.phones, view.tags


def test_the_wanted_lists_replace_the_stored_ones(unit: Unit) -> None:
    contact_id = ada(unit)
    emails, phones, tags = edit(unit, contact_id, all_emails=["ADA@x.io", "new@x.io"],
                                all_phones=[], all_tags=["Mentor", "Robotics"])  # fmt: skip
    assert emails == ["ada@x.io", "new@x.io"]  # ada's kept (another case is the same email)
    assert phones == []
    assert tags == ["mentor", "robotics"]


def test_a_value_retyped_differently_is_kept_as_stored(unit: Unit) -> None:
    contact_id = ada(unit)
    before = show_contact(unit, contact_id, TODAY)
    lists = edit(unit, contact_id, all_emails=[" Ada@X.io", "old@x.io"],
                 all_phones=["+14155550100"], all_tags=["AI", "mentor "])  # fmt: skip
    assert lists == (before.emails, before.phones, before.tags)


def test_a_list_not_given_is_left_alone_and_an_empty_one_clears(unit: Unit) -> None:
    contact_id = ada(unit)
    assert edit(unit, contact_id, all_tags=[]) == (
        ["ada@x.io", "old@x.io"],
        ["+1 415 555 0100"],
        [],
    )
    assert not ContactInput(all_tags=[]).asks_nothing()
    assert ContactInput(all_tags=None).asks_nothing()


def test_every_malformed_value_is_named_by_its_list(unit: Unit) -> None:
    contact_id = ada(unit)
    with pytest.raises(InvalidValue) as caught:
        edit(unit, contact_id, all_emails=["not an email"], all_tags=[""], all_phones=["12"])
    assert {error.field for error in caught.value.errors} == {"emails", "tags", "phones"}
    assert show_contact(unit, contact_id, TODAY).emails == ["ada@x.io", "old@x.io"]


def test_adding_a_contact_takes_the_wanted_lists(unit: Unit) -> None:
    data = ContactInput(name="Bo", all_emails=["bo@x.io", "BO@x.io"], all_tags=["One"])
    view = show_contact(unit, add_contact(unit, data, NOW, TODAY), TODAY)
    assert (view.emails, view.tags) == (["bo@x.io"], ["one"])
