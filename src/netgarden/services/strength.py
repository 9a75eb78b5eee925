"""Relationship strength for one contact (explained) or for everyone (batch)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from netgarden.domain.quality import last_two_way
from netgarden.domain.strength import Band, Event, Strength, history, strength, years_known
from netgarden.store.rows import StrengthEvent

if TYPE_CHECKING:
    from netgarden.domain.strength_tallies import SummaryRow, TallyScorer
    from netgarden.services.database import Unit
    from netgarden.services.read_only import ReadUnit
    from netgarden.store.shared_ties import TeamTies


@dataclass(frozen=True)
class StrengthReport:
    contact_id: int
    strength: Strength
    history: list[tuple[dt.date, int]]
    years_known: int  # whole years since the first event (the half-life's step)


def _events(rows: Sequence[StrengthEvent]) -> dict[int, list[Event]]:
    grouped: dict[int, list[Event]] = defaultdict(list)
    for row in rows:
        grouped[row.contact_id].append(
            Event(row.on, row.kind, row.source, row.direction, row.replied)
        )
    return grouped


def contact_strength(unit: Unit | ReadUnit, contact_id: int, as_of: dt.date) -> StrengthReport:
    unit.contacts.require_known(contact_id)
    events = _events(unit.ledger.strength_events([contact_id])).get(contact_id, [])
    weights = unit.preferences().strength_weights()
    past = [e.on for e in events if e.on <= as_of]
    return StrengthReport(
        contact_id,
        strength(events, as_of, weights),
        history(events, as_of, weights=weights),
        years_known(min(past), as_of) if past else 0,
    )


def everyone_strength(unit: Unit, as_of: dt.date) -> dict[int, Strength]:
    """Every contact's score (no contributions): from the strength tallies, one indexed
    read; the events are read only for a day before someone's last event or a half-life
    other than the default (the tallies cannot tell those)."""
    scores = batch_strength(unit, as_of)
    new = strength([], as_of)
    for contact_id in unit.contacts.active_ids():
        scores.setdefault(contact_id, new)
    return scores


def batch_strength(
    unit: Unit | ReadUnit,
    as_of: dt.date | Mapping[int, dt.date],
    contact_ids: Sequence[int] | None = None,
) -> dict[int, Strength]:
    """The scores of these contacts (everyone's with history without ``contact_ids``) at
    ``as_of`` (or each at their own day), without contributions; only those with history."""
    from netgarden.domain.strength_tallies import TallyScorer

    def day(contact_id: int) -> dt.date | None:
        return as_of.get(contact_id) if isinstance(as_of, Mapping) else as_of

    weights = unit.preferences().strength_weights()
    scorer = TallyScorer(weights)
    scores: dict[int, Strength] = {}
    pending: list[int] = []
    for contact_id, found in unit.strength_tallies.read(contact_ids, scorer.summaries).items():
        when = day(contact_id)
        if when is None:
            continue
        tallied = scorer.score(found, when)
        if tallied is None:
            pending.append(contact_id)
        else:
            scores[contact_id] = Strength(tallied.score, tallied.band, [])
    if pending:
        for contact_id, events in _events(unit.ledger.strength_events(pending)).items():
            when = day(contact_id)
            assert when is not None
            scores[contact_id] = strength(events, when, weights, explain=False)
    return scores


def everyone_scores(unit: Unit | ReadUnit, as_of: dt.date) -> dict[int, tuple[int, str]]:
    """Everyone's (score, band's value) at ``as_of``, as ``batch_strength`` gives them (those
    with history), as plain values: from the summary tallies (no object a contact) where the
    weights are the default ones, the events of those with some after ``as_of``."""
    from netgarden.domain.strength_tallies import TallyScorer

    scorer = TallyScorer(unit.preferences().strength_weights())
    if not scorer.summaries:
        return {c: (s.score, s.band.value) for c, s in batch_strength(unit, as_of).items()}
    found, pending = scorer.summary_scores(unit.strength_tallies.summary_rows(), as_of)
    if pending:
        later = batch_strength(unit, as_of, pending).items()
        found.update({c: (s.score, s.band.value) for c, s in later})
    return found


class DayScore(NamedTuple):
    """A contact's strength on a day, their last two-way day up to it (looked for within a
    window of days before it, else ``None``) and their first event's day (``None``: none)."""

    score: int
    band: Band
    last_two_way: dt.date | None
    first_on: dt.date | None


