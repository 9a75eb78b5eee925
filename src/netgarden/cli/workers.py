"""``serve --multi-user --workers N``: several processes answering on one socket (issue 19).

One process runs Python one request at a time (the GIL): with four users asking at once,
three wait for the fourth's templating and row handling, although PostgreSQL has answered.
The socket is bound once, by the parent, then N children are forked and each builds its own
app on it (its own engine and connections: nothing open is shared across the fork) and
serves with uvicorn; the kernel hands each connection to one of them. What a process keeps
(the agenda, the kept results, a search's ranking) is keyed by the workspace's change
counter in the database, so a write through one worker is seen by the others at their next
request. Import previews wait in one folder shared by all (a preview made by one worker is
confirmed through another).

One process stays the default: on the shared 2-core development machine (load 6-9) two
workers gave lower medians but no better p99 (Today's and `team who`'s were worse: more
processes wanting the two busy cores). And after a write only the worker that wrote has its
background refresher compute the agenda again; another computes it at its next visit.
Give a server with idle cores about one a core.

The parent only waits: a child's Ctrl-C or SIGTERM stops it, and SIGTERM or Ctrl-C to the
parent is passed to every child; when one child ends, the others are stopped too."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import socket


def run_workers(count: int, listening: socket.socket, serve_one: Callable[[], None]) -> int:
    """Fork ``count`` children that each call ``serve_one()`` (which builds an app and serves
    on ``listening``); wait for them. Returns the first nonzero exit status, else 0."""
    children: list[int] = []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:  # the child: serve until stopped, never return into the parent's code
            status = 1
            try:
                serve_one()
                status = 0
            except Exception as exc:  # said here: os._exit below would swallow the traceback
                print(f"error: a worker process stopped: {exc}", file=sys.stderr, flush=True)
            finally:
                os._exit(status)
        children.append(pid)
    listening.close()  # the children hold it

    def stop(signum: int, _frame: object) -> None:
        for child in children:
            try:
                os.kill(child, signal.SIGTERM)
            except ProcessLookupError:
                continue

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    waiting = set(children)
    while waiting:
        try:
            pid, code = os.wait()
        except ChildProcessError:
            break
        waiting.discard(pid)
        status = status or os.waitstatus_to_exitcode(code)
        if waiting:  # one ended (stopped or failed): the server stops as a whole
            stop(signal.SIGTERM, None)
    return 0 if status < 0 else status  # killed by our own SIGTERM: a clean stop
