"""Library functions behind the appeal commands: the end of an event, appeals registered and
decided. Each opens the contest file as ``actor`` (default
:func:`judge_app.app.contest_file.default_actor`), does one thing, closes it and returns plain values."""

from __future__ import annotations

from pathlib import Path

from judge_app.core.appeal_window import AppealWindow
from judge_app.app.contest_file import open_contest
from judge_app.store.appeals_store import Appeal


def end_event(contest: str | Path, event: str, *, at: str | None = None, reason: str = "",
              actor: str | None = None) -> AppealWindow:
    """Record when ``event`` ended (now unless ``at``); return its appeal window."""
    with open_contest(contest, actor) as db:
        db.end_event(event, at=at, reason=reason)
        return db.appeal_window(event)


def register_appeal(contest: str | Path, event: str, code: str, text: str, *, received_at: str | None = None,
                    late_reason: str = "", actor: str | None = None) -> Appeal:
    """Register a written appeal; return it as stored."""
    with open_contest(contest, actor) as db:
        number = db.register_appeal(event, code, text, received_at=received_at, late_reason=late_reason)
        return db.appeal(number)


def decide_appeal(contest: str | Path, number: int, *, upheld: bool, decision: str, changes: str = "",
                  actor: str | None = None) -> Appeal:
    """Record the arbitration group's decision; return the appeal as stored."""
    with open_contest(contest, actor) as db:
        db.decide_appeal(number, upheld=upheld, decision=decision, changes=changes)
        return db.appeal(number)


def appeals_of(contest: str | Path, event: str | None = None, *,
               actor: str | None = None) -> tuple[list[Appeal], dict[str, AppealWindow]]:
    """The appeals (of one event, or all) and the appeal window of each event listed."""
    with open_contest(contest, actor) as db:
        appeals = db.appeals(event)
        windows = {a.event: db.appeal_window(a.event) for a in appeals}
        if event and not windows:
            windows[event] = db.appeal_window(event)
        return appeals, windows
