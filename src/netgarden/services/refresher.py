"""After a write, what the pages keep per data version (services/snapshots.py) is computed
again in the background (issue 11): the four results looked at last (in the last ten
minutes; the agenda among them), the latest first, at the new version, in one thread. The
next visit finds it kept, or waits for the computation already under way (single flight)
instead of starting its own from nothing. A newer write while it works: it finishes the
result in hand and moves on to the newest version. Another process's write is seen by the
next request, as before.
"""

from __future__ import annotations

import logging
import threading
import time

from netgarden.services.database import Database
from netgarden.services.snapshots import Snapshots

log = logging.getLogger(__name__)


class Refresher:
    """One background thread computing ``kept`` (in this order) again after each write of
    ``database`` (its ``written`` hook)."""

    WITHIN_S = 600.0  # what was asked for in the last ten minutes is computed again,
    MOST = 4  # the four last asked (seconds each at 30,000 contacts, on one core)
    SETTLE_S = 0.2  # writes in a burst (a form and its redirect, an import): one computation

    def __init__(self, database: Database, *kept: Snapshots) -> None:
        self.database = database
        self.kept = kept
        self._lock = threading.Lock()
        self._due: dict[int, float] = {}  # workspace → when it was last written
        self._wake = threading.Event()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self.refreshed = 0  # results computed in the background (for tests)
        self.idle = threading.Event()  # set while nothing is due (for tests and benchmarks)
        self.idle.set()
        database.written.append(self.written)

    def written(self, workspace_id: int) -> None:
        """A transaction wrote to ``workspace_id`` and committed."""
        with self._lock:
            if self._stopped:
                return
            self._due[workspace_id] = time.monotonic()
            self.idle.clear()
            self._wake.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="refresher", daemon=True)
                self._thread.start()

    def close(self, timeout: float = 5.0) -> None:
        """Stop after the result in hand (the server is stopping)."""
        with self._lock:
            self._stopped = True
            self._due.clear()
            self._wake.set()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            time.sleep(self.SETTLE_S)
            with self._lock:
                self._wake.clear()
                if self._stopped:
                    return
                due, self._due = self._due, {}
            for workspace_id in due:
                self._refresh(workspace_id)
            with self._lock:
                if not self._due:
                    self.idle.set()

    def _refresh(self, workspace_id: int) -> None:
        def newer() -> bool:
            return self._stopped or workspace_id in self._due

        asked = [(when, kept, what, compute) for kept in self.kept
                 for when, what, compute in kept.recent(workspace_id, self.WITHIN_S)]  # fmt: skip
        # the latest asked first, whichever its kind: the page the user is on (whose next
        # visit may already be waiting for it) before the others
        asked.sort(key=lambda found: found[0], reverse=True)
        try:
            with self.database.transaction(workspace_id, write=False) as unit:
                for _when, kept, what, compute in asked[: self.MOST]:
                    if newer():
                        break
                    self.refreshed += kept.again(unit, what, compute)
        except Exception:  # the next request computes it itself, and shows what went wrong
            log.warning("computing the kept results again failed", exc_info=True)
