"""Networking ROI (issue 16; seeds/002 "Networking ROI Measurement", seeds/001 "Relationship
Health Metrics"): pure arithmetic over facts the store counted, for a period of days.

Every rate is ``part / whole`` (``None`` when there is nothing to divide by):

- **response rate** (seeds/001: "Percentage of network members who respond to your
  outreach"): my outgoing messages and emails in the period, each to one person; one is
  answered by the outreach report's rule (domain.outreach: marked replied, or a message from
  them or a meeting with them within 14 days). Per message, and per person (people messaged
  who answered at least once).
- **meeting acceptance**: messages that asked for a meeting (drafted from a template that
  asks for one) followed by a meeting with that person within 30 days.
- **meeting-to-opportunity conversion**: people I met (coffee, meeting, call, video,
  informational interview) in the period who sourced an opportunity (it came through them)
  within 90 days of the first such meeting.
- **referrals**: opportunities that came through a person (domain.opportunities); per month,
  the share that reached the hiring manager and the share that reached interviews; beside
  them the referrals I gave (ledger gives of kind referral).
- **opportunities by kind and by channel**: opened in the period, how many reached
  interviews, and the rate; the cold-application line is read against seeds/004's ~1%.
- **knowledge** given vs received, and **value** given ÷ received beside given ÷ asked (the
  ledger, seeds/001's "Value exchange balance").
- **quality connections** per month: contacts who first became one that month
  (domain.quality), their pace over a year against seeds/004's ~200.
- **network growth**: contacts I came to know per month (met, connected or added), and the
  growth over the period as a share of the network at its start.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from netgarden.domain.opportunities import is_referral
from netgarden.domain.outreach import MEETING_DAYS, REPLY_DAYS

CONVERSION_DAYS = 90
QUALITY_PER_YEAR = 200  # seeds/004: "approximately 200 highquality connections" in a year
COLD_RATE = 0.01  # seeds/004: "the response rate or the offer rate is actually 1%"


@dataclass(frozen=True)
class Rate:
    part: int
    whole: int

    @property
    def rate(self) -> float | None:
        return round(self.part / self.whole, 4) if self.whole else None


@dataclass(frozen=True)
class Sent:
    """An outgoing message to one person; ``asks_meeting`` when it asked for a meeting."""

    contact_id: int
    on: dt.date
    replied: bool | None
    asks_meeting: bool = False


@dataclass(frozen=True)
class OppFact:
    id: int
    kind: str
    channel: str | None
    via_id: int | None
    event_id: int | None
    reaches_hm: bool | None
    opened_on: dt.date
    interviewed: bool


@dataclass(frozen=True)
class Breakdown:
    """Opportunities of one kind or channel: how many, how many reached interviews."""

    name: str
    opportunities: int
    interviewed: int

    @property
    def interview_rate(self) -> float | None:
        return Rate(self.interviewed, self.opportunities).rate


@dataclass(frozen=True)
class Referrals:
    received: int
    reached_hm: int
    hm_unknown: int
    interviewed: int
    given: int
    per_month: float  # referrals received a month, over the period

    @property
    def hm_rate(self) -> float | None:
        return Rate(self.reached_hm, self.received).rate

    @property
    def interview_rate(self) -> float | None:
        return Rate(self.interviewed, self.received).rate


@dataclass(frozen=True)
class Month:
    """One month of the period: ``start`` is its first day."""

    start: dt.date
    quality_new: int
    quality_total: int  # new ones so far in the period
    contacts_new: int


@dataclass(frozen=True)
class LedgerCounts:
    given: int
    received: int
    asked: int
    knowledge_given: int
    knowledge_received: int

    @property
    def given_per_received(self) -> float | None:
        return round(self.given / self.received, 2) if self.received else None

    @property
    def given_per_asked(self) -> float | None:
        return round(self.given / self.asked, 2) if self.asked else None


@dataclass(frozen=True)
class Roi:
    since: dt.date
    until: dt.date
    response_per_message: Rate
    response_per_person: Rate
    meeting_acceptance: Rate
    meeting_to_opportunity: Rate
    referrals: Referrals
    by_kind: tuple[Breakdown, ...]
    by_channel: tuple[Breakdown, ...]
    ledger: LedgerCounts
    months: tuple[Month, ...]
    quality_new: int
    quality_pace: float | None  # new quality connections a year, at the period's rate
    contacts_at_start: int
    contacts_new: int

    @property
    def growth_rate(self) -> float | None:
        """Contacts added over the period as a share of the network at its start."""
        return Rate(self.contacts_new, self.contacts_at_start).rate


def month_starts(since: dt.date, until: dt.date) -> list[dt.date]:
    """The first day of each month the period touches, in order."""
    starts, day = [], since.replace(day=1)
    while day <= until:
        starts.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return starts


def default_since(until: dt.date) -> dt.date:
    """Twelve calendar months up to ``until``: the first day of the month 11 months before."""
    year, month = until.year, until.month - 11
    if month < 1:
        year, month = year - 1, month + 12
    return dt.date(year, month, 1)


def _within(days: Sequence[dt.date], start: dt.date, span: int) -> bool:
    """Whether a sorted list of days has one in ``[start, start + span]``."""
    at = bisect.bisect_left(days, start)
    return at < len(days) and days[at] <= start + dt.timedelta(days=span)


def responses(
    sent: Sequence[Sent],
    from_them: Mapping[int, Sequence[dt.date]],
    marked: Iterable[tuple[int, int, int]] = (),
) -> tuple[Rate, Rate]:
    """Per message and per person (the module's rule); ``from_them`` are each person's
    sorted days of a message from them or a meeting with them. ``marked`` are messages
    already counted per person and not in ``sent``: (contact_id, how many, how many of
    them marked replied)."""
    answered_people: set[int] = set()
    people: set[int] = set()
    answered = whole = 0
    for contact_id, many, replied in marked:
        whole += many
        answered += replied
        if many:
            people.add(contact_id)
        if replied:
            answered_people.add(contact_id)
    for one in sent:
        if one.replied is not None:
            ok = one.replied
        else:
            ok = _within(from_them.get(one.contact_id, ()), one.on, REPLY_DAYS)
        if ok:
            answered += 1
            answered_people.add(one.contact_id)
    people.update(one.contact_id for one in sent)
    return Rate(answered, whole + len(sent)), Rate(len(answered_people), len(people))


def acceptance(sent: Sequence[Sent], meetings: Mapping[int, Sequence[dt.date]]) -> Rate:
    """Meeting requests followed by a meeting with that person within 30 days."""
    asked = [s for s in sent if s.asks_meeting]
    met = sum(_within(meetings.get(s.contact_id, ()), s.on, MEETING_DAYS) for s in asked)
    return Rate(met, len(asked))


def conversion(first_met: Mapping[int, dt.date], opps: Iterable[OppFact]) -> Rate:
    """People met in the period (their first meeting in it) who sourced an opportunity
    within 90 days of it."""
    sourced: dict[int, list[dt.date]] = {}
    for opp in opps:
        if opp.via_id is not None:
            sourced.setdefault(opp.via_id, []).append(opp.opened_on)
    converted = sum(
        _within(sorted(sourced.get(person, ())), day, CONVERSION_DAYS)
        for person, day in first_met.items()
    )
    return Rate(converted, len(first_met))


def breakdown(opps: Sequence[OppFact], key: str) -> tuple[Breakdown, ...]:
    """Opportunities by ``kind`` or ``channel`` (unsaid: "unsaid"), most first."""
    count: Counter[str] = Counter()
    interviewed: Counter[str] = Counter()
    for opp in opps:
        name = getattr(opp, key) or "unsaid"
        count[name] += 1
        interviewed[name] += opp.interviewed
    order = sorted(count, key=lambda name: (-count[name], name))
    return tuple(Breakdown(name, count[name], interviewed[name]) for name in order)


def referrals(opps: Sequence[OppFact], given: int, months: int) -> Referrals:
    mine = [o for o in opps if is_referral(o.kind, o.channel, o.via_id)]
    return Referrals(
        len(mine),
        sum(o.reaches_hm is True for o in mine),
        sum(o.reaches_hm is None for o in mine),
        sum(o.interviewed for o in mine),
        given,
        round(len(mine) / months, 2) if months else 0.0,
    )


def monthly(
    starts: Sequence[dt.date], quality_days: Iterable[dt.date], contact_days: Iterable[dt.date]
) -> tuple[Month, ...]:
    """Per month: contacts who first became quality connections, and contacts added."""
    quality = Counter(day.replace(day=1) for day in quality_days)
    added = Counter(day.replace(day=1) for day in contact_days)
    total, months = 0, []
    for start in starts:
        total += quality[start]
        months.append(Month(start, quality[start], total, added[start]))
    return tuple(months)


def roi(
    since: dt.date,
    until: dt.date,
    sent: Sequence[Sent],
    from_them: Mapping[int, Sequence[dt.date]],
    meetings: Mapping[int, Sequence[dt.date]],
    first_met: Mapping[int, dt.date],
    opps: Sequence[OppFact],
    ledger: LedgerCounts,
    referrals_given: int,
    quality_days: Sequence[dt.date],
    contact_days: Sequence[dt.date],
    contacts_at_start: int,
    marked: Sequence[tuple[int, int, int]] = (),
) -> Roi:
    """The whole report. ``opps`` are every opportunity (conversion looks 90 days past the
    period's meetings); the breakdowns count those opened in the period. ``quality_days``
    are the first quality days falling in the period, ``contact_days`` the days contacts
    in the period were come to know; ``marked`` are messages counted per person beside
    ``sent`` (``responses``)."""
    per_message, per_person = responses(sent, from_them, marked)
    opened = [o for o in opps if since <= o.opened_on <= until]
    starts = month_starts(since, until)
    days = (until - since).days + 1
    in_period = [d for d in quality_days if since <= d <= until]
    return Roi(
        since, until, per_message, per_person, acceptance(sent, meetings),
        conversion(first_met, opps), referrals(opened, referrals_given, len(starts)),
        breakdown(opened, "kind"), breakdown(opened, "channel"), ledger,
        monthly(starts, in_period, contact_days), len(in_period),
        round(len(in_period) * 365 / days, 1) if days else None, contacts_at_start,
        sum(since <= d <= until for d in contact_days),
    )  # fmt: skip
