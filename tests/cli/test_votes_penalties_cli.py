"""Votes of a 工匠 selection and penalties by hand, from the command line: recorded, voided or taken
back with a reason, audited, and printed on the 成绩汇总表 (hand-computed expected values)."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from judge_app.cli.main import main
from judge_app.core.decimals import fmt
from tests.cli.kinds_sample import results, write_csv, write_inputs
from tests.io.helpers import write_xlsx


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def contest(tmp_path):
    scheme, roster = write_inputs(tmp_path)
    path = tmp_path / "c.judge"
    run("new", path, "--name", "测试")
    run("scheme", "import", path, scheme)
    run("import", "roster", roster, "--contest", path)
    return path


def vote_rows(path, event="jx"):
    """code → (票数, 作废, 计票, 得分, 原因) as ``votes list`` prints them."""
    lines = run("votes", "list", path, "--event", event).output.splitlines()[2:]
    return {cells[0]: tuple(cells[1:]) for cells in ([c.strip() for c in line.split("  ") if c.strip()] for line in lines)}


def totals(path, event):
    """code → (total, the vote or 实际操作 section's score), after ``rank`` accepted the event."""
    run("rank", path, "--event", event)
    section = "vote" if event == "jx" else "practical"
    return {code: (fmt(row.total), fmt(row.section(section).score)) for code, row in results(path, event).items()}


def test_votes_import_set_void_and_the_vote_section_score(contest, tmp_path):
    votes = write_csv(tmp_path / "票数.csv", ("候选人编号", "姓名", "票数"),
                      [("G01", "陈刚", "1200"), ("G02", "褚琳", "800"), ("G03", "卫东", "1500")])
    assert "已导入 3 名候选人" in run("votes", "import", contest, votes).output
    # 1500 is the most: G03 100, G01 1200/1500×100 = 80, G02 800/1500×100 = 53.333… → 53.33; ×30 %
    assert totals(contest, "jx") == {"G03": ("30.00", "100.00"), "G01": ("24.00", "80.00"), "G02": ("16.00", "53.33")}
    run("votes", "void", contest, "--event", "县工匠评选", "G03", "600", "--reason", "同一IP大量投票")
    # G03 counts 900; the most is now G01's 1200: G01 100, G03 75, G02 66.666… → 66.67
    assert totals(contest, "jx") == {"G01": ("30.00", "100.00"), "G03": ("22.50", "75.00"), "G02": ("20.00", "66.67")}
    run("votes", "set", contest, "--event", "jx", "G03", "1600")  # recounted: the void stays
    assert vote_rows(contest)["G03"] == ("1600", "600", "1000", "83.33", "同一IP大量投票")
    assert vote_rows(contest)["G01"] == ("1200", "1200", "100.00")
    audit = sqlite3.connect(contest).execute(
        "SELECT target, old, new, reason FROM audit WHERE action = 'votes.set' ORDER BY seq").fetchall()
    assert audit[-2:] == [("jx/G03", "1500 (作废 0)", "1500 (作废 600)", "同一IP大量投票"),
                          ("jx/G03", "1500 (作废 600)", "1600 (作废 600)", "同一IP大量投票")]
    assert "audit chain ok" in run("audit", "verify", contest).output


def test_a_votes_file_with_voids_is_all_or_nothing_and_located(contest, tmp_path):
    bad = write_xlsx(tmp_path / "票数.xlsx", [("编号", "票数", "作废票数", "作废原因"), ("G01", 100, 0, ""),
                                              ("G09", 50, 0, ""), ("G02", -3, 0, ""), ("G03", 90, 10, ""),
                                              ("G03", 90, 0, "")])
    result = run("votes", "import", contest, bad, "--event", "jx", ok=False)
    assert result.exit_code != 0 and "Traceback" not in result.output
    for where in ("第 3 行 A 列（编号）：赛项“县工匠评选”中没有编号“G09”", "第 4 行 B 列（票数）：票数应为",
                  "第 5 行 D 列（作废原因）：作废选票须写明原因", "第 6 行 A 列（编号）：与第 5 行是同一候选人"):
        assert where in result.output
    assert "票数.xlsx 工作表“报名表”" in result.output and "有 4 处错误，未导入任何票数" in result.output
    more = write_csv(tmp_path / "票数.csv", ("编号", "票数", "作废票数", "作废原因"), [("G01", "80", "90", "刷票")])
    assert "票数.csv 第 2 行 C 列（作废票数）：作废票数 90 大于票数 80" in run("votes", "import", contest, more, ok=False).output
    assert vote_rows(contest) == {"G01": (), "G02": (), "G03": ()}  # nothing stored


def test_votes_need_a_vote_section_and_an_open_one(contest, tmp_path):
    assert "没有投票模块" in run("votes", "set", contest, "--event", "电工", "D01", "5", ok=False).output
    run("lock", contest, "--event", "jx", "--section", "公众投票")
    refused = run("votes", "set", contest, "--event", "jx", "G01", "5", ok=False)
    assert refused.exit_code != 0 and "已锁定" in refused.output


def test_penalties_add_list_remove_with_reasons(contest, tmp_path):
    scores = write_csv(tmp_path / "分数.csv", ("赛项", "编号", "裁判", "评分项", "分数"),
                       [("电工", "D01", "J1", "T1", "80"), ("电工", "D01", "J1", "P1", "90")])
    run("scores", "import", contest, scores)
    run("penalty", "add", contest, "--event", "电工", "D01", "--section", "实际操作", "5", "--reason", "未戴安全帽")
    run("penalty", "add", contest, "--event", "dg", "D01", "--section", "practical", "2", "--reason", "工位不整洁")
    # 实操 90 − 5 − 2 = 83 → 83 × 70 % = 58.1; 理论 80 × 30 % = 24; total 82.10
    assert totals(contest, "dg")["D01"] == ("82.10", "83.00")
    listed = run("penalty", "list", contest, "--event", "dg").output
    assert "D01   实际操作  5     未戴安全帽" in listed and "D01   实际操作  2     工位不整洁" in listed
    assert "须写明原因" in run("penalty", "remove", contest, "--event", "dg", "D01", "--section", "实际操作", "5",
                               "--reason", " ", ok=False).output
    run("penalty", "remove", contest, "--event", "dg", "D01", "--section", "实际操作", "5", "--reason", "误记")
    assert totals(contest, "dg")["D01"] == ("85.60", "88.00")  # 88 × 70 % = 61.6 + 24
    assert "未戴安全帽" not in run("penalty", "list", contest, "--event", "dg").output
    assert "没有 5 分的扣分" in run("penalty", "remove", contest, "--event", "dg", "D01", "--section", "实际操作", "5",
                                   "--reason", "再撤", ok=False).output
    (row,) = sqlite3.connect(contest).execute(
        "SELECT target, old, new, reason FROM audit WHERE action = 'penalty.remove'").fetchall()
    assert row == ("dg/D01/practical", "5", None, "误记")
    assert "audit chain ok" in run("audit", "verify", contest).output


def test_a_penalty_deleted_behind_the_stores_back_is_reported(contest):
    run("penalty", "add", contest, "--event", "dg", "D01", "--section", "practical", "5", "--reason", "违纪")
    run("penalty", "add", contest, "--event", "dg", "D01", "--section", "practical", "3", "--reason", "违纪")
    run("penalty", "remove", contest, "--event", "dg", "D01", "--section", "practical", "5", "--reason", "误记")
    with sqlite3.connect(contest) as conn:
        conn.execute("DELETE FROM penalties")
    report = run("audit", "verify", contest, ok=False)
    assert report.exit_code == 2 and "扣分 / penalty dg/D01/practical" in report.output


def test_the_result_sheet_prints_votes_voids_and_penalties_in_remarks(contest, tmp_path):
    votes = write_csv(tmp_path / "票数.csv", ("编号", "票数", "作废票数", "作废原因"),
                      [("G01", "1200", "", ""), ("G03", "1500", "600", "刷票")])
    run("votes", "import", contest, votes)
    run("penalty", "add", contest, "--event", "jx", "G01", "--section", "专家评审", "5", "--reason", "材料造假")
    run("export", contest, "--format", "csv", "--event", "jx", "--out", tmp_path / "out")
    (sheet,) = (tmp_path / "out").glob("*.csv")
    rows = {line.split(",")[2]: line for line in sheet.read_text(encoding="utf-8-sig").splitlines()[1:]}
    assert rows["G03"].endswith("公众投票得票1500，作废600：刷票")
    assert rows["G01"].endswith("专家评审扣5分：材料造假；公众投票得票1200")
    run("export", contest, "--format", "pdf", "--event", "jx", "--out", tmp_path / "pdf")
    from pypdf import PdfReader

    (pdf,) = (tmp_path / "pdf").glob("*成绩汇总表.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\n", "")
    assert "作废600：刷票" in text and "专家评审扣5分：材料造假" in text and "计票数（得票数−作废票数）" in text
