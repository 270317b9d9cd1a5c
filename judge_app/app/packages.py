"""Judge kits and score packages (CLI ``kit``, ``package``, ``merge``, ``watch``, ``arrivals``; the GUI's
arrivals page): each function takes the open contest (its actor is the acting person), but
:func:`open_kit`, which makes the laptop's file."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from judge_app import files
from judge_app.core.errors import JudgeAppError, NotFound
from judge_app.core.people import Role
from judge_app.core.pins import normalize_pin
from judge_app.core.package_format import KIT_SUFFIX, read_kit
from judge_app.io.watch_folder import WatchFolder, WatchResult, read_package_file
from judge_app.store import ContestDB
from judge_app.store.packages_store import Arrival, Conflict


def write_file(path: Path, data: bytes) -> Path:
    """Write via a hidden temporary name, flushed, then renamed (judge_app.files: retried while
    held open, typed errors): a watcher never sees a half file."""
    if not path.parent.is_dir():
        raise NotFound(f"文件夹 {path.parent} 不存在 / folder not found")
    return files.write_file(path, data, durable=True)


def make_kit(db: ContestDB, judge: str, out: str | Path) -> Path:
    """Write the judge kit of ``judge`` to ``out`` (a folder gets ``<judge>.jkit`` inside)."""
    out = Path(out)
    data = db.make_kit(judge)
    target = out / f"{judge.strip()}{KIT_SUFFIX}" if out.is_dir() else out
    return write_file(target, data)


def make_kits(db: ContestDB, judges: Iterable[str], folder: str | Path) -> list[Path]:
    """The kits of several judges into ``folder`` (``<judge>.jkit`` each, the 评委U盘包), in order."""
    return [make_kit(db, judge, Path(folder)) for judge in judges]


#: Who registers the kit's judge on a fresh laptop file (nobody is registered there yet).
KIT_ORGANISER = "管理员"


def open_kit(kit: str | Path, local: str | Path, *, pin: str | None = None) -> str:
    """Create the judge laptop's contest file ``local`` from a kit; returns the judge id.

    With ``pin``, the kit's judge is registered in ``local`` with that PIN (by the organiser of
    the fresh file), so the judge logs in on the laptop as themself."""
    pin = None if pin is None else normalize_pin(pin)  # a bad PIN refused before the file is made
    try:
        data = Path(kit).read_bytes()
    except OSError as exc:
        raise NotFound(f"无法读取评委包 {kit}: {exc.strerror} / cannot read the kit") from None
    with ContestDB.from_kit(data, local) as db:
        judge = db.kit_judge() or ""
        if pin is not None:
            db.act_as(KIT_ORGANISER)
            db.add_judge(judge, read_kit(data).judge_name or judge, role=Role.JUDGE, pin=pin)
        return judge


def export_package(db: ContestDB, out_dir: str | Path) -> Path:
    """Write a score package of the open laptop file into ``out_dir``; returns its path."""
    name, data = db.export_package()
    return write_file(Path(out_dir) / name, data)


@dataclass(frozen=True)
class MergeOutcome:
    file: str
    merged: bool
    message: str


def merge_packages(db: ContestDB, files: Iterable[str | Path]) -> list[MergeOutcome]:
    """Merge each package file, one by one; a refused one is reported and changes nothing."""
    outcomes = []
    for file in map(Path, files):
        try:
            result = db.merge_package(read_package_file(file), file=file.name)
            outcomes.append(MergeOutcome(file.name, True, result.describe()))
        except OSError as exc:
            outcomes.append(MergeOutcome(file.name, False, f"无法读取 / cannot read: {exc.strerror}"))
        except JudgeAppError as exc:
            outcomes.append(MergeOutcome(file.name, False, str(exc)))
    return outcomes


def poll_folder(db: ContestDB, folder: str | Path,
                watcher: WatchFolder | None = None) -> tuple[WatchFolder, list[WatchResult]]:
    """Look once into a watched ``folder``, merging the packages new there into the open contest
    (every result also goes to ``<contest>.watch.log``). Pass the watcher returned last time back
    in, so a package is taken once; the first call (None) starts watching."""
    if watcher is None:
        watcher = WatchFolder(folder, lambda data, name: db.merge_package(data, file=name).describe(),
                              log_file=Path(f"{db.path}.watch.log"))
    return watcher, watcher.poll()


def watch(db: ContestDB, folder: str | Path, *, polls: int | None, interval: float,
          report: Callable[[WatchResult], None]) -> list[WatchResult]:
    """Poll ``folder`` ``polls`` times (None: until interrupted) with :func:`poll_folder`; every
    result goes to ``report``."""
    watcher = None
    count = 0
    while polls is None or count < polls:
        if count:
            time.sleep(interval)
        watcher, results = poll_folder(db, folder, watcher)
        for result in results:
            report(result)
        count += 1
    return watcher.history if watcher is not None else []


def arrivals(db: ContestDB) -> tuple[list[Arrival], list[Conflict]]:
    """The arrival board and the open conflicts of a contest."""
    return db.arrivals(), db.conflicts()


def resolve_conflict(db: ContestDB, conflict: Conflict, value: object, *, reason: str) -> int:
    """The chief judge settles a conflict between two packages (``value``: the one kept, None to
    clear it); returns the revision saved."""
    return db.resolve_conflict(conflict.event, conflict.code, conflict.criterion, conflict.judge, value,
                               reason=reason)
