"""成绩单: one page (part) per contestant with the section and criterion detail.

Per criterion: its max, every judge's value as entered (values dropped by the trimmed rule in
brackets), and the value the criterion contributes; per section: the exact sum, penalties and the
rounded section score; then total, rank and award exactly as on the result sheet. Criterion
values and raw sums are exact, unrounded quotients (13.3333…); they are shown to
:data:`SHOWN_PLACES` places with "≈" when longer. Notes and fingerprint are the group's.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from itertools import groupby
from pathlib import Path
from typing import Sequence

from judge_app.core.entry_kinds import title_of, who_fields
from judge_app.core.fingerprint import is_ranked, ordered_rows, result_fingerprint
from judge_app.core.results import CriterionResult, EntryResult, EventResult, GroupResult, SectionResult
from judge_app.core.scheme import Contest, CriterionKind, Event, Section
from judge_app.core.sheet_rows import num, rules_notes
from judge_app.reports.fonts import GlyphChecker
from judge_app.reports.result_sheet import SIGNATURES as SHEET_SIGNATURES
from judge_app.reports.template import (
    CellMaker,
    Column,
    Part,
    ReportDoc,
    ReportOutcome,
    RowOwner,
    column_table,
    entry_label,
    select_groups,
    table_with_closing,
)

TITLE = "成绩单"
SIGNATURES: tuple[str, ...] = SHEET_SIGNATURES[1:]  # 裁判长, 监督
SHOWN_PLACES = 4


def exact_text(value: Decimal | None) -> str:
    """An exact (unrounded) value: as is when short, else "≈" and :data:`SHOWN_PLACES` places."""
    if value is None:
        return ""
    text = format(value, "f")
    if "." in text and len(text.split(".")[1]) > SHOWN_PLACES:
        return "≈" + format(value.quantize(Decimal(1).scaleb(-SHOWN_PLACES), ROUND_HALF_EVEN), "f")
    return text


def judge_values(result: CriterionResult) -> str:
    """``J01 5.0　J02 4.5　(J03 3.0)``: every value as entered, dropped ones in brackets."""
    parts = []
    for judge, value in result.values:
        text = f"{judge} {num(value)}"
        parts.append(f"({text})" if judge in result.dropped else text)
    return "　".join(parts)


def _section_rows(section: Section, result: SectionResult | None) -> list[list[str]]:
    rows = []
    for crit in section.criteria:
        found = result.criterion(crit.id) if result else None
        entered = judge_values(found) if found else ""
        if found and crit.kind is CriterionKind.DEDUCTION and entered:
            entered = "扣 " + entered
        value = exact_text(found.value) if found else ""
        rows.append([section.name, crit.name, num(crit.max), entered, value])
    if result is not None:
        detail = f"合计 {exact_text(result.raw)}" if result.raw is not None else ""
        if result.judge_totals:
            detail = "各裁判合计 " + "　".join(f"{j} {num(v)}" for j, v in result.judge_totals) + (
                f"；{detail}" if detail else "")
        if result.penalty:
            detail += f"；扣罚 {num(result.penalty)}"
        score = num(result.score) + ("" if result.complete else "*")
        rows.append([section.name, "模块得分", num(section.max), detail, score])
    return rows


def _summary(row: EntryResult) -> tuple[str, str]:
    """(what the entry got in words, the total) for the last row."""
    if not is_ranked(row):
        return f"{row.status.label or '未排名'}，不参加排名", ""
    parts = [f"名次 {row.rank}"]
    if row.award:
        parts.append(f"奖项 {row.award}")
    if row.titles:
        parts.append("称号 " + "、".join(row.titles))
    if not row.eligible:
        parts.append(row.ineligible_reason or "未达合格线")
    if row.tie_note:
        parts.append(row.tie_note)
    return "　".join(parts), num(row.total) + ("*" if row.provisional else "")


def _entry_part(event: Event, group: GroupResult, row: EntryResult, width: float,
                cells: CellMaker, fingerprint: str) -> list:
    columns = [
        Column("模块", min_width=56, max_width=90),
        Column("评分项", align="LEFT", min_width=80, max_width=150),
        Column("满分", min_width=36),
        Column("裁判评分（括号内为去掉的分数）", align="LEFT", min_width=150, flex=True),
        Column("得分", min_width=50),
    ]
    lines = [r for s in event.sections for r in _section_rows(s, row.section(s.id))]
    lines.append(["总分", "", "", *_summary(row)])
    for line in lines:
        for col, text in zip(columns, line):
            col.values.append(text)
    owner = RowOwner(entry_label(event, row), row.entry.code, title_of(row.entry))
    last = len(lines)
    style = [("SPAN", (0, last), (2, last))]
    first = 1
    for _, run in groupby(lines, key=lambda line: line[0]):  # merge 模块 over its rows
        count = len(list(run))
        if count > 1:
            style.append(("SPAN", (0, first), (0, first + count - 1)))
        first += count
    style += [("BACKGROUND", (1, i), (-1, i), "#F2F2F2")
              for i, line in enumerate(lines, 1) if line[1] == "模块得分"]
    table = column_table(columns, width, cells, [owner] * len(lines), extra_style=style)
    return table_with_closing(table, rules_notes(event, group), fingerprint, SIGNATURES, width,
                              cells.checker)


def build_transcripts(
    path: str | Path,
    contest: Contest,
    event: Event,
    result: EventResult | GroupResult,
    *,
    stage: str = "draft",
    groups: Sequence[str] | None = None,
    codes: Sequence[str] | None = None,
    date: str | None = None,
) -> ReportOutcome:
    """Write one 成绩单 per entry of ``event`` (those in ``codes`` when given), in sheet order."""
    checker = GlyphChecker()
    doc = ReportDoc(path, contest.name, stage, checker, subject=f"{event.name} {TITLE}")
    cells = CellMaker(checker)
    parts = []
    fingerprints = []
    for group in select_groups(event, result, groups):
        fp = result_fingerprint(group)
        fingerprints.append((group.group, fp))
        for row in ordered_rows(group):
            if codes is not None and row.entry.code not in codes:
                continue
            entry = row.entry
            who = who_fields(event.entry_kind, [entry])
            info = (("赛项", event.name), ("组别", group.group), ("编号", entry.code),
                    *((f.header, f.value(entry)) for f in who))
            part = Part(TITLE, info, date if date is not None else contest.date, fp,
                        key=f"entry:{group.group}/{entry.code}", who=entry_label(event, row),
                        code=entry.code, name=title_of(entry))
            parts.append((part, _entry_part(event, group, row, doc.width, cells, fp)))
    pages = doc.build(parts)
    return ReportOutcome(Path(path), pages, checker.warnings, tuple(fingerprints))
