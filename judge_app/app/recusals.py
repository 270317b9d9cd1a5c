"""Judges' recusal (回避): mark a judge as related to an entry, take it back, list.

A judge of the entry's unit is recused by the store itself (the judge's unit is set with the
people); these are the recusals marked by hand, each with a reason, chief judge or organiser.
"""

from __future__ import annotations

from judge_app.app.contest_file import load_contest
from judge_app.core.people import Recusal
from judge_app.store import ContestDB


def _event_id(db: ContestDB, event: str | None) -> str | None:
    return None if not event else load_contest(db).event(event).id


def add_recusal(db: ContestDB, judge: str, code: str, *, event: str | None = None, reason: str) -> Recusal:
    """Mark ``judge`` as related to the entry ``code`` (of ``event``, id or name; or the only
    event with that code): they are not given it to score."""
    return db.add_recusal(judge, code, event=_event_id(db, event), reason=reason)


def remove_recusal(db: ContestDB, judge: str, code: str, *, event: str | None = None, reason: str) -> None:
    """Take back a recusal marked by hand."""
    db.remove_recusal(judge, code, event=_event_id(db, event), reason=reason)


def list_recusals(db: ContestDB, *, judge: str | None = None, event: str | None = None) -> list[Recusal]:
    """The recusals as the acting person may see them (a judge: their own, codes only)."""
    return db.recusals(judge=judge, event=_event_id(db, event))
