"""Lots drawn by hand on stage (现场抽签) and typed in: strict numbers, no seed, the same record,
audit and check as a seeded draw; the second key sealed as ever."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge_app.core.errors import InvalidValue
from judge_app.store import ContestDB, verify_audit_file
from judge_app.store.code_key import CodePassphraseRequired

SECRET = "二次加密 secret 01"


def test_stage_1_by_hand_gives_each_entry_its_typed_number(contest: ContestDB, db_path: Path) -> None:
    order = contest.draw_order("电工", 1)
    assert [line.name for line in order] == ["王伟", "李娜", "张敏", "刘洋", "陈静"]
    record = contest.draw_lots("电工", 1, numbers=[3, "１", 5, 2, 4])  # full-width as an IME types it
    assert record.by_hand and record.seed is None
    assert {line.name: line.bib for line in record.lines} == {"王伟": "003", "李娜": "001", "张敏": "005",
                                                            "刘洋": "002", "陈静": "004"}
    assert {e.name: e.code for e in contest.entries("电工")} == {line.name: line.bib for line in record.lines}
    [stored] = contest.draws("电工")
    assert stored.by_hand and stored.lines == record.lines
    assert "现场抽签" in contest.audit_log()[-1].reason
    contest.close()
    assert verify_audit_file(db_path).ok


@pytest.mark.parametrize("numbers, says", [
    ([1, 2, 3, 4], "应填 5 个号"),
    ([1, 2, 2, 4, 5], "第 3 行：2 号与第 2 行重复"),
    ([1, 2, 3, 4, 6], "第 5 行：“6”不是 1 到 5 的号"),
    ([1, 2, 3, 4, "x"], "第 5 行"),
    ([1, 2, 3, 4, "4.0"], "第 5 行"),
    ([0, 2, 3, 4, 5], "第 1 行"),
])
def test_wrong_numbers_are_refused_naming_the_row(contest: ContestDB, numbers: list, says: str) -> None:
    with pytest.raises(InvalidValue, match=says):
        contest.draw_lots("电工", 1, numbers=numbers)
    assert contest.draws("电工") == []


def test_stage_2_by_hand_is_sealed_with_the_passphrase(contest: ContestDB, db_path: Path) -> None:
    contest.draw_lots("电工", 1, numbers=[1, 2, 3, 4, 5])
    assert [line.bib for line in contest.draw_order("电工", 2)] == ["001", "002", "003", "004", "005"]
    with pytest.raises(CodePassphraseRequired):
        contest.draw_lots("电工", 2, numbers=[5, 4, 3, 2, 1])
    record = contest.draw_lots("电工", 2, numbers=[5, 4, 3, 2, 1], passphrase=SECRET)
    assert [line.station for line in record.lines] == ["A05", "A04", "A03", "A02", "A01"]
    assert record.recovery_code and record.by_hand
    contest.close()
    with ContestDB.open(db_path, actor="张三") as again:
        with pytest.raises(CodePassphraseRequired):
            again.draw_order("电工", 2)  # who is behind each row is sealed now
        assert [line.bib for line in again.draw_order("电工", 2, passphrase=SECRET)][0] == "001"
        assert again.draws("电工")[-1].lines == ()  # the key not given this session
        again.unlock_code_key("电工", SECRET)
        assert again.draws("电工")[-1].lines == record.lines
    assert verify_audit_file(db_path).ok


def test_a_seed_with_hand_numbers_is_refused(contest: ContestDB) -> None:
    with pytest.raises(InvalidValue, match="没有种子"):
        contest.draw_lots("电工", 1, seed=1, numbers=[1, 2, 3, 4, 5])
