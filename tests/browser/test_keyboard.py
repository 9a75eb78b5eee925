"""Keyboard first: every shortcut, and the command palette finding a person by a name
typed wrong and logging a touch with them."""

from __future__ import annotations

from typing import Any


def current(page: Any) -> str:
    return str(page.evaluate("document.querySelector('[data-item].current')?.id"))


def test_j_and_k_move_with_focus_visible(page: Any) -> None:
    page.goto("/")
    ids = page.eval_on_selector_all("[data-item]", "rows => rows.map(r => r.id)")
    page.keyboard.press("j")
    assert current(page) == ids[0]
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert current(page) == ids[2]
    page.keyboard.press("k")
    assert current(page) == ids[1]
    focused = page.evaluate("document.activeElement.closest('[data-item]').id")
    assert focused == ids[1]
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_l_logs_with_the_bar_and_enter_sends_it(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("j")
    row = current(page)
    name = page.locator(f"#{row}").get_attribute("data-name")
    page.keyboard.press("l")
    assert page.evaluate("document.activeElement.id") == "bar-note"
    page.keyboard.type("sent the paper")
    page.keyboard.press("Enter")
    page.locator(f"#{row}[role=status]").wait_for()
    assert f"Logged message with {name}" in page.locator(f"#{row}").inner_text()
    assert current(page) not in ("", row)  # on to the next line


def test_s_snoozes_the_current_line(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("j")
    row = current(page)
    name = page.locator(f"#{row}").get_attribute("data-name")
    page.keyboard.press("s")
    page.locator(f"#{row}[role=status]").wait_for()
    said = " ".join(page.locator(f"#{row}").inner_text().split())  # a grid line: one text
    assert f"Snoozed {name} until" in said


def test_o_opens_the_current_person(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("j")
    page.keyboard.press("j")
    contact = page.locator(f"#{current(page)}").get_attribute("data-contact")
    page.keyboard.press("o")
    page.wait_for_url(f"**/contacts/{contact}")


def test_question_mark_shows_the_shortcuts(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("?")
    dialog = page.locator("#shortcuts")
    assert dialog.is_visible() and "Snooze" in dialog.inner_text()
    page.keyboard.press("Escape")
    assert not dialog.is_visible()


def test_the_palette_jumps_to_a_page_and_to_a_person(page: Any) -> None:
    page.goto("/")
    page.keyboard.press("Control+k")
    page.locator("#palette-input").fill("dashb")
    page.locator("#palette-results li[aria-selected=true]", has_text="Dashboard").wait_for()
    page.keyboard.press("Enter")
    page.wait_for_url("**/dashboard")
    page.keyboard.press("/")
    page.locator("#palette-input").fill("prya ramn")
    first = page.locator("#palette-results li[aria-selected=true]")
    first.filter(has_text="Priya Raman").wait_for()
    page.keyboard.press("Enter")
    page.get_by_role("heading", level=1, name="Priya Raman").wait_for()


def test_the_palette_logs_coffee_with_a_fuzzy_name(page: Any) -> None:
    page.goto("/contacts")
    page.keyboard.press("/")
    page.locator("#palette-input").fill("log coffee with prya raman")
    chosen = page.locator("#palette-results li[aria-selected=true]")
    chosen.filter(has_text="Log coffee with Priya Raman").wait_for()
    page.keyboard.press("Enter")
    toast = page.locator("#toasts .toast", has_text="Logged coffee with Priya Raman.")
    toast.wait_for()
    assert toast.get_by_role("button", name="Undo").is_visible()
    page.goto("/contacts?q=priya+raman")
    page.get_by_role("link", name="Priya Raman").first.click()
    page.get_by_role("tab", name="Timeline").click()  # the contact page's Timeline tab
    assert "coffee" in page.locator("#timeline").inner_text()
