"""Each contest kind's worked chapter of docs/user-guide.md runs as written (issue 15 item 9): the
files it shows are written, every command it shows is run in order through the command line, and
what it says the command prints is checked. Then the sheets it produced are read: the hand-computed
totals, awards and titles and what each entry is (团队名称 and 成员, 建议名称 and 建议人 ...)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from judge_app.cli.main import main
from tests.docs.worked_examples import Example, examples, squeeze

EXAMPLES = examples()
KINDS = ("skills", "craftsman", "wuxiao", "proposals", "vanguard")  # one event each: its 获奖名单
SEASON = "season"  # 四比一创: two quarters into a year, its 年度成绩表


def test_the_guide_has_a_worked_example_per_kind():
    assert {*KINDS, SEASON} <= set(EXAMPLES), sorted(EXAMPLES)
    for example in EXAMPLES.values():
        assert example.files and len(example.steps) > 8, example.id
        assert all(step.args[0] in ("judge-app", "set") for step in example.steps), example.id


def run_example(example: Example, folder: Path) -> dict[str, str]:
    """Write the example's files into ``folder`` and run its commands there; the output of each."""
    for name, content in example.files.items():
        (folder / name).write_text(content, encoding="utf-8")
    env: dict[str, str] = {}
    outputs: dict[str, str] = {}
    here = os.getcwd()
    os.chdir(folder)
    try:
        for step in example.steps:
            if step.args[0] == "set":
                name, _, value = step.line[4:].partition("=")
                env[name.strip()] = value.strip()
                continue
            result = CliRunner().invoke(main, step.args[1:], env=env)
            output = squeeze(result.output)
            assert result.exit_code == 0, f"{step.line}\n{result.output}"
            for expected in step.expected:
                assert squeeze(expected) in output, f"{step.line}\n expected: {expected}\n got:\n{result.output}"
            outputs[step.line] = result.output
    finally:
        os.chdir(here)
    return outputs


def pdf_text(path: Path) -> str:
    return squeeze(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout)


def xlsx_rows(path: Path) -> list[list[str]]:
    """Every row of every sheet of the workbook, as text (the read-only workbook closed: left open,
    its file is collected during a later GUI test, whose warning check then fails it)."""
    book = load_workbook(path, read_only=True)
    try:
        return [["" if v is None else str(v) for v in row]
                for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.rglob(pattern))
    assert len(found) == 1, (pattern, found)
    return found[0]


@pytest.fixture(scope="module", params=KINDS)
def ran(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    return request.param, folder, run_example(EXAMPLES[request.param], folder)


#: per kind: (text the 获奖名单 PDF holds in order on one line each, cells one row of the results xlsx holds)
SHEETS = {
    "skills": ([["一等奖", "1", "王伟", "供电公司", "3201**********0038", "技术能手"],
                ["二等奖", "2", "张强", "机械厂", "3201**********0054", "技术能手"],
                ["三等奖", "3", "李娜", "电建公司", "3201**********0062"]],
               ["A03", "王伟", "供电公司", "85", "90", "88.5", "一等奖"]),
    "craftsman": ([["县工匠", "1", "陈刚", "电工", "供电公司"], ["县工匠", "2", "蒋华", "茶艺师", "茶业公司"],
                   ["县工匠提名奖", "3", "褚琳", "焊工", "电建公司"]],
                  ["003", "褚琳", "焊工", "53.33", "87.5", "77.25", "县工匠提名奖"]),
    "wuxiao": ([["一等奖", "1", "智能巡检小车", "赵强、钱芳、孙立", "供电公司"],
                ["二等奖", "2", "节水冲洗阀", "吴刚", "自来水公司"],
                ["三等奖", "3", "焊缝自动打磨装置", "李明、周红", "电建公司"]],
               ["智能巡检小车", "赵强、钱芳、孙立", "供电公司", "91.75", "一等奖"]),
    "proposals": ([["金点子", "1", "工单一次办结", "冯涛", "客服中心", "工序优化"],
                   ["优秀建议", "2", "备件条码管理", "韩磊、刘洋", "物资公司", "工序优化"],
                   ["金点子", "1", "变压器余热回收", "周敏、吴刚、郑丽", "热电厂", "节能降耗"],
                   ["优秀建议", "2", "空压机群控节电", "陈静", "机械厂", "节能降耗"]],
                  ["004", "变压器余热回收", "周敏、吴刚、郑丽", "热电厂", "92.5", "金点子"]),
    "vanguard": ([["工人先锋号", "1", "变电运维一班", "供电公司", "王伟"],
                  ["工人先锋号", "2", "焊接攻关班", "电建公司", "李娜"]],
                 ["003", "变电运维一班", "供电公司", "91", "工人先锋号"]),
}


def test_the_example_runs_as_written(ran):
    kind, folder, outputs = ran
    assert outputs  # every command ran and printed what the guide says (checked in run_example)


def test_the_sheets_show_what_each_entry_is_with_the_hand_computed_results(ran):
    kind, folder, _ = ran
    awards, result_row = SHEETS[kind]
    text = pdf_text(one(folder, "*获奖名单.pdf"))
    for line in awards:
        assert " ".join(line) in text, (line, text)
    rows = xlsx_rows(one(folder, "*成绩汇总表.xlsx"))
    assert any(all(cell in row for cell in result_row) for row in rows), rows
    assert one(folder, "*荣誉证书.pdf").stat().st_size > 0


def test_the_season_example_runs_and_its_sheet_shows_the_year_and_the_veto(tmp_path):
    run_example(EXAMPLES[SEASON], tmp_path)
    text = pdf_text(one(tmp_path, "*年度成绩表.pdf"))
    # by hand (the chapter): 91 + 90.5, 82.5 + 89.5, 83 + 81.5; P01 vetoed keeps its rank, P02 keeps 二等奖
    assert "1 P01 城东变电站扩建 供电公司 王伟 91.00 90.50 181.50" in text, text
    assert "2 P02 滨河路改造 城建公司 李娜 82.50 89.50 172.00 二等奖 工人先锋号" in text, text
    assert "3 P03 污水处理厂二期 水务集团 张强 83.00 81.50 164.50" in text, text
    assert "P01 一票否决：安全事故（第二季度：脚手架坠物致一人受伤）" in text, text
    assert "一等奖" not in text.split("说明")[0].replace("奖项：一等奖", ""), text  # nobody moved up
    rows = xlsx_rows(one(tmp_path, "*年度成绩表.xlsx"))
    p01 = next(row for row in rows if "P01" in row)
    assert {"城东变电站扩建", "181.5"} <= set(p01) or {"城东变电站扩建", "181.50"} <= set(p01), p01
    assert not {"一等奖", "工人先锋号"} & set(p01), p01
    assert any("脚手架坠物致一人受伤" in cell for cell in p01), p01
    from tests.reports.builders import compact, page_texts

    pages = [compact(t) for t in page_texts(one(tmp_path, "*年度四比一创-荣誉证书.pdf"))]
    assert [("滨河路改造" in t, "城建公司" in t, t.split("荣获")[-1][:5]) for t in pages] == [
        (True, True, "二等奖20"), (True, True, "工人先锋号")], pages  # one per award and title; none for P01
