from __future__ import annotations

from netgarden.services.contacts import ContactInput, add_contact, set_archived
from netgarden.services.database import Unit
from netgarden.services.touches import TouchInput, log_touch
from netgarden.store.search import fts_query
from tests.conftest import NOW, TODAY


def add(unit: Unit, name: str, **fields: str) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)


def names(unit: Unit, query: str) -> list[str]:
    return [hit.name for hit in unit.search.query(query, 20)]


def test_user_text_never_reaches_fts_syntax() -> None:
    assert fts_query('NEAR(a b) OR "x" AND -y*') == '"NEAR"* "a"* "b"* "OR"* "x"* "AND"* "y"*'
    assert fts_query("  ...  ") == ""


def test_finds_names_companies_titles_fields_and_touch_notes(unit: Unit) -> None:
    priya = add(unit, "Priya Raman", company="Lumina AI", title="Head of AI")
    add(unit, "Sam Lee", interests="climate tech", notes="met through the climbing gym")
    log_touch(unit, [priya], TouchInput("coffee", note="evals for agent workflows"), NOW, TODAY)
    assert names(unit, "priya") == ["Priya Raman"]
    assert names(unit, "lumina") == ["Priya Raman"]
    assert names(unit, "head ai") == ["Priya Raman"]
    assert names(unit, "climate") == ["Sam Lee"]
    assert names(unit, "climb") == ["Sam Lee"]
    assert names(unit, "agent workflows") == ["Priya Raman"]
    assert names(unit, "nobody") == []


def test_names_rank_above_mentions_in_notes(unit: Unit) -> None:
    add(unit, "Jordan Park", notes="knows Morgan well")
    add(unit, "Morgan Blake")
    assert names(unit, "morgan") == ["Morgan Blake", "Jordan Park"]


def test_accents_do_not_matter(unit: Unit) -> None:
    add(unit, "José Álvarez")
    assert names(unit, "jose alvarez") == ["José Álvarez"]


def test_archived_contacts_are_left_out_unless_asked(unit: Unit) -> None:
    gone = add(unit, "Old Friend")
    set_archived(unit, gone, True, NOW)
    assert names(unit, "old friend") == []
    assert [h.name for h in unit.search.query("old friend", 5, include_archived=True)] == [
        "Old Friend"
    ]


def test_snippets_mark_the_match(unit: Unit) -> None:
    add(unit, "Ada Lovelace", notes="Wrote about the analytical engine")
    [hit] = unit.search.query("analytical", 5)
    assert "[analytical]" in hit.marked()
