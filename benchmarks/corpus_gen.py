"""Deterministic LinkedIn-style and vCard files of any size, for the import benchmarks."""

from __future__ import annotations

import csv
import io
import random

from netgarden.services import sample_data as data

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n\n'
)
OWNER_URL = "https://www.linkedin.com/in/the-owner"


def person(i: int, repeated_names: bool = False) -> tuple[str, str, str]:
    """Person ``i``: the same name and profile URL in every file. Names are unique unless
    ``repeated_names``: then they repeat as real names do (the sample's first names times
    its surnames, each pair held by many people in a large network)."""
    first = data.FIRST_NAMES[i % len(data.FIRST_NAMES)]
    last = data.LAST_NAMES[(i // len(data.FIRST_NAMES)) % len(data.LAST_NAMES)]
    shown = last if repeated_names else f"{last}{i}"
    return first, shown, f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{i}"


def connections_csv(rows: int, seed: int = 1, repeated_names: bool = False) -> bytes:
    rng = random.Random(seed)
    buffer = io.StringIO()
    buffer.write(PREAMBLE)
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    for i in range(rows):
        first, last, url = person(i, repeated_names)
        company = rng.choice(data.COMPANIES)
        email = f"{first.lower()}.{last.lower()}@{company[2]}" if rng.random() < 0.2 else ""
        title = rng.choice(rng.choice(list(data.ROLES.values())))
        month = rng.choice(["Jan", "Mar", "Jun", "Sep", "Nov"])
        day = f"{rng.randint(1, 28):02d} {month} {rng.randint(2012, 2026)}"
        writer.writerow([first, last, url, email, company[0], title, day])
    return buffer.getvalue().encode("utf-8")


def messages_csv(messages: int, contacts: int, seed: int = 2) -> bytes:
    rng = random.Random(seed)
    people = [person(i) for i in range(contacts)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
         "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]
    )  # fmt: skip
    for i in range(messages):
        first, last, url = people[rng.randrange(contacts)]
        mine = rng.random() < 0.5
        sender, sender_url = ("The Owner", OWNER_URL) if mine else (f"{first} {last}", url)
        to, to_url = (f"{first} {last}", url) if mine else ("The Owner", OWNER_URL)
        date = f"20{rng.randint(18, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        stamp = f"{date} 10:{i % 60:02d}:00 UTC"
        text = rng.choice(data.TOUCH_NOTES).format(
            interest=rng.choice(data.INTERESTS), interest2=rng.choice(data.INTERESTS),
            company=rng.choice(data.COMPANIES)[0], event=rng.choice(data.EVENTS),
        )  # fmt: skip
        writer.writerow(
            [f"conv-{i // 3}", "", sender, sender_url, to, to_url, stamp, "", text, "INBOX", ""]
        )
    return buffer.getvalue().encode("utf-8")


def vcards(count: int, seed: int = 3) -> bytes:
    rng = random.Random(seed)
    cards = []
    for i in range(count):
        first, last, url = person(i)
        company = rng.choice(data.COMPANIES)
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"FN:{first} {last}\r\nN:{last};{first};;;\r\nORG:{company[0]}\r\n"
            f"TITLE:{rng.choice(data.ROLES['Product'])}\r\n"
            f"EMAIL;TYPE=INTERNET:{first.lower()}.{last.lower()}@{company[2]}\r\n"
            f"TEL;TYPE=CELL:+1 415 555 {i % 10000:04d}\r\n"
            f"URL:{url}\r\n"
            f"BDAY:19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\r\n"
            f"NOTE:Met at {rng.choice(data.EVENTS)}\\, "
            f"talked about {rng.choice(data.INTERESTS)}\r\n"
            "END:VCARD\r\n"
        )
    return "".join(cards).encode("utf-8")
