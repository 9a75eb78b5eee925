"""Reviews through the CLI and the services on small networks (issue 13): circle history on
every path, triage in batches, the audit applied by line, JSON contracts, bad input."""

from __future__ import annotations

import json

from netgarden.cli.main import app
from netgarden.services.contacts import ContactInput, add_contact, edit_contact
from netgarden.services.database import Unit
from netgarden.services.generate import generate_network
from netgarden.services.links import link_contacts
from tests.conftest import NOW, TODAY, Cli


def add(unit: Unit, name: str, **fields: object) -> int:
    return add_contact(unit, ContactInput(name=name, **fields), NOW, TODAY)  # type: ignore[arg-type]


def test_every_path_that_changes_a_circle_records_it(unit: Unit) -> None:
    ada = add(unit, "Ada", circle="inner")
    bob = add(unit, "Bob")
    edit_contact(unit, bob, ContactInput(circle="outer"), NOW, TODAY)
    edit_contact(unit, bob, ContactInput(circle="outer", company="Acme"), NOW, TODAY)
    history = [(c.contact_id, c.from_circle, c.to_circle, c.changed_on)
               for c in unit.circle_history.since(TODAY)]  # fmt: skip
    assert history == [(ada, None, "inner", TODAY), (bob, "none", "outer", TODAY)]


def test_the_bulk_loader_records_each_circle_it_creates(unit: Unit) -> None:
    generate_network(unit, contacts=30, touches=50, seed=3, end=TODAY)
    circled = [p.id for p in unit.reviews.people() if p.circle != "none"]
    recorded = {c.contact_id for c in unit.circle_history.since(TODAY.replace(year=2000))}
    assert set(circled) <= recorded and circled


def test_brokers_on_the_issue_network(unit: Unit) -> None:
    from netgarden.services.brokers import brokers_review

    ids = [add(unit, f"P{i}", industry=["AI", "Bio", "Cars"][i % 3]) for i in range(1, 8)]
    for a, b in [(1, 2), (1, 3), (2, 3), (5, 6), (5, 7), (6, 7), (3, 4), (4, 5)]:
        link_contacts(unit, ids[a - 1], ids[b - 1], NOW)
    found = brokers_review(unit, TODAY)
    top = [(p.name, p.betweenness) for p in found.people[:3]]
    assert top == [("P4", 9.0), ("P3", 8.0), ("P5", 8.0)]
    assert all(p.betweenness == 0 for p in found.people[3:])
    assert [name for _, name in found.bridges] == ["P3", "P4", "P5"]
    assert found.exact and len(found.clusters) >= 2
    assert all(line.quote.seed == "seeds/001" for line in found.lines)


def _network(cli: Cli) -> dict[str, int]:
    ids = {
        "ceo": cli.add("Cora CEO", "--title", "CEO", "--industry", "Fintech"),
        "pal": cli.add("Pat Peer", "--circle", "middle", "--industry", "AI"),
        "new": cli.add("Nia New"),
        "old": cli.add("Oli Old", "--circle", "outer", "--met-on", "2020-01-01"),
    }
    for day in ("2026-11-01", "2026-10-01", "2026-09-01", "2026-08-01", "2026-07-01"):
        cli("log", str(ids["new"]), "--kind", "coffee", "--on", day)
    for day in ("2026-11-10", "2026-10-10", "2026-09-10"):
        cli("log", str(ids["pal"]), "--kind", "meeting", "--on", day)
    return ids


def test_triage_proposes_and_applies_in_batches(cli: Cli) -> None:
    ids = _network(cli)
    found = cli.json("triage", "--as-of", TODAY.isoformat())
    proposals = {p["contact_id"]: p for p in found["proposals"]}
    assert set(proposals) == {ids["new"]}
    assert proposals[ids["new"]]["circle"] in ("middle", "outer")
    assert proposals[ids["new"]]["seed"] == "seeds/002"
    assert found["connection_only"] == 1  # the CEO: no history
    apply = ["--db", str(cli.db), "triage", "--apply", "--as-of", TODAY.isoformat()]
    declined = cli.runner.invoke(app, apply, input="n\n")
    assert "Applied 0 of 1" in declined.stdout and "batch 1" in declined.stderr
    assert cli.runner.invoke(app, apply, input="y\n").exit_code == 0
    assert cli.json("triage")["proposals"] == []
    shown = cli.json("show", str(ids["new"]))
    assert shown["circle"] == proposals[ids["new"]]["circle"]


