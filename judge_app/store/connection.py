"""Opening a contest file with SQLite: durable settings and the integrity check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from judge_app.store.backup import list_backups
from judge_app.store.errors import DamagedContestFile


def connect(path: Path, *, read_only: bool = False) -> Database:
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
        return Database(conn, execute_plugins=False)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedContestFile(path, [str(exc)], list_backups(path)) from exc
    except BaseException:
        conn.close()
        raise
