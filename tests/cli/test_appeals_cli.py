"""judge-app end-event and appeal register / decide / list, through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge_app.cli.main import main
from tests.store.sample import sample_contest


def run(*args: object, code: int = 0) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def contest(tmp_path: Path) -> Path:
    path = tmp_path / "申诉.judge"
    sample_contest(path, "申诉测试").close()
    return path


def test_a_late_appeal_is_refused_until_a_reason_is_given(contest: Path) -> None:
    out = run("end-event", contest, "--event", "电工", "--at", "2026-12-02 14:00").output
    assert "比赛结束 2026-12-02 14:00，申诉截止 2026-12-02 16:00（时限 2 小时）" in out
    run("appeal", "register", contest, "--event", "电工", "C01", "理论成绩有误", "--received-at", "2026-12-02 15:59")
    refused = run("appeal", "register", contest, "--event", "电工", "C02", "计时有误",
                  "--received-at", "2026-12-02 16:10", code=6).output
    assert "申诉已超过时限" in refused and "截止 2026-12-02 16:00" in refused and "逾期受理须写明理由" in refused
    late = run("appeal", "register", contest, "--event", "电工", "C02", "计时有误", "--received-at", "2026-12-02 16:10",
               "--late-reason", "书面材料因交通延误，仲裁组同意受理").output
    assert "申诉 2 已登记" in late and "逾期受理" in late
    run("appeal", "decide", contest, "2", "--upheld", "--decision", "计时确有误差", code=6)  # changes required
    assert "申诉成立" in run("appeal", "decide", contest, "2", "--upheld", "--decision", "计时确有误差",
                          "--changes", "C02 用时改为 1500 秒").output
    listing = run("appeal", "list", contest).output
    assert "申诉截止 2026-12-02 16:00" in listing and "共 2 件申诉" in listing
    assert "2026-12-02 16:10（逾期受理）" in listing
    data = json.loads(run("appeal", "list", contest, "--event", "电工", "--format", "json").output)
    assert [a["code"] for a in data["appeals"]] == ["C01", "C02"]
    assert data["appeals"][1]["late_reason"] == "书面材料因交通延误，仲裁组同意受理"
    assert data["appeals"][1]["state"] == "upheld" and data["deadlines"]["电工"]["hours"] == "2"


def test_moving_a_recorded_end_needs_a_reason(contest: Path) -> None:
    run("end-event", contest, "--event", "电工", "--at", "2026-12-02 14:00")
    assert "须写明原因" in run("end-event", contest, "--event", "电工", "--at", "2026-12-02 14:30", code=6).output
    out = run("end-event", contest, "--event", "电工", "--at", "2026-12-02 14:30", "--reason", "最后一组延时").output
    assert "申诉截止 2026-12-02 16:30" in out
    assert "应写成" in run("end-event", contest, "--event", "电工", "--at", "下午", "--reason", "x", code=6).output


def test_an_appeal_registered_before_the_end_was_recorded_shows_late(contest: Path) -> None:
    run("appeal", "register", contest, "--event", "电工", "C01", "理论成绩有误", "--received-at", "2026-12-02 16:49")
    run("end-event", contest, "--event", "电工", "--at", "2026-12-02 14:00")  # recorded afterwards
    assert "2026-12-02 16:49（逾期）" in run("appeal", "list", contest, "--event", "电工").output
