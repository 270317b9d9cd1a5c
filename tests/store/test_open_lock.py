"""Creating, opening and locking contest files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from judge_app.core.errors import NotFound, StateError
from judge_app.store import (
    ContestDB,
    ContestFileExists,
    ContestFileMissing,
    ContestLocked,
    DamagedContestFile,
    NotAContestFile,
    schema,
)

HERE = Path(__file__).parent


def test_create_close_open_roundtrip(db_path: Path) -> None:
    with ContestDB.create(db_path, actor="张三", name="测试赛") as db:
        contest_id = db.meta("contest_id")
        db.set_meta("organiser", "市总工会")
        assert db.path == db_path and db.actor == "张三"
    with ContestDB.open(db_path, actor="李四") as db:
        assert db.meta("contest_id") == contest_id
        assert db.meta("name") == "测试赛"
        assert db.meta("organiser") == "市总工会"
        assert db.meta("schema_version") == str(schema.latest_version())
        assert [e.action for e in db.audit_log()] == ["contest.create", "meta.set"]
        assert db.audit_log()[0].actor == "张三"


def test_durable_pragmas(contest: ContestDB) -> None:
    conn = contest._db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_create_refuses_existing_file(db_path: Path) -> None:
    ContestDB.create(db_path, actor="张三").close()
    with pytest.raises(ContestFileExists, match="已存在"):
        ContestDB.create(db_path, actor="张三")
    assert isinstance(ContestFileExists(db_path), StateError)


def test_create_refuses_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="文件夹"):
        ContestDB.create(tmp_path / "nope" / "a.judge.db", actor="张三")


def test_open_refuses_missing_file_without_side_effects(tmp_path: Path) -> None:
    with pytest.raises(ContestFileMissing, match="找不到比赛文件"):
        ContestDB.open(tmp_path / "missing.judge.db", actor="张三")
    assert list(tmp_path.iterdir()) == []


def test_actor_is_required(db_path: Path) -> None:
    with pytest.raises(StateError, match="操作人"):
        ContestDB.create(db_path, actor="  ")


def test_meta_refuses_reserved_keys(contest: ContestDB) -> None:
    with pytest.raises(StateError, match="由程序维护"):
        contest.set_meta("contest_id", "x")


def test_plain_sqlite_file_is_not_a_contest(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAContestFile):
        ContestDB.open(path, actor="张三")
    ContestDB.create(tmp_path / "after.judge.db", actor="张三").close()  # lock of the refused file freed
    with pytest.raises(NotAContestFile):
        ContestDB.open(path, actor="张三")


def test_second_open_in_same_process_names_the_holder(contest: ContestDB, db_path: Path) -> None:
    with pytest.raises(ContestLocked) as info:
        ContestDB.open(db_path, actor="李四")
    message = str(info.value)
    assert "张三" in message and str(os.getpid()) in message and "in use by" in message
    assert info.value.holder["pid"] == os.getpid()


def test_lock_released_on_close(db_path: Path) -> None:
    ContestDB.create(db_path, actor="张三").close()
    with ContestDB.open(db_path, actor="李四"):
        assert json.loads(Path(f"{db_path}.lock").read_text("utf-8"))["actor"] == "李四"
    ContestDB.open(db_path, actor="王五").close()


def test_failed_open_releases_lock(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ContestDB.create(db_path, actor="张三").close()
    monkeypatch.setattr("judge_app.store.contest_db.schema.latest_version", lambda: 0)
    with pytest.raises(StateError, match="更新版本"):
        ContestDB.open(db_path, actor="张三")
    monkeypatch.undo()
    ContestDB.open(db_path, actor="张三").close()


@contextmanager
def holder(path: Path, actor: str) -> Iterator[subprocess.Popen[str]]:
    """A child process holding ``path``; killed at the end if still running."""
    with subprocess.Popen(
        [sys.executable, str(HERE / "child_hold.py"), str(path), actor],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().split() == ["READY", str(proc.pid)]
            yield proc
        finally:
            proc.kill()
            proc.wait()


def test_lock_held_by_child_process(db_path: Path) -> None:
    ContestDB.create(db_path, actor="张三").close()
    with holder(db_path, "裁判长老刘") as proc:
        with pytest.raises(ContestLocked) as info:
            ContestDB.open(db_path, actor="李四")
        assert f"进程 {proc.pid}" in str(info.value) and "裁判长老刘" in str(info.value)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("close\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "CLOSED"
        ContestDB.open(db_path, actor="李四").close()


def test_lock_released_when_holder_is_killed(db_path: Path) -> None:
    ContestDB.create(db_path, actor="张三").close()
    with holder(db_path, "裁判长老刘") as proc:
        with pytest.raises(ContestLocked):
            ContestDB.open(db_path, actor="李四")
        proc.kill()  # SIGKILL: no cleanup code runs in the child
        proc.wait()
        with ContestDB.open(db_path, actor="李四") as db:
            assert db.verify_audit().ok


def test_damaged_file_names_backups(contest: ContestDB, db_path: Path) -> None:
    contest.backup("before", required=True)  # one the user asked for: made even with nothing changed
    contest.close()
    with open(db_path, "r+b") as f:  # keep the header page, scramble the rest
        f.seek(4096)
        f.write(os.urandom(os.path.getsize(db_path) - 4096))
    with pytest.raises(DamagedContestFile) as info:
        ContestDB.open(db_path, actor="张三")
    message = str(info.value)
    assert str(db_path) in message and "已损坏" in message
    assert "before" in message and info.value.backups == contest.backups()
    ContestDB.open(info.value.backups[0], actor="张三").close()  # the lock was released, backup opens


def test_not_a_database_is_reported_damaged(tmp_path: Path) -> None:
    path = tmp_path / "x.judge.db"
    path.write_bytes(b"PK\x03\x04 this is an xlsx, not a contest" * 200)
    with pytest.raises(DamagedContestFile, match="没有找到备份"):
        ContestDB.open(path, actor="张三")
