"""Names at the same company that may be one person: spacing, hyphens and apostrophes, word
order and one typo are duplicate candidates on import, on add and in `dupes`; the demo and
generated networks hold none by accident."""

from __future__ import annotations

import random

import pytest

from netgarden.domain.duplicates import Named, likeness, similar_pairs
from netgarden.domain.normalize import fold
from netgarden.services import sample_data
from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Unit
from netgarden.services.generate import NameBook, generate_network
from netgarden.services.importing import import_sources, open_sources
from netgarden.services.merge import duplicate_pairs, duplicates_of
from tests.conftest import FIXTURES, NOW, TODAY


def add(unit: Unit, name: str, company: str | None = "Lumina AI", **fields: object) -> int:
    data = ContactInput(name=name, company=company, **fields)  # type: ignore[arg-type]
    return add_contact(unit, data, NOW, TODAY)


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Fatima Al Sayed", "Fatima Al-Sayed", True),
        ("Sean O'Brien", "Sean OBrien", True),
        ("Priya Raman", "Priya Ramen", True),  # one letter changed
        ("Priya Raman", "Priya Rmaan", True),  # two neighbours swapped
        ("Priya Raman", "Priya Ramann", True),  # one letter added
        ("Raman Priya", "Priya Raman", True),  # another order
        ("José Pérez", "Jose Perez", True),
        ("Ana Cohen", "Anika Cohen", False),  # two letters: two people
        ("Bo Li", "Bo Lu", False),  # too short to call it a typo
        ("Priya Raman", "Priya Rahman-Patel", False),
    ],
)
def test_the_likeness_rule(a: str, b: str, alike: bool) -> None:
    assert (likeness(a, b) is not None) is alike
    assert (likeness(b, a) is not None) is alike


def test_import_lists_spacing_and_typo_variants_at_the_same_company(unit: Unit) -> None:
    fatima, priya = add(unit, "Fatima Al Sayed"), add(unit, "Priya Raman")
    sean = add(unit, "Sean O'Brien")
    add(unit, "Ana Cohen")
    sources = open_sources([FIXTURES / "near-duplicates.vcf"], None, None)
    summary = import_sources(unit, sources, NOW)
    assert (summary.created, summary.duplicates) == (4, 3)
    pairs = {(p.contact_name, p.other_name) for p in duplicate_pairs(unit)}
    assert pairs == {
        ("Fatima Al Sayed", "Fatima Al-Sayed"),
        ("Priya Raman", "Priya Ramen"),
        ("Sean O'Brien", "Sean OBrien"),
    }
    assert {p.contact_id for p in duplicate_pairs(unit)} == {fatima, priya, sean}


def test_dupes_lists_what_was_added_by_hand(unit: Unit) -> None:
    raman = add(unit, "Priya Raman")
    ramen = add(unit, "Priya Ramen")
    same = add(unit, "Jonas Nguyen", "Brightpath Learning")
    again = add(unit, "Jonas Nguyen", "Brightpath learning ")
    add(unit, "Priya Raman", "Elsewhere Inc")  # another company: not by this rule
    add(unit, "Sam Lee", None)
    add(unit, "Sam Lee", None)  # no company to tell: not by this rule either
    profile = "https://www.linkedin.com/in/"
    add(unit, "Mia Wong", linkedin=profile + "mia-wong-1")
    add(unit, "Mia Wong", linkedin=profile + "mia-wong-2")  # two profiles: two people
    found = [(p.contact_id, p.other_id, p.evidence) for p in duplicate_pairs(unit)]
    assert found == [
        (same, again, "same name and company"),
        (raman, ramen, "same company; the names are one typo apart"),
    ]
    assert [c.id for c in duplicates_of(unit, ramen)] == [raman]
    assert [c.id for c in duplicates_of(unit, again)] == [same]


def test_the_demo_and_a_generated_network_hold_no_duplicates(unit: Unit) -> None:
    generate_network(unit, contacts=2_000, touches=0, seed=7, end=TODAY, links=0)
    people = [Named(*row) for row in unit.contacts.active_names()]
    assert len({(fold(p.name), fold(p.company)) for p in people}) == len(people) == 2_000
    assert duplicate_pairs(unit) == []


def test_names_as_crowded_as_in_a_30000_network_hold_no_two_people_who_may_be_one() -> None:
    # 30,000 people put 1,500 at each of the 20 companies; four such companies show it
    rng = random.Random(1)
    book = NameBook()
    people = []
    for number in range(6_000):
        company = rng.choice(sample_data.COMPANIES[:4])[0]
        drawn = rng.choice(sample_data.FIRST_NAMES), rng.choice(sample_data.LAST_NAMES)
        people.append(Named(number, book.claim(company, *drawn), company))
    assert len({(fold(p.name), p.company) for p in people}) == 6_000
    assert similar_pairs(people) == []
