"""advance, combined, standings and standard: computed from the events stored in a contest file."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.core.entries import Entry, Status
from judge_app.store import ContestDB


def one_section(event_id: str, **extra):
    spec = {"id": event_id, "name": event_id, "tie_breaks": [], "sections": [{
        "id": "s", "name": "实操", "max": 100, "weight": 100,
        "criteria": [{"id": "c", "name": "成绩", "max": 100, "step": "0.25", "kind": "measurement"}]}]}
    spec.update(extra)
    return spec


SCHEME = {
    "format": "judge_app.scheme/1",
    "contest": {"name": "轮次测试"},
    "events": [
        one_section("初赛", advance={"top": 2, "to": "决赛"}),
        one_section("决赛", carry=[{"event": "初赛", "weight": 30}], standard_score=True,
                    awards={"tiers": [{"name": "一等奖", "count": 1}]}),
        one_section("Q1"),
        one_section("Q2"),
    ],
    "seasons": [{"id": "Y", "name": "年度", "combine": "mean", "missing": "zero",
                 "periods": [{"event": "Q1"}, {"event": "Q2"}]}],
}
# (event, code, name, value or status): the same people have other codes in the final
MARKS = [
    ("初赛", "P1", "张三", "90"), ("初赛", "P2", "李四", "80"), ("初赛", "P3", "王五", "80"), ("初赛", "P4", "赵六", "70"),
    ("决赛", "F1", "张三", "80"), ("决赛", "F2", "李四", "90"), ("决赛", "F3", "王五", "85.5"),
    ("Q1", "U1", "一车间", "80"), ("Q1", "U2", "二车间", "90"),
    ("Q2", "U1", "一车间", "85"), ("Q2", "U2", "二车间", "缺考"),
]


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def contest(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rounds")
    path = folder / "rounds.judge"
    scheme = folder / "scheme.json"
    scheme.write_text(json.dumps(SCHEME, ensure_ascii=False), encoding="utf-8")
    run("new", path, "--name", "轮次测试")
    run("scheme", "import", path, scheme)
    with ContestDB.open(path, actor="test") as db:
        db.import_entries(
            [Entry(code, event, name=name, unit="某厂", status=Status.ABSENT if value == "缺考" else Status.OK)
             for event, code, name, value in MARKS],
            source="test",
        )
        for event, code, _, value in MARKS:
            if value != "缺考":
                db.record_score(event, code, "c", "J1", Decimal(value))
    return path


def test_advance_lists_the_tie_at_the_cut_as_advancing_with_a_warning(contest):
    data = json.loads(run("advance", contest, "--event", "初赛", "--format", "json").output)
    (group,) = data["groups"]
    # 90, 80, 80, 70 with top 2: P2 and P3 share 2nd place → both advance
    assert [r["code"] for r in group["advancing"]] == ["P1", "P2", "P3"]
    assert [r["code"] for r in group["not_advancing"]] == ["P4"]
    assert "P2、P3 并列第 2 名" in group["warnings"][0]
    table = run("advance", contest, "--event", "初赛").output
    assert "初赛 晋级名单" in table and "晋级 3 名" in table and "前 2 名" in table and "晋级至 决赛" in table


def test_combined_final_matches_hand_computation(contest):
    data = json.loads(run("combined", contest, "--event", "决赛", "--format", "json").output)
    rows = {r["code"]: r for r in data["rows"]}
    # F1 张三: 80×70% + 90×30% = 56 + 27 = 83.00;  F2 李四: 63 + 24 = 87.00;  F3 王五: 59.85 + 24 = 83.85
    assert {c: (r["total"], r["rank"]) for c, r in rows.items()} == {
        "F1": ("83.00", 3), "F2": ("87.00", 1), "F3": ("83.85", 2)}
    assert rows["F2"]["award"] == "一等奖" and rows["F3"]["carried"] == {"初赛": "80.00"}
    assert rows["F3"]["own_total"] == "85.50" and data["own_weight"] == "70"
    # standard scores on the combined totals: median 83.85, mean deviation (0.85+3.15+0)/3 = 1.3333…
    # F2: 700 + 3.15×20/(4/3) = 747.25;  F1: 700 − 0.85×15 = 687.25
    assert (rows["F2"]["standard_score"], rows["F1"]["standard_score"], rows["F3"]["standard_score"]) == (
        "747.25", "687.25", "700.00")
    table = run("combined", contest, "--event", "决赛").output
    assert "本轮(70%)" in table and "初赛(30%)" in table and "83.85" in table


def test_standings_of_a_season_with_a_missing_period(contest):
    data = json.loads(run("standings", contest, "--season", "Y", "--format", "json").output)
    rows = {r["code"]: r for r in data["rows"]}
    # mean over both quarters, a missing quarter counts 0: U1 (80+85)/2 = 82.5, U2 (90+0)/2 = 45
    assert (rows["U1"]["total"], rows["U1"]["rank"], rows["U2"]["total"], rows["U2"]["rank"]) == ("82.50", 1, "45.00", 2)
    assert rows["U2"]["periods"] == {"Q1": "90.00", "Q2": None} and "Q2" in rows["U2"]["note"]
    assert "年度 累计排名" in run("standings", contest, "--season", "Y").output


def test_standard_lists_entrants_by_standard_score(contest):
    data = json.loads(run("standard", contest, "--format", "json").output)
    assert [(r["code"], r["standard_score"], r["overall"]) for r in data["rows"]] == [
        ("F2", "747.25", 1), ("F3", "700.00", 2), ("F1", "687.25", 3)]
    assert "中位数 → 700" in run("standard", contest).output


def test_user_mistakes_are_one_line_and_nonzero(contest):
    no_rule = run("advance", contest, "--event", "决赛", ok=False)
    assert no_rule.exit_code == 3 and "没有晋级规则" in no_rule.output and "Traceback" not in no_rule.output
    assert run("standings", contest, "--season", "X", ok=False).exit_code == 7
    undeclared = run("standard", contest, "--event", "Q1", ok=False)
    assert undeclared.exit_code == 3 and "没有声明标准分" in undeclared.output
