"""A 四比一创 season of three quarterly periods (ids ≠ names) with one project list for the year,
shared by the CLI and GUI tests of the season sheet and 一票否决."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from judge_app.store import ContestDB


def _period(eid: str, name: str) -> dict[str, Any]:
    return {"id": eid, "name": name, "entry_kind": "project", "tie_breaks": [], "sections": [
        {"id": "q", "name": "比质量", "max": "100", "weight": "100",
         "criteria": [{"id": "c", "name": "质量", "max": "100", "step": "0.5", "kind": "measurement"}]}]}


SCHEME: dict[str, Any] = {
    "format": "judge_app.scheme/1",
    "contest": {"name": "2026年县总工会四比一创", "date": "2026-12-20"},
    "events": [_period("Q1", "第一季度"), _period("Q2", "第二季度"), _period("Q3", "第三季度")],
    "seasons": [{"id": "Y26", "name": "2026年度四比一创", "combine": "sum", "missing": "zero",
                 "periods": [{"event": "Q1"}, {"event": "Q2"}, {"event": "Q3"}],
                 "awards": {"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 1}],
                            "titles": [{"name": "工人先锋号", "rank_from": 1, "rank_to": 2}]}}],
}

#: the one project list for the year: the 赛项 column names the season (by its name)
ROSTER = (("赛项", "编号", "项目名称", "单位"),
          ("2026年度四比一创", "P01", "变电站改造", "供电公司"),
          ("2026年度四比一创", "P02", "线路工程", "电建公司"),
          ("2026年度四比一创", "P03", "污水处理厂", "水务集团"),
          ("2026年度四比一创", "P04", "道路拓宽", "城建公司"))

#: each project's total in Q1, Q2, Q3 (one measured criterion of max 100, weight 100: total = value)
MARKS = {"P01": ("90", "88", "91"), "P02": ("85", "80", "86"), "P03": ("95", "92", "96"), "P04": ("70", "75", "72")}


def write_inputs(folder: Path) -> tuple[Path, Path]:
    scheme = folder / "scheme.json"
    scheme.write_text(json.dumps(SCHEME, ensure_ascii=False), encoding="utf-8")
    roster = folder / "projects.csv"
    with roster.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(ROSTER)
    return scheme, roster


def score_all(path: Path) -> None:
    """Every period's scores, entered as the year goes (one judge's measurement per project)."""
    with ContestDB.open(path, actor="组委会") as db:
        for code, values in MARKS.items():
            for period, value in zip(("Q1", "Q2", "Q3"), values):
                db.record_score(period, code, "c", "J1", Decimal(value))
