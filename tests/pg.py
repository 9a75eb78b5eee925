"""A throwaway PostgreSQL cluster for the tests, the benchmarks and ``make server``.

``Cluster.start()`` runs initdb in a new temporary folder and starts the server on a unix
socket in that folder (no TCP unless asked, no password, fsync off: nothing in it needs to
survive a crash); ``stop()`` stops it and removes the folder. Run as root (CI, containers),
the server runs as the ``postgres`` system user, as PostgreSQL requires.

``python -m tests.pg server [--port N]`` (``make server``) starts a cluster, migrates a
database on it and serves netgarden there until Ctrl-C.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
SUPERUSER = "netgarden"


def pg_bin() -> Path | None:
    """The newest installed PostgreSQL's server programs, or None."""
    override = os.environ.get("NETGARDEN_PG_BIN")
    if override:
        return Path(override)
    found = [d for d in BIN_DIRS if (d / "initdb").exists() and (d / "pg_ctl").exists()]
    return found[0] if found else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One PostgreSQL server in its own temporary folder."""

    def __init__(self, bin_dir: Path, tcp: bool = False, settings: tuple[str, ...] = ()) -> None:
        self.bin = bin_dir
        self.tcp = tcp
        self.settings = settings  # more `-c NAME=VALUE` (a benchmark's bulk-load settings)
        self.folder = Path(tempfile.mkdtemp(prefix="netgarden-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self._names = itertools.count(1)
        self._as: list[str] = []
        self._dropping: list[Any] = []
        if os.geteuid() == 0:  # initdb refuses root; the server runs as postgres
            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self._as, *args], capture_output=True, text=True, cwd=self.folder, check=False
        )
        if done.returncode:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr or done.stdout}")

    def start(self) -> Cluster:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses='{'127.0.0.1' if self.tcp else ''}' -p {self.port} "
            f"-c unix_socket_directories='{self.folder}' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            "-c shared_buffers=128MB"
        ) + "".join(f" -c {setting}" for setting in self.settings)
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.folder / "server.log"), "-w", "start",
        )  # fmt: skip
        return self

    def stop(self) -> None:
        for thread in self._dropping:
            thread.join(timeout=10)
        with contextlib.suppress(RuntimeError):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``database`` on this server (over its unix socket)."""
        return f"postgresql://{SUPERUSER}@/{database}?host={self.folder}&port={self.port}"

    def tcp_url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE DATABASE …)."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=self.port, user=SUPERUSER, dbname=database,
            autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(statement)  # type: ignore[arg-type]

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); returns its name."""
        name = f"t{next(self._names)}"
        copy = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.sql(f"CREATE DATABASE {name}{copy}")
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def drop_later(self, name: str) -> None:
        """Drop ``name`` on another thread (a test need not wait for it)."""
        import threading

        def drop() -> None:
            with contextlib.suppress(Exception):
                self.drop_database(name)

        thread = threading.Thread(target=drop, daemon=True)
        thread.start()
        self._dropping.append(thread)


@contextlib.contextmanager
def running(tcp: bool = False, settings: tuple[str, ...] = ()) -> Iterator[Cluster]:
    bin_dir = pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)")
    cluster = Cluster(bin_dir, tcp=tcp, settings=settings)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


def serve(port: int) -> int:
    """``make server``: a throwaway cluster, migrated, and netgarden serving on it."""
    netgarden = str(Path(sys.executable).parent / "netgarden")

    def stopped(_signal: int, _frame: object) -> None:
        raise KeyboardInterrupt  # stopped like Ctrl-C: the cluster goes with the server

    signal.signal(signal.SIGTERM, stopped)
    with running() as cluster:
        cluster.sql("CREATE DATABASE netgarden")
        url = cluster.url("netgarden")
        subprocess.run([netgarden, "migrate", "--database-url", url], check=True)
        print(f"PostgreSQL is running in {cluster.folder} (removed when the server stops)")
        print(f"  psql: psql -h {cluster.folder} -p {cluster.port} -U {SUPERUSER} netgarden")
        users = subprocess.run([netgarden, "user", "--help"], capture_output=True, check=False)
        if users.returncode == 0:  # accounts (server mode's sign-in) are in this build
            subprocess.run(
                [netgarden, "user", "add", "admin@example.com", "--admin"],
                env={**os.environ, "NETGARDEN_DATABASE_URL": url},
                check=False,
            )
        server = subprocess.Popen([netgarden, "serve", "--database-url", url, "--port", str(port)])
        try:
            return server.wait()
        except KeyboardInterrupt:
            server.send_signal(signal.SIGINT)
            return server.wait()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.pg")
    parser.add_argument("command", choices=["server"])
    parser.add_argument("--port", type=int, default=8000)
    sys.exit(serve(parser.parse_args().port))
