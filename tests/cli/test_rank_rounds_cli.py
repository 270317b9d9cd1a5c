"""judge-app rank on rounds: a carrying final ranks by its combined total and shows its parts;
an event declaring standard_score shows the 标准分 column."""

from __future__ import annotations

import csv
import io
import json

from .test_cli import ranked
from .test_rounds_cli import contest, run  # noqa: F401 (the module-scoped contest fixture)


def test_rank_of_a_carrying_final_shows_the_parts_and_ranks_by_the_combined_total(contest):  # noqa: F811
    rows = ranked(run("rank", contest, "--event", "决赛", "--format", "json").output)
    # by hand: F2 李四 90×70% + 80×30% = 87.00; F3 王五 85.5×70% + 80×30% = 83.85; F1 张三 80×70% + 90×30% = 83.00
    parts = {c: r["round_parts"] for c, r in rows.items()}
    assert {c: (p["own_total"], p["carried"][0]["event"], p["carried"][0]["total"], rows[c]["total"], rows[c]["rank"])
            for c, p in parts.items()} == {"F2": ("90.00", "初赛", "80.00", "87.00", 1),
                                           "F3": ("85.50", "初赛", "80.00", "83.85", 2),
                                           "F1": ("80.00", "初赛", "90.00", "83.00", 3)}
    # standard scores (see test_rounds_cli): median 83.85 → 700, mean deviation 4/3 → 20 points
    assert [rows[c]["standard_score"] for c in ("F2", "F3", "F1")] == ["747.25", "700.00", "687.25"]
    table = run("rank", contest, "--event", "决赛").output.splitlines()
    heads = table[1].split()
    assert heads[heads.index("本轮(70%)"):heads.index("标准分") + 1] == ["本轮(70%)", "初赛(30%)", "综合成绩", "标准分"]
    first = table[2].split()  # no group: the row starts at 名次
    assert first == ["1", "F2", "90.00", "90.00", "80.00", "87.00", "747.25", "一等奖"]


def test_rank_csv_carries_the_same_columns(contest):  # noqa: F811
    rows = list(csv.DictReader(io.StringIO(run("rank", contest, "--event", "决赛", "--format", "csv").output)))
    assert list(rows[0])[5:9] == ["实操", "初赛(30%)", "决赛(70%)", "综合成绩"]  # the 成绩汇总表's columns
    assert [(r["编号"], r["综合成绩"]) for r in rows][0] == ("F2", "87.00")


def test_rank_of_a_plain_round_has_no_round_columns(contest):  # noqa: F811
    (row, *_) = ranked(run("rank", contest, "--event", "初赛", "--format", "json").output).values()
    assert "round_parts" not in row and row["standard_score"] is None
    assert "综合成绩" not in run("rank", contest, "--event", "初赛").output
