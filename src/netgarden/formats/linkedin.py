"""LinkedIn data export: Connections.csv (2018, current with its "Notes:" preamble, Excel
re-saves), messages.csv (current and 2018's Messages.csv), Invitations.csv, Profile.csv.

Messages and invitations become touches. Which side is the user comes from Profile.csv, or,
without it, from who appears in most conversations (the export's owner is in all of them).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from netgarden.domain.normalize import fold, normalize_linkedin
from netgarden.errors import InvalidValue
from netgarden.formats.archive import Archive
from netgarden.formats.csvfile import Table, cell, read_table
from netgarden.formats.dates import parse_loose_date
from netgarden.formats.records import (
    PersonRecord,
    PersonRef,
    Record,
    Skipped,
    TouchRecord,
)

CONNECTION_COLUMNS = ("First Name", "Last Name", "Connected On")
NOTE_LIMIT = 500


def linkedin_url(value: str) -> str | None:
    """A normalized profile URL, or ``None`` for anything else (LinkedIn omits some)."""
    if not value.strip():
        return None
    try:
        return normalize_linkedin(value)
    except InvalidValue:
        return None


def parse_connections(fp: BinaryIO, file: str) -> Iterator[Record]:
    table = read_table(fp, file, CONNECTION_COLUMNS)
    first, last = table.index("First Name"), table.index("Last Name")
    url, email = table.index("URL"), table.index("Email Address")
    company, position = table.index("Company"), table.index("Position")
    connected = table.index("Connected On")
    for line, cells in table.rows:
        name = " ".join(f"{cell(cells, first)} {cell(cells, last)}".split())
        if not name:
            only_date = all(not cell(cells, i) for i in range(len(cells)) if i != connected)
            reason = "no name, only a date" if only_date else "no first or last name"
            yield Skipped(file, line, reason)
            continue
        address = cell(cells, email)
        yield PersonRecord(
            file=file,
            line=line,
            name=name,
            company=cell(cells, company) or None,
            title=cell(cells, position) or None,
            emails=[address] if "@" in address else [],
            linkedin_url=linkedin_url(cell(cells, url)),
            connected_on=parse_loose_date(cell(cells, connected)),
        )
    yield from table.damaged


@dataclass(frozen=True)
class Owner:
    """The export's owner, by name and (when known) profile URL."""

    name: str | None
    url: str | None

    def is_me(self, name: str, url: str | None) -> bool:
        if url and self.url:
            return url == self.url
        return bool(self.name) and fold(name) == fold(self.name or "")


def owner_from_invitations(fp: BinaryIO, file: str) -> str | None:
    """The owner's name as the invitations say it: the sender of an OUTGOING one, the
    recipient of an INCOMING one (for an export without Profile.csv)."""
    table = read_table(fp, file, ("From", "To", "Sent At"))
    from_i, to_i, way_i = table.index("From"), table.index("To"), table.index("Direction")
    for _, cells in table.rows:
        way = cell(cells, way_i).upper()
        name = cell(cells, from_i) if way.startswith("OUT") else cell(cells, to_i)
        if way.startswith(("OUT", "IN")) and name.strip():
            return " ".join(name.split())
    return None


def read_owner_name(fp: BinaryIO, file: str) -> str | None:
    table = read_table(fp, file, ("First Name", "Last Name"))
    first = next(table.rows, None)
    if first is None:
        return None
    _, cells = first
    name = f"{cell(cells, table.index('First Name'))} {cell(cells, table.index('Last Name'))}"
    return " ".join(name.split()) or None


