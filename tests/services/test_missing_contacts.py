"""Writing about someone who does not exist names them, instead of failing in the database
(a touch) or silently changing nothing (a snooze, an archive)."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import NotFound
from netgarden.services.contacts import ContactInput, add_contact, set_archived, snooze
from netgarden.services.database import Unit
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY


def test_a_touch_with_someone_missing_names_them_and_writes_nothing(unit: Unit) -> None:
    ada = add_contact(unit, ContactInput(name="Ada"), NOW, TODAY)
    with pytest.raises(NotFound, match="no contact with id 999"):
        log_touch(unit, [ada, 999], TouchInput("coffee"), NOW, TODAY)
    assert unit.touches.timeline(ada) == []


def test_snoozing_or_archiving_someone_missing_names_them(unit: Unit) -> None:
    with pytest.raises(NotFound, match="no contact with id 999"):
        snooze(unit, 999, TODAY + dt.timedelta(days=7), TODAY, NOW)
    with pytest.raises(NotFound, match="no contact with id 999"):
        set_archived(unit, 999, True, NOW)
