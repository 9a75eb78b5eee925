"""The handover export (issue 13; seeds/001 "Institutional knowledge transfer"): names,
companies, titles, how we met, circles, strength bands, links and board seats. No personal
details, notes, touch or ledger notes, birthdays, emails or phones unless asked for."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from netgarden.domain import seed_texts as seeds
from netgarden.services.database import Unit
from netgarden.services.reviews import review_facts

# an allowlist: a column added later (a private note) is not handed over until named here
FIELDS = ("company", "title", "circle", "industry", "function", "location")


def handover(unit: Unit, today: dt.date, with_contact_details: bool = False) -> dict[str, Any]:
    people = review_facts(unit, today)
    how_met = {c.id: c.how_met for c in unit.contacts.everyone()}
    knows: dict[int, list[int]] = defaultdict(list)
    for a, b in sorted(unit.network.all_pairs()):
        knows[a].append(b)
        knows[b].append(a)
    emails = unit.contacts.grouped("emails") if with_contact_details else {}
    phones = unit.contacts.grouped("phones") if with_contact_details else {}
    contacts = []
    for p in people:
        row: dict[str, Any] = {
            "id": p.id,
            "name": p.name,
            **{f: getattr(p, f) for f in FIELDS},
            "how_met": how_met.get(p.id),
            "strength_band": p.band,
            "board_seat": p.board_seat,
            "knows": knows.get(p.id, []),
        }
        if with_contact_details:
            row["emails"] = emails.get(p.id, [])
            row["phones"] = phones.get(p.id, [])
        contacts.append(row)
    return {
        "format": "netgarden-handover",
        "as_of": today.isoformat(),
        "why": seeds.HANDOVER.cited(),
        "contacts": contacts,
    }


def handover_bytes(unit: Unit, today: dt.date, with_contact_details: bool = False) -> bytes:
    document = handover(unit, today, with_contact_details)
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