def parse_messages(fp: BinaryIO, file: str, owner_name: str | None) -> Iterator[Record]:
    table = read_table(fp, file, ("From", "To", "Date"))
    if table.has("Direction") and not table.has("Sender Profile URL"):
        yield from _legacy_messages(table)
        return
    owner = _find_owner(table, owner_name)
    columns = {
        key: table.index(name)
        for key, name in (
            ("conversation", "Conversation ID"),
            ("from", "From"),
            ("from_url", "Sender Profile URL"),
            ("to", "To"),
            ("to_urls", "Recipient Profile URLs"),
            ("date", "Date"),
            ("subject", "Subject"),
            ("content", "Content"),
        )
    }
    for line, cells in table.rows:
        get = {key: cell(cells, index) for key, index in columns.items()}
        day = parse_loose_date(get["date"])
        if day is None:
            yield Skipped(file, line, f"no readable date ({get['date']!r})")
            continue
        sender = PersonRef(get["from"] or None, linkedin_url(get["from_url"]))
        recipients = _recipients(get["to"], get["to_urls"])
        mine = owner.is_me(sender.name or "", sender.linkedin_url)
        others = recipients if mine else [sender, *recipients]
        people = [p for p in others if not owner.is_me(p.name or "", p.linkedin_url)]
        yield TouchRecord(
            file=file,
            line=line,
            occurred_on=day,
            kind="message",
            direction="out" if mine else "in",
            note=_note(get["subject"], get["content"]),
            people=people,
            source_key=_key_of(
                "li-msg", get["conversation"], get["date"], get["from"], get["content"]
            ),
        )
    yield from table.damaged


def _legacy_messages(table: Table) -> Iterator[Record]:
    """2018's Messages.csv: From,To,Date,Subject,Content,Direction,Folder (names only)."""
    index = {k: table.index(k) for k in ("From", "To", "Date", "Subject", "Content", "Direction")}
    for line, cells in table.rows:
        get = {k: cell(cells, i) for k, i in index.items()}
        day = parse_loose_date(get["Date"])
        if day is None:
            yield Skipped(table.file, line, f"no readable date ({get['Date']!r})")
            continue
        outgoing = get["Direction"].upper().startswith("OUT")
        names = get["To"].split(",") if outgoing else [get["From"]]
        yield TouchRecord(
            file=table.file,
            line=line,
            occurred_on=day,
            kind="message",
            direction="out" if outgoing else "in",
            note=_note(get["Subject"], get["Content"]),
            people=[PersonRef(n.strip()) for n in names if n.strip()],
            source_key=_key_of("li-msg", get["Date"], get["From"], get["To"], get["Content"]),
        )
    yield from table.damaged


def parse_invitations(fp: BinaryIO, file: str, owner_name: str | None) -> Iterator[Record]:
    table = read_table(fp, file, ("From", "To", "Sent At"))
    index = {
        k: table.index(k)
        for k in ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                  "inviteeProfileUrl")
    }  # fmt: skip
    for line, cells in table.rows:
        get = {k: cell(cells, i) for k, i in index.items()}
        day = parse_loose_date(get["Sent At"])
        if day is None:
            yield Skipped(file, line, f"no readable date ({get['Sent At']!r})")
            continue
        outgoing = get["Direction"].upper().startswith("OUT")
        if not get["Direction"] and owner_name:
            outgoing = fold(get["From"]) == fold(owner_name)
        other = (
            PersonRef(get["To"] or None, linkedin_url(get["inviteeProfileUrl"]))
            if outgoing
            else PersonRef(get["From"] or None, linkedin_url(get["inviterProfileUrl"]))
        )
        message = get["Message"]
        yield TouchRecord(
            file=file,
            line=line,
            occurred_on=day,
            kind="message",
            direction="out" if outgoing else "in",
            note="LinkedIn connection request" + (f": {message}" if message else ""),
            people=[other],
            source_key=_key_of("li-inv", get["From"], get["To"], get["Sent At"]),
        )
    yield from table.damaged


