"""Sample data of the store tests: a scheme in the documented JSON format and a roster."""

from __future__ import annotations

import copy
from typing import Any

from judge_app.core.entries import Entry

# The documented scheme format (judge_app.scheme/1). Event 工匠 adds a vote section.
SCHEME: dict[str, Any] = {
    "format": "judge_app.scheme/1",
    "contest": {"name": "测试赛", "date": "2026-11-25"},
    "events": [
        {
            "id": "电工", "name": "电工", "groups": ["职工组"], "decimals": 2, "rounding": "half_up",
            "key_criteria": ["P1"], "tie_breaks": ["heaviest_section", "key_criteria", "time", "playoff"],
            "sections": [
                {"id": "theory", "name": "理论知识", "max": "100", "weight": "30", "rule": "mean",
                 "judges": ["J6"],
                 "criteria": [{"id": "T1", "name": "理论考试", "max": "100", "step": "0.5", "kind": "measurement"}]},
                {"id": "practical", "name": "实际操作", "max": "100", "weight": "70", "rule": "trimmed",
                 "level": "criterion", "judges": ["J1", "J2", "J3", "J4", "J5"],
                 "criteria": [
                     {"id": "P1", "name": "接线工艺", "max": "60", "step": "0.5", "kind": "judgement"},
                     {"id": "P2", "name": "故障排除", "max": "30", "step": "10", "kind": "measurement"},
                     {"id": "P3", "name": "安全文明生产", "max": "10", "step": "1", "kind": "deduction"},
                 ]},
            ],
            "awards": {"tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "count": 2}], "pass_mark": "60"},
        },
        {
            "id": "工匠", "name": "工匠", "entry_kind": "candidate",
            "sections": [
                {"id": "vote", "name": "公众投票", "max": 100, "weight": 30, "kind": "vote"},
                {"id": "review", "name": "专家评审", "max": 100, "weight": 70, "rule": "mean", "judges": [],
                 "criteria": [{"id": "R1", "name": "事迹材料", "max": 100, "step": 1}]},
            ],
        },
    ],
}

CODES = ("C01", "C02", "C03", "C04", "C05")


def scheme() -> dict[str, Any]:
    return copy.deepcopy(SCHEME)


def people() -> list[Entry]:
    """Five 电工 contestants with codes and distinct ID numbers, and two 工匠 candidates."""
    roster = [
        Entry(code=code, event="电工", group="职工组", name=name, unit="供电公司", id_number=f"32010219900101{i:03d}X")
        for i, (code, name) in enumerate(zip(CODES, ("王伟", "李娜", "张敏", "刘洋", "陈静")), 1)
    ]
    roster += [Entry(code="G1", event="工匠", name="赵强"), Entry(code="G2", event="工匠", name="孙丽")]
    return roster


#: the passphrase of the organiser registered first (:func:`register_organiser`)
ORGANISER_PASS = "zu-wei-hui-2025"


def register_organiser(db, judge_id: str = "O0") -> None:
    """Register the acting person (by name) as the organiser, with a passphrase: the first people
    registered must include one, since an unregistered name gets no role once anybody is."""
    db.add_judge(judge_id, db.actor, role="organiser", pin=ORGANISER_PASS)


def sample_contest(path, name: str):
    """A new contest file at ``path`` with the sample scheme and roster, open as the organiser
    (组委会, registered as nobody); use it in a ``with``."""
    from judge_app.store import ContestDB

    db = ContestDB.create(path, actor="组委会", name=name)
    db.set_scheme(scheme())
    db.import_entries(people(), source="roster.xlsx")
    return db


def finish_recheck(db, event: str) -> None:
    """Draw the recheck list of ``event`` (every section locked) and confirm every listed value,
    as the second person does before names may be unsealed."""
    state = db.draw_recheck(event, seed=1)
    for item in state.items:
        db.recheck_value(event, item.code, item.criterion, item.judge)
