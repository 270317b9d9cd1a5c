"""The marking-scheme xlsx template: written with an example, read back to the JSON format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judge_app.core.errors import ImportRefused
from judge_app.core.scheme_json import contest_from_dict
from judge_app.io.scheme_xlsx import SHEETS, read_scheme_xlsx, write_scheme_xlsx
from judge_app.resources import resource_path

DEMO: dict[str, Any] = json.loads(resource_path("demo", "scheme.json").read_text(encoding="utf-8"))


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return write_scheme_xlsx(tmp_path / "评分标准.xlsx", contest_from_dict(DEMO))


def edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


def refused(path: Path) -> list[str]:
    with pytest.raises(ImportRefused) as caught:
        read_scheme_xlsx(path)
    return caught.value.problems


def test_the_example_reads_back_as_the_demo_scheme(template: Path) -> None:
    data = read_scheme_xlsx(template)
    assert contest_from_dict(data) == contest_from_dict(DEMO)
    assert data["format"] == DEMO["format"] and data["contest"] == DEMO["contest"]
    practical = data["events"][0]["sections"][1]
    assert practical["time_penalty"] == {"limit_min": 180, "per_min": 5, "points": "1"}
    assert practical["judges"] == ["J01", "J02", "J03", "J04", "J05"]
    assert [c["step"] for c in practical["criteria"]] == ["0.5", "0.5", "10", "10", "1", "1"]


def test_the_first_sheet_explains_every_sheet_in_chinese(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == ["说明", *SHEETS]
    text = "\n".join(str(c.value) for row in wb["说明"].iter_rows() for c in row if c.value)
    assert "judge-app scheme import" in text
    for name, cols in SHEETS.items():
        assert f"工作表“{name}”" in text
        assert all(col.header in text and col.help in text for col in cols)
    assert [c.value for c in wb["模块"][1]] == [c.header for c in SHEETS["模块"]]


def test_a_blank_template_has_headers_only(tmp_path: Path) -> None:
    path = write_scheme_xlsx(tmp_path / "空白.xlsx")
    wb = openpyxl.load_workbook(path)
    assert all(wb[name].max_row == 1 for name in SHEETS)
    assert any("比赛名称" in p and "第 2 行" in p for p in refused(path))


def test_errors_name_file_sheet_row_column_and_what_was_expected(template: Path) -> None:
    edit(template, "模块", "D3", "一百")  # 电工 / practical 满分
    edit(template, "评分项", "B4", "practcal")  # a typo in 模块编号
    edit(template, "评分项", "G5", "主观题")
    edit(template, "赛项", "H2", "最重模块、抽签")
    problems = refused(template)
    assert len(problems) == 4, problems
    assert "评分标准.xlsx 工作表“模块” 第 3 行 D（满分）列：应为数字（填的是“一百”）" in problems
    assert any(p.startswith("评分标准.xlsx 工作表“评分项” 第 4 行 B（模块编号）列") and "practcal" in p
               and "theory、practical" in p for p in problems)
    assert any("第 5 行 G（类型）列" in p and all(w in p for w in ("主观", "客观", "扣分")) for p in problems)
    assert any("工作表“赛项” 第 2 行 H（并列处理）列" in p and "抽签" in p for p in problems), problems


def test_a_row_of_an_unknown_event_is_located(template: Path) -> None:
    edit(template, "奖项", "A2", "电焊")
    [problem] = refused(template)
    assert "工作表“奖项” 第 2 行 A（赛项编号）列" in problem and "电工、焊工、茶艺师" in problem


def test_an_inconsistent_scheme_is_refused_with_the_rule_broken(template: Path) -> None:
    edit(template, "模块", "E2", 40)  # 电工 weights 40 + 70
    edit(template, "评分项", "F3", 2)  # a step that does not divide the max 5 of DG-P1
    problems = refused(template)
    weights = next(p for p in problems if "权重" in p)
    assert weights.startswith("评分标准.xlsx 工作表“赛项” 第 2 行：") and "100" in weights, problems
    step = next(p for p in problems if "步长" in p)
    assert step.startswith("评分标准.xlsx 工作表“评分项” 第 3 行："), problems


def test_json_words_are_accepted_too_and_columns_may_move(tmp_path: Path) -> None:
    path = tmp_path / "手填.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    rows = {
        "比赛": [["日期", "比赛名称"], ["2026-12-01", "茶艺技能赛"]],
        "赛项": [["赛项编号", "舍入规则"], ["茶艺", "half_even"]],
        "模块": [["赛项编号", "模块编号", "满分", "权重", "合成规则", "合成层级"],
                 ["茶艺", "show", 100, 100, "trimmed:2", "裁判总分"]],
        "评分项": [["满分", "类型", "赛项编号", "模块编号", "评分项编号", "步长"],
                   [60, "judgement", "茶艺", "show", "A", 0.5], [40, "扣分", "茶艺", "show", "B", 0.5]],
        "奖项": [],
    }
    for name, content in rows.items():
        ws = wb.create_sheet(name)
        for row in content:
            ws.append(row)
    wb.save(path)
    data = read_scheme_xlsx(path)
    event = contest_from_dict(data).event("茶艺")
    assert data["contest"] == {"name": "茶艺技能赛", "date": "2026-12-01", "organiser": ""}
    assert event.rounding.value == "half_even" and str(event.sections[0].rule) == "trimmed:2"
    assert event.sections[0].level.value == "judge_total"
    assert [(c.id, c.kind.value) for c in event.sections[0].criteria] == [("A", "judgement"), ("B", "deduction")]
    assert event.awards.tiers == ()


def test_a_missing_sheet_is_named(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    del wb["评分项"]
    wb.save(template)
    with pytest.raises(ImportRefused, match="没有名为“评分项”的工作表"):
        read_scheme_xlsx(template)


JUNK = st.one_of(st.none(), st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30), st.integers(-10**12, 10**12),
                 st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["1e999999", "trimmed:0", "是", "、", "=5"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.sampled_from(list(SHEETS)), st.integers(1, 8), st.integers(1, 12), JUNK),
                      min_size=1, max_size=6))
def test_junk_in_any_cell_is_refused_or_read_never_a_crash(template: Path, edits: list) -> None:
    wb = openpyxl.load_workbook(template)
    for sheet, row, col, value in edits:
        wb[sheet].cell(row, col).value = value
    junk = template.with_name("junk.xlsx")
    wb.save(junk)
    try:
        data = read_scheme_xlsx(junk)
    except ImportRefused as exc:
        assert exc.problems or "工作表" in str(exc)
    else:
        contest_from_dict(data)  # whatever is returned is a valid scheme


def test_garbage_named_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scheme.xlsx"
    path.write_bytes(b"\x00\x01not a workbook" * 50)
    with pytest.raises(ImportRefused, match="scheme.xlsx"):
        read_scheme_xlsx(path)


def test_appeal_hours_column_is_read_and_checked(template: Path) -> None:
    header = [c.value for c in openpyxl.load_workbook(template)["赛项"][1]]
    column = openpyxl.utils.get_column_letter(header.index("申诉时限（小时）") + 1)
    edit(template, "赛项", f"{column}2", 1.5)
    assert read_scheme_xlsx(template)["events"][0]["appeal_hours"] == "1.5"
    edit(template, "赛项", f"{column}2", "两小时")
    assert any(f"第 2 行 {column}（申诉时限）列：应为数字（填的是“两小时”）" in p for p in refused(template))
