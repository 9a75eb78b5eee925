"""Warm-path scores, introduction states and drafts, with known answers."""

from __future__ import annotations

import pytest

from netgarden.domain.network import (
    Ask,
    IntroState,
    Person,
    check_transition,
    draft_request,
    parse_link_strength,
    path_score,
    someone_in,
)
from netgarden.errors import InvalidValue


def test_path_scores_multiply_my_tie_by_each_link() -> None:
    assert path_score(0.8, []) == 0.8
    assert path_score(0.8, [0.9]) == pytest.approx(0.72)
    assert path_score(0.8, [0.9, 0.3]) == pytest.approx(0.216)
    assert path_score(0.0, [0.9]) == pytest.approx(0.045)  # a faint tie is cold, not impossible


def test_double_opt_in_order_is_enforced() -> None:
    assert check_transition(IntroState.PROPOSED, "asked-a") is IntroState.ASKED_A
    assert check_transition(IntroState.ASKED_B, "declined") is IntroState.DECLINED
    with pytest.raises(InvalidValue, match="from proposed the next state is asked-a, declined"):
        check_transition(IntroState.PROPOSED, "made")
    with pytest.raises(InvalidValue, match="it is finished"):
        check_transition(IntroState.OUTCOME, "made")
    with pytest.raises(InvalidValue, match="is not a state"):
        check_transition(IntroState.PROPOSED, "maybe")


def test_link_strengths() -> None:
    assert parse_link_strength(" Strong ").value == "strong"
    with pytest.raises(InvalidValue, match="use one of: weak, medium, strong"):
        parse_link_strength("besties")


ANA, BEN, CY = Person("Ana Ruiz"), Person("Ben Ode"), Person("Cy Chen")
PRIYA = Person("Priya Raman", "Lumina AI", "Head of AI")
SHAPES = {
    "direct": [PRIYA],
    "one hop": [ANA, PRIYA],
    "two hops": [ANA, BEN, PRIYA],
    "three hops": [ANA, BEN, CY, PRIYA],
}
ASKS = {
    "person": Ask(person=True),
    "company": Ask(company="lumina"),
    "role": Ask(role="product"),
}
HOPES = {
    "person": "I'm hoping to meet Priya Raman, Head of AI at Lumina AI",
    "company": "I'm hoping to learn how things work at Lumina AI",
    "role": "I'm hoping to talk with someone who works on product",
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("kind", ASKS)
def test_every_path_shape_gets_a_draft_that_fits_it(shape: str, kind: str) -> None:
    path = SHAPES[shape]
    draft = draft_request(path, ASKS[kind])
    assert draft.startswith(f"Hi {path[0].name.split()[0]},")
    assert "I'm hoping to talk with a " not in draft
    if shape == "direct":  # a direct tie gets a direct ask: no introducer, no third person
        assert "introduc" not in draft and "Priya Raman" not in draft
        assert "Would you have 20 minutes" in draft
        if kind == "person":
            assert "hoping to meet" not in draft and "I'd love to catch up." in draft
        else:
            assert f"{HOPES[kind]}, and you came to mind first." in draft
        return
    assert HOPES[kind] in draft  # the context
    chain = ", who knows ".join(p.name for p in path[1:-1])
    assert f"you know {chain + ', who knows ' if chain else ''}Priya" in draft
    if shape == "one hop":  # the introducer knows the target: introduce us
        assert "Would you be open to introducing us?" in draft
        assert "note you can forward to Priya" in draft and "your perspective" in draft
    else:  # the introducer knows the next person on the way
        assert "Would you be open to introducing me to Ben Ode?" in draft
        assert "note you can forward to Ben" in draft and "help me reach Priya" in draft
        assert ("Through Cy Chen, they could" in draft) is (shape == "three hops")
    assert "I'll let you know how it goes" in draft  # reporting back


@pytest.mark.parametrize(
    ("role", "phrase"),
    [
        ("product", "someone who works on product"),
        ("AI", "someone who works on AI"),
        ("product manager", "someone who works as a product manager"),
        ("engineering manager", "someone who works as an engineering manager"),
        ("founder", "someone who works as a founder"),
    ],
)
def test_role_targets_are_phrased_as_someone_in_the_role(role: str, phrase: str) -> None:
    assert someone_in(role) == phrase
