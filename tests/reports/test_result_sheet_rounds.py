"""成绩汇总表 of a final carrying an earlier round: 初赛(30%) / 决赛(70%) columns, the combined
total, and the formula in the notes."""

from __future__ import annotations

from judge_app import ops_reports
from tests.cli.test_rounds_cli import contest  # noqa: F401 (the module-scoped contest fixture)
from tests.reports.builders import compact, page_texts


def test_the_final_sheet_shows_the_carried_parts_and_ranks_by_the_combined_total(contest, tmp_path):  # noqa: F811
    written = ops_reports.export(contest, "pdf", tmp_path, kind="results", event="决赛")
    (path,) = written.files
    text = compact("".join(page_texts(path)))
    assert "初赛(30%)决赛(70%)综合成绩" in text
    # by hand (名次 检录号 姓名 单位 实操 初赛 本轮 综合 奖项): 李四 90×70% + 80×30% = 87.00,
    # 王五 85.5×70% + 80×30% = 83.85, 张三 80×70% + 90×30% = 83.00
    rows = ["1F2李四某厂90.0080.0090.0087.00一等奖", "2F3王五某厂85.5080.0085.5083.85", "3F1张三某厂80.0090.0080.0083.00"]
    positions = [text.find(row) for row in rows]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), positions
    assert "综合成绩=初赛总分×30%+决赛总分×70%" in text


def test_a_round_carrying_nothing_keeps_the_plain_sheet(contest, tmp_path):  # noqa: F811
    (path,) = ops_reports.export(contest, "pdf", tmp_path, kind="results", event="初赛").files
    text = compact("".join(page_texts(path)))
    assert "综合成绩" not in text and "总分" in text and "1P1张三某厂90.0090.00" in text
