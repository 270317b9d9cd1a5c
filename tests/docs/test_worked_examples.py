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
KINDS = ("skills", "craftsman", "wuxiao", "proposals", "vanguard")


def test_the_guide_has_a_worked_example_per_kind():
    assert set(KINDS) <= set(EXAMPLES), sorted(EXAMPLES)
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
    """Every row of every sheet of the workbook, as text."""
    return [["" if v is None else str(v) for v in row]
            for sheet in load_workbook(path, read_only=True).worksheets for row in sheet.iter_rows(values_only=True)]


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
    "wuxiao": ([["一等奖", "1", "智能巡检小车", "赵强、钱芳、孙立", "供电公司"],
                ["二等奖", "2", "节水冲洗阀", "吴刚", "自来水公司"],
                ["三等奖", "3", "焊缝自动打磨装置", "李明、周红", "电建公司"]],
               ["智能巡检小车", "赵强、钱芳、孙立", "供电公司", "91.75", "一等奖"]),
}


def test_the_example_runs_as_written(ran):
    kind, folder, outputs = ran
    assert outputs  # every command ran and printed what the guide says (checked in run_example)


def test_the_sheets_show_what_each_entry_is_with_the_hand_computed_results(ran):
    kind, folder, _ = ran
    if kind not in SHEETS:
        pytest.skip("no sheet check for this kind yet")
    awards, result_row = SHEETS[kind]
    text = pdf_text(one(folder, "*获奖名单.pdf"))
    for line in awards:
        assert " ".join(line) in text, (line, text)
    rows = xlsx_rows(one(folder, "*成绩汇总表.xlsx"))
    assert any(all(cell in row for cell in result_row) for row in rows), rows
    assert one(folder, "*荣誉证书.pdf").stat().st_size > 0
