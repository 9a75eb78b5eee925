"""The matcher's same-name lookups are indexed (issue 18): they answer exactly what
scanning every contact of that name answered, also after an import fills a contact's
company or LinkedIn URL in place, and a name thousands share costs no scan."""

from __future__ import annotations

import time
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from netgarden.domain.normalize import fold
from netgarden.formats.records import PersonRecord
from netgarden.services.matching import Matcher

NAMES = ("Ada Lovelace", "ada  LOVELACE", "Grace Hopper", "Alan Turing")
COMPANIES = (None, "", "Acme", "acme ", "Initech")
URLS = (None, "https://www.linkedin.com/in/x", "https://www.linkedin.com/in/y")


def scanned(matcher: Matcher, record: PersonRecord) -> tuple[int, str] | None:
    """The scan the index replaced: every contact of the name, in the order indexed."""
    name, company = fold(record.name), fold(record.company)
    same = [
        c for c in matcher.by_name.get(name, [])
        if not (record.linkedin_url and matcher.rows[c].get("linkedin_url"))
    ]  # fmt: skip
    for c in same:
        if company and fold(matcher.rows[c].get("company")) == company:
            return c, "same name and company"
    return (same[0], "same name, company differs or unknown") if same else None


contacts = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(COMPANIES), st.sampled_from(URLS)),
    max_size=12,
)
fills = st.lists(
    st.tuples(st.integers(0, 11), st.sampled_from(COMPANIES), st.sampled_from(URLS)), max_size=6
)
records = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(COMPANIES), st.sampled_from(URLS)),
    min_size=1,
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(people=contacts, filled=fills, asked=records)
def test_the_index_answers_what_the_scan_did(
    people: list[tuple[str, Any, Any]],
    filled: list[tuple[int, Any, Any]],
    asked: list[tuple[str, Any, Any]],
) -> None:
    matcher = Matcher()
    for i, (name, company, url) in enumerate(people):
        matcher.add(100 - i, fold(name), {"company": company, "linkedin_url": url})
    for index, company, url in filled:  # an import fills empty fields in place
        if index < len(people):
            contact_id = 100 - index
            existing = matcher.fields(contact_id)
            changes = {"company": company, "linkedin_url": url}
            existing.update({k: v for k, v in changes.items() if v and not existing.get(k)})
            # as the import does: a profile filled in is known by it from then on
            url_now = existing.get("linkedin_url")
            matcher.remember(contact_id, PersonRecord("f", 1, people[index][0],
                                                      linkedin_url=url_now))  # fmt: skip
    for name, company, url in asked:
        record = PersonRecord("f", 1, name, company=company, linkedin_url=url)
        if url in matcher.by_linkedin:
            continue  # matched by its profile, before any name
        found = matcher.match(record, "US")
        answer = None if found is None else (found.contact_id, found.evidence)
        expected = scanned(matcher, record)
        if expected is None:  # no one of the name: perhaps a near name, never "same name"
            assert answer is None or not answer[1].startswith("same name")
        else:
            assert answer == expected


def test_a_name_thousands_share_is_one_lookup() -> None:
    matcher = Matcher()
    for i in range(20_000):
        matcher.add(i, "priya patel", {"company": f"co {i}", "linkedin_url": f"u{i}"})
    record = PersonRecord("f", 1, "Priya Patel", company="co 19999", linkedin_url=None)
    start = time.perf_counter()
    for _ in range(2000):
        found = matcher.match(record, "US")
    took = time.perf_counter() - start
    assert found is not None and found.contact_id == 19_999
    # a scan of 20,000 contacts 2,000 times takes seconds; the lookups take milliseconds
    assert took < 0.5, f"{took:.2f} s"
