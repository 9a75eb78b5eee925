"""Career resilience in a real browser (issue 16): the Career link opens who would I call
with every class and the summary; a company page; a job change accepted from the review
list becomes a congratulation on Today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import serving

CLASSES = ("call-first", "can-advise", "warm-up-first", "not-hiring", "referral-only", "support")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from netgarden.services.database import open_database
    from netgarden.services.demo_career import plant_career
    from netgarden.services.generate import generate_network
    from netgarden.services.profile import set_my_facts

    db = tmp_path_factory.mktemp("career") / "n.db"
    database = open_database(db)
    today, now = dt.date.today(), dt.datetime.now()
    with database.transaction() as unit:
        generate_network(unit, contacts=300, touches=3000, seed=7, end=today)
        set_my_facts(unit, {"title": "Product Manager"}, now)
        assert plant_career(unit, 7, today, now) > 0
    database.close()
    with serving(db) as url:
        yield url


def test_the_call_list_shows_every_class_and_the_summary(page: Any) -> None:
    page.goto("/")
    page.get_by_role("link", name="Career").click()
    page.wait_for_url("**/call-list")
    assert page.locator("h1").inner_text().startswith("Who would I call?")
    for klass in CLASSES:
        assert page.locator(f"section#{klass} tbody tr").count() > 0, klass
    assert page.locator("#switched").inner_text().endswith("seeds/004 saw about 10%.")
    assert page.locator("#unreached li").count() >= 1
    page.screenshot(path="/tmp/career-call-list.png", full_page=False)
    page.locator("#call-first tbody tr a").first.click()
    page.wait_for_url("**/contacts/*")
    assert page.locator("#career-title").is_visible()


def test_a_company_page_and_its_filter(page: Any) -> None:
    page.goto("/companies")
    page.locator("#companies tbody a").first.click()
    page.wait_for_url("**/companies/*")
    assert page.locator("#people tbody tr").count() > 0
    page.get_by_role("link", name="Who would I call there?").click()
    page.wait_for_url("**/call-list?company=*")
    cells = page.locator("section.card tbody td:nth-child(2)").all_inner_texts()
    companies = {c.strip() for c in cells}
    assert len(companies) == 1


def test_accepting_a_job_change_puts_a_congratulation_on_today(page: Any) -> None:
    page.goto("/changes")
    first = page.locator("#changes li").first
    name = first.locator("a").first.inner_text()
    first.get_by_role("button", name="Accept").click()
    page.wait_for_url("**/changes?done=*")
    assert "accepted" in page.locator("#decided").inner_text()
    page.goto("/")
    assert page.locator("li.reason-congratulate", has_text=name).count() == 1
