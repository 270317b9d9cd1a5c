"""One writer per contest file: an OS lock on the sidecar ``<file>.lock``.

The lock is held by the operating system (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so a
crashed or killed process never leaves a stale lock. The sidecar's text (JSON: user, host, pid,
since, actor) only tells a second process who holds it.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path

from judge_app.store.errors import ContestLocked

# Windows locks are mandatory: lock one byte far past the JSON text so others can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class ContestLock:
    """An exclusive lock on one contest file; ``release()`` (or process death) frees it."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path, actor: str) -> "ContestLock":
        """Take the lock or raise ContestLocked naming the holder."""
        sidecar = lock_path(path)
        fd = os.open(sidecar, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            if not _try_lock(fd):
                raise ContestLocked(path, _read_holder(fd))
            _write_holder(fd, actor)
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None


def _holder_info(actor: str) -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (service account, odd Windows setups)
        user = ""
    return {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now().isoformat(timespec="seconds"),
        "actor": actor,
    }


def _write_holder(fd: int, actor: str) -> None:
    data = json.dumps(_holder_info(actor), ensure_ascii=False).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.fsync(fd)


def _read_holder(fd: int) -> dict[str, object]:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 64 * 1024)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}  # the holder is between taking the lock and writing its name
    return data if isinstance(data, dict) else {}


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
