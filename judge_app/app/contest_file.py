"""Library functions behind every CLI command and GUI action: one call each, over core + store + io.

Each function opens the contest file it needs, does one thing, closes it, and returns plain
values or core results; errors are the typed errors of core, store and io.
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from judge_app.app import session
from judge_app.core.entries import Status
from judge_app.core.fast_engine import compute_event_fast
from judge_app.core.errors import ImportRefused, NotFound
from judge_app.core.json_input import load_json
from judge_app.core.results import EventResult
from judge_app.core.scheme import Contest
from judge_app.core.scheme_json import contest_from_dict, contest_to_dict
from judge_app.store import ContestDB
from judge_app.store.audit import AuditEntry


ACTOR_ENV = "JUDGE_APP_ACTOR"


def default_actor() -> str:
    """Who is acting when nobody said: $JUDGE_APP_ACTOR (a registered id or name), else the
    operating-system user."""
    named = os.environ.get(ACTOR_ENV, "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "organiser"


def open_contest(path: str | Path, actor: str | None = None) -> ContestDB:
    """The contest file opened as ``actor`` (default :func:`default_actor`) once they have logged
    in with the PIN the command was given (:mod:`judge_app.app.session`); use it in a ``with``."""
    return session.open_as(path, actor or default_actor(), session.pin_given())


def new_contest(path: str | Path, name: str, *, actor: str | None = None) -> Path:
    """Create an empty contest file."""
    with ContestDB.create(path, actor=actor or default_actor(), name=name) as db:
        return db.path


def read_scheme_file(file: str | Path) -> dict[str, Any]:
    """Read and check a scheme file: JSON, or the xlsx template (judge-app template scheme);
    the error names the file (and for xlsx the sheet, row and column)."""
    file = Path(file)
    if file.suffix.lower() in (".xlsx", ".xlsm"):
        from judge_app.io.scheme_xlsx import read_scheme_xlsx

        data = read_scheme_xlsx(file)
        if _normalised(data).get("events") == _normalised(_template_example()).get("events"):
            raise ImportRefused(
                f"评分标准 {file.name} 还是模板里的示例比赛，没有改动，未导入：请把各工作表的示例改成本次比赛的"
                "赛项、模块、评分项和奖项后再导入 / the template's example is unchanged, not imported")
        return data
    try:
        data = load_json(file.read_text(encoding="utf-8-sig"), f"评分标准文件 {file.name} ")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportRefused(f"无法读取评分标准文件 {file.name}: {exc}") from None
    contest_from_dict(data)
    return data


def import_scheme_file(db: ContestDB, file: str | Path) -> Contest:
    """Load a scheme file (JSON or the xlsx template) into the open contest, replacing its scheme:
    the file is checked first (nothing stored if it is wrong), then the store refuses a scheme
    that drops criteria already scored or changes an event with a locked section."""
    return _store_scheme(db, read_scheme_file(file), Path(file))


def _template_example() -> dict[str, Any]:
    """The example the xlsx template is filled with (the demo's scheme)."""
    from judge_app.resources import resource_path

    return json.loads(resource_path("demo", "scheme.json").read_text(encoding="utf-8"))


def _normalised(data: dict[str, Any]) -> dict[str, Any]:
    """A scheme dict as the store would keep it (defaults filled in), to compare two schemes (the
    example's events kept under another contest name are still the example)."""
    return contest_to_dict(contest_from_dict(data))


def import_scheme(path: str | Path, file: str | Path, *, actor: str | None = None) -> Contest:
    """:func:`import_scheme_file` into the contest file ``path`` (``judge-app scheme import``); a
    wrong file is refused before the contest is opened."""
    data = read_scheme_file(file)
    with open_contest(path, actor) as db:
        return _store_scheme(db, data, Path(file))


def _store_scheme(db: ContestDB, data: dict[str, Any], file: Path) -> Contest:
    db.set_scheme(data, reason=f"导入 {file.name}")
    return contest_from_dict(data)


def load_contest(db: ContestDB) -> Contest:
    """The contest's scheme as objects; NotFound when none was imported yet."""
    data = db.scheme_dict()
    if data is None:
        raise NotFound(f"比赛文件 {db.path.name} 还没有评分标准，请先导入 (judge-app scheme import)")
    return contest_from_dict(data)


def show_scheme(path: str | Path) -> Contest:
    """The marking scheme, to anyone (no log-in: it names no contestant)."""
    with session.open_to_read(path) as db:
        return load_contest(db)


def scheme_as_dict(contest: Contest) -> dict[str, Any]:
    return contest_to_dict(contest)


def rank_event(path: str | Path, event: str, *, actor: str | None = None) -> tuple[Contest, EventResult]:
    """Compute, rank and award one event from everything recorded in the contest file."""
    with open_contest(path, actor) as db:
        contest = load_contest(db)
        ev = contest.event(event)
        return contest, compute_event_fast(ev, db.event_inputs(ev))


@dataclass(frozen=True)
class AuditSummary:
    ok: bool
    entries: int
    problems: list[str]
    notes: list[str]


def verify_audit(path: str | Path, passphrase: str | None = None) -> AuditSummary:
    """Check the audit chain, the data it logs and the seals of a contest file (with the seal
    ``passphrase``, their HMACs too) without taking its lock."""
    from judge_app.store import verify_audit_file

    report = verify_audit_file(path, passphrase)
    return AuditSummary(report.ok, report.entries, list(report.problems), list(report.notes))


def has_seal_passphrase(path: str | Path) -> bool:
    """Whether the contest file has a seal passphrase (read-only, no lock)."""
    from judge_app.store.seals import file_has_passphrase

    return file_has_passphrase(Path(path))


def seal_key_needed(db: ContestDB) -> bool:
    """Whether the acting person must give the seal passphrase before a lock or publication."""
    return db.seal_key_needed()


def unlock_seals(db: ContestDB, passphrase: str) -> None:
    """Take the seal passphrase for this session's locks and publications (WrongPassphrase)."""
    db.unlock_seals(passphrase)


def seal_passphrase_set(db: ContestDB) -> bool:
    """Whether the contest has a seal passphrase (a change then needs the old one)."""
    return db.seal_passphrase_set()


def change_seal_passphrase(db: ContestDB, passphrase: str, *, old: str | None = None) -> None:
    """Set (or, with the ``old`` one, change) the seal passphrase as the logged-in chief judge or
    supervisor; it is then held for this session's locks and publications."""
    db.set_seal_passphrase(passphrase, old=old)


def set_seal_passphrase(path: str | Path, passphrase: str, *, old: str | None = None,
                        actor: str | None = None) -> None:
    """Set (or, with the ``old`` one, change) the seal passphrase: chief judge or supervisor."""
    with open_contest(path, actor) as db:
        change_seal_passphrase(db, passphrase, old=old)


def take_backup(db: ContestDB, folder: str | Path | None = None, *,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """A copy of the open contest file now, by SQLite's backup API (文件→备份): into ``folder``
    (default: the file's own ``<name>.backups`` folder); ``progress(pages done, pages in all)``
    during a large copy. Audited; BackupFailed names the folder when it cannot be written."""
    return db.take_backup(None if folder is None else Path(folder), progress)


def default_backup_folder(path: str | Path) -> Path:
    """Where a contest file's backups go unless another folder is chosen: ``<name>.backups``
    next to it."""
    from judge_app.store.backup import backup_dir

    return backup_dir(Path(path))


def backup_contest(path: str | Path, *, actor: str | None = None, folder: str | Path | None = None) -> Path:
    """:func:`take_backup` of the contest file at ``path`` (``judge-app backup``)."""
    with open_contest(path, actor) as db:
        return take_backup(db, folder)


def check_case(file: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Run a worked case through a throwaway contest file; results in the expected-results form."""
    from judge_app.io.case_format import expected_form, load_case

    case = load_case(file)
    with tempfile.TemporaryDirectory(prefix="judge-case-") as tmp:
        path = Path(tmp) / "case.judge"
        with ContestDB.create(path, actor="check-case", name=str(case.scheme["contest"].get("name", ""))) as db:
            db.set_scheme(case.scheme, reason="check-case")
            contest = load_contest(db)
            # statuses last: a case may hold the scores of someone disqualified afterwards
            db.import_entries([replace(e, status=Status.OK) for e in case.entries], source=str(file))
            for score in case.scores:
                db.record_score(score.event, score.code, score.criterion, score.judge, score.value)
            for entry in case.entries:
                if entry.status is not Status.OK:
                    db.set_status(entry.event, entry.code, entry.status, reason="check-case")
            for event, code, penalty in case.penalties:
                db.add_penalty(event, code, penalty.section, penalty.points, reason=penalty.reason)
            for event, code, votes, voided, reason in case.votes:
                db.set_votes(event, code, votes, voided=voided, reason=reason)
            for event, code, value in case.playoffs:
                db.set_playoff(event, code, value)
            return {ev.name: expected_form(compute_event_fast(ev, db.event_inputs(ev))) for ev in contest.events}


def import_scores(path: str | Path, file: str | Path, *, event: str | None = None, actor: str | None = None) -> int:
    """Load a long score file (编号, 裁判, 评分项, 分数 [, 赛项]) all or nothing; returns the count."""
    from judge_app.io.scores_csv import iter_score_lines

    with open_contest(path, actor) as db:
        contest = load_contest(db)
        recused = {ev.id: db.recused(ev.id) for ev in contest.events}
        lines = iter_score_lines(file, contest, db.entries(), event=event, recused=recused)  # checked as stored
        return len(db.record_scores((s.event, s.code, s.criterion, s.judge, s.value) for s in lines))
