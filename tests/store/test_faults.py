"""Hostile conditions: a full disk, a read-only contest file, a second program, an old copy.

Each writes through the store in a child process (tests/store/child_faults.py) and then checks
that the error was a typed one with a clear message and that the last good state is intact:
every acknowledged score present, ``PRAGMA integrity_check`` ok, the audit chain verifies.
(SIGKILL at random moments: test_durability.py; tampering with rows: test_audit.py and
tests/cli/test_audit_verify.py.)
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main as cli
from judge_app.store import ContestDB, DiskFull, verify_audit_file

from .test_durability import expected_after, integrity
from .test_open_lock import holder

HERE = Path(__file__).parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits and users")


def run_child(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(HERE / "child_faults.py"), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def acknowledged(lines: list[str]) -> int:
    return max((int(line.split()[1]) for line in lines if line.startswith("ACK ")), default=0)


def error_line(lines: list[str]) -> str:
    errors = [line for line in lines if line.startswith("ERROR ")]
    assert len(errors) == 1, lines
    return errors[0]


def assert_intact(path: Path, acks: int) -> None:
    """Integrity ok, exactly the acknowledged scores, the chain and the anchor verify."""
    assert integrity(path) == "ok"
    report = verify_audit_file(path)
    assert report.ok, report.problems
    with ContestDB.open(path, actor="检查") as db:
        assert {(r.code, r.judge): r.value for r in db.scores() if r.value is not None} == expected_after(acks)
        assert db.verify_audit().ok


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@posix_only
def test_disk_full_is_a_clear_error_and_keeps_what_was_saved(contest: ContestDB, db_path: Path) -> None:
    contest.close()  # the last close checkpoints: the child starts with an empty WAL
    limit = db_path.stat().st_size + 64 * 1024  # room for a few saves, then "disk full"
    lines = run_child("full", str(db_path), str(limit))
    acks = acknowledged(lines)
    assert acks >= 1, lines
    error = error_line(lines)
    # ENOSPC gives DiskFull; going past RLIMIT_FSIZE (EFBIG) is an I/O error to SQLite: StorageError
    assert error.split()[1] in ("DiskFull", "StorageError"), error
    assert "磁盘" in error and "已满" in error and "NOT saved" in error
    assert lines[-1] == f"STILL {len(expected_after(acks))}"  # the same open store still reads its state
    assert_intact(db_path, acks)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder other users may enter (the read-only child may run as the user nobody)."""
    folder = Path(tempfile.mkdtemp(prefix="judge-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for p in folder.rglob("*"):
            p.chmod(0o755 if p.is_dir() else 0o644)
        shutil.rmtree(folder)


def saved_contest(folder: Path, acks: int) -> Path:
    """A contest file in ``folder`` with operations 1..acks recorded."""
    from .child_record import operation
    from .sample import people, scheme

    path = folder / "只读.judge.db"
    with ContestDB.create(path, actor="张三") as db:
        db.set_scheme(scheme())
        db.import_entries(people(), source="roster.xlsx")
        for n in range(1, acks + 1):
            code, judge, value = operation(n)
            db.record_score("电工", code, "P1", judge, value)
    return path


@posix_only
@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_contest_is_refused_clearly_and_left_alone(shared_folder: Path, what: str) -> None:
    path = saved_contest(shared_folder, 3)
    before = digest(path)
    path.chmod(0o444)
    shared_folder.chmod(0o555 if what == "folder" else 0o777)
    lines = run_child("readonly", str(path))
    shared_folder.chmod(0o755)
    path.chmod(0o644)
    error = error_line(lines)
    assert error.startswith("ERROR ContestFileReadOnly 比赛文件") and "只读" in error and "read-only" in error
    assert acknowledged(lines) == 0 and not any(line.startswith("STILL") for line in lines)
    assert digest(path) == before
    assert_intact(path, 3)


def test_second_program_is_told_who_holds_the_file(contest: ContestDB, db_path: Path) -> None:
    contest.close()
    with holder(db_path, "记分员小王") as proc:
        result = CliRunner().invoke(cli, ["backup", str(db_path)])
    assert result.exit_code == 6, result.output
    assert "记分员小王" in result.output and f"进程 {proc.pid}" in result.output
    assert "Traceback" not in result.output


def test_typed_error_for_a_failing_write_inside_a_transaction(contest: ContestDB, db_path: Path) -> None:
    """SQLite's SQLITE_FULL (here: the file may not grow) surfaces as DiskFull, all rolled back."""
    contest.record_score("电工", "C01", "P1", "J1", 5)
    page_count = contest._db.execute("PRAGMA page_count").fetchone()[0]
    contest._db.execute(f"PRAGMA max_page_count = {page_count}")  # the file may not grow: "full"
    many = [("电工", f"C0{i % 5 + 1}", "P1", f"J{i % 5 + 1}", i % 60) for i in range(400)]
    with pytest.raises(DiskFull, match="磁盘已满"):
        contest.record_scores(many)
    assert [(r.code, r.judge, r.value) for r in contest.scores() if r.value is not None] == [("C01", "J1", 5)]
