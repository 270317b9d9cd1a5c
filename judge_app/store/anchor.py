"""The audit anchor: the audit head kept OUTSIDE the database, in ``<file>.anchor`` next to it.

The hash chain inside the file shows edited, deleted or reordered entries, but a whole file
swapped for an older copy (a backup, yesterday's USB stick) carries a chain that is valid in
itself. So after every commit the store overwrites the anchor with the contest id and the
audit head (last seq and hash); the check is then: *the file's chain must contain the anchored
entry*. A file replaced by an older copy lacks it (fewer entries, or another hash at that seq).

Cost per save: one small file written beside it and renamed over it (judge_app.files), no extra
fsync and no handle kept open. The anchor is flushed to the disk when the contest is closed or backed up; after a crash it may therefore lag behind the
file, which is harmless: a lagging anchor is still part of the chain, and the next open brings
it up to date. It is written after the commit, so it is never ahead of the file.

A missing anchor (a file copied elsewhere without it, a file older than the anchor) cannot be
checked and is reported as such, not as tampering.

Once the audit head is sealed (seals.py), the anchor also keeps the last seal (seq, head and its
HMAC, format /2): a file lacking that seal is an older copy or had its seals removed, and with
the seal passphrase the anchored seal itself can be checked.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from judge_app.files import FileProblem, write_file

log = logging.getLogger(__name__)

FORMAT = "judge_app.anchor/1"
SEALED_FORMAT = "judge_app.anchor/2"  # with the last seal
RECORD_SIZE = 512  # fixed: every write overwrites the record in place (one sector, no growth)
MISMATCH_ACTION = "audit.anchor_mismatch"  # the audit entry an open writes when the anchor does not match


@dataclass(frozen=True)
class Anchor:
    contest_id: str
    seq: int
    hash: str
    seal: tuple[int, str, str] | None = None  # the last seal: (seq, head, mac)

    def text(self) -> str:
        if self.seal is None:
            return f"{FORMAT} {self.contest_id} {self.seq} {self.hash}"
        return f"{SEALED_FORMAT} {self.contest_id} {self.seq} {self.hash} {' '.join(map(str, self.seal))}"


class UnreadableAnchor(ValueError):
    """The anchor file exists but does not hold an anchor record."""


def anchor_path(path: Path) -> Path:
    return path.with_name(path.name + ".anchor")


def read_anchor(path: Path) -> Anchor | None:
    """The anchor of contest file ``path``; None if there is none; UnreadableAnchor if garbled."""
    try:
        raw = anchor_path(path).read_bytes()
    except FileNotFoundError:
        return None
    parts = raw.decode("utf-8", "replace").split()
    sealed = len(parts) == 7 and parts[0] == SEALED_FORMAT and _is_seq(parts[4]) and len(parts[5]) == len(parts[6]) == 64
    if not (sealed or (len(parts) == 4 and parts[0] == FORMAT)) or not _is_seq(parts[2]) or len(parts[3]) != 64:
        raise UnreadableAnchor(raw[:80])
    return Anchor(parts[1], int(parts[2]), parts[3], (int(parts[4]), parts[5], parts[6]) if sealed else None)


def _is_seq(text: str) -> bool:
    """An audit entry number as the app writes it: ASCII digits only (``str.isdigit`` also takes
    ``²`` and ``٣``, which ``int`` then refuses or reads), at most 18 of them."""
    return text.isascii() and text.isdigit() and len(text) <= 18


def current_anchor(conn: sqlite3.Connection) -> Anchor | None:
    """The anchor a contest database stands at now (None before its first audit entry, and None
    for a recorded head edited into something else: the anchor then stays where it was, and
    ``audit verify`` reports the head)."""
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('contest_id', 'audit_head')").fetchall())
    seq, _, digest = str(rows.get("audit_head", "")).partition(":")
    if not _is_seq(seq):
        return None
    try:
        seal = conn.execute("SELECT seq, head, mac FROM seals ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # a file older than seals
        seal = None
    return Anchor(rows.get("contest_id", ""), int(seq), digest, None if seal is None else tuple(seal))


def mismatch(conn: sqlite3.Connection, anchor: Anchor) -> str | None:
    """Why the database does not contain ``anchor`` (a clerk's sentence), or None if it does."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'contest_id'").fetchone()
    if row is None or row[0] != anchor.contest_id:
        return (
            "外部锚点属于另一个比赛文件：此文件被另一场比赛的文件替换 / the anchor belongs to another"
            " contest: this file was replaced by a different contest's file"
        )
    count = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM audit").fetchone()[0]
    if count < anchor.seq:
        return (
            f"文件比外部锚点记录的旧：锚点记到第 {anchor.seq} 条，文件只有 {count} 条 (被旧备份或旧副本替换)"
            f" / file is older than its anchor (entry {anchor.seq} anchored, file ends at {count}):"
            f" replaced by an older backup or copy"
        )
    found = conn.execute("SELECT hash FROM audit WHERE seq = ?", (anchor.seq,)).fetchone()
    if found is None or found[0] != anchor.hash:
        return (
            f"文件第 {anchor.seq} 条与外部锚点不符 (文件被替换或改写) / entry {anchor.seq} differs from"
            f" the anchor: file replaced or rewritten"
        )
    if anchor.seal is not None and not _has_seal(conn, anchor.seal):
        return (
            f"文件缺少外部锚点记录的最后一个封印 (第 {anchor.seal[0]} 条)：被旧副本替换，或封印被删除"
            f" / the file lacks the anchor's last seal (entry {anchor.seal[0]}): an older copy, or seals removed"
        )
    return None


def _has_seal(conn: sqlite3.Connection, seal: tuple[int, str, str]) -> bool:
    try:
        return conn.execute("SELECT 1 FROM seals WHERE seq = ? AND head = ? AND mac = ?", seal).fetchone() is not None
    except sqlite3.OperationalError:
        return False


def check(path: Path, conn: sqlite3.Connection, found: Anchor | None | UnreadableAnchor) -> str | None:
    """The problem with contest file ``path`` given the anchor ``found`` next to it, or None.

    Read the anchor BEFORE reading the database: the anchor is written after each commit, so
    it then can only lag behind what the database shows, never run ahead of it.
    """
    if isinstance(found, UnreadableAnchor):
        return f"外部锚点文件 {anchor_path(path).name} 无法读取 (被改动) / the anchor file is unreadable (edited)"
    return None if found is None else mismatch(conn, found)


def load(path: Path) -> Anchor | None | UnreadableAnchor:
    """read_anchor, with a garbled anchor returned rather than raised (for :func:`check`)."""
    try:
        return read_anchor(path)
    except UnreadableAnchor as exc:
        return exc


class AnchorFile:
    """The anchor of a contest being written; ``write`` after each commit.

    No handle is kept open between writes (on Windows an open handle stops Explorer copying
    or deleting the file): each write replaces the whole record through judge_app.files
    (atomic, retried while an antivirus holds the file), unflushed; ``sync`` (backup, close)
    writes it again flushed to the disk."""

    def __init__(self, path: Path):
        self._path: Path | None = anchor_path(path)
        self._last: bytes | None = None

    def write(self, anchor: Anchor, *, durable: bool = False) -> None:
        """Replace the record. A failed write (disk full, held open) only leaves the anchor lagging,
        which the check tolerates, so it must not turn a committed save into an error."""
        if self._path is None:
            return
        self._last = anchor.text().encode("utf-8").ljust(RECORD_SIZE - 1) + b"\n"
        try:
            write_file(self._path, self._last, durable=durable)
        except (OSError, FileProblem) as exc:
            log.warning("外部锚点未能更新 / the anchor file was not updated: %s", exc)

    def sync(self) -> None:
        """Write the last record again, flushed to the disk."""
        if self._path is not None and self._last is not None:
            with contextlib.suppress(OSError, FileProblem):
                write_file(self._path, self._last, durable=True)

    def close(self) -> None:
        self.sync()
        self._path = None
