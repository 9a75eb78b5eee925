"""Merge rules without a database: what wins, what joins, what is noted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from netgarden.domain.merge import SINGLE, merged_fields


def person(**values: Any) -> dict[str, Any]:
    return {"id": 1, "name": "Ada Lovelace", "circle": "none", "cadence_days": None, **values}


def test_joined_text_keeps_both_and_other_values_are_noted_not_lost() -> None:
    keep = person(notes="kept", title="CTO", interests="engines")
    other = person(id=2, name="Ada L.", title="CEO", interests="poetry", company="Analytical")
    changes = merged_fields(keep, other)
    assert changes["interests"] == "engines\n\npoetry"
    assert changes["company"] == "Analytical"  # only the other had one: taken
    assert "title" not in changes
    assert changes["notes"] == "kept\n\nMerged from #2: title: CEO; also known as: Ada L."


def test_earlier_dates_closer_circle_and_shorter_cadence_win() -> None:
    keep = person(met_on=dt.date(2024, 5, 1), circle="outer", cadence_days=90)
    other = person(id=2, met_on=dt.date(2020, 1, 1), circle="inner", cadence_days=30)
    assert merged_fields(keep, other) == {
        "met_on": dt.date(2020, 1, 1), "circle": "inner", "cadence_days": 30,
    }  # fmt: skip
    assert merged_fields(other, keep) == {}


values = st.one_of(st.none(), st.sampled_from(["", "a", "b", "a\nb"]))
records = st.fixed_dictionaries({column: values for column in SINGLE})


@given(records, records)
def test_nothing_of_the_other_record_is_lost(mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    keep, other = person(**mine), person(id=2, **theirs)
    changes = merged_fields(keep, other)
    merged = {**keep, **changes}
    for column in SINGLE:
        if theirs[column]:
            found = str(merged[column] or "") + str(merged.get("notes") or "")
            assert theirs[column] in found, column
        if keep[column] and column not in ("notes",):
            assert str(merged[column]).startswith(str(keep[column]))  # the kept value stays


@given(records)
def test_merging_a_record_with_itself_changes_nothing(mine: dict[str, Any]) -> None:
    assert merged_fields(person(**mine), person(**mine)) == {}
