"""获奖名单: the award list of an event, one signed part per group.

Columns: 奖项, 名次, the entry kind's "who" columns (姓名, 单位; 团队名称, 成员, 单位 …), 身份证号
masked to the first 4 and last 4 characters (3201**********123X) when someone has one, and 称号
when someone has one. Only entries with an award or a
title are listed, in rank order (so grouped by award). Same page template, watermark, notes and
fingerprint as the result sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from judge_app.core.entry_kinds import Field, title_of, who_fields, who_values
from judge_app.core.results import EntryResult, EventResult, GroupResult
from judge_app.core.fingerprint import is_ranked
from judge_app.core.scheme import Contest, Event
from judge_app.core.sheet_rows import awarded_rows
from judge_app.reports.fonts import GlyphChecker
from judge_app.reports.result_sheet import who_columns
from judge_app.reports.template import (
    BODY_SIZE,
    CellMaker,
    Column,
    ReportOutcome,
    RowOwner,
    build_group_report,
    check_stage,
    column_table,
    entry_label,
    natural_table_width,
    select_groups,
    table_with_closing,
    usable_width,
)

try:  # the core's ID helpers (GB 11643); the fallback below only if they are absent
    from judge_app.core.idcard import mask as _core_mask
except ImportError:  # pragma: no cover - depends on the tree
    _core_mask = None

TITLE = "获奖名单"
SIGNATURES: tuple[str, ...] = ("裁判长", "监督", "组委会")


def mask_id(id_number: str) -> str:
    """First 4 and last 4 characters, the rest as ``*``: 3201**********123X ('' stays '').

    Uses :func:`judge_app.core.idcard.mask` when the core has it.
    """
    if _core_mask is not None:
        return _core_mask(id_number)
    text = "".join(str(id_number or "").split()).upper()
    if not text:
        return ""
    if len(text) <= 8:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 8) + text[-4:]


def _columns(who: Sequence[Field], with_ids: bool, with_titles: bool) -> list[Column]:
    cols = [Column("奖项", min_width=50, max_width=90), Column("名次", min_width=34), *who_columns(who)]
    if with_ids:
        cols.append(Column("身份证号", min_width=120))
    if with_titles:
        cols.append(Column("称号", min_width=50, max_width=110))
    return cols


def _values(row: EntryResult, who: Sequence[Field], with_ids: bool, with_titles: bool) -> list[str]:
    values = [row.award or "", f"{row.rank}*" if row.provisional else str(row.rank), *who_values(who, row.entry)]
    if with_ids:
        values.append(mask_id(row.entry.id_number))
    if with_titles:
        values.append("、".join(row.titles))
    return values


def _notes(group: GroupResult, rows: list[EntryResult], with_ids: bool) -> list[str]:
    counts: dict[str, int] = {}
    for row in rows:
        if row.award:
            counts[row.award] = counts.get(row.award, 0) + 1
    ranked = sum(1 for r in group.rows if is_ranked(r))
    summary = "、".join(f"{name}{n}名" for name, n in counts.items())
    notes = [f"本组参加排名{ranked}名" + (f"，获奖：{summary}" if summary else "，无人获奖") + "。"]
    notes.append("名次依据成绩汇总表" + ("；身份证号仅显示前4位和后4位。" if with_ids else "。"))
    if any(r.provisional for r in rows):
        notes.append("* 成绩未完整，暂定排名，获奖结果以最终成绩为准。")
    return notes


def _group_flowables(event: Event, group: GroupResult, columns: list[Column], with_ids: bool, width: float,
                     cells: CellMaker, fingerprint: str, signatures: Sequence[str]) -> list:
    rows = awarded_rows(group)
    owners = [RowOwner(entry_label(event, r), r.entry.code, title_of(r.entry)) for r in rows]
    award_breaks = [("LINEABOVE", (0, i + 1), (-1, i + 1), 1.0, "black")
                    for i in range(1, len(rows)) if rows[i].award != rows[i - 1].award]
    table = column_table(columns, width, cells, owners, award_breaks, empty="（无获奖者）")
    return table_with_closing(table, _notes(group, rows, with_ids), fingerprint, signatures, width, cells.checker)


def build_award_list(
    path: str | Path,
    contest: Contest,
    event: Event,
    result: EventResult | GroupResult,
    *,
    stage: str = "draft",
    groups: Sequence[str] | None = None,
    date: str | None = None,
    signatures: Sequence[str] = SIGNATURES,
) -> ReportOutcome:
    """Write the 获奖名单 of ``event`` to ``path`` (PDF, A4), one part per group.

    Arguments as :func:`judge_app.reports.result_sheet.build_result_sheet`; the fingerprint
    printed is the same as on that group's result sheet.
    """
    check_stage(stage)
    selected = select_groups(event, result, groups)
    awarded = [r for g in selected for r in awarded_rows(g)]
    with_titles = any(r.titles for r in awarded)
    with_ids = any(r.entry.id_number for r in awarded)
    who = who_fields(event.entry_kind, [r.entry for r in awarded])
    columns_of: dict[int, list[Column]] = {}
    widest = 0.0
    for group in selected:
        columns = _columns(who, with_ids, with_titles)
        for row in awarded_rows(group):
            for col, text in zip(columns, _values(row, who, with_ids, with_titles)):
                col.values.append(text)
        columns_of[id(group)] = columns
        widest = max(widest, natural_table_width(columns))
    landscape = widest > usable_width(False)
    checker = GlyphChecker()
    cells = CellMaker(checker, BODY_SIZE)
    return build_group_report(
        path, contest, event, selected, title=TITLE, stage=stage, date=date, checker=checker,
        landscape=landscape,
        flowables=lambda group, fp: _group_flowables(
            event, group, columns_of[id(group)], with_ids, usable_width(landscape), cells, fp, signatures),
    )
