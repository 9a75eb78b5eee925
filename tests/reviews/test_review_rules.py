"""The reviews' pure rules on hand-made networks: exact answers (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest

from netgarden.domain.audit import audit
from netgarden.domain.board import board
from netgarden.domain.brokers import articulation_points, betweenness, clusters, sources_for
from netgarden.domain.diversity import Dimension, concentration, diversity
from netgarden.domain.health import health
from netgarden.domain.matrix import accessibility_of, avoid_signals, influence_of, place
from netgarden.domain.review_facts import Facts, History, summarize
from netgarden.domain.strength import Event
from netgarden.domain.time_zones import shared_hours, zone_from_phone
from netgarden.domain.triage import batches, propose
from netgarden.errors import InvalidValue

TODAY = dt.date(2026, 12, 1)
CADENCES = {"inner": 30, "middle": 90, "outer": 365}


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def person(i: int, **fields: object) -> Facts:
    return Facts(id=i, name=f"P{i}", **fields)  # type: ignore[arg-type]


def two_way(n: int, days: int = 10) -> History:
    return History(last_any=ago(days), last_two_way=ago(days), two_way_year=n, touches_year=n)


# -- health -------------------------------------------------------------------------------


def test_health_counts_circles_against_both_frameworks_apart() -> None:
    people = (
        [person(i, circle="inner", band="strong", history=two_way(4)) for i in range(3)]
        + [person(10 + i, circle="middle", band="medium") for i in range(40)]
        + [person(100 + i, circle="outer") for i in range(160)]
        + [person(500 + i) for i in range(7)]
    )
    found = health(people, TODAY, CADENCES, 2, 3)
    assert [(m.key, m.count, m.status) for m in found.circles] == [
        ("inner circle", 3, "below"),
        ("middle circle", 40, "within"),
        ("outer circle", 160, "within"),
    ]
    assert [(m.count, m.status) for m in found.nested] == [(3, "below"), (43, "below"),
                                                           (203, "above")]  # fmt: skip
    assert [(m.key, m.count, m.status) for m in found.bands] == [
        ("strong ties", 3, "below"),
        ("medium ties", 40, "within"),
    ]
    assert found.lapsed == {"inner": 0, "middle": 40, "outer": 160}
    assert found.three_touch == {"inner": (3, 3), "middle": (0, 40)}
    assert found.uncircled == 7
    assert found.circles[0].line.source == "seeds/002: Inner Circle (5-10 people)"
    assert found.nested[0].line.quote.seed == "seeds/001"
    assert all(line.rule and line.quote.seed for line in found.lines)


# -- triage -------------------------------------------------------------------------------


def test_triage_proposes_middle_outer_or_nothing_and_never_inner() -> None:
    people = [
        person(1, score=95),
        person(2, score=40),
        person(3, score=39),
        person(4, score=15),
        person(5, score=14),
        person(6, circle="outer", score=80),
    ]
    proposals, kept = propose(people)
    assert [(p.contact_id, p.circle) for p in proposals] == [
        (1, "middle"), (2, "middle"), (3, "outer"), (4, "outer")]  # fmt: skip
    assert kept == 1
    assert proposals[0].reason == "strength 95 ≥ 40"
    assert [len(b) for b in batches(proposals, 3)] == [3, 1]


# -- audit --------------------------------------------------------------------------------


RULES = [
    (person(1, circle="middle", band="strong", score=80, history=two_way(3)), "consider-inner"),
    (person(2, circle="outer", band="medium", score=45, history=two_way(3)), "promote-middle"),
    (person(3, circle="inner", band="medium", score=50, history=two_way(1, 61)), "demote-inner"),
    (person(4, circle="middle", band="weak", score=20, history=two_way(5)), "demote-middle"),
    (person(5, circle="middle", band="medium", score=50, history=two_way(1, 181)),
     "demote-middle"),
    (person(6, circle="outer", band="dormant", score=5, history=History(last_any=ago(731))),
     "archive"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("who", "action"), RULES, ids=["inner", "middle", "demote-inner", "weak", "quiet", "archive"]
)
def test_each_audit_rule_fires_with_its_criterion(who: Facts, action: str) -> None:
    proposals, kept = audit([who], TODAY, CADENCES, [], [])
    assert [(p.number, p.action) for p in proposals] == [(1, action)]
    assert proposals[0].line.rule == f"audit: {action}" and proposals[0].line.quote.seed
    assert kept == []


def test_audit_proposes_nothing_for_healthy_ties() -> None:
    healthy = [
        person(1, circle="inner", band="strong", score=80, history=two_way(1, 100)),
        person(2, circle="middle", band="medium", score=50, history=two_way(2, 100)),
        person(3, circle="outer", band="weak", score=20, history=two_way(1, 400)),
        person(4, circle="outer", band="dormant", score=5, history=History(last_any=ago(700))),
    ]
    assert audit(healthy, TODAY, CADENCES, [], []) == ([], [])


WEAK = {"circle": "middle", "band": "weak", "score": 20, "history": two_way(5)}
EXEMPT = [
    (person(1, company="Acme", **WEAK), "works at target company Acme"),  # type: ignore[arg-type]
    (person(2, board_seat="mentor", **WEAK), "holds your board seat mentor"),  # type: ignore[arg-type]
    (person(3, **WEAK), "an open introduction"),  # type: ignore[arg-type]
    (person(4, influence=4, **WEAK), "influence 4 ≥ 4"),  # type: ignore[arg-type]
    (person(5, energy="energizes", **WEAK), "energizes you"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("who", "because"), EXEMPT)
def test_each_exemption_keeps_a_demotion(who: Facts, because: str) -> None:
    proposals, kept = audit([who], TODAY, CADENCES, ["ACME"], [3])
    assert proposals == []
    assert [(k.contact_id, k.because) for k in kept] == [(who.id, because)]
    assert kept[0].line.text.startswith("kept: ")


def test_a_draining_middle_tie_is_proposed_for_demotion() -> None:
    who = person(1, circle="middle", band="medium", score=60, energy="drains", history=two_way(5))
    proposals, _ = audit([who], TODAY, CADENCES, [], [])
    assert proposals[0].line.quote.text.startswith("Energy balance")


# -- diversity ----------------------------------------------------------------------------


def test_hhi_of_six_two_two_is_044_and_effective_227() -> None:
    assert concentration([6, 2, 2]) == (0.44, 2.27)
    people = ([person(i, industry="Fintech") for i in range(6)]
              + [person(10 + i, industry="AI") for i in range(2)]
              + [person(20 + i, industry="Health") for i in range(2)]
              + [person(30)])  # fmt: skip
    found = diversity(people, Dimension.INDUSTRY, {"Energy": 2, "AI": 1})
    assert [(v.value, v.count, v.share) for v in found.values] == [
        ("Fintech", 6, 0.6), ("AI", 2, 0.2), ("Health", 2, 0.2)]  # fmt: skip
    assert (found.unknown, found.hhi, found.effective) == (1, 0.44, 2.27)
    assert [(g.value, g.at_least, g.have) for g in found.gaps] == [("Energy", 2, 0)]


def test_seniority_names_an_empty_top_or_bottom() -> None:
    people = [person(1, title="Senior Engineer"), person(2, title="Junior Analyst")]
    lines = [line.text for line in diversity(people, Dimension.SENIORITY, {}).lines]
    assert "seniority: the top is empty (no C-level or VP)" in lines
    assert not any("bottom" in line for line in lines)


# -- matrix -------------------------------------------------------------------------------


def test_each_quadrant_with_its_strategy_and_introducer() -> None:
    people = [
        person(1, title="CEO", band="strong"),
        person(2, title="VP Sales", band="dormant"),
        person(3, title="Engineer", band="medium"),
        person(4, title="Intern", band="weak"),
    ]
    placed = {p.contact_id: p for p in place(people, [], {2: (3, "P3")})}
    assert {i: p.quadrant for i, p in placed.items()} == {
        1: "golden", 2: "aspirational", 3: "peer", 4: "avoid"}  # fmt: skip
    assert placed[1].strategy == "Proactive outreach with specific value propositions"
    assert placed[2].introducer == (3, "P3") and "ask P3 #3" in placed[2].line.text
    assert placed[2].accessibility == 2  # dormant 1 + a warm path


def test_influence_and_accessibility_defaults_and_set_values() -> None:
    assert influence_of(person(1, title="Director"), []) == (4, "director (“Director”)")
    assert influence_of(person(1, title="Engineer", company="Acme"), ["acme"])[0] == 3
    assert influence_of(person(1, influence=1, title="CEO"), []) == (1, "set")
    assert accessibility_of(person(1, band="weak"), warm=True) == (3, "weak tie +1 warm path")
    assert accessibility_of(person(1, accessibility=5), warm=False) == (5, "set")


def test_the_same_title_and_band_placed_apart_by_company_set_values_and_warm_paths() -> None:
    people = [
        person(1, title="Engineer", company="Acme", band="weak"),
        person(2, title="Engineer", company="Other", band="weak"),
        person(3, title="Engineer", company="acme", band="weak", influence=1),
        person(4, title="Engineer", band="weak", accessibility=5),
    ]
    placed = place(people, ["ACME"], {2: (9, "P9")})
    assert [(p.influence, p.influence_from) for p in placed] == [
        (3, "mid (“Engineer”) +1 target company"), (2, "mid (“Engineer”)"), (1, "set"),
        (2, "mid (“Engineer”)")]  # fmt: skip
    assert [(p.accessibility, p.accessibility_from) for p in placed] == [
        (2, "weak tie"), (3, "weak tie +1 warm path"), (2, "weak tie"), (5, "set")]  # fmt: skip


def test_each_avoid_signal() -> None:
    silent = person(1, history=History(unanswered_year=3))
    taker = person(2, history=History(gave=2))
    assert [s.rule for s in avoid_signals(silent)] == ["avoid signal: no reply"]
    assert [s.rule for s in avoid_signals(taker)] == ["avoid signal: only takes"]
    assert avoid_signals(person(3, history=History(gave=2, received=1, unanswered_year=2))) == []


def test_summarize_counts_two_way_unanswered_and_advice() -> None:
    events = [
        Event(ago(5), "message", "touch", "out", False),
        Event(ago(6), "message", "touch", "out", False),
        Event(ago(7), "coffee", "touch", "mutual", None),
        Event(ago(30), "advice", "receive"),
        Event(ago(400), "call", "touch", "in", None),
    ]
    h = summarize(events, TODAY)
    assert (h.last_two_way, h.two_way_year, h.unanswered_year) == (ago(7), 1, 2)
    assert h.received_on == {"advice": ago(30)} and h.since_last_advice


# -- board --------------------------------------------------------------------------------


def test_board_candidates_per_seat_and_a_mentor_prompt() -> None:
    advice = History(received_on={"advice": dt.date(2026, 10, 2)}, last_two_way=ago(5))
    people = [
        person(1, title="CEO", score=60, band="medium"),
        person(2, title="Director", history=advice),
        person(3, history=History(received_on={"feedback": ago(3)})),
        person(4, history=History(received_on={"introduction": ago(3)})),
        person(5, title="Engineer", band="strong", score=75, history=two_way(3)),
        person(6, title="Director", board_seat="mentor", history=advice),
        person(7, mentee=True),
    ]
    seats, mentees, line = board(people, TODAY, "mid", lambda p: influence_of(p, [])[0])
    by_seat = {s.seat: s for s in seats}
    assert [c.contact_id for c in by_seat["sponsor"].candidates] == [1]
    assert by_seat["mentor"].holders == [(6, "P6")] and by_seat["mentor"].candidates == []
    assert [c.contact_id for c in by_seat["coach"].candidates] == [3]
    assert [c.contact_id for c in by_seat["connector"].candidates] == [4]
    assert [c.contact_id for c in by_seat["peer"].candidates] == [5]
    texts = [line.text for line in by_seat["mentor"].lines]
    assert ("P6 #6: implement their advice and report back: nothing since the advice of "
            "2026-10-02") in texts  # fmt: skip
    assert mentees == [(7, "P7")] and line.text == "mentees: 1 (below 2-3)"


# -- brokers ------------------------------------------------------------------------------


def graph(edges: list[tuple[int, int]], n: int) -> list[list[int]]:
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        adjacency[a - 1].append(b - 1)
        adjacency[b - 1].append(a - 1)
    return adjacency


ISSUE = [(1, 2), (1, 3), (2, 3), (5, 6), (5, 7), (6, 7), (3, 4), (4, 5)]


def test_betweenness_and_bridges_of_the_issue_network() -> None:
    adjacency = graph(ISSUE, 7)
    assert betweenness(adjacency) == [0, 0, 8, 9, 8, 0, 0]
    assert {i + 1 for i in articulation_points(adjacency)} == {3, 4, 5}
    labels = clusters(adjacency)
    assert labels[0] == labels[1] == labels[2] and labels[4] == labels[5] == labels[6]
    assert labels[0] != labels[5]


def test_sampled_betweenness_is_fixed_by_its_seed() -> None:
    assert sources_for(5) == [0, 1, 2, 3, 4]
    assert sources_for(10_000, samples=8) == sources_for(10_000, samples=8)
    adjacency = graph(ISSUE, 7)
    sampled = betweenness(adjacency, [2, 3])
    assert sampled.index(max(sampled)) in (2, 3, 4)


# -- time zones ---------------------------------------------------------------------------


def test_time_zones_from_a_single_zone_country_and_shared_hours() -> None:
    assert zone_from_phone("+49 30 123456") == "Europe/Berlin"
    assert zone_from_phone("+1 212 555 0100") is None  # many zones
    assert shared_hours("Europe/Berlin", "America/New_York", TODAY) == ("15:00", "17:00")
    assert shared_hours("Europe/Berlin", "Pacific/Auckland", TODAY) is None


def test_bad_review_values_name_their_field() -> None:
    from netgarden.domain.review_facts import review_columns

    with pytest.raises(InvalidValue) as found:
        review_columns("6", None, None, None, None, None, None)
    assert found.value.errors[0].field == "influence"
    with pytest.raises(InvalidValue, match="sponsor, mentor"):
        review_columns(None, None, None, "uncle", None, None, None)
    assert review_columns("0", "3", "DRAINS", "", "hiring, budget", "europe/berlin", True) == {
        "influence": None, "accessibility": 3, "energy": "drains", "board_seat": None,
        "decides": "budget,hiring", "time_zone": "Europe/Berlin", "mentee": True}  # fmt: skip


def test_the_matrix_grid_counts_people_on_each_of_its_25_points() -> None:
    from netgarden.domain import seed_texts as seeds
    from netgarden.domain.matrix import Placed, grid
    from netgarden.domain.review_lines import Line

    line = Line("", "matrix", seeds.GOLDEN)

    def at(influence: int, access: int) -> Placed:
        return Placed(1, "A", None, influence, "set", access, "set", "", "", None, [], line)

    cells = grid([at(5, 1), at(5, 1), at(3, 3), at(1, 5)])
    assert len(cells) == 25 and sum(c.people for c in cells) == 4
    assert (cells[0].influence, cells[0].accessibility, cells[0].people) == (5, 1, 2)
    assert cells[0].quadrant == "aspirational"
    assert [(c.influence, c.accessibility, c.quadrant) for c in cells if c.people == 1] == [
        (3, 3, "golden"), (1, 5, "peer")]  # fmt: skip
    assert (cells[-5].influence, cells[-5].accessibility, cells[-5].quadrant) == (1, 1, "avoid")
