"""成绩汇总表 of a final carrying an earlier round: 初赛(30%) / 决赛(70%) columns, the combined
total, and the formula in the notes."""

from __future__ import annotations

from judge_app.app import reports as ops_reports
from tests.cli.test_rounds_cli import contest  # noqa: F401 (the module-scoped contest fixture)
from tests.reports.builders import compact, page_texts


def test_the_final_sheet_shows_the_carried_parts_and_ranks_by_the_combined_total(contest, tmp_path):  # noqa: F811
    written = ops_reports.export(contest, "pdf", tmp_path, kind="results", event="决赛")
    (path,) = written.files
    text = compact("".join(page_texts(path)))
    assert "初赛(30%)决赛(70%)综合成绩" in text
    # by hand (名次 编号 姓名 单位 实操 初赛 本轮 综合 奖项): 李四 90×70% + 80×30% = 87.00,
    # 王五 85.5×70% + 80×30% = 83.85, 张三 80×70% + 90×30% = 83.00
    rows = ["1F2李四某厂90.0080.0090.0087.00一等奖", "2F3王五某厂85.5080.0085.5083.85", "3F1张三某厂80.0090.0080.0083.00"]
    positions = [text.find(row) for row in rows]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), positions
    assert "综合成绩=初赛总分×30%+决赛总分×70%" in text


def test_a_round_carrying_nothing_keeps_the_plain_sheet(contest, tmp_path):  # noqa: F811
    (path,) = ops_reports.export(contest, "pdf", tmp_path, kind="results", event="初赛").files
    text = compact("".join(page_texts(path)))
    assert "综合成绩" not in text and "总分" in text and "1P1张三某厂90.0090.00" in text


def test_xlsx_and_csv_exports_of_the_final_carry_the_same_columns(contest, tmp_path):  # noqa: F811
    import csv
    from decimal import Decimal

    import openpyxl

    (book,) = ops_reports.export(contest, "xlsx", tmp_path, kind="results", event="决赛").files
    sheet = openpyxl.load_workbook(book)["决赛"]
    heads = [c.value for c in sheet[1]]
    assert heads[4:8] == ["实操", "初赛(30%)", "决赛(70%)", "综合成绩"]
    first = [c.value for c in sheet[2]][:9]
    assert first == [1, "F2", "李四", "某厂", 90, 80, 90, 87, "一等奖"]  # numbers, not text
    assert sheet.cell(2, 8).number_format == "0.00"
    (path,) = ops_reports.export(contest, "csv", tmp_path, kind="results", event="决赛").files
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][5:9] == ["实操", "初赛(30%)", "决赛(70%)", "综合成绩"]
    assert [(r[2], r[6], r[7], r[8]) for r in rows[1:]] == [
        ("F2", "80.00", "90.00", "87.00"), ("F3", "80.00", "85.50", "83.85"), ("F1", "90.00", "80.00", "83.00")]
    assert Decimal(rows[2][8]) == Decimal("85.5") * Decimal("0.7") + Decimal(80) * Decimal("0.3")


def test_the_plain_round_export_has_no_carried_columns(contest, tmp_path):  # noqa: F811
    (path,) = ops_reports.export(contest, "csv", tmp_path, kind="results", event="初赛").files
    head = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "综合成绩" not in head and "总分" in head


def test_json_export_of_the_final_explains_each_combined_total(contest, tmp_path):  # noqa: F811
    import json

    (path,) = ops_reports.export(contest, "json", tmp_path, kind="results", event="决赛").files
    [event] = json.loads(path.read_text(encoding="utf-8"))["events"]
    rows = {r["code"]: r for r in event["groups"][0]["rows"]}
    assert rows["F3"]["total"] == "83.85" and rows["F3"]["round_parts"] == {
        "own_total": "85.50", "own_weight": "70", "carried": [{"event": "初赛", "weight": "30", "total": "80.00"}]}
    (plain,) = ops_reports.export(contest, "json", tmp_path / "p", kind="results", event="初赛").files
    assert "round_parts" not in plain.read_text(encoding="utf-8")
