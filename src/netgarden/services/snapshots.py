"""What is computed from a workspace's rows, kept per data version: a workspace's change
counter (store/changes.py) is bumped by every writing transaction of any process, on any
database, so a result computed at one counter is true until it moves. One computation per
version (single flight, issue 18): while one request computes it, the others asking for the
same version wait for that one (and compute it themselves only if it failed).

The agenda (services/agenda.py ``AgendaCache``) and the pages that run everyone's reviews
(issue 11: reviews, triage, the network's clusters, introduction suggestions) keep their
results here. Each result is asked for with how to compute it from a unit of work, so after
a write it can be computed again at the new version before anyone asks (:meth:`refresh`,
services/refresher.py).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from netgarden.services.database import Unit

T = TypeVar("T")


class Snapshots:
    """Results by ``(workspace, change counter, what)``, the ``size`` last used kept."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._flights: dict[Hashable, threading.Event] = {}
        # (workspace, what) → (when last asked, how to compute it from a unit of work)
        self._asked: OrderedDict[tuple[int, Hashable], tuple[float, Callable[[Unit], Any]]]
        self._asked = OrderedDict()
        self.computed = 0  # how many results were computed (for tests)

    @staticmethod
    def key(unit: Unit, what: Hashable) -> tuple[Hashable, ...]:
        """The key of ``what`` in ``unit``'s snapshot of its workspace."""
        return (unit.workspace_id, unit.changes(), what)

    def put(self, key: Hashable, value: Any) -> None:
        """Keep a result computed elsewhere under ``key`` (from :meth:`key`)."""
        with self._lock:
            self._keep(key, value)

    def peek(self, key: Hashable) -> Any | None:
        """The result kept under ``key``, or ``None`` (nothing computed); a result found is
        the last used, as with :meth:`get`."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def get(self, unit: Unit, what: Hashable, compute: Callable[[Unit], T]) -> T:
        """``what`` in ``unit``'s snapshot: kept, or computed once by ``compute(unit)``."""
        with self._lock:
            asked = (unit.workspace_id, what)
            self._asked[asked] = (time.monotonic(), compute)
            self._asked.move_to_end(asked)
            while len(self._asked) > self.size:
                self._asked.popitem(last=False)
        return self.get_by_key(self.key(unit, what), lambda: compute(unit))

    def recent(
        self, workspace_id: int, within_s: float
    ) -> list[tuple[float, Hashable, Callable[[Unit], Any]]]:
        """What was asked for in ``workspace_id`` in the last ``within_s`` seconds: when it
        was last asked, what, and how to compute it; the latest first."""
        since = time.monotonic() - within_s
        with self._lock:
            return [(asked, what, compute) for (workspace, what), (asked, compute)
                    in reversed(self._asked.items())
                    if workspace == workspace_id and asked >= since]  # fmt: skip

    def again(self, unit: Unit, what: Hashable, compute: Callable[[Unit], Any]) -> bool:
        """Compute ``what`` in ``unit``'s snapshot unless it is kept (or under way: then
        wait for it); whether it was computed here."""
        before = self.computed
        self.get_by_key(self.key(unit, what), lambda: compute(unit))
        return self.computed > before

    def refresh(self, unit: Unit, within_s: float, stop: Callable[[], bool], most: int = 4) -> int:
        """Compute in ``unit``'s snapshot the ``most`` results last asked for in its
        workspace, in the last ``within_s`` seconds, the latest first, until ``stop()`` says
        a newer version is coming; how many were computed."""
        done = 0
        for _asked, what, compute in self.recent(unit.workspace_id, within_s)[:most]:
            if stop():
                break
            done += self.again(unit, what, compute)
        return done

    def get_by_key(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found  # type: ignore[no-any-return]
            flight = self._flights.get(key)
            leader = flight is None
            if leader:
                flight = self._flights[key] = threading.Event()
        if not leader and flight is not None:
            flight.wait()
            with self._lock:
                found = self._items.get(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
        try:
            value = compute()
            with self._lock:
                self.computed += 1
                self._keep(key, value)
            return value
        finally:
            if leader:
                with self._lock:
                    self._flights.pop(key).set()

    def _keep(self, key: Hashable, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
