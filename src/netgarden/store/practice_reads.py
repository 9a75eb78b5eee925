"""The routines' reads the agenda makes (part of PracticeRepo, and of the read-only unit's
``practice``); statements in practice.py, see store/reads.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from netgarden.store.reads import reader_of

CHUNK = 500


class AnniversaryRow(NamedTuple):
    contact_id: int
    kind: str
    day: str


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    wanted = sorted(int(i) for i in ids)
    for start in range(0, len(wanted), CHUNK):
        yield wanted[start : start + CHUNK]


class PracticeReads:
    def __init__(self, session: Any, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _rows(self, name: str, **params: Any) -> list[Any]:
        return reader_of(self.session).rows(f"practice:{name}", (), {"ws": self.workspace_id,
                                                                     **params})  # fmt: skip

    def year_mix(
        self, contact_ids: Sequence[int], since: dt.date, until: dt.date
    ) -> tuple[dict[int, dict[str, int]], dict[int, list[str]]]:
        """For each contact: the purposes of their touches from ``since`` to ``until``
        (purpose → count, untagged touches left out), and the kinds of my gives to them."""
        purposes: dict[int, dict[str, int]] = {}
        gives: dict[int, list[str]] = {}
        for chunk in _chunks(contact_ids):
            span = {"ids": chunk, "since": since, "until": until}
            for contact_id, purpose, count in self._rows("purposes_between", **span):
                purposes.setdefault(contact_id, {})[str(purpose)] = int(count)
            for contact_id, kind in self._rows("gives_between", **span):
                gives.setdefault(contact_id, []).append(kind)
        return purposes, gives

    def anniversaries_on(self, month_days: Iterable[str]) -> dict[int, list[AnniversaryRow]]:
        """Anniversaries whose "MM-DD" is among ``month_days``, by contact."""
        days = list(month_days)
        found: dict[int, list[AnniversaryRow]] = {}
        if not days:
            return found
        for row in self._rows("anniversaries_on", days=days):
            found.setdefault(row[0], []).append(AnniversaryRow._make(row))
        return found

    def week_picks(self, week_of: dt.date) -> list[int]:
        """The contacts picked for the week starting ``week_of`` (a Monday), in rank order."""
        return [row[0] for row in self._rows("week_picks", week_of=week_of)]

    def touched_between(
        self, contact_ids: Sequence[int], start: dt.date, end: dt.date, gives: bool
    ) -> dict[int, dt.date]:
        """Of ``contact_ids``, who had a touch (or, with ``gives``, a give or receive) from
        ``start`` to ``end``: contact id → the first such day."""
        found: dict[int, dt.date] = {}
        names = ("first_touches", "first_values") if gives else ("first_touches",)
        for chunk in _chunks(contact_ids):
            for name in names:
                for contact_id, day in self._rows(name, ids=chunk, start=start, end=end):
                    if contact_id not in found or day < found[contact_id]:
                        found[contact_id] = day
        return found
