"""Opening a contest file with SQLite: durable settings, the integrity check, typed write errors."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Generator
from contextlib import contextmanager
from pathlib import Path, PurePath

from sqlite_utils import Database

from judge_app.files import remove_file
from judge_app.store.anchor import anchor_path
from judge_app.store.backup import list_backups
from judge_app.store.errors import ContestFileReadOnly, DamagedContestFile, DiskFull, NotAContestFile, write_error

log = logging.getLogger(__name__)


class ContestDatabase(Database):
    """A sqlite-utils Database whose outermost ``atomic()`` block

    - turns SQLite's disk-full / read-only / I/O failures into typed store errors (the
      transaction is rolled back, so the last committed state stays as it was), and
    - calls ``on_commit`` once the transaction has committed (the store keeps its audit anchor
      current with it, see anchor.py).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, journal_note: str = ""):
        super().__init__(conn, execute_plugins=False)
        self.path = path
        self.on_commit: Callable[[], None] | None = None
        #: why the file is not in WAL mode (a network share), "" when it is
        self.journal_note = journal_note

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


def sqlite_uri(path: PurePath) -> str:
    """A ``file:`` URI SQLite accepts for ``path``, UNC paths of Windows network drives included:
    ``\\\\server\\share\\a.judge`` → ``file:////server/share/a.judge`` (``Path.as_uri`` gives
    ``file://server/share/...``, which SQLite refuses: it takes no authority but ``localhost``)."""
    uri = (path if path.is_absolute() else Path(path).absolute()).as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://"):]
    return uri


def on_network_share(path: Path) -> bool:
    """Whether ``path`` is on another computer: a UNC path (``\\\\server\\share\\…``) or, on
    Windows, a drive letter the system reports as remote (a mapped network drive)."""
    if str(path).startswith(("\\\\", "//")):
        return True
    if sys.platform != "win32":
        return False
    text = str(Path(path).absolute())
    import ctypes  # Windows only

    drive = os.path.splitdrive(text)[0]
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive
NETWORK_NOTE = ("比赛文件在网络共享文件夹上，以回滚日志模式打开（WAL 模式需要同一台电脑的共享内存，在网络盘上不安全），"
                "保存会稍慢；最好把文件复制到本机硬盘使用 / the contest file is on a network share: opened in"
                " rollback-journal mode (WAL needs shared memory on one computer), saves are slower;"
                " better copy it to this computer's disk")


def journal_mode(path: Path) -> tuple[str, str]:
    """SQLite's journal mode for ``path`` and why when it is not WAL: WAL on a local disk
    (readers never wait for a writer), DELETE on a network share (SQLite's docs: WAL does not work
    over a network file system)."""
    if on_network_share(path):
        return "DELETE", NETWORK_NOTE
    return "WAL", ""


def remove_contest_file(path: Path) -> None:
    """Delete a contest file with its ``-wal``, ``-shm`` and ``.anchor`` companions (each only if present)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), anchor_path(path)):
        remove_file(leftover)


#: tables whose pages every open reads (a damaged file is caught there, not in the middle of a task)
PROBED_TABLES = ("meta", "audit", "entries")


def unclean_shutdown(path: Path) -> bool:
    """Whether the last program to use ``path`` stopped without closing it: SQLite removes the
    ``-wal`` file when the last connection closes, so one left over (with content) says so."""
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


def check_integrity(conn: sqlite3.Connection, path: Path, *, full: bool) -> None:
    """DamagedContestFile unless SQLite finds the file sound: ``quick_check`` (pages and records,
    not the indexes' agreement) or the full ``integrity_check``; both read the whole file."""
    pragma = "integrity_check" if full else "quick_check"
    problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    if problems != ["ok"]:
        raise DamagedContestFile(path, problems, list_backups(path))


def _probe(conn: sqlite3.Connection) -> None:
    """Read the schema and the first and last pages of the tables every task needs (milliseconds
    whatever the file's size); a damaged page there raises sqlite3.DatabaseError."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in PROBED_TABLES:
        if table in tables:
            conn.execute(f"SELECT * FROM {table} ORDER BY rowid LIMIT 1").fetchall()
            conn.execute(f"SELECT * FROM {table} ORDER BY rowid DESC LIMIT 1").fetchall()


SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file


def require_sqlite_file(path: Path) -> None:
    """DamagedContestFile for an existing file that is no SQLite database (0 bytes, a truncated
    header, another kind of file), checked before SQLite opens it: SQLite would take an empty
    file for a new database and write a header into it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return  # unreadable: SQLite's own error says why
    if head == SQLITE_HEADER:
        return
    problem = ("文件是空的（0 字节）/ the file is empty (0 bytes)" if not head
               else "文件开头不是 SQLite 数据库的文件头，不是比赛文件或已损坏 / not an SQLite database (wrong header)")
    raise DamagedContestFile(path, [problem], list_backups(path))


def connect(path: Path, *, read_only: bool = False, full_check: bool = False) -> ContestDatabase:
    """Open ``path``; raise DamagedContestFile if it is not sound.

    A full read of the file on every open cost seconds on a large contest (4.4 s warm at 1.45 GB,
    paid by every command): an open now reads the schema and the key tables' ends, and runs
    ``quick_check`` only after an unclean shutdown (a power cut, a killed program); the full
    ``integrity_check`` runs on demand (``audit verify``) and before an event is made final.

    Writable connections use WAL with ``synchronous=FULL``: a committed transaction survives a
    power cut; on a network share the rollback journal instead (:func:`journal_mode`). Read-only connections take no lock and change nothing.
    """
    existed = path.exists()
    if existed:
        require_sqlite_file(path)
    unclean = unclean_shutdown(path)
    if read_only:
        conn = sqlite3.connect(sqlite_uri(path) + "?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(path)
    try:
        _probe(conn)
        if unclean or full_check:
            check_integrity(conn, path, full=full_check)
        if existed and conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            raise NotAContestFile(path)  # another program's database: refused before WAL mode changes it
        mode, note = ("", "") if read_only else journal_mode(path)
        if note:
            log.warning("%s: %s", path, note)
        if not read_only:
            conn.execute(f"PRAGMA journal_mode = {mode}")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA fullfsync = ON")  # macOS: flush the disk's own cache too
            conn.execute("PRAGMA foreign_keys = ON")
        return ContestDatabase(conn, path, note)
    except sqlite3.DatabaseError as exc:
        conn.close()
        error = write_error(path, exc)
        if isinstance(error, (ContestFileReadOnly, DiskFull)):
            raise error from exc
        raise DamagedContestFile(path, [str(exc)], list_backups(path)) from exc
    except BaseException:
        conn.close()
        raise
