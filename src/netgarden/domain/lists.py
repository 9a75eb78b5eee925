"""A contact's lists (emails, phones, tags) as the user wants them: what to add and what to
remove so that what is stored becomes what was asked for. Values compare by a key (an
email's folded case, a phone's E.164 form, a tag's normal form), so retyping a value
differently never removes and re-adds it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from netgarden.domain.normalize import normalize_email, normalize_phone, normalize_tag
from netgarden.errors import Collector, InvalidValue


@dataclass(frozen=True)
class Changes:
    """Values to add (as typed) and stored values to remove."""

    add: list[str]
    remove: list[str]


def changes(wanted: Sequence[str], have: Sequence[str], key: Callable[[str], str]) -> Changes:
    """What turns ``have`` into ``wanted``; every malformed wanted value is raised at once
    (by ``key``, keyed by its list's field). A stored value whose key cannot be worked out
    compares as itself."""
    check = Collector()
    wanted_keys: dict[str, str] = {}
    for value in wanted:
        with check:
            wanted_keys.setdefault(key(value), value)
    check.raise_if_any()
    have_keys = {_stored_key(key, value): value for value in have}
    return Changes(
        add=[value for k, value in wanted_keys.items() if k not in have_keys],
        remove=[value for k, value in have_keys.items() if k not in wanted_keys],
    )


def _stored_key(key: Callable[[str], str], value: str) -> str:
    try:
        return key(value)
    except InvalidValue:
        return value


def email_key(value: str) -> str:
    return normalize_email(value).casefold()


def tag_key(value: str) -> str:
    return normalize_tag(value)


def phone_key(region: str) -> Callable[[str], str]:
    """A phone number's key: its E.164 form when it can be worked out, else as typed."""

    def key(value: str) -> str:
        typed, e164 = normalize_phone(value, region)
        return e164 or typed

    return key
