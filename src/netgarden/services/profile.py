"""My profile: who I am and how I pitch myself (seeds/001: "Elevator pitch variants:
30-second, 60-second, and 2-minute personal introductions"; seeds/002: "Who you are + What
you do + Interesting hook"), my time zone, and the questions I bring to informational
interviews. The prep sheets read it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from netgarden.domain.normalize import clean_text
from netgarden.domain.values import NAME_MAX, SHORT_MAX, check_length
from netgarden.errors import Collector, InvalidValue
from netgarden.store.profile_reads import FIELDS

if TYPE_CHECKING:
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit

SHORT = {"name": NAME_MAX, "title": SHORT_MAX, "company": SHORT_MAX, "time_zone": 64,
         "seniority": SHORT_MAX, "function": SHORT_MAX}  # fmt: skip


# what reviews read of me (``me``): these from this profile, seniority and function beside it
SHARED_KEYS = ("company", "title", "time_zone")
MY_FACTS = ("company", "title", "seniority", "function", "time_zone")


def my_facts(unit: Unit | ReadUnit) -> dict[str, str]:
    """What reviews know of me: company, title and time zone from the profile, seniority and
    function beside them (set with ``me``)."""
    shared = unit.profile.get()
    mine = {k: v for k, v in unit.reviews.profile().items() if k not in SHARED_KEYS}
    return {**mine, **{k: str(shared[k]) for k in SHARED_KEYS if shared.get(k)}}


def set_my_facts(unit: Unit, values: dict[str, str | None], now: dt.datetime) -> dict[str, str]:
    """Set (a value) or clear (``""``) what reviews know of me; ``None`` leaves a key alone.
    Company, title and time zone go to the profile, checked as ``profile set`` checks them."""
    unknown = [key for key in values if key not in MY_FACTS]
    if unknown:
        raise InvalidValue("key", f"{unknown[0]!r} is not accepted; use one of: "
                                  f"{', '.join(MY_FACTS)}")  # fmt: skip
    given: dict[str, str | None] = {
        key: value for key, value in values.items() if value is not None
    }
    shared: dict[str, str | None] = {
        key: value for key, value in given.items() if key in SHARED_KEYS
    }
    if shared:
        set_profile(unit, shared, now)
    check = Collector()
    own: dict[str, str | None] = {}
    for key, value in given.items():
        if key not in SHARED_KEYS:
            with check:
                own[key] = _value(key, value)
    check.raise_if_any()
    for key, text in own.items():
        unit.reviews.set_profile(key, text)
    return my_facts(unit)


def show_profile(unit: Unit) -> dict[str, Any]:
    """Every field; None where nothing is stored."""
    return unit.profile.get()


def set_profile(unit: Unit, changes: dict[str, str | None], now: dt.datetime) -> dict[str, Any]:
    """Set the fields given (an empty text clears one), every mistake raised at once."""
    unknown = [key for key in changes if key not in FIELDS]
    if unknown:
        raise InvalidValue(unknown[0], f"not a profile field; use one of: {', '.join(FIELDS)}")
    if not changes:
        raise InvalidValue("profile", "nothing to set; give at least one field")
    check = Collector()
    values: dict[str, Any] = {}
    for key, value in changes.items():
        with check:
            values[key] = _value(key, value)
    check.raise_if_any()
    unit.profile.save(values, now)
    return show_profile(unit)


def _value(key: str, value: str | None) -> str | None:
    multiline = key == "questions"
    text = check_length(key, clean_text(value, multiline=multiline))
    if not text:
        return None
    most = SHORT.get(key)
    if most is not None and len(text) > most:
        raise InvalidValue(key, f"{len(text):,} characters; at most {most}")
    if key == "time_zone":
        from netgarden.domain.time_zones import parse_time_zone

        return parse_time_zone(text)
    return text
