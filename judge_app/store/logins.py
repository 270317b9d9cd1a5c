"""Log-in checks and the count of wrong tries: a mixin of :class:`~judge_app.store.contest_db.ContestDB`.

A wrong PIN counts against the person in the contest file (a restart does not reset it) and
makes the next try wait longer (:func:`judge_app.core.pins.retry_delay`); it is written to the
audit log as ``login.fail`` with the count, never the PIN. The right PIN clears the count and
re-hashes a PIN stored with weaker parameters. The clock is the caller's (``now``), so tests
need not sleep. Who decides to ask for a PIN is the application layer (judge_app.app.session).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from judge_app.core.people import Judge, Role, actor_id
from judge_app.core.pins import LoginRefused, hash_pin, needs_rehash, pin_matches, wait_left
from judge_app.store.audit import utc_now
from judge_app.store.judges import _PIN_SET as _SET

if TYPE_CHECKING:  # the mixin runs inside ContestDB, which provides these
    from sqlite_utils import Database

# Migration 8 (appended to schema.MIGRATIONS): wrong log-in tries per person.
MIGRATION_SQL = """
CREATE TABLE IF NOT EXISTS login_failures (
    person TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures >= 1),
    last_at TEXT NOT NULL
);
"""

REHASHED = "登录时按新参数重算 / re-hashed at log-in"


class LoginsMixin:
    """Who a log-in names, the wait before the next try, and the check itself; mixed into ContestDB."""

    _db: "Database"
    actor: str

    if TYPE_CHECKING:

        def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
                   reason: str = "") -> None: ...

    def has_people(self) -> bool:
        """Whether anybody is registered (until then whoever opens the file is the organiser)."""
        return self._db.execute("SELECT 1 FROM judges LIMIT 1").fetchone() is not None

    def person_for(self, who: str) -> Judge:
        """The registered person ``who`` names: an id, a ``姓名(编号)`` label or a name only one
        person has. LoginRefused (and a ``login.fail`` audit entry) otherwise."""
        who = str(who).strip()
        for judge_id in dict.fromkeys((who, actor_id(who))):
            row = self._db.execute("SELECT id, name, role, pin_hash FROM judges WHERE id = ?", (judge_id,)).fetchone()
            if row is not None:
                return Judge(row[0], row[1], Role(row[2]), bool(row[3]))
        rows = self._db.execute("SELECT id, name, role, pin_hash FROM judges WHERE name = ? ORDER BY id",
                                (who,)).fetchall()
        if len(rows) == 1:
            row = rows[0]
            return Judge(row[0], row[1], Role(row[2]), bool(row[3]))
        problem = (f"{'、'.join(r[0] for r in rows)} 同名“{who}”，请用编号登录 / several people have this name: use the id"
                   if rows else f"“{who}”未在本比赛登记，不能打开 / not registered in this contest")
        self._note_failure(who, "unknown" if not rows else "ambiguous")
        raise LoginRefused(problem)

    def login_wait(self, judge_id: str, now: datetime) -> int:
        """Whole seconds before ``judge_id`` may try again (0: now)."""
        row = self._db.execute("SELECT failures, last_at FROM login_failures WHERE person = ?", (judge_id,)).fetchone()
        if row is None:
            return 0
        return wait_left(row[0], (now - datetime.fromisoformat(row[1])).total_seconds())

    def check_login(self, judge_id: str, secret: str, now: datetime) -> int:
        """Check ``secret`` against the person's stored hash. Right: the count is cleared (and a
        weak hash renewed); returns -1. Wrong: the failure is counted and audited; returns the
        seconds before the next try. Call :meth:`login_wait` first: this one does not wait."""
        row = self._db.execute("SELECT pin_hash FROM judges WHERE id = ?", (judge_id,)).fetchone()
        stored = row[0] if row else ""
        if stored and pin_matches(stored, secret):
            renewed = hash_pin(secret) if needs_rehash(stored) else None  # slow: outside the transaction
            with self._db.atomic():
                self._db.execute("DELETE FROM login_failures WHERE person = ?", (judge_id,))
                if renewed is not None:
                    ts = utc_now()
                    self._db.execute("UPDATE judges SET pin_hash = ?, updated_at = ?, actor = ? WHERE id = ?",
                                     (renewed, ts, self.actor, judge_id))
                    self._audit(ts, "judge.pin", judge_id, _SET, _SET, REHASHED)
            return -1
        failures = self._note_failure(judge_id, "no PIN" if not stored else "wrong PIN", now)
        return wait_left(failures, 0)

    def _note_failure(self, person: str, why: str, now: datetime | None = None) -> int:
        """Audit a refused log-in; with ``now`` also count it against ``person`` (returns the count)."""
        with self._db.atomic():
            failures = 0
            if now is not None:
                self._db.execute(
                    "INSERT INTO login_failures (person, failures, last_at) VALUES (?, 1, ?)"
                    " ON CONFLICT (person) DO UPDATE SET failures = failures + 1, last_at = excluded.last_at",
                    (person, now.isoformat()))
                failures = self._db.execute("SELECT failures FROM login_failures WHERE person = ?",
                                            (person,)).fetchone()[0]
            self._audit(utc_now(), "login.fail", person, None,
                        json.dumps({"why": why, "failures": failures} if failures else {"why": why}))
        return failures

