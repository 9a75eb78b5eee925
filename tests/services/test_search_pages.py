"""A search listing (the contacts page, the API) pages through the best matches in rank
order: ranking happens before paging, not after."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from netgarden.domain.views import ListFilter
from netgarden.services.database import Database, Unit
from netgarden.services.generate import generate_network
from netgarden.services.listing import browse
from tests.conftest import TODAY


@pytest.mark.sqlite_only  # FTS5's own ranks (PostgreSQL's agree: tests/store/test_search_pg.py)
def test_the_first_pages_are_the_best_matches_by_bm25(unit: Unit) -> None:
    generate_network(unit, contacts=2_000, touches=8_000, seed=5, end=TODAY, links=0)
    ranks = dict(
        unit.session.execute(
            text(
                "SELECT s.rowid, s.rank FROM contact_search s JOIN contacts c ON c.id = s.rowid "
                "WHERE contact_search MATCH '\"coffee\"*' AND c.archived_at IS NULL"
            )
        ).all()
    )
    assert len(ranks) > 100  # many match: paging matters
    best = sorted(ranks.values())
    first = browse(unit, ListFilter(limit=5), "coffee")
    second = browse(unit, ListFilter(limit=5), "coffee", offset=5)
    assert first.total == len(ranks)
    assert [ranks[row.id] for row in first.rows] == best[:5]
    assert [ranks[row.id] for row in second.rows] == best[5:10]
    api_style = browse(unit, ListFilter(limit=20), "coffee", sort="relevance")
    assert [ranks[row.id] for row in api_style.rows] == best[:20]


def test_a_searchs_ranking_is_kept_for_its_next_pages_until_a_write(
    database: Database,
) -> None:
    from netgarden.services.contacts import ContactInput, add_contact
    from netgarden.services.snapshots import Snapshots
    from tests.conftest import NOW

    searches = Snapshots(8)
    with database.transaction() as unit:
        for n in range(7):
            add_contact(unit, ContactInput(name=f"Coffee Fan {n}", circle="outer"), NOW, TODAY)
    with database.transaction(write=False) as unit:
        first = browse(unit, ListFilter(limit=3), "coffee", searches=searches)
        second = browse(unit, ListFilter(limit=3), "coffee", offset=3, searches=searches)
        inner = browse(unit, ListFilter("inner", limit=3), "coffee", searches=searches)
    # the ranking once, and which of it each filter keeps once
    assert searches.computed == 3
    assert first.total == second.total == 7 and inner.total == 0
    assert not {r.id for r in first.rows} & {r.id for r in second.rows}
    with database.transaction() as unit:
        add_contact(unit, ContactInput(name="Coffee Lover", circle="inner"), NOW, TODAY)
    with database.transaction(write=False) as unit:
        again = browse(unit, ListFilter("inner", limit=3), "coffee", searches=searches)
    assert [r.name for r in again.rows] == ["Coffee Lover"]  # ranked again after the write
    assert searches.computed == 5
