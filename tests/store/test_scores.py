"""Recording and clearing scores: revisions, validation, section locks."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from judge_app.core.entries import Status
from judge_app.core.errors import NotFound, SchemeError, ScoreError, StateError
from judge_app.store import ContestDB, ReasonRequired

from .sample import scheme

D = Decimal


def values(db: ContestDB) -> dict[tuple[str, str, str], tuple[Decimal | None, int]]:
    return {(r.code, r.criterion, r.judge): (r.value, r.revision) for r in db.scores()}


def test_revisions_count_up(contest: ContestDB) -> None:
    assert contest.record_score("电工", "C01", "P1", "J1", "8.5") == 1
    assert contest.record_score("电工", "C01", "P1", "J1", D("9")) == 2
    assert contest.record_score("电工", "C01", "P1", "J2", 7.5) == 1
    assert values(contest) == {("C01", "P1", "J1"): (D("9"), 2), ("C01", "P1", "J2"): (D("7.5"), 1)}
    row = contest.scores("电工")[0]
    assert row.actor == "张三" and row.updated_at.endswith("+00:00") and row.event == "电工"


def test_value_is_stored_as_exact_normalised_decimal_text(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "T1", "J6", D("86.50"))
    text = contest._db.execute("SELECT value FROM scores").fetchone()[0]
    assert text == "86.5"
    assert contest.scores()[0].value == D("86.50")


def test_same_value_again_writes_nothing(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "8.5")
    entries = len(contest.audit_log())
    assert contest.record_score("电工", "C01", "P1", "J1", D("8.50")) == 1
    assert len(contest.audit_log()) == entries


def test_each_change_is_audited_old_to_new(contest: ContestDB) -> None:
    contest.record_score("电工", "C02", "P1", "J3", "8.5")
    contest.record_score("电工", "C02", "P1", "J3", "9")
    last = contest.audit_log(limit=2)
    assert [(e.action, e.target, e.old, e.new, e.actor) for e in last] == [
        ("score.record", "电工/C02/P1/J3", None, "8.5", "张三"),
        ("score.record", "电工/C02/P1/J3", "8.5", "9", "张三"),
    ]
    assert contest.verify_audit().ok


@pytest.mark.parametrize(
    ("criterion", "judge", "value", "error", "words"),
    [
        ("P1", "J1", "60.5", ScoreError, "0 到 60"),
        ("P1", "J1", "-1", ScoreError, "不能带正负号"),
        ("P1", "J1", "8.3", ScoreError, "0.5 的整数倍"),
        ("P2", "J1", "15", ScoreError, "10 的整数倍"),
        ("P1", "J1", "八", ScoreError, "不是数字"),
        ("P9", "J1", "5", NotFound, "P9"),
        ("T1", "J1", "5", ScoreError, "不在模块 “理论知识” 的评分组"),
        ("P1", "J6", "5", ScoreError, "不在模块 “实际操作” 的评分组"),
        ("P1", " ", "5", ScoreError, "未填写裁判"),
    ],
)
def test_invalid_scores_are_refused(
    contest: ContestDB, criterion: str, judge: str, value: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        contest.record_score("电工", "C01", criterion, judge, value)
    assert contest.scores() == []


def test_unknown_event_and_code(contest: ContestDB) -> None:
    with pytest.raises(NotFound, match="焊工"):
        contest.record_score("焊工", "C01", "P1", "J1", "5")
    with pytest.raises(NotFound, match="C99"):
        contest.record_score("电工", "C99", "P1", "J1", "5")


def test_empty_panel_accepts_any_judge(contest: ContestDB) -> None:
    assert contest.record_score("工匠", "G1", "R1", "专家甲", 88) == 1


def test_entry_not_ok_cannot_be_scored(contest: ContestDB) -> None:
    contest.set_status("电工", "C03", Status.ABSENT, reason="未到场")
    with pytest.raises(StateError, match="缺考"):
        contest.record_score("电工", "C03", "P1", "J1", "5")


def test_locked_section_refuses_scores_until_unlocked(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "5")
    contest.lock_section("电工", "practical")
    assert contest.section_state("电工", "practical") == "locked"
    assert contest.section_state("电工", "theory") == "open"
    with pytest.raises(StateError, match="已锁定"):
        contest.record_score("电工", "C01", "P1", "J1", "6")
    with pytest.raises(StateError, match="已锁定"):
        contest.clear_score("电工", "C01", "P1", "J1")
    assert contest.record_score("电工", "C01", "T1", "J6", "80") == 1  # other section still open
    with pytest.raises(ReasonRequired):
        contest.unlock_section("电工", "practical", reason="  ")
    contest.unlock_section("电工", "practical", reason="裁判长批准复核 C01")
    assert contest.record_score("电工", "C01", "P1", "J1", "6") == 2
    actions = [(e.action, e.old, e.new, e.reason) for e in contest.audit_log() if e.action.startswith("section.")]
    assert actions == [
        ("section.lock", "open", "locked", ""),
        ("section.unlock", "locked", "open", "裁判长批准复核 C01"),
    ]


def test_section_transitions_are_checked(contest: ContestDB) -> None:
    with pytest.raises(StateError, match="已是“开放”状态"):
        contest.unlock_section("电工", "theory", reason="无")
    contest.lock_section("电工", "theory")
    with pytest.raises(StateError, match="已是“锁定”状态"):
        contest.lock_section("电工", "theory")
    with pytest.raises(NotFound):
        contest.lock_section("电工", "nope")


def test_clear_score_keeps_a_tombstone(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "8")
    assert contest.clear_score("电工", "C01", "P1", "J1", reason="录错选手") == 2
    assert values(contest) == {("C01", "P1", "J1"): (None, 2)}
    assert contest.clear_score("电工", "C01", "P1", "J1") == 2  # already cleared: nothing to do
    assert contest.record_score("电工", "C01", "P1", "J1", "8") == 3
    last = contest.audit_log()[-2]
    assert (last.action, last.old, last.new, last.reason) == ("score.clear", "8", None, "录错选手")
    with pytest.raises(NotFound, match="没有裁判 J2 的分数"):
        contest.clear_score("电工", "C01", "P1", "J2")


def test_scoring_needs_a_scheme(tmp_path: Path) -> None:
    with ContestDB.create(tmp_path / "a.judge.db", actor="张三") as db:
        assert db.scheme_dict() is None
        with pytest.raises(StateError, match="评分标准"):
            db.record_score("电工", "C01", "P1", "J1", "5")


def test_new_scheme_replaces_the_cached_one(contest: ContestDB) -> None:
    with pytest.raises(ScoreError):
        contest.record_score("电工", "C01", "P1", "J9", "5")
    changed = scheme()
    changed["events"][0]["sections"][1]["judges"].append("J9")
    contest.set_scheme(changed, reason="增补裁判 J9")
    assert contest.record_score("电工", "C01", "P1", "J9", "5") == 1
    assert contest.scheme_dict() == changed
    assert contest.audit_log()[-2].reason == "增补裁判 J9"


def test_scheme_survives_reopen_and_parses(contest: ContestDB, db_path: Path) -> None:
    contest.close()
    with ContestDB.open(db_path, actor="李四") as db:
        assert db.scheme_dict() == scheme()
        assert db.record_score("电工", "C01", "P1", "J1", "5") == 1


def test_states_without_a_transition_are_refused(contest: ContestDB) -> None:
    contest._db.execute("INSERT INTO section_states VALUES ('电工', 'theory', 'final', '', '')")  # a later state
    with pytest.raises(StateError, match="现为“final”，不能改为“开放”"):
        contest.unlock_section("电工", "theory", reason="想改分")
    with pytest.raises(StateError, match="已final"):
        contest.record_score("电工", "C01", "T1", "J6", "80")


def test_invalid_scheme_is_refused_and_not_stored(contest: ContestDB) -> None:
    broken = scheme()
    broken["events"][0]["key_criteria"] = ["P4"]  # no such criterion
    audit_before = len(contest.audit_log())
    with pytest.raises(SchemeError, match="关键评分项 “P4” 不存在"):
        contest.set_scheme(broken)
    assert contest.scheme_dict() == scheme()
    assert len(contest.audit_log()) == audit_before


def test_record_scores_is_one_transaction(contest: ContestDB) -> None:
    sheet = [("电工", "C01", "P1", "J1", "8"), ("电工", "C02", "P1", "J1", "9"), ("电工", "C01", "P1", "J1", "8.5")]
    assert contest.record_scores(sheet) == [1, 1, 2]
    assert values(contest) == {("C01", "P1", "J1"): (D("8.5"), 2), ("C02", "P1", "J1"): (D("9"), 1)}
    assert [e.new for e in contest.audit_log(limit=3)] == ["8", "9", "8.5"]
    assert contest.verify_audit().ok


def test_record_scores_bad_line_leaves_nothing(contest: ContestDB) -> None:
    audit_before = len(contest.audit_log())
    with pytest.raises(ScoreError, match="0.5 的整数倍"):
        contest.record_scores([("电工", "C03", "P1", "J1", "8"), ("电工", "C03", "P1", "J2", "8.3")])
    assert contest.scores() == []
    assert len(contest.audit_log()) == audit_before


def test_a_new_scheme_may_not_drop_a_scored_criterion(contest) -> None:
    import copy

    contest.record_score("电工", "C01", "T1", "J6", 60)
    scheme = copy.deepcopy(contest.scheme_dict())
    theory = next(s for e in scheme["events"] if e["id"] == "电工" for s in e["sections"] if s["id"] == "theory")
    theory["criteria"][0]["id"] = "T9"  # T1 renamed: its scores would belong to nothing
    before = contest.scheme_dict()
    with pytest.raises(SchemeError, match="电工/T1（1 个分数）"):
        contest.set_scheme(scheme)
    assert contest.scheme_dict() == before
    contest.clear_score("电工", "C01", "T1", "J6", reason="录错")
    contest.set_scheme(scheme)  # no value left: the criterion may go
    assert contest.scheme_dict() == scheme
