"""单位奖牌榜: awards per unit over the whole contest.

Counts come straight from the core's awards (ranked rows with an award; 称号 are not medals).
Columns: 名次, 单位, one column per award name in the schemes' tier order (一等奖, 二等奖 …),
获奖合计, 参赛人次. Units are ordered by their counts of the first award, then the second …
(Olympic style), then total awards; equal counts share a rank.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from judge_app.core.fingerprint import is_ranked
from judge_app.core.results import EventResult
from judge_app.core.scheme import Contest, Event
from judge_app.reports.fonts import GlyphChecker
from judge_app.reports.template import (
    STAGES,
    CellMaker,
    Column,
    Part,
    ReportDoc,
    ReportOutcome,
    column_table,
    table_with_closing,
)

TITLE = "单位奖牌榜"
SIGNATURES: tuple[str, ...] = ("裁判长", "监督", "组委会")
NO_UNIT = "（未填单位）"


@dataclass(frozen=True)
class UnitMedals:
    rank: int
    unit: str
    counts: tuple[int, ...]  # per award name, in ``MedalTable.awards`` order
    entries: int  # 参赛人次 (every entry of the unit, ranked or not)

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class MedalTable:
    awards: tuple[str, ...]
    units: tuple[UnitMedals, ...]


def award_names(events: Sequence[Event]) -> tuple[str, ...]:
    """Award names in tier order, first appearance across events."""
    seen: dict[str, None] = {}
    for event in events:
        for tier in event.awards.tiers:
            seen.setdefault(tier.name, None)
    return tuple(seen)


def medal_table(results: Sequence[tuple[Event, EventResult]]) -> MedalTable:
    """Count the awards of every unit over ``results`` and rank the units."""
    awards = award_names([event for event, _ in results])
    counts: dict[str, list[int]] = {}
    entries: dict[str, int] = {}
    for _, result in results:
        for row in result.rows:
            unit = row.entry.unit or row.entry.team or NO_UNIT
            entries[unit] = entries.get(unit, 0) + 1
            tally = counts.setdefault(unit, [0] * len(awards))
            if is_ranked(row) and row.award in awards:
                tally[awards.index(row.award)] += 1

    def key(unit: str) -> tuple:
        return tuple(-n for n in counts[unit]) + (-sum(counts[unit]),)

    ordered = sorted(counts, key=lambda unit: (key(unit), unit))
    units = []
    for pos, unit in enumerate(ordered, 1):
        rank = units[-1].rank if units and key(unit) == key(units[-1].unit) else pos
        units.append(UnitMedals(rank, unit, tuple(counts[unit]), entries[unit]))
    return MedalTable(awards, tuple(units))


def lowest_stage(stages: Sequence[str]) -> str:
    """The least final of ``stages`` (a table over a draft event is a draft)."""
    return min(stages, key=STAGES.index, default="draft")


def build_medal_table(path: str | Path, contest: Contest,
                      results: Sequence[tuple[Event, EventResult]], *, stage: str = "draft",
                      date: str | None = None) -> ReportOutcome:
    """Write the 单位奖牌榜 over ``results`` (every event of the contest, usually)."""
    table_data = medal_table(results)
    checker = GlyphChecker()
    doc = ReportDoc(path, contest.name, stage, checker, subject=TITLE)
    columns = [Column("名次", min_width=30), Column("单位", align="LEFT", min_width=150, flex=True)]
    columns += [Column(name, min_width=44) for name in table_data.awards]
    columns += [Column("获奖合计", min_width=50), Column("参赛人次", min_width=50)]
    for unit in table_data.units:
        values = [str(unit.rank), unit.unit, *map(str, unit.counts), str(unit.total),
                  str(unit.entries)]
        for col, text in zip(columns, values):
            col.values.append(text)
    cells = CellMaker(checker)
    table = column_table(columns, doc.width, cells)
    events = "、".join(event.name for event, _ in results)
    notes = [
        f"统计范围：{events}，共 {len(results)} 个赛项。",
        "按各单位获" + "、".join(table_data.awards) + "的数量依次比较排序，再比较获奖合计；均相同者名次并列。"
        if table_data.awards else "各赛项未设奖项。",
        "获奖依据各赛项成绩汇总表；称号不计入奖牌数。",
    ]
    part = Part(TITLE, (("赛项", f"全部 {len(results)} 个赛项"),),
                date if date is not None else contest.date, key="medals")
    pages = doc.build([(part, table_with_closing(table, notes, "", SIGNATURES, doc.width, checker))])
    return ReportOutcome(Path(path), pages, checker.warnings)
