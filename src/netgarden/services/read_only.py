"""A read-only unit of work on SQLite that never imports SQLAlchemy.

A read command (``list``, ``search``, ``strength``, ``today``, ``call-list``, ``roi``) on a
current SQLite database opens it with ``sqlite3`` and reads through the repositories' read
parts, which run the same statements' compiled text (store/reads.py). Anything else —
another database, a file that is missing, not yet migrated or not a netgarden database —
takes the usual path (:func:`read_unit` answers None), which migrates, or explains what is
wrong, as before.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netgarden.errors import DatabaseBusy, StoreError
from netgarden.store.agenda_state_reads import AgendaStateReads
from netgarden.store.career_reads import CareerReads
from netgarden.store.circle_history_reads import CircleHistoryReads
from netgarden.store.contact_reads import ContactReads
from netgarden.store.event_stat_reads import EventStats
from netgarden.store.goal_fact_reads import GoalFactReads, GoalRow
from netgarden.store.ledger_reads import LedgerReads
from netgarden.store.network_reads import NetworkReads
from netgarden.store.opportunity_reads import OpportunityReads
from netgarden.store.plan_reads import PlanReads
from netgarden.store.practice_reads import PracticeReads
from netgarden.store.preference_reads import PreferenceReads
from netgarden.store.profile_reads import ProfileReads
from netgarden.store.reads import SqliteReader
from netgarden.store.review_reads import ReviewReads
from netgarden.store.roi_reads import RoiReads
from netgarden.store.search_reads import SearchReads
from netgarden.store.tally_reads import TallyReads
from netgarden.store.task_reads import TaskReads

if TYPE_CHECKING:
    from netgarden.domain.preferences import Preferences
    from netgarden.domain.strength_tallies import SummaryRow
    from netgarden.settings import Settings

LOCAL_WORKSPACE = 1
MMAP_BYTES = 1 << 30  # at most; only what a read touches is mapped in
SQLITE = "sqlite:///"


class ContactAgendaReads(ContactReads, AgendaStateReads):
    """The contact repository's bare reads, the agenda's included."""


class KeptTallyReads(TallyReads):
    """The tallies' reads of one read-only snapshot: everyone's summaries and what came after
    a day are read once (the quarter's review, its deepened line and its goals ask for the
    same summaries and the same eve)."""

    def __init__(self, session: SqliteReader, workspace_id: int) -> None:
        super().__init__(session, workspace_id)
        self._summaries: list[SummaryRow] | None = None
        self._shares: dict[dt.date, dict[int, tuple[float, ...]]] = {}
        self._two_way: dict[dt.date, set[int]] = {}

    def shares_after(self, day: dt.date) -> dict[int, tuple[float, ...]]:
        if day not in self._shares:
            self._shares[day] = super().shares_after(day)
        return self._shares[day]

    def two_way_after(self, day: dt.date) -> set[int]:
        if day not in self._two_way:
            self._two_way[day] = super().two_way_after(day)
        return self._two_way[day]

    def summary_rows(self) -> list[SummaryRow]:
        if self._summaries is None:
            self._summaries = super().summary_rows()
        return self._summaries


@dataclass
class GoalListing:
    """The goal repository's one read a review needs: every goal, oldest first."""

    facts: GoalFactReads

    def all(self) -> list[GoalRow]:
        return self.facts.goals()


@dataclass
class ReadUnit:
    """The reading half of a Unit: the same repository methods, on a bare connection."""

    session: SqliteReader
    workspace_id: int
    region: str = "US"
    # what was worked out from this one snapshot, by what it is (a day's strength scores:
    # the quarter's deepened line and its goals score the same eve)
    kept: dict[Hashable, Any] = field(default_factory=dict)

    @cached_property
    def contacts(self) -> ContactAgendaReads:
        return ContactAgendaReads(self.session, self.workspace_id)

    @cached_property
    def event_stats(self) -> EventStats:
        return EventStats(self.session, self.workspace_id)

    @cached_property
    def plans(self) -> PlanReads:
        return PlanReads(self.session, self.workspace_id)

    @cached_property
    def practice(self) -> PracticeReads:
        return PracticeReads(self.session, self.workspace_id)

    @cached_property
    def tasks(self) -> TaskReads:
        return TaskReads(self.session, self.workspace_id)

    @cached_property
    def ledger(self) -> LedgerReads:
        return LedgerReads(self.session, self.workspace_id)

    @cached_property
    def preference_values(self) -> PreferenceReads:
        return PreferenceReads(self.session, self.workspace_id)

    @cached_property
    def search(self) -> SearchReads:
        return SearchReads(self.session, self.workspace_id)

    # the call list and ROI (issue 16)
    @cached_property
    def career(self) -> CareerReads:
        return CareerReads(self.session, self.workspace_id)

    @cached_property
    def network(self) -> NetworkReads:
        return NetworkReads(self.session, self.workspace_id)

    @cached_property
    def opportunities(self) -> OpportunityReads:
        return OpportunityReads(self.session, self.workspace_id)

    @cached_property
    def profile(self) -> ProfileReads:
        return ProfileReads(self.session, self.workspace_id)

    @cached_property
    def reviews(self) -> ReviewReads:
        return ReviewReads(self.session, self.workspace_id)

    @cached_property
    def roi_stats(self) -> RoiReads:
        return RoiReads(self.session, self.workspace_id)

    @cached_property
    def strength_tallies(self) -> KeptTallyReads:
        return KeptTallyReads(self.session, self.workspace_id)

    # the period reviews (issue 15): the quarter's facts
    @cached_property
    def goal_facts(self) -> GoalFactReads:
        return GoalFactReads(self.session, self.workspace_id)

    @cached_property
    def circle_history(self) -> CircleHistoryReads:
        return CircleHistoryReads(self.session, self.workspace_id)

    @cached_property
    def goals(self) -> GoalListing:
        return GoalListing(self.goal_facts)

    def preferences(self) -> Preferences:
        from netgarden.domain.preferences import Preferences

        return Preferences().with_values(self.preference_values.values())


@contextmanager
def read_unit(settings: Settings, workspace_id: int = LOCAL_WORKSPACE) -> Iterator[ReadUnit | None]:
    """A read-only unit on the settings' SQLite file at the current schema, in one snapshot;
    None when the usual path must open it."""
    connection = _connect(settings)
    if connection is None:
        yield None
        return
    try:
        connection.execute("BEGIN")
        yield ReadUnit(SqliteReader(connection), workspace_id, settings.region)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy(
                f"the database is busy: another program has been writing to it for over "
                f"{settings.busy_timeout:g} s; try again in a moment"
            ) from None
        raise StoreError(f"cannot read {settings.db}: {exc}") from None
    finally:
        connection.close()


def _connect(settings: Settings) -> sqlite3.Connection | None:
    from netgarden.store.schema import HEAD

    url = settings.url
    if not url.startswith(SQLITE):
        return None
    path = Path(url.removeprefix(SQLITE))
    try:  # mode=rw: a missing file is the usual path's to create
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None
        )
    except (sqlite3.Error, ValueError):
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout={int(settings.busy_timeout * 1000)}")
        # pages mapped, not copied by a read() each: a year of ROI's index lookups spent
        # 0.5 s of system time copying pages the 2 MB page cache kept evicting (issue 16)
        connection.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != HEAD:
        connection.close()
        return None
    return connection
