"""A contest of every entry kind whose event ids differ from their names (2026Q1 is 2026年第一季度),
and a roster for it, for the CLI tests of votes, penalties, ids and names, and the roster round trip."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from judge_app.core.engine import compute_event
from judge_app.core.results import EntryResult
from judge_app.core.scheme_json import contest_from_dict
from judge_app.store import ContestDB
from tests.io.helpers import make_id


def _section(sid: str, name: str, weight: int, criteria: list[tuple[str, str, int]], **extra: Any) -> dict[str, Any]:
    return {"id": sid, "name": name, "max": "100", "weight": str(weight), "rule": "mean", **extra,
            "criteria": [{"id": cid, "name": cname, "max": str(cmax), "step": "1", "kind": "measurement"}
                         for cid, cname, cmax in criteria]}


def _period(eid: str, name: str) -> dict[str, Any]:
    return {"id": eid, "name": name, "entry_kind": "project",
            "sections": [_section("quality", "比质量", 100, [("Q1", "质量", 100)])]}


SCHEME: dict[str, Any] = {
    "format": "judge_app.scheme/1",
    "contest": {"name": "2026年县总工会职工竞赛", "date": "2026-12-01"},
    "events": [
        {"id": "dg", "name": "电工", "groups": ["职工组", "学生组"],
         "sections": [_section("theory", "理论知识", 30, [("T1", "理论考试", 100)]),
                      _section("practical", "实际操作", 70, [("P1", "接线", 100)])]},
        {"id": "wx", "name": "五小成果", "entry_kind": "team",
         "sections": [_section("review", "成果评审", 100, [("W1", "创新性", 100)])]},
        {"id": "xyc", "name": "献一策", "entry_kind": "proposal", "groups": ["工序优化", "节能降耗"],
         "sections": [_section("review", "建议评审", 100, [("X1", "可行性", 100)])]},
        {"id": "jx", "name": "县工匠评选", "entry_kind": "candidate",
         "sections": [{"id": "vote", "name": "公众投票", "max": "100", "weight": "30", "kind": "vote"},
                      _section("review", "专家评审", 70, [("R1", "事迹材料", 100)])]},
        _period("2026Q1", "2026年第一季度"),
        _period("2026Q2", "2026年第二季度"),
    ],
    "seasons": [{"id": "sbyc", "name": "2026年度四比一创", "periods": [{"event": "2026Q1"}, {"event": "2026Q2"}]}],
}

#: roster rows by the header below, one or more per kind; the event column gives names and ids
HEADER = ("赛项", "组别", "编号", "姓名", "名称", "成员", "类别", "身份证号", "单位", "代表队", "联系电话", "备注")
ROWS: tuple[tuple[str, ...], ...] = (
    ("电工", "职工组", "D01", "王伟", "", "", "", make_id(1), "供电公司", "城东队", "13800000001", "左利手"),
    ("dg", "学生组", "D02", "李娜", "", "", "", make_id(2, male=False), "技师学院", "", "", ""),
    ("五小成果", "", "W01", "", "智能巡检小车", "赵强、钱芳、孙立", "", "", "供电公司", "", "", ""),
    ("xyc", "", "X01", "周敏", "变压器余热回收", "吴刚、郑丽", "节能降耗", "", "热电厂", "", "", ""),
    ("献一策", "工序优化", "X02", "冯涛", "工单一次办结", "", "工序优化", "", "客服中心", "", "", ""),
    ("县工匠评选", "", "G01", "陈刚", "", "", "电工", make_id(3), "供电公司", "", "", ""),
    ("jx", "", "G02", "褚琳", "", "", "焊工", make_id(4, male=False), "电建公司", "", "", ""),
    ("jx", "", "G03", "卫东", "", "", "车工", make_id(5), "机械厂", "", "", ""),
    ("2026年第一季度", "", "P01", "", "变电站改造", "", "", "", "供电公司", "", "", ""),
    ("2026Q1", "", "P02", "", "线路工程", "", "", "", "电建公司", "", "", ""),
    ("2026年第二季度", "", "P01", "", "变电站改造", "", "", "", "供电公司", "", "", ""),
    ("2026Q2", "", "P02", "", "线路工程", "", "", "", "电建公司", "", "", ""),
)


def write_csv(path: Path, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...] | list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows([header, *rows])
    return path


def results(path: Path, event: str) -> dict[str, EntryResult]:
    """Each entry's result of ``event`` (its id) as the contest file at ``path`` computes it, by code."""
    with ContestDB.open(path, actor="组委会") as db:
        ev = contest_from_dict(db.scheme_dict()).event(event)
        found = compute_event(ev, db.event_inputs(ev))
    return {row.code: row for group in found.groups for row in group.rows}


def write_inputs(folder: Path) -> tuple[Path, Path]:
    """The scheme (JSON) and the roster (CSV) in ``folder``."""
    scheme = folder / "scheme.json"
    scheme.write_text(json.dumps(SCHEME, ensure_ascii=False), encoding="utf-8")
    return scheme, write_csv(folder / "roster.csv", HEADER, ROWS)
