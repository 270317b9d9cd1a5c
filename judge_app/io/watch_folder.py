"""Watch a folder (USB stick, shared or synced folder) for score packages, by polling; pure Python.

A file is taken only once it is complete: its size and modification time must be the same on two
polls in a row, and it must read as a whole sealed package (a half-written file does not parse:
it is reported as waiting, and looked at again when it changes). Each file version is handed to
the merge callback once; every result is logged (``logging`` and an optional log file).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from judge_app.core.errors import JudgeAppError
from judge_app.core.package_format import PACKAGE_SUFFIX, PackageUnreadable

log = logging.getLogger(__name__)

MERGED, REFUSED, WAITING = "merged", "refused", "waiting"
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
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir() if p.suffix == PACKAGE_SUFFIX and p.is_file())

    def _take(self, path: Path) -> WatchResult:
        try:
            message, outcome = self._merge(path.read_bytes(), path.name), MERGED
        except PackageUnreadable as exc:
            message, outcome = str(exc), WAITING
        except (JudgeAppError, OSError) as exc:
            message, outcome = str(exc), REFUSED
        result = WatchResult(path.name, outcome, message, datetime.now().isoformat(sep=" ", timespec="seconds"))
        self.history.append(result)
        (log.info if outcome == MERGED else log.warning)("%s", result.line())
        if self._log_file is not None:
            with self._log_file.open("a", encoding="utf-8") as out:
                out.write(result.line().replace("\n", " | ") + "\n")
        return result
