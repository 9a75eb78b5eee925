"""A workspace's preferences for the practice: cadences and agenda rules.

Each preference has a default and help text; ``netgarden config`` shows and sets them, and a
test checks that every one is documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from netgarden.domain.strength import StrengthWeights
from netgarden.domain.values import CIRCLE_CADENCES, MAX_DAYS, Circle
from netgarden.errors import InvalidValue


@dataclass(frozen=True)
class Preference:
    key: str
    default: int
    help: str
    minimum: int = 1
    maximum: int = MAX_DAYS


def _preference(default: int, help: str, minimum: int = 1, maximum: int = MAX_DAYS) -> int:
    """A field of :class:`Preferences` that carries its help and range (see PREFERENCES)."""
    meta = {"help": help, "minimum": minimum, "maximum": maximum}
    return field(default=default, metadata=meta)


def _cadence(circle: Circle, how_often: str) -> int:
    return _preference(
        CIRCLE_CADENCES[circle],
        f"Days between touches for the {circle.value} circle (seeds/002: {how_often}).",
    )


@dataclass(frozen=True)
class Preferences:
    """The one definition of every preference: its default, help text and range.

    PREFERENCES, ``netgarden config``, the settings page and the API's settings schemas are
    all built from these fields.
    """

    cadence_inner: int = _cadence(Circle.INNER, "monthly")
    cadence_middle: int = _cadence(Circle.MIDDLE, "quarterly")
    cadence_outer: int = _cadence(Circle.OUTER, "annually")
    due_window: int = _preference(
        3, "A contact is 'due' this many days before the cadence runs out.", 0, 60
    )
    birthday_window: int = _preference(
        7, "Birthdays this many days ahead appear on the agenda.", 0, 60
    )
    three_touch_min: int = _preference(
        3, "Touches a year an inner or middle relationship needs (seeds/001).", 0, 52
    )
    lapsed_limit: int = _preference(
        3,
        "Lapsed outer or uncircled ties suggested for reviving per agenda (seeds/002: "
        "'reach out to 3 dormant connections'). Lapsed inner and middle ties are always shown.",
        0,
        50,
    )
    lapsed_factor: int = _preference(
        2, "A tie has lapsed once it goes this many cadences untouched.", 2, 20
    )
    gives_count_as_touches: int = _preference(
        1,
        "1: a give, a receive or a made introduction resets the cadence clock and counts "
        "toward the three touches (seeds/001: 'a value-providing interaction'); 0: only "
        "logged touches do. An ask never does.",
        0,
        1,
    )
    strength_half_life: int = _preference(
        180, "Days for a touch's weight in strength to halve.", 30, 1825
    )
    strength_saturation: int = _preference(
        25, "Weight at which strength reaches 63 of 100.", 5, 500
    )
    roi_window: int = _preference(
        90,
        "Days after an event before its ROI counts who is still in two-way contact (before "
        "that its ROI is pending).",
        7,
        730,
    )

    max_attendees: int = _preference(
        5,
        "Meetings with more other people than this, and emails to more recipients, are "
        "gatherings, not relationship touches: an import counts them and logs nothing "
        "(4Degrees' rule).",
        1,
        500,
    )

    def circle_cadence(self, circle: Circle) -> int | None:
        """The default cadence of a circle; ``None`` for contacts outside any circle."""
        if circle not in CIRCLE_CADENCES:
            return None
        cadence: int = getattr(self, f"cadence_{circle.value}")
        return cadence

    def with_values(self, values: dict[str, str]) -> Preferences:
        """Overlay stored text values, validating each one."""
        numbers = {k: v for k, v in values.items() if k not in TEXT_PREFERENCES}
        return replace(self, **{key: parse_preference(key, raw) for key, raw in numbers.items()})

    def strength_weights(self) -> StrengthWeights:
        return StrengthWeights(
            half_life_days=float(self.strength_half_life),
            saturation=float(self.strength_saturation),
        )

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


PREFERENCES: tuple[Preference, ...] = tuple(
    Preference(f.name, f.default, **f.metadata)  # type: ignore[arg-type]
    for f in fields(Preferences)
)
_BY_KEY = {p.key: p for p in PREFERENCES}


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


# Preferences that are text, kept beside the numbers (``netgarden config`` shows them too)
TEXT_PREFERENCES: dict[str, str] = {
    "me_emails": "Your own email addresses, separated by commas: calendar and mailbox "
    "imports tell you apart from the people you met or wrote to by them.",
    # issue 15: seeds/001's 3-touch system is for "each network member"; by default the
    # agenda keeps it to the close circles
    "three_touch_circles": "Circles whose relationships need three touches a year, one of "
    "each purpose (seeds/001's 3-touch system), separated by commas: inner, middle, outer, "
    "none, or all. Default: inner,middle.",
}


def parse_text_preference(key: str, raw: str) -> str:
    """A text preference's stored form, checked."""
    if key == "me_emails":
        return ",".join(parse_me_emails(raw))
    if key == "three_touch_circles":
        from netgarden.domain.practice import circles_text, parse_circles

        return circles_text(parse_circles(raw, key))
    raise InvalidValue("key", f"{key!r} is not a text setting")


def parse_me_emails(raw: str) -> tuple[str, ...]:
    """``a@x.com, b@y.org`` → the addresses, folded to lower case, each checked."""
    from netgarden.formats.records import is_email

    emails = [e.strip().casefold() for e in raw.replace(";", ",").split(",") if e.strip()]
    bad = [e for e in emails if not is_email(e)]
    if bad:
        raise InvalidValue("me_emails", f"{bad[0]!r} is not an email address")
    return tuple(dict.fromkeys(emails))
