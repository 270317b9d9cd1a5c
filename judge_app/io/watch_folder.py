"""Watch a folder (USB stick, shared or synced folder) for score packages, by polling; pure Python.

A file is taken only once it is complete: its size and modification time must be the same on two
polls in a row, and it must read as a whole sealed package (a half-written file does not parse:
it is reported as waiting, and looked at again when it changes). Each file version is handed to
the merge callback once; every result is logged (``logging`` and an optional log file).

A file refused for what it holds (forged, damaged, foreign, out of bounds, refused by the merge
rules) is set aside: moved into the folder's ``rejected`` subfolder with a ``.txt`` beside it
giving the reason, so it cannot stop the watch (nor stop it again after a restart); the other
files are taken as usual. A file over the package size limit is refused unread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from judge_app.core.errors import ImportRefused, JudgeAppError, excerpt
from judge_app.files import FileProblem, replace_file, write_file
from judge_app.core.package_format import MAX_FILE_BYTES, PACKAGE_SUFFIX, PackageUnreadable, too_large

log = logging.getLogger(__name__)

MERGED, REFUSED, WAITING = "merged", "refused", "waiting"
REJECTED = "rejected"  # subfolder of the watched folder that refused files are moved into
OUTCOME_LABELS = {MERGED: "已导入 / merged", REFUSED: "已拒绝 / refused", WAITING: "未写完，等待 / incomplete, waiting"}

# The merge callback: file bytes and file name → a one-line description of what was merged;
# raises JudgeAppError to refuse (PackageUnreadable when the file is not complete yet).
Merge = Callable[[bytes, str], str]


@dataclass(frozen=True)
class WatchResult:
    file: str
    outcome: str  # merged, refused, waiting
    message: str
    at: str  # local time, seconds

    def line(self) -> str:
        return f"{self.at}  {self.file}  {OUTCOME_LABELS[self.outcome]}  {self.message}"


class WatchFolder:
    """Call :meth:`poll` every few seconds; it returns what happened since the last poll."""

    def __init__(self, folder: str | Path, merge: Merge, *, log_file: str | Path | None = None):
        self.folder = Path(folder)
        self._merge = merge
        self._log_file = None if log_file is None else Path(log_file)
        self._last_seen: dict[str, tuple[int, int]] = {}  # name → (size, mtime_ns) at the last poll
        self._handled: dict[str, tuple[int, int]] = {}  # name → the version already merged/refused/waited on
        self.history: list[WatchResult] = []

    def poll(self) -> list[WatchResult]:
        results = []
        seen: dict[str, tuple[int, int]] = {}
        for path in self._candidates():
            try:
                stat = path.stat()
            except OSError:  # removed between listing and stat
                continue
            version = (stat.st_size, stat.st_mtime_ns)
            seen[path.name] = version
            if self._last_seen.get(path.name) != version or self._handled.get(path.name) == version:
                continue  # still changing, or this version was already taken
            self._handled[path.name] = version
            results.append(self._take(path))
        self._last_seen = seen
        return results

    def _candidates(self) -> list[Path]:
        """The packages in the folder: ``.jpkg`` in any case (Windows users write ``.JPKG``), not
        hidden files (a package still being written, judge_app.files' partial name)."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir()
                      if p.suffix.lower() == PACKAGE_SUFFIX and not p.name.startswith(".") and p.is_file())

    def _take(self, path: Path) -> WatchResult:
        bad_file = False  # set aside: the file's own fault, not the disk's or this contest's state
        try:
            message, outcome = self._merge(read_package_file(path), path.name), MERGED
        except PackageUnreadable as exc:
            message, outcome = str(exc), WAITING
        except ImportRefused as exc:
            message, outcome, bad_file = str(exc), REFUSED, True
        except OSError as exc:  # gone or held by another program: looked at again when it changes
            message, outcome = f"无法读取 / cannot read: {exc.strerror or exc}", REFUSED
        except JudgeAppError as exc:  # a full disk, a role that may not merge …: the file stays
            message, outcome = str(exc), REFUSED
        except Exception as exc:  # noqa: BLE001 - no file, however made, may stop the watch
            message, outcome, bad_file = f"无法处理此文件 / cannot process the file: {type(exc).__name__}: {excerpt(exc)}", REFUSED, True
        at = datetime.now().isoformat(sep=" ", timespec="seconds")
        if bad_file:
            message += set_aside(path, f"{at}  {path.name}\n{message}\n")
        result = WatchResult(path.name, outcome, message, at)
        self.history.append(result)
        (log.info if outcome == MERGED else log.warning)("%s", result.line())
        if self._log_file is not None:
            with self._log_file.open("a", encoding="utf-8") as out:
                out.write(result.line().replace("\n", " | ") + "\n")
        return result


def read_package_file(path: Path) -> bytes:
    """A package file's bytes; ImportRefused, without reading it, when it is over MAX_FILE_BYTES."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise too_large(size)
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)  # grown since: unseal refuses it


def set_aside(path: Path, reason: str) -> str:
    """Move a refused file into ``rejected/`` beside it, with ``<name>.txt`` holding ``reason``;
    returns the note to add to the message (where it went, or why it could not be moved)."""
    folder = path.parent / REJECTED
    try:
        folder.mkdir(exist_ok=True)
        target = _free_name(folder, path.name)
        replace_file(path, target)
    except (OSError, FileProblem) as exc:
        return f" （未能移入 {REJECTED} 文件夹：{_why(exc)} / could not be moved aside）"
    try:
        write_file(target.with_name(target.name + ".txt"), reason.encode("utf-8"))
    except (OSError, FileProblem) as exc:
        return f" （已移入 {REJECTED}/{target.name}，但未能写下原因：{_why(exc)} / moved aside, reason not written）"
    return f" （已移入 {REJECTED}/{target.name} / moved to {REJECTED}/）"


def _why(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/<stem>-2<suffix>`` … when a file of that name was set aside before."""
    target, n = folder / name, 2
    while target.exists():
        target, n = folder / f"{Path(name).stem}-{n}{Path(name).suffix}", n + 1
    return target
