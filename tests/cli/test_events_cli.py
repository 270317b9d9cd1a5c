"""judge-app event add / event groups: an event added after the contest exists (one section and
criterion to fill in), its groups set and cleared; a duplicate event, a group twice, a group that
entries are in and a person other than the organiser are refused, each audited
change as ``scheme.set`` with what was done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge_app.cli.main import main
from judge_app.core.entries import Entry
from judge_app.store import ContestDB
from tests.cli.login_env import AS_ORGANISER, as_person
from tests.store.sample import register_organiser, sample_contest


def run(*args: object, env: dict[str, str] = AS_ORGANISER, ok: bool = True) -> Result:
    """The command's result; ``ok=False``: it must be refused (one line, no traceback)."""
    result = CliRunner().invoke(main, [str(a) for a in args], env=env)
    assert (result.exit_code == 0) is ok and not isinstance(result.exception, (TypeError, KeyError)), result.output
    return result


@pytest.fixture
def contest(tmp_path: Path) -> Path:
    path = tmp_path / "赛项.judge"
    with sample_contest(path, "赛项测试") as db:
        register_organiser(db)
        db.add_judge("C1", "裁判长", role="chief", pin="chief-9999")
    return path


def _scheme(path: Path) -> dict:
    return json.loads(run("scheme", "show", path, "--format", "json").output)


def _last_reason(path: Path) -> tuple[str, str]:
    with ContestDB.open(path, actor="测试") as db:
        last = db.audit_log()[-1]
    return last.action, last.reason


def test_an_event_is_added_then_its_groups_set_and_cleared(contest: Path) -> None:
    out = run("event", "add", contest, "--id", "hg", "--name", "焊工", "--group", "职工组", "--group", "学生组",
              "--kind", "团队").output
    assert "已添加赛项 / event added: 焊工 [hg]，组别 职工组、学生组" in out
    added = next(ev for ev in _scheme(contest)["events"] if ev["id"] == "hg")
    assert (added["entry_kind"], added["groups"]) == ("team", ["职工组", "学生组"])
    assert [s["name"] for s in added["sections"]] == ["实际操作"]
    assert _last_reason(contest) == ("scheme.set", "添加赛项 焊工")
    assert "焊工" in run("scheme", "show", contest).output

    assert "职工组、青年组" in run("event", "groups", contest, "--event", "焊工", "职工组", "青年组").output
    assert next(ev for ev in _scheme(contest)["events"] if ev["id"] == "hg")["groups"] == ["职工组", "青年组"]
    assert _last_reason(contest) == ("scheme.set", "组别 焊工：职工组、青年组")
    assert "不分组" in run("event", "groups", contest, "--event", "hg", "--clear").output
    assert next(ev for ev in _scheme(contest)["events"] if ev["id"] == "hg")["groups"] == []


def test_what_the_event_commands_refuse(contest: Path) -> None:
    assert "已有赛项" in run("event", "add", contest, "--id", "x", "--name", "电工", ok=False).output
    assert "未知的参赛对象" in run("event", "add", contest, "--id", "x", "--name", "钳工", "--kind", "robot", ok=False).output
    assert "组别“职工组”重复" in run("event", "groups", contest, "--event", "电工", "职工组", "职工组 ", ok=False).output
    assert "二者取一" in run("event", "groups", contest, "--event", "电工", ok=False).output
    chief = as_person("C1", "chief-9999")
    assert "只能由管理员进行" in run("event", "add", contest, "--id", "x", "--name", "钳工", env=chief, ok=False).output

    run("event", "groups", contest, "--event", "电工", "职工组", "学生组")
    with ContestDB.open(contest, actor="组委会") as db:
        db.import_entries([Entry(code="", event="电工", name="新选手", group="学生组")], source="补报.xlsx")
    refused = run("event", "groups", contest, "--event", "电工", "职工组", ok=False).output
    assert "删去了已有选手的组别：电工/学生组（1 名）" in refused
    assert next(ev for ev in _scheme(contest)["events"] if ev["id"] == "电工")["groups"] == ["职工组", "学生组"]
