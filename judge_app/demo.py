"""The bundled demo contest: 3 events, 60 entries, 5-judge panels, realistic scores.

Built deterministically from a fixed seed so the demo ranks the same everywhere. Besides random
but plausible scores it contains, on purpose: an absent contestant (电工 DG07), two 电工 entries
with equal totals separated by the tie-break chain (DG03, DG11), two identical ones sharing a rank
(DG05, DG14), overtime penalties, a deduction criterion, two 焊工 groups and a judge-total event.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from judge_app.core import idcard
from judge_app.core.entries import Entry, Status
from judge_app.core.scheme import Criterion, CriterionKind, Event
from judge_app.core.scheme_json import contest_from_dict
from judge_app.resources import demo_dir
from judge_app.store import ContestDB
from judge_app.store.connection import remove_contest_file

SEED = 2026
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红亮波宁晨浩宇博文斌鑫雪琳晓东海燕"
UNITS = (
    "县供电公司", "县自来水公司", "县城建集团", "县机械厂", "县化肥厂", "县人民医院",
    "县职业技术学校", "县第一建筑公司", "县交通运输局", "县农机站", "县燃气公司", "县电子产业园",
)


@dataclass(frozen=True)
class _Planned:
    """Exact raw scores for an entry whose result the demo must show (ties)."""

    theory: str
    practical: tuple[str, ...]  # DG-P1 … DG-P6 (the last is the deduction)
    time_s: int


PLANNED = {
    "DG03": _Planned("90", ("4.5", "13.5", "20", "20", "14", "2"), 170 * 60),  # 27 + 56 = 83.00
    "DG11": _Planned("76", ("5", "14", "20", "20", "17", "0"), 175 * 60),  # 22.8 + 60.2 = 83.00
    "DG05": _Planned("85", ("4", "12", "20", "20", "15", "1"), 160 * 60),  # 25.5 + 56 = 81.50
    "DG14": _Planned("85", ("4", "12", "20", "20", "15", "1"), 160 * 60),  # identical: shared rank
}
ABSENT = {"DG07"}
SIZES = {("电工", "职工组"): ("DG", 20), ("焊工", "职工组"): ("HG", 14), ("焊工", "学生组"): ("HS", 8), ("茶艺师", ""): ("CY", 18)}


def demo_scheme() -> dict:
    return json.loads((demo_dir() / "scheme.json").read_text(encoding="utf-8"))


def _person(rnd: random.Random, index: int) -> tuple[str, str, str]:
    name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
    birth = f"{rnd.randint(1972, 2004)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
    gender_digit = rnd.randrange(10)
    first17 = f"3201{rnd.randint(2, 16):02d}{birth}{rnd.randint(10, 99)}{gender_digit}"
    return name, first17 + (idcard.check_char(first17) or ""), "男" if gender_digit % 2 else "女"


def _entries(rnd: random.Random) -> list[Entry]:
    entries = []
    for (event, group), (prefix, size) in SIZES.items():
        for number in range(1, size + 1):
            code = f"{prefix}{number:02d}"
            name, id_number, gender = _person(rnd, number)
            planned = PLANNED.get(code)
            minutes = planned.time_s if planned else rnd.randint(140, 188) * 60 + rnd.randint(0, 59)
            entries.append(
                Entry(
                    code=code,
                    event=event,
                    group=group,
                    name=name,
                    gender=gender,
                    id_number=id_number,
                    unit=rnd.choice(UNITS),
                    status=Status.ABSENT if code in ABSENT else Status.OK,
                    time_s=minutes if event == "电工" else None,
                )
            )
    return entries


def _on_step(value: float, crit: Criterion) -> Decimal:
    """A plausible value clipped to 0..max and put on the criterion's step."""
    steps = round(max(0.0, min(float(crit.max), value)) / float(crit.step))
    return Decimal(steps) * crit.step


def _entry_scores(rnd: random.Random, event: Event, code: str) -> list[tuple[str, str, Decimal]]:
    """(criterion, judge, value) for one entry."""
    planned = PLANNED.get(code)
    skill = rnd.uniform(0.55, 0.97)
    out: list[tuple[str, str, Decimal]] = []
    planned_values = iter(((planned.theory,) + planned.practical) if planned else ())
    for section in event.sections:
        for crit in section.criteria:
            fixed = next(planned_values, None)
            if crit.kind is CriterionKind.JUDGEMENT:
                for judge in section.judges:
                    value = Decimal(fixed) if fixed else _on_step(float(crit.max) * rnd.gauss(skill, 0.06), crit)
                    out.append((crit.id, judge, value))
            else:
                if fixed:
                    value = Decimal(fixed)
                elif crit.kind is CriterionKind.DEDUCTION:
                    value = _on_step(rnd.choice((0, 0, 1, 1, 2, 3, 5)), crit)
                else:
                    value = _on_step(float(crit.max) * rnd.gauss(skill, 0.08), crit)
                out.append((crit.id, section.judges[0], value))
    return out


def build_demo(path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the demo contest file at ``path`` (refuses to overwrite unless asked)."""
    path = Path(path)
    if overwrite:
        remove_contest_file(path)
    scheme = demo_scheme()
    contest = contest_from_dict(scheme)
    rnd = random.Random(SEED)
    entries = _entries(rnd)
    with ContestDB.create(path, actor="演示数据", name=contest.name) as db:
        db.set_scheme(scheme, reason="演示评分标准")
        db.import_entries(entries, source="demo")
        batch = []
        for entry in entries:
            if entry.status is Status.OK:
                event = contest.event(entry.event)
                for criterion, judge, value in _entry_scores(rnd, event, entry.code):
                    batch.append((entry.event, entry.code, criterion, judge, value))
        db.record_scores(batch)
    return path
