"""The judging desk's actions: a judge's submission, section locks, remark requests, publication
(公示 → 定稿), entry status, time and play-off, the recheck (复核) before unsealing and the
acknowledged tie warnings. Each takes the open contest (its actor is the acting person) and returns
plain values; the CLI and the GUI's store thread both call them. Role checks are the store's."""

from __future__ import annotations

import dataclasses

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from judge_app.core.entries import Status
from judge_app.core.policy import Action
from judge_app.core.results import Issue
from judge_app.core.scheme import CriterionKind, Event, Section
from judge_app.app.contest_file import load_contest
from judge_app.store import ContestDB
from judge_app.store.checks_store import OUTCOME_LABELS, RecheckState  # the labels: for the pages
from judge_app.store.review_store import MissingScore, RemarkRequest


def _event(db: ContestDB, event: str) -> Event:
    return load_contest(db).event(event)


def _section(ev: Event, section: str) -> Section:
    """A section of ``ev`` by id or name (NotFound naming the event otherwise)."""
    return next((s for s in ev.sections if section in (s.id, s.name)), None) or ev.section(section)


# -- a judge's sheet ---------------------------------------------------------------------------------


def missing_scores(db: ContestDB, event: str, section: str, judges: Iterable[str]) -> dict[str, list[MissingScore]]:
    """The values each of ``judges`` still owes in one section, by judge."""
    ev = _event(db, event)
    sec = _section(ev, section)
    return {judge: db.missing_scores(ev.id, sec.id, judge) for judge in judges}


def submit_section(db: ContestDB, event: str, section: str, judge: str) -> None:
    """A judge hands in their sheet of one section (refused while a value is missing)."""
    ev = _event(db, event)
    db.submit_section(ev.id, _section(ev, section).id, judge)


def reopen_submission(db: ContestDB, event: str, section: str, judge: str, *, reason: str) -> None:
    """Give a submitted sheet back to its judge (reason required)."""
    ev = _event(db, event)
    db.reopen_submission(ev.id, _section(ev, section).id, judge, reason=reason)


def request_remark(db: ContestDB, event: str, code: str, criterion: str, judge: str, *, reason: str) -> int:
    """Ask a judge to mark one value again (重评); returns the request's number."""
    return db.request_remark(_event(db, event).id, code, criterion, judge, reason=reason)


def withdraw_remark_request(db: ContestDB, request: int, *, reason: str) -> None:
    """Take an open remark request back (reason required)."""
    db.withdraw_remark_request(request, reason=reason)


def remark_requests(db: ContestDB) -> list[RemarkRequest]:
    """The open remark requests of every event."""
    return db.remark_requests()


# -- section locks and publication --------------------------------------------------------


@dataclass(frozen=True)
class Locked:
    """A locked section, how many values its panel still owed and the value conflicts left
    unsettled (those entries stay provisional)."""

    section: str
    missing: int
    conflicts: tuple[Issue, ...] = ()
    backed_up: bool = True  # False: locked, but the automatic backup after it failed (a warning)


def owed_values(db: ContestDB, event: str, section: str) -> int:
    """How many values the panel of a section still owes (a measurement or deduction is owed once,
    a judgement mark by each judge)."""
    ev = _event(db, event)
    sec = _section(ev, section)
    judged = {c.id for c in sec.criteria if c.kind is CriterionKind.JUDGEMENT}
    return len({(m.code, m.criterion, judge if m.criterion in judged else "")
                for judge, gaps in missing_scores(db, ev.id, sec.id, sec.judges).items() for m in gaps})


def lock_preview(db: ContestDB, event: str, section: str) -> Locked:
    """What locking one section (id or name) now would leave: values owed, value conflicts (the
    审核与锁定 page's: :data:`~judge_app.core.policy.Action.VIEW_REVIEW`)."""
    db.require(Action.VIEW_REVIEW)
    ev = _event(db, event)
    sec = _section(ev, section)
    return Locked(sec.name, owed_values(db, ev.id, sec.id), tuple(db.value_conflicts(ev.id, sec.id)))


def lock_section(db: ContestDB, event: str, section: str, *, reason: str = "") -> Locked:
    """Lock one section (id or name), locked even if values are still owed or in conflict."""
    ev = _event(db, event)
    sec = _section(ev, section)
    left = lock_preview(db, ev.id, sec.id)
    return dataclasses.replace(left, backed_up=db.lock_section(ev.id, sec.id, reason=reason))


def settle_value(db: ContestDB, event: str, code: str, criterion: str, value: str, *, reason: str) -> int:
    """Settle a value conflict (the chief judge): ``value`` for every panel entry that differs."""
    return db.settle_value(_event(db, event).id, code, criterion, value, reason=reason)


def unlock_section(db: ContestDB, event: str, section: str, *, reason: str) -> str:
    """Reopen a locked section (reason required, refused once published); return its name."""
    ev = _event(db, event)
    sec = _section(ev, section)
    db.unlock_section(ev.id, sec.id, reason=reason)
    return sec.name


