"""Tenancy is enforced by the store: from workspace 1, nothing of workspace 2 is read,
changed or counted, and nothing of workspace 1 may point at a contact of workspace 2.

Two databases are built: ``alone`` holds workspace 1's data; ``shared`` holds the same
data (same ids) and then workspace 2's, with the same names, emails, tags, companies,
touches, ledger entries, links, introductions and preferences. Every public method of
every repository is called from workspace 1, once aimed at workspace 1's rows and once at
workspace 2's ids. A read must answer in ``shared`` exactly what it answers in ``alone``;
a write must leave workspace 2 as it was and refer to nobody there (refused or a no-op).

``CALLS`` names every public method: a new one fails ``test_every_public_method_is_covered``
until it says how it is called here, so an unscoped query cannot be added silently.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Row, insert, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from netgarden.domain.views import ListFilter
from netgarden.errors import NetgardenError, WriteRefused
from netgarden.services.database import Database, Unit, open_database
from netgarden.store.bulk import BulkLoader
from netgarden.store.career import CareerRepo  # issue 16
from netgarden.store.circle_history import CircleHistoryRepo
from netgarden.store.contacts import ContactRepo
from netgarden.store.event_stats import EventStats
from netgarden.store.events import EventRepo
from netgarden.store.feed import FeedRepo
from netgarden.store.goal_facts import GoalFacts  # issue 15
from netgarden.store.goals import CommunityRepo, ContentRepo, GoalRepo  # issue 15
from netgarden.store.ledger import LedgerRepo
from netgarden.store.network import NetworkRepo
from netgarden.store.opportunities import OpportunityRepo
from netgarden.store.plans import PlanRepo
from netgarden.store.practice import PracticeRepo
from netgarden.store.preferences import PreferenceRepo
from netgarden.store.profile import ProfileRepo
from netgarden.store.reviews import ReviewRepo
from netgarden.store.roi_stats import RoiStats
from netgarden.store.search import SqliteSearchIndex
from netgarden.store.search_pg import PostgresSearchIndex
from netgarden.store.shared_ties import SharedTieRepo
from netgarden.store.strength_tallies import StrengthTallyRepo
from netgarden.store.sync_state import SyncedCard, SyncStateRepo
from netgarden.store.tables import Base, Contact, Touch, Workspace
from netgarden.store.tasks import TaskRepo
from netgarden.store.templates import TemplateRepo
from netgarden.store.touches import TouchRepo
from tests.conftest import NOW, TODAY, rolled_back

REPOS: dict[str, type] = {
    "contacts": ContactRepo,
    "touches": TouchRepo,
    "ledger": LedgerRepo,
    "network": NetworkRepo,
    "search": SqliteSearchIndex,
    "preference_values": PreferenceRepo,
    "bulk": BulkLoader,
    "events": EventRepo,
    "tasks": TaskRepo,
    "feed": FeedRepo,
    "sync_state": SyncStateRepo,
    "strength_tallies": StrengthTallyRepo,
    "templates": TemplateRepo,
    "reviews": ReviewRepo,
    "circle_history": CircleHistoryRepo,
    "plans": PlanRepo,
    "profile": ProfileRepo,
    "event_stats": EventStats,
    "goals": GoalRepo,
    "content": ContentRepo,
    "communities": CommunityRepo,  # issue 15
    "goal_facts": GoalFacts,  # issue 15
    "practice": PracticeRepo,  # issue 15
    "career": CareerRepo,  # issue 16
    "opportunities": OpportunityRepo,  # issue 16
    "roi_stats": RoiStats,
    "shared_ties": SharedTieRepo,  # issue 19: what a teammate who shares lets their team read
}
# the same interface on PostgreSQL: unit.search there, called by the same CALLS (issue 19)
ALSO = {PostgresSearchIndex: SqliteSearchIndex}
# repositories a service makes for itself (not a Unit's attribute)
OWN = {"FeedRepo": FeedRepo, "SyncStateRepo": SyncStateRepo}
OWN["SharedTieRepo"] = SharedTieRepo  # issue 19


@dataclass(frozen=True)
class Seeded:
    """One workspace's rows: ``ada`` and ``grace`` are active, ``bob`` is archived."""

    ws: int
    ada: int
    grace: int
    bob: int
    touch: int
    intro: int
    event: int
    task: int
    plan: int
    goals: tuple[int, int, int] = (0, 0, 0)  # issue 15: a goal, a content, a community
    opp: int = 0  # issue 16


def seed(unit: Unit) -> Seeded:
    c = unit.contacts
    ada = c.insert(
        {"name": "Ada Lovelace", "company": "Acme", "title": "Engineer", "circle": "inner",
         "cadence_days": 30, "birthday": "1815-11-25", "interests": "engines",
         "help_me": "engines", "help_them": "poetry"}, NOW,
    )  # fmt: skip
    grace = c.insert(
        {"name": "Grace Hopper", "company": "Acme", "title": "Admiral", "circle": "middle",
         "interests": "poetry", "help_me": "poetry", "help_them": "engines"}, NOW,
    )  # fmt: skip
    bob = c.insert({"name": "Ada Byron", "company": "Acme", "circle": "none"}, NOW)
    c.update(bob, {"archived_at": NOW}, NOW)
    c.add_emails(ada, ["ada@example.org"])
    c.add_phones(ada, [("+1 555 0100", "+15550100")])
    c.add_tags(ada, ["friend", "math"])
    c.add_tags(grace, ["friend"])
    c.add_duplicate_candidates([(ada, bob, "same first name", 60)])
    ago = TODAY - dt.timedelta(days=10)
    touch = unit.touches.insert(
        occurred_on=ago, kind="coffee", direction="out", note="pancakes", replied=True,
        contact_ids=[ada, grace], now=NOW,
    )  # fmt: skip
    unit.touches.insert(
        occurred_on=TODAY, kind="call", direction="in", note=None, replied=None,
        contact_ids=[ada], now=NOW,
    )  # fmt: skip
    unit.session.execute(update(Touch).where(Touch.id == touch).values(source_key="src-1"))
    unit.ledger.insert(
        contact_id=ada, entry_type="give", kind="intro", note="pancakes", occurred_on=ago,
        now=NOW,
    )  # fmt: skip
    unit.ledger.insert(
        contact_id=grace, entry_type="ask", kind="advice", note=None, occurred_on=ago, now=NOW
    )
    unit.network.link(ada, grace, "strong", "school", "manual", NOW)
    unit.network.link(grace, bob, None, None, "manual", NOW)
    intro = unit.network.add_intro(ada, bob, "engines", TODAY, NOW)
    unit.preference_values.set("lapsed_limit", "7")
    BulkLoader(unit.session).fingerprints([(unit.workspace_id, "fp-1", ada)])
    event = unit.events.insert(
        {"name": "Summit", "occurred_on": ago, "format": "conference", "virtual": False,
         "role": "attendee", "goal": 3, "status": "attended", "series": "Summits"}, NOW,
    )  # fmt: skip
    unit.events.add_person(event, ada, "met", "evals", touch, NOW)
    task = unit.tasks.insert_many([_task_row(ada, event)], NOW)[0]
    feed = FeedRepo(unit.session, unit.workspace_id)
    feed.set_token(f"token-{unit.workspace_id}", NOW)
    feed.remember({"birthday-1@netgarden": ("digest", 0)})
    synced = SyncedCard("uid-ada", "ada.vcf", ada, "etag", "digest")
    SyncStateRepo(unit.session, unit.workspace_id).save("/vdir", synced, NOW)
    unit.templates.insert(
        {"key": "mine", "name": "Mine", "body": "Hi [Name]", "asks": "meeting"}, NOW
    )
    unit.templates.mark_outreach(touch, "mine", "meeting")
    c.update(grace, {"circle": "inner"}, NOW)  # circle history (issue 13)
    unit.reviews.set_target("company", "Acme", 2)
    unit.reviews.set_profile("company", "Acme")
    unit.events.add_person(event, grace, "target", "ask about evals", None, NOW, "attendee-list")
    unit.tasks.insert_many(
        [{"kind": "report-back", "rule": "intro-received", "contact_id": ada, "event_id": None,
          "since": ago, "due_on": TODAY, "about_id": grace, "note": "how it went"}], NOW,
    )  # fmt: skip
    plan = unit.plans.insert("coffee", TODAY + dt.timedelta(days=3), "plans", [ada, grace], NOW)
    unit.plans.insert("call", ago, None, [grace], NOW)
    unit.profile.save({"name": "Me", "pitch_30": "I garden networks"}, NOW)
    unit.practice.set_purpose(touch, "update")  # issue 15
    unit.practice.set_anniversary(ada, "work", "2019-11-25")
    unit.practice.set_week_picks(TODAY - dt.timedelta(days=TODAY.weekday()), [grace, ada], TODAY)
    _seed_career(unit, ada, grace)  # issue 16
    unit.search.rebuild()
    goals = _seed_goals(unit, ada)  # issue 15
    opp = _seed_opportunity(unit, ada, event)  # issue 16
    return Seeded(unit.workspace_id, ada, grace, bob, touch, intro, event, task, plan, goals, opp)


