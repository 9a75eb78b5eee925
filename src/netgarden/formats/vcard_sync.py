"""A vCard as a two-way sync keeps it: its UID, the ``X-NETGARDEN-*`` properties that carry
netgarden's fields a vCard has no place for, and the other ``X-`` properties a phone or
another program wrote (kept line for line, so they come back untouched).

The card's standard fields are read by :mod:`netgarden.formats.vcard` and written by
:mod:`netgarden.formats.vcard_write`; this module only adds what a sync needs besides.
"""

from __future__ import annotations

import re

from netgarden.formats.vcard_write import escape, fold

PREFIX = "X-NETGARDEN-"
# netgarden's fields a vCard cannot hold, as X-NETGARDEN-<FIELD> (an allowlist)
FIELDS = (
    "circle", "cadence_days", "how_met", "met_on", "personal", "interests", "help_them",
    "help_me", "industry", "function", "seniority",
)  # fmt: skip
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]")
_FOLDED = re.compile(r"\r?\n[ \t]")


def unfolded(text: str) -> list[str]:
    """The card's logical lines, unfolded, without line ends."""
    return [line for line in _FOLDED.sub("", text).splitlines() if line.strip()]


def name_of(line: str) -> str:
    found = _NAME.match(line)
    return found[1].upper() if found else ""


def uid_of(text: str) -> str | None:
    for line in unfolded(text):
        if name_of(line) == "UID":
            return line.split(":", 1)[1].strip() or None
    return None


def foreign_lines(text: str) -> list[str]:
    """The ``X-`` properties that are not netgarden's, as written (a group prefix kept)."""
    return [
        line
        for line in unfolded(text)
        if name_of(line).startswith("X-") and not name_of(line).startswith(PREFIX)
    ]


def netgarden_values(text: str) -> dict[str, str]:
    """``X-NETGARDEN-<FIELD>`` values by field name (``cadence_days``…), unescaped."""
    values = {}
    for line in unfolded(text):
        name = name_of(line)
        field = name.removeprefix(PREFIX).lower().replace("-", "_")
        if name.startswith(PREFIX) and field in FIELDS:
            values[field] = _unescape(line.split(":", 1)[1])
    return values


def compose(card: str, uid: str, values: dict[str, str], foreign: list[str]) -> str:
    """``card`` (from vcard_write) with ``uid`` for its UID, an ``X-NETGARDEN-*`` line per
    value, and the foreign lines, before ``END:VCARD``."""
    lines = unfolded(card)
    body = [f"UID:{uid}" if line.startswith("UID:") else line for line in lines[:-1]]
    extra = [
        f"{PREFIX}{field.upper().replace('_', '-')}:{escape(values[field])}"
        for field in FIELDS
        if values.get(field)
    ]
    return "".join(fold(line) + "\r\n" for line in [*body, *extra, *foreign, "END:VCARD"])


def _unescape(text: str) -> str:
    out, escaped = [], False
    for char in text:
        if escaped:
            out.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)
