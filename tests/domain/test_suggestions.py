"""Introduction suggestions without a database."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netgarden.domain.suggestions import PER_NEED, Profile, _words, suggest

WORDS = ["evals", "robotics", "fundraising", "pricing", "hiring", "design", "security", "llm"]
texts = st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join)
profiles = st.lists(
    st.builds(
        lambda i, knows, needs: Profile(i, f"P{i}", (knows,), needs or None),
        st.integers(1, 30),
        texts,
        texts,
    ),
    max_size=25,
    unique_by=lambda p: p.id,
)
pairs = st.sets(st.tuples(st.integers(1, 30), st.integers(1, 30)).filter(lambda p: p[0] < p[1]))


@given(profiles, pairs, st.integers(1, 40))
def test_suggestions_are_new_pairs_sharing_a_need_best_first(
    people: list[Profile], linked: set[tuple[int, int]], limit: int
) -> None:
    found = suggest(people, linked, limit)
    by_id = {p.id: p for p in people}
    assert len(found) <= limit
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    keys = [(min(s.a_id, s.b_id), max(s.a_id, s.b_id)) for s in found]
    assert len(set(keys)) == len(keys) and not set(keys) & linked
    for s in found:
        assert s.a_id != s.b_id and s.score > 0
        assert _words(by_id[s.a_id].needs) & _words(*by_id[s.b_id].knows)
    for a in {s.a_id for s in found}:
        assert sum(s.a_id == a for s in found) <= PER_NEED


def test_a_rarer_shared_word_scores_higher_and_common_words_weigh_nothing() -> None:
    people = [Profile(1, "Ada", ("design",), "evals and design"),
              Profile(2, "Bo", ("evals",), None), Profile(3, "Cy", ("design",), None),
              Profile(4, "Di", ("design",), None), Profile(5, "Ed", ("design",), None),
              Profile(6, "Fa", ("pricing",), None)]  # fmt: skip
    found = suggest(people, set(), 10)
    assert [(s.a_id, s.b_id) for s in found] == [(1, 2)]  # everyone knows design
    assert found[0].reason == "Ada needs evals; Bo knows it"
    assert suggest(people, {(1, 2)}, 10) == []