def _find_owner(table: Table, owner_name: str | None) -> Owner:
    """The owner is in every message: the one profile URL all rows share is theirs (a few
    rows usually settle it). Rows read to decide are put back in front of the stream."""
    from_i, url_i = table.index("From"), table.index("Sender Profile URL")
    to_urls_i = table.index("Recipient Profile URLs")
    seen: list[tuple[int, list[str]]] = []
    shared: set[str] | None = None
    counts: Counter[str] = Counter()
    owner: Owner | None = None
    for line, cells in table.rows:
        seen.append((line, cells))
        sender = linkedin_url(cell(cells, url_i))
        if owner_name and sender and fold(cell(cells, from_i)) == fold(owner_name):
            owner = Owner(owner_name, sender)
            break
        # in the row's order (a set's order changes with the hash seed): a tie in the counts
        # below goes to the first row's sender
        urls = dict.fromkeys(
            u for u in [sender, *(linkedin_url(x) for x in cell(cells, to_urls_i).split(","))] if u
        )
        counts.update(list(urls))  # a dict would be taken as counts
        shared = set(urls) if shared is None else shared & set(urls)
        if shared is not None and len(shared) == 1 and len(seen) >= 2:
            owner = Owner(owner_name, next(iter(shared)))
            break
    table.rows = itertools.chain(seen, table.rows)
    if owner is not None:
        return owner
    return Owner(owner_name, counts.most_common(1)[0][0] if counts else None)


def _recipients(names: str, urls: str) -> list[PersonRef]:
    url_list = [linkedin_url(u) for u in urls.split(",") if u.strip()]
    name_list = [n.strip() for n in names.split(",") if n.strip()]
    if len(name_list) != len(url_list):  # names with commas: trust the URLs
        name_list = [names.strip()] if len(url_list) <= 1 and names.strip() else []
    padded: list[str | None] = [*name_list, *[None] * (len(url_list) - len(name_list))]
    if not url_list:
        return [PersonRef(n) for n in name_list]
    return [PersonRef(n, u) for n, u in zip(padded, url_list, strict=False)]


def _note(subject: str, content: str) -> str | None:
    text = " — ".join(part for part in (subject.strip(), " ".join(content.split())) if part)
    if len(text) > NOTE_LIMIT:
        text = text[: NOTE_LIMIT - 1] + "…"
    return text or None


def _key_of(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}:{digest[:32]}"


# opens a part of an export afresh, as a binary stream (a file, or a member of a zip)
Opener = Callable[[], BinaryIO]


@dataclass
class ExportFiles:
    """The parts of a LinkedIn export this importer reads, by name, each opened when read."""

    source: str
    connections: tuple[str, Opener] | None = None
    messages: tuple[str, Opener] | None = None
    invitations: tuple[str, Opener] | None = None
    profile: tuple[str, Opener] | None = None


_PARTS = {
    "connections.csv": "connections",
    "messages.csv": "messages",
    "invitations.csv": "invitations",
    "profile.csv": "profile",
}


def read_zip(archive: Archive) -> ExportFiles | None:
    """The export's parts in a zip, or ``None`` when it holds no Connections.csv."""
    files = ExportFiles(archive.file)
    for member in archive.names(lambda name: part_of(name) is not None):
        part = part_of(member)
        if part and getattr(files, part) is None:
            opener = functools.partial(archive.open, member)
            setattr(files, part, (f"{archive.file}:{member}", opener))
    return files if files.connections is not None else None


def part_of(name: str) -> str | None:
    """Which part of an export a file is (``connections``…), by its name; ``None``: none."""
    return _PARTS.get(name.replace("\\", "/").rsplit("/", 1)[-1].casefold())


def read_folder(paths: dict[str, Opener], source: str) -> ExportFiles:
    files = ExportFiles(source)
    for name, opener in paths.items():
        part = _PARTS.get(name.rsplit("/", 1)[-1].casefold())
        if part:
            setattr(files, part, (name, opener))
    return files


def parse_export(files: ExportFiles) -> Iterator[Record]:
    """Connections first (they create contacts), then the touches that refer to them."""
    owner = None
    if files.profile:
        with files.profile[1]() as fp:
            owner = read_owner_name(fp, files.profile[0])
    if owner is None and files.invitations:
        with files.invitations[1]() as fp:
            owner = owner_from_invitations(fp, files.invitations[0])
    if files.connections:
        with files.connections[1]() as fp:
            yield from parse_connections(fp, files.connections[0])
    if files.messages:
        with files.messages[1]() as fp:
            yield from parse_messages(fp, files.messages[0], owner)
    if files.invitations:
        with files.invitations[1]() as fp:
            yield from parse_invitations(fp, files.invitations[0], owner)
