"""``audit verify`` replays the log against the stored rows: a row edited with sqlite3 behind the
store's back (the log untouched) is named with the log entry, the row and both values."""

from __future__ import annotations

import dataclasses
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.core.entries import Status
from judge_app.store import ContestDB, audit, verify_audit_file
from tests.store.sample import register_organiser

SEED = 20261125


def _seq(path: Path, action: str, target: str) -> int:
    """The seq of the latest audit entry ``action`` on ``target``."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT MAX(seq) FROM audit WHERE action = ? AND target = ?", (action, target)).fetchone()[0]


@pytest.fixture
def day(contest: ContestDB, db_path: Path) -> tuple[Path, list[str]]:
    """A closed contest file after a morning's work: 电工 drawn (codes are 检录号), scores, a
    cleared score, a penalty, a 缺考, a time, a play-off, votes of 工匠, a locked section, a judge
    of the entries' unit and one marked as related to an entry (回避)."""
    contest.draw_lots("电工", 1, seed=SEED)
    codes = sorted(e.code for e in contest.entries("电工"))
    c1, c2 = codes[:2]
    contest.record_score("电工", c1, "P1", "J1", "50")
    contest.record_score("电工", c2, "P1", "J1", "45")
    contest.record_score("电工", c2, "P2", "J1", "20")
    contest.clear_score("电工", c2, "P2", "J1", reason="录错")
    contest.add_penalty("电工", c1, "practical", Decimal("5"), reason="安全违规")
    contest.set_status("电工", codes[4], Status.ABSENT, reason="未到")
    contest.set_time("电工", c1, 1500)
    contest.set_playoff("电工", c2, Decimal("8.5"))
    contest.set_votes("工匠", "G1", 120, voided=3, reason="刷票")
    contest.lock_section("电工", "theory")
    register_organiser(contest)  # 张三, so that judges can be registered: J2 of every 电工 entry's unit
    contest.add_judge("J2", "裁判二", unit="供电公司")
    contest.add_judge("J3", "裁判三")
    contest.add_recusal("J3", codes[2], event="电工", reason="亲属")
    contest.close()
    return db_path, codes


def _edit(path: Path, *sql: str) -> list[str]:
    """Edit the data (not the log) as anyone with the sqlite3 shell could; the problems verify names."""
    with sqlite3.connect(path) as conn:
        for statement in sql:
            conn.execute(statement)
    report = verify_audit_file(path)
    assert not report.ok
    return report.problems


def test_an_honest_day_replays_clean(day: tuple[Path, list[str]]) -> None:
    report = verify_audit_file(day[0])
    assert (report.ok, report.problems, report.notes) == (True, [], [])


def test_an_edited_score_is_named_with_entry_row_and_both_values(day: tuple[Path, list[str]]) -> None:
    path, (c1, *_) = day
    seq = _seq(path, "score.record", f"电工/{c1}/P1/J1")
    assert _edit(path, "UPDATE scores SET value = '58' WHERE value = '50'") == [
        f"分数 / score 电工/{c1}/P1/J1：数据库中为 58，审计日志第 {seq} 条记为 50 (被直接改动)"
        f" / stored 58, audit entry {seq} says 50: edited by hand"]


_ENTRIES_EDITED = "赛项“电工”的选手信息（姓名、单位、状态、用时等）与审计日志第"


