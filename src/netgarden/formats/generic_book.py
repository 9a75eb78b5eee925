"""Address-book CSV with columns of its own: Thunderbird's export ("Display Name",
"Primary Email", "Work Phone", "Birth Year"…) and the usual words other programs use
("Full Name", "E-mail Address", "Email Home", "Organization"…), mapped to netgarden's
fields when each is unambiguous. Files that name no person are not guessed at."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from netgarden.formats.address_book import person_record
from netgarden.formats.csvfile import Table, cell, read_table
from netgarden.formats.dates import parse_birthday_text
from netgarden.formats.records import FormatError, PersonRecord, Record

# one column each, the first found wins (normalized header names)
SINGLE: dict[str, tuple[str, ...]] = {
    "name": ("display name", "full name", "name", "formatted name", "contact name"),
    "first": ("first name", "given name", "firstname", "first"),
    "middle": ("middle name", "additional name"),
    "last": ("last name", "family name", "surname", "lastname", "last"),
    "nickname": ("nickname", "nick name"),
    "company": ("organization", "organisation", "company", "company name", "employer"),
    "title": ("job title", "position", "role"),
    "notes": ("notes", "note", "comments"),
    "birthday": ("birthday", "birth date", "date of birth"),
    "tags": ("categories", "groups", "tags"),
}
# every column found is read
MULTI: dict[str, tuple[str, ...]] = {
    "email": (
        "e-mail address", "email address", "email", "e-mail", "primary email",
        "secondary email", "email home", "email work", "home email", "work email",
        "other email", "e-mail 2 address", "e-mail 3 address", "email 2", "email 3",
    ),
    "phone": (
        "mobile phone", "mobile number", "mobile", "cell phone", "work phone", "home phone",
        "business phone", "phone", "phone number", "telephone", "other phone",
    ),
    "website": (
        "web page", "web page 1", "web page 2", "website", "homepage", "url", "linkedin",
        "linkedin url", "linkedin profile",
    ),
    "city": ("city", "work city", "business city", "home city"),
    "state": ("state", "work state", "business state", "home state", "region"),
    "country": ("country", "work country", "business country", "home country"),
}  # fmt: skip


def recognises(header: list[str]) -> bool:
    """A person's name and a way to know them (email, phone or company) are named."""
    names = set(header)
    named = any(n in names for key in ("name", "first", "last") for n in SINGLE[key])
    known = any(n in names for n in (*MULTI["email"], *MULTI["phone"], *SINGLE["company"]))
    return named and known


def parse(fp: BinaryIO, file: str) -> Iterator[Record]:
    table = read_table(fp, file)
    if not recognises(table.header):
        raise FormatError(file, "no column names a person (Name, First Name…) and an email")
    single = {key: _first(table, names) for key, names in SINGLE.items()}
    multi = {key: _all(table, names) for key, names in MULTI.items()}
    birth = [table.index(f"birth {part}") for part in ("year", "month", "day")]
    for line, cells in table.rows:
        tags = [t.strip() for t in cell(cells, table.index(single["tags"])).split(",")]
        record = person_record(
            table, line, cells,
            names=[single["first"], single["middle"], single["last"]],
            full_name=single["name"],
            fallback_names=[single["nickname"]],
            company=single["company"],
            title=single["title"],
            emails=multi["email"],
            phones=multi["phone"],
            websites=multi["website"],
            birthday=single["birthday"],
            notes=single["notes"],
            tags=[t for t in tags if t],
            location=[],
        )  # fmt: skip
        if isinstance(record, PersonRecord):
            record.location = _place(cells, multi) or None
            record.birthday = record.birthday or _birthday(cells, birth)
        yield record
    yield from table.damaged


def _first(table: Table, names: tuple[str, ...]) -> str:
    return next((n for n in names if n in table.header), "")


def _all(table: Table, names: tuple[str, ...]) -> list[int]:
    return [i for i, name in enumerate(table.header) if name in names]


def _place(cells: list[str], multi: dict[str, list[int]]) -> str:
    """City, state and country: each the first one filled in (work before home)."""
    parts = [next((cell(cells, i) for i in multi[k] if cell(cells, i)), "") for k in
             ("city", "state", "country")]  # fmt: skip
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _birthday(cells: list[str], columns: list[int | None]) -> str | None:
    """Thunderbird's Birth Year, Birth Month and Birth Day (the year may be empty)."""
    year, month, day = (cell(cells, i) for i in columns)
    if not (month.isdigit() and day.isdigit()):
        return None
    if year.isdigit():
        return parse_birthday_text(f"{int(year):04d}-{int(month):02d}-{int(day):02d}")
    return parse_birthday_text(f"--{int(month):02d}-{int(day):02d}")
