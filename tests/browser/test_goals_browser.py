"""Goals in a real browser: a mistake shown beside its field, a goal added, a seed's preset
added, its progress bars with their pace, a manual goal ticked and a goal removed."""

from __future__ import annotations

from typing import Any


def test_add_a_goal_a_preset_tick_and_remove(page: Any) -> None:
    page.goto("/")
    page.get_by_role("link", name="Goals").click()
    page.get_by_role("heading", name="Goals").wait_for()
    page.get_by_label("Goal", exact=True).fill("Coffee with the team")
    page.get_by_label("Metric").select_option("coffee-meetings")
    page.get_by_label("Target", exact=True).fill("5-2")
    page.get_by_role("button", name="Add the goal").click()
    assert "a range's top is above its low end" in page.locator("#e-target").inner_text()
    assert page.get_by_label("Goal", exact=True).input_value() == "Coffee with the team"
    page.get_by_label("Target", exact=True).fill("2-4")
    page.get_by_label("Period", exact=True).select_option("month")
    page.get_by_role("button", name="Add the goal").click()
    row = page.locator("#goal-1")
    row.wait_for()
    assert "of 2-4" in row.inner_text()
    page.get_by_label("Preset", exact=True).select_option("workshop-plan")
    page.get_by_role("button", name="Add its goals").click()
    page.locator("#goal-13").wait_for()
    meters = page.get_by_role("meter")
    assert meters.count() == 13
    assert "0 of 1" in (meters.nth(1).get_attribute("aria-label") or "")
    page.get_by_label("Count for Update LinkedIn profile").fill("1")
    page.locator("#goal-2").get_by_role("button", name="Set").click()
    page.locator("#goal-2").wait_for()
    assert "1 of 1, done" in (
        page.locator("#goal-2 [role=meter]").get_attribute("aria-label") or ""
    )
    page.get_by_role("button", name="Remove Coffee with the team").click()
    page.locator("#goal-2").wait_for()
    assert page.locator("#goal-1").count() == 0