@pytest.mark.parametrize("sql, found", [
    ("DELETE FROM scores WHERE value = '45'", "分数 / score 电工/{c2}/P1/J1：数据库中为 （空）/ (none)，审计日志第"),
    ("UPDATE scores SET value = '20' WHERE value IS NULL", "分数 / score 电工/{c2}/P2/J1：数据库中为 20，"),
    ("INSERT INTO scores VALUES ((SELECT id FROM entries WHERE code = '{c3}'), 'P1', 'J2', '60', 1, 'x', 'x')",
     "分数 / score 电工/{c3}/P1/J2：数据库中为 60，审计日志没有这项记录 (被直接写入)"),
    ("UPDATE scores SET entry_id = (SELECT id FROM entries WHERE code = '{c3}') WHERE value = '50'",
     "分数 / score 电工/{c3}/P1/J1：数据库中为 50，审计日志没有这项记录"),
    ("UPDATE section_states SET state = 'open'", "模块状态 / section state 电工/theory：数据库中为 open，"),
    ("INSERT INTO section_states VALUES ('电工', 'practical', 'locked', 'x', 'x')",
     "模块状态 / section state 电工/practical：数据库中为 locked，审计日志没有这项记录"),
    ("UPDATE entries SET status = 'ok' WHERE status = 'absent'", "选手状态 / entry status 电工/{c5}：数据库中为 ok，"),
    ("UPDATE entries SET status = 'disqualified' WHERE code = '{c5}'", "数据库中为 disqualified，"),
    ("UPDATE entries SET time_s = 1400 WHERE time_s = 1500", "用时 / time 电工/{c1}：数据库中为 1400，"),
    ("UPDATE penalties SET points = '1'", "扣分 / penalty 电工/{c1}/practical：数据库中为 1，"),
    ("DELETE FROM penalties", "扣分 / penalty 电工/{c1}/practical：数据库中为 （无）/ (none)，"),
    ("UPDATE votes SET voided = 0", "票数 / votes 工匠/G1：数据库中为 120 (作废 0)，"),
    ("UPDATE playoffs SET value = '9'", "加赛成绩 / play-off 电工/{c2}：数据库中为 9，"),
    ("INSERT INTO unseals VALUES ('电工', 'x', 'x', '')", "解密 / unseal 电工：数据库中为 unsealed，审计日志没有这项记录"),
    ("INSERT INTO publications VALUES ('电工', 'final', 'x', 'x')", "公示状态 / publication 电工：数据库中为 final，"),
    ("UPDATE draws SET seed = seed || '1'", "抽签记录 电工 第 1 次：与审计日志第"),
    ("DELETE FROM recusals WHERE kind = 'related'", "回避（关联） / recusal 电工/{c3}/J3：数据库中为 （空）/ (none)，"),
    ("DELETE FROM recusals WHERE kind = 'unit' AND entry_id = (SELECT id FROM entries WHERE code = '{c1}')",
     "回避（同单位） / unit recusal 电工/{c1}/J2：数据库中为 （空）/ (none)，"),
    ("INSERT INTO recusals VALUES ((SELECT id FROM entries WHERE code = '{c1}'), 'J1', 'related', '', 'x', 'x')",
     "回避（关联） / recusal 电工/{c1}/J1：数据库中为 关联，审计日志没有这项记录 (被直接写入)"),
    ("UPDATE entries SET name = '李娜' WHERE name = '王伟'", "为 王伟 (检录号或姓名被直接改动)"),
    ("UPDATE entries SET code = 'X99' WHERE code = '{c4}'", "选手 {c4}：编号为 X99，应为 {c4}"),
    ("DELETE FROM entries WHERE code = '{c4}'", "选手表有 6 条，审计日志记录导入了 7 条"),
    ("INSERT INTO entries (event, code, name) VALUES ('电工', 'X1', '冒名')", "选手表有 8 条"),
    # fields only the roster set (the log has counts of them), after the event's first lock:
    ("UPDATE entries SET status = 'disqualified' WHERE code = '{c3}'", _ENTRIES_EDITED),
    ("UPDATE entries SET time_s = 1 WHERE code = '{c3}'", _ENTRIES_EDITED),
    ("UPDATE entries SET unit = '别的单位' WHERE code = '{c3}'", _ENTRIES_EDITED),
    ("UPDATE entries SET id_number = '' WHERE code = '{c3}'", _ENTRIES_EDITED),
    # a registered person's role raised by hand: that person then acts as it, every act logged
    ("UPDATE judges SET role = 'organiser' WHERE id = 'J2'", "登记人员 / person J2：数据库中为 organiser｜裁判二｜供电公司，"),
    ("INSERT INTO judges (id, name, role, updated_at, actor) VALUES ('X9', '冒名', 'chief', 'x', 'x')",
     "登记人员 / person X9：数据库中为 chief｜冒名｜，审计日志没有这项记录 (被直接写入)"),
])
def test_every_kind_of_row_edited_by_hand_is_found(day: tuple[Path, list[str]], sql: str, found: str) -> None:
    path, codes = day
    names = dict(zip(("c1", "c2", "c3", "c4", "c5"), codes))
    problems = _edit(path, sql.format(**names))
    assert any(found.format(**names) in p for p in problems), problems


def test_entries_changed_through_the_app_after_a_lock_replay_clean(day: tuple[Path, list[str]]) -> None:
    """A status, a time after the lock, and an unlock, a roster import and a lock again: each logged."""
    path, codes = day
    with ContestDB.open(path, actor="张三") as db:
        db.set_status("电工", codes[3], Status.WITHDRAWN, reason="弃赛")
        db.set_time("电工", codes[3], 900)
        db.lock_section("电工", "practical")
        db.unlock_section("电工", "theory", reason="补录")
        db.unlock_section("电工", "practical", reason="补录")
        entry = next(e for e in db.entries("电工") if e.code == codes[3])
        db.import_entries([dataclasses.replace(entry, phone="13800000000")], source="补充.xlsx")
    report = verify_audit_file(path)
    assert (report.ok, report.problems) == (True, [])


def test_swapped_codes_move_the_scores_and_show(day: tuple[Path, list[str]]) -> None:
    path, (c1, c2, *_) = day
    problems = _edit(path, f"UPDATE entries SET code = 'tmp', bib = 'tmp' WHERE code = '{c1}'",
                     f"UPDATE entries SET code = '{c1}', bib = '{c1}' WHERE code = '{c2}'",
                     f"UPDATE entries SET code = '{c2}', bib = '{c2}' WHERE code = 'tmp'")
    assert any(f"分数 / score 电工/{c1}/P1/J1：数据库中为 45，" in p for p in problems)
    assert any("检录号或姓名被直接改动" in p for p in problems)


def test_a_fact_recorded_before_a_draw_moved_its_code_is_a_note(contest: ContestDB, db_path: Path) -> None:
    contest.set_status("电工", "C03", Status.ABSENT, reason="未到")
    contest.draw_lots("电工", 1, seed=SEED)
    contest.close()
    report = verify_audit_file(db_path)
    assert report.ok and len(report.notes) == 1 and "抽签改变了赛项“电工”的编号" in report.notes[0]


def test_unit_recusals_worked_out_before_a_draw_are_a_note_after_it(contest: ContestDB, db_path: Path) -> None:
    register_organiser(contest)
    contest.add_judge("J2", "裁判二", unit="供电公司")
    contest.draw_lots("电工", 1, seed=SEED)
    contest.close()
    report = verify_audit_file(db_path)
    assert report.ok and len(report.notes) == 1 and "回避（同单位）" in report.notes[0]


def test_the_log_is_streamed_not_read_whole(day: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    def read_all(*_args: object, **_kwargs: object) -> list:
        raise AssertionError("verify must not load the whole log")

    monkeypatch.setattr(audit, "read", read_all)
    assert verify_audit_file(day[0]).ok
