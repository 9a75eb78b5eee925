"""Warm paths on hand-made graphs: a draft that fits every path shape and every kind of
target, and targets ranked by how much they can help with the ask, not by the tie alone."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from netgarden.services.contacts import ContactInput, add_contact
from netgarden.services.database import Unit
from netgarden.services.links import link_contacts
from netgarden.services.paths import warm_paths
from netgarden.services.touches import TouchInput, log_touch
from netgarden.settings import Settings
from netgarden.web.app import create_app
from tests.conftest import NOW, TODAY, Cli


def add(unit: Unit, name: str, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def coffees(unit: Unit, contact_id: int, n: int) -> None:
    for i in range(n):
        log_touch(unit, [contact_id], TouchInput("coffee", on=f"2026-{10 - i:02d}-01"), NOW, TODAY)


INTRODUCERS = {"direct": 0, "one hop": 1, "two hops": 2, "three hops": 3}
TARGETS = {
    "person": ({}, "Hi Priya,", "I'm hoping to meet Priya Raman, VP Product at Lumina AI"),
    "company": (
        {"company": "lumina"}, "", "I'm hoping to learn how things work at Lumina AI"
    ),
    "role": ({"role": "product"}, "", "I'm hoping to talk with someone who works on product"),
}  # fmt: skip


@pytest.mark.parametrize("shape", INTRODUCERS)
@pytest.mark.parametrize("kind", TARGETS)
def test_the_best_path_of_each_shape_drafts_the_right_request(
    unit: Unit, shape: str, kind: str
) -> None:
    target = add(unit, "Priya Raman", company="Lumina AI", title="VP Product")
    chain = [add(unit, name) for name in ("Ana Ruiz", "Ben Ode", "Cy Chen")[: INTRODUCERS[shape]]]
    coffees(unit, (chain or [target])[0], 6)  # my tie: to the first person on the path
    for a, b in zip(chain, [*chain[1:], target], strict=False):  # none when direct
        link_contacts(unit, a, b, NOW, strength="strong")
    query, _, hope = TARGETS[kind]
    to = {"to": target} if kind == "person" else {}
    [best, *_] = warm_paths(unit, **to, **query, max_hops=4, today=TODAY)  # type: ignore[arg-type]
    assert best.ids == [*chain, target]
    if shape == "direct":
        assert "introduc" not in best.draft and "Priya Raman" not in best.draft
        expected = "I'd love to catch up." if kind == "person" else "you came to mind first"
        assert best.draft.startswith("Hi Priya,") and expected in best.draft
        assert "hoping to meet" not in best.draft and "talk with a " not in best.draft
        return
    assert best.draft.startswith("Hi Ana,") and hope in best.draft
    ask = "introducing us?" if shape == "one hop" else "introducing me to Ben Ode?"
    assert ask in best.draft


def test_a_company_ranks_its_people_by_how_much_they_can_help(unit: Unit) -> None:
    intern = add(unit, "Ian Intern", company="Lumina AI", title="Product Intern")
    chief = add(unit, "Cleo Chief", company="Lumina AI", title="Chief Product Officer")
    close, acquaintance = add(unit, "Close Friend"), add(unit, "Acquaintance")
    coffees(unit, close, 6)
    coffees(unit, acquaintance, 3)
    link_contacts(unit, close, intern, NOW, strength="strong")
    link_contacts(unit, acquaintance, chief, NOW, strength="medium")
    paths = warm_paths(unit, company="lumina", today=TODAY)
    first, second = paths[0], next(p for p in paths if p.ids[-1] == intern)
    assert first.ids == [acquaintance, chief]
    assert first.warmth < second.warmth  # the intern's path is warmer, yet ranks lower
    assert first.score == pytest.approx(first.warmth * first.help, abs=1e-3)
    assert (first.help, second.help) == (1.0, 0.25)
    assert first.why == "C-level (“Chief Product Officer”)"
    assert second.why == "intern (“Product Intern”)"
    assert paths == sorted(paths, key=lambda p: -p.score)


def test_a_role_ranks_by_seniority_and_how_well_the_title_fits(unit: Unit) -> None:
    vp = add(unit, "Vera Vp", title="VP Product")
    marketer = add(unit, "Mo Marketer", title="Product Marketer", seniority="mid")
    for person in (vp, marketer):
        friend = add(unit, f"Friend of {person}")
        coffees(unit, friend, 4)
        link_contacts(unit, friend, person, NOW, strength="strong")
    paths = [p for p in warm_paths(unit, role="product", today=TODAY) if len(p.ids) == 2]
    assert [p.ids[-1] for p in paths] == [vp, marketer]
    assert paths[0].why == "VP (“VP Product”), title about “product”"
    assert paths[1].why == "mid (seniority mid), title partly about “product”"


def test_every_surface_shows_why_a_path_ranks_where_it_does(cli: Cli) -> None:
    cli.add("Ada Lovelace")
    cli.add("Priya Raman", "--company", "Lumina AI", "--title", "VP Product")
    cli("log", "Ada", "--kind", "coffee")
    cli("link", "Ada", "Priya Raman", "--strength", "strong")
    [best, *_] = cli.json("path", "--company", "lumina")
    assert (best["help"], best["why"]) == (0.9, "VP (“VP Product”)")
    assert best["score"] == pytest.approx(best["warmth"] * best["help"], abs=1e-3)
    assert "times help 0.9: VP (“VP Product”)" in cli("path", "--company", "lumina").stdout
    app = create_app(Settings(db=cli.db))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        [api_best, *_] = client.get("/api/v1/paths", params={"company": "lumina"}).json()
        assert {k: api_best[k] for k in ("help", "why")} == {k: best[k] for k in ("help", "why")}
        page = client.get("/contacts/2?tab=network&paths=1").text  # issue 18: paths after the tab
        assert "help 0.9, VP (“VP Product”)" in page
    app.state.database.close()
