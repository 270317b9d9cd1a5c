"""judge-app lock / unlock / publish / finalise / withdraw / status / time / playoff and
recheck draw / list / enter / confirm / resolve, through click's runner."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge_app.cli.main import main
from judge_app.core.entries import Status
from judge_app.store import ContestDB
from tests.cli.login_env import AS_ORGANISER
from tests.store.sample import CODES, register_organiser, sample_contest

E = ("--event", "电工")
DIFFERING = ("C03", "P1", "J2")  # stored 42 + 0.5 × 2 = 43


def run(*args: object, code: int = 0) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args], env=AS_ORGANISER)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def contest(tmp_path: Path) -> Path:
    path = tmp_path / "复核.judge"
    with sample_contest(path, "复核测试") as db:
        register_organiser(db)
        db.add_judge("J1", "裁判一", pin="1111")
    return path


def _score_everything(path: Path) -> None:
    """Every value of 电工: T1, P1 × 5 judges, P2, P3 for each of the five contestants."""
    items: list[tuple[str, str, str, str, object]] = []
    for i, code in enumerate(CODES):
        items.append(("电工", code, "T1", "J6", 60 + i * 5))
        items += [("电工", code, "P1", f"J{j}", Decimal(40 + i) + Decimal("0.5") * j) for j in range(1, 6)]
        items += [("电工", code, "P2", "J1", 20), ("电工", code, "P3", "J1", 8)]
    with ContestDB.open(path, actor="组委会") as db:
        db.record_scores(items)


def _items(contest: Path, *extra: str) -> list[dict]:
    return json.loads(run("recheck", "list", contest, *E, "--format", "json", *extra).output)["items"]


def _line_of(output: str, code: str, criterion: str) -> str:
    return next(line for line in output.splitlines() if line.startswith(code) and f" {criterion} " in line)


def _lock_with_an_audited_unlock(contest: Path) -> None:
    assert "模块 理论知识 已锁定" in run("lock", contest, *E, "--section", "theory").output
    assert "模块 实际操作 已锁定" in run("lock", contest, *E, "--section", "实际操作").output  # by name
    assert "already locked" in run("lock", contest, *E, "--section", "theory", code=6).output
    assert "须写明原因" in run("unlock", contest, *E, "--section", "theory", code=6).output
    run("unlock", contest, *E, "--section", "theory", "--reason", "更正", "--as", "J1", "--pin", "1111", code=10)
    assert "已解锁" in run("unlock", contest, *E, "--section", "theory", "--reason", "T1 录入有误").output
    run("lock", contest, *E, "--section", "theory")


def _recheck_blind(contest: Path) -> None:
    assert "尚未抽取复核名单" in run("recheck", "list", contest, *E).output
    drawn = run("recheck", "draw", contest, *E, "--seed", "7").output
    assert "种子 / seed 7" in drawn and "5 份评分表（C01、C02、C03、C04、C05），40 个分值" in drawn
    listing = run("recheck", "list", contest, *E).output
    assert listing.count("  待复核") == 40 and "已查 0/40 个分值" in listing
    assert "60" not in _line_of(listing, "C01", "T1")  # the stored 60 stays hidden for blind re-entry
    assert "60" in _line_of(run("recheck", "list", contest, *E, "--show-stored").output, "C01", "T1")
    items = _items(contest)
    assert len(items) == 40 and all(i["stored"] is None and i["outcome"] == "" for i in items)
    assert {i["why"] for i in items} == {"top"}


def _work_through_recheck(contest: Path) -> None:
    entered = run("recheck", "enter", contest, *E, *DIFFERING, "45").output
    assert "C03 P1（裁判 J2）：不一致（待处理）" in entered and "39 个分值待复核，1 处差异待处理" in entered
    assert "复核未完成" in run("unseal", contest, *E, "--reason", "太早", code=6).output
    assert "须写明原因" in run("recheck", "resolve", contest, *E, *DIFFERING, "--keep", code=6).output
    kept = run("recheck", "resolve", contest, *E, *DIFFERING, "--keep", "--reason", "原始评分表为 43").output
    assert "原值正确" in kept and "39 个分值待复核，0 处差异待处理" in kept
    todo = [i for i in _items(contest) if not i["outcome"]]
    assert len(todo) == 39
    for item in todo:
        out = run("recheck", "confirm", contest, *E, item["code"], item["criterion"], item["judge"]).output
        assert "一致 / same" in out
    assert "复核已完成" in out
    assert "已复核" in run("recheck", "confirm", contest, *E, *DIFFERING, code=6).output
    assert "不在复核名单上" in run("recheck", "confirm", contest, *E, "C01", "P1", "J6", code=7).output
    assert all(i["stored"] is not None for i in _items(contest))  # checked values are shown


def test_an_event_goes_from_lock_through_recheck_to_final(contest: Path) -> None:
    _score_everything(contest)
    _lock_with_an_audited_unlock(contest)
    _recheck_blind(contest)
    _work_through_recheck(contest)
    assert "已解密" in run("unseal", contest, *E, "--reason", "复核完毕").output
    run("publish", contest, *E, "--as", "J1", "--pin", "1111", code=10)
    assert "已公示" in run("publish", contest, *E).output
    refused = run("unlock", contest, *E, "--section", "theory", "--reason", "再改", code=6).output
    assert "公示" in refused
    assert "须写明原因" in run("withdraw", contest, *E, code=6).output
    assert "已撤回公示" in run("withdraw", contest, *E, "--reason", "申诉成立，复查").output
    run("finalise", contest, *E, code=6)  # publish it first
    run("publish", contest, *E)
    assert "已定稿" in run("finalise", contest, *E).output
    assert "已定稿" in run("withdraw", contest, *E, "--reason", "太晚", code=6).output
    with ContestDB.open(contest, actor="组委会") as db:
        assert db.publication_state("电工") == "final" and db.is_unsealed("电工")
        assert {db.section_state("电工", s) for s in ("theory", "practical")} == {"locked"}
        unlocks = [(a.target, a.reason) for a in db.audit_log() if a.action == "section.unlock"]
        assert unlocks == [("电工/theory", "T1 录入有误")]
        item = next(i for i in db.recheck_state("电工").items if (i.code, i.criterion, i.judge) == DIFFERING)
        assert (item.outcome, item.entered, item.note) == ("kept", Decimal(45), "原始评分表为 43")
        stored = {(s.code, s.criterion, s.judge): s.value for s in db.scores("电工")}
        assert stored[DIFFERING] == Decimal(43)
        actions = [a.action for a in db.audit_log()]
        assert actions.count("recheck.confirm") == 39 and actions.count("event.publish") == 2


def test_status_time_and_playoff_of_an_entry(contest: Path) -> None:
    out = run("status", contest, *E, "C02", "缺考", "--reason", "未到场检录").output
    assert "C02：缺考 / absent" in out
    assert "缺考" in _line_of(run("rank", contest, *E).output, "职工组", "C02")
    wrong = run("status", contest, *E, "C02", "迟到", "--reason", "x", code=9).output
    assert "迟到" in wrong and "正常/缺考/弃赛/取消资格" in wrong and "ok/absent/withdrawn/disqualified" in wrong
    run("status", contest, *E, "C09", "缺考", "--reason", "x", code=7)
    run("status", contest, *E, "C03", "disqualified", "--reason", "违规操作")
    assert "1500 秒（25:00）" in run("time", contest, *E, "C01", "1500").output
    assert "754 秒（12:34）" in run("time", contest, *E, "C05", "12：34").output  # 分:秒, a full-width colon too
    assert "分:秒" in run("time", contest, *E, "C05", "12:75", code=4).output  # refused, C05 keeps 754
    run("time", contest, *E, "C01", code=9)  # neither SECONDS nor --clear
    assert "88.5" in run("playoff", contest, *E, "C04", "88.5").output
    run("playoff", contest, *E, "C04", "很多", code=4)
    with ContestDB.open(contest, actor="组委会") as db:
        found = {e.code: e for e in db.entries("电工")}
        assert found["C02"].status is Status.ABSENT and found["C03"].status is Status.DISQUALIFIED
        assert (found["C01"].time_s, found["C05"].time_s) == (1500, 754)
        reasons = {a.target: a.reason for a in db.audit_log() if a.action == "entry.status"}
        assert reasons == {"电工/C02": "未到场检录", "电工/C03": "违规操作"}
        assert [(a.target, a.new) for a in db.audit_log() if a.action == "playoff.set"] == [("电工/C04", "88.5")]
    assert "已清除" in run("time", contest, *E, "C01", "--clear").output
    with ContestDB.open(contest, actor="组委会") as db:
        assert {e.code: e.time_s for e in db.entries("电工")}["C01"] is None


def test_locking_with_values_missing_warns_that_ranks_stay_provisional(tmp_path: Path) -> None:
    path = tmp_path / "缺分.judge"
    with sample_contest(path, "缺分") as db:
        db.record_score("电工", "C01", "T1", "J6", "80")
    out = run("lock", path, *E, "--section", "theory").output
    assert "已锁定" in out and "仍缺 4 个分值" in out  # C02–C05 have no 理论考试
    with ContestDB.open(path, actor="组委会") as db:
        db.record_scores([("电工", code, crit, judge, value) for code in CODES
                          for crit, judge, value in [("P2", "J1", "20"), ("P3", "J1", "1")]
                          + [("P1", f"J{j}", "40") for j in range(1, 6)]])
    assert "仍缺" not in run("lock", path, *E, "--section", "practical").output


def test_locking_lists_the_value_conflicts_it_leaves(tmp_path: Path) -> None:
    """judge-app lock said nothing of a measurement the panel disagreed on (issue 16 item 8)."""
    path = tmp_path / "不一致.judge"
    with sample_contest(path, "不一致") as db:
        db.record_scores([("电工", "C01", "P2", "J1", "20")] + [("电工", "C01", "P2", f"J{j}", "30") for j in range(2, 6)])
    out = run("lock", path, *E, "--section", "practical").output
    assert "1 处录入不一致" in out and "C01 “故障排除” 录入不一致（J1 20、J2 30" in out
    assert "录入不一致" not in run("lock", path, *E, "--section", "theory").output


def _recheck_file(path: Path, rows: list[tuple[str, str, str, object]]) -> Path:
    path.write_text("编号,裁判,评分项,分数\n" + "".join(f"{c},{j},{k},{v}\n" for c, k, j, v in rows), encoding="utf-8")
    return path


def test_a_recheck_file_re_enters_the_listed_values_all_or_nothing(contest: Path, tmp_path: Path) -> None:
    """The second person types the sheets into a file: every listed value at once, blind."""
    _score_everything(contest)
    run("lock", contest, *E, "--section", "theory")
    run("lock", contest, *E, "--section", "practical")
    run("recheck", "draw", contest, *E, "--seed", "7")
    stored = {(i["code"], i["criterion"], i["judge"]): i for i in _items(contest, "--show-stored")}
    values = {key: Decimal(item["stored"]) for key, item in stored.items()}
    values[DIFFERING] = Decimal(45)  # typed differently from the stored 43
    bad = _recheck_file(tmp_path / "坏.csv", [("C01", "T1", "J6", "60"), ("C01", "T1", "J6", "61"),
                                             ("C02", "P2", "J1", "999"), ("C09", "T1", "J6", "1")])
    refused = run("recheck", "import", contest, *E, bad, code=5).output  # each line named by file, row, column
    assert "坏.csv 第 3 行 D 列（分数）" in refused and "重复" in refused
    assert "坏.csv 第 4 行 D 列（分数）" in refused and "999" in refused
    assert "坏.csv 第 5 行 A 列（编号）" in refused and "C09" in refused
    assert all(i["outcome"] == "" for i in _items(contest))  # nothing stored: not even the good line 2
    good = _recheck_file(tmp_path / "复核.csv", [(c, k, j, v) for (c, k, j), v in values.items()])
    out = run("recheck", "import", contest, *E, good).output
    assert f"一致 {len(values) - 1}，不一致 1" in out and "1 处差异待处理" in out
    again = run("recheck", "import", contest, *E, _recheck_file(tmp_path / "又.csv", [("C01", "T1", "J6", "60")]),
                code=5).output
    assert "又.csv 第 2 行：C01 “T1”（裁判 J6）已复核" in again and "没有做任何改动" in again
    items = {(i["code"], i["criterion"], i["judge"]): i for i in _items(contest)}
    assert items[DIFFERING]["outcome"] == "differs" and Decimal(items[DIFFERING]["entered"]) == 45
    assert sum(i["outcome"] == "same" for i in items.values()) == len(values) - 1
