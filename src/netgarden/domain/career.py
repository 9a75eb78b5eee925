"""Career resilience (issue 16): a contact's status, the companies I track, job changes, and
the one rule that answers seeds/004's "who would I call if it were to happen to me?".

Every active contact falls in one class, the first that matches (``classify``):

1. *support* — laid off or open to work (seeds/002: "Offer support to those who have been
   laid off");
2. *referral-only* — switched careers ("the best thing they could do is perhaps help me with
   a referral", seeds/004);
3. *not-hiring* — their company is marked not hiring, or hiring but not for the target role
   ("not hiring or at least not the product roles"), with the day it was checked;
4. *warm-up-first* — strength under 40 ("it truly takes time for people to trust you");
5. *call-first* — their company is hiring for the target role and they are, or are linked to,
   its hiring manager ("unless that referral is going to the hiring manager…");
6. *can-advise* — everyone else: they can advise or introduce.

Within a class the strongest first; a junior or entry-level user sees intermediate and
senior people first (seeds/004: "concentrate on intermediate to senior people").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from netgarden.domain.normalize import clean_text, fold
from netgarden.domain.values import check_length, parse_date
from netgarden.errors import Collector, InvalidValue

WARM_ENOUGH = 40  # strength under this: warm up first (the strength scale's "warm" band)
SWITCHED_SHARE_SEEN = 0.10  # seeds/004: "about 10% … have actually switched careers"


class Status(StrEnum):
    ACTIVE = "active"
    LAID_OFF = "laid-off"
    OPEN_TO_WORK = "open-to-work"
    SWITCHED_CAREERS = "switched-careers"
    RETIRED = "retired"


class Channel(StrEnum):
    EMAIL = "email"
    LINKEDIN = "linkedin"
    PHONE = "phone"
    TEXT = "text"
    IN_PERSON = "in-person"


class Hiring(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class CompanyType(StrEnum):
    STARTUP = "startup"
    SCALE_UP = "scale-up"
    ENTERPRISE = "enterprise"
    AGENCY = "agency"
    NONPROFIT = "nonprofit"
    PUBLIC = "public"


SIZES = ("1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+")


class CallClass(StrEnum):
    CALL_FIRST = "call-first"
    CAN_ADVISE = "can-advise"
    WARM_UP_FIRST = "warm-up-first"
    NOT_HIRING = "not-hiring"
    REFERRAL_ONLY = "referral-only"
    SUPPORT = "support"


# the order a call list shows its classes in
CLASS_ORDER = tuple(CallClass)
CLASS_LABELS = {
    CallClass.CALL_FIRST: "Call first",
    CallClass.CAN_ADVISE: "Can advise or introduce",
    CallClass.WARM_UP_FIRST: "Warm up first",
    CallClass.NOT_HIRING: "Not hiring now",
    CallClass.REFERRAL_ONLY: "Referral only",
    CallClass.SUPPORT: "Support them",
}
NEEDS_SUPPORT = frozenset({Status.LAID_OFF, Status.OPEN_TO_WORK})


E = TypeVar("E", bound=StrEnum)


def parse_member(field: str, value: str, kind: type[E]) -> E:
    text = value.strip().lower()
    for member in kind:
        if member.value == text:
            return member
    accepted = ", ".join(m.value for m in kind)
    raise InvalidValue(field, f"{value!r} is not accepted; use one of: {accepted}")


def parse_size(value: str) -> str:
    text = value.strip().replace(" ", "")
    if text not in SIZES:
        raise InvalidValue("size", f"{value!r} is not a size band; use one of: {', '.join(SIZES)}")
    return text


def short_text(field: str, value: str) -> str | None:
    """Free text on one line, within ``field``'s limit ("" clears)."""
    return check_length(field, clean_text(value, multiline=False) or None)


def career_columns(
    status: str | None,
    status_on: str | None,
    hiring_manager_for: str | None,
    preferred_channel: str | None,
    today: dt.date,
) -> dict[str, object]:
    """The contact columns career resilience reads, from what a user typed: ``None`` leaves a
    field alone, ``""`` clears it. A status is dated (``status_on``, today when not given)."""
    columns: dict[str, object] = {}
    check = Collector()
    if status is not None:
        with check:
            member = parse_member("status", status, Status) if status.strip() else None
            columns["status"] = member.value if member else None
            on = parse_date(status_on, today, "status_on") if status_on else today
            columns["status_on"] = on if member else None
    elif status_on:
        with check:
            raise InvalidValue("status_on", "dates a status; give the status too")
    if hiring_manager_for is not None:
        with check:
            columns["hiring_manager_for"] = short_text("hiring_manager_for", hiring_manager_for)
    if preferred_channel is not None:
        with check:
            channel = preferred_channel.strip()
            member_c = parse_member("preferred_channel", channel, Channel) if channel else None
            columns["preferred_channel"] = member_c.value if member_c else None
    check.raise_if_any()
    return columns


# words that say how senior, or nothing about what a role is about
_GENERIC = re.compile(
    r"\b(?:senior|sr|junior|jr|staff|lead|principal|head|of|vp|vice|president|director|chief|"
    r"manager|managers|associate|intern|and|the|for|roles?|a|an|in|at|team|teams|&)\b"
)
_WORD = re.compile(r"[\w+#]+")


