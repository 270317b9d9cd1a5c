"""Rounds, seasons and standard scores, computed from the stored events of the open contest.

Nothing new is stored: a final names its earlier rounds (``carry``) and a season its periods by
event id, so every result is recomputed from the scores already in the contest file.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from judge_app.core.fast_engine import compute_event_fast
from judge_app.core.enrolment import enrolment, next_round
from judge_app.core.entries import EventInputs
from judge_app.core.errors import SchemeError
from judge_app.core.people import view_result
from judge_app.core.results import EventResult
from judge_app.core.rounds import AdvanceResult, CombinedResult, SeasonResult, advancement, combine_rounds, combine_season
from judge_app.core.scheme import Contest, Event
from judge_app.app.contest_file import load_contest
from judge_app.store import ContestDB
from judge_app.store.records import ImportCounts


def compute_round(db: ContestDB, contest: Contest, event: Event, inputs: EventInputs | None = None) -> CombinedResult:
    """One round's result, combined with the parts it carries from earlier rounds (``inputs``:
    the event's own, when the caller has read them already)."""
    inputs = db.event_inputs(event) if inputs is None else inputs
    own = compute_event_fast(event, inputs)
    earlier = {c.event: compute_event_fast(contest.event(c.event), db.event_inputs(contest.event(c.event))) for c in event.carry}
    return combine_rounds(event, own, earlier, inputs.playoffs)


def round_result(db: ContestDB, event: str) -> tuple[Event, CombinedResult]:
    """A round's ranked result including carried parts of earlier rounds (as its own if none),
    its entries as the acting person may see them (:meth:`ContestDB.entry_view`)."""
    contest = load_contest(db)
    ev = contest.event(event)
    found = compute_round(db, contest, ev)
    return ev, dataclasses.replace(found, result=view_result(found.result, db.entry_view()))


def advance_event(db: ContestDB, event: str) -> tuple[Event, AdvanceResult]:
    """Who advances from a round by its ``advance`` rule (on the combined result if it carries)."""
    ev, combined = round_result(db, event)
    return ev, advancement(ev, combined.result)


@dataclass(frozen=True)
class Enrolment:
    """What enrolling a round's advancing entrants into the next round did."""

    event: Event
    target: Event
    advanced: AdvanceResult
    counts: ImportCounts


def enrol_advancing(db: ContestDB, event: str, *, to: str = "") -> Enrolment:
    """Enrol everyone advancing from ``event`` in the next round (``to``, else ``advance.to``).

    Refused unless every section of the round (and of the rounds it carries) is locked. All tied
    at the cut advance (the core decides); codes are left for the next round's lot draw. Running
    it again adds nobody twice.
    """
    contest = load_contest(db)
    ev = contest.event(event)
    advanced = advancement(ev, compute_round(db, contest, ev).result)
    target = contest.event(next_round(ev, to))
    rounds = [ev.id, *(c.event for c in ev.carry)]
    db.require_locked(rounds)
    entries = enrolment(advanced, target)
    codes = [r.code for r in advanced.advancing]
    counts = db.enrol_advancing(ev.id, target.id, entries, from_codes=codes, locked=rounds)
    return Enrolment(ev, target, advanced, counts)


def season_standings(db: ContestDB, season: str) -> SeasonResult:
    """A season's ranking from its periodic assessments, with its vetoes (一票否决) applied and its
    entries as the acting person may see them (:meth:`ContestDB.entry_view`)."""
    contest = load_contest(db)
    found = contest.season(season)
    periods = {p.event: compute_event_fast(contest.event(p.event), db.event_inputs(contest.event(p.event))) for p in found.periods}
    standing = combine_season(contest, found, periods, db.vetoes(found.id))
    return dataclasses.replace(standing, result=view_result(standing.result, db.entry_view()))


def standard_scores(db: ContestDB, events: list[str] | None = None) -> list[tuple[Event, EventResult]]:
    """Results with standard scores of the named events (default: every event that declares them)."""
    contest = load_contest(db)
    chosen = [contest.event(name) for name in events] if events else [e for e in contest.events if e.standard]
    if not chosen:
        raise SchemeError("没有赛项声明标准分 (standard_score) / no event declares standard scores")
    for ev in chosen:
        if ev.standard is None:
            raise SchemeError(f"赛项 “{ev.name}” 没有声明标准分 (standard_score) / no standard score declared")
    return [(ev, compute_round(db, contest, ev).result) for ev in chosen]
