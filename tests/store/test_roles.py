"""Who may lock, unlock, ask for a re-mark and publish: the store refuses everyone else."""

from __future__ import annotations

import pytest

from judge_app.core.errors import NotPermitted
from judge_app.store import ContestDB


@pytest.fixture
def staffed(contest: ContestDB) -> ContestDB:
    contest.add_judge("J1", "裁判甲", role="judge", pin="1111")
    contest.add_judge("C1", "裁判长乙", role="chief", pin="2222")
    contest.add_judge("S1", "秘书丙", role="secretary", pin="3333")
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
