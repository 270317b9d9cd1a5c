"""Section penalties (违纪、安全违规 −5, docs/rules.md rule 4) the chief judge records by hand: add one,
take one back that was recorded in error, list an event's. A reason is always required; the store
checks roles (the section must be open) and audits."""

from __future__ import annotations

from decimal import Decimal

from judge_app.app.contest_file import load_contest
from judge_app.core.entries import Penalty
from judge_app.core.scheme import Event
from judge_app.store import ContestDB


def add_penalty(db: ContestDB, event: str, code: str, section: str, points: Decimal | str, *,
                reason: str) -> None:
    """Deduct ``points`` from entry ``code``'s score in ``section`` (ids or names), with the reason."""
    ev = load_contest(db).event(event)
    db.add_penalty(ev.id, code, ev.section(section).id, points, reason=reason)


def remove_penalty(db: ContestDB, event: str, code: str, section: str, points: Decimal, *, reason: str) -> None:
    """Take back the latest penalty of ``points`` recorded for ``code`` in ``section``, with the reason."""
    ev = load_contest(db).event(event)
    db.remove_penalty(ev.id, code, ev.section(section).id, points, reason=reason)


def penalties_of(db: ContestDB, event: str) -> tuple[Event, list[tuple[str, Penalty]]]:
    """The event and its penalties as (code, penalty), in the order recorded."""
    ev = load_contest(db).event(event)
    return ev, db.penalties(ev.id)
