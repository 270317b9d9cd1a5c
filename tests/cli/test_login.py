"""Log-in on the command line: once people are registered, every command that acts as someone
needs that person's PIN (``--pin``, $JUDGE_APP_PIN or a prompt); wrong ones wait longer and are
audited; an unregistered name gets nothing; a contest with nobody registered stays open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge_app.app.contest_file import ACTOR_ENV
from judge_app.app.session import PIN_ENV
from judge_app.cli import login
from judge_app.cli.main import main
from judge_app.store import ContestDB
from tests.store.sample import sample_contest

BOSS, SECRET, JUDGE = "lao-ban-2025", "mi-mi-2025", "2468"


def run(*args: object, code: int = 0, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], env=env, input=input)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def contest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample contest with an organiser (O1), a secretary (S1) and a judge (J1) registered."""
    for name in (ACTOR_ENV, PIN_ENV):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "c.judge"
    with sample_contest(path, "测试赛") as db:
        db.add_judge("O1", "组委会", role="organiser", pin=BOSS)
        db.add_judge("S1", "周密", role="secretary", pin=SECRET)
        db.add_judge("J1", "吴一", pin=JUDGE)
    return path


def audit(path: Path, action: str) -> list[tuple[str, str]]:
    with ContestDB.open(path, actor="test") as db:
        return [(e.target, e.new or "") for e in db.audit_log() if e.action == action]


def test_a_role_bound_command_needs_the_right_pin(contest: Path) -> None:
    draw = ("draw", contest, "--event", "电工", "--stage", "1", "--seed", "7", "--as", "S1")
    refused = run(*draw, code=10)
    assert "请输入 周密（S1）的口令" in refused.output and "--pin" in refused.output
    assert "PIN 不正确" in run(*draw, "--pin", "mi-mi-2024", code=10).output
    assert audit(contest, "draw.stage1") == []
    assert "种子 / seed: 7" in run(*draw, "--pin", SECRET).output
    assert len(audit(contest, "draw.stage1")) == 1


def test_scripts_give_the_pin_in_the_environment(contest: Path) -> None:
    env = {ACTOR_ENV: "O1", PIN_ENV: BOSS}
    run("judges", "add", contest, "J2", "郑二", "--new-pin", "1357", env=env)
    listed = json.loads(run("judges", "list", contest, "--format", "json", env=env).output)
    assert [j["id"] for j in listed] == ["J1", "J2", "O1", "S1"]
    assert "PIN 不正确" in run("judges", "list", contest, env={ACTOR_ENV: "O1", PIN_ENV: "wrong-2025"}, code=10).output
    assert run("judges", "list", contest, "--pin", BOSS, env={ACTOR_ENV: "O1", PIN_ENV: "x"}).exit_code == 0


def test_an_unregistered_name_gets_nothing(contest: Path) -> None:
    for who in ("张三", "organiser", "管理员"):
        refused = run("roster", "show", contest, "--as", who, "--pin", BOSS, code=10)
        assert "未在本比赛登记" in refused.output and "选手" not in refused.output
    run("judges", "add", contest, "X1", "冒名", "--role", "管理员", "--new-pin", "i-am-boss-now", "--as", "张三", code=10)
    run("kit", "make", contest, "--judge", "J1", "--out", contest.parent, code=10)  # the OS user is nobody here
    with ContestDB.open(contest, actor="test") as db:
        assert [j.id for j in db.judges()] == ["J1", "O1", "S1"]
    assert [target for target, _ in audit(contest, "login.fail")][:3] == ["张三", "organiser", "管理员"]


def test_a_judge_cannot_act_as_another_judge(contest: Path) -> None:
    run("judges", "add", contest, "J2", "郑二", "--new-pin", "1357", "--as", "O1", "--pin", BOSS)
    assert "PIN 不正确" in run("judges", "list", contest, "--as", "J1", "--pin", "1357", code=10).output
    run("judges", "set-pin", contest, "J1", "--new-pin", "0000", "--as", "J2", "--pin", "1357", code=10)
    assert "共 7 条" in run("roster", "show", contest, "--as", "J1", "--pin", JUDGE).output  # J1's PIN is unchanged


def test_wrong_pins_are_delayed_and_audited(contest: Path) -> None:
    show = ("roster", "show", contest, "--as", "J1")
    run(*show, "--pin", "1111", code=10)
    second = run(*show, "--pin", "1112", code=10)
    assert "请在 1 秒后重试" in second.output
    third = run(*show, "--pin", JUDGE, code=10)  # even the right PIN waits: it is not even checked
    assert "请在 1 秒后重试" in third.output and "刚刚输错" in third.output
    assert [new for _, new in audit(contest, "login.fail")] == [
        '{"why": "wrong PIN", "failures": 1}', '{"why": "wrong PIN", "failures": 2}']


def test_the_pin_is_asked_on_a_terminal(contest: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(login, "on_terminal", lambda: True)
    shown = run("roster", "show", contest, "--as", "S1", input=SECRET + "\n")
    assert "周密（S1）的口令" in shown.output and SECRET not in shown.output  # not echoed
    assert "共 7 条" in shown.output
    run("roster", "show", contest, "--as", "S1", input="\n", code=10)  # nothing typed


def test_a_contest_with_nobody_registered_opens_as_its_creator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PIN_ENV, raising=False)
    path = tmp_path / "new.judge"
    sample_contest(path, "测试赛").close()
    assert "共 7 条" in run("roster", "show", path).output
    refused = run("judges", "add", path, "J1", "吴一", "--new-pin", "2468", code=6)
    assert "管理员" in refused.output  # the first person registered is the organiser, with a passphrase
    run("judges", "add", path, "O1", "组委会", "--role", "管理员", "--new-pin", BOSS)
    run("roster", "show", path, code=10)  # from now on: log in
    assert "共 7 条" in run("roster", "show", path, "--as", "O1", "--pin", BOSS).output


def test_commands_that_need_no_role_stay_open(contest: Path, tmp_path: Path) -> None:
    assert "理论" in run("scheme", "show", contest).output
    assert "审计日志完整" in run("audit", "verify", contest).output
    run("template", "scheme", tmp_path / "模板.xlsx")
    run("new", tmp_path / "another.judge", "--name", "另一个比赛")
