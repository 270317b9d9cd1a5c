"""Writing output files the way Windows needs: atomically, retried while another program holds
the file, and with a typed error a clerk understands when it cannot be written.

On Windows, Excel, WPS and Acrobat keep the files they show open without sharing, so writing an
export over one, or replacing or deleting it, fails with ``PermissionError`` (WinError 32/33);
antivirus scanners hold new files for a moment the same way. Every export, report, backup and
package goes through :func:`atomic_output` / :func:`replace_file` / :func:`remove_file`: the new
content is written beside the target and moved over it in one step (a reader never sees half a
file, a failure leaves the old one), sharing violations are retried for a short while, and what
still fails is a :class:`FileInUse`, :class:`FileNotWritable` or :class:`NoSpaceForFile` naming
the file, never a traceback.
"""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from judge_app.core.errors import JudgeAppError

#: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_USER_MAPPED_FILE
SHARING_VIOLATIONS = frozenset({32, 33, 1224})
RETRY_SECONDS = 2.0
RETRY_STEP = 0.1
#: the longest path Windows programs open without the long-path opt-in (MAX_PATH 260 with its NUL)
MAX_PATH = 259
#: the one suffix of contest files the app writes; ``.judge.db`` (older demos, backups) is still read
CONTEST_SUFFIX = ".judge"
OLD_CONTEST_SUFFIX = ".judge.db"


class FileProblem(JudgeAppError):
    """An output file could not be written; ``path`` names it."""

    exit_code = 9

    def __init__(self, path: Path, message: str):
        self.path = Path(path)
        super().__init__(message)


class FileInUse(FileProblem):
    def __init__(self, path: Path):
        super().__init__(path, f"文件 {path} 被其他程序（如 Excel/WPS）打开，请关闭后重试"
                               f" / the file is open in another program (Excel/WPS?): close it and try again")


class FileNotWritable(FileProblem):
    def __init__(self, path: Path):
        super().__init__(path, f"无法写入 {path}：文件或文件夹是只读的（写保护的U盘？），请换一个文件夹"
                               f" / cannot write here (read-only or write-protected file, folder or stick): choose another folder")


class PathTooLong(FileProblem):
    def __init__(self, path: Path):
        super().__init__(path, f"路径太长（{path_length(path)} 个字符，Windows 最多 {MAX_PATH} 个）：{path}；"
                               f"请把比赛文件放到路径较短的文件夹（如 D:\\比赛）"
                               f" / path too long for Windows: move the contest file to a shorter folder")


class NoSpaceForFile(FileProblem):
    def __init__(self, path: Path):
        super().__init__(path, f"磁盘已满，无法写入 {path}，请清理空间后重试 / disk full: free some space and try again")


def in_use(exc: OSError) -> bool:
    """Whether ``exc`` says another program holds the file (a Windows sharing violation)."""
    if getattr(exc, "winerror", None) in SHARING_VIOLATIONS:
        return True
    return sys.platform == "win32" and isinstance(exc, PermissionError)


def file_problem(path: Path, exc: OSError) -> FileProblem | None:
    """The typed error for an OSError on ``path`` (None when it is no ordinary file problem)."""
    if in_use(exc):
        return FileInUse(path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return NoSpaceForFile(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return FileNotWritable(path)
    if exc.errno == errno.ENOENT:
        return FileNotWritable(path)  # the folder vanished (stick pulled out)
    return None


def _retrying(action: Callable[[], None], path: Path, *, sleep: Callable[[float], None] = time.sleep) -> None:
    """Run ``action``; while it fails with a sharing violation try again, for RETRY_SECONDS."""
    waited = 0.0
    while True:
        try:
            action()
            return
        except OSError as exc:
            if in_use(exc) and waited < RETRY_SECONDS:
                sleep(RETRY_STEP)
                waited += RETRY_STEP
                continue
            problem = file_problem(path, exc)
            if problem is None:
                raise
            raise problem from exc


def replace_file(source: Path, target: Path) -> None:
    """Move ``source`` over ``target`` (one step), retried while ``target`` is held open."""
    _retrying(lambda: os.replace(source, target), Path(target))


def remove_file(path: Path) -> None:
    """Delete ``path`` if it exists, retried while it is held open."""
    _retrying(lambda: Path(path).unlink(missing_ok=True), Path(path))


def partial_path(target: Path) -> Path:
    """Where the new content of ``target`` is written first: hidden, same folder and suffix."""
    target = Path(target)
    return target.with_name(f".{target.stem}.partial-{os.getpid()}{target.suffix}")


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a path to write the new ``target`` to; on success it replaces ``target``, on any
    failure it is removed and ``target`` stays as it was. OSErrors become FileProblems."""
    target = Path(target)
    partial = partial_path(target)
    try:
        yield partial
    except OSError as exc:
        partial.unlink(missing_ok=True)
        problem = file_problem(target, exc)
        if problem is None:
            raise
        raise problem from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        replace_file(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_file(target: Path, data: bytes, *, durable: bool = False) -> Path:
    """Write ``data`` as ``target`` atomically (:func:`atomic_output`), retried while held open;
    ``durable`` flushes it to the disk before it replaces ``target``."""
    target = Path(target)
    with atomic_output(target) as partial:
        with partial.open("wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
    return target


def copy_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` atomically, flushed (a restored backup, a copied contest)."""
    target = Path(target)
    with atomic_output(target) as partial:
        shutil.copyfile(source, partial)
        fsync_file(partial)
    return target


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only handles opened for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def path_length(path: Path) -> int:
    """The length Windows counts for ``path`` (UTF-16 units of the absolute path)."""
    return len(str(Path(path).absolute()).encode("utf-16-le")) // 2


def contest_stem(path: Path) -> str:
    """A contest file's name without its suffix: ``赛事.judge`` and ``赛事.judge.db`` → ``赛事``;
    dots inside the name stay (``2026.3 赛事.judge`` → ``2026.3 赛事``)."""
    name = Path(path).name
    for suffix in (OLD_CONTEST_SUFFIX, CONTEST_SUFFIX):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return Path(name).stem or name


def fit_name(folder: Path, stem: str, tail: str, *, keep: int = 8) -> Path:
    """``folder / (stem + tail)`` with ``stem`` shortened so the whole path stays within MAX_PATH;
    PathTooLong when even ``keep`` characters of it do not fit."""
    room = MAX_PATH - path_length(Path(folder) / tail)
    if room >= len(stem):
        return Path(folder) / f"{stem}{tail}"
    if room < min(keep, len(stem)):
        raise PathTooLong(Path(folder) / f"{stem}{tail}")
    return Path(folder) / f"{stem[:room].rstrip(' .')}{tail}"


def require_writable_folder(folder: Path) -> None:
    """FileNotWritable unless a new file can be made in ``folder``: tried, since ``os.access``
    ignores Windows ACLs and a write-protected stick never says EROFS there."""
    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".judge_app_probe_")
    except OSError as exc:
        problem = file_problem(Path(folder), exc)
        raise (problem or FileNotWritable(Path(folder))) from exc
    os.close(handle)
    with suppress(OSError):
        os.unlink(probe)
