"""Content and communities through the services, and the content mix under both rules."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.content_mix import check_mix
from netgarden.errors import InvalidValue
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.content import (
    add_content,
    content_between,
    content_mix,
    join_community,
    leave_community,
    list_communities,
    remove_community,
)
from netgarden.services.database import Unit
from tests.conftest import NOW, TODAY


def test_7_2_1_passes_both_rules() -> None:
    checks = check_mix({"insight": 7, "journey": 2, "promotion": 1})
    assert [(c.rule, c.status) for c in checks] == [("70-20-10", "pass"), ("80/20", "pass")]
    assert checks[0].shares == {"insight": 70, "journey": 20, "promotion": 10}


def test_5_2_3_warns_under_both_rules() -> None:
    checks = check_mix({"insight": 5, "journey": 2, "promotion": 3})
    assert [(c.rule, c.status) for c in checks] == [("70-20-10", "warn"), ("80/20", "warn")]
    assert checks[0].quote.seed == "seeds/002" and checks[1].quote.seed == "seeds/001"


def test_the_rules_disagree_between_them() -> None:
    # 15% promotion: over seeds/002's 10%, under seeds/001's 20%
    checks = check_mix({"insight": 14, "journey": 3, "promotion": 3})
    assert [c.status for c in checks] == ["warn", "pass"]
    assert [c.status for c in check_mix({})] == ["none", "none"]


def test_content_of_a_month_and_its_mix(unit: Unit) -> None:
    ana = add_contact(unit, ContactInput(name="Ana Lee"), NOW, TODAY)
    for day, mix in [("2026-11-02", "insight")] * 7 + [("2026-11-03", "journey")] * 2 + [
        ("2026-11-04", "promotion"), ("2026-10-30", "promotion")]:  # fmt: skip
        add_content(unit, "post", f"{mix} {day}", day, mix, [], TODAY, NOW)
    made = add_content(
        unit, "article", "Agents in PM", "2026-11-05", "insight", ["Ana"], TODAY, NOW
    )
    assert made.people == ((ana, "Ana Lee"),) and made.kind == "article"
    november = content_between(unit, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert len(november) == 11 and november[0].title == "Agents in PM"
    counts, checks = content_mix(unit, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert counts == {"insight": 8, "journey": 2, "promotion": 1}
    assert [c.status for c in checks] == ["pass", "pass"]


def test_bad_content_names_every_field(unit: Unit) -> None:
    with pytest.raises(InvalidValue) as caught:
        add_content(unit, "tweetstorm", " ", "2027-01-01", "hype", [], TODAY, NOW)
    assert {e.field for e in caught.value.errors} == {"kind", "title", "on", "mix"}


def test_join_change_role_leave_rejoin_remove(unit: Unit) -> None:
    joined, new = join_community(unit, "Lenny's PM Community", None, "2026-11-01", TODAY, NOW)
    assert new and (joined.role, joined.joined_on) == ("member", dt.date(2026, 11, 1))
    again, new = join_community(unit, "lenny's pm community", "board", None, TODAY, NOW)
    assert not new and again.role == "board" and again.joined_on == dt.date(2026, 11, 1)
    left = leave_community(unit, "Lenny's PM community", "2026-11-10", TODAY)
    assert left.left_on == dt.date(2026, 11, 10)
    back, _ = join_community(unit, "Lenny's PM Community", "member", "2026-11-20", TODAY, NOW)
    assert (back.joined_on, back.left_on) == (dt.date(2026, 11, 20), None)
    with pytest.raises(InvalidValue, match="no community called 'Mind the Product'"):
        leave_community(unit, "Mind the Product", None, TODAY)
    with pytest.raises(InvalidValue, match="is not accepted"):
        join_community(unit, "PM HQ", "chair", None, TODAY, NOW)
    remove_community(unit, "#" + str(back.id))
    assert list_communities(unit) == []