def publish_event(db: ContestDB, event: str, *, reason: str = "") -> None:
    """Publish (公示) an event: every section locked and the names unsealed first."""
    db.publish_event(_event(db, event).id, reason=reason)


def finalize_event(db: ContestDB, event: str, *, reason: str = "") -> None:
    """Make a published event final (定稿)."""
    db.finalize_event(_event(db, event).id, reason=reason)


def withdraw_publication(db: ContestDB, event: str, *, reason: str) -> None:
    """Take a published (not final) event back; reason required."""
    db.withdraw_publication(_event(db, event).id, reason=reason)


# -- entries: status, time, play-off ------------------------------------------------------------------


def set_status(db: ContestDB, event: str, code: str, status: Status, *, reason: str) -> None:
    """Mark entry ``code`` 缺考 / 弃赛 / 取消资格, or back to ok."""
    db.set_status(_event(db, event).id, code, status, reason=reason)


def set_time(db: ContestDB, event: str, code: str, seconds: int | None) -> None:
    """Record the completion time (用时) in whole seconds; None clears it."""
    db.set_time(_event(db, event).id, code, seconds)


def set_playoffs(db: ContestDB, event: str, values: Mapping[str, Decimal | None]) -> None:
    """Record the play-off (加赛) results of entries (code → value; None removes one), the last tie-break."""
    event_id = _event(db, event).id
    for code, value in values.items():
        db.set_playoff(event_id, code, value)


# -- recheck (复核) and tie warnings ----------------------------------------------------------------------


def draw_recheck(db: ContestDB, event: str, *, seed: int | None = None) -> RecheckState:
    """Draw the recheck list of an event (once; every section locked, names still sealed)."""
    return db.draw_recheck(_event(db, event).id, seed=seed)


@dataclass(frozen=True)
class Checks:
    """Where an event's checks stand before unsealing."""

    event: Event
    recheck: RecheckState | None  # None before the draw
    pending: str  # what still stops unsealing ('' if nothing)
    acknowledged: dict[tuple[str, str], str]  # (group, tie warning) → the note it was acknowledged with


def checks(db: ContestDB, event: str) -> Checks:
    """The event's recheck list, what still stops unsealing and the acknowledged tie warnings (the
    复核与检查 page's: :data:`~judge_app.core.policy.Action.VIEW_CHECKS`)."""
    db.require(Action.VIEW_CHECKS)
    ev = _event(db, event)
    return Checks(ev, db.recheck_state(ev.id), db.recheck_pending(ev.id), db.acknowledged(ev.id))


def recheck_value(db: ContestDB, event: str, code: str, criterion: str, judge: str,
                  value: str | None) -> tuple[str, str]:
    """Re-enter one listed value blind (``value``) or confirm it (None); return the outcome
    (same | differs) and what is still pending ('' when the recheck is finished)."""
    event_id = _event(db, event).id
    outcome = db.recheck_value(event_id, code, criterion, judge, value)
    return outcome, db.recheck_pending(event_id)


def recheck_file(db: ContestDB, event: str, file: str | Path) -> tuple[dict[str, int], str]:
    """Re-enter listed values blind from a file the second person typed from the sheets (the
    long score format: 编号, 裁判, 评分项, 分数), all or nothing; returns how many were the same
    and how many differ, and what is still pending ('' when the recheck is finished)."""
    from judge_app.io.scores_csv import iter_score_lines

    ev = _event(db, event)
    lines = [(f"{Path(file).name} 第 {s.row} 行", s.code, s.criterion, s.judge, s.value)
             for s in iter_score_lines(file, load_contest(db), db.entries(ev.id), event=ev.id)]
    counts = db.recheck_values(ev.id, lines)
    return counts, db.recheck_pending(ev.id)


def resolve_recheck(db: ContestDB, event: str, code: str, criterion: str, judge: str, *, correct: bool,
                    reason: str) -> str:
    """Settle a difference (``correct``: the rechecked value replaces the stored one); return
    what is still pending ('' when the recheck is finished)."""
    event_id = _event(db, event).id
    db.resolve_recheck(event_id, code, criterion, judge, correct=correct, reason=reason)
    return db.recheck_pending(event_id)


def acknowledge_warning(db: ContestDB, event: str, group: str, warning: str, *, note: str) -> None:
    """Record how a tie across an award or advancement line was handled (note required)."""
    db.acknowledge_warning(_event(db, event).id, group, warning, note=note)


# -- a judge's own values (the score grid) -----------------------------------------------------------


def enter_score(db: ContestDB, event: str, code: str, criterion: str, judge: str, value: Decimal | None) -> int:
    """A judge enters (None: clears) their own value of one criterion; returns the revision saved.
    Called on every keystroke's commit: ids only, no scheme lookup."""
    if value is None:
        return db.clear_score(event, code, criterion, judge, reason="撤销")
    return db.record_judge_score(event, code, criterion, judge, value)


def set_remark(db: ContestDB, event: str, code: str, judge: str, text: str) -> str:
    """A judge's remark (评语) on one entry ('' removes it); returns the text."""
    db.set_remark(event, code, judge, text)
    return text
