"""The appeal desk: the end of an event, appeals registered and decided. Each function takes the
open contest (its actor is the acting person), does one thing and returns plain values; the CLI and
the GUI's store thread both call them."""

from __future__ import annotations

from judge_app.core.appeal_window import AppealWindow
from judge_app.store import ContestDB
from judge_app.store.appeals_store import Appeal


def end_event(db: ContestDB, event: str, *, at: str | None = None, reason: str = "") -> AppealWindow:
    """Record when ``event`` ended (now unless ``at``); return its appeal window."""
    db.end_event(event, at=at, reason=reason)
    return db.appeal_window(event)


def register_appeal(db: ContestDB, event: str, code: str, text: str, *, received_at: str | None = None,
                    late_reason: str = "") -> Appeal:
    """Register a written appeal; return it as stored."""
    number = db.register_appeal(event, code, text, received_at=received_at, late_reason=late_reason)
    return db.appeal(number)


def decide_appeal(db: ContestDB, number: int, *, upheld: bool, decision: str, changes: str = "") -> Appeal:
    """Record the arbitration group's decision; return the appeal as stored."""
    db.decide_appeal(number, upheld=upheld, decision=decision, changes=changes)
    return db.appeal(number)


def appeals_of(db: ContestDB, event: str | None = None) -> tuple[list[Appeal], dict[str, AppealWindow]]:
    """The appeals (of one event, or all) and the appeal window of each event listed (of ``event``
    even when it has no appeal)."""
    appeals = db.appeals(event)
    windows = {a.event: db.appeal_window(a.event) for a in appeals}
    if event and not windows:
        windows[event] = db.appeal_window(event)
    return appeals, windows
