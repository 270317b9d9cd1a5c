"""Value conflicts (issue 16 item 8): a measurement whose panel entries disagree is listed for the
chief judge, who settles it with a reason; lock reports what is still in conflict."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judge_app.app.review import lock_section
from judge_app.core.errors import NotPermitted, StateError
from judge_app.store.errors import ReasonRequired

from .sample import register_organiser

PANEL = ("J1", "J2", "J3", "J4", "J5")


@pytest.fixture
def desk(contest):
    """The sample contest with its panel registered; C01's 故障排除 (P2) entered 20 by J1 and 30
    by J2–J5 (one judge 15, four 16 on the day), 理论考试 of C02 agreed."""
    register_organiser(contest)
    for judge in PANEL + ("J6",):
        contest.add_judge(judge, f"裁判{judge}", role="judge", pin="1234")
    contest.add_judge("CJ", "裁判长", role="chief", pin="cai-pan-zhang-1")
    contest.record_scores([("电工", "C01", "P2", judge, Decimal(20 if judge == "J1" else 30)) for judge in PANEL]
                          + [("电工", "C02", "T1", "J6", Decimal(80))])
    return contest


def test_disagreeing_entries_are_listed_and_settled_by_the_chief_judge(desk):
    found = desk.value_conflicts("电工")
    assert [(c.code, c.criterion, c.level) for c in found] == [("C01", "P2", "error")]
    assert "J1 20" in found[0].message and "J5 30" in found[0].message
    assert desk.value_conflicts("电工", "theory") == []
    desk.act_as("裁判长(CJ)")
    assert desk.settle_value("电工", "C01", "P2", "30", reason="按测量记录单") == 1
    assert desk.value_conflicts("电工") == []
    values = {r.judge: r.value for r in desk.scores("电工") if (r.code, r.criterion) == ("C01", "P2")}
    assert set(values.values()) == {Decimal(30)}
    assert any("按测量记录单" in e.reason and e.target == "电工/C01/P2/J1" for e in desk.audit_log())


def test_settling_is_the_desks_with_a_reason_for_a_real_conflict(desk):
    desk.act_as("裁判J2(J2)")
    with pytest.raises(NotPermitted):
        desk.settle_value("电工", "C01", "P2", "30", reason="我说了算")
    desk.act_as("裁判长(CJ)")
    with pytest.raises(ReasonRequired):
        desk.settle_value("电工", "C01", "P2", "30", reason=" ")
    with pytest.raises(StateError, match="没有不一致"):
        desk.settle_value("电工", "C02", "T1", "80", reason="核对")
    desk.lock_section("电工", "practical")
    with pytest.raises(StateError):
        desk.settle_value("电工", "C01", "P2", "30", reason="按测量记录单")


def test_lock_reports_the_conflicts_it_leaves(desk):
    desk.act_as("裁判长(CJ)")
    locked = lock_section(desk, "电工", "practical")
    assert [c.code for c in locked.conflicts] == ["C01"]
    assert lock_section(desk, "电工", "theory").conflicts == ()
