"""The diversity review and the user's targets (issue 13)."""

from __future__ import annotations

import datetime as dt

from netgarden.domain.diversity import Dimension, Diversity, diversity, parse_dimension
from netgarden.domain.normalize import clean_text
from netgarden.domain.review_facts import Facts
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts
from netgarden.store.review_reads import TargetRow


def diversity_review(unit: Unit, by: str, today: dt.date) -> Diversity:
    dimension = parse_dimension(by)
    return diversity_of(unit, [dimension], today)[0]


def diversity_of(
    unit: Unit, dimensions: list[Dimension], today: dt.date, people: list[Facts] | None = None
) -> list[Diversity]:
    """Several dimensions over one read of the network (the Reviews page shows them all)."""
    people = review_facts(unit, today, with_history=False) if people is None else people
    targets = unit.reviews.targets()
    return [
        diversity(people, d, {t.value: t.at_least for t in targets if t.dimension == d.value})
        for d in dimensions
    ]


def add_target(unit: Unit, dimension: str, value: str, at_least: int | str) -> TargetRow:
    """Set (or change) a target: at least ``at_least`` contacts with ``value``."""
    by = parse_dimension(dimension, "dimension")
    cleaned = clean_text(value, multiline=False) or ""
    if not cleaned:
        raise InvalidValue("value", "is empty; name the value to aim for (e.g. fintech)")
    if len(cleaned) > 200:
        raise InvalidValue("value", f"{len(cleaned):,} characters; at most 200")
    text = str(at_least).strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 100_000:
        raise InvalidValue("at_least", f"{at_least!r} is not accepted; use a whole number from 1")
    unit.reviews.set_target(by.value, cleaned, int(text))
    return TargetRow(by.value, cleaned, int(text))


def remove_target(unit: Unit, dimension: str, value: str) -> None:
    by = parse_dimension(dimension, "dimension")
    if not unit.reviews.remove_target(by.value, value.strip()):
        raise InvalidValue("value", f"no {by.value} target {value!r}")


def targets(unit: Unit) -> list[TargetRow]:
    return unit.reviews.targets()