def _seed_goals(unit: Unit, ada: int) -> tuple[int, int, int]:
    """Issue 15: a goal, a piece of content made with Ada, a community."""
    goal = unit.goals.insert(
        {"title": "Interviews", "metric": "informational-interviews", "target_low": 20,
         "period": "quarter", "rolling": False, "starts_on": dt.date(2026, 10, 1),
         "ends_on": dt.date(2026, 12, 31), "manual_value": 0}, NOW,
    )  # fmt: skip
    content = unit.content.insert(
        {"kind": "post", "title": "Evals", "published_on": TODAY, "mix": "insight"}, [ada], NOW
    )
    community = unit.communities.insert(
        {"name": "PM HQ", "name_key": "pm hq", "role": "member", "joined_on": TODAY}, NOW
    )
    return goal, content, community


def _seed_opportunity(unit: Unit, via: int, event: int) -> int:
    """Issue 16: an opportunity through Ada at the event, moved once, shared with Ada."""
    opp = unit.opportunities.insert(
        {"title": "PM", "kind": "job", "company": "Acme", "company_key": "acme", "via_id": via,
         "event_id": event, "channel": "network", "stage": "open", "opened_on": TODAY,
         "stage_on": TODAY}, NOW,
    )  # fmt: skip
    unit.opportunities.add_stage(opp, "open", TODAY, NOW)
    unit.opportunities.add_share(opp, via, None, TODAY, NOW)
    return opp


# issue 16: each workspace's job change ids (pending, accepted), by workspace
CHANGES: dict[int, tuple[int, int]] = {}


def _seed_career(unit: Unit, ada: int, grace: int) -> None:
    ago = TODAY - dt.timedelta(days=10)
    unit.career.save_company("Acme", "acme", {"hiring": "yes", "hiring_for": "engineers"}, NOW)
    unit.career.add_role_change(ada, ago, ("Acme", "Engineer"), ("Acme", "Lead"), "edit")
    unit.career.add_changes(
        [{"contact_id": c, "seen_on": ago, "old_company": "Acme", "old_title": "Admiral",
          "new_company": "Navy", "new_title": "Admiral", "new_function": None}
         for c in (grace, ada)]
    )  # fmt: skip
    pending, accepted = (row.id for row in unit.career.changes())
    unit.career.decide(accepted, "accepted", ago)
    CHANGES[unit.workspace_id] = (pending, accepted)


def _task_row(contact_id: int, event_id: int) -> dict[str, Any]:
    since = TODAY - dt.timedelta(days=10)
    return {"kind": "connect", "rule": "24-48-7", "contact_id": contact_id, "event_id": event_id,
            "since": since, "due_on": since + dt.timedelta(days=1)}  # fmt: skip


