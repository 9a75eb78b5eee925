"""The pure rules of career resilience (issue 16): what a role covers, a change of line of
work, and the first class that fits."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.career import (
    CallPerson,
    CompanyFacts,
    Hiring,
    classify,
    function_changed,
    role_matches,
)


@pytest.mark.parametrize(
    ("role", "text", "covered"),
    [
        ("Product Manager", "product managers", True),
        ("Senior Product Manager", "Product managers, designers", True),
        ("Product Manager", "PMs", True),
        ("Senior PM", "product management roles", True),
        ("Product Manager", "Engineering managers", False),
        ("Designer", "product managers", False),
        (None, "anything", True),
        ("Product Manager", None, False),
    ],
)
def test_what_a_role_covers(role: str | None, text: str | None, covered: bool) -> None:
    assert role_matches(role, text) is covered


def test_a_change_of_line_of_work() -> None:
    assert not function_changed("Product Manager", "Senior Product Manager", None, None)
    assert function_changed("Product Manager", "Pastry Chef", None, None)
    assert not function_changed(None, "Pastry Chef", None, None)  # nothing to compare
    assert function_changed("Engineer", "Engineer", "Engineering", "Research")


def person(**given: object) -> CallPerson:
    values: dict[str, object] = {
        "id": 1, "name": "Ada", "company": "Acme", "title": None, "seniority": None,
        "status": None, "status_on": None, "hiring_manager_for": None, "strength": 60,
    }  # fmt: skip
    values.update(given)
    return CallPerson(**values)  # type: ignore[arg-type]


CLOSED = CompanyFacts("Acme", Hiring.NO, None, dt.date(2026, 11, 1))
OPEN = CompanyFacts("Acme", Hiring.YES, "product managers", dt.date(2026, 11, 1))


def test_first_match_wins() -> None:
    laid_off = person(status="laid-off", strength=10)
    assert classify(laid_off, CLOSED, "PM").klass.value == "support"  # before not hiring
    switched = person(status="switched-careers", strength=10)
    assert classify(switched, CLOSED, "PM").klass.value == "referral-only"
    weak_manager = person(strength=39, hiring_manager_for="PMs")
    assert classify(weak_manager, CLOSED, "PM").klass.value == "not-hiring"
    assert classify(weak_manager, OPEN, "PM").klass.value == "warm-up-first"
    strong_manager = person(strength=40, hiring_manager_for="PMs")
    assert classify(strong_manager, OPEN, "PM").klass.value == "call-first"
    assert classify(person(knows_hm="Hank"), OPEN, "PM").klass.value == "call-first"
    assert classify(person(), OPEN, "PM").klass.value == "can-advise"
    assert classify(person(status="retired"), None, None).reason == (
        "retired; strength 60: can advise or introduce"
    )
