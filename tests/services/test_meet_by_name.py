"""People met, as the user types them (CLI arguments, the event page's text box): one
service checks the event, then the count, then each name, and writes nothing on a mistake."""

from __future__ import annotations

import pytest

from netgarden.errors import InvalidValue, NotFound, UnknownContact
from netgarden.services.database import Unit
from netgarden.services.events import show_event
from netgarden.services.followups import meet_named_at_event
from tests.conftest import NOW, TODAY
from tests.services.test_events import FRIDAY, event, person


def test_names_are_resolved_and_met(unit: Unit) -> None:
    ana = person(unit, "Ana Lee")
    number = event(unit, on=FRIDAY.isoformat())
    done = meet_named_at_event(unit, number, ["Ana", f"#{ana}"], "evals", TODAY, NOW)
    assert [(m.contact_id, m.created) for m in done.people] == [(ana, True)]


def test_a_missing_event_is_named_before_any_person(unit: Unit) -> None:
    with pytest.raises(NotFound, match="no event with id 9"):
        meet_named_at_event(unit, 9, ["Nobody at all"], None, TODAY, NOW)


def test_no_one_is_a_field_error_before_lookups(unit: Unit) -> None:
    number = event(unit)
    with pytest.raises(InvalidValue) as caught:
        meet_named_at_event(unit, number, [], None, TODAY, NOW)
    assert caught.value.field == "contact_ids"


def test_an_unknown_name_writes_nothing(unit: Unit) -> None:
    person(unit, "Ana Lee")
    number = event(unit)
    with pytest.raises(UnknownContact):
        meet_named_at_event(unit, number, ["Ana", "Zed Nobody"], None, TODAY, NOW)
    assert show_event(unit, number).people == ()
