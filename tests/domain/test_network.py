"""Warm-path scores, introduction states and drafts, with known answers."""

from __future__ import annotations

import pytest

from netgarden.domain.network import (
    IntroState,
    Person,
    check_transition,
    draft_request,
    parse_link_strength,
    path_score,
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


def test_the_draft_follows_the_warm_introduction_framework() -> None:
    path = [Person("Ana Ruiz"), Person("Ben Ode"), Person("Priya Raman", "Lumina AI", "Head of AI")]
    draft = draft_request(path, "I'm moving into AI product management")
    assert draft.startswith("Hi Ana,")
    assert "I noticed you know Ben Ode, who knows Priya Raman." in draft  # the context
    assert "introducing me to Priya Raman, Head of AI at Lumina AI" in draft  # the ask
    assert "short note you can forward" in draft  # the blurb
    assert "I'll let you know how it goes" in draft  # reporting back
    assert draft_request([Person("Priya Raman")], "A question").startswith("Hi Priya,")