def scores_on(
    unit: Unit | ReadUnit, contact_ids: Sequence[int], day: dt.date, window: int | None = None
) -> dict[int, DayScore]:
    """These contacts' strength on ``day`` (today or a past day): from their summary tallies
    less the shares of their events after the day, summed in the database
    (``strength_tallies.sums_less``), reading whole histories only where that cannot tell.
    With ``window`` (days), also their last two-way day from ``day - window`` through ``day``:
    from the tallies' two-way classes, looked for among the events only for those with a
    two-way event after the day."""
    from netgarden.services.read_only import ReadUnit

    # a read-only snapshot keeps what it scored (the same people on the same day, twice)
    kept = unit.kept.setdefault(("scores", day, window), {}) if isinstance(unit, ReadUnit) else {}
    missing = sorted({c for c in contact_ids if c not in kept})
    if missing:
        kept.update(_scores_on(unit, missing, day, window))
    return {c: kept[c] for c in contact_ids}


def _scores_on(
    unit: Unit | ReadUnit, wanted: list[int], day: dt.date, window: int | None
) -> dict[int, DayScore]:
    from netgarden.domain.strength_tallies import TallyScorer

    scorer = TallyScorer(unit.preferences().strength_weights())
    found: dict[int, DayScore] = {}
    pending = wanted
    if scorer.summaries:  # else (other weights) every history is read
        found, pending = _from_tallies(unit, wanted, day, window, scorer)
    found.update(_from_histories(unit, pending, day, window, scorer))
    return found


def _from_tallies(
    unit: Unit | ReadUnit, wanted: list[int], day: dt.date, window: int | None, scorer: TallyScorer
) -> tuple[dict[int, DayScore], list[int]]:
    """The scores the summary tallies tell (less the shares of the events after the day), and
    the contacts they cannot tell (their histories are read)."""
    from netgarden.domain.strength_tallies import ONE_WAY, sums_less

    rows = _summaries(unit, wanted)
    scored, ahead = scorer.summary_scores(rows.values(), day)  # ahead: an event after it
    two_way_days, late = _two_way_days(unit, wanted, day, window, bool(ahead))
    shares = unit.strength_tallies.shares_after(day) if ahead else {}
    none = (0.0,) * 5
    for contact_id in ahead:
        _, first_on, last_on, reply, *sums = rows[contact_id]
        two_way = reply != ONE_WAY and contact_id not in late
        less = sums_less(first_on, last_on, sums, two_way, shares.get(contact_id, none), day,
                         scorer)  # fmt: skip
        if less is not None:
            scored[contact_id] = (less.score, less.band.value)
    pending = [c for c in wanted if c in rows and c not in scored]
    found: dict[int, DayScore] = {}
    for contact_id in set(wanted).difference(pending):
        score, band = scored.get(contact_id, (0, "new"))
        first = rows[contact_id][1] if contact_id in rows else None
        found[contact_id] = DayScore(score, _BAND[band], two_way_days.get(contact_id), first)
    return found, pending


def _two_way_days(
    unit: Unit | ReadUnit, wanted: list[int], day: dt.date, window: int | None, ahead: bool
) -> tuple[dict[int, dt.date], set[int]]:
    """With ``window``: each contact's last two-way day from ``day - window`` through ``day``
    (from the tallies' two-way classes; among the events only for those with a two-way event
    after the day). And whose first two-way event came after the day (``ahead``: someone has
    an event after it, else no one)."""
    tallies = unit.strength_tallies
    if window is None:
        return {}, tallies.two_way_after(day) if ahead else set()
    span = tallies.two_way_span(wanted)
    late = {c for c, (first_on, _) in span.items() if first_on > day}
    since = day - dt.timedelta(days=window)
    later = [c for c, (_, last_on) in span.items() if last_on > day]
    within = tallies.two_way_within(later, since, day) if later else {}
    days: dict[int, dt.date] = {}
    for contact_id, (_, last_on) in span.items():
        on = within.get(contact_id) if last_on > day else last_on
        if on is not None and on >= since:
            days[contact_id] = on
    return days, late


