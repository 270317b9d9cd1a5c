"""Recheck and acknowledged warnings in the contest file (ChecksStoreMixin)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judge_app.core.errors import NotPermitted, StateError
from judge_app.core.recheck import FULL, TOP, RecheckRules
from judge_app.store import ContestDB
from judge_app.store.errors import ReasonRequired

from .sample import CODES, finish_recheck, register_organiser

RULES = RecheckRules(top_n=1, percent=Decimal(50))  # 1 top + half of the 4 others = 3 sheets


def _score_and_lock(db: ContestDB) -> None:
    """Every value of 电工 (8 per contestant: T1, P1 × 5 judges, P2, P3), then lock both sections."""
    items = []
    for i, code in enumerate(CODES):
        items.append(("电工", code, "T1", "J6", 60 + i * 5))
        items += [("电工", code, "P1", f"J{j}", Decimal(40 + i) + Decimal("0.5") * j) for j in range(1, 6)]
        items += [("电工", code, "P2", "J1", 20), ("电工", code, "P3", "J1", 8)]
    db.record_scores(items)
    db.lock_section("电工", "theory")
    db.lock_section("电工", "practical")


@pytest.fixture
def locked(contest: ContestDB) -> ContestDB:
    _score_and_lock(contest)
    return contest


def test_recheck_needs_every_section_locked(contest: ContestDB) -> None:
    with pytest.raises(StateError, match="未锁定"):
        contest.draw_recheck("电工", seed=1, rules=RULES)


def test_draw_lists_the_top_and_a_seeded_sample_once(locked: ContestDB) -> None:
    state = locked.draw_recheck("电工", seed=42, rules=RULES)
    assert state.codes["C05"] == TOP  # highest scores on every criterion: rank 1
    assert len(state.codes) == 3
    assert len(state.items) == 3 * 8 and state.verdict.checked == 0
    assert locked.recheck_state("电工").codes == state.codes  # stored, with its seed
    assert locked.recheck_state("电工").seed == 42
    with pytest.raises(StateError, match="已经抽取"):
        locked.draw_recheck("电工", seed=43, rules=RULES)
    assert [e.action for e in locked.audit_log(1)] == ["recheck.draw"]


def test_confirm_and_blind_entry_find_differences(locked: ContestDB) -> None:
    state = locked.draw_recheck("电工", seed=42, rules=RULES)
    first, second = state.items[0], state.items[1]
    assert locked.recheck_value("电工", first.code, first.criterion, first.judge) == "same"
    assert locked.recheck_value("电工", second.code, second.criterion, second.judge, second.stored) == "same"
    third = state.items[2]
    wrong = third.stored - 1 if third.stored >= 1 else third.stored + 1
    assert locked.recheck_value("电工", third.code, third.criterion, third.judge, wrong) == "differs"
    now = locked.recheck_state("电工")
    assert (now.verdict.checked, now.verdict.differing, now.full) == (3, 1, False)  # 1 of 24 ≤ 5%
    with pytest.raises(StateError, match="已复核"):
        locked.recheck_value("电工", first.code, first.criterion, first.judge)


def test_correction_rewrites_the_locked_score_with_reason(locked: ContestDB) -> None:
    item = next(i for i in locked.draw_recheck("电工", seed=42, rules=RULES).items if i.criterion == "T1")
    locked.recheck_value("电工", item.code, "T1", "J6", item.stored + 1)
    with pytest.raises(ReasonRequired):
        locked.resolve_recheck("电工", item.code, "T1", "J6", correct=True, reason=" ")
    locked.resolve_recheck("电工", item.code, "T1", "J6", correct=True, reason="原始评分表为 %s" % (item.stored + 1))
    stored = {(s.code, s.criterion, s.judge): s.value for s in locked.scores("电工")}
    assert stored[(item.code, "T1", "J6")] == item.stored + 1
    actions = [e.action for e in locked.audit_log(2)]
    assert actions == ["score.recheck", "recheck.resolve"]
    with pytest.raises(StateError, match="待处理"):
        locked.resolve_recheck("电工", item.code, "T1", "J6", correct=False, reason="再次")


def test_kept_value_is_not_counted_as_a_sheet_error(locked: ContestDB) -> None:
    item = locked.draw_recheck("电工", seed=42, rules=RULES).items[0]
    locked.recheck_value("电工", item.code, item.criterion, item.judge, item.stored + 1)
    locked.resolve_recheck("电工", item.code, item.criterion, item.judge, correct=False, reason="复核录入有误")
    state = locked.recheck_state("电工")
    assert state.verdict.differing == 0
    assert {(s.code, s.criterion, s.judge): s.value for s in locked.scores("电工")}[
        (item.code, item.criterion, item.judge)] == item.stored


def test_more_than_five_percent_sends_the_whole_event_to_recheck(locked: ContestDB) -> None:
    items = locked.draw_recheck("电工", seed=42, rules=RULES).items
    for item in [i for i in items if i.criterion == "P1"][:2]:  # 2 of 24 = 8.3% > 5% (P1: 0.5 steps to 60)
        locked.recheck_value("电工", item.code, item.criterion, item.judge, item.stored + 1)
    state = locked.recheck_state("电工")
    assert state.full  # the verdict now counts the 40 values of the whole event
    assert set(state.codes) == set(CODES)
    assert sum(1 for why in state.codes.values() if why == FULL) == 2
    assert len(state.items) == 5 * 8
    assert locked.audit_log(1)[0].action == "recheck.escalate"


def test_no_recheck_after_unsealing(locked: ContestDB) -> None:
    with pytest.raises(StateError, match="尚未抽取复核名单"):
        locked.unseal_event("电工", reason="没有复核")
    finish_recheck(locked, "电工")
    locked.unseal_event("电工", reason="复核完毕")
    with pytest.raises(StateError, match="已经解密"):
        locked.draw_recheck("电工", seed=1, rules=RULES)


def test_warning_acknowledged_once_with_a_note(contest: ContestDB) -> None:
    warning = "C02、C03 并列第 1 名，跨越“一等奖”名额界线"
    with pytest.raises(ReasonRequired):
        contest.acknowledge_warning("电工", "职工组", warning, note="")
    contest.acknowledge_warning("电工", "职工组", warning, note="经裁判长确认，并列一等奖")
    contest.acknowledge_warning("电工", "职工组", warning, note="again")  # already: nothing new
    assert contest.acknowledged("电工") == {("职工组", warning): "经裁判长确认，并列一等奖"}
    entries = [e for e in contest.audit_log(3) if e.action == "warning.acknowledge"]
    assert len(entries) == 1 and entries[0].reason == "经裁判长确认，并列一等奖"


def test_checks_survive_reopening(db_path, locked: ContestDB) -> None:
    locked.draw_recheck("电工", seed=5, rules=RULES)
    locked.register_appeal("电工", "C01", "申诉")
    locked.close()
    with ContestDB.open(db_path, actor="李四") as again:
        assert again.recheck_state("电工").seed == 5
        assert len(again.appeals()) == 1
        assert again.verify_audit().ok


def test_unsealing_waits_for_a_drawn_recheck_to_be_finished(locked: ContestDB) -> None:
    state = locked.draw_recheck("电工", seed=42, rules=RULES)
    first, rest = state.items[0], state.items[1:]
    wrong = first.stored - 1 if first.stored >= 1 else first.stored + 1
    locked.recheck_value("电工", first.code, first.criterion, first.judge, wrong)
    for item in rest:
        locked.recheck_value("电工", item.code, item.criterion, item.judge)
    with pytest.raises(StateError, match="1 处差异待处理"):
        locked.unseal_event("电工")
    assert not locked.is_unsealed("电工")
    locked.resolve_recheck("电工", first.code, first.criterion, first.judge, correct=False, reason="原始评分表核对无误")
    assert locked.recheck_pending("电工") == ""
    locked.unseal_event("电工")
    assert locked.is_unsealed("电工")


def test_the_recheck_is_a_second_persons_work(locked: ContestDB) -> None:
    register_organiser(locked)
    locked.add_judge("J1", "裁判长甲", role="chief")  # a chief judge who also sat on the panel
    locked.add_judge("J2", "裁判丁", role="judge")
    locked.add_judge("S1", "秘书乙", role="secretary")
    locked.add_judge("V1", "监督丙", role="supervisor")
    state = locked.draw_recheck("电工", seed=42, rules=RULES)
    own = next(i for i in state.items if i.judge == "J1")
    locked.act_as("J1")
    with pytest.raises(NotPermitted, match="另一人"):
        locked.recheck_value("电工", own.code, own.criterion, own.judge)
    for who in ("J2", "V1"):  # a judge or the supervisor does not recheck at all
        locked.act_as(who)
        with pytest.raises(NotPermitted, match="复核只能由"):
            locked.recheck_value("电工", own.code, own.criterion, own.judge)
    locked.act_as("S1")
    assert locked.recheck_value("电工", own.code, own.criterion, own.judge, own.stored + 1) == "differs"
    with pytest.raises(NotPermitted, match="处理复核差异"):
        locked.resolve_recheck("电工", own.code, own.criterion, own.judge, correct=False, reason="原表无误")
    locked.act_as("张三")
    locked.resolve_recheck("电工", own.code, own.criterion, own.judge, correct=False, reason="原表无误")


def test_a_published_event_is_not_unlocked(locked: ContestDB) -> None:
    finish_recheck(locked, "电工")
    locked.unseal_event("电工")
    locked.publish_event("电工")
    with pytest.raises(StateError, match="已公示.*撤回公示"):
        locked.unlock_section("电工", "theory", reason="改分")
    locked.finalize_event("电工")
    with pytest.raises(StateError, match="已定稿"):
        locked.unlock_section("电工", "theory", reason="改分")
    assert locked.section_state("电工", "theory") == "locked"
