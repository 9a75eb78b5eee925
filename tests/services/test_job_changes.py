"""Job changes are seen, not lost (issue 16): a re-import with a changed company makes one
change to review; accepting it updates the contact, appends role history and puts a
congratulation on the agenda."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import InvalidValue, NotFound
from netgarden.services.agenda import agenda, item_fields
from netgarden.services.career import role_history
from netgarden.services.contacts import ContactInput, edit_contact, show_contact
from netgarden.services.database import Unit
from netgarden.services.importing import import_sources, open_sources
from netgarden.services.job_changes import accept_change, dismiss_change, list_changes
from netgarden.services.lookup import resolve_contact
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import FIXTURES, NOW, TODAY

CAREER = FIXTURES / "career"


def run(unit: Unit, folder: str) -> dict[str, object]:
    summary = import_sources(unit, open_sources([CAREER / folder], None, None), NOW)
    return summary.as_dict()


def test_a_changed_company_is_one_change_to_review_then_accepted(unit: Unit) -> None:
    assert run(unit, "before")["created"] == 2
    again = run(unit, "after")
    assert (again["created"], again["updated"], again["changes"]) == (0, 0, 1)
    priya = resolve_contact(unit, "Priya Raman")
    kept = show_contact(unit, priya, TODAY).fields
    assert (kept["company"], kept["title"]) == ("Lumina", "Product Manager")  # the user's
    [change] = list_changes(unit)
    assert (change.name, change.old_company, change.new_company, change.new_title) == (
        "Priya Raman", "Lumina", "Northwind", "Senior Product Manager"
    )  # fmt: skip
    assert not change.function_changed
    assert run(unit, "after")["changes"] == 0  # seen once, recorded once

    done = accept_change(unit, change.id, TODAY, NOW)
    assert (done.state, done.decided_on) == ("accepted", TODAY)
    now = show_contact(unit, priya, TODAY).fields
    assert (now["company"], now["title"]) == ("Northwind", "Senior Product Manager")
    history = role_history(unit, priya)
    assert [(r["from_company"], r["to_company"], r["source"]) for r in history] == [
        ("Lumina", "Northwind", "import")
    ]
    items = [item_fields(i) for i in agenda(unit, TODAY) if i.contact_id == priya]
    assert [(i["reason"], i["why"], i["subject"]) for i in items] == [
        ("congratulate", "new role at Northwind — congratulate",
         {"type": "job-change", "id": change.id})
    ]  # fmt: skip
    assert list_changes(unit) == []
    assert run(unit, "after")["changes"] == 0  # the contact has the new role now


def test_a_touch_after_accepting_takes_the_congratulation_off_the_agenda(unit: Unit) -> None:
    run(unit, "before")
    run(unit, "after")
    [change] = list_changes(unit)
    accept_change(unit, change.id, TODAY, NOW)
    log_touch(unit, [change.contact_id], TouchInput(kind="message"), NOW, TODAY)
    assert [i for i in agenda(unit, TODAY) if i.reason.value == "congratulate"] == []
    later = TODAY + dt.timedelta(days=31)  # and it does not linger past its window
    edit_contact(unit, change.contact_id, ContactInput(circle="none"), NOW, TODAY)
    assert [i for i in agenda(unit, later) if i.reason.value == "congratulate"] == []


def test_a_dismissed_change_is_not_proposed_again(unit: Unit) -> None:
    run(unit, "before")
    run(unit, "after")
    [change] = list_changes(unit)
    dismiss_change(unit, change.id, TODAY)
    assert run(unit, "after")["changes"] == 0
    assert [c.state for c in list_changes(unit, None)] == ["dismissed"]
    with pytest.raises(InvalidValue, match="already dismissed on 2026-11-22"):
        accept_change(unit, change.id, TODAY, NOW)
    with pytest.raises(NotFound):
        dismiss_change(unit, 999, TODAY)
    with pytest.raises(InvalidValue, match="state"):
        list_changes(unit, "maybe")


def test_a_change_of_function_suggests_switched_careers(unit: Unit) -> None:
    run(unit, "before")
    tomas = resolve_contact(unit, "Tomas Berg")
    edit_contact(unit, tomas, ContactInput(title="Registered Nurse"), NOW, TODAY)
    # the edit itself is role history; the file still says Staff Engineer: a change to review
    assert [(r["from_title"], r["to_title"], r["source"]) for r in role_history(unit, tomas)] == [
        ("Staff Engineer", "Registered Nurse", "edit")
    ]  # fmt: skip
    run(unit, "before")
    [change] = list_changes(unit)
    assert change.function_changed and change.suggested_status == "switched-careers"


def test_status_is_dated_and_checked(unit: Unit) -> None:
    run(unit, "before")
    priya = resolve_contact(unit, "Priya Raman")
    edit_contact(unit, priya, ContactInput(status="open-to-work", preferred_channel="linkedin",
                                           hiring_manager_for="PMs"), NOW, TODAY)  # fmt: skip
    f = show_contact(unit, priya, TODAY).fields
    assert (f["status"], f["status_on"], f["preferred_channel"], f["hiring_manager_for"]) == (
        "open-to-work", TODAY, "linkedin", "PMs"
    )  # fmt: skip
    with pytest.raises(InvalidValue) as caught:
        edit_contact(unit, priya, ContactInput(status="fired", status_on="soon",
                                               preferred_channel="fax"), NOW, TODAY)  # fmt: skip
    assert [e.field for e in caught.value.errors] == ["status", "preferred_channel"]
    assert show_contact(unit, priya, TODAY).fields["status"] == "open-to-work"
    edit_contact(unit, priya, ContactInput(status=""), NOW, TODAY)
    f = show_contact(unit, priya, TODAY).fields
    assert (f["status"], f["status_on"]) == (None, None)
