"""Who would I call (issue 16): one contact per class, first match wins, on a hand-made
network; the target company nobody reaches; companies and one list of targets."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.errors import InvalidValue, NotFound
from netgarden.services.career import who_would_i_call
from netgarden.services.companies import find_company, list_companies, set_company, show_company
from netgarden.services.contacts import ContactInput, add_contact, edit_contact
from netgarden.services.database import Unit
from netgarden.services.diversity import add_target, targets
from netgarden.services.links import link_contacts
from netgarden.services.profile import set_my_facts
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY


def person(unit: Unit, name: str, company: str, *, strong: bool = True, **more: str) -> int:
    contact_id = add_contact(unit, ContactInput(name=name, company=company), NOW, TODAY)
    if more:
        edit_contact(unit, contact_id, ContactInput(**more), NOW, TODAY)
    for i in range(4 if strong else 0):  # four coffees this year: strength 76
        on = (TODAY - dt.timedelta(days=20 * i + 1)).isoformat()
        log_touch(unit, [contact_id], TouchInput(kind="coffee", on=on, direction="in"), NOW, TODAY)
    return contact_id


def company(unit: Unit, name: str, **values: object) -> None:
    set_company(unit, name, today=TODAY, now=NOW, **values)  # type: ignore[arg-type]


@pytest.fixture
def network(unit: Unit) -> dict[str, int]:
    set_my_facts(unit, {"title": "Product Manager", "seniority": "mid"}, NOW)
    company(unit, "Acme", target=True, hiring="yes", hiring_for="product managers")
    company(unit, "Beta", hiring="no")
    company(unit, "Globex", target=True, hiring="yes", hiring_for="product managers")
    ids = {
        "sam": person(unit, "Sam Support", "Beta", status="laid-off", status_on="2026-10-01"),
        "rita": person(unit, "Rita Referral", "Acme", status="switched-careers"),
        "nora": person(unit, "Nora Nothiring", "beta"),  # folded: Beta's status holds
        "hank": person(unit, "Hank Manager", "ACME", strong=False,
                       hiring_manager_for="Product Managers"),
        "carl": person(unit, "Carl Colleague", "Acme"),
        "ava": person(unit, "Ava Advisor", "Umbrella"),
    }  # fmt: skip
    link_contacts(unit, ids["carl"], ids["hank"], NOW, "same team", "strong")
    return ids


def test_one_contact_per_class_first_match_wins(unit: Unit, network: dict[str, int]) -> None:
    found = who_would_i_call(unit, TODAY)
    got = {c.person.id: (c.klass.value, c.reason) for c in found.calls}
    ids = network
    assert got == {
        ids["carl"]: ("call-first", "Acme is hiring for product managers; "
                                    "knows the hiring manager Hank Manager"),
        ids["ava"]: ("can-advise", "strength 76: can advise or introduce"),
        ids["hank"]: ("warm-up-first", "strength 0, under 40: warm up first"),
        ids["nora"]: ("not-hiring", "Beta is not hiring (checked 2026-11-22)"),
        ids["rita"]: ("referral-only", "switched careers since 2026-11-22: at best a referral"),
        ids["sam"]: ("support", "laid-off since 2026-10-01: offer support"),
    }  # fmt: skip
    assert [c.klass.value for c in found.calls] == [
        "call-first", "can-advise", "warm-up-first", "not-hiring", "referral-only", "support"
    ]  # fmt: skip
    s = found.summary
    assert s.counts == {k: 1 for k in ("call-first", "can-advise", "warm-up-first",
                                       "not-hiring", "referral-only", "support")}  # fmt: skip
    assert (s.total, s.switched, s.switched_share, s.role) == (6, 1, 0.167, "Product Manager")
    assert s.unreached_targets == ["Globex"]  # Acme is reached through Carl


def test_the_hiring_manager_strong_is_call_first_and_a_role_not_hired_for_is_not_hiring(
    unit: Unit, network: dict[str, int]
) -> None:
    for _ in range(4):
        log_touch(unit, [network["hank"]], TouchInput(kind="coffee", direction="in"), NOW, TODAY)
    found = {c.person.id: c for c in who_would_i_call(unit, TODAY).calls}
    assert found[network["hank"]].reason == (
        "Acme is hiring for product managers; Hank Manager is the hiring manager"
    )
    designers = {c.person.id: c for c in who_would_i_call(unit, TODAY, role="Designer").calls}
    assert designers[network["carl"]].klass.value == "not-hiring"
    assert designers[network["carl"]].reason == (
        "Acme is hiring for product managers, not Designer (checked 2026-11-22)"
    )


def test_a_junior_user_sees_intermediate_and_senior_people_first(unit: Unit) -> None:
    set_my_facts(unit, {"title": "Junior Product Manager"}, NOW)
    junior = person(unit, "Jo Junior", "Umbrella", title="Associate Analyst")
    senior = person(unit, "Sue Senior", "Umbrella", strong=False, title="Senior PM")
    more = person(unit, "Max Mid", "Umbrella", title="Product Manager")
    for _ in range(3):  # Jo is the strongest of all
        log_touch(unit, [junior], TouchInput(kind="coffee", direction="in"), NOW, TODAY)
    log_touch(unit, [senior], TouchInput(kind="coffee", direction="in"), NOW, TODAY)
    found = who_would_i_call(unit, TODAY)
    assert found.summary.junior_first
    advise = [c.person.id for c in found.calls if c.klass.value == "can-advise"]
    assert advise == [more, junior]  # Max (mid) before Jo (junior) although Jo is stronger
    set_my_facts(unit, {"title": "Product Manager"}, NOW)
    advise = [c.person.id for c in who_would_i_call(unit, TODAY).calls
              if c.klass.value == "can-advise"]  # fmt: skip
    assert advise == [junior, more]


def test_companies_filter_keeps_their_people_and_targets(
    unit: Unit, network: dict[str, int]
) -> None:
    found = who_would_i_call(unit, TODAY, companies=["globex", "Beta"])
    assert sorted(c.person.id for c in found.calls) == sorted([network["sam"], network["nora"]])
    assert found.summary.unreached_targets == ["Globex"]
    with pytest.raises(InvalidValue, match="company"):
        who_would_i_call(unit, TODAY, companies=["  "])


def test_one_list_of_target_companies(unit: Unit) -> None:
    add_target(unit, "company", "Initech", 5)
    company(unit, "initech", hiring="no")  # the same company, folded
    company(unit, "Hooli", target=True)
    assert [(t.value, t.at_least) for t in targets(unit) if t.dimension == "company"] == [
        ("Hooli", 3), ("Initech", 5)
    ]  # fmt: skip
    views = list_companies(unit)
    assert [(v.name, v.target, v.hiring, v.at_least) for v in views] == [
        ("Hooli", True, "unknown", 3), ("Initech", True, "no", 5)
    ]  # fmt: skip
    company(unit, "HOOLI", target=False)
    assert [t.value for t in targets(unit) if t.dimension == "company"] == ["Initech"]


def test_company_values_are_checked_and_dated(unit: Unit) -> None:
    with pytest.raises(InvalidValue) as caught:
        company(unit, "Acme", hiring="maybe", size="huge", kind="bank")
    assert [e.field for e in caught.value.errors] == ["hiring", "size", "type"]
    assert list_companies(unit) == []
    company(unit, "Acme", hiring_for="designers", size="51-200", kind="scale-up")
    view = find_company(unit, "acme")
    assert (view.hiring, view.hiring_for, view.hiring_checked_on) == ("yes", "designers", TODAY)
    with pytest.raises(NotFound):
        find_company(unit, "Nowhere Inc")


def test_a_company_page_lists_its_people_by_strength(unit: Unit, network: dict[str, int]) -> None:
    detail = show_company(unit, "acme", TODAY)
    assert [p.name for p in detail.people] == ["Carl Colleague", "Rita Referral", "Hank Manager"]
    assert detail.company.people == 3
    assert {p.names[0] for p in detail.paths} == {"Carl Colleague", "Rita Referral",
                                                  "Hank Manager"}  # fmt: skip


def test_support_them_with_matching_open_opportunities(unit: Unit, network: dict[str, int]) -> None:
    from netgarden.services.opportunities import OppInput, add_opportunity, move_opportunity

    edit_contact(unit, network["sam"], ContactInput(title="Senior Product Manager"), NOW, TODAY)
    pm = add_opportunity(unit, OppInput("PM lead", kind="job", company="Initech",
                                        role="Product Manager"), NOW, TODAY)  # fmt: skip
    add_opportunity(unit, OppInput("Data role", kind="job", role="Data Scientist"), NOW, TODAY)
    taken = add_opportunity(unit, OppInput("Mine", kind="job", role="Product Manager"), NOW, TODAY)
    move_opportunity(unit, taken.opportunity.id, "pursuing", TODAY, NOW)  # not open to share
    found = {c.person.id: c for c in who_would_i_call(unit, TODAY).calls}
    sam = found[network["sam"]]
    assert sam.reason == (
        f"laid-off since 2026-10-01: offer support; share #{pm.opportunity.id} PM lead at Initech"
    )
    assert [o.id for o in sam.share] == [pm.opportunity.id]
