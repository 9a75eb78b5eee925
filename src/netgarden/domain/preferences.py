"""A workspace's preferences for the practice: cadences and agenda rules.

Each preference has a default and help text; ``netgarden config`` shows and sets them, and a
test checks that every one is documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from netgarden.domain.strength import StrengthWeights
from netgarden.domain.values import Circle
from netgarden.errors import InvalidValue


@dataclass(frozen=True)
class Preference:
    key: str
    default: int
    help: str
    minimum: int = 1
    maximum: int = 3650


PREFERENCES: tuple[Preference, ...] = (
    Preference(
        "cadence_inner", 30, "Days between touches for the inner circle (seeds/002: monthly)."
    ),
    Preference("cadence_middle", 90, "Days between touches for the middle circle (quarterly)."),
    Preference("cadence_outer", 365, "Days between touches for the outer circle (annually)."),
    Preference(
        "due_window", 3, "A contact is 'due' this many days before the cadence runs out.", 0, 60
    ),
    Preference("birthday_window", 7, "Birthdays this many days ahead appear on the agenda.", 0, 60),
    Preference(
        "three_touch_min",
        3,
        "Touches a year an inner or middle relationship needs (seeds/001).",
        0,
        52,
    ),
    Preference(
        "lapsed_limit",
        3,
        "Lapsed outer or uncircled ties suggested for reviving per agenda (seeds/002: "
        "'reach out to 3 dormant connections'). Lapsed inner and middle ties are always shown.",
        0,
        50,
    ),
    Preference(
        "lapsed_factor", 2, "A tie has lapsed once it goes this many cadences untouched.", 2, 20
    ),
    Preference(
        "gives_count_as_touches",
        1,
        "1: a give, a receive or a made introduction resets the cadence clock and counts "
        "toward the three touches (seeds/001: 'a value-providing interaction'); 0: only "
        "logged touches do. An ask never does.",
        0,
        1,
    ),
    Preference(
        "strength_half_life", 180, "Days for a touch's weight in strength to halve.", 30, 1825
    ),
    Preference("strength_saturation", 25, "Weight at which strength reaches 63 of 100.", 5, 500),
)

_BY_KEY = {p.key: p for p in PREFERENCES}


@dataclass(frozen=True)
class Preferences:
    cadence_inner: int = 30
    cadence_middle: int = 90
    cadence_outer: int = 365
    due_window: int = 3
    birthday_window: int = 7
    three_touch_min: int = 3
    lapsed_limit: int = 3
    lapsed_factor: int = 2
    gives_count_as_touches: int = 1
    strength_half_life: int = 180
    strength_saturation: int = 25

    def circle_cadence(self, circle: Circle) -> int | None:
        """The default cadence of a circle; ``None`` for contacts outside any circle."""
        if circle is Circle.INNER:
            return self.cadence_inner
        if circle is Circle.MIDDLE:
            return self.cadence_middle
        if circle is Circle.OUTER:
            return self.cadence_outer
        return None

    def with_values(self, values: dict[str, str]) -> Preferences:
        """Overlay stored text values, validating each one."""
        return replace(self, **{key: parse_preference(key, raw) for key, raw in values.items()})

    def strength_weights(self) -> StrengthWeights:
        return StrengthWeights(
            half_life_days=float(self.strength_half_life),
            saturation=float(self.strength_saturation),
        )

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def parse_preference(key: str, raw: str) -> int:
    pref = _BY_KEY.get(key)
    if pref is None:
        raise InvalidValue("key", f"{key!r} is not a setting; use one of: {', '.join(_BY_KEY)}")
    try:
        value = int(raw)
    except ValueError:
        raise InvalidValue(key, f"{raw!r} is not a whole number") from None
    if not pref.minimum <= value <= pref.maximum:
        raise InvalidValue(key, f"{value} is out of range; use {pref.minimum} to {pref.maximum}")
    return value
