"""The documented fields of each review, for the CLI's JSON and the API alike (an allowlist:
a field added to a review later is not published by accident). Dates stay ``date``s; each
surface writes them as ISO text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from netgarden.domain.audit import AuditProposal, Kept
from netgarden.domain.diversity import Diversity
from netgarden.domain.health import Health, Measure
from netgarden.domain.matrix import Placed
from netgarden.domain.review_lines import Line

if TYPE_CHECKING:  # (a quick read prints its fields without the other services' imports)
    from netgarden.services.board import Board
    from netgarden.services.brokers import Brokers
    from netgarden.services.internal import Internal
    from netgarden.services.triage import Triage


def lines(found: Sequence[Line]) -> list[dict[str, Any]]:
    return [line.as_dict() for line in found]


def _measures(found: Sequence[Measure]) -> list[dict[str, Any]]:
    return [
        {
            "key": m.key,
            "count": m.count,
            "low": m.low,
            "high": m.high,
            "status": m.status,
            **m.line.as_dict(),
        }
        for m in found
    ]


def health_fields(found: Health) -> dict[str, Any]:
    return {
        "as_of": found.as_of,
        "circles": _measures(found.circles),
        "nested": _measures(found.nested),
        "bands": _measures(found.bands),
        "lapsed": found.lapsed,
        "three_touch": {c: {"meeting": a, "of": b} for c, (a, b) in found.three_touch.items()},
        "uncircled": found.uncircled,
        "lines": lines(found.lines),
    }


def triage_fields(found: Triage, applied: Sequence[int] = ()) -> dict[str, Any]:
    return {
        "as_of": found.as_of,
        "connection_only": found.connection_only,
        "applied": list(applied),
        "proposals": [
            {
                "contact_id": p.contact_id,
                "name": p.name,
                "company": p.company,
                "circle": p.circle,
                "reason": p.reason,
                **p.line.as_dict(),
            }
            for p in found.proposals
        ],
    }


def audit_fields(
    as_of: Any, proposals: Sequence[AuditProposal], kept: Sequence[Kept]
) -> dict[str, Any]:
    return {
        "as_of": as_of,
        "proposals": [
            {
                "number": p.number,
                "contact_id": p.contact_id,
                "name": p.name,
                "action": p.action,
                "circle": p.circle,
                **p.line.as_dict(),
            }
            for p in proposals
        ],
        "kept": [
            {
                "contact_id": k.contact_id,
                "name": k.name,
                "action": k.action,
                "because": k.because,
                **k.line.as_dict(),
            }
            for k in kept
        ],
    }


def diversity_fields(found: Diversity) -> dict[str, Any]:
    return {
        "by": found.by,
        "total": found.total,
        "values": [{"value": v.value, "count": v.count, "share": v.share} for v in found.values],
        "unknown": found.unknown,
        "unknown_share": found.unknown_share,
        "hhi": found.hhi,
        "effective": found.effective,
        "gaps": [{"value": g.value, "at_least": g.at_least, "have": g.have} for g in found.gaps],
        "lines": lines(found.lines),
    }


def matrix_fields(placed: Sequence[Placed]) -> list[dict[str, Any]]:
    return [
        {
            "contact_id": p.contact_id,
            "name": p.name,
            "company": p.company,
            "influence": p.influence,
            "influence_from": p.influence_from,
            "accessibility": p.accessibility,
            "accessibility_from": p.accessibility_from,
            "quadrant": p.quadrant,
            "strategy": p.strategy,
            "introducer": {"contact_id": p.introducer[0], "name": p.introducer[1]}
            if p.introducer
            else None,
            "signals": lines(p.signals),
            **p.line.as_dict(),
        }
        for p in placed
    ]


# one person of matrix_json: matrix_fields' keys in order, as json.dumps(indent=2) lays them
_PLACED = """{
    "contact_id": %d,
    "name": %s,
    "company": %s,
    "influence": %d,
    "influence_from": %s,
    "accessibility": %d,
    "accessibility_from": %s,
    "quadrant": %s,
    "strategy": %s,
    "introducer": %s,
    "signals": %s,
    "text": %s,
    "rule": %s,
    "seed": %s,
    "quote": %s,
    "section": %s
  }"""


# a signal of matrix_json's (a Line's fields), inside a person's "signals"
_SIGNAL = """{
        "text": %s,
        "rule": %s,
        "seed": %s,
        "quote": %s,
        "section": %s
      }"""


class _Encoded(dict[str | None, str]):
    """Strings as JSON, each encoded once (a network repeats its strategies, rules, seeds,
    companies and defaults)."""

    def __missing__(self, value: str | None) -> str:
        from json.encoder import encode_basestring

        found = self[value] = "null" if value is None else encode_basestring(value)
        return found


def matrix_json(placed: Sequence[Placed]) -> str:
    """``json.dumps(matrix_fields(placed), indent=2, ensure_ascii=False)``, written from a
    template: the indenting encoder is pure Python, and 30,000 people took it 0.4 s (a test
    checks the two agree, every field and escape)."""
    from json.encoder import encode_basestring

    text = _Encoded()
    people = []
    for p in placed:
        line, quote = p.line, p.line.quote
        introducer = "null"
        if p.introducer is not None:
            number, name = p.introducer
            introducer = (f'{{\n      "contact_id": {number},\n      "name": '
                          f"{encode_basestring(name)}\n    }}")  # fmt: skip
        signals = "[]"
        if p.signals:
            each = [
                _SIGNAL % (encode_basestring(s.text), text[s.rule], text[s.quote.seed],
                           text[s.quote.text], text[s.quote.section])
                for s in p.signals
            ]  # fmt: skip
            signals = "[\n      " + ",\n      ".join(each) + "\n    ]"
        people.append(_PLACED % (
            p.contact_id, encode_basestring(p.name), text[p.company], p.influence,
            text[p.influence_from], p.accessibility, text[p.accessibility_from],
            text[p.quadrant], text[p.strategy], introducer, signals,
            encode_basestring(line.text), text[line.rule], text[quote.seed], text[quote.text],
            text[quote.section],
        ))  # fmt: skip
    return "[\n  " + ",\n  ".join(people) + "\n]" if people else "[]"


def board_fields(found: Board) -> dict[str, Any]:
    return {
        "as_of": found.as_of,
        "seats": [
            {
                "seat": s.seat,
                "holders": [{"contact_id": i, "name": n} for i, n in s.holders],
                "candidates": [
                    {"contact_id": c.contact_id, "name": c.name, "reason": c.reason}
                    for c in s.candidates
                ],
                "lines": lines(s.lines),
            }
            for s in found.seats
        ],
        "mentees": [{"contact_id": i, "name": n} for i, n in found.mentees],
        "mentee_line": found.mentee_line.as_dict(),
    }


def brokers_fields(found: Brokers) -> dict[str, Any]:
    return {
        "as_of": found.as_of,
        "exact": found.exact,
        "sources": found.sampled_from,
        "people": [
            {
                "contact_id": p.contact_id,
                "name": p.name,
                "betweenness": p.betweenness,
                "cluster": p.cluster,
                "links": p.links,
            }
            for p in found.people
        ],
        "bridges": [{"contact_id": i, "name": n} for i, n in found.bridges],
        "clusters": [
            {
                "id": c.id,
                "size": c.size,
                "industries": c.industries,
                "top": [{"contact_id": i, "name": n} for i, n in c.top],
            }
            for c in found.clusters
        ],
        "connectors": [
            {"contact_id": i, "name": n, "industries": k} for i, n, k in found.connectors
        ],
        "novel": [{"contact_id": i, "name": n, "what": w} for i, n, w in found.novel],
        "lines": lines(found.lines),
    }


def internal_fields(found: Internal) -> dict[str, Any]:
    return {
        "company": found.company,
        "by_function": found.by_function,
        "vertical": found.vertical,
        "weak_decision_makers": [
            {"contact_id": i, "name": n, "decides": d} for i, n, d in found.weak_deciders
        ],
        "lines": lines(found.lines),
    }
