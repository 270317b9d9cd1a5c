"""The append-only, hash-chained audit log: who, when, what, old → new, why.

Each entry's hash is sha256 over the previous entry's hash and a canonical JSON of its own fields,
so an edited, deleted or reordered entry breaks the chain; :func:`verify` also replays the log
against the stored rows (audit_replay.py), so a row edited behind the store's back shows too. The head (last seq and hash) is also kept
in ``meta`` so that cutting entries off the end shows too, and outside the file in its anchor
(anchor.py) so that a file swapped for an older copy shows as well.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlite_utils import Database

from judge_app.store import anchor
from judge_app.store.audit_replay import Replay
from judge_app.store.connection import connect
from judge_app.store.errors import ContestFileMissing, NotAContestFile

GENESIS_HASH = "0" * 64
HEAD_KEY = "audit_head"

_FIELDS = "seq, ts, actor, action, target, old, new, reason, prev_hash, hash"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str  # UTC, ISO 8601
    actor: str
    action: str  # score.record, section.lock, entries.import ...
    target: str  # what was changed: 电工/C01/P1/J1
    old: str | None
    new: str | None
    reason: str
    prev_hash: str
    hash: str


@dataclass
class AuditReport:
    ok: bool
    entries: int
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be checked (no anchor file)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def entry_hash(prev_hash: str, seq: int, ts: str, actor: str, action: str, target: str,
               old: str | None, new: str | None, reason: str) -> str:
    body = {"seq": seq, "ts": ts, "actor": actor, "action": action, "target": target,
            "old": old, "new": new, "reason": reason}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def append(db: Database, *, ts: str, actor: str, action: str, target: str,
           old: str | None = None, new: str | None = None, reason: str = "") -> AuditEntry:
    """Append one entry; call inside the transaction that makes the change."""
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    digest = entry_hash(prev_hash, seq, ts, actor, action, target, old, new, reason)
    entry = AuditEntry(seq, ts, actor, action, target, old, new, reason, prev_hash, digest)
    db.execute(f"INSERT INTO audit ({_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _values(entry))
    _set_head(db, seq, digest)
    return entry


def append_many(db: Database, items: Iterable[tuple[str, str, str | None, str | None, str]], *, ts: str,
                actor: str) -> int:
    """Append one entry per (action, target, old, new, reason) in ``items``, the chain hashed in
    this pass and inserted with one executemany (a bulk import); call inside the change's
    transaction. Returns how many were appended."""
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = last if last else (0, GENESIS_HASH)
    first = seq

    def chained() -> Iterator[tuple[Any, ...]]:
        nonlocal seq, prev_hash
        for action, target, old, new, reason in items:
            seq += 1
            digest = entry_hash(prev_hash, seq, ts, actor, action, target, old, new, reason)
            yield seq, ts, actor, action, target, old, new, reason, prev_hash, digest
            prev_hash = digest

    db.conn.executemany(f"INSERT INTO audit ({_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", chained())
    if seq > first:
        _set_head(db, seq, prev_hash)
    return seq - first


def _set_head(db: Database, seq: int, digest: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (HEAD_KEY, f"{seq}:{digest}"),
    )


def read(db: Database, limit: int | None = None) -> list[AuditEntry]:
    """Entries in seq order; with ``limit``, only the latest ``limit`` of them."""
    if limit is None:
        rows = db.execute(f"SELECT {_FIELDS} FROM audit ORDER BY seq").fetchall()
    else:
        rows = db.execute(f"SELECT {_FIELDS} FROM audit ORDER BY seq DESC LIMIT ?", (limit,)).fetchall()
        rows.reverse()
    return [AuditEntry(*row) for row in rows]


@dataclass(frozen=True)
class AuditQuery:
    """Which entries to list: about ``event`` (the first part of the target), by ``person`` (the
    actor contains it) and of ``action`` (the action or its kind before a dot); empty: any."""

    event: str = ""
    person: str = ""
    action: str = ""

    def where(self) -> tuple[str, list[str]]:
        """The SQL condition and its parameters."""
        parts, params = ["1"], []
        if self.event:
            parts.append("(target = ? OR substr(target, 1, length(?) + 1) = ? || '/')")
            params += [self.event] * 3
        if self.person:
            parts.append("instr(actor, ?) > 0")
            params.append(self.person)
        if self.action:
            parts.append("(action = ? OR substr(action, 1, length(?) + 1) = ? || '.')")
            params += [self.action] * 3
        return " AND ".join(parts), params


def select(db: Database, query: AuditQuery, limit: int | None = None) -> tuple[list[AuditEntry], int]:
    """The entries ``query`` selects, newest first, at most ``limit`` of them, and how many it
    selects in all: the database filters, so a long log is never read whole for a screen."""
    where, params = query.where()
    total = db.execute(f"SELECT COUNT(*) FROM audit WHERE {where}", params).fetchone()[0]
    rows = db.execute(f"SELECT {_FIELDS} FROM audit WHERE {where} ORDER BY seq DESC LIMIT ?",
                      [*params, -1 if limit is None else limit]).fetchall()
    return [AuditEntry(*row) for row in rows], total


def action_kinds(db: Database) -> list[str]:
    """The kinds of action (the part before the dot) in the log."""
    return sorted({action.split(".")[0] for (action,) in db.execute("SELECT DISTINCT action FROM audit")})


def last_seq(db: Database) -> int:
    """The seq of the latest entry (0 for none)."""
    return db.execute("SELECT COALESCE(MAX(seq), 0) FROM audit").fetchone()[0]


def since(db: Database, seq: int) -> list[AuditEntry]:
    """The entries appended after ``seq``, in order."""
    return [AuditEntry(*row) for row in db.execute(f"SELECT {_FIELDS} FROM audit WHERE seq > ? ORDER BY seq", (seq,))]


def verify(db: Database, passphrase: str | None = None) -> AuditReport:
    """Walk the chain and name every entry that was edited, removed or moved, then compare the
    stored rows with what the log says (:mod:`~judge_app.store.audit_replay`) and check the
    seals (:func:`~judge_app.store.seals.check_seals`, with ``passphrase`` their HMACs too). The
    log is streamed, never held: it may have millions of entries."""
    from judge_app.store.seals import check_seals  # seals.py builds on this module

    problems: list[str] = []
    replay = Replay()
    expected_seq, prev_hash, count = 1, GENESIS_HASH, 0
    for row in db.conn.execute(f"SELECT {_FIELDS} FROM audit ORDER BY seq"):
        e = AuditEntry(*row)
        count += 1
        if e.seq > expected_seq:
            span = str(expected_seq) if e.seq == expected_seq + 1 else f"{expected_seq}–{e.seq - 1}"
            problems.append(f"第 {span} 条缺失 (被删除) / entry {span} missing (deleted)")
        if e.prev_hash != prev_hash:
            problems.append(
                f"第 {e.seq} 条与前一条不衔接 (前面的记录被删除、改动或调换) / entry {e.seq} does not link"
                f" to the previous entry (deleted, edited or reordered)"
            )
        digest = entry_hash(e.prev_hash, e.seq, e.ts, e.actor, e.action, e.target, e.old, e.new, e.reason)
        if digest != e.hash:
            problems.append(f"第 {e.seq} 条内容被改动 / entry {e.seq} was edited (hash mismatch)")
        if e.action == anchor.MISMATCH_ACTION:
            problems.append(f"第 {e.seq} 条：{e.ts[:16].replace('T', ' ')} 打开时 {e.reason}")
        replay.feed(e.seq, e.action, e.target, e.new, e.old)
        expected_seq, prev_hash = e.seq + 1, e.hash
    head = db.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if head is not None and head[0] != f"{expected_seq - 1}:{prev_hash}":
        recorded = head[0].partition(":")[0]
        problems.append(
            f"日志末尾与记录的第 {recorded} 条不符 (末尾的记录被删除或改动) / log end does not match"
            f" the recorded head (entry {recorded}): entries cut off or changed"
        )
    problems += replay.check(db.conn)
    sealed, notes = check_seals(db.conn, passphrase)
    problems += sealed
    return AuditReport(ok=not problems, entries=count, problems=problems, notes=replay.notes + notes)


def verify_audit_file(path: str | Path, passphrase: str | None = None) -> AuditReport:
    """Check a contest file's chain, data and seals read-only, without taking its lock (CLI
    ``audit verify``); with the seal ``passphrase`` also the seal kept in its anchor."""
    from judge_app.store.seals import check_anchored_seal

    path = Path(path)
    if not path.is_file():
        raise ContestFileMissing(path)
    found = anchor.load(path)  # before the database: see anchor.check
    db = connect(path, read_only=True, full_check=True)  # the full integrity check, on demand
    try:
        if db.execute("PRAGMA user_version").fetchone()[0] == 0:
            raise NotAContestFile(path)
        report = verify(db, passphrase)
        problem = anchor.check(path, db.conn, found)
        if passphrase is not None and isinstance(found, anchor.Anchor) and found.seal is not None:
            report.problems += check_anchored_seal(db.conn, passphrase, found.seal)
    finally:
        db.close()
    if problem is not None:
        report.problems.append(problem)
    report.ok = not report.problems
    if found is None:
        report.notes.append(
            f"没有外部锚点 {anchor.anchor_path(path).name}：无法检查文件是否被旧副本替换"
            f" / no anchor file: replacement by an older copy cannot be checked"
        )
    return report


def _values(entry: AuditEntry) -> tuple[Any, ...]:
    return (entry.seq, entry.ts, entry.actor, entry.action, entry.target, entry.old, entry.new,
            entry.reason, entry.prev_hash, entry.hash)
