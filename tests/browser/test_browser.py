"""The main paths in a real browser: Today, logging from the agenda, adding, searching,
importing, reading a timeline, and user text that must stay inert."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.conftest import FIXTURES


def test_today_shows_the_agenda_and_logs_a_touch_in_place(page: Any) -> None:
    page.goto("/")
    assert page.get_by_role("heading", name="Today").is_visible()
    first = page.locator("li.agenda-item[data-item]").first
    name = first.locator(".who a").inner_text()
    first.click()  # the line is the shared action bar's
    page.locator("#bar-kind").select_option("coffee")
    page.locator("#bar-note").fill("caught up on evals")
    page.locator("#action-bar").get_by_role("button", name="Log").click()
    status = page.get_by_role("status").first
    status.wait_for()
    assert f"Logged coffee with {name}" in " ".join(status.inner_text().split())  # wraps
    page.get_by_role("link", name=name).first.click()
    page.get_by_role("tab", name="Timeline").click()  # the contact page's Timeline tab
    assert "caught up on evals" in page.locator("#timeline").inner_text()


def test_quick_capture_proposes_and_confirms(page: Any) -> None:
    page.goto("/")
    page.get_by_label("What happened?").fill("lunch with Priya yesterday about the roadmap")
    page.get_by_role("button", name="Propose").click()
    page.get_by_role("button", name="Confirm").wait_for()
    assert page.locator("#capture-kind").input_value() == "coffee"
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert page.locator("#capture-on").input_value() == yesterday
    # several Priyas: the proposal lists them, chooses none, and asks the user to choose
    choice = page.get_by_label("Priya Raman (Lumina AI)")
    assert not choice.is_checked()
    page.get_by_role("button", name="Confirm").click()
    page.locator("#e-person-0").wait_for()
    assert "Choose who “Priya” is." in page.locator("#e-person-0").inner_text()
    page.get_by_label("Priya Raman (Lumina AI)").check()
    page.get_by_role("button", name="Confirm").click()
    status = page.get_by_role("status").first
    status.wait_for()
    assert f"Logged coffee with Priya Raman on {yesterday}" in " ".join(status.inner_text().split())
    page.goto("/contacts?q=priya+raman")
    page.get_by_role("link", name="Priya Raman").click()
    page.get_by_role("tab", name="Timeline").click()
    assert "the roadmap" in page.locator("#timeline").inner_text()


def test_add_a_contact_with_a_mistake_then_fix_it(page: Any) -> None:
    page.goto("/contacts/new")
    page.get_by_label("Name").fill("Grace Hopper")
    page.get_by_label("Company").fill("US Navy")
    page.get_by_label("Birthday").fill("1906-13-09")
    page.get_by_role("button", name="Add").click()
    error = page.locator("#e-birthday")
    assert "is not a birthday" in error.inner_text()
    assert page.get_by_label("Name").input_value() == "Grace Hopper"
    page.get_by_label("Birthday").fill("1906-12-09")
    page.get_by_role("button", name="Add").click()
    page.get_by_role("heading", level=1, name="Grace Hopper").wait_for()
    assert "US Navy" in page.locator(".lead").inner_text()


def test_search_as_you_type(page: Any) -> None:
    page.goto("/contacts")
    page.get_by_label("Search").fill("lumina")
    page.wait_for_function("document.querySelector('#results').innerText.includes('matching')")
    rows = page.locator("#results tbody tr")
    assert rows.count() >= 1
    assert "Priya Raman" in page.locator("#results").inner_text()
    assert "lumina" in page.url


def test_a_search_says_it_is_sorted_by_relevance_and_can_sort_by_name(page: Any) -> None:
    page.goto("/contacts")
    sort = page.get_by_label("Sort")
    assert sort.locator("option").all_inner_texts() == ["name", "recent", "company"]
    page.get_by_label("Search").fill("lumina")
    page.wait_for_function("document.querySelector('#sort option').textContent === 'relevance'")
    assert sort.evaluate("s => s.selectedOptions[0].textContent") == "relevance"
    sort.focus()
    sort.select_option(label="name")  # the select is replaced: focus stays on it
    page.wait_for_url("**sort=name**")
    page.wait_for_function("document.activeElement.id === 'sort'")
    names = page.locator("#results tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.casefold)
    assert sort.evaluate("s => s.selectedOptions[0].textContent") == "name"


def test_upload_an_import_preview_and_confirm(page: Any, tmp_path: Path) -> None:
    export = tmp_path / "Connections.csv"
    export.write_bytes((FIXTURES / "linkedin" / "Connections.csv").read_bytes())
    page.goto("/import")
    page.get_by_label("LinkedIn export").set_input_files(str(export))
    page.get_by_role("button", name="Preview").click()
    assert "Preview: nothing is written yet" in page.content()
    page.get_by_role("button", name="Confirm import").click()
    assert page.get_by_role("heading", name="Imported").is_visible()
    page.goto("/contacts?q=alan+turing")
    page.get_by_role("link", name="Alan Turing").click()
    assert "NPL" in page.locator(".lead").inner_text()


def test_a_contacts_timeline_reads_newest_first(page: Any) -> None:
    page.goto("/contacts?sort=recent")
    page.locator("#results tbody tr a").first.click()
    page.get_by_role("tab", name="Timeline").click()
    page.locator("#timeline time").first.wait_for()  # the tab's panel arrives by HTMX
    dates = page.locator("#timeline time").evaluate_all("all => all.map(t => t.dateTime)")
    assert dates and dates == sorted(dates, reverse=True)


def test_script_in_user_text_never_runs(page: Any) -> None:
    page.goto("/contacts/new")
    page.get_by_label("Name").fill('<img src=x onerror="alert(1)"> Mallory')
    page.get_by_label("Notes (Markdown)").fill("<script>alert(2)</script> **hi**")
    page.get_by_role("button", name="Add").click()
    page.get_by_role("heading", level=1, name="Mallory").wait_for()
    for url in ("/", "/contacts?q=mallory", page.url):
        page.goto(url)
        page.wait_for_timeout(200)
    assert page.alerts == []
    assert page.locator("img[src=x]").count() == 0


def test_usable_at_a_phones_width(browser: Any, server: str) -> None:
    context = browser.new_context(base_url=server, viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto("/")
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Skip to content"
    context.close()


def test_the_network_graph_draws_and_the_board_moves_an_introduction(page: Any) -> None:
    page.goto("/network?circle=inner")
    assert page.locator("#graph").is_hidden()  # the library loads only when asked
    page.get_by_role("button", name="Draw the interactive graph").click()
    page.wait_for_selector("#graph canvas", timeout=15_000)
    page.goto("/introductions")
    page.get_by_label("Introduce").fill("Priya Raman")
    page.get_by_label("to", exact=True).fill("1")
    page.get_by_label("because").fill("both work on evals")
    page.get_by_role("button", name="Propose", exact=True).first.click()
    page.locator("#state-proposed").get_by_text("both work on evals").wait_for()
    page.locator("#state-proposed").get_by_role("button", name="→ asked-a").first.click()
    page.locator("#state-asked-a").get_by_text("both work on evals").wait_for()


def test_a_refused_log_on_today_says_why_in_place(page: Any) -> None:
    """htmx 2 ignores 4xx answers unless told: the row must show the message, not nothing."""
    page.goto("/")
    page.locator("li.agenda-item[data-item]").nth(1).click()
    page.locator("#bar-kind").evaluate(
        "select => { select.add(new Option('lunch', 'lunch')); select.value = 'lunch'; }"
    )
    page.locator("#action-bar").get_by_role("button", name="Log").click()
    alert = page.locator("li.agenda-item.error[role=alert]")
    alert.wait_for()
    assert "kind: 'lunch' is not accepted" in alert.inner_text()
