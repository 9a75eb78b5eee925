"""Address-book CSV: Google Contacts (current and legacy layouts), Outlook.com and Outlook
desktop, and any CSV with a column map (``--map "Column=field,..."``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from netgarden.errors import InvalidValue
from netgarden.formats.csvfile import Table, cell, normalize_header, read_table
from netgarden.formats.dates import parse_birthday_text, parse_loose_date
from netgarden.formats.linkedin import linkedin_url
from netgarden.formats.records import FormatError, PersonRecord, Record, Skipped, is_email

MULTI = " ::: "  # Google joins several values of one field with this


def _split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split(":::") if v.strip()]


def _numbered(table: Table, pattern: str) -> list[int]:
    """Indexes of the numbered columns matching ``pattern`` (e.g. 'e-mail \\d+ - value')."""
    regex = re.compile(pattern)
    return [i for i, name in enumerate(table.header) if regex.fullmatch(name)]


def person_record(
    table: Table,
    line: int,
    cells: list[str],
    *,
    names: list[str],
    full_name: str,
    fallback_names: list[str],
    company: str,
    title: str,
    emails: list[int],
    phones: list[int],
    websites: list[int],
    birthday: str,
    notes: str,
    tags: list[str],
    location: list[str],
    personal: list[str] = (),  # type: ignore[assignment]
) -> Record:
    def get(name: str) -> str:
        return cell(cells, table.index(name))

    name = get(full_name) if full_name else ""
    if not name:
        name = " ".join(get(n) for n in names if get(n))
    if not name:
        name = next((get(n) for n in fallback_names if get(n)), "")
    organization = get(company) or None
    if not name and organization:
        name = organization
    if not name:
        has = [cells[i] for i in emails if cell(cells, i)]
        hint = f" (it has only {', '.join(has)})" if has else ""
        return Skipped(table.file, line, f"no name{hint}")
    record = PersonRecord(
        file=table.file,
        line=line,
        name=" ".join(name.split()),
        company=organization if organization != name else None,
        title=get(title) or None,
        notes=get(notes) or None,
        birthday=parse_birthday_text(get(birthday)),
        tags=tags,
    )
    for index in emails:
        for value in _split_multi(cell(cells, index)):
            if "@" in value and value not in record.emails:
                record.emails.append(value)
    for index in phones:
        for value in _split_multi(cell(cells, index)):
            if re.search(r"\d{3}", value) and value not in record.phones:
                record.phones.append(value)
    for index in websites:
        for value in _split_multi(cell(cells, index)):
            record.linkedin_url = record.linkedin_url or (
                linkedin_url(value) if "linkedin" in value.casefold() else None
            )
    place = ", ".join(dict.fromkeys(get(c) for c in location if get(c)))
    record.location = place or None
    extra = [f"{label}: {get(c)}" for label, c in (p.split("=", 1) for p in personal) if get(c)]
    record.personal = "; ".join(extra) or None
    return record


def parse_google(fp: BinaryIO, file: str) -> Iterator[Record]:
    """Either Google layout: the legacy one names its columns Given Name / Family Name."""
    table = read_table(fp, file)
    if table.has("Given Name", "Family Name"):
        yield from _google_legacy(table)
    elif table.has("First Name", "Last Name"):
        yield from _google_current(table)
    else:
        raise FormatError(file, "not a Google Contacts CSV (no First Name/Last Name columns)")


def _google_current(table: Table) -> Iterator[Record]:
    for line, cells in table.rows:
        labels = _split_multi(cell(cells, table.index("Labels")))
        yield person_record(
            table, line, cells,
            names=["Name Prefix", "First Name", "Middle Name", "Last Name", "Name Suffix"],
            full_name="",
            fallback_names=["Nickname", "File As"],
            company="Organization Name",
            title="Organization Title",
            emails=_numbered(table, r"e-mail \d+ - value"),
            phones=_numbered(table, r"phone \d+ - value"),
            websites=_numbered(table, r"website \d+ - value"),
            birthday="Birthday",
            notes="Notes",
            tags=[label for label in labels if not label.startswith("*")],
            location=["Address 1 - City", "Address 1 - Region", "Address 1 - Country"],
            personal=["Spouse=Relation 1 - Value"],
        )  # fmt: skip
    yield from table.damaged


def _google_legacy(table: Table) -> Iterator[Record]:
    for line, cells in table.rows:
        groups = _split_multi(cell(cells, table.index("Group Membership")))
        yield person_record(
            table, line, cells,
            names=["Name Prefix", "Given Name", "Additional Name", "Family Name", "Name Suffix"],
            full_name="Name",
            fallback_names=["Nickname", "Short Name"],
            company="Organization 1 - Name",
            title="Organization 1 - Title",
            emails=_numbered(table, r"e-mail \d+ - value"),
            phones=_numbered(table, r"phone \d+ - value"),
            websites=_numbered(table, r"website \d+ - value"),
            birthday="Birthday",
            notes="Notes",
            tags=[g for g in groups if not g.startswith("*")],
            location=["Address 1 - City", "Address 1 - Region", "Address 1 - Country"],
        )  # fmt: skip
    yield from table.damaged


_OUTLOOK_PHONES = (
    "mobile phone", "business phone", "business phone 2", "home phone", "home phone 2",
    "primary phone", "other phone", "company main phone", "car phone",
)  # fmt: skip


def parse_outlook(fp: BinaryIO, file: str) -> Iterator[Record]:
    table = read_table(fp, file, ("First Name", "Last Name", "E-mail Address"))
    phones = [i for i, name in enumerate(table.header) if name in _OUTLOOK_PHONES]
    emails = [i for i, n in enumerate(table.header) if re.fullmatch(r"e-mail( \d)? address", n)]
    websites = [i for i, n in enumerate(table.header) if n in ("web page", "personal web page")]
    for line, cells in table.rows:
        categories = re.split(r"[;,]", cell(cells, table.index("Categories")))
        yield person_record(
            table, line, cells,
            names=["Title", "First Name", "Middle Name", "Last Name", "Suffix"],
            full_name="",
            fallback_names=["Nickname"],
            company="Company",
            title="Job Title",
            emails=emails,
            phones=phones,
            websites=websites,
            birthday="Birthday",
            notes="Notes",
            tags=[c.strip() for c in categories if c.strip()],
            location=["Business City", "Business State", "Business Country/Region",
                      "Business Country", "Home City", "Home Country/Region"],
            personal=["Spouse=Spouse", "Children=Children", "Hobby=Hobby"],
        )  # fmt: skip
    yield from table.damaged


MAPPABLE = (
    "name", "first_name", "last_name", "company", "title", "email", "phone", "linkedin",
    "birthday", "notes", "location", "tags", "how_met", "met_on", "industry", "function",
    "seniority", "interests", "personal",
)  # fmt: skip


def parse_column_map(spec: str) -> dict[str, str]:
    """``"Full Name=name,Org=company"`` → {column: field}; fields are checked."""
    mapping: dict[str, str] = {}
    for part in (p for p in spec.split(",") if p.strip()):
        column, eq, target = part.partition("=")
        target = target.strip().casefold().replace("-", "_")
        if not eq or not column.strip():
            raise InvalidValue("column_map", f"{part.strip()!r} is not COLUMN=field")
        if target not in MAPPABLE:
            raise InvalidValue(
                "column_map", f"{target!r} is not a field; use one of: {', '.join(MAPPABLE)}"
            )
        mapping[column.strip()] = target
    if not {"name", "first_name", "last_name"} & set(mapping.values()):
        raise InvalidValue("column_map", "map a column to name (or first_name and last_name)")
    return mapping


def parse_mapped(fp: BinaryIO, file: str, mapping: dict[str, str]) -> Iterator[Record]:
    table = read_table(fp, file)
    missing = [c for c in mapping if normalize_header(c) not in table.header]
    if missing:
        raise FormatError(
            file,
            f"no column {', '.join(map(repr, missing))}; the columns are: "
            f"{', '.join(table.header)}",
        )
    by_field: dict[str, list[int]] = {}
    for column, target in mapping.items():
        by_field.setdefault(target, []).append(table.header.index(normalize_header(column)))
    setters: dict[str, Callable[[PersonRecord, str], None]] = {
        "email": lambda r, v: r.emails.extend(_mapped_emails(v)),
        "phone": lambda r, v: r.phones.extend(_split_multi(v)),
        "tags": lambda r, v: r.tags.extend(t.strip() for t in re.split(r"[;,]", v) if t.strip()),
        "linkedin": lambda r, v: setattr(r, "linkedin_url", linkedin_url(v)),
        "birthday": lambda r, v: setattr(r, "birthday", parse_birthday_text(v)),
        "met_on": lambda r, v: setattr(r, "met_on", parse_loose_date(v)),
    }
    for line, cells in table.rows:
        values = {f: " ".join(cell(cells, i) for i in idx).strip() for f, idx in by_field.items()}
        name = values.get("name") or " ".join(
            v for v in (values.get("first_name"), values.get("last_name")) if v
        )
        if not name.strip():
            only = values.get("email")
            yield Skipped(file, line, f"no name (it has only {only})" if only else "no name")
            continue
        record = PersonRecord(file=file, line=line, name=" ".join(name.split()))
        try:
            for target, value in values.items():
                if not value or target in ("name", "first_name", "last_name"):
                    continue
                setter = setters.get(target)
                if setter:
                    setter(record, value)
                else:
                    setattr(record, target, value)
        except _Unusable as problem:
            yield Skipped(file, line, str(problem))
            continue
        yield record
    yield from table.damaged


class _Unusable(ValueError):
    """A mapped cell the row cannot be imported with; the row is skipped for this reason."""


def _mapped_emails(value: str) -> list[str]:
    """The addresses in a mapped email cell (several columns may map to email)."""
    found = [e for e in re.split(r"[\s,;]+|:::", value) if e]
    for email in found:
        if not is_email(email):
            raise _Unusable(f"{email!r} is not an email address")
    return found
