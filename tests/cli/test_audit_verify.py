"""`judge-app audit verify` detects hand-edited rows, deleted rows and a file swapped for an older backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge_app.cli.main import main
from judge_app.store import ContestDB


def verify(path: Path) -> Result:
    return CliRunner().invoke(main, ["audit", "verify", str(path)])


def tamper(path: Path, statement: str) -> None:
    """What a person with the sqlite3 shell could do: drop the append-only triggers, then edit."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "演示.judge.db"
    assert CliRunner().invoke(main, ["demo", str(path)]).exit_code == 0
    result = verify(path)
    assert result.exit_code == 0 and "audit chain ok" in result.output and "note" not in result.output
    return path


def assert_broken(path: Path, *phrases: str) -> None:
    result = verify(path)
    assert result.exit_code == 2, result.output
    assert "BROKEN" in result.output and "Traceback" not in result.output
    for phrase in phrases:
        assert phrase in result.output, result.output


def test_hand_edited_score_in_the_log(demo: Path) -> None:
    tamper(demo, "UPDATE audit SET new = '99.5' WHERE seq = 12")
    assert_broken(demo, "第 12 条内容被改动")


def test_hand_edited_actor(demo: Path) -> None:
    tamper(demo, "UPDATE audit SET actor = '裁判长' WHERE seq = 3")
    assert_broken(demo, "第 3 条内容被改动")


def test_deleted_rows(demo: Path) -> None:
    tamper(demo, "DELETE FROM audit WHERE seq BETWEEN 20 AND 22")
    assert_broken(demo, "第 20–22 条缺失", "第 23 条与前一条不衔接")


def test_deleted_last_rows(demo: Path) -> None:
    tamper(demo, "DELETE FROM audit WHERE seq > (SELECT MAX(seq) - 2 FROM audit)")
    assert_broken(demo, "日志末尾与记录的第")


def test_file_replaced_by_an_older_backup(demo: Path) -> None:
    with ContestDB.open(demo, actor="记分员") as db:
        old = db.backup("上午")
        db.set_meta("notes", "下午的改动")
    shutil.copy(old, demo)
    assert_broken(demo, "文件比外部锚点记录的旧", "replaced by an older backup")


def test_older_backup_with_its_tail_forged_is_still_caught(demo: Path) -> None:
    """Cutting the log and fixing the recorded head inside the file does not fool the anchor."""
    with ContestDB.open(demo, actor="记分员") as db:
        db.set_meta("notes", "x")
        entries = len(db.audit_log())
        kept = db.audit_log()[-2]
    tamper(demo, f"DELETE FROM audit WHERE seq = {entries}")
    tamper(demo, f"UPDATE meta SET value = '{kept.seq}:{kept.hash}' WHERE key = 'audit_head'")
    assert_broken(demo, "文件比外部锚点记录的旧")
