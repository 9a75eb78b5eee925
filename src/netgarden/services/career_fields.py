"""Career resilience as JSON-ready fields (issue 16): the CLI's JSON and the API alike, by
allowlists (a field added to a view later is not published by accident)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from netgarden.domain.call_list import CallList
from netgarden.domain.career import SWITCHED_SHARE_SEEN

if TYPE_CHECKING:  # (call-list runs without SQLAlchemy: these services import it)
    from netgarden.services.companies import CompanyDetail, CompanyView
    from netgarden.services.job_changes import ChangeView

COMPANY_FIELDS = ("id", "name", "target", "at_least", "hiring", "hiring_for",
                  "hiring_checked_on", "size", "type", "people")  # fmt: skip
CHANGE_FIELDS = (
    "id", "contact_id", "name", "seen_on", "old_company", "old_title", "new_company",
    "new_title", "state", "decided_on", "function_changed", "suggested_status",
)  # fmt: skip


def company_fields(v: CompanyView) -> dict[str, Any]:
    return {key: getattr(v, key) for key in COMPANY_FIELDS}


def detail_fields(d: CompanyDetail) -> dict[str, Any]:
    return {
        **company_fields(d.company),
        "people_there": [p.__dict__ for p in d.people],
        "paths": [
            {"ids": p.ids, "names": p.names, "score": p.score, "why": p.why} for p in d.paths
        ],
        "opportunities": [
            {"id": o.id, "title": o.title, "kind": o.kind, "stage": o.stage, "role": o.role}
            for o in d.opportunities
        ],
    }


def change_fields(c: ChangeView) -> dict[str, Any]:
    values = {**c.__dict__, "suggested_status": c.suggested_status}
    return {key: values[key] for key in CHANGE_FIELDS}


def call_list_fields(found: CallList) -> dict[str, Any]:
    """``contacts`` (contact_id, name, company, class, reason) and the ``summary``."""
    s = found.summary
    return {
        "contacts": [
            {"contact_id": c.person.id, "name": c.person.name, "company": c.person.company,
             "class": c.klass.value, "reason": c.reason}
            for c in found.calls
        ],
        "summary": {
            "counts": s.counts, "total": s.total, "role": s.role, "junior_first": s.junior_first,
            "switched_careers": s.switched, "switched_share": s.switched_share,
            "switched_share_seen": SWITCHED_SHARE_SEEN,
            "unreached_targets": [{"company": t} for t in s.unreached_targets],
        },
    }  # fmt: skip
