"""What each teammate's workspace answered to "who do you know at C / named N" (issue 19),
kept per data version: a team asks the same few questions again and again ("who knows
someone at Lumina AI?" from every member), and a teammate's answer is true until their
workspace's change counter moves (store/changes.py: every writing transaction bumps it).

An answer is kept per teammate workspace, not per asker: every member asking the same
question reads the same answers of the others. Who is asked is worked out again on every
question (the sharing teammates, from the teams' rows), so a teammate who stops sharing or
leaves a team is out of the very next answer, whatever is kept. Nothing is written: the
answers live in the server process, one cache per database engine (``for_engine``: another
database's workspace 2 at counter 5 is another workspace), and are lost with it.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from netgarden.services.snapshots import Snapshots
from netgarden.store.shared_ties import SharedPerson


class Answer(NamedTuple):
    """One of a teammate's contacts that matched, with the teammate's band and score."""

    person: SharedPerson
    band: str
    score: int


class SharedAnswers:
    """Answers by (workspace, change counter, question, day), the ``size`` last used kept
    (in a :class:`~netgarden.services.snapshots.Snapshots`, by key)."""

    def __init__(self, size: int = 1024) -> None:
        self._kept = Snapshots(size)
        self.computed = 0  # how many workspaces' answers were worked out (for tests)

    def answers(
        self,
        versions: Mapping[int, int],
        question: tuple[str, str],
        as_of: dt.date,
        compute: Callable[[Sequence[int]], Mapping[int, Sequence[Answer]]],
    ) -> dict[int, tuple[Answer, ...]]:
        """Each workspace's answer at its version: those kept, and the others worked out by
        one ``compute(workspace ids)`` for all of them."""
        keys = {ws: (ws, changes, *question, as_of) for ws, changes in versions.items()}
        found: dict[int, tuple[Answer, ...]] = {}
        for ws, key in keys.items():
            kept = self._kept.peek(key)
            if kept is not None:
                found[ws] = kept
        missing = [ws for ws in keys if ws not in found]
        if missing:
            worked_out = compute(missing)
            for ws in missing:
                found[ws] = tuple(worked_out.get(ws, ()))
                self._kept.put(keys[ws], found[ws])
            self.computed += len(missing)
        return found


_BY_ENGINE: weakref.WeakKeyDictionary[Any, SharedAnswers] = weakref.WeakKeyDictionary()
_BY_ENGINE_LOCK = threading.Lock()


def for_engine(engine: Any) -> SharedAnswers:
    """The answers kept for the database this engine reaches (made on first use): by its
    pool of connections, which the engine's variants (a read's isolation level, SQLite's
    write lock) share."""
    with _BY_ENGINE_LOCK:
        found = _BY_ENGINE.get(engine.pool)
        if found is None:
            found = _BY_ENGINE[engine.pool] = SharedAnswers()
        return found
