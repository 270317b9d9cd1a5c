"""Opening a contest file with SQLite: durable settings, the integrity check, typed write errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from judge_app.store.anchor import anchor_path
from judge_app.store.backup import list_backups
from judge_app.store.errors import ContestFileReadOnly, DamagedContestFile, DiskFull, write_error


class ContestDatabase(Database):
    """A sqlite-utils Database whose outermost ``atomic()`` block

    - turns SQLite's disk-full / read-only / I/O failures into typed store errors (the
      transaction is rolled back, so the last committed state stays as it was), and
    - calls ``on_commit`` once the transaction has committed (the store keeps its audit anchor
      current with it, see anchor.py).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path):
        super().__init__(conn, execute_plugins=False)
        self.path = path
        self.on_commit: Callable[[], None] | None = None

    @contextmanager
    def atomic(self) -> Generator["ContestDatabase", None, None]:
        if self.conn.in_transaction:  # nested: a savepoint inside the caller's transaction
            with super().atomic():
                yield self
            return
        try:
            with super().atomic():
                yield self
        except sqlite3.OperationalError as exc:
            error = write_error(self.path, exc)
            if error is None:
                raise
            raise error from exc
        if self.on_commit is not None:
            self.on_commit()


def remove_contest_file(path: Path) -> None:
    """Delete a contest file with its ``-wal``, ``-shm`` and ``.anchor`` companions (each only if present)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), anchor_path(path)):
        leftover.unlink(missing_ok=True)


def connect(path: Path, *, read_only: bool = False) -> ContestDatabase:
    """Open ``path`` and check its integrity; raise DamagedContestFile if it is not sound.

    Writable connections use WAL with ``synchronous=FULL``: a committed transaction survives a
    power cut. Read-only connections take no lock and change nothing.
    """
    if read_only:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(path)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            raise DamagedContestFile(path, problems, list_backups(path))
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA fullfsync = ON")  # macOS: flush the disk's own cache too
            conn.execute("PRAGMA foreign_keys = ON")
        return ContestDatabase(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        error = write_error(path, exc)
        if isinstance(error, (ContestFileReadOnly, DiskFull)):
            raise error from exc
        raise DamagedContestFile(path, [str(exc)], list_backups(path)) from exc
    except BaseException:
        conn.close()
        raise
