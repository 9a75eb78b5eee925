"""The built-in templates are the seeds' own text; the fill rules (placeholders, --set
values, dates in words) are exact."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from netgarden.domain.seed_templates import BUILT_INS, BY_KEY
from netgarden.domain.templates import (
    MissingPlaceholders,
    check_body,
    check_key,
    check_sets,
    fill,
    parse_sets,
    placeholders,
    when_words,
)
from netgarden.errors import InvalidValue

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
KEYS = ["cold", "follow-up", "intro-request", "intro-request-long", "connection-request",
        "fellow-professional", "industry-leader", "mentor", "opener-attendee",
        "join-group"]  # fmt: skip


@pytest.fixture
def seeds() -> Path:
    """The seeds, read in place from ../shared/seeds: a user's clone has none (the tests
    skip, saying so); in CI (CI=true) missing seeds are a failure."""
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the seeds are missing at {SEEDS}")
        pytest.skip(f"no seeds at {SEEDS} (they sit beside the project in CI)")
    return SEEDS


def _seed_text(seeds: Path, seed: str) -> str:
    number = seed.removeprefix("seeds/")
    files = sorted(seeds.glob(f"{number}_*.txt"))
    assert files, f"no file for {seed} in {seeds}"
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def test_the_built_in_keys_are_the_issues() -> None:
    assert [t.key for t in BUILT_INS] == KEYS


@pytest.mark.parametrize("key", KEYS)
def test_each_built_in_quotes_its_seed_verbatim(seeds: Path, key: str) -> None:
    template = BY_KEY[key]
    text = _seed_text(seeds, template.quote.seed)
    if template.quote.seed == "seeds/004":  # a transcript: its line breaks are not the words'
        assert " ".join(template.quote.text.split()) in " ".join(text.split())
    else:
        assert template.quote.text in text
    # the body is the quote with only the listed changes, each found in the quote
    for seed_words, placeholder in template.swaps:
        assert template.quote.text.count(seed_words) == 1, seed_words
        assert placeholder.startswith("[") or "[" in placeholder
    assert template.body != "" and "ABC" not in template.body and "Daria" not in template.body


def test_the_built_in_bodies_carry_the_seeds_placeholders() -> None:
    assert BY_KEY["cold"].body == BY_KEY["cold"].quote.text
    assert placeholders(BY_KEY["cold"].body) == [
        "Name", "work/article/profile", "platform", "specific thing", "related area",
        "specific topic",
    ]  # fmt: skip
    assert "at [event] [when]. I enjoyed" in BY_KEY["follow-up"].body
    assert BY_KEY["join-group"].body == "Mind if I join you? I'm [Your name]."
    assert placeholders(BY_KEY["intro-request"].body) == [
        "Name",
        "Person",
        "Company",
        "specific area",
    ]
    assert "[Draft introduction email]" in BY_KEY["intro-request-long"].body
    assert BY_KEY["connection-request"].body.startswith(
        "Hi [Name],\n\nI enjoyed your presentation on [topic] at [event]. Your points about "
        "[specific point] resonated"
    )


def test_fill_puts_in_what_is_known_and_lists_the_rest() -> None:
    done = fill("Hi [Name], about [topic] and [Topic] at [event].", {"name": "Ana", "TOPIC": "x"})
    assert done.text == "Hi Ana, about x and x at [event]."
    assert done.missing == ("event",)
    # a value's own brackets are not read as placeholders
    assert fill("[a] [b]", {"a": "[b]", "b": "B"}).text == "[b] B"


def test_placeholder_names_ignore_case_and_spacing() -> None:
    assert placeholders("[Your  name] [your name] [Name]") == ["Your  name", "Name"]
    assert fill("[Your name]", {"your   NAME": "Me"}).text == "Me"


def test_sets_are_placeholder_equals_value() -> None:
    assert parse_sets(["topic=AI ethics", "[Specific Point]= bias ", "x=a=b"]) == {
        "topic": "AI ethics", "specific point": "bias", "x": "a=b"
    }  # fmt: skip
    with pytest.raises(InvalidValue, match="is not placeholder=value") as bad:
        parse_sets(["topic"])
    assert bad.value.field == "set"


def test_a_set_the_template_lacks_names_its_placeholders() -> None:
    check_sets({"NAME": "x"}, "Hi [Name]")
    with pytest.raises(InvalidValue) as bad:
        check_sets({"colour": "red"}, "Hi [Name], [topic]")
    assert bad.value.message == (
        "the template has no [colour]; its placeholders are: [Name], [topic]"
    )


def test_missing_placeholders_are_one_error_each() -> None:
    error = MissingPlaceholders(["topic", "specific point"])
    assert [e.field for e in error.errors] == ["topic", "specific point"]
    assert error.exit_code == 2


FRIDAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("day", "words"),
    [
        (FRIDAY, "today"),
        (FRIDAY - dt.timedelta(days=1), "yesterday"),
        (FRIDAY - dt.timedelta(days=3), "on Tuesday"),
        (FRIDAY - dt.timedelta(days=6), "on Saturday"),
        (FRIDAY - dt.timedelta(days=7), "on 13 November"),
        (FRIDAY - dt.timedelta(days=10), "on 10 November"),
        (dt.date(2025, 12, 30), "on 30 December 2025"),
        (FRIDAY + dt.timedelta(days=1), "tomorrow"),
        (FRIDAY + dt.timedelta(days=4), "on Tuesday"),
        (FRIDAY + dt.timedelta(days=30), "on 20 December"),
    ],
)
def test_when_is_worded_relative_to_today(day: dt.date, words: str) -> None:
    assert when_words(day, FRIDAY) == words


def test_keys_and_bodies_of_ones_own() -> None:
    assert check_key(" cold-mine ", ["cold"]) == "cold-mine"
    for bad in ("Cold", "a b", "-x", "x" * 41, ""):
        with pytest.raises(InvalidValue, match="not a template key"):
            check_key(bad, [])
    with pytest.raises(InvalidValue, match="exists"):
        check_key("cold", ["cold"])
    assert check_body(" Hi [Name]\r\n") == "Hi [Name]"
    with pytest.raises(InvalidValue, match="empty"):
        check_body("  ")
    with pytest.raises(InvalidValue, match=r"\[ without"):
        check_body("Hi [Name")