# the abbreviations people write roles in ("hiring PMs")
ABBREVIATIONS = {"pm": "product manager", "pms": "product managers",
                 "tpm": "technical program manager", "em": "engineering manager",
                 "swe": "software engineer", "sde": "software engineer",
                 "ux": "user experience", "ml": "machine learning"}  # fmt: skip


@functools.lru_cache(maxsize=8192)  # the same titles and roles, over and over (call list)
def _stems(text: str | None, generic: bool = False) -> frozenset[str]:
    folded = " ".join(ABBREVIATIONS.get(w, w) for w in _WORD.findall(fold(text)))
    words = _WORD.findall(folded if generic else _GENERIC.sub(" ", folded))
    return frozenset(w[:5] for w in words)


def role_matches(role: str | None, text: str | None) -> bool:
    """Whether ``text`` (what a company hires for, what a hiring manager hires) covers the
    role: every word of the role (levels aside) is there, by its first five letters ("product
    managers" covers "Product Manager"; "Engineering Manager" does not)."""
    if not role or not text:
        return bool(text)
    wanted = _stems(role) or _stems(role, generic=True)
    return wanted <= _stems(text, generic=True)


def function_changed(
    old_title: str | None, new_title: str | None, old_function: str | None,
    new_function: str | None,
) -> bool:  # fmt: skip
    """Whether a new role is in another line of work: the function says so when both are
    known; otherwise the two titles share no word about what the work is."""
    if old_function and new_function:
        return fold(old_function) != fold(new_function)
    old, new = _stems(old_title), _stems(new_title)
    return bool(old and new) and not old & new


@dataclass(frozen=True, slots=True)
class CompanyFacts:
    name: str
    hiring: Hiring = Hiring.UNKNOWN
    hiring_for: str | None = None
    checked_on: dt.date | None = None
    target: bool = False


@dataclass(frozen=True, slots=True)
class CallPerson:
    id: int
    name: str
    company: str | None
    title: str | None
    seniority: str | None
    status: str | None
    status_on: dt.date | None
    hiring_manager_for: str | None
    strength: int
    knows_hm: str | None = None  # the name of a hiring manager they are linked to


@dataclass(frozen=True, slots=True)
class Opening:
    """An open opportunity I could share (a job or a collaboration)."""

    id: int
    title: str
    role: str | None
    company: str | None

    def label(self) -> str:
        return f"#{self.id} {self.title}" + (f" at {self.company}" if self.company else "")


@dataclass(frozen=True, slots=True)
class Call:
    person: CallPerson
    klass: CallClass
    reason: str
    senior_enough: bool = True  # intermediate or senior (what a junior user sees first)
    share: tuple[Opening, ...] = ()  # open opportunities to share (support them)


def openings_for(title: str | None, openings: list[Opening], most: int = 3) -> list[Opening]:
    """Open opportunities to share with someone who needs support (seeds/002: "Share job
    opportunities and referrals"): those whose role their title covers; any, without one."""
    if not title:
        return openings[:most]
    return [o for o in openings if role_matches(o.role or o.title, title)][:most]


def _checked(company: CompanyFacts) -> str:
    return f"checked {company.checked_on.isoformat()}" if company.checked_on else "not dated"


def is_hiring_manager(person: CallPerson, role: str | None) -> bool:
    return role_matches(role, person.hiring_manager_for)


def classify(p: CallPerson, company: CompanyFacts | None, role: str | None) -> Call:
    """The person's class, first match wins (the module's docstring), and why."""
    status = Status(p.status) if p.status else Status.ACTIVE
    since = f" since {p.status_on.isoformat()}" if p.status_on else ""
    if status in NEEDS_SUPPORT:
        return Call(p, CallClass.SUPPORT, f"{status.value}{since}: offer support")
    if status is Status.SWITCHED_CAREERS:
        return Call(p, CallClass.REFERRAL_ONLY, f"switched careers{since}: at best a referral")
    if company is not None and company.hiring is Hiring.NO:
        return Call(p, CallClass.NOT_HIRING, f"{company.name} is not hiring ({_checked(company)})")
    hiring = company is not None and company.hiring is Hiring.YES
    if (
        company
        and hiring
        and role
        and company.hiring_for
        and not role_matches(role, company.hiring_for)
    ):
        why = f"{company.name} is hiring for {company.hiring_for}, not {role} ({_checked(company)})"
        return Call(p, CallClass.NOT_HIRING, why)
    if p.strength < WARM_ENOUGH:
        return Call(
            p, CallClass.WARM_UP_FIRST, f"strength {p.strength}, under {WARM_ENOUGH}: warm up first"
        )
    if company is not None and hiring:
        what = company.hiring_for or "open roles"
        hiring_what = f"{company.name} is hiring for {what}"
        if is_hiring_manager(p, role):
            return Call(p, CallClass.CALL_FIRST, f"{hiring_what}; {p.name} is the hiring manager")
        if p.knows_hm:
            why = f"{hiring_what}; knows the hiring manager {p.knows_hm}"
            return Call(p, CallClass.CALL_FIRST, why)
    retired = "retired; " if status is Status.RETIRED else ""
    if company is not None and hiring:
        return Call(p, CallClass.CAN_ADVISE, f"{retired}{company.name} is hiring, but not "
                                             f"through them: can refer or introduce")  # fmt: skip
    return Call(p, CallClass.CAN_ADVISE, f"{retired}strength {p.strength}: can advise or introduce")
