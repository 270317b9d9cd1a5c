"""Benchmark: a 1,000-contestant 成绩汇总表 (goal: under 2 s). Not a test; run it by hand:

    .venv/bin/python benchmarks/bench_result_pdf.py [N]

Prints the time of the first build (fonts loaded from disk) and the best of three warm builds.
"""

from __future__ import annotations

import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge_app.core.entries import Entry, Status  # noqa: E402
from judge_app.core.results import EntryResult, GroupResult, SectionResult  # noqa: E402
from judge_app.core.scheme import (  # noqa: E402
    AggregationRule,
    Contest,
    Criterion,
    CriterionKind,
    Event,
    Section,
)
from judge_app.reports.result_sheet import build_result_sheet  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = ["伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "建国", "志强"]
UNITS = ["南京供电公司", "国网江苏省电力有限公司南京供电分公司变电运维中心", "中建八局第三建设有限公司",
         "徐工集团", "苏州轨道交通集团有限公司运营一分公司", "常州市技师学院"]


def build_inputs(n: int) -> tuple[Contest, Event, GroupResult]:
    measure = (Criterion("t1", "笔试", Decimal(100), Decimal("0.5"), CriterionKind.MEASUREMENT),)
    judged = (Criterion("p1", "工艺质量", Decimal(100), Decimal("0.5")),)
    event = Event("dg", "电工", (
        Section("theory", "理论知识", Decimal(100), Decimal(30), criteria=measure),
        Section("practical", "实际操作", Decimal(100), Decimal(70), criteria=judged,
                rule=AggregationRule("trimmed", 1), judges=("J1", "J2", "J3", "J4", "J5")),
    ), groups=("职工组",))
    contest = Contest("2024年全市职工职业技能大赛", (event,), date="2024年5月20日")
    scored = []
    for i in range(n):
        theory = Decimal(55 + (i * 37) % 45) + Decimal("0.5") * (i % 2)
        practical = (Decimal(50 + (i * 53) % 50) + Decimal("0.125") * (i % 8)).quantize(
            Decimal("0.01"), ROUND_HALF_UP)
        total = (theory * Decimal("0.3") + practical * Decimal("0.7")).quantize(
            Decimal("0.01"), ROUND_HALF_UP)
        entry = Entry(f"A{i + 1:04d}", "dg", "职工组",
                      SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)],
                      status=Status.ABSENT if i % 97 == 5 else Status.OK, unit=UNITS[i % len(UNITS)])
        sections = (SectionResult("theory", theory), SectionResult("practical", practical))
        scored.append((entry, sections, total))
    ok = sorted((s for s in scored if s[0].status is Status.OK), key=lambda s: -s[2])
    rows, rank = [], 0
    for pos, (entry, sections, total) in enumerate(ok, 1):
        if pos == 1 or total != ok[pos - 2][2]:
            rank = pos
        award = "一等奖" if rank <= 10 else "二等奖" if rank <= 30 else "三等奖" if rank <= 60 else None
        rows.append(EntryResult(entry, sections, total, rank=rank, award=award))
    rows += [EntryResult(e) for e, _, _ in scored if e.status is not Status.OK]
    return contest, event, GroupResult("dg", "职工组", tuple(rows))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    contest, event, group = build_inputs(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "result.pdf"
        start = time.perf_counter()
        outcome = build_result_sheet(path, contest, event, group, stage="draft")
        cold = time.perf_counter() - start
        warm = []
        for _ in range(3):
            start = time.perf_counter()
            build_result_sheet(path, contest, event, group, stage="draft")
            warm.append(time.perf_counter() - start)
        size = path.stat().st_size
    print(f"result sheet, {n} contestants: {outcome.pages} pages, {size / 1024:.0f} KiB")
    print(f"first build (incl. font loading): {cold:.2f} s; warm best of 3: {min(warm):.2f} s"
          f" (goal < 2 s)")


if __name__ == "__main__":
    main()
