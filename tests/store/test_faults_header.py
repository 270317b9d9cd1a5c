"""A 0-byte or foreign file opened as a contest is reported and never written into."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main as cli
from judge_app.store import ContestDB, DamagedContestFile, NotAContestFile, verify_audit_file

FOREIGN = {
    "empty": b"",
    "text": "比赛名单\n王伟,C01\n".encode("utf-8"),
    "pdf": b"%PDF-1.7\n" + bytes(3000),
    "truncated header": b"SQLite for",
}


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes (as a hash) and every file beside it but the lock file."""
    siblings = sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock"))
    return hashlib.sha256(path.read_bytes()).hexdigest(), siblings


@pytest.mark.parametrize("kind", FOREIGN)
def test_a_file_that_is_no_database_is_damaged_and_left_as_it_was(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "赛.judge.db"
    path.write_bytes(FOREIGN[kind])
    before = fingerprint(path)
    with pytest.raises(DamagedContestFile, match="已损坏"):
        ContestDB.open(path, actor="张三")
    with pytest.raises(DamagedContestFile):
        verify_audit_file(path)
    assert fingerprint(path) == before  # no header written, no -wal / -shm made


def test_an_empty_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "赛.judge.db"
    path.touch()
    with pytest.raises(DamagedContestFile) as info:
        ContestDB.open(path, actor="张三")
    assert "0 字节" in str(info.value) and path.stat().st_size == 0


def test_another_programs_database_is_not_a_contest_file_and_is_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE t (x)")
        other.execute("INSERT INTO t VALUES (1)")
        other.commit()
    before = fingerprint(path)
    with pytest.raises(NotAContestFile):
        ContestDB.open(path, actor="张三")
    assert fingerprint(path) == before  # not switched to WAL mode either


def test_the_command_line_reports_it_in_one_message_with_exit_8(tmp_path: Path) -> None:
    path = tmp_path / "赛.judge.db"
    path.touch()
    result = CliRunner().invoke(cli, ["roster", "show", str(path)])
    assert result.exit_code == 8 and "已损坏" in result.output and "Traceback" not in result.output
    assert path.stat().st_size == 0
