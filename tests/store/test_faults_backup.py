"""Disk full during the automatic backup after a committed change: a warning, never an error."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge_app.app.contest_file import backup_contest
from judge_app.cli.main import main as cli
from judge_app.store import ContestDB, backup
from judge_app.store.backup import backup_dir
from judge_app.store.errors import BackupFailed

from .sample import people, sample_contest


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backup copy fails half-way: part of the copy is on disk when ENOSPC comes."""
    real = backup._copy

    def half_then_full(conn: sqlite3.Connection, partial: Path, progress=None) -> None:
        real(conn, partial, progress)
        with partial.open("r+b") as out:
            out.truncate(partial.stat().st_size // 2)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", half_then_full)


def leftovers(path: Path) -> list[str]:
    folder = backup_dir(path)
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(backup.SUFFIX)) if folder.is_dir() else []


def test_a_lock_is_saved_and_the_failed_backup_is_a_warning_naming_the_folder(
        contest: ContestDB, db_path: Path, disk_full: None, caplog: pytest.LogCaptureFixture) -> None:
    before = contest.backups()
    with caplog.at_level(logging.WARNING, logger="judge_app.store"):
        contest.lock_section("电工", "practical")
    assert contest.section_state("电工", "practical") == "locked"
    [record] = [r for r in caplog.records if r.name.startswith("judge_app.store")]
    assert record.levelno == logging.WARNING and str(backup_dir(db_path)) in record.getMessage()
    assert "已保存" in record.getMessage() and "No space left" in record.getMessage()
    assert contest.backups() == before and leftovers(db_path) == []


def test_an_import_is_saved_when_its_backup_fails(contest: ContestDB, db_path: Path, disk_full: None,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    extra = [e for e in people() if e.code == "C01"]
    with caplog.at_level(logging.WARNING, logger="judge_app.store"):
        counts = contest.import_entries(extra, source="again.xlsx")
    assert counts.unchanged == 1 and "备份" in caplog.text
    assert leftovers(db_path) == []


def test_a_sqlite_disk_full_during_the_copy_leaves_nothing(contest: ContestDB, db_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def full(conn: sqlite3.Connection, partial: Path, progress=None) -> None:
        partial.write_bytes(b"SQLite format 3\x00" + bytes(4000))
        Path(f"{partial}-journal").write_bytes(bytes(512))
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full)
    contest.record_score("电工", "C01", "P1", "J1", "7.5")  # a change, else the copy is skipped
    assert contest.backup("after-draw") is None
    assert leftovers(db_path) == []


def test_a_backup_the_user_asked_for_fails_with_the_folder_named(contest: ContestDB, db_path: Path,
                                                                 disk_full: None) -> None:
    contest.close()
    with pytest.raises(BackupFailed) as info:
        backup_contest(db_path, actor="张三")
    assert info.value.folder == backup_dir(db_path) and str(backup_dir(db_path)) in str(info.value)
    assert leftovers(db_path) == []


def test_the_command_line_says_saved_with_a_warning_and_exits_0(tmp_path: Path, disk_full: None) -> None:
    path = tmp_path / "赛.judge.db"
    sample_contest(path, "测试赛").close()
    result = CliRunner().invoke(cli, ["lock", str(path), "--event", "电工", "--section", "practical",
                                      "--as", "组委会"])
    assert result.exit_code == 0, result.output
    assert "已锁定" in result.output and "! 注意 / warning" in result.output
    assert str(backup_dir(path)) in result.output and "Traceback" not in result.output
    assert leftovers(path) == []
    with ContestDB.open(path, actor="组委会") as db:
        assert db.section_state("电工", "practical") == "locked"
