"""Drafting in a real browser: from the contact page, choose a template, fill what the
preview marks missing, log it."""

from __future__ import annotations

from typing import Any

PRIYA = 121  # the server's network has 120 generated people, then Priya Raman


def test_draft_from_the_contact_page_fix_the_missing_and_log_it(page: Any) -> None:
    page.goto(f"/contacts/{PRIYA}")
    page.locator("#draft-to-contact").click()
    page.get_by_role("heading", name="Draft a message").wait_for()
    page.get_by_label("Template").select_option("follow-up")
    page.get_by_label("[topic]").wait_for()
    missing = page.locator("#draft-preview mark.missing")
    assert missing.first.inner_text() == "[event]"
    # fill what the preview marks, one by one, until it says the draft is ready
    values = {"event": "AI Summit", "topic": "evals", "specific point": "LLM judges",
              "resource": "paper"}  # fmt: skip
    for name, value in values.items():
        page.get_by_label(f"[{name}]", exact=True).fill(value)
    page.locator("#draft-ready").wait_for()
    assert page.locator("#draft-preview mark.missing").count() == 0
    text = page.locator("#draft-text").inner_text()
    assert text.startswith("Hi Priya, Great meeting you at AI Summit ")
    assert "Here's the paper I mentioned." in text
    page.get_by_role("button", name="Log it").click()
    logged = page.locator("#draft-logged")
    logged.wait_for()
    assert "Logged as a message to Priya Raman" in logged.inner_text()
    page.goto(f"/contacts/{PRIYA}")
    assert "Great meeting you at AI Summit" in page.locator("main").inner_text()