def test_triage_apply_yes_applies_everything_unasked(cli: Cli) -> None:
    ids = _network(cli)
    done = cli.json("triage", "--apply", "--yes")
    assert done["applied"] == [ids["new"]]


def test_health_and_audit_json_and_apply_by_line(cli: Cli) -> None:
    ids = _network(cli)
    health = cli.json("review", "health", "--as-of", "2026-11-22")
    assert [c["count"] for c in health["circles"]] == [0, 1, 1]
    assert health["uncircled"] == 2 and all(line["seed"] for line in health["lines"])
    audit = cli.json("review", "audit", "--as-of", "2026-11-22")
    by_contact = {p["contact_id"]: p for p in audit["proposals"]}
    assert by_contact[ids["old"]]["action"] == "archive"
    assert [p["number"] for p in audit["proposals"]] == list(range(1, len(audit["proposals"]) + 1))
    bad = cli("review", "audit", "--apply", "99", code=2)
    assert "--apply: no line 99" in bad.stderr
    cli("review", "audit", "--apply", "x", code=2)
    number = str(by_contact[ids["old"]]["number"])
    cli("review", "audit", "--apply", number, "--as-of", "2026-11-22")
    assert ids["old"] not in [p["contact_id"] for p in cli.json("matrix")]


def test_targets_diversity_matrix_board_json_contracts(cli: Cli) -> None:
    ids = _network(cli)
    cli("target", "add", "industry", "Energy", "--at-least", "2")
    cli("target", "add", "company", "Acme")
    assert len(cli.json("target", "list")) == 2
    found = cli.json("review", "diversity", "--by", "industry")
    assert {v["value"] for v in found["values"]} == {"Fintech", "AI"}
    assert (found["unknown"], found["hhi"], found["effective"]) == (2, 0.5, 2.0)
    assert found["gaps"] == [{"value": "Energy", "at_least": 2, "have": 0}]
    cli("edit", str(ids["pal"]), "--influence", "5", "--accessibility", "5", "--board", "peer")
    placed = {p["contact_id"]: p for p in cli.json("matrix")}
    assert placed[ids["pal"]]["quadrant"] == "golden"
    assert placed[ids["pal"]]["strategy"].startswith("Proactive outreach")
    assert placed[ids["ceo"]]["quadrant"] == "aspirational"
    golden = [p["contact_id"] for p in cli.json("matrix", "--quadrant", "golden")]
    assert golden == [ids["pal"]]
    seats = {s["seat"]: s for s in cli.json("board")["seats"]}
    assert seats["peer"]["holders"] == [{"contact_id": ids["pal"], "name": "Pat Peer"}]
    assert seats["sponsor"]["holders"] == []
    agenda = cli.json("today", "--quadrant", "golden", "--as-of", "2027-06-01")
    assert {item["contact_id"] for item in agenda} <= {ids["pal"]}


def test_bad_input_names_the_option_and_exits_2(cli: Cli) -> None:
    who = str(cli.add("Ada"))
    for args, said in [
        (("edit", who, "--influence", "9"), "--influence:"),
        (("edit", who, "--board", "uncle"), "--board:"),
        (("edit", who, "--energy", "meh"), "--energy:"),
        (("edit", who, "--decides", "lunch"), "--decides:"),
        (("edit", who, "--time-zone", "Mars/Base"), "--time-zone:"),
        (("review", "diversity", "--by", "shoe"), "--by:"),
        (("target", "add", "shoe", "x"), "DIMENSION:"),
        (("target", "add", "industry", "AI", "--at-least", "0"), "--at-least:"),
        (("matrix", "--quadrant", "gold"), "--quadrant:"),
        (("review", "health", "--as-of", "soon"), "--as-of:"),
        (("me", "--time-zone", "nowhere"), "--time-zone:"),
    ]:
        result = cli(*args, code=2)
        assert said in result.stderr and "Traceback" not in result.stderr
    assert "netgarden me --company" in cli("review", "internal", code=2).stderr


