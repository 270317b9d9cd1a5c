"""Penalties, votes, play-offs and the inputs of one event for the scoring engine."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judge_app.core.entries import EventInputs, Penalty
from judge_app.core.errors import NotFound, ScoreError, StateError
from judge_app.core.scheme import Event
from judge_app.core.scheme_json import contest_from_dict
from judge_app.store import ContestDB, ReasonRequired

D = Decimal


def event(contest: ContestDB, event_id: str) -> Event:
    """The parsed core Event, as the scoring engine gets it."""
    return contest_from_dict(contest.scheme_dict()).event(event_id)


def test_event_inputs_collects_everything_of_one_event(contest: ContestDB) -> None:
    contest.record_score("电工", "C01", "P1", "J1", "8.5")
    contest.record_score("电工", "C01", "P1", "J2", "9")
    contest.record_score("电工", "C02", "T1", "J6", "86.5")
    contest.record_score("电工", "C02", "P3", "J1", "2")
    contest.clear_score("电工", "C02", "P3", "J1", reason="误录")
    contest.add_penalty("电工", "C01", "practical", D("5"), reason="未戴绝缘手套")
    contest.add_penalty("电工", "C01", "practical", D("1.5"), reason="工位不整洁")
    contest.set_playoff("电工", "C02", D("9.25"))
    contest.record_score("工匠", "G1", "R1", "专家甲", "90")
    contest.set_votes("工匠", "G1", 120, voided=20, reason="同一 IP 刷票")

    inputs = contest.event_inputs(event(contest, "电工"))
    assert isinstance(inputs, EventInputs)
    assert [e.code for e in inputs.entries] == ["C01", "C02", "C03", "C04", "C05"]
    assert inputs.scores == {"C01": {"P1": {"J1": D("8.5"), "J2": D("9")}}, "C02": {"T1": {"J6": D("86.5")}}}
    assert inputs.penalties == [
        ("C01", Penalty("practical", D("5"), "未戴绝缘手套")),
        ("C01", Penalty("practical", D("1.5"), "工位不整洁")),
    ]
    assert inputs.playoffs == {"C02": D("9.25")}
    assert inputs.votes == {}

    vote_inputs = contest.event_inputs(event(contest, "工匠"))
    assert vote_inputs.votes == {"G1": D(100)}
    assert vote_inputs.scores == {"G1": {"R1": {"专家甲": D(90)}}}


def test_penalty_checks(contest: ContestDB) -> None:
    with pytest.raises(ReasonRequired, match="扣分须写明原因"):
        contest.add_penalty("电工", "C01", "practical", D(5), reason=" ")
    with pytest.raises(ScoreError, match="正数"):
        contest.add_penalty("电工", "C01", "practical", D(-5), reason="x")
    with pytest.raises(NotFound):
        contest.add_penalty("电工", "C01", "nope", D(5), reason="x")
    contest.lock_section("电工", "practical")
    with pytest.raises(StateError, match="已锁定"):
        contest.add_penalty("电工", "C01", "practical", D(5), reason="x")
    assert contest.penalties("电工") == []


def test_votes_checks_and_audit(contest: ContestDB) -> None:
    with pytest.raises(ReasonRequired, match="作废选票"):
        contest.set_votes("工匠", "G1", 100, voided=5)
    with pytest.raises(ScoreError, match="大于票数"):
        contest.set_votes("工匠", "G1", 10, voided=11, reason="刷票")
    with pytest.raises(ScoreError, match="整数"):
        contest.set_votes("工匠", "G1", -1)
    contest.set_votes("工匠", "G1", 100)
    contest.set_votes("工匠", "G1", 100)  # unchanged
    contest.set_votes("工匠", "G1", 100, voided=30, reason="刷票")
    audited = [(e.old, e.new, e.reason) for e in contest.audit_log() if e.action == "votes.set"]
    assert audited == [(None, "100 (作废 0)", ""), ("100 (作废 0)", "100 (作废 30)", "刷票")]
    contest.lock_section("工匠", "vote")
    with pytest.raises(StateError):
        contest.set_votes("工匠", "G1", 101)


def test_playoff_set_change_remove(contest: ContestDB) -> None:
    contest.set_playoff("电工", "C03", D("8"))
    contest.set_playoff("电工", "C03", D("8.0"))  # same value
    contest.set_playoff("电工", "C03", None)
    audited = [(e.target, e.old, e.new) for e in contest.audit_log() if e.action == "playoff.set"]
    assert audited == [("电工/C03", None, "8"), ("电工/C03", "8", None)]
    assert contest.event_inputs(event(contest, "电工")).playoffs == {}
