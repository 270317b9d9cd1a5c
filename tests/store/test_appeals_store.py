"""Appeals (申诉) and the recorded end of an event that starts the appeal deadline."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from judge_app.core.errors import NotFound, NotPermitted, StateError
from judge_app.store import ContestDB
from judge_app.store.appeals_store import AppealLate
from judge_app.store.errors import ReasonRequired

from .sample import register_organiser

END = datetime(2026, 12, 2, 6, 0, tzinfo=timezone.utc)


def _at(**delta: float) -> str:
    return (END + timedelta(**delta)).isoformat()


def test_appeal_is_registered_and_decided_with_audit(contest: ContestDB) -> None:
    number = contest.register_appeal("电工", "C02", "实操故障排除计时有误，申请复核")
    assert contest.appeal(number).state == "open"
    with pytest.raises(ReasonRequired):
        contest.decide_appeal(number, upheld=True, decision="申诉成立", changes="")
    contest.decide_appeal(number, upheld=True, decision="仲裁组查看录像，计时确有误差", changes="C02 用时改为 1500 秒")
    decided = contest.appeals("电工")[0]
    assert (decided.state, decided.changes, decided.decided_by) == ("upheld", "C02 用时改为 1500 秒", "张三")
    with pytest.raises(StateError, match="已裁决"):
        contest.decide_appeal(number, upheld=False, decision="再议")
    assert [e.action for e in contest.audit_log(2)] == ["appeal.register", "appeal.decide"]
    with pytest.raises(NotFound):
        contest.register_appeal("电工", "C99", "没有这个选手")


def test_no_recorded_end_means_no_deadline_yet(contest: ContestDB) -> None:
    assert contest.appeal_window("电工").deadline is None
    contest.register_appeal("电工", "C01", "申诉", received_at=_at(days=3))
    assert contest.appeals()[0].late_reason == ""


def test_an_appeal_after_the_deadline_needs_a_written_reason(contest: ContestDB) -> None:
    contest.end_event("电工", at=END.isoformat())
    assert contest.appeal_window("电工").deadline == END + timedelta(hours=2)
    in_time = contest.register_appeal("电工", "C01", "理论成绩有误", received_at=_at(hours=1, minutes=59))
    before = contest.audit_log()
    with pytest.raises(AppealLate, match="申诉已超过时限.*时限 2 小时.*逾期受理须写明理由"):
        contest.register_appeal("电工", "C02", "实操计时有误", received_at=_at(hours=2, minutes=5))
    assert len(contest.appeals()) == 1 and contest.audit_log() == before  # nothing stored
    late = contest.register_appeal("电工", "C02", "实操计时有误", received_at=_at(hours=2, minutes=5),
                                   late_reason="选手在时限内口头提出，书面材料 16:05 送达，仲裁组同意受理")
    assert contest.appeal(in_time).late_reason == ""
    assert contest.appeal(late).late_reason.startswith("选手在时限内口头提出")
    entry = contest.audit_log()[-1]
    assert (entry.action, entry.reason) == ("appeal.register", contest.appeal(late).late_reason)
    assert datetime.fromisoformat(contest.appeal(late).received_at) == END + timedelta(hours=2, minutes=5)


def test_a_naive_receipt_time_is_local_time(contest: ContestDB) -> None:
    contest.end_event("电工", at=END.isoformat())
    local_late = (END + timedelta(hours=3)).astimezone().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M")
    with pytest.raises(AppealLate):
        contest.register_appeal("电工", "C01", "申诉", received_at=local_late)
    with pytest.raises(StateError, match="2026-12-02 14:30"):
        contest.register_appeal("电工", "C01", "申诉", received_at="下午四点")


def test_the_appeal_hours_come_from_the_scheme(contest: ContestDB) -> None:
    data = contest.scheme_dict()
    data["events"][0]["appeal_hours"] = "0.5"
    contest.set_scheme(data)
    contest.end_event("电工", at=END.isoformat())
    with pytest.raises(AppealLate, match="时限 0.5 小时"):
        contest.register_appeal("电工", "C01", "申诉", received_at=_at(minutes=31))


def test_changing_a_recorded_end_needs_a_reason_and_the_right_role(contest: ContestDB) -> None:
    first = contest.end_event("电工", at=END.isoformat())
    assert contest.end_event("电工", at=END.isoformat()) == first  # the same again: nothing new
    with pytest.raises(ReasonRequired):
        contest.end_event("电工", at=_at(minutes=30))
    contest.end_event("电工", at=_at(minutes=30), reason="实操最后一组 14:30 才结束")
    entry = contest.audit_log()[-1]
    assert (entry.action, entry.old, entry.reason) == ("event.end", first, "实操最后一组 14:30 才结束")
    register_organiser(contest)
    contest.add_judge("J1", "裁判甲", role="judge", pin="1111")
    contest.act_as("J1")
    with pytest.raises(NotPermitted, match="登记比赛结束时间"):
        contest.end_event("电工")


def test_a_version_5_file_keeps_its_appeals_when_migrated(db_path: Path, contest: ContestDB) -> None:
    contest.register_appeal("电工", "C03", "早先登记的申诉")
    contest.close()
    with sqlite3.connect(db_path) as conn:  # what a file written before migration 6 holds
        conn.executescript("DROP TABLE event_ends; ALTER TABLE appeals DROP COLUMN late_reason;"
                           " DROP TABLE recusals; ALTER TABLE judges DROP COLUMN unit; DROP TABLE vetoes;"  # migrations 10, 11
                           " PRAGMA user_version = 5;")
    conn.close()
    with ContestDB.open(db_path, actor="李四") as again:
        [appeal] = again.appeals()
        assert (appeal.code, appeal.text, appeal.late_reason) == ("C03", "早先登记的申诉", "")
        assert again.event_end("电工") is None
        assert again.verify_audit().ok


def test_an_end_in_the_future_is_refused(contest: ContestDB) -> None:
    later = (datetime.now(timezone.utc) + timedelta(hours=3)).isoformat()
    with pytest.raises(StateError, match="晚于现在"):
        contest.end_event("电工", at=later)
    assert contest.event_end("电工") is None
