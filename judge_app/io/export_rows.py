"""The rows every tabular export (xlsx, CSV) shares: one table per event group, typed cells.

Numbers stay the core's Decimals (rounded by the core, never through float); the writers decide
how a Decimal goes into their format. Rows are in sheet order (ranked by rank, then 缺考 …), the
same order and ranks as the printed 成绩汇总表.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Union

from judge_app.core.decimals import fmt
from judge_app.core.entry_kinds import FIELDS, who_values
from judge_app.core.fingerprint import is_ranked, ordered_rows
from judge_app.core.idcard import mask
from judge_app.core.results import EntryResult, EventResult, GroupResult
from judge_app.core.rounds import Breakdown, SeasonResult
from judge_app.core.scheme import Event
from judge_app.core.sheet_rows import awarded_rows, carried_values, remarks_text

Cell = Union[str, int, Decimal, None]
KINDS: tuple[str, ...] = ("results", "awards")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[int, ...]  # indexes of the Decimal columns (scores and total)


@dataclass(frozen=True)
class Carried:
    """A final's carried parts as columns: (round name, weight) of each earlier round and then of
    the final itself (:func:`~judge_app.core.sheet_rows.carried_parts`), and each entry's
    breakdown by code. Empty for an event that carries nothing."""

    parts: Sequence[tuple[str, Decimal]] = ()
    by_code: Mapping[str, Breakdown] = field(default_factory=dict)

    @property
    def heads(self) -> tuple[str, ...]:
        return tuple(f"{name}({fmt(weight)}%)" for name, weight in self.parts)


NOTHING_CARRIED = Carried()


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        from judge_app.core.errors import InvalidValue

        raise InvalidValue(f"表格导出只支持 {' / '.join(KINDS)}，不支持 “{kind}” / unsupported kind")
    return kind


def _results_row(event: Event, row: EntryResult, carried: Carried) -> tuple[Cell, ...]:
    sections = []
    for section in event.sections:
        found = row.section(section.id)
        sections.append(found.score if found is not None else None)
    parts = carried_values(row, carried.by_code.get(row.entry.code), len(carried.parts)) if carried.parts else []
    return (
        row.rank if is_ranked(row) else None,
        row.entry.code,
        *who_values(FIELDS[event.entry_kind], row.entry),
        *sections,
        *(None if part == "" else part for part in parts),
        row.total,
        row.award or "",
        "、".join(row.titles),
        row.status.label or "正常",
        "是" if row.provisional else "",
        remarks_text(row),
    )


def who_headers(event: Event) -> tuple[str, ...]:
    """Every "who" column of the event's entry kind (:data:`judge_app.core.entry_kinds.FIELDS`), the
    optional ones too: an export's columns do not depend on its rows."""
    return tuple(f.header for f in FIELDS[event.entry_kind])


def results_table(event: Event, group: GroupResult, carried: Carried = NOTHING_CARRIED) -> Table:
    """成绩汇总表 as data: 名次, 编号, the kind's "who" columns (姓名, 单位; 团队名称, 成员, 单位 …), each
    section, [each carried round, 本轮,] 总分 (综合成绩 when rounds are carried), 奖项, 称号, 状态, 暂定, 备注."""
    who = who_headers(event)
    headers = ("名次", "编号", *who, *(s.name for s in event.sections),
               *carried.heads, "综合成绩" if carried.parts else "总分", "奖项", "称号", "状态", "暂定", "备注")
    first = 2 + len(who)
    numeric = tuple(range(first, first + 1 + len(event.sections) + len(carried.parts)))
    rows = tuple(_results_row(event, row, carried) for row in ordered_rows(group))
    return Table(headers, rows, numeric)


def awards_table(event: Event, group: GroupResult) -> Table:
    """获奖名单 as data: 奖项, 名次, 编号, the kind's "who" columns, 总分, 称号, 身份证号 (masked)."""
    who = who_headers(event)
    headers = ("奖项", "名次", "编号", *who, "总分", "称号", "身份证号")
    rows = tuple(
        (row.award or "", row.rank, row.entry.code, *who_values(FIELDS[event.entry_kind], row.entry),
         row.total, "、".join(row.titles), mask(row.entry.id_number))
        for row in awarded_rows(group)
    )
    return Table(headers, rows, (3 + len(who),))


def group_table(kind: str, event: Event, group: GroupResult, carried: Carried = NOTHING_CARRIED) -> Table:
    if check_kind(kind) == "results":
        return results_table(event, group, carried)
    return awards_table(event, group)


def event_table(kind: str, event: Event, result: EventResult, carried: Carried = NOTHING_CARRIED) -> Table:
    """Every group of ``event`` in one ``kind`` table, a 组别 column first: the rows of the CSV
    export and of ``judge-app rank --format csv``, so both write the same ranking the same way."""
    empty = group_table(kind, event, GroupResult(event.id, "", ()), carried)
    rows = tuple((group.group, *row) for group in result.groups for row in group_table(kind, event, group, carried).rows)
    return Table(("组别", *empty.headers), rows, tuple(i + 1 for i in empty.numeric))


def text(cell: Cell) -> str:
    """A cell as text: Decimals exactly as the core holds them (``format(d, "f")``)."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return format(cell, "f")
    return str(cell)


def season_table(standing: SeasonResult, group: GroupResult) -> Table:
    """年度成绩表 as data, the rows of its PDF, xlsx, CSV and JSON: 名次, 编号, the kind's "who"
    columns, each period's total, 年度成绩, 奖项, 称号, 一票否决 (kind, period and reason), 备注
    (missing periods, a pass mark failed), 暂定."""
    season = standing.season
    who = who_headers(season)
    headers = ("名次", "编号", *who, *(p.name for p in season.sections), "年度成绩", "奖项", "称号", "一票否决",
               "备注", "暂定")
    rows = []
    for row in ordered_rows(group):
        veto = standing.veto_text(row)
        remarks = [standing.notes.get(row.code, ""), "" if veto else row.ineligible_reason]
        found = [row.section(p.id) for p in season.sections]
        rows.append((
            row.rank if is_ranked(row) else None, row.code, *who_values(FIELDS[season.entry_kind], row.entry),
            *(s.score if s is not None else None for s in found), row.total, row.award or "",
            "、".join(row.titles), veto, "；".join(r for r in remarks if r), "是" if row.provisional else "",
        ))
    first = 2 + len(who)
    return Table(headers, tuple(rows), tuple(range(first, first + len(season.sections) + 1)))


def season_rows(standing: SeasonResult) -> Table:
    """Every group of a season in one :func:`season_table`, a 组别 column first (CSV, JSON)."""
    empty = season_table(standing, GroupResult(standing.season.id, "", ()))
    rows = tuple((g.group, *row) for g in standing.result.groups for row in season_table(standing, g).rows)
    return Table(("组别", *empty.headers), rows, tuple(i + 1 for i in empty.numeric))
