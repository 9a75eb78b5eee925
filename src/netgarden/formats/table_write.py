"""Writing the network as one CSV row per contact."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from netgarden.domain.views import ContactView

# The columns written, by name (an allowlist): a field added to contacts later (a private
# note, an owner) is not exported until it is named here.
COLUMNS = (
    "id", "name", "company", "title", "emails", "phones", "linkedin_url", "circle",
    "cadence_days", "tags", "birthday", "location", "industry", "function", "seniority",
    "how_met", "met_on", "met_at", "connected_on", "personal", "interests", "help_them",
    "help_me", "notes", "last_touch_on", "next_due_on", "archived",
)  # fmt: skip


def write(contacts: Iterable[ContactView]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for c in contacts:
        fields = c.only(COLUMNS)
        values = {
            "id": c.id, "name": c.name, "emails": "; ".join(c.emails),
            "phones": "; ".join(c.phones), "circle": c.circle, "cadence_days": c.cadence_days,
            "tags": "; ".join(c.tags), "last_touch_on": c.last_touch_on,
            "next_due_on": c.next_due_on, "archived": "yes" if c.archived else "",
        }  # fmt: skip
        writer.writerow(
            ["" if (v := values.get(k, fields[k])) is None else str(v) for k in COLUMNS]
        )
    return buffer.getvalue()
