"""Enrolling the entrants who advance into the next round: a mixin of
:class:`~judge_app.store.contest_db.ContestDB`.

One transaction adds the next round's entries (merged like a roster import, so running it again
adds nobody twice) and its ``round.enrol`` audit entry, which names codes and counts, never names
(the audit log is readable by the supervisor). Refused unless every section of the rounds the
advancement was computed from is locked, and unless the acting person is a key holder (names).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from judge_app.core.entries import Entry
from judge_app.core.errors import StateError
from judge_app.core.policy import Action
from judge_app.store.audit import utc_now
from judge_app.store.entry_import import merge_entries
from judge_app.store.records import ImportCounts

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from pathlib import Path

    from sqlite_utils import Database

    from judge_app.core.scheme import Event

LOCKED = "locked"  # ContestDB's section state


class RoundsStoreMixin:
    """Enrolment of advancing entrants; mixed into ContestDB."""

    _db: "Database"

    if TYPE_CHECKING:

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

        def _event(self, event_id: str) -> Event: ...

        def backup(self, reason: str) -> Path: ...

        def section_state(self, event: str, section: str) -> str: ...

        def require(self, action: Action, *, event: str | None = None, section: str | None = None,
                    judge: str | None = None) -> None: ...

    def require_locked(self, events: Sequence[str]) -> None:
        """StateError naming every section of ``events`` that is not locked yet."""
        still_open = [
            f"{ev.name}/{sec.name}"
            for ev in (self._event(e) for e in events)
            for sec in ev.sections
            if self.section_state(ev.id, sec.id) != LOCKED
        ]
        if still_open:
            raise StateError(
                f"还有未锁定的模块：{'、'.join(still_open)}；成绩全部锁定后才能确定晋级名单"
                " / lock every section of the earlier round first"
            )

    def enrol_advancing(self, source: str, target: str, entries: Sequence[Entry], *,
                        from_codes: Sequence[str], locked: Sequence[str]) -> ImportCounts:
        """Add ``entries`` (the advancing entrants, codes blank) to event ``target``, all or nothing.

        ``from_codes`` are their codes in ``source`` (for the audit entry); every section of the
        events in ``locked`` must be locked. Entrants already enrolled count as unchanged;
        when nothing changes nothing is written or audited.
        """
        self.require(Action.ROUND_ENROL)
        src, dst = self._event(source), self._event(target)
        self.require_locked(locked)
        wrong = sorted({e.event for e in entries} - {dst.id})
        if wrong:
            raise StateError(f"报名条目属于 {'、'.join(wrong)}，不是 “{dst.name}” / entries of another event")
        now = utc_now()
        with self._db.atomic():
            counts = merge_entries(self._db, list(entries))
            if not (counts.added or counts.updated):
                return counts  # everyone already enrolled: nothing written, nothing audited
            detail = {"codes": list(from_codes), "added": counts.added, "updated": counts.updated,
                      "unchanged": counts.unchanged}
            self._audit(now, "round.enrol", f"{src.id}→{dst.id}", None, json.dumps(detail, ensure_ascii=False))
        self.backup(f"enrol-{dst.id}")
        return counts
