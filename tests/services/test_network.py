"""Links, warm paths on small hand-made graphs, introductions and suggestions."""

from __future__ import annotations

import pytest

from netgarden.errors import InvalidValue, NotFound
from netgarden.services.contacts import ContactInput, add_contact, show_contact
from netgarden.services.database import Unit
from netgarden.services.introductions import (
    Proposal,
    advance_intro,
    introduced_to_me,
    introductions,
    propose_intro,
)
from netgarden.services.ledger import ledger_report
from netgarden.services.links import LinkResult, known_by, link_contacts
from netgarden.services.paths import warm_paths
from netgarden.services.suggestions import suggest_intros
from netgarden.services.touches import TouchInput, log_touch
from tests.conftest import NOW, TODAY


def add(unit: Unit, name: str, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def coffees(unit: Unit, contact_id: int, n: int) -> None:
    for i in range(n):
        log_touch(unit, [contact_id], TouchInput("coffee", on=f"2026-{10 - i:02d}-01"), NOW, TODAY)


def test_links_are_refused_to_oneself_and_to_strangers(unit: Unit) -> None:
    ada = add(unit, "Ada")
    with pytest.raises(InvalidValue, match="cannot be linked to themselves"):
        link_contacts(unit, ada, ada, NOW)
    with pytest.raises(NotFound):
        link_contacts(unit, ada, 999, NOW)


def test_the_strength_i_give_is_the_links_and_people_at_one_touch_are_linked(
    unit: Unit,
) -> None:
    ada, bo, cy = add(unit, "Ada"), add(unit, "Bo"), add(unit, "Cy")
    assert link_contacts(unit, ada, bo, NOW, "school", "weak") == LinkResult("weak", created=True)
    assert link_contacts(unit, bo, ada, NOW, None, "strong") == LinkResult("strong", was="weak")
    assert link_contacts(unit, ada, bo, NOW, None, "weak") == LinkResult("weak", was="strong")
    assert not link_contacts(unit, ada, bo, NOW, "school").changed  # no strength: kept
    assert link_contacts(unit, ada, bo, NOW, "work") == LinkResult("weak", how="work")
    [known] = known_by(unit, ada)
    assert (known.name, known.strength, known.how) == ("Bo", "weak", "school; work")
    log_touch(unit, [ada, cy], TouchInput("meeting"), NOW, TODAY)
    assert {k.name: k.source for k in known_by(unit, cy)} == {"Ada": "touch"}


def test_links_found_by_the_app_only_strengthen(unit: Unit) -> None:
    ada, bo = add(unit, "Ada"), add(unit, "Bo")
    link_contacts(unit, ada, bo, NOW, None, "strong")
    log_touch(unit, [ada, bo], TouchInput("meeting"), NOW, TODAY)
    introduced_to_me(unit, ada, bo, TODAY, NOW)
    assert [k.strength for k in known_by(unit, ada)] == ["strong"]


def test_an_open_introduction_is_not_proposed_twice(unit: Unit) -> None:
    a, b = add(unit, "Ada"), add(unit, "Bo")
    first = propose_intro(unit, a, b, "evals", TODAY, NOW)
    assert (first.id, first.state, first.created) == (first.id, "proposed", True)
    asked = advance_intro(unit, first.id, "asked-a", None, TODAY, NOW)
    assert propose_intro(unit, b, a, None, TODAY, NOW) == Proposal(asked, created=False)
    assert len(introductions(unit)) == 1
    advance_intro(unit, first.id, "declined", None, TODAY, NOW)
    assert propose_intro(unit, a, b, None, TODAY, NOW).created


def test_the_warmest_path_comes_first(unit: Unit) -> None:
    target = add(unit, "Priya Raman", company="Lumina AI", title="Head of AI")
    close, far = add(unit, "Close Friend"), add(unit, "Acquaintance")
    middle = add(unit, "Middle Person")
    coffees(unit, close, 6)
    coffees(unit, far, 1)
    link_contacts(unit, far, target, NOW, strength="strong")
    link_contacts(unit, close, middle, NOW, strength="strong")
    link_contacts(unit, middle, target, NOW, strength="medium")
    paths = warm_paths(unit, to=target, today=TODAY)
    by_route = {tuple(p.names): p.score for p in paths}
    assert ("Close Friend", "Middle Person", "Priya Raman") in by_route
    assert ("Acquaintance", "Priya Raman") in by_route
    assert paths[0].names == ["Close Friend", "Middle Person", "Priya Raman"]
    assert paths == sorted(paths, key=lambda p: -p.score)
    assert "hoping to meet Priya Raman, Head of AI at Lumina AI" in paths[0].draft
    assert all(len(p.ids) <= 2 for p in warm_paths(unit, to=target, max_hops=2, today=TODAY))


def test_paths_to_a_company_or_role_include_colleagues_and_direct_ties(unit: Unit) -> None:
    inside = add(unit, "Insider", company="Lumina AI", title="Product Manager")
    add(unit, "Colleague", company="Lumina AI")
    friend = add(unit, "Friend")
    coffees(unit, friend, 4)
    link_contacts(unit, friend, inside, NOW, strength="strong")
    names = [p.names for p in warm_paths(unit, company="lumina", today=TODAY)]
    assert ["Friend", "Insider"] in names and ["Insider"] in names
    best = next(iter(warm_paths(unit, role="product manager", today=TODAY)))
    assert best.names == ["Friend", "Insider"]
    with pytest.raises(InvalidValue, match="exactly one target"):
        warm_paths(unit, company="x", role="y", today=TODAY)
    assert warm_paths(unit, company="nowhere inc", today=TODAY) == []


def test_a_made_introduction_links_them_and_counts_as_given_to_both(unit: Unit) -> None:
    a, b = add(unit, "Ada"), add(unit, "Bo")
    number = propose_intro(unit, a, b, "both work on evals", TODAY, NOW).id
    [intro] = introductions(unit)
    assert (intro.state, intro.why) == ("proposed", "both work on evals")
    for state in ("asked-a", "asked-b", "made"):
        advance_intro(unit, number, state, None, TODAY, NOW)
    assert [k.name for k in known_by(unit, a)] == ["Bo"]
    assert ledger_report(unit, a).summary.given == 1 and ledger_report(unit, b).summary.given == 1
    advance_intro(unit, number, "outcome", "they are collaborating", TODAY, NOW)
    assert introductions(unit)[0].outcome == "they are collaborating"
    with pytest.raises(NotFound, match="no introduction with id 42"):
        advance_intro(unit, 42, "made", None, TODAY, NOW)
    with pytest.raises(InvalidValue, match="introduced to themselves"):
        propose_intro(unit, a, a, None, TODAY, NOW)


def test_an_introduction_received_sets_how_we_met_and_links_them(unit: Unit) -> None:
    x, y = add(unit, "Xavier"), add(unit, "Yara")
    introduced_to_me(unit, x, y, TODAY, NOW)
    assert show_contact(unit, y, TODAY).fields["how_met"] == "Introduced by Xavier"
    assert [k.name for k in known_by(unit, y)] == ["Xavier"]


def test_suggestions_match_needs_to_expertise_and_skip_linked_pairs(unit: Unit) -> None:
    needy = add(unit, "Needy", help_them="intro to someone who knows kubernetes security")
    expert = add(unit, "Expert", title="Kubernetes security lead")
    for i in range(10):
        add(unit, f"Other {i}", title="Designer")
    [first, *_] = suggest_intros(unit)
    assert {first.a_id, first.b_id} == {needy, expert}
    assert "kubernetes" in first.reason and "security" in first.reason
    link_contacts(unit, needy, expert, NOW)
    assert all({s.a_id, s.b_id} != {needy, expert} for s in suggest_intros(unit))


def test_the_cluster_summary_is_worked_out_with_the_clustering_not_per_view(unit: Unit) -> None:
    """The network page's first view (every cluster as one node, the links between them)
    walks every link: done once with the clustering the pages keep per data version, so a
    view given the kept clustering reads no link again."""
    import dataclasses

    from netgarden.services.cluster_graph import cluster_graph, clustering

    named = [("Ada", "Acme"), ("Bo", "Acme"), ("Cy", "Acme"), ("Di", "Zeta"), ("Ed", "Zeta")]
    people = [add(unit, name, company=company) for name, company in named]
    for a, b in [(0, 1), (1, 2), (0, 2), (3, 4), (2, 3)]:
        link_contacts(unit, people[a], people[b], NOW)
    kept = clustering(unit, TODAY)

    class Unread(list[tuple[int, int]]):
        def __iter__(self):  # type: ignore[no-untyped-def]
            raise AssertionError("the links were read again for the summary")

    view = cluster_graph(unit, TODAY, clustered=dataclasses.replace(kept, pairs=Unread()))
    assert view == cluster_graph(unit, TODAY) == kept.summary
    assert sum(node["people"] for node in view.nodes) == len(people)
