"""judge-app rank on rounds: a carrying final ranks by its combined total and shows its parts;
an event declaring standard_score shows the 标准分 column."""

from __future__ import annotations

import csv
import io
import json

from .test_rounds_cli import contest, run  # noqa: F401 (the module-scoped contest fixture)


def test_rank_of_a_carrying_final_shows_the_parts_and_ranks_by_the_combined_total(contest):  # noqa: F811
    rows = {r["code"]: r for r in json.loads(run("rank", contest, "--event", "决赛", "--format", "json").output)["rows"]}
    # by hand: F2 李四 90×70% + 80×30% = 87.00; F3 王五 85.5×70% + 80×30% = 83.85; F1 张三 80×70% + 90×30% = 83.00
    assert {c: (r["own_total"], r["carried_初赛"], r["total"], r["rank"]) for c, r in rows.items()} == {
        "F2": ("90.00", "80.00", "87.00", 1), "F3": ("85.50", "80.00", "83.85", 2), "F1": ("80.00", "90.00", "83.00", 3)}
    # standard scores (see test_rounds_cli): median 83.85 → 700, mean deviation 4/3 → 20 points
    assert [rows[c]["standard_score"] for c in ("F2", "F3", "F1")] == ["747.25", "700.00", "687.25"]
    table = run("rank", contest, "--event", "决赛").output.splitlines()
    heads = table[1].split()
    assert heads[heads.index("本轮(70%)"):heads.index("标准分") + 1] == ["本轮(70%)", "初赛(30%)", "综合成绩", "标准分"]
    first = table[2].split()  # no group: the row starts at 名次
    assert first == ["1", "F2", "90.00", "90.00", "80.00", "87.00", "747.25", "一等奖"]


def test_rank_csv_carries_the_same_columns(contest):  # noqa: F811
    rows = list(csv.DictReader(io.StringIO(run("rank", contest, "--event", "决赛", "--format", "csv").output)))
    assert list(rows[0])[4:8] == ["s", "own_total", "carried_初赛", "total"]
    assert [(r["code"], r["total"], r["standard_score"]) for r in rows][0] == ("F2", "87.00", "747.25")


def test_rank_of_a_plain_round_has_no_round_columns(contest):  # noqa: F811
    data = json.loads(run("rank", contest, "--event", "初赛", "--format", "json").output)
    assert not {"own_total", "standard_score"} & set(data["rows"][0])
    assert "综合成绩" not in run("rank", contest, "--event", "初赛").output
