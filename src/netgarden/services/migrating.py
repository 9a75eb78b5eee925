"""``migrate``: bring a database (a PostgreSQL server's, or the SQLite file) to this
netgarden's schema with the same Alembic migrations, and say from which revision."""

from __future__ import annotations

from dataclasses import dataclass

from netgarden.settings import Settings


@dataclass(frozen=True)
class Migrated:
    where: str  # the database, as messages name it (no user, no password)
    before: str | None  # the schema revision it was at; None for a new database
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def migrate(settings: Settings) -> Migrated:
    """Open the database (which migrates it: on PostgreSQL under an advisory lock, so two
    servers starting at once migrate it once; on SQLite after copying the file aside) and
    report the revisions before and after."""
    from netgarden.services.database import Database
    from netgarden.store.engine import make_engine
    from netgarden.store.schema import HEAD, current_revision

    before: str | None = None
    if settings.server_url is not None or settings.sqlite_path.exists():
        engine = make_engine(settings.server_url or settings.url, settings.busy_timeout)
        try:
            with engine.connect() as connection:
                before = current_revision(connection)
        except Exception:  # the real open below says what is wrong, in one line
            before = None
        finally:
            engine.dispose()
    Database.open(settings).close()
    return Migrated(settings.where, before, HEAD)
