"""Errors raised by the contest file store, with messages a clerk understands."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from judge_app.core.errors import JudgeAppError, NotFound, StateError


class ContestLocked(StateError):
    """Another program (or window) has the contest file open."""

    def __init__(self, path: Path, holder: dict[str, object]):
        self.path = path
        self.holder = holder
        who = holder.get("actor") or holder.get("user") or "另一程序"
        host = holder.get("host") or "?"
        pid = holder.get("pid") or "?"
        since = str(holder.get("since") or "?")[:16].replace("T", " ")
        super().__init__(
            f"比赛文件 {path} 正被 {who} ({host}, 进程 {pid}, 自 {since} 起) 使用"
            f" / in use by {who} ({host}, pid {pid}, since {since})"
        )


class _AboutFile:
    """Mixin for an error about one file: keeps ``path``; the message is ``template`` with it."""

    template = "{path}"

    def __init__(self, path: Path):
        self.path = path
        super().__init__(self.template.format(path=path))


class ContestFileExists(_AboutFile, StateError):
    """``create`` was asked for a path that already holds a file."""

    template = "比赛文件 {path} 已存在，请换一个文件名或直接打开 / file already exists"


class ContestFileMissing(_AboutFile, NotFound):
    """``open`` was asked for a file that does not exist."""

    template = "找不到比赛文件 {path} / contest file not found"


class DamagedContestFile(JudgeAppError):
    """The file fails SQLite's integrity check or is not a database at all."""

    exit_code = 8

    def __init__(self, path: Path, problems: list[str], backups: list[Path]):
        self.path = path
        self.problems = problems
        self.backups = backups
        lines = [f"比赛文件 {path} 已损坏 / contest file is damaged:"]
        lines += [f"  {p}" for p in problems[:5]]
        if backups:
            lines.append("最近的备份 / latest backups:")
            lines += [f"  {b}" for b in backups[:5]]
        else:
            lines.append("没有找到备份 / no backups found")
        super().__init__("\n".join(lines))


class NewerContestFile(StateError):
    """The file was written by a newer version of the app (unknown schema)."""

    def __init__(self, path: Path, version: int, supported: int):
        self.path = path
        super().__init__(
            f"比赛文件 {path} 由更新版本的程序创建 (格式 {version}，本程序支持到 {supported})，请升级程序"
            f" / written by a newer app version"
        )


class NotAContestFile(_AboutFile, JudgeAppError):
    """A valid SQLite file that is not a contest file (wrong file picked)."""

    template = "{path} 不是比赛文件 / not a contest file"


class ReasonRequired(StateError):
    """The action needs a written reason (unlock, voided votes, penalties)."""

    def __init__(self, what: str):
        super().__init__(f"{what}须写明原因 / a written reason is required")


class StorageError(JudgeAppError):
    """The disk refused a write (full, read-only, failing); nothing of that change was stored."""

    exit_code = 8

    def __init__(self, path: Path, message: str):
        self.path = path
        super().__init__(message)


class DiskFull(StorageError):
    """No room left on the disk (or the file may not grow any more)."""

    def __init__(self, path: Path):
        super().__init__(
            path,
            f"磁盘已满，比赛文件 {path} 无法写入；刚才的改动未保存，之前保存的内容完好。请清理磁盘空间后重试"
            f" / disk full: the last change was NOT saved, everything saved before is intact",
        )


class BackupFailed(JudgeAppError):
    """A backup copy could not be written (disk full, folder read-only ...); no part of it is left.

    The contest file itself is unaffected: after a committed change the store only warns."""

    exit_code = 8

    def __init__(self, folder: Path, exc: BaseException):
        self.folder = folder
        self.cause = cause = getattr(exc, "strerror", None) or str(exc)
        super().__init__(f"无法在备份文件夹 {folder} 中写入备份（{cause}）；请腾出磁盘空间或检查文件夹权限后用“judge-app backup”"
                         f"（文件→备份）再备份一次 / could not write a backup into {folder}")


class ContestFileReadOnly(StorageError):
    """The contest file (or its folder) cannot be written: read-only file, folder, disk or stick."""

    def __init__(self, path: Path):
        super().__init__(
            path,
            f"比赛文件 {path} 是只读的 (文件属性、文件夹权限或写保护的U盘)，无法保存；已保存的内容完好。"
            f"请复制到可写的文件夹后再打开 / contest file is read-only (file attribute, folder rights or a"
            f" write-protected stick): nothing can be saved; copy it to a writable folder",
        )


# SQLite primary result codes (the low byte of sqlite_errorcode)
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 8, 10, 13


def write_error(path: Path, exc: sqlite3.Error) -> StorageError | None:
    """The typed error for SQLite's failure to write ``path``; None when it is another error."""
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return DiskFull(path)
    if code == _SQLITE_READONLY:
        return ContestFileReadOnly(path)
    if code == _SQLITE_IOERR:
        return StorageError(
            path,
            f"写入比赛文件 {path} 失败 ({exc})：磁盘可能已满、文件超过大小限制或U盘被拔出。刚才的改动未保存，"
            f"之前保存的内容完好 / could not write the contest file (disk full, file size limit or"
            f" removed drive): the last change was NOT saved, everything saved before is intact",
        )
    return None
