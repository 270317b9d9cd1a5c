"""Copies of a contest file taken with SQLite's online backup API, next to it in ``<stem>.backups/``."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

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
    """Copy the open database to a new timestamped backup and keep the newest KEEP_BACKUPS."""
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{contest_stem(path)}-{stamp}-{_safe(reason)}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    _fsync(partial)
    os.replace(partial, target)
    for old in list_backups(path)[KEEP_BACKUPS:]:
        old.unlink()
    return target


def _safe(reason: str) -> str:
    """A reason fit for a file name on every system (letters incl. Chinese, digits, - and _)."""
    return re.sub(r"[^\w-]+", "-", reason).strip("-")[:40] or "manual"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows flushes only handles opened for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
