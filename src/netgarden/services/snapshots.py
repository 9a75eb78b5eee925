"""What is computed from a workspace's rows, kept per data version: a workspace's change
counter (store/changes.py) is bumped by every writing transaction of any process, on any
database, so a result computed at one counter is true until it moves. One computation per
version (single flight, issue 18): while one request computes it, the others asking for the
same version wait for that one (and compute it themselves only if it failed).

The agenda (services/agenda.py ``AgendaCache``) and the pages that run everyone's reviews
(issue 11: reviews, triage, the network's clusters, introduction suggestions) keep their
results here.
"""

from __future__ import annotations

import threading
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
        """The result kept under ``key``, or ``None`` (nothing computed)."""
        with self._lock:
            return self._items.get(key)

    def get(self, unit: Unit, what: Hashable, compute: Callable[[], T]) -> T:
        """``what`` in ``unit``'s snapshot: kept, or computed once by ``compute``."""
        return self.get_by_key(self.key(unit, what), compute)

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
