"""Judges' recusal (回避) from the command line: a judge's unit and ``recusal add|list|remove``; a
score file with a recused value is refused; the ranking uses the remaining judges (hand-computed)
and the sheets say who was recused."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from tests.cli.kinds_sample import results, write_csv
from tests.cli.login_env import AS_ORGANISER, as_person
from tests.store.sample import ORGANISER_PASS

SCHEME = {"format": "judge_app.scheme/1", "contest": {"name": "回避测试"}, "events": [{
    "id": "dg", "name": "电工", "sections": [{
        "id": "sc", "name": "实际操作", "max": "100", "weight": "100", "rule": "trimmed",
        "judges": ["J1", "J2", "J3", "J4", "J5"],
        "criteria": [{"id": "P1", "name": "接线工艺", "max": "100", "step": "0.5"}]}]}]}
UNITS = {"A01": "供电公司", "A02": "水务集团", "A03": "燃气公司"}
PIN = "24681357"


def run(*args, ok=True, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], env=env or AS_ORGANISER)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def contest(tmp_path):
    (tmp_path / "scheme.json").write_text(json.dumps(SCHEME, ensure_ascii=False), encoding="utf-8")
    roster = write_csv(tmp_path / "roster.csv", ("赛项", "编号", "姓名", "单位"),
                       [("电工", code, name, UNITS[code]) for code, name in (("A01", "王伟"), ("A02", "李娜"), ("A03", "张敏"))])
    path = tmp_path / "c.judge"
    run("new", path, "--name", "回避测试")
    run("scheme", "import", path, tmp_path / "scheme.json")
    run("import", "roster", roster, "--contest", path)
    run("judges", "add", path, "O0", "组委会", "--role", "organiser", "--new-pin", ORGANISER_PASS)
    for judge in ("J1", "J2", "J3", "J4", "J5"):
        run("judges", "add", path, judge, f"裁判{judge}", "--new-pin", PIN,
            *(("--unit", "水务集团") if judge == "J2" else ()))
    return path


def scores_file(tmp_path, rows):
    return write_csv(tmp_path / "scores.csv", ("赛项", "编号", "裁判", "评分项", "分数"),
                     [("电工", code, judge, "P1", value) for code, judge, value in rows])


def test_recused_values_are_refused_and_the_ranking_uses_the_others(contest, tmp_path):
    assert "裁判J2  裁判    水务集团" in run("judges", "list", contest).output
    out = run("recusal", "add", contest, "J1", "A03", "--reason", "师徒关系").output
    assert "裁判 J1 不为 dg A03 评分（师徒关系）" in out
    refused = run("scores", "import", contest, scores_file(tmp_path, [("A01", "J2", "80"), ("A02", "J2", "80")]), ok=False)
    assert refused.exit_code != 0 and "Traceback" not in refused.output
    assert "裁判 J2 回避 A02" in refused.output and "第 3 行" in refused.output
    rows = [("A01", j, v) for j, v in zip(("J1", "J2", "J3", "J4", "J5"), ("80", "84", "90", "70", "86"))]
    rows += [("A02", j, v) for j, v in zip(("J1", "J3", "J4", "J5"), ("88", "80", "92", "90"))]
    rows += [("A03", j, v) for j, v in zip(("J2", "J3", "J4", "J5"), ("75", "77", "79", "95"))]
    run("scores", "import", contest, scores_file(tmp_path, rows))
    found = results(contest, "dg")
    # A01 trimmed of 5: drop 70 and 90 → (80+84+86)/3 = 83.333… → 83.33
    # A02 J2 recused: 88, 80, 92, 90 → drop 80 and 92 → (88+90)/2 = 89.00, complete
    # A03 J1 recused: 75, 77, 79, 95 → drop 75 and 95 → (77+79)/2 = 78.00
    assert {c: (str(r.total), r.provisional) for c, r in found.items()} == {
        "A01": ("83.33", False), "A02": ("89.00", False), "A03": ("78.00", False)}
    run("export", contest, "--format", "csv", "--event", "dg", "--out", tmp_path / "out")
    (sheet,) = (tmp_path / "out").glob("*.csv")
    lines = {line.split(",")[2]: line for line in sheet.read_text(encoding="utf-8-sig").splitlines()[1:]}
    assert lines["A02"].endswith("评委J2回避") and lines["A03"].endswith("评委J1回避")
    assert "回避" not in lines["A01"]


def test_the_list_shows_a_judge_codes_only_and_removing_is_audited(contest):
    run("recusal", "add", contest, "J1", "A03", "--event", "电工", "--reason", "师徒关系")
    desk = run("recusal", "list", contest).output
    assert "关联" in desk and "师徒关系" in desk and "同单位" in desk
    mine = run("recusal", "list", contest, env=as_person("J2", PIN)).output
    assert "A02" in mine and "回避" in mine
    assert "J1" not in mine and "同单位" not in mine and "水务" not in mine and "李娜" not in mine
    judge_try = run("recusal", "add", contest, "J2", "A01", "--reason", "x", env=as_person("J2", PIN), ok=False)
    assert "登记裁判回避只能由裁判长或管理员进行" in judge_try.output
    run("recusal", "remove", contest, "J1", "A03", "--reason", "登记错误")
    assert "关联" not in run("recusal", "list", contest).output
    audit = sqlite3.connect(contest).execute(
        "SELECT action, target, reason FROM audit WHERE action LIKE 'recusal.%' ORDER BY seq").fetchall()
    assert ("recusal.unit", "dg/A02/J2", "") in audit
    assert audit[-2:] == [("recusal.add", "dg/A03/J1", "师徒关系"), ("recusal.remove", "dg/A03/J1", "登记错误")]
    assert "audit chain ok" in run("audit", "verify", contest).output


def test_a_judges_list_with_units_recuses_and_without_the_column_keeps_them(contest, tmp_path):
    listed = write_csv(tmp_path / "裁判名单.csv", ("编号", "姓名", "角色", "工作单位"),
                       [("J3", "裁判J3", "裁判", "燃气公司"), ("J4", "裁判J4", "裁判", "")])
    run("judges", "import", contest, listed)
    assert "燃气公司" in run("judges", "list", contest).output
    lines = [line for line in run("recusal", "list", contest).output.splitlines() if "同单位" in line]
    assert sorted(line.split()[0] + line.split()[2] for line in lines) == ["J2A02", "J3A03"]
    again = write_csv(tmp_path / "名单2.csv", ("编号", "姓名", "角色"), [("J3", "裁判J3", "裁判")])
    run("judges", "import", contest, again)  # no 单位 column: the unit stays
    assert "J3A03" in {line.split()[0] + line.split()[2] for line in run("recusal", "list", contest).output.splitlines()[1:]}
