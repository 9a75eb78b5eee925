"""One contact as its page shows it, tab by tab: the header, then Overview, Timeline,
Network and Value, each read only when its tab is opened (the warm paths cost a few hundred
milliseconds, so the page does not pay for them until someone asks)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from netgarden.domain.strength import Strength
from netgarden.domain.views import ContactView
from netgarden.errors import InvalidValue
from netgarden.services.database import Unit
from netgarden.services.events import TaskView
from netgarden.services.introductions import IntroView
from netgarden.services.ledger import LedgerReport
from netgarden.services.links import Known
from netgarden.services.paths import WarmPath

TABS = ("overview", "timeline", "network", "value")
LAST_TOUCHES = 5  # the Overview's few latest touches; the Timeline has every one
PATHS = 3


@dataclass(frozen=True)
class Header:
    """What stays above every tab: the contact and how strong the tie is."""

    contact: ContactView
    strength: Strength
    history: list[tuple[dt.date, int]]


@dataclass(frozen=True)
class Overview:
    open_tasks: list[TaskView]
    last_touches: list[Any]


@dataclass(frozen=True)
class NetworkTab:
    known: list[Known]
    paths: list[WarmPath] | None  # None: not read yet (the page asks for them after)
    introductions: list[IntroView]


def check_tab(tab: str) -> str:
    """The tab asked for, or a message naming the tabs there are."""
    if tab not in TABS:
        raise InvalidValue("tab", f"{tab[:40]!r} is not a tab; use one of {', '.join(TABS)}")
    return tab


def contact_header(unit: Unit, contact_id: int, today: dt.date) -> Header:
    """The contact with their timeline, and their strength now and over the last year."""
    from netgarden.services.contacts import show_contact
    from netgarden.services.strength import contact_strength

    contact = show_contact(unit, contact_id, today)
    report = contact_strength(unit, contact_id, today)
    return Header(contact, report.strength, report.history)


def open_tasks(unit: Unit, contact_id: int) -> list[TaskView]:
    """The contact's follow-ups not done yet (the 24-48-7 tasks and the like), soonest first."""
    return [TaskView(*row) for row in unit.tasks.listing(open_only=True, contact_id=contact_id)]


def overview(unit: Unit, header: Header) -> Overview:
    return Overview(open_tasks(unit, header.contact.id), header.contact.touches[:LAST_TOUCHES])


def network_tab(
    unit: Unit, contact_id: int, today: dt.date, paths: list[WarmPath] | None = None
) -> NetworkTab:
    """Whom they know and introductions they are part of; the warmest ways to reach them
    when given (:func:`ways_in`: the page asks for them after it is shown)."""
    from netgarden.services.introductions import introductions
    from netgarden.services.links import known_by

    intros = [i for i in introductions(unit) if contact_id in (i.a_id, i.b_id)]
    return NetworkTab(known_by(unit, contact_id), paths, intros)


class WarmPathsCache:
    """A contact's warm paths, kept until the workspace changes (its change counter,
    store/changes.py, bumped by every writing transaction of any process): they cost a few
    hundred milliseconds at 30,000 contacts, and the same page is opened again and again."""

    SIZE = 256

    def __init__(self) -> None:
        import threading
        from collections import OrderedDict

        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[object, ...], list[WarmPath]] = OrderedDict()
        self.computed = 0  # for tests

    def get(self, unit: Unit, contact_id: int, today: dt.date) -> list[WarmPath]:
        key = (unit.workspace_id, unit.changes(), contact_id, today)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        found = ways_in(unit, contact_id, today)
        with self._lock:
            self.computed += 1
            self._items[key] = found
            while len(self._items) > self.SIZE:
                self._items.popitem(last=False)
        return found


def ways_in(unit: Unit, contact_id: int, today: dt.date) -> list[WarmPath]:
    """The few warmest paths to a contact through someone (not the contact alone)."""
    from netgarden.services.paths import warm_paths

    paths = warm_paths(unit, to=contact_id, limit=PATHS, today=today)
    return [p for p in paths if len(p.ids) > 1]


def value_tab(unit: Unit, contact_id: int) -> LedgerReport:
    from netgarden.services.ledger import ledger_report

    return ledger_report(unit, contact_id)


def tab_data(
    unit: Unit,
    header: Header,
    tab: str,
    today: dt.date,
    now: dt.datetime,
    paths: list[WarmPath] | None = None,
) -> dict[str, Any]:
    """What one tab shows, by the names its template uses (the Overview's "For reviews"
    card has their local time at ``now``, issue 13)."""
    contact_id = header.contact.id
    if check_tab(tab) == "overview":
        from netgarden.services.reviews import their_time

        moment = now if now is not None else dt.datetime.combine(today, dt.time(12), dt.UTC)
        return {
            "overview": overview(unit, header),
            "their_time": their_time(unit, contact_id, moment),
        }
    if tab == "network":
        return {"network": network_tab(unit, contact_id, today, paths)}
    if tab == "value":
        return {"ledger": value_tab(unit, contact_id)}
    return {}  # the timeline is the header's contact's touches
