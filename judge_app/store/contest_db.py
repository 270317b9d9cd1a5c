"""ContestDB: one contest file (SQLite), the only way the app reads or writes contest data.

Every change is one transaction that also appends its audit entry; when a method returns, the
change is on disk (WAL, ``synchronous=FULL``). One process at a time holds the file (see lock.py).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any


import judge_app
from judge_app.core.decimals import fmt, to_decimal, whole_number
from judge_app.core.entries import Entry, EventInputs, Penalty, Status
from judge_app.core.people import recused_message
from judge_app.core.errors import NotFound, SchemeError, ScoreError, StateError
from judge_app.core.people import masker, personal_texts
from judge_app.core.policy import Action
from judge_app.core.scheme import Contest, Event, SectionKind
from judge_app.core.scheme_json import contest_from_dict
from judge_app.core.score_rules import check_value
from judge_app.files import FileInUse, FileProblem, in_use, require_writable_folder
from judge_app.store import anchor, audit, schema
from judge_app.store.audit import AuditEntry, AuditReport, utc_now
from judge_app.store.audit_replay import ENTRIES_ACTION, entries_digest
from judge_app.store.backup import Progress, backup_dir, list_backups, make_backup
from judge_app.store.appeals_store import AppealsStoreMixin
from judge_app.store.checks_store import ChecksStoreMixin
from judge_app.store.conditions import LOCKED, OPEN, SECTION_STATE_LABELS, ConditionsMixin
from judge_app.store.connection import ContestDatabase, check_integrity, connect, remove_contest_file
from judge_app.store.entry_import import merge_entries
from judge_app.store.errors import (
    BackupFailed,
    ContestFileExists,
    ContestFileMissing,
    ContestFileReadOnly,
    NewerContestFile,
    ReasonRequired,
)
from judge_app.store.judges import JudgesMixin
from judge_app.store.lock import ContestLock
from judge_app.store.logins import LoginsMixin
from judge_app.store.lots import LotsMixin
from judge_app.store.packages_store import PackagesStoreMixin
from judge_app.store.recusals import RecusalsMixin
from judge_app.store.review_store import ReviewStoreMixin
from judge_app.store.rounds_store import RoundsStoreMixin
from judge_app.store.seals import SealsMixin
from judge_app.store.vetoes_store import VetoesStoreMixin
from judge_app.store.records import ENTRY_COLUMNS, ImportCounts, ScoreRow, VoteRow, row_to_entry

_UPSERT_SCORE = (
    "INSERT INTO scores (entry_id, criterion, judge, value, revision, updated_at, actor)"
    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id, criterion, judge) DO UPDATE SET"
    " value = excluded.value, revision = excluded.revision,"
    " updated_at = excluded.updated_at, actor = excluded.actor"
)

# (from, to) → audit action; later states (submitted, unsealed, published, final) add rows here.
_SECTION_TRANSITIONS = {(OPEN, LOCKED): "section.lock", (LOCKED, OPEN): "section.unlock"}
log = logging.getLogger(__name__)
# Keys the store maintains itself; set_meta refuses them.
_RESERVED_META = frozenset({"contest_id", "created_at", "schema_version", "app_version", audit.HEAD_KEY})
_ENTRY_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in ENTRY_COLUMNS) + " FROM entries"


class ContestDB(JudgesMixin, ConditionsMixin, LoginsMixin, LotsMixin, ReviewStoreMixin, ChecksStoreMixin, AppealsStoreMixin,
                PackagesStoreMixin, RoundsStoreMixin, SealsMixin, RecusalsMixin, VetoesStoreMixin):
    """An open contest file. Use :meth:`create` or :meth:`open`, then ``close()`` (or ``with``).

    ``event`` arguments are event ids of the scheme (the ``event`` of each Entry); ``code`` is the
    entry's code (检录号/工位号).
    """

    def __init__(self, path: Path, db: ContestDatabase, lock: ContestLock, actor: str):
        self.path = path
        self.actor = actor
        self._db = db
        self._lock: ContestLock | None = lock
        self._contest: Contest | None = None
        self._anchor: anchor.AnchorFile | None = None

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, actor: str, name: str = "") -> "ContestDB":
        """Create a new contest file; refuse if the file exists."""
        path = Path(path)
        actor = _require_actor(actor)
        if path.exists():
            raise ContestFileExists(path)
        if not path.parent.is_dir():
            raise NotFound(f"文件夹 {path.parent} 不存在 / folder not found")
        _require_writable(path)
        lock = ContestLock.acquire(path, actor)
        try:
            if path.exists():  # created by someone else while we took the lock
                raise ContestFileExists(path)
            store = cls(path, connect(path), lock, actor)
        except BaseException:
            lock.release()
            raise
        try:
            store._initialise(name)
        except BaseException:
            store.close()
            remove_contest_file(path)
            raise
        return store

    @classmethod
    def open(cls, path: str | Path, *, actor: str) -> "ContestDB":
        """Open an existing contest file: lock it, check it, bring its tables up to date."""
        path = Path(path)
        actor = _require_actor(actor)
        if not path.is_file():
            raise ContestFileMissing(path)
        _require_writable(path)
        lock = ContestLock.acquire(path, actor)
        try:
            store = cls(path, connect(path), lock, actor)
        except BaseException:
            lock.release()
            raise
        try:
            store._upgrade()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Close the database and release the lock (safe to call twice)."""
        if self._lock is None:
            return
        try:
            self._db.close()
            if self._anchor is not None:
                self._anchor.close()
        finally:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "ContestDB":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _initialise(self, name: str) -> None:
        now = utc_now()
        contest_id = str(uuid.uuid4())
        self._keep_anchor()
        with self._db.atomic():
            schema.migrate(self._db)
            for key, value in (
                ("contest_id", contest_id),
                ("name", name),
                ("created_at", now),
                ("schema_version", str(schema.latest_version())),
                ("app_version", judge_app.__version__),
            ):
                self._put_meta(key, value)
            self._audit(now, "contest.create", self.path.name, None, json.dumps(
                {"contest_id": contest_id, "name": name}, ensure_ascii=False))

    def _upgrade(self) -> None:
        version = schema.user_version(self._db)  # not 0: connect() refused that
        if version > schema.latest_version():
            raise NewerContestFile(self.path, version, schema.latest_version())
        self._check_anchor()
        if version == schema.latest_version():
            return
        now = utc_now()
        with self._db.atomic():
            old, new = schema.migrate(self._db)
            self._put_meta("schema_version", str(new))
            self._put_meta("app_version", judge_app.__version__)
            self._audit(now, "schema.migrate", self.path.name, str(old), str(new))

    # -- meta -----------------------------------------------------------------------------------

    @property
    def journal_note(self) -> str:
        """Why the file is not in WAL mode (it is on a network share), "" when it is."""
        return self._db.journal_note

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Set a free key (name, notes ...); keys the store keeps itself are refused."""
        self.require(Action.CONTEST_INFO)
        if key in _RESERVED_META:
            raise StateError(f"“{key}” 由程序维护，不能手动修改 / reserved key")
        old = self.meta(key)
        if old == value:
            return
        now = utc_now()
        with self._db.atomic():
            self._put_meta(key, value)
            self._audit(now, "meta.set", key, old, value)

    def _put_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- scheme ---------------------------------------------------------------------------------

    def set_scheme(self, scheme: dict[str, Any], *, reason: str = "") -> None:
        """Store the marking scheme (JSON format judge_app.scheme/1); SchemeError if invalid.
        Organiser only; an event with a locked section keeps its scheme (StateError)."""
        self.require(Action.SCHEME_SET)
        self._store_scheme(scheme, reason)

    def _store_scheme(self, scheme: dict[str, Any], reason: str) -> None:
        contest = contest_from_dict(scheme)
        text = json.dumps(scheme, ensure_ascii=False)
        old = self._scheme_text()
        if old == text:
            return
        self._refuse_changing_frozen(json.loads(old) if old else None, scheme)
        self._refuse_orphaned_scores(contest)
        self._refuse_orphaned_groups(contest)
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO scheme (id, json, updated_at) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at",
                (text, now),
            )
            self._audit(now, "scheme.set", "scheme", old, text, reason)
        self._contest = contest

    def frozen_events(self) -> set[str]:
        """Events whose scheme and roster may no longer change: a section locked, or the names
        unsealed (publication needs both)."""
        rows = self._db.execute("SELECT event FROM section_states WHERE state = ? UNION SELECT event FROM unseals",
                                (LOCKED,)).fetchall()
        return {row[0] for row in rows}

    def _refuse_changing_frozen(self, old: dict[str, Any] | None, new: dict[str, Any]) -> None:
        """StateError when the new scheme changes (or drops) the rules of a frozen event."""
        before = {ev.get("id"): ev for ev in (old or {}).get("events", [])}
        after = {ev.get("id"): ev for ev in new.get("events", [])}
        changed = sorted(e for e in self.frozen_events() if e in before and before[e] != after.get(e))
        if changed:
            raise StateError(
                f"赛项 {'、'.join(changed)} 已有模块锁定或已解密，评分标准不能再改；确需更改请先解锁全部模块"
                " / the scheme of an event with a locked section cannot change: unlock it first")

    def _refuse_orphaned_scores(self, contest: Contest) -> None:
        """SchemeError when the new scheme drops an event or criterion that already has scores."""
        kept = {(ev.id, crit.id) for ev in contest.events for sec in ev.sections for crit in sec.criteria}
        lost = [
            f"{event}/{criterion}（{count} 个分数）"
            for event, criterion, count in self._db.execute(
                "SELECT e.event, s.criterion, COUNT(*) FROM scores s JOIN entries e ON e.id = s.entry_id"
                " WHERE s.value IS NOT NULL GROUP BY e.event, s.criterion ORDER BY e.event, s.criterion"
            ).fetchall()
            if (event, criterion) not in kept
        ]
        if lost:
            raise SchemeError(
                f"新的评分标准删去了已有评分的评分项：{'、'.join(lost)}；请先清除这些分数"
                " / the new scheme drops criteria that already have scores"
            )

    def _refuse_orphaned_groups(self, contest: Contest) -> None:
        """SchemeError when the new scheme drops (or renames) a group of an event that entries are in."""
        kept = {ev.id: set(ev.groups) for ev in contest.events}
        lost = [
            f"{event}/{group}（{count} 名）"
            for event, group, count in self._db.execute(
                'SELECT event, "group", COUNT(*) FROM entries WHERE "group" <> \'\' GROUP BY event, "group"'
                ' ORDER BY event, "group"'
            ).fetchall()
            if event in kept and group not in kept[event]
        ]
        if lost:
            raise SchemeError(
                f"新的评分标准删去了已有选手的组别：{'、'.join(lost)}；请先在选手名单中改为其他组别"
                " / the new scheme drops groups that entries are in"
            )

    def scheme_dict(self) -> dict[str, Any] | None:
        text = self._scheme_text()
        return None if text is None else json.loads(text)

    def _scheme_text(self) -> str | None:
        row = self._db.execute("SELECT json FROM scheme WHERE id = 1").fetchone()
        return row[0] if row else None

    def _event(self, event_id: str) -> Event:
        return self._scheme_contest().event(event_id)

    def _scheme_contest(self) -> Contest:
        """The stored scheme as a Contest (read once); StateError when there is none yet."""
        if self._contest is None:
            data = self.scheme_dict()
            if data is None:
                raise StateError("尚未导入评分标准 / no marking scheme yet")
            self._contest = contest_from_dict(data)
        return self._contest

    # -- entries --------------------------------------------------------------------------------

    def import_entries(self, entries: list[Entry], *, source: str) -> ImportCounts:
        """Add or update a roster in one transaction (all or nothing), then take a backup.

        Raises ImportRefused listing every problem (also anyone added to or changed in an event
        with a locked section: :meth:`frozen_events`); nothing is stored then.
        """
        self.require(Action.ROSTER_IMPORT)
        now = utc_now()
        with self._db.atomic():
            counts = merge_entries(self._db, entries, frozen=self.frozen_events())
            self._refresh_unit_recusals()
            self._audit(now, "entries.import", source, None, json.dumps(
                {"added": counts.added, "updated": counts.updated, "unchanged": counts.unchanged}))
        self.backup("import")
        return counts

    def entries(self, event: str | None = None) -> list[Entry]:
        """Entries ordered by event, code, then import order."""
        where, params = ("WHERE event = ?", [event]) if event is not None else ("", [])
        rows = self._db.query(f"{_ENTRY_SELECT} {where} ORDER BY event, code, id", params)
        return [row_to_entry(row) for row in rows]

    def set_status(self, event: str, code: str, status: Status, *, reason: str) -> None:
        """Mark an entry 缺考 / 弃赛 / 取消资格 (or back to ok). Chief judge or organiser."""
        self.require(Action.STATUS_SET)
        entry_id, old = self._entry(event, code)
        if old is status:
            return
        now = utc_now()
        with self._db.atomic():
            self._db.execute("UPDATE entries SET status = ? WHERE id = ?", (status.value, entry_id))
            self._audit(now, "entry.status", f"{event}/{code}", old.value, status.value, reason)

    def set_time(self, event: str, code: str, time_s: int | None) -> None:
        """Record the completion time (用时) in seconds; None clears it. Scorer, chief or organiser."""
        self.require(Action.TIME_SET)
        time_s = None if time_s is None else whole_number(time_s, "用时（秒）")
        entry_id, _ = self._entry(event, code)
        old = self._db.execute("SELECT time_s FROM entries WHERE id = ?", (entry_id,)).fetchone()[0]
        if old == time_s:
            return
        now = utc_now()
        with self._db.atomic():
            self._db.execute("UPDATE entries SET time_s = ? WHERE id = ?", (time_s, entry_id))
            self._audit(now, "entry.time", f"{event}/{code}", _text(old), _text(time_s))

    def _entry(self, event: str, code: str) -> tuple[int, Status]:
        row = self._db.execute(
            "SELECT id, status FROM entries WHERE event = ? AND code = ? AND code <> ''", (event, code)
        ).fetchone()
        if row is None:
            raise NotFound(f"赛项 “{event}” 没有检录号 “{code}” / no entry with this code")
        return row[0], Status(row[1])

    # -- scores ---------------------------------------------------------------------------------

    def record_score(self, event_id: str, code: str, criterion_id: str, judge: str, value: object) -> int:
        """Store one judge's value; return its revision (1 on first entry, same if unchanged).

        When this returns, the value is durable. Raises NotFound, ScoreError, StateError (the
        section locked, or submitted by that judge: :data:`~judge_app.core.policy.Action.SCORE`)
        or NotPermitted (a judge entering someone else's value).
        """
        return self._record(event_id, code, criterion_id, judge, value)

    def record_scores(self, items: Iterable[tuple[str, str, str, str, object]]) -> list[int]:
        """Record many (event, code, criterion, judge, value) in ONE transaction, all or nothing.

        For a score file, a whole typed-in paper sheet or a demo: same checks and audit entries
        as :meth:`record_score`, but the entries and stored scores of each event are read once,
        the policy checked once per event, section and judge, and the upserts and the audit
        entries (one per changed score, hashed in the same pass) written with executemany: one
        disk flush. Returns the revisions in order.
        """
        entries: dict[str, dict[str, tuple[int, Status]]] = {}
        stored: dict[tuple[int, str, str], tuple[str | None, int]] = {}
        checked: set[tuple[str, str, str]] = set()
        recused: dict[str, frozenset[tuple[int, str]]] = {}

        def entry_of(event: str, code: str) -> tuple[int, Status]:
            if event not in entries:
                entries[event] = self._event_entries(event)
                stored.update(self._event_scores(event))
                recused[event] = self._recused_pairs(event)
            found = entries[event].get(code)
            if found is None:
                raise NotFound(f"赛项 “{event}” 没有检录号 “{code}” / no entry with this code")
            return found

        now, revisions, rows, audits = utc_now(), [], [], []
        with self._db.atomic():
            for item in items:
                change = self._score_change(*item, entry_of, lambda *key: stored.get(key, (None, 0)), checked,
                                            recused.__getitem__)
                if isinstance(change, int):
                    revisions.append(change)
                    continue
                entry_id, target, criterion, judge, old, new, revision = change
                stored[entry_id, criterion, judge] = (new, revision)
                rows.append((entry_id, criterion, judge, new, revision, now, self.actor))
                audits.append(("score.record", target, old, new, ""))
                revisions.append(revision)
            self._db.conn.executemany(_UPSERT_SCORE, rows)
            audit.append_many(self._db, audits, ts=now, actor=self.actor)  # score.record is never sealed
        return revisions

    def _event_entries(self, event: str) -> dict[str, tuple[int, Status]]:
        """code → (entry id, status) of every entry of an event that has a code."""
        return {code: (entry_id, Status(status)) for entry_id, code, status in self._db.execute(
            "SELECT id, code, status FROM entries WHERE event = ? AND code <> ''", (event,))}

    def _event_scores(self, event: str) -> dict[tuple[int, str, str], tuple[str | None, int]]:
        """(entry id, criterion, judge) → (value, revision) of every stored score of an event."""
        return {(entry_id, criterion, judge): (value, revision) for entry_id, criterion, judge, value, revision
                in self._db.execute("SELECT s.entry_id, s.criterion, s.judge, s.value, s.revision FROM scores s"
                                    " JOIN entries e ON e.id = s.entry_id WHERE e.event = ?", (event,))}

    def _record(self, event_id: str, code: str, criterion_id: str, judge: str, value: object) -> int:
        change = self._score_change(event_id, code, criterion_id, judge, value, self._entry, self._score, set(),
                                    self._recused_pairs)
        return change if isinstance(change, int) else self._write_score(*change, "score.record", "")

    def _score_change(self, event_id: str, code: str, criterion_id: str, judge: str, value: object,
                      entry_of: Callable[[str, str], tuple[int, Status]],
                      score_of: Callable[[int, str, str], tuple[str | None, int]],
                      checked: set[tuple[str, str, str]], recused_in: Callable[[str], frozenset[tuple[int, str]]],
                      ) -> int | tuple[int, str, str, str, str | None, str, int]:
        """Check one value; the stored revision if it is unchanged, else (entry id, target,
        criterion, judge, old, new, new revision) to write. ``checked`` holds the (event,
        section, judge) whose policy check passed already; ``recused_in(event)`` the (entry id,
        judge) recused there (回避: refused)."""
        event = self._event(event_id)
        section, criterion = event.criterion(criterion_id)
        if not judge.strip():
            raise ScoreError("未填写裁判 / judge is missing")
        if (event.id, section.id, judge) not in checked:
            self.require(Action.SCORE, event=event.id, section=section.id, judge=judge)
            checked.add((event.id, section.id, judge))
        if section.judges and judge not in section.judges:
            raise ScoreError(
                f"裁判 “{judge}” 不在模块 “{section.name}” 的评分组 ({'、'.join(section.judges)})"
                f" / judge not on this panel"
            )
        entry_id, status = entry_of(event.id, code)
        if status is not Status.OK:
            raise StateError(f"选手 {code} 为{status.label}，不能录分 / entry is {status.value}: no scores")
        if (entry_id, judge) in recused_in(event.id):
            raise ScoreError(recused_message(judge, code))
        number = check_value(criterion, value)
        old, revision = score_of(entry_id, criterion.id, judge)
        if old is not None and Decimal(old) == number:
            return revision
        return (entry_id, f"{event.id}/{code}/{criterion.id}/{judge}", criterion.id, judge,
                old, format(number, "f"), revision + 1)

    def clear_score(self, event: str, code: str, criterion: str, judge: str, *, reason: str = "") -> int:
        """Remove a value, keeping a tombstone with the next revision; return that revision."""
        ev = self._event(event)
        section, crit = ev.criterion(criterion)
        self.require(Action.SCORE, event=ev.id, section=section.id, judge=judge)
        entry_id, _ = self._entry(ev.id, code)
        old, revision = self._score(entry_id, crit.id, judge)
        if revision == 0:
            raise NotFound(f"{code} 的 “{crit.name}” 没有裁判 {judge} 的分数 / no score to clear")
        if old is None:
            return revision
        return self._write_score(
            entry_id, f"{ev.id}/{code}/{crit.id}/{judge}", crit.id, judge,
            old, None, revision + 1, "score.clear", reason,
        )

    def scores(self, event: str | None = None) -> list[ScoreRow]:
        """Every stored score including cleared ones (value None), by event, code, criterion, judge."""
        where, params = ("WHERE e.event = ?", [event]) if event is not None else ("", [])
        rows = self._db.execute(
            "SELECT e.event, e.code, s.criterion, s.judge, s.value, s.revision, s.updated_at, s.actor"
            f" FROM scores s JOIN entries e ON e.id = s.entry_id {where}"
            " ORDER BY e.event, e.code, s.criterion, s.judge",
            params,
        ).fetchall()
        return [ScoreRow(r[0], r[1], r[2], r[3], None if r[4] is None else Decimal(r[4]), *r[5:]) for r in rows]

    def sheet_scores(self, event: str, judge: str, shared: Collection[str] = ()) -> Iterator[tuple[str, str, str, Decimal]]:
        """(code, criterion, judge, value) of one judge's stored values in an event, and of every
        judge's for the ``shared`` criteria (a panel's measurements); cleared ones left out. Read
        row by row, one Decimal per distinct text: a grid never holds the event's every score."""
        marks = ",".join("?" * len(shared))
        numbers: dict[str, Decimal] = {}
        names: dict[str, str] = {}  # one str per code and criterion: the grid keys 80k cells by them
        for code, criterion, by, text in self._db.execute(
            "SELECT e.code, s.criterion, s.judge, s.value FROM scores s JOIN entries e ON e.id = s.entry_id"
            f" WHERE e.event = ? AND s.value IS NOT NULL AND (s.judge = ? OR s.criterion IN ({marks}))",
            (event, judge, *shared),
        ):
            value = numbers.get(text)
            if value is None:
                value = numbers[text] = Decimal(text)
            yield names.setdefault(code, code), names.setdefault(criterion, criterion), by, value

    def _score(self, entry_id: int, criterion: str, judge: str) -> tuple[str | None, int]:
        row = self._db.execute(
            "SELECT value, revision FROM scores WHERE entry_id = ? AND criterion = ? AND judge = ?",
            (entry_id, criterion, judge),
        ).fetchone()
        return (row[0], row[1]) if row else (None, 0)

    def _write_score(self, entry_id: int, target: str, criterion: str, judge: str, old: str | None,
                     new: str | None, revision: int, action: str, reason: str) -> int:
        now = utc_now()
        with self._db.atomic():
            self._db.execute(_UPSERT_SCORE, (entry_id, criterion, judge, new, revision, now, self.actor))
            self._audit(now, action, target, old, new, reason)
        return revision

    # -- penalties, votes, play-offs --------------------------------------------------------------

    def add_penalty(self, event: str, code: str, section: str, points: Decimal, *, reason: str) -> None:
        """Add a section penalty (positive points, e.g. 5 for 安全违规 −5) with its reason. Chief
        judge or organiser."""
        ev = self._event(event)
        sec = ev.section(section)
        self.require(Action.PENALTY_ADD, event=ev.id, section=sec.id)
        _require_reason(reason, "扣分")
        number = to_decimal(points, "扣分")
        if number <= 0:
            raise ScoreError(f"扣分应为正数，输入的是 {fmt(number)} / penalty points must be positive")
        entry_id, _ = self._entry(ev.id, code)
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO penalties (entry_id, section, points, reason, created_at, actor)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (entry_id, sec.id, format(number, "f"), reason, now, self.actor),
            )
            self._audit(now, "penalty.add", f"{ev.id}/{code}/{sec.id}", None, format(number, "f"), reason)

    def remove_penalty(self, event: str, code: str, section: str, points: Decimal, *, reason: str) -> None:
        """Take back a penalty recorded in error (the latest of those points in that section),
        with the reason; audited. Whoever may add penalties, while the section is open."""
        ev = self._event(event)
        sec = ev.section(section)
        self.require(Action.PENALTY_ADD, event=ev.id, section=sec.id)
        _require_reason(reason, "撤销扣分")
        number = to_decimal(points, "扣分")
        entry_id, _ = self._entry(ev.id, code)
        found = [(pid, text) for pid, text in self._db.execute(
            "SELECT id, points FROM penalties WHERE entry_id = ? AND section = ? ORDER BY id", (entry_id, sec.id))
            if Decimal(text) == number]
        if not found:
            raise NotFound(f"{code} 在模块 “{sec.name}” 没有 {fmt(number)} 分的扣分 / no such penalty")
        penalty_id, text = found[-1]
        now = utc_now()
        with self._db.atomic():
            self._db.execute("DELETE FROM penalties WHERE id = ?", (penalty_id,))
            self._audit(now, "penalty.remove", f"{ev.id}/{code}/{sec.id}", text, None, reason)

    def penalties(self, event: str) -> list[tuple[str, Penalty]]:
        """(code, penalty) for an event, in the order recorded."""
        rows = self._db.execute(
            "SELECT e.code, p.section, p.points, p.reason FROM penalties p JOIN entries e ON e.id = p.entry_id"
            " WHERE e.event = ? ORDER BY p.id",
            (event,),
        ).fetchall()
        return [(code, Penalty(section, Decimal(points), reason)) for code, section, points, reason in rows]

    def set_votes(self, event: str, code: str, votes: int, *, voided: int = 0, reason: str = "") -> None:
        """Record an entry's votes; ``voided`` votes (刷票) need a reason and are not counted.
        Scorer, chief judge or organiser, while the event's vote sections are open."""
        ev = self._event(event)
        self.require(Action.VOTES_SET)
        votes, voided = whole_number(votes, "票数"), whole_number(voided, "作废票数")
        if voided > votes:
            raise ScoreError(f"作废票数 {voided} 大于票数 {votes} / more voided votes than votes")
        if voided:
            _require_reason(reason, "作废选票")
        entry_id, _ = self._entry(ev.id, code)
        for sec in ev.sections:
            if sec.kind is SectionKind.VOTE:
                self.require(Action.VOTES_SET, event=ev.id, section=sec.id)
        row = self._db.execute("SELECT votes, voided FROM votes WHERE entry_id = ?", (entry_id,)).fetchone()
        old = None if row is None else f"{row[0]} (作废 {row[1]})"
        new = f"{votes} (作废 {voided})"
        if old == new:
            return
        now = utc_now()
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO votes (entry_id, votes, voided, reason, updated_at, actor) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (entry_id) DO UPDATE SET votes = excluded.votes, voided = excluded.voided,"
                " reason = excluded.reason, updated_at = excluded.updated_at, actor = excluded.actor",
                (entry_id, votes, voided, reason, now, self.actor),
            )
            self._audit(now, "votes.set", f"{ev.id}/{code}", old, new, reason)

    def set_votes_many(self, items: Iterable[tuple[str, str, int, int, str]]) -> None:
        """Record many (event, code, votes, voided, reason) in ONE transaction, all or nothing (a
        votes file), with the checks and audit entries of :meth:`set_votes`."""
        with self._db.atomic():
            for event, code, votes, voided, reason in items:
                self.set_votes(event, code, votes, voided=voided, reason=reason)

    def votes(self, event: str) -> list[VoteRow]:
        """The votes recorded in an event, by code."""
        rows = self._db.execute(
            "SELECT e.code, v.votes, v.voided, v.reason, v.updated_at, v.actor FROM votes v"
            " JOIN entries e ON e.id = v.entry_id WHERE e.event = ? ORDER BY e.code",
            (self._event(event).id,),
        ).fetchall()
        return [VoteRow(*row) for row in rows]

    def set_playoff(self, event: str, code: str, value: Decimal | None) -> None:
        """Record the play-off (加赛) result used as the last tie-break; None removes it. Chief
        judge or organiser."""
        self.require(Action.PLAYOFF_SET)
        number = None if value is None else to_decimal(value, "加赛成绩", signed=False)
        entry_id, _ = self._entry(event, code)
        row = self._db.execute("SELECT value FROM playoffs WHERE entry_id = ?", (entry_id,)).fetchone()
        old = row[0] if row else None
        new = None if number is None else format(number, "f")
        if (old is None and new is None) or (old is not None and number is not None and Decimal(old) == number):
            return
        now = utc_now()
        with self._db.atomic():
            if new is None:
                self._db.execute("DELETE FROM playoffs WHERE entry_id = ?", (entry_id,))
            else:
                self._db.execute(
                    "INSERT INTO playoffs (entry_id, value, updated_at, actor) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (entry_id) DO UPDATE SET value = excluded.value,"
                    " updated_at = excluded.updated_at, actor = excluded.actor",
                    (entry_id, new, now, self.actor),
                )
            self._audit(now, "playoff.set", f"{event}/{code}", old, new)

    def event_inputs(self, event: Event) -> EventInputs:
        """Everything recorded for one event, ready for the scoring engine (cleared scores left out).
        The scores are one SELECT of four columns, read straight into the engine's mapping."""
        inputs = EventInputs(entries=self.entries(event.id), penalties=self.penalties(event.id),
                             recused=self.recused(event.id))
        scores = inputs.scores
        numbers: dict[str, Decimal] = {}  # one Decimal per distinct text: a panel gives few values
        names: dict[str, str] = {}  # one str per judge id: not a new one per score (28 MiB at 560k)
        for code, criterion, judge, text in self._db.execute(
            "SELECT e.code, s.criterion, s.judge, s.value FROM scores s JOIN entries e ON e.id = s.entry_id"
            " WHERE e.event = ? AND s.value IS NOT NULL",
            (event.id,),
        ):
            value = numbers.get(text)
            if value is None:
                value = numbers[text] = Decimal(text)
            by_criterion = scores.get(code)
            if by_criterion is None:
                by_criterion = scores[code] = {}
            judge = names.setdefault(judge, judge)
            by_judge = by_criterion.get(criterion)
            if by_judge is None:
                by_criterion[names.setdefault(criterion, criterion)] = {judge: value}
            else:
                by_judge[judge] = value
        for code, counted, voided, reason in self._db.execute(
            "SELECT e.code, v.votes - v.voided, v.voided, v.reason FROM votes v JOIN entries e ON e.id = v.entry_id"
            " WHERE e.event = ?",
            (event.id,),
        ).fetchall():
            inputs.votes[code] = Decimal(counted)
            if voided:
                inputs.voided[code] = (voided, reason)
        for code, value in self._db.execute(
            "SELECT e.code, p.value FROM playoffs p JOIN entries e ON e.id = p.entry_id WHERE e.event = ?",
            (event.id,),
        ).fetchall():
            inputs.playoffs[code] = Decimal(value)
        return inputs

    # -- section states -------------------------------------------------------------------------

    def section_state(self, event: str, section: str) -> str:
        row = self._db.execute(
            "SELECT state FROM section_states WHERE event = ? AND section = ?", (event, section)
        ).fetchone()
        return row[0] if row else OPEN

    def lock_section(self, event: str, section: str, *, reason: str = "") -> bool:
        """Lock a section (no more score changes), then take a backup; False when the backup
        failed (the lock is saved all the same, see :meth:`backup`). Chief judge or organiser."""
        self.require(Action.SECTION_LOCK)
        self._set_section_state(event, section, LOCKED, reason)
        return self.backup(f"lock-{event}-{section}") is not None

    def unlock_section(self, event: str, section: str, *, reason: str) -> None:
        """Reopen a locked section; the written reason is required and audited. Chief judge or
        organiser; refused while the event is published (公示) or final (定稿)."""
        self.require(Action.SECTION_UNLOCK, event=event)
        _require_reason(reason, "解锁")
        self._set_section_state(event, section, OPEN, reason)

    def _set_section_state(self, event: str, section: str, state: str, reason: str) -> None:
        ev = self._event(event)
        sec = ev.section(section)
        old = self.section_state(ev.id, sec.id)
        action = _SECTION_TRANSITIONS.get((old, state))
        if old == state:
            raise StateError(f"模块 “{sec.name}” 已是“{_label(state)}”状态 / section is already {state}")
        if action is None:
            raise StateError(
                f"模块 “{sec.name}” 现为“{_label(old)}”，不能改为“{_label(state)}”"
                f" / section cannot go from {old} to {state}"
            )
        now = utc_now()
        with self._db.atomic():
            if action == "section.lock":  # what the entries are from now on (audit_replay.py)
                self._audit(now, ENTRIES_ACTION, ev.id, None, entries_digest(self._db.conn, ev.id))
            self._db.execute(
                "INSERT INTO section_states (event, section, state, updated_at, actor) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (event, section) DO UPDATE SET state = excluded.state,"
                " updated_at = excluded.updated_at, actor = excluded.actor",
                (ev.id, sec.id, state, now, self.actor),
            )
            self._audit(now, action, f"{ev.id}/{sec.id}", old, state, reason)

    # -- audit and backups ----------------------------------------------------------------------

    def audit_log(self, limit: int | None = None) -> list[AuditEntry]:
        """Audit entries in order; with ``limit`` only the latest ones (for the store's own use)."""
        return audit.read(self._db, limit)

    def check_integrity(self) -> None:
        """SQLite's full integrity check of the whole file (DamagedContestFile if it fails)."""
        check_integrity(self._db.conn, self.path, full=True)

    def audit_seq(self) -> int:
        """The seq of the latest audit entry: what :meth:`audit_since` counts from."""
        return audit.last_seq(self._db)

    def audit_since(self, seq: int) -> list[AuditEntry]:
        """The audit entries appended after ``seq`` (the change record of what happened since)."""
        return audit.since(self._db, seq)

    def audit_view(self, query: audit.AuditQuery = audit.AuditQuery(), limit: int | None = None
                   ) -> tuple[list[AuditEntry], int]:
        """The audit entries ``query`` selects, newest first (at most ``limit``), and how many it
        selects in all, as the acting person may read them (:data:`Action.AUDIT_VIEW`): the names,
        units and ID numbers of the entries of an event this person may not see names of yet
        (:meth:`names_visible`) are masked in every text of every entry."""
        self.require(Action.AUDIT_VIEW)
        found, total = audit.select(self._db, query, limit)
        entries = self.entries()
        sealed = {ev for ev in {e.event for e in entries} if not self.names_visible(ev)}
        hidden = personal_texts([e for e in entries if e.event in sealed])
        if not hidden:
            return found, total
        mask = masker(hidden)
        return [dataclasses.replace(entry, target=mask(entry.target), reason=mask(entry.reason),
                                    old=None if entry.old is None else mask(entry.old),
                                    new=None if entry.new is None else mask(entry.new))
                for entry in found], total

    def audit_kinds(self) -> list[str]:
        """The kinds of action in the log (:meth:`audit_view`'s readers: a filter's choices)."""
        self.require(Action.AUDIT_VIEW)
        return audit.action_kinds(self._db)

    def verify_audit(self) -> AuditReport:
        return audit.verify(self._db)

    def take_backup(self, folder: Path | None = None, progress: Progress | None = None) -> Path:
        """The backup a person asks for (文件→备份, ``judge-app backup``): always a new copy, into
        ``folder`` (default: the file's own backups folder), audited first so the copy holds its
        own entry; BackupFailed names the folder if it cannot be written."""
        self.require(Action.BACKUP)
        target = backup_dir(self.path) if folder is None else Path(folder)
        with self._db.atomic():
            self._audit(utc_now(), "contest.backup", self.path.name, None, str(target))
        if self._anchor is not None:
            self._anchor.sync()
        return make_backup(self._db.conn, self.path, "manual", force=True, folder=target, progress=progress)

    def backup(self, reason: str, *, required: bool = False) -> Path | None:
        """Copy the file now to ``<stem>.backups/`` unless nothing changed since the newest copy
        (a backup the user asks for, ``required``, is always made); the set is bounded by count
        and size (:func:`~judge_app.store.backup.prune`).

        The store calls this after a committed change (import, lock, draw …): if the copy fails,
        the change is saved all the same, so the failure is a logged warning naming the backup
        folder and None is returned. A backup the user asked for (``required``) raises
        BackupFailed instead, and is the policy's :data:`~judge_app.core.policy.Action.BACKUP`."""
        if required:
            self.require(Action.BACKUP)
        if self._anchor is not None:
            self._anchor.sync()
        try:
            return make_backup(self._db.conn, self.path, reason, force=required)
        except BackupFailed as exc:
            if required:
                raise
            log.warning("更改已保存，但自动备份失败 / the change is saved, but the automatic backup failed: %s", exc)
            return None

    def backups(self) -> list[Path]:
        """Backups of this file, newest first."""
        return list_backups(self.path)

    def _keep_anchor(self) -> None:
        """From now on, write the audit head to the anchor file after every commit (anchor.py)."""
        self._anchor = anchor.AnchorFile(self.path)
        self._db.on_commit = self._write_anchor

    def _write_anchor(self) -> None:
        current = anchor.current_anchor(self._db.conn)
        if current is not None and self._anchor is not None:
            self._anchor.write(current)

    def _check_anchor(self) -> None:
        """Compare the file with its anchor before anything overwrites the anchor. A file swapped
        for an older copy gets an ``audit.anchor_mismatch`` entry that keeps the old anchor, so
        ``audit verify`` reports it from then on; then the anchor follows the file again."""
        found = anchor.load(self.path)
        problem = anchor.check(self.path, self._db.conn, found)
        self._keep_anchor()
        if problem is None:
            self._write_anchor()
            return
        head = anchor.current_anchor(self._db.conn)
        with self._db.atomic():
            self._audit(utc_now(), anchor.MISMATCH_ACTION, self.path.name,
                        found.text() if isinstance(found, anchor.Anchor) else None,
                        head.text() if head is not None else None, problem)

    def _audit(self, ts: str, action: str, target: str, old: str | None, new: str | None,
               reason: str = "") -> None:
        audit.append(self._db, ts=ts, actor=self.actor, action=action, target=target,
                     old=old, new=new, reason=reason)
        self._seal_after(action, target)


def _require_writable(path: Path) -> None:
    """ContestFileReadOnly, before anything is locked or read, unless ``path`` (when it exists)
    and its folder can be written. Tried rather than asked: ``os.access`` sees only the read-only
    attribute on Windows, not the folder's rights (ACLs), and a write-protected stick never says
    EROFS there; a file another program holds is FileInUse."""
    try:
        if path.exists():
            if not os.access(path, os.W_OK):
                raise PermissionError(13, "read-only attribute", str(path))
            with path.open("r+b"):
                pass
        require_writable_folder(path.parent)
    except (OSError, FileProblem) as exc:
        if isinstance(exc, FileInUse) or (isinstance(exc, OSError) and in_use(exc)):
            raise FileInUse(path) from exc
        raise ContestFileReadOnly(path) from exc


def _require_actor(actor: str) -> str:
    if not actor or not actor.strip():
        raise StateError("须填写操作人 / who is acting must be given")
    return actor.strip()


def _require_reason(reason: str, what: str) -> None:
    if not reason or not reason.strip():
        raise ReasonRequired(what)


def _label(state: str) -> str:
    return SECTION_STATE_LABELS.get(state, state)


def _text(value: object) -> str | None:
    return None if value is None else str(value)