def test_internal_review_by_function_level_and_weak_decision_makers(cli: Cli) -> None:
    cli("me", "--company", "Acme", "--title", "Senior Engineer")
    cli.add("Vera VP", "--company", "acme", "--title", "VP Engineering", "--function", "Eng")
    boss = cli.add("Bea Budget", "--company", "Acme", "--title", "Director", "--function", "Fin")
    cli.add("Sam Same", "--company", "Acme", "--title", "Staff Engineer", "--function", "Eng")
    cli.add("Elsewhere", "--company", "Other")
    cli("edit", str(boss), "--decides", "budget")
    found = cli.json("review", "internal")
    assert found["by_function"] == {"Eng": 2, "Fin": 1}
    assert found["vertical"] == {"above": 2, "at": 1, "below": 0}
    assert found["weak_decision_makers"][0]["contact_id"] == boss


def test_handover_has_none_of_the_private_fields(cli: Cli, tmp_path: object) -> None:
    ada = cli.add("Ada", "--company", "Acme", "--how-met", "at PyCon", "--email",
                  "ada@example.org", "--phone", "+49 30 1234567", "--birthday", "1990-01-02",
                  "--personal", "SECRET-PERSONAL", "--note", "SECRET-NOTE")  # fmt: skip
    cli("log", str(ada), "--kind", "call", "--note", "SECRET-TOUCH")
    cli("give", str(ada), "--kind", "advice", "--note", "SECRET-LEDGER")
    cli("edit", str(ada), "--board", "mentor")
    text = cli("export", "handover").stdout
    document = json.loads(text)
    [row] = document["contacts"]
    assert (row["name"], row["company"], row["how_met"], row["board_seat"]) == (
        "Ada", "Acme", "at PyCon", "mentor")  # fmt: skip
    for private in ("SECRET", "ada@example.org", "1234567", "1990-01-02", "birthday"):
        assert private not in text
    detailed = cli("export", "handover", "--with-contact-details").stdout
    assert "ada@example.org" in detailed and "SECRET" not in detailed


def test_me_and_profile_are_one_profile(cli: Cli) -> None:
    """`me --company` and `profile set --company` write the same fact: the last one holds
    on both surfaces (they were two stores that could disagree)."""
    cli("profile", "set", "--company", "Acme", "--title", "Engineer")
    cli("me", "--company", "Globex", "--seniority", "senior")
    assert cli.json("profile", "show")["company"] == "Globex"
    assert cli.json("me")["company"] == "Globex"
    assert cli.json("me")["seniority"] == "senior"
    assert cli.json("me")["title"] == "Engineer"


def test_a_mistake_in_me_says_which_option_and_writes_nothing(cli: Cli) -> None:
    """One bad value refuses the whole `me`: the company given beside it is not kept."""
    cli("me", "--company", "Acme")
    zone = cli("me", "--company", "Globex", "--time-zone", "Mars/Base", code=2)
    assert zone.stderr.startswith("error: --time-zone: 'Mars/Base' is not a time zone")
    long = cli("me", "--company", "Globex", "--seniority", "x" * 301, code=2)
    assert long.stderr.startswith("error: --seniority: 301 characters")
    assert "Traceback" not in zone.stderr + long.stderr
    assert cli.json("me")["company"] == "Acme"


def test_the_introducer_is_the_warmest_tie_who_knows_them(unit: Unit) -> None:
    from netgarden.domain.review_facts import Facts
    from netgarden.services.matrix import introducers

    ids = [add(unit, f"P{i}") for i in range(1, 7)]
    bands = {1: ("strong", 80), 2: ("medium", 50), 3: ("medium", 50), 4: ("weak", 20)}
    people = [
        Facts(c, f"P{i}", band=bands.get(i, ("new", 0))[0], score=bands.get(i, ("new", 0))[1])
        for i, c in enumerate(ids, 1)
    ]
    for a, b in [(5, 2), (5, 3), (5, 4), (6, 4), (1, 2), (3, 1)]:
        link_contacts(unit, ids[a - 1], ids[b - 1], NOW)
    found = introducers(unit, people)
    # P5: P2 and P3 tie at 50 (the smaller id), P4 is weak; P6 knows only a weak tie;
    # P2 and P3 are known by P1 (strong), P1 by both (P2 first)
    assert found == {ids[4]: (ids[1], "P2"), ids[1]: (ids[0], "P1"),
                     ids[2]: (ids[0], "P1"), ids[0]: (ids[1], "P2")}  # fmt: skip
