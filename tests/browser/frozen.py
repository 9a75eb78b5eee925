"""A server whose "today" is fixed, on the generated network with a fixed seed, so that
screenshots and accessibility checks see the same pages every day; and the pages to check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

TODAY = dt.date(2026, 6, 15)
NOW = dt.datetime(2026, 6, 15, 9, 0)
# every page of the app, by a short name (the contact page once per tab)
PAGES = {
    "today": "/",
    "contacts": "/contacts",
    "contact": "/contacts/{priya}",
    "contact-timeline": "/contacts/{priya}?tab=timeline",
    "contact-network": "/contacts/{priya}?tab=network",
    "contact-value": "/contacts/{priya}?tab=value",
    "contact-edit": "/contacts/{priya}/edit",
    "contact-new": "/contacts/new",
    "dashboard": "/dashboard",
    "import": "/import",
    "export": "/export",
    "settings": "/settings",
    "introductions": "/introductions",
    "network": "/network",
    "events": "/events",
    "styleguide": "/styleguide",
    "call-list": "/call-list",  # issue 16
    "reviews": "/reviews",  # issue 11: the charts drawn by the server
    "matrix-point": "/reviews/matrix?influence=2&accessibility=2",
    "triage": "/triage",
    "review-week": "/reviews/week",
    "roi": "/roi",
}


def frozen_server(folder: Path) -> Iterator[tuple[str, int]]:
    """The app on loopback with today fixed; yields its URL and Priya's contact id."""

    from netgarden.services.contacts import ContactInput, add_contact
    from netgarden.services.database import open_database
    from netgarden.services.generate import generate_network
    from netgarden.services.ledger import EntryInput, record_entry
    from netgarden.services.touches import TouchInput, log_touch
    from netgarden.web import deps

    patch = pytest.MonkeyPatch()
    patch.setattr(deps, "today", lambda: TODAY)
    patch.setattr(deps, "now", lambda: NOW)
    db = folder / "n.db"
    database = open_database(db)
    with database.transaction() as unit:
        generate_network(unit, contacts=120, touches=900, seed=4, end=TODAY)
        person = ContactInput(name="Priya Raman", company="Lumina AI", circle="inner",
                              title="Head of Research", met_on="2025-05-11",
                              how_met="Panel at a conference", help_them="Hiring leads",
                              emails=["priya@example.org"], phones=["+44 20 7946 0018"],
                              birthday="1988-03-04", notes="Prefers *mornings*.")  # fmt: skip
        priya = add_contact(unit, person, NOW, TODAY)
        for on, kind in (("2026-06-01", "coffee"), ("2026-04-20", "call")):
            log_touch(unit, [priya], TouchInput(kind, on, None, "caught up"), NOW, TODAY)
        record_entry(unit, priya, EntryInput("give", "introduction", "to a founder", None),
                     NOW, TODAY)  # fmt: skip
    database.close()
    from tests.browser.conftest import serving

    with serving(db) as url:
        yield url, priya
    patch.undo()
