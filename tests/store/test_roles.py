"""Who may do what (lock, unlock, re-mark, publish, scores, status, appeals, the scheme): the
store refuses everyone else."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ImportRefused, NotPermitted, StateError
from judge_app.store import ContestDB

from .sample import register_organiser


@pytest.fixture
def staffed(contest: ContestDB) -> ContestDB:
    register_organiser(contest)  # 张三
    contest.add_judge("J1", "裁判甲", role="judge", pin="1111")
    contest.add_judge("C1", "裁判长乙", role="chief", pin="chief-2222")
    contest.add_judge("S1", "秘书丙", role="secretary", pin="secret-3333")
    return contest


@pytest.mark.parametrize("who", ["J1", "S1"])
def test_only_chief_or_organiser_locks_and_unlocks(staffed: ContestDB, who: str) -> None:
    staffed.act_as(who)
    with pytest.raises(NotPermitted, match="锁定模块"):
        staffed.lock_section("电工", "theory")
    assert staffed.section_state("电工", "theory") == "open"
    staffed.act_as("C1")
    staffed.lock_section("电工", "theory")
    staffed.act_as(who)
    with pytest.raises(NotPermitted, match="解锁模块"):
        staffed.unlock_section("电工", "theory", reason="重新评分")
    assert staffed.section_state("电工", "theory") == "locked"


def test_publication_is_the_organisers(staffed: ContestDB) -> None:
    for who in ("J1", "C1", "S1"):
        staffed.act_as(who)
        with pytest.raises(NotPermitted, match="公示"):
            staffed.publish_event("电工")
        with pytest.raises(NotPermitted, match="撤回公示"):
            staffed.withdraw_publication("电工", reason="更正")
    assert staffed.publication_state("电工") == ""


def test_a_judge_cannot_ask_for_a_remark(staffed: ContestDB) -> None:
    staffed.act_as("J1")
    with pytest.raises(NotPermitted, match="请求重评"):
        staffed.request_remark("电工", "C01", "T1", "J6", reason="分差过大")
    assert staffed.remark_requests("电工") == []


@pytest.fixture
def desk(staffed: ContestDB) -> ContestDB:
    staffed.add_judge("J2", "裁判丁", role="judge", pin="4444")
    staffed.add_judge("R1", "记分员戊", role="scorer", pin="5555")
    staffed.add_judge("V1", "监督己", role="supervisor", pin="6666")
    return staffed


def test_a_judge_records_only_their_own_values(desk: ContestDB) -> None:
    desk.act_as("裁判甲")  # by name, as typed at the command line
    assert desk.record_score("电工", "C01", "P1", "J1", "50") == 1
    with pytest.raises(NotPermitted, match="裁判 J2"):
        desk.record_score("电工", "C01", "P1", "J2", "50")
    with pytest.raises(NotPermitted):
        desk.record_scores([("电工", "C02", "P1", "J1", "40"), ("电工", "C02", "P1", "J2", "40")])
    assert [(s.code, s.judge) for s in desk.scores("电工")] == [("C01", "J1")]  # all or nothing
    for who in ("V1", "S1"):  # supervisor and secretary enter no scores at all
        desk.act_as(who)
        with pytest.raises(NotPermitted):
            desk.record_score("电工", "C01", "P1", "J1", "51")
    desk.act_as("R1")  # the scorer types paper sheets of any judge
    assert desk.record_score("电工", "C01", "P1", "J2", "48") == 1


def test_status_penalties_play_offs_and_appeals_by_role(desk: ContestDB) -> None:
    for who in ("J1", "V1"):
        desk.act_as(who)
        with pytest.raises(NotPermitted, match="更改选手状态"):
            desk.set_status("电工", "C01", Status.ABSENT, reason="未到场")
        with pytest.raises(NotPermitted, match="扣罚分"):
            desk.add_penalty("电工", "C01", "practical", Decimal(5), reason="安全违规")
        with pytest.raises(NotPermitted, match="登记申诉"):
            desk.register_appeal("电工", "C01", "申诉")
    desk.act_as("C1")
    desk.set_status("电工", "C01", Status.ABSENT, reason="未到场")
    desk.act_as("S1")
    number = desk.register_appeal("电工", "C02", "计时有误")
    with pytest.raises(NotPermitted, match="记录申诉裁决"):
        desk.decide_appeal(number, upheld=False, decision="不成立")
    desk.act_as("C1")
    desk.decide_appeal(number, upheld=False, decision="计时无误")
    assert desk.appeal(number).decided_by == "C1"


def test_the_scheme_is_the_organisers_and_stays_once_locked(desk: ContestDB) -> None:
    data = desk.scheme_dict()
    changed = copy.deepcopy(data)
    changed["events"][0]["sections"][0]["weight"] = "40"
    changed["events"][0]["sections"][1]["weight"] = "60"
    desk.act_as("J1")
    with pytest.raises(NotPermitted, match="评分标准"):
        desk.set_scheme(changed)
    desk.act_as("C1")
    desk.lock_section("电工", "theory")
    desk.act_as("张三")
    with pytest.raises(StateError, match="已有模块锁定"):
        desk.set_scheme(changed)
    other = copy.deepcopy(data)
    other["events"][1]["name"] = "工匠评选"  # another event, not locked: may change
    desk.set_scheme(other)
    assert desk.scheme_dict()["events"][0] == data["events"][0]
    late = Entry(code="C09", event="电工", name="迟到者")
    with pytest.raises(ImportRefused):
        desk.import_entries([late], source="late.csv")
    assert all(e.code != "C09" for e in desk.entries("电工"))
