"""The audit log is append-only and tamper-evident."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from judge_app.store import ContestDB, NotAContestFile, verify_audit_file
from judge_app.store.audit import GENESIS_HASH, entry_hash


@pytest.fixture
def logged(contest: ContestDB, db_path: Path) -> Path:
    """A closed contest file with eleven audit entries (the lock logs the entries' digest first)."""
    for n in range(1, 7):
        contest.record_score("电工", "C01", "P1", "J1", n)
    contest.lock_section("电工", "practical")
    assert len(contest.audit_log()) == 11
    contest.close()
    return db_path


def tamper(path: Path, *sql: str) -> None:
    """Edit the file by hand as a person with the sqlite3 shell could (triggers dropped first)."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_untouched_log_verifies(logged: Path) -> None:
    report = verify_audit_file(logged)
    assert (report.ok, report.entries, report.problems) == (True, 11, [])
    with ContestDB.open(logged, actor="监督") as db:
        assert db.verify_audit().ok


def test_chain_links_every_entry(logged: Path) -> None:
    with ContestDB.open(logged, actor="监督") as db:
        log = db.audit_log()
    assert log[0].prev_hash == GENESIS_HASH
    for before, after in zip(log, log[1:]):
        assert after.prev_hash == before.hash and after.seq == before.seq + 1
    e = log[3]
    assert e.hash == entry_hash(e.prev_hash, e.seq, e.ts, e.actor, e.action, e.target, e.old, e.new, e.reason)


def test_triggers_refuse_update_and_delete(logged: Path) -> None:
    conn = sqlite3.connect(logged)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE audit SET new = '60' WHERE seq = 4")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM audit WHERE seq = 4")
    finally:
        conn.close()
    assert verify_audit_file(logged).ok


def test_edited_entry_is_named(logged: Path) -> None:
    tamper(logged, "UPDATE audit SET new = '60' WHERE seq = 4")
    report = verify_audit_file(logged)
    assert not report.ok
    assert report.problems == ["第 4 条内容被改动 / entry 4 was edited (hash mismatch)"]


def test_edit_with_recomputed_hash_breaks_the_next_link(logged: Path) -> None:
    conn = sqlite3.connect(logged)
    row = conn.execute(
        "SELECT seq, ts, actor, action, target, old, new, reason, prev_hash FROM audit WHERE seq = 4"
    ).fetchone()
    conn.close()
    seq, ts, actor, action, target, old, _, reason, prev = row
    forged = entry_hash(prev, seq, ts, actor, action, target, old, "60", reason)
    tamper(logged, f"UPDATE audit SET new = '60', hash = '{forged}' WHERE seq = 4")
    problems = verify_audit_file(logged).problems
    assert problems == [
        "第 5 条与前一条不衔接 (前面的记录被删除、改动或调换) / entry 5 does not link to the previous entry"
        " (deleted, edited or reordered)"
    ]


def test_deleted_entry_shows_as_a_gap(logged: Path) -> None:
    tamper(logged, "DELETE FROM audit WHERE seq = 6")
    problems = verify_audit_file(logged).problems
    assert problems[0] == "第 6 条缺失 (被删除) / entry 6 missing (deleted)"
    assert "第 7 条与前一条不衔接" in problems[1]


def test_cut_off_end_shows(logged: Path) -> None:
    tamper(logged, "DELETE FROM audit WHERE seq >= 9")
    report = verify_audit_file(logged)
    assert not report.ok and report.entries == 8
    assert "日志末尾与记录的第 11 条不符" in report.problems[0]


def test_reordered_entries_show(logged: Path) -> None:
    columns = "ts, actor, action, target, old, new, reason, prev_hash, hash"
    tamper(
        logged,
        f"CREATE TEMP TABLE a AS SELECT {columns} FROM audit WHERE seq = 3",
        f"CREATE TEMP TABLE b AS SELECT {columns} FROM audit WHERE seq = 4",
        f"UPDATE audit SET ({columns}) = (SELECT {columns} FROM b) WHERE seq = 3",
        f"UPDATE audit SET ({columns}) = (SELECT {columns} FROM a) WHERE seq = 4",
    )
    problems = verify_audit_file(logged).problems
    assert any("第 3 条与前一条不衔接" in p for p in problems)
    assert "第 3 条内容被改动 / entry 3 was edited (hash mismatch)" in problems


def test_verify_file_takes_no_lock(contest: ContestDB, db_path: Path) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "5")
    report = verify_audit_file(db_path)  # while the contest is open elsewhere
    assert report.ok and report.entries == len(contest.audit_log())


def test_verify_file_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with closing(sqlite3.connect(path)) as other:  # another program's database
        other.execute("CREATE TABLE t (x)")
    with pytest.raises(NotAContestFile):
        verify_audit_file(path)


def test_audit_log_limit_gives_latest_in_order(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "5")
    contest.record_score("电工", "C01", "P1", "J1", "6")
    assert [e.new for e in contest.audit_log(limit=2)] == ["5", "6"]
    assert contest.audit_log()[-2:] == contest.audit_log(limit=2)


def test_several_deleted_entries_show_as_one_gap(logged: Path) -> None:
    tamper(logged, "DELETE FROM audit WHERE seq IN (4, 5, 6)")
    assert verify_audit_file(logged).problems[0] == "第 4–6 条缺失 (被删除) / entry 4–6 missing (deleted)"
