"""Copies of a contest file taken with SQLite's online backup API, next to it in ``<stem>.backups/``."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from judge_app.store.errors import BackupFailed

KEEP_BACKUPS = 20
SUFFIX = ".judge.db"


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


def make_backup(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    """Copy the open database to a new timestamped backup and keep the newest KEEP_BACKUPS.

    A copy is written as ``….partial`` and renamed once flushed; if anything fails (disk full,
    read-only folder) the partial copy is removed and BackupFailed names the folder."""
    folder = backup_dir(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{contest_stem(path)}-{stamp}-{_safe(reason)}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(exist_ok=True)
        _copy(conn, partial)
        _fsync(partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise BackupFailed(folder, exc) from exc
    for old in list_backups(path)[KEEP_BACKUPS:]:
        with contextlib.suppress(OSError):  # an old copy that stays is no failure of this one
            old.unlink()
    return target


def _copy(conn: sqlite3.Connection, partial: Path) -> None:
    """SQLite's online backup of ``conn`` into a new file ``partial``."""
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
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
