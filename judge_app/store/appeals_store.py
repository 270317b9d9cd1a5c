"""Appeals (申诉) and the end of an event that starts the appeal deadline. A mixin of
:class:`~judge_app.store.contest_db.ContestDB`.

* :meth:`end_event` records when an event ended (比赛结束); correcting it later needs a reason.
* :meth:`register_appeal` registers a written appeal with the contestant and the text. One received
  after the deadline (the event's ``appeal_hours``, default 2, after the recorded end;
  :class:`~judge_app.core.appeal_window.AppealWindow`) is refused with :class:`AppealLate` unless
  the arbitration group accepts it with a written reason, which is kept with the appeal.
* :meth:`decide_appeal` records the decision (upheld / rejected) and the resulting changes.

Every change is one transaction with its audit entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from judge_app.core.appeal_window import AppealWindow
from judge_app.core.errors import InvalidValue, NotFound, StateError
from judge_app.core.policy import Action
from judge_app.store.audit import utc_now
from judge_app.store.errors import ReasonRequired

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from sqlite_utils import Database

# Migration 6 (appended to schema.MIGRATIONS): the end of each event, the reason a late appeal was
# accepted. (The appeals table itself came with migration 4.)
MIGRATION_SQL = """
CREATE TABLE event_ends (
    event TEXT PRIMARY KEY,
    ended_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
ALTER TABLE appeals ADD COLUMN late_reason TEXT NOT NULL DEFAULT '';
"""

APPEAL_LABELS = {"open": "待裁决", "upheld": "申诉成立", "rejected": "申诉不成立"}
FUTURE_SLACK = timedelta(minutes=5)  # clocks of the venue laptops differ a little


class AppealLate(StateError):
    """An appeal after the deadline, without the written reason for accepting it late."""

    def __init__(self, message: str):
        super().__init__(f"{message}；逾期受理须写明理由 / accepting it late needs a written reason")


@dataclass(frozen=True)
class Appeal:
    id: int
    event: str
    code: str
    text: str
    received_at: str
    state: str  # open | upheld | rejected
    decision: str
    changes: str
    decided_at: str | None
    decided_by: str | None
    actor: str
    late_reason: str = ""  # why an appeal after the deadline was accepted

    @property
    def state_label(self) -> str:
        return APPEAL_LABELS[self.state]


class AppealsStoreMixin:
    """The end of each event, and the appeals register; mixed into ContestDB."""

    _db: "Database"
    actor: str

    def end_event(self, event: str, *, at: str | None = None, reason: str = "") -> str:
        """Record when ``event`` ended (now unless ``at``); return the stored UTC time stamp.

        The first record needs no reason; changing a recorded end does (it moves the deadline)."""
        ev = self._event(event)  # type: ignore[attr-defined]
        self.require(Action.EVENT_END)  # type: ignore[attr-defined]
        now = utc_now()
        ended = _utc(at) if at else now
        if datetime.fromisoformat(ended) > datetime.fromisoformat(now) + FUTURE_SLACK:
            raise StateError(f"比赛结束时间 {at} 晚于现在，请填写实际结束的时间 / the end cannot be in the future")
        old = self.event_end(ev.id)
        if old == ended:
            return ended
        if old is not None and not reason.strip():
            raise ReasonRequired("更改已登记的比赛结束时间")
        with self._db.atomic():
            self._db.execute("INSERT OR REPLACE INTO event_ends (event, ended_at, actor) VALUES (?, ?, ?)",
                             (ev.id, ended, self.actor))
            self._audit(now, "event.end", ev.id, old, ended, reason.strip())  # type: ignore[attr-defined]
        return ended

    def event_end(self, event: str) -> str | None:
        """The recorded end of an event (UTC ISO time stamp), None while not recorded."""
        row = self._db.execute("SELECT ended_at FROM event_ends WHERE event = ?", (event,)).fetchone()
        return row[0] if row else None

    def appeal_window(self, event: str) -> AppealWindow:
        """The event's end and appeal hours (its marking scheme's ``appeal_hours``)."""
        ev = self._event(event)  # type: ignore[attr-defined]
        ended = self.event_end(ev.id)
        return AppealWindow(datetime.fromisoformat(ended) if ended else None, ev.appeal_hours)

    def register_appeal(self, event: str, code: str, text: str, *, received_at: str | None = None,
                        late_reason: str = "") -> int:
        """Register a written appeal (申诉) about entry ``code``; returns its number.

        ``received_at`` (ISO; local time when it names no zone) defaults to now. After the deadline
        the appeal is refused (:class:`AppealLate`) unless ``late_reason`` says why it is accepted."""
        self.require(Action.APPEAL_REGISTER)  # type: ignore[attr-defined]
        ev = self._event(event)  # type: ignore[attr-defined]
        self._entry(ev.id, code)  # type: ignore[attr-defined]
        if not text or not text.strip():
            raise InvalidValue("请填写申诉内容（书面申诉的要点）/ the appeal text is required")
        now = utc_now()
        received = _utc(received_at) if received_at else now
        window = self.appeal_window(ev.id)
        late = window.is_late(datetime.fromisoformat(received))
        if late and not late_reason.strip():
            raise AppealLate(window.late_message(datetime.fromisoformat(received)))
        kept_reason = late_reason.strip() if late else ""
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO appeals (event, code, text, received_at, state, actor, late_reason)"
                " VALUES (?, ?, ?, ?, 'open', ?, ?)",
                (ev.id, code, text.strip(), received, self.actor, kept_reason),
            )
            appeal_id = int(cursor.lastrowid)
            record = {"id": appeal_id, "text": text.strip(), "received_at": received}
            self._audit(now, "appeal.register", f"{ev.id}/{code}", None,  # type: ignore[attr-defined]
                        json.dumps(record, ensure_ascii=False), kept_reason)
        return appeal_id

    def decide_appeal(self, appeal_id: int, *, upheld: bool, decision: str, changes: str = "") -> None:
        """Record the arbitration group's decision and the resulting changes (required when upheld).
        Chief judge or organiser."""
        self.require(Action.APPEAL_DECIDE)  # type: ignore[attr-defined]
        appeal = self.appeal(appeal_id)
        if appeal.state != "open":
            raise StateError(f"申诉 {appeal_id} 已裁决（{appeal.state_label}）/ already decided")
        if not decision or not decision.strip():
            raise ReasonRequired("裁决意见")
        if upheld and not changes.strip():
            raise ReasonRequired("申诉成立后的处理结果")
        state = "upheld" if upheld else "rejected"
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                "UPDATE appeals SET state = ?, decision = ?, changes = ?, decided_at = ?, decided_by = ? WHERE id = ?",
                (state, decision.strip(), changes.strip(), now, self.actor, appeal_id),
            )
            self._audit(now, "appeal.decide", f"{appeal.event}/{appeal.code}", "open",  # type: ignore[attr-defined]
                        json.dumps({"id": appeal_id, "state": state, "changes": changes.strip()}, ensure_ascii=False),
                        decision.strip())

    def appeal(self, appeal_id: int) -> Appeal:
        found = self._appeals("WHERE id = ?", (appeal_id,))
        if not found:
            raise NotFound(f"没有编号为 {appeal_id} 的申诉 / no such appeal")
        return found[0]

    def appeals(self, event: str | None = None) -> list[Appeal]:
        """Appeals in the order registered (one event's only, when given)."""
        return self._appeals("WHERE event = ?", (event,)) if event is not None else self._appeals("", ())

    def _appeals(self, where: str, params: tuple) -> list[Appeal]:
        rows = self._db.execute(
            "SELECT id, event, code, text, received_at, state, decision, changes, decided_at, decided_by, actor,"
            f" late_reason FROM appeals {where} ORDER BY id", params).fetchall()
        return [Appeal(*row) for row in rows]


def _utc(stamp: str) -> str:
    """An ISO time (local time when it names no zone) as the stored UTC form."""
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("/", "-"))
    except ValueError:
        raise StateError(f"时间 “{stamp}” 应写成 2026-12-02 14:30 / expected a date and time") from None
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


__all__ = ["APPEAL_LABELS", "MIGRATION_SQL", "Appeal", "AppealLate", "AppealsStoreMixin"]