@dataclass
class World:
    alone: Database
    shared: Database
    mine: Seeded
    theirs: Seeded


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def world(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[World]:
    """The two databases, on SQLite and on PostgreSQL (issue 19)."""
    if request.param == "postgresql":
        from netgarden.settings import Settings

        cluster = request.getfixturevalue("pg_cluster")
        alone, shared = (
            Database.open(
                Settings(db=Path("unused"), database_url=cluster.url(cluster.create_database()))
            )
            for _ in range(2)
        )
    else:
        folder = tmp_path_factory.mktemp("tenancy")
        alone, shared = open_database(folder / "alone.db"), open_database(folder / "shared.db")
    for database in (alone, shared):
        with database.transaction() as unit:
            mine = seed(unit)
    with shared.transaction() as unit:
        unit.session.execute(insert(Workspace).values(id=2, name="Other", created_at=NOW))
    with shared.transaction(workspace_id=2) as unit:
        theirs = seed(unit)
    assert (mine.ada, mine.grace, mine.bob) != (theirs.ada, theirs.grace, theirs.bob)
    yield World(alone, shared, mine, theirs)
    alone.close()
    shared.close()


# -- how each public method is called ---------------------------------------------------
# kind "read": answers the same in both databases; "write": changes nothing of workspace 2
# and leaves no reference to it. Each call gets the repository and a workspace's rows
# (workspace 1's, then workspace 2's ids).

Call = Callable[[Any, Seeded], Any]
FLT = ListFilter()
ACME = ListFilter(company="acme", tag="friend")


def _reads(*calls: Call) -> tuple[str, tuple[Call, ...]]:
    return "read", calls


def _writes(*calls: Call) -> tuple[str, tuple[Call, ...]]:
    return "write", calls


def _answer(read: Callable[[], Any]) -> Any:
    """What a read answered, or the error it raised (a NotFound names what is missing)."""
    try:
        return read()
    except NetgardenError as error:
        return f"{type(error).__name__}: {error}"


# issue 15: goals, content, communities and what goals count
_Q = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
GOAL_CALLS: dict[str, tuple[str, tuple[Call, ...]]] = {
    "GoalRepo.insert": _writes(lambda r, s: r.insert(
        {"title": "T", "metric": "manual", "target_low": 1, "period": "week", "rolling": True,
         "manual_value": 0}, NOW)),
    "GoalRepo.all": _reads(lambda r, s: r.all()),
    "GoalRepo.require": _reads(lambda r, s: _answer(lambda: r.require(s.goals[0]))),
    "GoalRepo.update": _writes(lambda r, s: r.update(s.goals[0], {"manual_value": 3})),
    "GoalRepo.delete": _writes(lambda r, s: _answer(lambda: r.delete(s.goals[0]))),
    "ContentRepo.insert": _writes(lambda r, s: r.insert(
        {"kind": "post", "title": "x", "published_on": TODAY, "mix": "journey"}, [s.grace], NOW)),
    "ContentRepo.between": _reads(lambda r, s: r.between(None, None), lambda r, s: r.between(*_Q)),
    "ContentRepo.people": _reads(lambda r, s: r.people([s.goals[1]])),
    "ContentRepo.require": _reads(lambda r, s: _answer(lambda: r.require(s.goals[1]))),
    "ContentRepo.delete": _writes(lambda r, s: _answer(lambda: r.delete(s.goals[1]))),
    "CommunityRepo.by_key": _reads(lambda r, s: r.by_key("pm hq")),
    "CommunityRepo.insert": _writes(lambda r, s: r.insert(
        {"name": "X", "name_key": "x", "role": "board", "joined_on": TODAY}, NOW)),
    "CommunityRepo.update": _writes(lambda r, s: r.update(s.goals[2], {"role": "board"})),
    "CommunityRepo.delete": _writes(lambda r, s: r.delete(s.goals[2])),
    "CommunityRepo.all": _reads(lambda r, s: r.all()),
    "GoalFacts.people_added": _reads(lambda r, s: r.people_added(*_Q)),
    "GoalFacts.touches": _reads(lambda r, s: r.touches(*_Q), lambda r, s: r.touches(*_Q, True)),
    "GoalFacts.touch_counts": _reads(lambda r, s: r.touch_counts(*_Q),
                                     lambda r, s: r.touch_counts(*_Q, "coffee")),
    "GoalFacts.touch_tallies": _reads(lambda r, s: r.touch_tallies(*_Q)),
    "GoalFacts.touch_total": _reads(lambda r, s: r.touch_total(*_Q, "coffee")),
    "GoalFacts.touch_pairs": _reads(lambda r, s: r.touch_pairs(*_Q, "coffee")),
    "GoalFacts.circles": _reads(lambda r, s: r.circles()),
    "GoalFacts.first_and_previous": _reads(lambda r, s: r.first_and_previous(TODAY, TODAY)),
    "GoalFacts.strength_events": _reads(lambda r, s: r.strength_events([s.ada, s.grace])),
    "GoalFacts.events_attended": _reads(lambda r, s: r.events_attended(*_Q)),
    "GoalFacts.gives": _reads(lambda r, s: r.gives(*_Q), lambda r, s: r.gives(*_Q, "intro")),
    "GoalFacts.goal_count": _reads(lambda r, s: r.goal_count()),
    "GoalFacts.goals": _reads(lambda r, s: r.goals()),
    "GoalFacts.first_receive": _reads(lambda r, s: r.first_receive([s.ada, s.grace])),
    "GoalFacts.coffee_plans": _reads(lambda r, s: r.coffee_plans(*_Q)),
    "GoalFacts.content": _reads(lambda r, s: r.content(*_Q)),
    "GoalFacts.communities_joined": _reads(lambda r, s: r.communities_joined(*_Q)),
    "GoalFacts.people": _reads(lambda r, s: r.people([s.ada, s.grace, s.bob])),
    "GoalFacts.in_circle": _reads(lambda r, s: r.in_circle("inner")),
}  # fmt: skip

# issue 16: opportunities
_OPP = {"title": "x", "kind": "job", "stage": "open", "opened_on": TODAY, "stage_on": TODAY}
OPP_CALLS: dict[str, tuple[str, tuple[Call, ...]]] = {
    "OpportunityRepo.insert": _writes(
        lambda r, s: r.insert({**_OPP, "via_id": s.grace}, NOW),
        lambda r, s: r.insert({**_OPP, "event_id": s.event}, NOW),
    ),
    "OpportunityRepo.update": _writes(
        lambda r, s: r.update(s.opp, {"stage": "won"}, NOW),
        lambda r, s: r.update(1 if s.ws == 1 else s.opp, {"via_id": s.grace}, NOW),
    ),
    "OpportunityRepo.add_stage": _writes(lambda r, s: r.add_stage(s.opp, "won", TODAY, NOW)),
    "OpportunityRepo.add_share": _writes(
        lambda r, s: r.add_share(s.opp, s.grace, None, TODAY, NOW),
        lambda r, s: r.add_share(1, s.grace, None, TODAY, NOW),
    ),
    "OpportunityRepo.delete": _writes(lambda r, s: r.delete(s.opp)),
    "OpportunityRepo.listing": _reads(
        lambda r, s: r.listing(), lambda r, s: r.listing("open", [s.opp], "acme")
    ),
    "OpportunityRepo.require": _reads(lambda r, s: _answer(lambda: r.require(s.opp))),
    "OpportunityRepo.stages": _reads(lambda r, s: r.stages(), lambda r, s: r.stages(s.opp)),
    "OpportunityRepo.shares": _reads(lambda r, s: r.shares(s.opp)),
    "OpportunityRepo.share_candidates": _reads(lambda r, s: r.share_candidates()),
    "OpportunityRepo.sourced": _reads(lambda r, s: r.sourced()),
    "OpportunityRepo.openings": _reads(lambda r, s: r.openings("open")),
    "RoiStats.after_sent": _reads(lambda r, s: r.after_sent(YEAR_AGO, TODAY, [s.ada, s.grace])),
    "RoiStats.outreach": _reads(lambda r, s: r.outreach(YEAR_AGO, TODAY, "meeting")),
    "RoiStats.sent_open": _reads(
        lambda r, s: r.sent_open(YEAR_AGO, TODAY, "meeting", [s.ada, s.grace])
    ),
    "RoiStats.first_met": _reads(lambda r, s: r.first_met(YEAR_AGO, TODAY)),
    "RoiStats.ledger_counts": _reads(lambda r, s: r.ledger_counts(YEAR_AGO, TODAY)),
    "RoiStats.known_days": _reads(lambda r, s: r.known_days(YEAR_AGO, TODAY)),
    "RoiStats.quality_firsts": _reads(lambda r, s: r.quality_firsts(YEAR_AGO, TODAY)),
    "RoiStats.quality_candidates": _reads(lambda r, s: r.quality_candidates(YEAR_AGO, TODAY)),
    "RoiStats.histories": _reads(lambda r, s: r.histories([s.ada, s.grace], TODAY)),
}
YEAR_AGO = TODAY - dt.timedelta(days=365)

CALLS: dict[str, tuple[str, tuple[Call, ...]]] = {
    # contacts
    "ContactRepo.insert": _writes(lambda r, s: r.insert({"name": "Ada Lovelace"}, NOW)),
    "ContactRepo.update": _writes(lambda r, s: r.update(s.ada, {"name": "Changed"}, NOW)),
    "ContactRepo.add_emails": _writes(lambda r, s: r.add_emails(s.grace, ["new@example.org"])),
    "ContactRepo.remove_emails": _writes(lambda r, s: r.remove_emails(s.ada, ["ada@example.org"])),
    "ContactRepo.add_phones": _writes(lambda r, s: r.add_phones(s.grace, [("+1 555", None)])),
    "ContactRepo.remove_phones": _writes(lambda r, s: r.remove_phones(s.ada, ["+15550100"])),
    "ContactRepo.add_tags": _writes(lambda r, s: r.add_tags(s.grace, ["new", "math"])),
    "ContactRepo.remove_tags": _writes(lambda r, s: r.remove_tags(s.ada, ["friend", "math"])),
    "ContactRepo.add_duplicate_candidates": _writes(
        lambda r, s: r.add_duplicate_candidates([(s.grace, s.bob, "acme", 50)])
    ),
    "ContactRepo.move_children": _writes(
        lambda r, s: r.move_children(s.ada, 1 if s.ws == 1 else s.grace),
        lambda r, s: r.move_children(s.grace, s.ada),
    ),
    "ContactRepo.delete": _writes(lambda r, s: r.delete(s.ada)),
    "ContactRepo.get": _reads(lambda r, s: r.get(s.ada)),
    "ContactRepo.require": _reads(lambda r, s: _answer(lambda: r.require(s.ada))),
    "ContactRepo.known": _reads(lambda r, s: r.known(s.ada)),  # issue 18: bare reads
    "ContactRepo.require_known": _reads(lambda r, s: _answer(lambda: r.require_known(s.ada))),
    "ContactRepo.emails": _reads(lambda r, s: r.emails(s.ada)),
    "ContactRepo.phones": _reads(lambda r, s: r.phones(s.ada)),
    "ContactRepo.tags": _reads(lambda r, s: r.tags(s.ada)),
    "ContactRepo.email_owner": _reads(lambda r, s: r.email_owner("ADA@example.org")),
    "ContactRepo.by_name": _reads(lambda r, s: r.by_name("ada lovelace")),
    "ContactRepo.by_name_prefix": _reads(lambda r, s: r.by_name_prefix("ada", 10)),
    "ContactRepo.by_word_prefix": _reads(lambda r, s: r.by_word_prefix("hop", 10)),
    "ContactRepo.all_names": _reads(lambda r, s: r.all_names()),
    "ContactRepo.briefs": _reads(lambda r, s: r.briefs([s.ada, s.grace, s.bob])),
    "ContactRepo.last_touch_on": _reads(
        lambda r, s: r.last_touch_on(s.ada), lambda r, s: r.last_touch_on(s.grace, TODAY)
    ),
    "ContactRepo.listing": _reads(
        lambda r, s: r.listing(FLT),
        lambda r, s: r.listing(ACME),
        lambda r, s: r.listing(ListFilter(archived=True, circle="none", limit=5)),
    ),
    "ContactRepo.agenda_states": _reads(lambda r, s: r.agenda_states(TODAY, ["11-25"])),
    "ContactRepo.past_ties": _reads(lambda r, s: r.past_ties([s.ada, s.grace], TODAY)),
    "ContactRepo.match_index": _reads(lambda r, s: r.match_index(["company", "linkedin_url"])),
    "ContactRepo.active_names": _reads(lambda r, s: r.active_names()),
    "ContactRepo.all_emails": _reads(lambda r, s: r.all_emails()),
    "ContactRepo.all_phones": _reads(lambda r, s: r.all_phones()),
    "ContactRepo.all_tags": _reads(lambda r, s: r.all_tags()),
    "ContactRepo.fingerprints": _reads(lambda r, s: r.fingerprints()),
    "ContactRepo.duplicate_candidates": _reads(lambda r, s: r.duplicate_candidates()),
    "ContactRepo.everyone": _reads(lambda r, s: r.everyone()),
    "ContactRepo.grouped": _reads(
        lambda r, s: r.grouped("emails"),
        lambda r, s: r.grouped("phones"),
        lambda r, s: r.grouped("tags"),
    ),
    "ContactRepo.last_touches": _reads(lambda r, s: r.last_touches()),
    "ContactRepo.circle_counts": _reads(lambda r, s: r.circle_counts()),
    "ContactRepo.page": _reads(
        lambda r, s: r.page(FLT, None, "name", 0),
        lambda r, s: r.page(ACME, None, "recent", 0),
        lambda r, s: r.page(FLT, [s.grace, s.ada], "relevance", 0),
        lambda r, s: r.page(FLT, [s.grace, s.ada], "company", 0),
    ),
    "ContactRepo.passing": _reads(
        lambda r, s: r.passing(FLT, [s.grace, s.ada]),
        lambda r, s: r.passing(ACME, [s.ada, s.grace]),
    ),
    "ContactRepo.last_touches_of": _reads(lambda r, s: r.last_touches_of([s.ada, s.grace])),
    "ContactRepo.count": _reads(lambda r, s: r.count()),
    # touches
    "TouchRepo.insert": _writes(
        lambda r, s: r.insert(
            occurred_on=TODAY,
            kind="call",
            direction="out",
            note="hello",
            replied=None,
            contact_ids=[s.ada, s.grace],
            now=NOW,
        )
    ),
    "TouchRepo.delete_orphans": _writes(lambda r, s: r.delete_orphans()),
    "TouchRepo.last_touched": _reads(lambda r, s: r.last_touched([s.ada, s.grace, s.bob])),
    "TouchRepo.mark_replied": _writes(lambda r, s: r.mark_replied(["mail:x:2026-01-01"])),
    "TouchRepo.delete": _writes(lambda r, s: r.delete(s.touch)),  # Today's undo (#11)
    "TouchRepo.all_timelines": _reads(lambda r, s: r.all_timelines()),
    "TouchRepo.per_day": _reads(lambda r, s: r.per_day(TODAY - dt.timedelta(days=30), TODAY)),
    "TouchRepo.count": _reads(lambda r, s: r.count()),
    "TouchRepo.source_keys": _reads(lambda r, s: r.source_keys()),
    "TouchRepo.timeline": _reads(
        lambda r, s: r.timeline(s.ada), lambda r, s: r.timeline(s.grace, limit=1)
    ),
    # the dashboard's figures and the people behind them (#11)
    "TouchRepo.replies": _reads(lambda r, s: r.replies(TODAY - dt.timedelta(days=90), TODAY)),
    "TouchRepo.contacts_touched": _reads(
        lambda r, s: r.contacts_touched(TODAY - dt.timedelta(days=90), TODAY),
        lambda r, s: r.contacts_touched(TODAY - dt.timedelta(days=90), TODAY, unanswered=True),
    ),
    "LedgerRepo.type_counts": _reads(
        lambda r, s: r.type_counts(), lambda r, s: r.type_counts(TODAY - dt.timedelta(days=90))
    ),
    "LedgerRepo.contacts_with": _reads(
        lambda r, s: r.contacts_with("give"),
        lambda r, s: r.contacts_with("ask", TODAY - dt.timedelta(days=90)),
    ),
    # ledger
    "LedgerRepo.insert": _writes(
        lambda r, s: r.insert(
            contact_id=s.grace,
            entry_type="give",
            kind="intro",
            note=None,
            occurred_on=TODAY,
            now=NOW,
        )
    ),
    "LedgerRepo.entries": _reads(
        lambda r, s: r.entries(), lambda r, s: r.entries(s.ada, TODAY - dt.timedelta(days=90))
    ),
    "LedgerRepo.last_value_on": _reads(
        lambda r, s: r.last_value_on(), lambda r, s: r.last_value_on([s.ada, s.grace])
    ),
    "LedgerRepo.asks_outrun_gives": _reads(lambda r, s: r.asks_outrun_gives()),
    "LedgerRepo.strength_events": _reads(
        lambda r, s: r.strength_events(), lambda r, s: r.strength_events([s.ada, s.grace])
    ),
    # network
    "NetworkRepo.link": _writes(
        lambda r, s: r.link(s.ada, s.bob, "weak", "club", "manual", NOW),
        lambda r, s: r.link(s.ada, s.grace, "weak", "club", "manual", NOW, exact=True),
    ),
    "NetworkRepo.add_intro": _writes(lambda r, s: r.add_intro(s.grace, s.bob, "x", TODAY, NOW)),
    "NetworkRepo.set_intro_state": _writes(
        lambda r, s: r.set_intro_state(s.intro, "made", "went well", TODAY)
    ),
    "NetworkRepo.links_touching": _reads(lambda r, s: r.links_touching([s.ada, s.grace])),
    "NetworkRepo.links_of": _reads(lambda r, s: r.links_of(s.grace)),
    "NetworkRepo.linked": _reads(lambda r, s: r.linked(s.grace, s.ada)),
    "NetworkRepo.all_pairs": _reads(lambda r, s: r.all_pairs()),
    "NetworkRepo.pairs": _reads(lambda r, s: r.pairs()),
    "NetworkRepo.people": _reads(
        lambda r, s: r.people(), lambda r, s: r.people("acme", "engineer")
    ),
    "NetworkRepo.colleagues": _reads(lambda r, s: r.colleagues([s.ada])),
    "NetworkRepo.details": _reads(lambda r, s: r.details([s.ada, s.grace])),
    "NetworkRepo.profiles": _reads(lambda r, s: r.profiles()),
    "NetworkRepo.open_intro": _reads(lambda r, s: r.open_intro(s.bob, s.ada, ["proposed"])),
    "NetworkRepo.intro": _reads(lambda r, s: r.intro(s.intro)),
    "NetworkRepo.intros": _reads(lambda r, s: r.intros()),
    # events and their people
    "EventRepo.insert": _writes(
        lambda r, s: r.insert(
            {
                "name": "Mixer",
                "occurred_on": TODAY,
                "format": "mixer",
                "virtual": False,
                "role": "host",
                "goal": 3,
                "status": "planned",
            },
            NOW,
        )
    ),
    "EventRepo.update": _writes(lambda r, s: r.update(s.event, {"status": "skipped"}, NOW)),
    "EventRepo.add_person": _writes(
        lambda r, s: r.add_person(s.event, s.grace, "target", None, None, NOW)
    ),
    "EventRepo.move_person": _writes(lambda r, s: r.move_person(s.ada, s.grace)),
    "EventRepo.get": _reads(lambda r, s: r.get(s.event)),
    "EventRepo.require": _reads(lambda r, s: _answer(lambda: r.require(s.event))),
    "EventRepo.listing": _reads(lambda r, s: r.listing(), lambda r, s: r.listing("attended")),
    "EventRepo.people": _reads(lambda r, s: r.people(s.event)),
    "EventRepo.has_person": _reads(lambda r, s: r.has_person(s.event, s.ada, "met")),
    "EventRepo.count_people": _reads(lambda r, s: r.count_people(s.event, "met")),
    # follow-up tasks
    "TaskRepo.insert_many": _writes(lambda r, s: r.insert_many([_task_row(s.grace, s.event)], NOW)),
    "TaskRepo.close": _writes(lambda r, s: r.close([s.task], TODAY, "done")),
    "TaskRepo.reopen": _writes(lambda r, s: r.reopen("done")),  # Today's undo (#11)
    "TaskRepo.move": _writes(lambda r, s: r.move(s.ada, s.grace)),
    "TaskRepo.listing": _reads(
        lambda r, s: r.listing(),
        lambda r, s: r.listing(
            open_only=True, contact_id=s.ada, event_id=s.event, active_only=True
        ),
    ),
    "TaskRepo.get": _reads(lambda r, s: r.get(s.task)),
    "TaskRepo.exists": _reads(lambda r, s: r.exists(s.ada, s.event, "24-48-7")),
    "TaskRepo.open_for": _reads(lambda r, s: r.open_for([s.ada, s.grace])),
    # the calendar feed and the vdir sync's state
    "FeedRepo.token": _reads(lambda r, s: r.token()),
    "FeedRepo.set_token": _writes(lambda r, s: r.set_token("token-new", NOW)),
    "FeedRepo.served": _reads(lambda r, s: r.served()),
    "FeedRepo.remember": _writes(lambda r, s: r.remember({"birthday-1@netgarden": ("new", 1)})),
    "SyncStateRepo.cards": _reads(lambda r, s: r.cards("/vdir"), lambda r, s: r.cards("/other")),
    "SyncStateRepo.save": _writes(
        lambda r, s: r.save("/vdir", SyncedCard("uid-g", "g.vcf", s.grace, "e", "d"), NOW)
    ),
    "SyncStateRepo.forget": _writes(lambda r, s: r.forget("/vdir", "uid-ada")),
    # outreach templates and the touches drafted from them
    "TemplateRepo.all": _reads(lambda r, s: r.all()),
    "TemplateRepo.get": _reads(lambda r, s: r.get("mine")),
    "TemplateRepo.insert": _writes(
        lambda r, s: r.insert({"key": "new", "name": "N", "body": "x", "asks": "nothing"}, NOW)
    ),
    "TemplateRepo.update": _writes(lambda r, s: r.update("mine", {"body": "changed"}, NOW)),
    "TemplateRepo.delete": _writes(lambda r, s: r.delete("mine")),
    "TemplateRepo.mark_outreach": _writes(lambda r, s: r.mark_outreach(s.touch, "x", "nothing")),
    "TemplateRepo.touch": _reads(lambda r, s: r.touch(s.touch)),
    "TemplateRepo.set_replied": _writes(lambda r, s: r.set_replied(s.touch, False)),
    "TemplateRepo.sent": _reads(lambda r, s: r.sent(None, None), lambda r, s: r.sent(TODAY, TODAY)),
    "TemplateRepo.touches_with": _reads(lambda r, s: r.touches_with([s.ada, s.grace], TODAY)),
    "TaskRepo.two_way_before": _reads(lambda r, s: r.two_way_before([s.ada, s.grace], s.touch)),
    "TaskRepo.waiting_report_backs": _reads(lambda r, s: r.waiting_report_backs([s.grace])),
    "TaskRepo.forget_touch": _writes(lambda r, s: r.forget_touch(s.touch, ["first-meeting"])),
    "TaskRepo.start": _writes(lambda r, s: r.start(s.task, s.touch, TODAY, TODAY)),
    "EventRepo.set_person": _writes(
        lambda r, s: r.set_person(s.event, s.ada, "met", {"note": "changed"})
    ),
    "EventRepo.targets": _reads(lambda r, s: r.targets(s.event)),
    # planned meetings, my profile, event ROI
    "PlanRepo.insert": _writes(lambda r, s: r.insert("coffee", TODAY, None, [s.ada], NOW)),
    "PlanRepo.update": _writes(lambda r, s: r.update(s.plan, {"status": "cancelled"}, NOW)),
    "PlanRepo.get": _reads(lambda r, s: r.get(s.plan)),
    "PlanRepo.set_people": _writes(lambda r, s: r.set_people(s.plan, [s.ada])),
    "PlanRepo.by_source_keys": _reads(lambda r, s: r.by_source_keys(["ics-plan:x"])),
    "PlanRepo.people": _reads(lambda r, s: r.people(), lambda r, s: r.people([s.plan])),
    "PlanRepo.listing": _reads(
        lambda r, s: r.listing(), lambda r, s: r.listing("planned", s.grace)
    ),
    "PlanRepo.planned_until": _reads(lambda r, s: r.planned_until(TODAY + dt.timedelta(days=30))),
    "PlanRepo.meetings_after": _reads(lambda r, s: r.meetings_after([s.ada, s.grace])),
    "PlanRepo.count": _reads(lambda r, s: r.count()),
    "ProfileRepo.get": _reads(lambda r, s: r.get()),
    "ProfileRepo.save": _writes(lambda r, s: r.save({"hook": "a hook"}, NOW)),
    "EventStats.after_meeting": _reads(lambda r, s: r.after_meeting(TODAY)),
    "EventStats.planned_after": _reads(lambda r, s: r.planned_after()),
    "EventStats.task_compliance": _reads(lambda r, s: r.task_compliance(TODAY)),
    "EventStats.roles": _reads(lambda r, s: r.roles()),
    "EventStats.attended": _reads(lambda r, s: r.attended(TODAY)),
    "EventStats.series": _reads(lambda r, s: r.series()),
    # search
    "SqliteSearchIndex.reindex": _writes(lambda r, s: r.reindex([s.ada, s.grace, s.bob])),
    "SqliteSearchIndex.rebuild": _writes(lambda r, s: r.rebuild()),
    "SqliteSearchIndex.forget": _writes(lambda r, s: r.forget([s.ada])),
    "SqliteSearchIndex.query": _reads(
        lambda r, s: r.query("ada", 1), lambda r, s: r.query("pancakes acme", 5, True)
    ),
    "SqliteSearchIndex.ranked_ids": _reads(
        lambda r, s: r.ranked_ids("ada", 1), lambda r, s: r.ranked_ids("friend", 10)
    ),
    # strength tallies (issue 18)
    "StrengthTallyRepo.refresh": _writes(lambda r, s: r.refresh([s.ada, s.grace, s.bob])),
    "StrengthTallyRepo.rebuild": _writes(lambda r, s: r.rebuild()),
    "StrengthTallyRepo.read": _reads(
        lambda r, s: r.read(),
        lambda r, s: r.read([s.ada, s.grace]),
        lambda r, s: r.read(None, True),
    ),
    "StrengthTallyRepo.two_way_after": _reads(lambda r, s: r.two_way_after(dt.date(2000, 1, 1))),
    "StrengthTallyRepo.shares_after": _reads(lambda r, s: r.shares_after(dt.date(2000, 1, 1))),
    "StrengthTallyRepo.two_way_span": _reads(lambda r, s: r.two_way_span([s.ada, s.grace])),
    "StrengthTallyRepo.two_way_within": _reads(
        lambda r, s: r.two_way_within([s.ada, s.grace], dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    ),
    # teams (issue 19): a teammate's shared people, read in their own workspace only
    "SharedTieRepo.people": _reads(
        lambda r, s: r.people(company="acme"),
        lambda r, s: r.people(name="ada"),
        lambda r, s: r.people(),
    ),
    "SharedTieRepo.person": _reads(lambda r, s: r.person(s.ada), lambda r, s: r.person(s.bob)),
    # preferences
    "PreferenceRepo.values": _reads(lambda r, s: r.values()),
    "PreferenceRepo.set": _writes(lambda r, s: r.set("lapsed_limit", "9")),
    "PreferenceRepo.unset": _writes(lambda r, s: r.unset("lapsed_limit")),
    # reviews (issue 13)
    "ReviewRepo.people": _reads(lambda r, s: r.people()),
    "ReviewRepo.targets": _reads(lambda r, s: r.targets()),
    "ReviewRepo.set_target": _writes(lambda r, s: r.set_target("company", "Acme", 5)),
    "ReviewRepo.remove_target": _writes(lambda r, s: r.remove_target("company", "Acme")),
    "ReviewRepo.profile": _reads(lambda r, s: r.profile()),
    "ReviewRepo.set_profile": _writes(
        lambda r, s: r.set_profile("company", "Other"), lambda r, s: r.set_profile("company", "")
    ),
    # reviews from aggregates (issue 13 at 30k, h-close)
    "ReviewRepo.last_days": _reads(lambda r, s: r.last_days(TODAY)),
    "ReviewRepo.year_counts": _reads(
        lambda r, s: r.year_counts(TODAY - dt.timedelta(days=365), TODAY)
    ),
    "ReviewRepo.ledger_rows": _reads(lambda r, s: r.ledger_rows(TODAY)),
    "ReviewRepo.circles": _reads(lambda r, s: r.circles()),
    "ReviewRepo.touch_counts": _reads(
        lambda r, s: r.touch_counts(TODAY - dt.timedelta(days=365), TODAY)
    ),
    "StrengthTallyRepo.summary_rows": _reads(lambda r, s: r.summary_rows()),
    "ReviewRepo.unanswered": _reads(
        lambda r, s: r.unanswered(TODAY - dt.timedelta(days=365), TODAY)
    ),
    "ReviewRepo.last_outreach": _reads(lambda r, s: r.last_outreach([s.ada, s.grace], TODAY)),
    "ContactRepo.active_ids": _reads(lambda r, s: r.active_ids()),
    # career resilience (issue 16)
    "CareerRepo.companies": _reads(lambda r, s: r.companies()),
    "CareerRepo.company_facts": _reads(lambda r, s: r.company_facts()),
    "CareerRepo.company": _reads(lambda r, s: r.company(s.ws), lambda r, s: r.company(1)),
    "CareerRepo.company_by_key": _reads(lambda r, s: r.company_by_key("acme")),
    "CareerRepo.save_company": _writes(
        lambda r, s: r.save_company("Acme", "acme", {"hiring": "no"}, NOW),
        lambda r, s: r.save_company("Beta", "beta", {}, NOW),
    ),
    "CareerRepo.people": _reads(lambda r, s: r.people(), lambda r, s: r.people([s.ada, s.bob])),
    "CareerRepo.with_company": _reads(lambda r, s: r.with_company()),
    "CareerRepo.add_role_change": _writes(
        lambda r, s: r.add_role_change(s.grace, TODAY, ("A", "B"), ("C", "D"), "edit")
    ),
    "CareerRepo.role_history": _reads(lambda r, s: r.role_history(s.ada)),
    "CareerRepo.seen_changes": _reads(lambda r, s: r.seen_changes()),
    "CareerRepo.add_changes": _writes(
        lambda r, s: r.add_changes(
            [
                {
                    "contact_id": s.grace,
                    "seen_on": TODAY,
                    "old_company": None,
                    "old_title": None,
                    "new_company": "X",
                    "new_title": None,
                    "new_function": None,
                }
            ]
        )
    ),
    "CareerRepo.changes": _reads(lambda r, s: r.changes(), lambda r, s: r.changes(None)),
    "CareerRepo.change": _reads(lambda r, s: r.change(CHANGES[s.ws][0])),
    "CareerRepo.decide": _writes(lambda r, s: r.decide(CHANGES[s.ws][0], "dismissed", TODAY)),
    "CareerRepo.accepted_since": _reads(lambda r, s: r.accepted_since(TODAY - dt.timedelta(30))),
    "CircleHistoryRepo.of_contact": _reads(lambda r, s: r.of_contact(s.grace)),
    "CircleHistoryRepo.since": _reads(lambda r, s: r.since(TODAY - dt.timedelta(days=3650))),
    # the bulk loader writes the workspace it is given: the database refuses a reference
    # from workspace 1 to a contact of workspace 2
    # ids are global, not a workspace's (it goes when ids come from the database)
    # goals, content, communities (issue 15)
    **GOAL_CALLS,
    "BulkLoader.emails": _writes(lambda r, s: r.emails([(1, s.grace, "b@x.org", "b@x.org", 0)])),
    "BulkLoader.phones": _writes(lambda r, s: r.phones([(1, s.grace, "+1 555", None, 0)])),
    "BulkLoader.tags": _writes(lambda r, s: r.tags([(1, s.grace, "bulk")])),
    "BulkLoader.participants": _writes(
        lambda r, s: r.participants([(s.touch, s.bob, 1, TODAY.isoformat())])
    ),
    "BulkLoader.links": _writes(
        lambda r, s: r.links([(1, s.ada, s.bob, "weak", None, "import", str(NOW))])
    ),
    "BulkLoader.fingerprints": _writes(lambda r, s: r.fingerprints([(1, "fp-2", s.grace)])),
    "BulkLoader.contacts": _writes(
        lambda r, s: r.contacts(
            [(1, "Bulk", "bulk", "none", str(NOW), str(NOW))],
            ("workspace_id", "name", "name_key", "circle", "created_at", "updated_at"),
        )
    ),
    # the routines (issue 15)
    "PracticeRepo.set_purpose": _writes(lambda r, s: r.set_purpose(s.touch, "value")),
    "PracticeRepo.purpose_of": _reads(lambda r, s: r.purpose_of(s.touch)),
    "PracticeRepo.year_mix": _reads(
        lambda r, s: r.year_mix([s.ada, s.grace], TODAY - dt.timedelta(days=364), TODAY)
    ),
    "PracticeRepo.anniversaries": _reads(
        lambda r, s: r.anniversaries(), lambda r, s: r.anniversaries([s.ada])
    ),
    "PracticeRepo.anniversaries_on": _reads(lambda r, s: r.anniversaries_on(["11-25"])),
    "PracticeRepo.set_anniversary": _writes(
        lambda r, s: r.set_anniversary(s.ada, "work", None),
        lambda r, s: r.set_anniversary(s.grace, "wedding", "--06-01"),
    ),
    "PracticeRepo.move_anniversaries": _writes(lambda r, s: r.move_anniversaries(s.ada, s.grace)),
    "PracticeRepo.week_picks": _reads(
        lambda r, s: r.week_picks(TODAY - dt.timedelta(days=TODAY.weekday()))
    ),
    "PracticeRepo.set_week_picks": _writes(
        lambda r, s: r.set_week_picks(dt.date(2020, 1, 6), [s.ada], TODAY)
    ),
    "PracticeRepo.untouched_at": _reads(lambda r, s: r.untouched_at(["Acme", "acme"], 5)),
    "PracticeRepo.circles": _reads(lambda r, s: r.circles()),
    "PracticeRepo.missing_role": _reads(lambda r, s: r.missing_role()),
    "PracticeRepo.ledger_between": _reads(
        lambda r, s: r.ledger_between(TODAY - dt.timedelta(days=30), TODAY)
    ),
    "PracticeRepo.tasks_between": _reads(
        lambda r, s: r.tasks_between(TODAY - dt.timedelta(days=30), TODAY)
    ),
    "PracticeRepo.touched_between": _reads(
        lambda r, s: r.touched_between([s.ada, s.grace], TODAY - dt.timedelta(days=30), TODAY, True)
    ),
    "BulkLoader.touches": _writes(
        lambda r, s: r.touches([(1, TODAY.isoformat(), "call", "out", None, None, str(NOW))])
    ),
    **OPP_CALLS,  # issue 16
}


def _public(cls: type) -> list[str]:
    return [
        f"{cls.__name__}.{name}"
        for name, member in inspect.getmembers(cls, callable)
        if not name.startswith("_")
    ]


def test_every_public_method_is_covered() -> None:
    public = {name for cls in REPOS.values() for name in _public(cls)}
    assert sorted(public - set(CALLS)) == [], "say in CALLS how to call these from workspace 1"
    assert sorted(set(CALLS) - public) == []
    for cls, same in ALSO.items():
        assert [n.split(".")[1] for n in _public(cls)] == [n.split(".")[1] for n in _public(same)]


CASES = [
    pytest.param(name, index, side, id=f"{name}[{index}]-{side}")
    for name, (_, calls) in CALLS.items()
    for index in range(len(calls))
    for side in ("mine", "theirs")
]


@pytest.mark.parametrize(("name", "index", "side"), CASES)
def test_workspace_one_sees_and_changes_only_its_own(
    world: World, name: str, index: int, side: str
) -> None:
    kind, calls = CALLS[name]
    call = calls[index]
    target = world.mine if side == "mine" else world.theirs
    if kind == "read":
        with rolled_back(world.alone) as alone, rolled_back(world.shared) as shared:
            expected = _plain(call(_repo(alone, name), target))
            assert _plain(call(_repo(shared, name), target)) == expected
        return
    with rolled_back(world.shared) as unit:
        before = _snapshot(unit.session, 2)
        try:
            with unit.session.begin_nested():
                call(_repo(unit, name), target)
        except (IntegrityError, NetgardenError):
            pass  # refused
        assert _snapshot(unit.session, 2) == before, "workspace 2 changed"
        assert _cross_references(unit.session) == [], "workspace 1 points into workspace 2"


def _repo(unit: Unit, name: str) -> Any:
    cls = name.split(".")[0]
    if cls == "BulkLoader":
        return BulkLoader(unit.session)
    if cls in OWN:
        return OWN[cls](unit.session, unit.workspace_id)
    attribute = next(a for a, c in REPOS.items() if c.__name__ == cls)
    return getattr(unit, attribute)


def _plain(value: Any) -> Any:
    """What a read answered, as plain values that compare across the two databases."""
    if isinstance(value, Contact):
        return {c.key: getattr(value, c.key) for c in Contact.__table__.columns}
    if isinstance(value, Base):
        return {c.key: getattr(value, c.key) for c in value.__table__.columns}
    if isinstance(value, Row):
        return tuple(_plain(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_TABLES = [t.name for t in Base.metadata.sorted_tables if "workspace_id" in t.c]
# every column that names a contact: it must name one of its own row's workspace
_REFERENCES = {
    "contact_emails": ("contact_id",),
    "contact_phones": ("contact_id",),
    "contact_tags": ("contact_id",),
    "touch_participants": ("contact_id",),
    "duplicate_candidates": ("contact_id", "other_id"),
    "import_fingerprints": ("contact_id",),
    "ledger_entries": ("contact_id",),
    "links": ("a_id", "b_id"),
    "introductions": ("a_id", "b_id"),
    "event_people": ("contact_id",),
    "tasks": ("contact_id",),
    "sync_cards": ("contact_id",),
    "circle_changes": ("contact_id",),
    "role_changes": ("contact_id",),  # issue 16
    "job_changes": ("contact_id",),  # issue 16
    "opportunities": ("via_id",),  # issue 16
    "opportunity_shares": ("contact_id",),
    "quality_firsts": ("contact_id",),
}


def _snapshot(session: Session, ws: int) -> dict[str, list[Any]]:
    found = {
        table: sorted(
            tuple(row)
            for row in session.execute(
                text(f"SELECT * FROM {table} WHERE workspace_id = :ws"), {"ws": ws}
            )
        )
        for table in _TABLES
    }
    search = (  # FTS5's table on SQLite, the tsvector table on PostgreSQL
        "SELECT * FROM contact_search WHERE workspace_id = :ws ORDER BY contact_id"
        if session.get_bind().dialect.name == "postgresql"
        else "SELECT rowid, * FROM contact_search WHERE rowid IN "
        "(SELECT id FROM contacts WHERE workspace_id = :ws) ORDER BY rowid"
    )
    found["contact_search"] = [tuple(row) for row in session.execute(text(search), {"ws": ws})]
    return found


def _cross_references(session: Session) -> list[Any]:
    wrong: list[Any] = []
    for table, columns in _REFERENCES.items():
        for column in columns:
            wrong += session.execute(
                text(
                    f"SELECT '{table}.{column}', t.{column} FROM {table} t "
                    f"JOIN contacts c ON c.id = t.{column} WHERE c.workspace_id != t.workspace_id"
                )
            ).all()
    wrong += session.execute(
        text(
            "SELECT 'touch_participants.touch_id', p.touch_id FROM touch_participants p "
            "JOIN touches t ON t.id = p.touch_id WHERE t.workspace_id != p.workspace_id"
        )
    ).all()
    return wrong


def test_a_search_is_ranked_within_the_workspace(tmp_path: Path) -> None:
    """Another workspace full of better matches leaves this one's match in the answer."""
    database = open_database(tmp_path / "n.db")
    with database.transaction() as unit:
        unit.session.execute(insert(Workspace).values(id=2, name="Other", created_at=NOW))
        ada = unit.contacts.insert({"name": "Ada Lovelace", "notes": "ada"}, NOW)
        unit.search.reindex([ada])
    with database.transaction(workspace_id=2) as unit:
        crowd = [unit.contacts.insert({"name": f"Ada Ada {i}"}, NOW) for i in range(120)]
        unit.search.reindex(crowd)
    with database.transaction() as unit:
        assert [hit.id for hit in unit.search.query("ada", 5)] == [ada]
        assert unit.search.ranked_ids("ada", 5) == [ada]
    with database.transaction(workspace_id=2) as unit:
        assert ada not in unit.search.ranked_ids("ada", 500)
        assert len(unit.search.query("ada", 500)) == 120
    database.close()


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO contact_emails (workspace_id, contact_id, email, email_key, position) "
        "VALUES (1, :theirs, 'x@x.org', 'x@x.org', 0)",
        "INSERT INTO contact_phones (workspace_id, contact_id, number, position) "
        "VALUES (1, :theirs, '+1 555', 0)",
        "INSERT INTO contact_tags (workspace_id, contact_id, tag) VALUES (1, :theirs, 'x')",
        "INSERT INTO touch_participants (workspace_id, touch_id, contact_id, occurred_on) "
        "VALUES (1, :touch, :theirs, '2026-11-01')",
        "INSERT INTO touch_participants (workspace_id, touch_id, contact_id, occurred_on) "
        "VALUES (1, :their_touch, :mine, '2026-11-01')",
        "INSERT INTO ledger_entries (workspace_id, contact_id, entry_type, kind, occurred_on, "
        "created_at) VALUES (1, :theirs, 'give', 'intro', '2026-11-01', '2026-11-01')",
        "INSERT INTO links (workspace_id, a_id, b_id, strength, source, created_at) "
        "VALUES (1, :mine, :theirs, 'weak', 'manual', '2026-11-01')",
        "INSERT INTO introductions (workspace_id, a_id, b_id, state, updated_on, created_at) "
        "VALUES (1, :theirs, :mine, 'proposed', '2026-11-01', '2026-11-01')",
        "INSERT INTO duplicate_candidates (workspace_id, contact_id, other_id, evidence, score) "
        "VALUES (1, :mine, :theirs, 'x', 1)",
        "INSERT INTO import_fingerprints (workspace_id, fingerprint, contact_id) "
        "VALUES (1, 'fp-x', :theirs)",
        "UPDATE contact_emails SET contact_id = :theirs WHERE workspace_id = 1",
    ],
)
def test_the_database_refuses_a_reference_to_another_workspace(
    world: World, statement: str
) -> None:
    ids = {
        "mine": world.mine.grace,
        "theirs": world.theirs.grace,
        "touch": world.mine.touch,
        "their_touch": world.theirs.touch,
    }
    with rolled_back(world.shared) as unit, pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        unit.session.execute(text(statement), ids)


def test_migration_0007_keeps_the_rows_and_then_refuses_cross_references(tmp_path: Path) -> None:
    from tests.store.test_schema import _database_at

    db_path = tmp_path / "data" / "n.db"
    _database_at(
        db_path,
        "0006",
        "INSERT INTO workspaces (id, name, created_at) VALUES (2, 'Other', '2026-01-01')",
        "INSERT INTO contacts (id, workspace_id, name, name_key, circle, created_at, updated_at) "
        "VALUES (1, 1, 'Ada', 'ada', 'inner', '2026-01-01', '2026-01-01'), "
        "(2, 2, 'Ada', 'ada', 'inner', '2026-01-01', '2026-01-01')",
        "INSERT INTO contact_emails (workspace_id, contact_id, email, email_key, position) "
        "VALUES (1, 1, 'ada@x.org', 'ada@x.org', 0)",
        "INSERT INTO touches (id, workspace_id, occurred_on, kind, direction, created_at) "
        "VALUES (1, 1, '2026-01-02', 'call', 'out', '2026-01-02')",
        "INSERT INTO touch_participants (touch_id, contact_id, workspace_id, occurred_on) "
        "VALUES (1, 1, 1, '2026-01-02')",
    )
    database = open_database(db_path)
    with database.transaction() as unit:
        assert unit.contacts.emails(1) == ["ada@x.org"]
        assert unit.contacts.last_touch_on(1) == dt.date(2026, 1, 2)
    with pytest.raises(WriteRefused, match="FOREIGN KEY"), database.transaction() as unit:
        unit.session.execute(text("UPDATE contact_emails SET contact_id = 2 WHERE contact_id = 1"))
    with database.transaction() as unit:  # deleting a contact still takes its rows along
        unit.contacts.delete(1)
        assert unit.session.scalar(text("SELECT count(*) FROM touch_participants")) == 0
    database.close()


# -- backups and exports are per workspace -------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "vcard", "csv", "markdown"])
def test_an_export_of_workspace_one_is_the_same_beside_workspace_two(
    world: World, fmt: str
) -> None:
    """Every export (the JSON backup too) of workspace 1 holds exactly what it holds when
    workspace 1 is alone in its database: nothing of workspace 2."""
    from netgarden.services.exporting import _backup_chunks, _render, markdown_files

    def export(database: Database) -> object:
        with rolled_back(database) as unit:
            if fmt == "markdown":
                return markdown_files(unit, TODAY)
            if fmt == "json":  # the backup is streamed table by table (issue 18)
                return b"".join(_backup_chunks(unit))
            return _render(unit, fmt, "4.0", TODAY)

    alone, shared = export(world.alone), export(world.shared)
    assert shared == alone
    assert "Ada Lovelace" in str(shared)


def test_a_backup_restores_into_an_empty_workspace_beside_another(tmp_path: Path) -> None:
    """Restoring needs an empty workspace, not an empty database; the other workspace,
    whose ids the backup's rows also had, is left as it was."""
    from netgarden.services.exporting import restore_backup

    source = open_database(tmp_path / "one.db")
    with source.transaction() as unit:
        ada = unit.contacts.insert({"name": "Ada Lovelace", "circle": "inner"}, NOW)
        grace = unit.contacts.insert({"name": "Grace Hopper", "circle": "none"}, NOW)
        unit.contacts.add_emails(ada, ["ada@example.org"])
        unit.touches.insert(
            occurred_on=TODAY, kind="call", direction="in", note=None, replied=None,
            contact_ids=[ada, grace], now=NOW,
        )  # fmt: skip
        unit.ledger.insert(
            contact_id=ada, entry_type="give", kind="advice", note=None, occurred_on=TODAY,
            now=NOW,
        )  # fmt: skip
        unit.network.link(ada, grace, "strong", "school", "manual", NOW)
        unit.network.add_intro(ada, grace, "engines", TODAY, NOW)
    backup = tmp_path / "backup.json"
    with source.transaction(write=False) as unit:
        backup.write_text(_render_json(unit), encoding="utf-8")
    source.close()
    target = open_database(tmp_path / "two.db")
    with target.transaction() as unit:  # the same ids, taken in workspace 1
        seed(unit)
        unit.session.execute(insert(Workspace).values(id=2, name="Other", created_at=NOW))
    with target.transaction(write=False) as unit:
        before = _snapshot(unit.session, 1)
    with target.transaction(workspace_id=2) as unit:
        restored = restore_backup(unit, backup)
    assert (restored.contacts, restored.touches, restored.links) == (2, 1, 1)
    with target.transaction(write=False) as unit:
        assert _snapshot(unit.session, 1) == before
        assert _cross_references(unit.session) == []
    with target.transaction(workspace_id=2, write=False) as unit:
        names = sorted(r.name for r in unit.contacts.all_names())
        assert names == ["Ada Lovelace", "Grace Hopper"]
        assert [
            t.kind for t in unit.touches.timeline(unit.contacts.by_name("ada lovelace")[0].id)
        ] == ["call"]
    target.close()


def _render_json(unit: Unit) -> str:
    from netgarden.store.backup import dump
    from netgarden.store.schema import HEAD

    return dump(unit.session, unit.workspace_id, HEAD)


# issue 19: the server's own rows (accounts, sessions, tokens, teams), no workspace's; who may
# read what through them is the services' to decide, tested end to end in tests/server
# (test_isolation.py calls every route as another account, test_teams.py scans for leaks)
SERVER_LEVEL = {
    "netgarden.store.accounts.AccountRepo",
    "netgarden.store.teams.TeamRepo",
    "netgarden.store.team_reads.TeamReads",  # TeamRepo's read the agenda makes
}
# issue 19: the sharing teammates' workspaces read at once, those the service names (each part
# of a statement keeps to one of them): tests/services/test_team_strength.py checks it reads
# no other workspace and answers as SharedTieRepo and StrengthTallyRepo do, one by one
SERVER_LEVEL.add("netgarden.store.shared_ties.TeamTies")


def test_every_repository_of_the_store_is_in_repos() -> None:
    """A repository class added to store/ is called here too: each class there with public
    methods is one of REPOS, or a part of one (ContactRepo's mixins), or holds no query
    (tables, typed rows, errors, protocols, plain values)."""
    import importlib
    import pkgutil
    from typing import Protocol

    from sqlalchemy.sql.elements import ClauseElement

    import netgarden.store

    parts = {base for cls in (*REPOS.values(), *ALSO) for base in cls.__mro__}
    unscoped: list[str] = []
    for info in pkgutil.iter_modules(netgarden.store.__path__):
        module = importlib.import_module(f"netgarden.store.{info.name}")
        if info.name in ("tables", "rows", "migrations"):
            continue
        if info.name == "reads":  # issue 18: readers run the repositories' statements
            continue
        for cls in vars(module).values():
            if not isinstance(cls, type) or cls.__module__ != module.__name__:
                continue
            if issubclass(cls, (Exception, tuple)) or Protocol in cls.__mro__:
                continue
            if issubclass(cls, ClauseElement):  # an SQL construct (days_between): no query
                continue
            if dataclasses.is_dataclass(cls) or not _public(cls) or cls in parts:
                continue
            if f"{module.__name__}.{cls.__name__}" in SERVER_LEVEL:
                continue
            unscoped.append(f"{module.__name__}.{cls.__name__}")
    assert unscoped == [], "add these to REPOS and CALLS"


def test_a_unit_of_work_is_given_its_workspace() -> None:
    """The workspace is chosen where the transaction opens (Database.transaction), never
    taken by default from the Unit: a Unit made without one would be workspace 1's."""
    with pytest.raises(TypeError, match="workspace_id"):
        Unit(Session())  # type: ignore[call-arg]
