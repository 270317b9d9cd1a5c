"""评分表: one sheet per section and judge, listing the entries by code (judges never see names).

* blank (``scores=None``): for judges who mark on paper - per criterion its max (and step) in the
  header and an empty box per entry;
* filled: the judge's own values as stored, for the judge to check and sign.

A judge gets the judgement criteria of the section; measurement and deduction criteria (entered
once per entry) go to the panel's first judge, and to anyone who actually entered values for them.
A section without a panel (any judge may mark it) gets a sheet per judge who entered values in it,
or else one sheet without a name, every criterion on it, for each marking judge to copy.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Mapping, Sequence

from judge_app.core.entries import Entry, Status
from judge_app.core.errors import NotFound
from judge_app.core.scheme import Contest, Criterion, CriterionKind, Event, Section, SectionKind
from judge_app.core.sheet_rows import num
from judge_app.reports.fonts import GlyphChecker
from judge_app.reports.template import (
    CellMaker,
    Column,
    Part,
    ReportDoc,
    ReportOutcome,
    RowOwner,
    column_table,
    table_with_closing,
)

TITLE = "评分表"
ANY_JUDGE = ""  # the judge of the sheet of a section without a panel
SIGNATURES: tuple[str, ...] = ("评分裁判", "裁判长")
#: scores[code][criterion][judge] = value, as in :class:`judge_app.core.entries.EventInputs`.
Scores = Mapping[str, Mapping[str, Mapping[str, Decimal]]]


def judge_criteria(section: Section, judge: str, scores: Scores | None) -> list[Criterion]:
    """The criteria ``judge`` marks in ``section`` (see the module docstring)."""
    first = section.judges[0] if section.judges else ""
    entered = set()
    if scores:
        entered = {cid for per_code in scores.values() for cid, by_judge in per_code.items()
                   if judge in by_judge}
    return [c for c in section.criteria
            if c.kind is CriterionKind.JUDGEMENT or judge == first or c.id in entered]


def sheet_judges(section: Section, scores: Scores | None) -> list[str]:
    """Whose sheets a section gets: its panel; without one, the judges who entered values in it,
    else one sheet for any judge (:data:`ANY_JUDGE`)."""
    if section.judges:
        return list(section.judges)
    ids = {c.id for c in section.criteria}
    entered = sorted({judge for per_code in (scores or {}).values() for cid, by_judge in per_code.items()
                      if cid in ids for judge in by_judge})
    return entered or [ANY_JUDGE]


def criterion_header(crit: Criterion) -> str:
    kind = "扣分，" if crit.kind is CriterionKind.DEDUCTION else ""
    return f"{crit.name}\n({kind}满分{num(crit.max)})"


def _columns(event: Event, criteria: Sequence[Criterion], with_groups: bool) -> list[Column]:
    cols = [Column("序号", min_width=28), Column("编号", min_width=44, max_width=80)]
    if with_groups:
        cols.append(Column("组别", min_width=40, max_width=80))
    cols += [Column(criterion_header(c), min_width=52, max_width=110) for c in criteria]
    cols.append(Column("备注", min_width=60, flex=True))
    return cols


def _notes(section: Section, criteria: Sequence[Criterion], filled: bool) -> list[str]:
    notes = [f"{section.name}满分{num(section.max)}分；每项按步长打分，不得超过该项满分。"]
    steps = "；".join(f"{c.name}步长{num(c.step)}" for c in criteria)
    if steps:
        notes.append(steps + "。")
    if any(c.kind is CriterionKind.DEDUCTION for c in criteria):
        notes.append("扣分项填写扣除的分数（不是得分）。")
    if not section.judges:
        notes.append("本模块未指定评分组，任何裁判均可评分：每位评分裁判各用一份，并填写本人编号。")
    if filled:
        notes.append("表中为本裁判录入系统的分数，请逐项核对无误后签字；空格为未录入。")
    else:
        notes.append("只按编号评分，请勿填写选手姓名；改动处须签字确认。")
    return notes


def build_marksheets(
    path: str | Path,
    contest: Contest,
    event: Event,
    entries: Sequence[Entry],
    *,
    scores: Scores | None = None,
    sections: Sequence[str] | None = None,
    judges: Sequence[str] | None = None,
    stage: str = "final",
    date: str | None = None,
) -> ReportOutcome:
    """Write the 评分表 of ``event``: one part per (section, judge) of the panels, rows for the
    entries that compete (缺考/弃赛/取消资格 left out), by group then code. ``scores`` None gives
    blank sheets, otherwise each judge's own values. ``sections``/``judges`` narrow the set.
    NotFound (and no file) when that leaves no sheet to print."""
    checker = GlyphChecker()
    doc = ReportDoc(path, contest.name, stage, checker, subject=f"{event.name} {TITLE}")
    rows = sorted((e for e in entries if e.status is Status.OK and e.event == event.id),
                  key=lambda e: (e.group, e.code))
    with_groups = len({e.group for e in rows}) > 1
    cells = CellMaker(checker)
    parts = []
    for section in event.sections:
        if section.kind is SectionKind.VOTE or (sections is not None and section.id not in sections):
            continue
        for judge in sheet_judges(section, scores):
            if judges is not None and judge not in judges:
                continue
            criteria = judge_criteria(section, judge, scores)
            columns = _columns(event, criteria, with_groups)
            for i, entry in enumerate(rows, 1):
                own = scores.get(entry.code, {}) if scores is not None else {}
                values = [str(i), entry.code] + ([entry.group] if with_groups else [])
                values += [num(own.get(c.id, {}).get(judge)) for c in criteria] + [""]
                for col, text in zip(columns, values):
                    col.values.append(text)
            kind = "（已填）" if scores is not None else "（空白）"
            part = Part(TITLE + kind, (("赛项", event.name), ("模块", section.name), ("裁判", judge or "＿＿＿＿＿＿")),
                        date if date is not None else contest.date, key=f"{section.id}/{judge}")
            table = column_table(columns, doc.width, cells, [RowOwner()] * len(rows),
                                 extra_style=_box_height(scores is None), empty="（无参赛者）")
            parts.append((part, table_with_closing(table, _notes(section, criteria, scores is not None),
                                                   "", SIGNATURES, doc.width, checker)))
    if not parts:
        raise NotFound(f"赛项“{event.name}”没有可打印的评分表（没有需评分的模块或所选裁判）"
                       " / no mark sheet to print for this event")
    pages = doc.build(parts)
    return ReportOutcome(Path(path), pages, checker.warnings)


def _box_height(blank: bool) -> tuple[tuple, ...]:
    """Blank sheets get taller rows: room to write by hand."""
    if not blank:
        return ()
    return (("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 9))
