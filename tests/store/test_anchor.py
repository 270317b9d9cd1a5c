"""The audit anchor outside the file: a contest file swapped for an older copy is detected."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from judge_app.store import ContestDB, verify_audit_file
from judge_app.store.anchor import MISMATCH_ACTION, RECORD_SIZE, anchor_path, read_anchor


def head_of(db: ContestDB) -> tuple[int, str]:
    last = db.audit_log(limit=1)[0]
    return last.seq, last.hash


def test_anchor_follows_every_commit(contest: ContestDB, db_path: Path) -> None:
    for value in (5, 6, 7):
        contest.record_score("电工", "C01", "P1", "J1", value)
        found = read_anchor(db_path)
        assert found is not None
        assert (found.seq, found.hash) == head_of(contest)
        assert found.contest_id == contest.meta("contest_id")
    assert anchor_path(db_path).stat().st_size == RECORD_SIZE


def test_file_replaced_by_older_backup_is_detected(contest: ContestDB, db_path: Path) -> None:
    contest.record_score("电工", "C01", "P1", "J1", 5)
    old = contest.backup("before-final")
    contest.record_score("电工", "C01", "P1", "J1", 55)
    contest.close()
    assert verify_audit_file(db_path).ok
    shutil.copy(old, db_path)
    report = verify_audit_file(db_path)
    assert not report.ok
    assert len(report.problems) == 1 and "文件比外部锚点记录的旧" in report.problems[0]
    assert "replaced by an older backup" in report.problems[0]


def test_replacement_stays_on_record_after_the_app_opens_the_file(contest: ContestDB, db_path: Path) -> None:
    contest.record_score("电工", "C01", "P1", "J1", 5)
    old = contest.backup("before-final")
    contest.record_score("电工", "C01", "P1", "J1", 55)
    contest.close()
    shutil.copy(old, db_path)
    with ContestDB.open(db_path, actor="李四") as db:  # opening rewrites the anchor: evidence kept in the log
        entry = db.audit_log(limit=1)[0]
        assert entry.action == MISMATCH_ACTION and "文件比外部锚点记录的旧" in entry.reason
        assert not db.verify_audit().ok
        db.record_score("电工", "C02", "P1", "J1", 9)
    report = verify_audit_file(db_path)
    assert not report.ok and len(report.problems) == 1
    assert f"第 {entry.seq} 条" in report.problems[0] and "打开时" in report.problems[0]


def test_same_length_rewrite_with_another_history_is_detected(contest: ContestDB, db_path: Path, tmp_path: Path) -> None:
    """An older copy that has since received as many entries as the original still differs."""
    contest.record_score("电工", "C01", "P1", "J1", 5)
    old = contest.backup("fork")
    contest.record_score("电工", "C01", "P1", "J1", 55)
    contest.close()
    fork = tmp_path / "fork.judge.db"
    shutil.copy(old, fork)
    with ContestDB.open(fork, actor="王五") as db:
        db.record_score("电工", "C01", "P1", "J1", 44)  # same number of entries, other values
    shutil.copy(fork, db_path)
    problems = verify_audit_file(db_path).problems
    assert len(problems) == 1 and "与外部锚点不符" in problems[0]


def test_another_contest_copied_over_is_detected(contest: ContestDB, db_path: Path, tmp_path: Path) -> None:
    contest.close()
    other = tmp_path / "other.judge.db"
    ContestDB.create(other, actor="张三").close()
    shutil.copy(other, db_path)
    problems = verify_audit_file(db_path).problems
    assert len(problems) == 1 and "另一个比赛文件" in problems[0]


def test_lagging_anchor_is_fine(contest: ContestDB, db_path: Path) -> None:
    """After a crash the anchor may miss the last commits: still part of the chain, no alarm."""
    stale = anchor_path(db_path).read_bytes()
    contest.record_score("电工", "C01", "P1", "J1", 5)
    contest.close()
    anchor_path(db_path).write_bytes(stale)
    assert verify_audit_file(db_path).ok
    with ContestDB.open(db_path, actor="李四") as db:
        assert db.verify_audit().ok and read_anchor(db_path).seq == head_of(db)[0]


def test_garbled_anchor_is_reported(contest: ContestDB, db_path: Path) -> None:
    contest.close()
    anchor_path(db_path).write_text("judge_app.anchor/1 edited by hand", encoding="utf-8")
    problems = verify_audit_file(db_path).problems
    assert len(problems) == 1 and "无法读取" in problems[0]


@pytest.mark.parametrize("seq", ["1²", "٣", "9" * 40])
def test_an_anchor_with_digits_int_cannot_read_is_reported_not_raised(contest: ContestDB, db_path: Path,
                                                                      seq: str) -> None:
    """``str.isdigit`` takes ``²`` (which ``int`` refuses) and ``٣`` (which it reads as 3)."""
    contest.close()
    good = read_anchor(db_path)
    anchor_path(db_path).write_text(f"judge_app.anchor/1 {good.contest_id} {seq} {good.hash}", encoding="utf-8")
    problems = verify_audit_file(db_path).problems
    assert len(problems) == 1 and "无法读取" in problems[0]
    ContestDB.open(db_path, actor="李四").close()  # opening records it instead of raising ValueError
    assert any("无法读取" in p for p in verify_audit_file(db_path).problems)


def test_a_recorded_head_edited_by_hand_opens_and_is_reported(contest: ContestDB, db_path: Path) -> None:
    """meta's audit_head edited to a non-number: the file still opens (the anchor stays where it
    was instead of a ValueError) and ``audit verify`` names the head."""
    contest.close()
    anchored = read_anchor(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE meta SET value = 'x:abc' WHERE key = 'audit_head'")
    conn.commit()
    conn.close()
    ContestDB.open(db_path, actor="李四").close()
    assert read_anchor(db_path) == anchored
    assert any("日志末尾与记录的第 x 条不符" in p for p in verify_audit_file(db_path).problems)


def test_missing_anchor_is_a_note_not_a_problem(contest: ContestDB, db_path: Path) -> None:
    contest.close()
    anchor_path(db_path).unlink()
    report = verify_audit_file(db_path)
    assert report.ok and report.problems == []
    assert len(report.notes) == 1 and "没有外部锚点" in report.notes[0]
    ContestDB.open(db_path, actor="李四").close()  # the next open anchors the file again
    assert verify_audit_file(db_path).notes == []


def test_failed_anchor_write_does_not_fail_a_committed_save(contest: ContestDB, db_path: Path) -> None:
    anchor_path(db_path).unlink()
    anchor_path(db_path).mkdir()  # a folder where the anchor goes: every write fails
    try:
        assert contest.record_score("电工", "C01", "P1", "J1", 5) == 1
    finally:
        anchor_path(db_path).rmdir()
    assert [r.value for r in contest.scores()] == [5]


def test_removing_a_contest_file_removes_its_anchor(contest: ContestDB, db_path: Path) -> None:
    from judge_app.store.connection import remove_contest_file

    contest.close()
    assert anchor_path(db_path).exists()
    remove_contest_file(db_path)
    assert not db_path.exists() and not anchor_path(db_path).exists()
