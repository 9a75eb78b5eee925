"""`export markdown`'s "Professional Network.md" in seeds/000's shape (issue 15)."""

from __future__ import annotations

import datetime as dt

from netgarden.services.database import Unit
from netgarden.services.exporting import markdown_files
from tests.practice.conftest import NOW, person, touch

DAY = dt.date(2026, 11, 15)


def test_the_area_note_has_the_seeds_sections_and_goals_as_checkboxes(unit: Unit) -> None:
    from netgarden.services.goals import apply_preset

    apply_preset(unit, "para", DAY, NOW)
    ana = person(unit, "Ana Inner", "inner")
    for on in ("2026-10-05", "2026-10-20", "2026-11-02"):
        touch(unit, ana, on, "informational-interview")
    note = markdown_files(unit, DAY)["Professional Network.md"]
    headings = [line for line in note.splitlines() if line.startswith("## ")]
    assert headings == ["## Overview & Principles", "## Current Focus Areas",
                        "## Success Metrics", "## Maintenance Practices",
                        "## Last Review"]  # fmt: skip
    assert "### Q4 2026 Goals" in note
    assert ("- [ ] Conduct 20+ informational interviews with industry leaders — 3 of 20, "
            "behind by ") in note  # fmt: skip
    assert "**Last Review:** 2026-11-15" in note and "Inner circle: [[Ana Inner]]" in note
    for metric in ("Network Growth", "Engagement Level", "Value Exchange",
                   "Opportunities Generated"):  # fmt: skip
        assert f"- **{metric}** - " in note
    assert "### Weekly (Week 46 of 2026)" in note and "### Quarterly (Q4 2026)" in note
