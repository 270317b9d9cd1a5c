"""Copies of a contest file taken with SQLite's online backup API, next to it in ``<stem>.backups/``
(named ``<stamp>-<reason>.judge``: the contest's name once, in the folder, within MAX_PATH).

At city scale a copy is large (1.45 GB) and the store asks for one after every import, lock and
draw, so a copy is skipped when the file's audit head is the newest copy's (nothing changed),
and the set is bounded by total size as well as by count (the newest is always kept)."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from judge_app.files import CONTEST_SUFFIX, FileProblem, contest_stem, fit_name, fsync_file, remove_file, replace_file
from judge_app.store.errors import BackupFailed

KEEP_BACKUPS = 20
MAX_BACKUP_BYTES = 2 * 1024**3  # the set together, and at most MAX_BACKUP_FILES × the file
MAX_BACKUP_FILES = 5
SUFFIX = CONTEST_SUFFIX
PARTIAL = ".partial"
#: what the longest name of a copy being written adds (SQLite's rollback journal of the partial copy)
WRITING_TAIL = f"{SUFFIX}{PARTIAL}-journal"
#: ``<stamp>-<reason>.judge``; copies written before names had the contest name once more in front
#: (``<stem>-<stamp>-<reason>.judge.db``)
NAME = re.compile(r"(?:.+-)?(\d{8}-\d{6}-\d{6})-.*\.judge(?:\.db)?", re.IGNORECASE)
COPY_PAGES = 256  # pages copied per step of SQLite's backup: a progress report every 1 MB at 4 KB pages

#: ``progress(pages_done, pages_total)`` during a copy (the GUI's progress bar)
Progress = Callable[[int, int], None]


def backup_dir(path: Path) -> Path:
    """``赛事.judge`` → ``赛事.backups``; a file of another suffix (``赛事.judge.db``) gets a folder
    of its whole name (``赛事.judge.db.backups``), so the two never share copies."""
    path = Path(path)
    if path.name.lower().endswith(SUFFIX):
        return path.parent / f"{contest_stem(path)}.backups"
    return path.parent / f"{path.name}.backups"


def _legacy_dir(path: Path) -> Path | None:
    """Where copies of a ``.judge.db`` file went before: ``<stem>.backups``, unless a ``.judge``
    file of the same stem owns that folder."""
    if path.name.lower().endswith(SUFFIX):
        return None
    stem = contest_stem(path)
    return None if (path.parent / f"{stem}{SUFFIX}").exists() else path.parent / f"{stem}.backups"


def _stamp(name: str) -> str | None:
    match = NAME.fullmatch(name)
    return match.group(1) if match else None


def list_backups(path: str | Path) -> list[Path]:
    """Backups of a contest file, newest first; works without opening the file."""
    path = Path(path)
    found: dict[Path, str] = {}
    legacy = _legacy_dir(path)
    for folder, prefix in ((backup_dir(path), ""), (legacy, f"{contest_stem(path)}-")):
        if folder is None or not folder.is_dir():
            continue
        for candidate in folder.iterdir():
            stamp = _stamp(candidate.name)
            if stamp is not None and candidate.name.startswith(prefix):
                found[candidate] = stamp
    return sorted(found, key=lambda p: (found[p], p.name), reverse=True)


def backup_target(path: Path, reason: str, stamp: str, folder: Path | None = None) -> Path:
    """The new copy's name, ``<stamp>-<reason>.judge`` in :func:`backup_dir` (in another
    ``folder``, e.g. a USB stick holding several contests' copies, ``<stem>-<stamp>-<reason>.judge``),
    its reason shortened so every file written for it stays within Windows' MAX_PATH
    (PathTooLong when even the stamp does not fit: the folder itself is too deep)."""
    own = folder is None or folder == backup_dir(path)
    stem = stamp if own else f"{contest_stem(path)}-{stamp}"
    fitted = fit_name(backup_dir(path) if own else folder, f"{stem}-{_safe(reason)}", WRITING_TAIL,
                      keep=len(stem) + 2)
    return fitted.with_name(fitted.name[: -len(WRITING_TAIL)] + SUFFIX)


def make_backup(conn: sqlite3.Connection, path: Path, reason: str, *, force: bool = False,
                folder: Path | None = None, progress: Progress | None = None) -> Path:
    """Copy the open database to a new timestamped backup and prune the set (:func:`prune`);
    unless ``force``, return the newest copy instead when its audit head is the file's. Into
    another ``folder`` than the file's own backups folder a copy is always made, never pruned.

    A copy is written as ``….partial`` and renamed once flushed (judge_app.files: retried while
    an antivirus holds it); if anything fails (disk full, read-only folder, a path too long) the
    partial copy is removed and BackupFailed names the folder."""
    own = folder is None or Path(folder) == backup_dir(path)
    newest, head = next(iter(list_backups(path)), None), _head(conn)
    if own and not force and newest is not None and head is not None and _head_of(newest) == head:
        return newest
    folder = backup_dir(path) if folder is None else Path(folder)
    partial: Path | None = None
    try:
        target = backup_target(path, reason, datetime.now().strftime("%Y%m%d-%H%M%S-%f"), folder)
        partial = target.with_name(target.name + PARTIAL)
        folder.mkdir(exist_ok=True)
        _copy(conn, partial, progress)
        fsync_file(partial)
        replace_file(partial, target)
    except (OSError, sqlite3.Error, FileProblem) as exc:
        for leftover in (partial, Path(f"{partial}-journal")) if partial else ():
            with contextlib.suppress(OSError, FileProblem):
                remove_file(leftover)
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
        with contextlib.suppress(OSError, FileProblem):  # an old copy that stays is no failure of this one
            remove_file(old)


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
