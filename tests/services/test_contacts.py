from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.views import ListFilter
from netgarden.errors import AmbiguousContact, InvalidValue, NotFound, UnknownContact
from netgarden.services.contacts import ContactInput, add_contact, edit_contact, show_contact
from netgarden.services.database import Unit
from netgarden.services.listing import list_contacts
from netgarden.services.lookup import resolve_contact
from tests.conftest import NOW, TODAY


def add(unit: Unit, name: str, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def test_add_keeps_every_crm_field(unit: Unit) -> None:
    contact_id = add(
        unit,
        "  Priya   Raman ",
        company="Lumina AI",
        title="Head of AI",
        how_met="Worked together at Finch",
        met_on="2021-03-04",
        met_at="AI Product Summit",
        personal="two kids; trail running",
        interests="LLM evaluation",
        help_them="intros to hiring managers",
        help_me="advice on AI PM",
        notes="prefers mornings",
        location="Toronto",
        industry="AI",
        function="Data Science",
        seniority="senior",
        birthday="1988-11-25",
        linkedin="https://linkedin.com/in/Priya-Raman/",
        circle="Inner",
        every=21,
        emails=["Priya@Lumina.AI"],
        phones=["+1 (415) 555-0142"],
        tags=["AI", "former colleague"],
    )
    detail = show_contact(unit, contact_id, TODAY)
    assert detail.name == "Priya Raman"
    assert detail.fields["met_on"] == dt.date(2021, 3, 4)
    assert detail.fields["personal"] == "two kids; trail running"
    assert detail.fields["help_them"] == "intros to hiring managers"
    assert detail.fields["linkedin_url"] == "https://www.linkedin.com/in/priya-raman"
    assert detail.fields["birthday"] == "1988-11-25"
    assert detail.emails == ["Priya@lumina.ai"]
    assert detail.phones == ["+1 (415) 555-0142"]
    assert detail.tags == ["ai", "former-colleague"]
    assert (detail.circle, detail.cadence_days, detail.cadence_source) == ("inner", 21, "contact")
    assert detail.next_due_on == dt.date(2021, 3, 25)


def test_an_email_belongs_to_one_contact(unit: Unit) -> None:
    first = add(unit, "Ada", emails=["ada@example.com"])
    with pytest.raises(InvalidValue, match=f"already belongs to Ada \\(#{first}\\)"):
        add(unit, "Other Ada", emails=["ADA@example.com"])


def test_edit_changes_clears_and_removes(unit: Unit) -> None:
    contact_id = add(unit, "Ada", company="Acme", emails=["a@x.io"], tags=["one"], every=10)
    edit_contact(
        unit,
        contact_id,
        ContactInput(
            company="",
            title="CTO",
            every=0,
            emails=["b@x.io"],
            remove_emails=["A@X.IO"],
            tags=["two"],
            remove_tags=["one"],
        ),
        NOW,
        TODAY,
    )
    detail = show_contact(unit, contact_id, TODAY)
    assert detail.fields["company"] is None
    assert detail.fields["title"] == "CTO"
    assert (detail.cadence_days, detail.emails, detail.tags) == (None, ["b@x.io"], ["two"])


def test_removing_what_is_not_there_is_an_error(unit: Unit) -> None:
    contact_id = add(unit, "Ada")
    with pytest.raises(InvalidValue, match="remove_emails"):
        edit_contact(unit, contact_id, ContactInput(remove_emails=["no@x.io"]), NOW, TODAY)


def test_edit_with_nothing_to_change_says_so_and_changes_nothing(unit: Unit) -> None:
    contact_id = add(unit, "Ada")
    assert ContactInput().asks_nothing() and not ContactInput(company="").asks_nothing()
    assert not ContactInput(remove_tags=["x"]).asks_nothing()
    before = show_contact(unit, contact_id, TODAY)
    assert edit_contact(unit, contact_id, ContactInput(), NOW, TODAY) == before


@pytest.mark.parametrize(
    ("field", "value", "option"),
    [
        ("circle", "closest", "circle"),
        ("birthday", "31-31", "birthday"),
        ("met_on", "last tuesday", "met_on"),
        ("linkedin", "https://example.com/in/x", "linkedin"),
        ("every", -3, "every"),
    ],
)
def test_bad_values_name_their_field_and_write_nothing(
    unit: Unit, field: str, value: object, option: str
) -> None:
    with pytest.raises(InvalidValue) as caught:
        add(unit, "Ada", **{field: value})
    assert caught.value.field == option and "--" not in caught.value.message
    assert list(unit.contacts.all_names()) == []


def test_resolve_by_id_email_exact_prefix_word_and_close_match(unit: Unit) -> None:
    priya = add(unit, "Priya Raman", emails=["priya@lumina.ai"])
    sam = add(unit, "Sam Lee")
    add(unit, "Samantha Cruz")
    assert resolve_contact(unit, str(priya)) == priya
    assert resolve_contact(unit, f"#{priya}") == priya
    assert resolve_contact(unit, "PRIYA@lumina.ai") == priya
    assert resolve_contact(unit, "sam lee") == sam  # exact wins over the prefix "Samantha"
    assert resolve_contact(unit, "pri") == priya
    assert resolve_contact(unit, "raman") == priya
    assert resolve_contact(unit, "Priya Ramen") == priya


def test_an_ambiguous_name_lists_the_candidates_with_ids(unit: Unit) -> None:
    a = add(unit, "Sam Lee", company="Acme")
    b = add(unit, "Sam Leung")
    with pytest.raises(AmbiguousContact) as caught:
        resolve_contact(unit, "sam")
    assert {c.id for c in caught.value.candidates} == {a, b}
    assert f"#{a} Sam Lee (Acme)" in str(caught.value)


def test_an_unknown_name_suggests_close_matches(unit: Unit) -> None:
    priya = add(unit, "Priya Raman")
    with pytest.raises(UnknownContact) as caught:
        resolve_contact(unit, "Pryia Rmn")
    assert [c.id for c in caught.value.candidates] == [priya]
    assert "did you mean" in str(caught.value)
    with pytest.raises(UnknownContact, match="no contact with id 999"):
        resolve_contact(unit, "999")
    with pytest.raises(UnknownContact, match="no contact has the email"):
        resolve_contact(unit, "who@x.io")


def test_list_filters(unit: Unit) -> None:
    add(unit, "Ada", company="Acme Robotics", circle="inner", tags=["ai"])
    add(unit, "Bo", company="Beta", circle="outer")
    add(unit, "Cy", company="acme", circle="inner")

    def names(**kw: object) -> list[str]:
        return [c.name for c in list_contacts(unit, ListFilter(**kw))]  # type: ignore[arg-type]

    assert names() == ["Ada", "Bo", "Cy"]
    assert names(circle="inner") == ["Ada", "Cy"]
    assert names(company="ACME") == ["Ada", "Cy"]
    assert names(tag="AI") == ["Ada"]
    assert names(limit=1) == ["Ada"]
    with pytest.raises(InvalidValue, match=r"^circle: "):
        names(circle="close")


def test_a_search_listing_shows_the_best_matches_first_and_pages_in_rank_order(
    unit: Unit,
) -> None:
    from netgarden.services.contacts import set_archived
    from netgarden.services.listing import browse

    best = add(unit, "Zed Quasar")  # the word in the name: ranks first
    for i in range(60):
        add(unit, f"Person {i:02d}", notes="met quasar fans" if i % 2 else "quasar")
    gone = add(unit, "Quasar Archived")
    set_archived(unit, gone, True, NOW)
    first = browse(unit, ListFilter(limit=10), "quasar")
    assert first.total == 61
    assert first.rows[0].id == best
    second = browse(unit, ListFilter(limit=10), "quasar", offset=10)
    assert not {r.id for r in first.rows} & {r.id for r in second.rows}
    assert gone not in {r.id for r in first.rows + second.rows}
    by_name = browse(unit, ListFilter(limit=5), "quasar", sort="recent")
    assert by_name.total == 61


def test_archiving_says_whether_it_changed_anything(unit: Unit) -> None:
    from netgarden.services.contacts import set_archived
    from netgarden.services.lookup import names_of

    ada = add(unit, "Ada Lovelace")
    assert set_archived(unit, ada, False, NOW) is False  # not archived: nothing to restore
    assert set_archived(unit, ada, True, NOW) is True
    first = unit.contacts.get(ada).archived_at  # type: ignore[union-attr]
    later = NOW + dt.timedelta(days=3)
    assert set_archived(unit, ada, True, later) is False
    assert unit.contacts.get(ada).archived_at == first  # type: ignore[union-attr]
    assert set_archived(unit, ada, False, later) is True
    with pytest.raises(NotFound):
        set_archived(unit, 999, True, NOW)
    assert names_of(unit, [ada, 999]) == {ada: "Ada Lovelace"}


def test_names_resolve_without_their_accents_as_search_finds_them(unit: Unit) -> None:
    from netgarden.services.search import search

    sofia = add(unit, "Sofía Núñez", company="Lumina AI")
    add(unit, "Sam Lee")
    assert [hit.id for hit in search(unit, "sofia")] == [sofia]
    assert resolve_contact(unit, "Sofia") == sofia
    assert resolve_contact(unit, "sofia nunez") == sofia
    assert resolve_contact(unit, "nunez") == sofia
    assert resolve_contact(unit, "SOFÍA") == sofia
