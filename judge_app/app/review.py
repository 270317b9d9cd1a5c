"""Library functions behind the review commands: section locks, publication (公示 → 定稿), entry
status, time and play-off, and the recheck (复核) before unsealing. Each opens the contest file as
``actor`` (default :func:`judge_app.app.contest_file.default_actor`), does one thing, closes it and
returns plain values. Role checks are the store's."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from judge_app.core.entries import Status
from judge_app.core.scheme import CriterionKind, Event, Section
from judge_app.app.contest_file import load_contest, open_contest
from judge_app.store import ContestDB
from judge_app.store.checks_store import RecheckState


def _event(db: ContestDB, event: str) -> Event:
    return load_contest(db).event(event)


def _section(ev: Event, section: str) -> Section:
    """A section of ``ev`` by id or name (NotFound naming the event otherwise)."""
    return next((s for s in ev.sections if section in (s.id, s.name)), None) or ev.section(section)


# -- section locks and publication ------------------------------------------------------------------


def lock_section(contest: str | Path, event: str, section: str, *, reason: str = "",
                 actor: str | None = None) -> tuple[str, int]:
    """Lock one section (id or name); return its name and how many values its panel still owed
    (locked anyway: those entries stay provisional)."""
    with open_contest(contest, actor) as db:
        ev = _event(db, event)
        sec = _section(ev, section)
        judged = {c.id for c in sec.criteria if c.kind is CriterionKind.JUDGEMENT}
        missing = len({(m.code, m.criterion, judge if m.criterion in judged else "")  # a measurement is owed once
                       for judge in sec.judges for m in db.missing_scores(ev.id, sec.id, judge)})
        db.lock_section(ev.id, sec.id, reason=reason)
        return sec.name, missing


def unlock_section(contest: str | Path, event: str, section: str, *, reason: str,
                   actor: str | None = None) -> str:
    """Reopen a locked section (reason required, refused once published); return its name."""
    with open_contest(contest, actor) as db:
        ev = _event(db, event)
        sec = _section(ev, section)
        db.unlock_section(ev.id, sec.id, reason=reason)
        return sec.name


def publish_event(contest: str | Path, event: str, *, reason: str = "", actor: str | None = None) -> None:
    """Publish (公示) an event: every section locked and the names unsealed first."""
    with open_contest(contest, actor) as db:
        db.publish_event(_event(db, event).id, reason=reason)


def finalize_event(contest: str | Path, event: str, *, reason: str = "", actor: str | None = None) -> None:
    """Make a published event final (定稿)."""
    with open_contest(contest, actor) as db:
        db.finalize_event(_event(db, event).id, reason=reason)


def withdraw_publication(contest: str | Path, event: str, *, reason: str, actor: str | None = None) -> None:
    """Take a published (not final) event back; reason required."""
    with open_contest(contest, actor) as db:
        db.withdraw_publication(_event(db, event).id, reason=reason)


# -- entries: status, time, play-off ------------------------------------------------------------------


def set_status(contest: str | Path, event: str, code: str, status: Status, *, reason: str,
               actor: str | None = None) -> None:
    """Mark entry ``code`` 缺考 / 弃赛 / 取消资格, or back to ok."""
    with open_contest(contest, actor) as db:
        db.set_status(_event(db, event).id, code, status, reason=reason)


def set_time(contest: str | Path, event: str, code: str, seconds: int | None, *, actor: str | None = None) -> None:
    """Record the completion time (用时) in whole seconds; None clears it."""
    with open_contest(contest, actor) as db:
        db.set_time(_event(db, event).id, code, seconds)


def set_playoff(contest: str | Path, event: str, code: str, value: Decimal | None, *,
                actor: str | None = None) -> None:
    """Record the play-off (加赛) result, the last tie-break; None removes it."""
    with open_contest(contest, actor) as db:
        db.set_playoff(_event(db, event).id, code, value)


# -- recheck (复核) -------------------------------------------------------------------------------------


def draw_recheck(contest: str | Path, event: str, *, seed: int | None = None,
                 actor: str | None = None) -> RecheckState:
    """Draw the recheck list of an event (once; every section locked, names still sealed)."""
    with open_contest(contest, actor) as db:
        return db.draw_recheck(_event(db, event).id, seed=seed)


def recheck_list(contest: str | Path, event: str, *,
                 actor: str | None = None) -> tuple[Event, RecheckState | None, str]:
    """The event, its recheck list (None before the draw) and what still stops unsealing ('' if nothing)."""
    with open_contest(contest, actor) as db:
        ev = _event(db, event)
        return ev, db.recheck_state(ev.id), db.recheck_pending(ev.id)


def recheck_value(contest: str | Path, event: str, code: str, criterion: str, judge: str, value: str | None, *,
                  actor: str | None = None) -> tuple[str, str]:
    """Re-enter one listed value blind (``value``) or confirm it (None); return the outcome
    (same | differs) and what is still pending ('' when the recheck is finished)."""
    with open_contest(contest, actor) as db:
        event_id = _event(db, event).id
        outcome = db.recheck_value(event_id, code, criterion, judge, value)
        return outcome, db.recheck_pending(event_id)


def resolve_recheck(contest: str | Path, event: str, code: str, criterion: str, judge: str, *, correct: bool,
                    reason: str, actor: str | None = None) -> str:
    """Settle a difference (``correct``: the rechecked value replaces the stored one); return
    what is still pending ('' when the recheck is finished)."""
    with open_contest(contest, actor) as db:
        event_id = _event(db, event).id
        db.resolve_recheck(event_id, code, criterion, judge, correct=correct, reason=reason)
        return db.recheck_pending(event_id)