def _from_histories(
    unit: Unit | ReadUnit, pending: list[int], day: dt.date, window: int | None, scorer: TallyScorer
) -> dict[int, DayScore]:
    """These contacts' scores from their whole histories of events."""
    histories = _events(unit.ledger.strength_events(pending) if pending else [])
    found: dict[int, DayScore] = {}
    for contact_id in pending:
        events = histories.get(contact_id, [])
        day_score = strength(events, day, weights=scorer.weights, explain=False)
        two_way_on = last_two_way(events, day) if window is not None else None
        if two_way_on is not None and (day - two_way_on).days > (window or 0):
            two_way_on = None
        first = min((e.on for e in events), default=None)
        found[contact_id] = DayScore(day_score.score, day_score.band, two_way_on, first)
    return found


_BAND = {band.value: band for band in Band}
# past this many people, every summary is read (one plain read) rather than theirs by key
_MANY = 3000


def _summaries(unit: Unit | ReadUnit, wanted: list[int]) -> dict[int, SummaryRow]:
    """These contacts' summary tallies as plain values, those with a history."""
    tallies = unit.strength_tallies
    if len(wanted) > _MANY:
        keep = set(wanted)
        return {row[0]: row for row in tallies.summary_rows() if row[0] in keep}
    return {c: (c, t.first_on, t.last_on, t.reply, t.near, t.at3, t.at4, t.at5, t.far)
            for c, (t, *_) in tallies.read(wanted, summaries=True).items()}  # fmt: skip


def bands_on(unit: Unit | ReadUnit, contact_ids: Sequence[int], day: dt.date) -> dict[int, str]:
    """These contacts' strength bands on a past ``day`` ("new" with no event up to it), as
    :func:`scores_on` gives them."""
    found = scores_on(unit, contact_ids, day)
    return {c: found[c].band.value for c in contact_ids}


def shared_strength(
    unit: Unit, team: TeamTies, wanted: Mapping[int, Sequence[int]], as_of: dt.date
) -> dict[tuple[int, int], Strength]:
    """``batch_strength`` of each teammate's contacts (workspace id -> contact ids), scored by
    each teammate's own weights, in two statements for the whole team (their weights, their
    tallies) rather than two a teammate: (workspace id, contact id) -> score."""
    from netgarden.domain.preferences import Preferences
    from netgarden.domain.strength_tallies import TallyScorer
    from netgarden.services.database import Unit

    values = team.preference_values()
    scorers = {
        ws: TallyScorer(Preferences().with_values(values.get(ws, {})).strength_weights())
        for ws in wanted
    }
    # where the weights are the default ones only the summary is read, as batch_strength does
    tallied = team.tallies(wanted, {ws for ws, scorer in scorers.items() if scorer.summaries})
    scores: dict[tuple[int, int], Strength] = {}
    for workspace_id, scorer in scorers.items():
        pending: list[int] = []
        for contact_id, found in tallied.get(workspace_id, {}).items():
            tallied_score = scorer.score(found, as_of)
            if tallied_score is None:
                pending.append(contact_id)
            else:
                scores[workspace_id, contact_id] = Strength(
                    tallied_score.score, tallied_score.band, []
                )
        if pending:  # a half-life other than the default: their events, as batch_strength
            theirs = Unit(unit.session, workspace_id, unit.region)
            for contact_id, found_score in batch_strength(theirs, as_of, pending).items():
                scores[workspace_id, contact_id] = found_score
    return scores
