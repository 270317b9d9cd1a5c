"""Copies of a contest file taken with SQLite's online backup API, next to it in ``<stem>.backups/``.

At city scale a copy is large (1.45 GB) and the store asks for one after every import, lock and
draw, so a copy is skipped when the file's audit head is the newest copy's (nothing changed),
and the set is bounded by total size as well as by count (the newest is always kept)."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from judge_app.store.errors import BackupFailed

KEEP_BACKUPS = 20
MAX_BACKUP_BYTES = 2 * 1024**3  # the set together, and at most MAX_BACKUP_FILES × the file
MAX_BACKUP_FILES = 5
SUFFIX = ".judge.db"
COPY_PAGES = 256  # pages copied per step of SQLite's backup: a progress report every 1 MB at 4 KB pages

#: ``progress(pages_done, pages_total)`` during a copy (the GUI's progress bar)
Progress = Callable[[int, int], None]


def contest_stem(path: Path) -> str:
    """``赛事.judge.db`` → ``赛事``; any other name loses its last suffix only."""
    return path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem


def backup_dir(path: Path) -> Path:
    return path.parent / f"{contest_stem(path)}.backups"


def list_backups(path: str | Path) -> list[Path]:
    """Backups of a contest file, newest first; works without opening the file."""
    path = Path(path)
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    prefix = contest_stem(path) + "-"
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def make_backup(conn: sqlite3.Connection, path: Path, reason: str, *, force: bool = False,
                folder: Path | None = None, progress: Progress | None = None) -> Path:
    """Copy the open database to a new timestamped backup and prune the set (:func:`prune`);
    unless ``force``, return the newest copy instead when its audit head is the file's. Into
    another ``folder`` than the file's own backups folder a copy is always made, never pruned.

    A copy is written as ``….partial`` and renamed once flushed; if anything fails (disk full,
    read-only folder) the partial copy is removed and BackupFailed names the folder."""
    own = folder is None or Path(folder) == backup_dir(path)
    newest, head = next(iter(list_backups(path)), None), _head(conn)
    if own and not force and newest is not None and head is not None and _head_of(newest) == head:
        return newest
    folder = backup_dir(path) if folder is None else Path(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{contest_stem(path)}-{stamp}-{_safe(reason)}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(exist_ok=True)
        _copy(conn, partial, progress)
        _fsync(partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise BackupFailed(folder, exc) from exc
    if own:
        prune(path)
    return target


def prune(path: Path) -> None:
    """Keep the newest backups while they are at most KEEP_BACKUPS and together at most
    MAX_BACKUP_BYTES and MAX_BACKUP_FILES × the newest copy's size; the newest always stays."""
    found = list_backups(path)
    sizes = [_size(p) for p in found]
    limit = min(MAX_BACKUP_BYTES, MAX_BACKUP_FILES * (sizes[0] if sizes else 0))
    total = 0
    for index, (old, size) in enumerate(zip(found, sizes)):
        total += size
        if index == 0 or (index < KEEP_BACKUPS and total <= limit):
            continue
        with contextlib.suppress(OSError):  # an old copy that stays is no failure of this one
            old.unlink()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _head(conn: sqlite3.Connection) -> str | None:
    """The audit head (``seq:hash``) recorded in a contest database, None without one."""
    from judge_app.store.audit import HEAD_KEY  # audit → connection → this module

    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _head_of(backup: Path) -> str | None:
    """A backup's audit head, read without a lock or a -wal/-shm file next to it (immutable)."""
    from judge_app.store.connection import sqlite_uri  # connection imports this module

    try:
        conn = sqlite3.connect(f"{sqlite_uri(backup)}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _head(conn)
    finally:
        conn.close()


def _copy(conn: sqlite3.Connection, partial: Path, progress: Progress | None = None) -> None:
    """SQLite's online backup of ``conn`` into a new file ``partial``; with ``progress``, in
    steps of COPY_PAGES pages, each reported as (pages done, pages in all)."""
    dest = sqlite3.connect(partial)
    try:
        if progress is None:
            conn.backup(dest)
        else:
            conn.backup(dest, pages=COPY_PAGES,
                        progress=lambda _status, remaining, total: progress(total - remaining, total))
    finally:
        dest.close()


def _safe(reason: str) -> str:
    """A reason fit for a file name on every system (letters incl. Chinese, digits, - and _)."""
    return re.sub(r"[^\w-]+", "-", reason).strip("-")[:40] or "manual"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows flushes only handles opened for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
