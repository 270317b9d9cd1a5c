"""成绩汇总表: the result sheet of an event, one signed part per group.

Columns: 名次, 编号 (the code the judges saw: the 工位号 after the second draw), the entry kind's
"who" columns (:func:`judge_app.core.entry_kinds.who_fields`: 姓名, 单位 for a person; 团队名称,
成员, 单位 for a team; 建议名称, 建议人 … for a proposal), every section score with its weight in the header (理论知识(30%)), 总分, 奖项,
称号 (only when someone has one), 备注. Ranked rows come first; 缺考/弃赛/取消资格 are listed last
with the reason in 备注. Provisional totals carry "*" and the notes say "成绩未完整，暂定排名".
Numbers are printed exactly as the core's Decimals
(``format(d, "f")``). The notes state the aggregation rules, the rounding policy and the tie-break
chain; the footer and a QR code carry :func:`~judge_app.core.fingerprint.result_fingerprint`.

A final carrying earlier rounds (``event.carry``) adds, after its section scores, one column per
earlier round and one for this round's own total, each with its weight (初赛(30%), 决赛(70%)), and
its total is the combined one (综合成绩); the notes give the formula.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Mapping, Sequence

from judge_app.core.entry_kinds import Field, title_of, who_fields, who_values
from judge_app.core.fingerprint import is_ranked, ordered_rows
from judge_app.core.results import EntryResult, EventResult, GroupResult
from judge_app.core.rounds import Breakdown
from judge_app.core.scheme import Contest, Event, Section
from judge_app.core.sheet_rows import (
    PROVISIONAL_MARK,
    carried_parts,
    carried_values,
    num,
    remarks_text,
    rules_notes,
    weight_text,
)
from judge_app.reports.fonts import GlyphChecker
from judge_app.reports.template import (
    BODY_SIZE,
    CellMaker,
    Column,
    ReportOutcome,
    TableWithClosing,
    build_group_report,
    check_stage,
    closing_block,
    data_table,
    entry_label,
    fit_widths,
    natural_table_width,
    select_groups,
    usable_width,
)

TITLE = "成绩汇总表"
SIGNATURES: tuple[str, ...] = ("裁判员", "裁判长", "监督")
SMALL_BODY_SIZE = 8.5  # when even landscape is tight (many sections)


def section_header(section: Section) -> str:
    if section.weight == 0:
        return f"{section.name}\n(参考)"
    return f"{section.name}\n({weight_text(section.weight)}%)"


# --- rows ----------------------------------------------------------------------------------------


def _section_cell(row: EntryResult, section: Section) -> str:
    result = row.section(section.id)
    if result is None or result.score is None:
        return "—" if is_ranked(row) else ""
    text = num(result.score)
    if not result.complete:
        text += PROVISIONAL_MARK
    return text


def _carried_cells(row: EntryResult, breakdown: Breakdown | None, count: int) -> list[str]:
    return [num(v) if isinstance(v, Decimal) else v for v in carried_values(row, breakdown, count)]


def _row_values(row: EntryResult, event: Event, who: Sequence[Field], with_titles: bool,
                carried: Mapping[str, Breakdown] | None = None) -> list[str]:
    ranked = is_ranked(row)
    total = num(row.total) if row.total is not None else ("—" if ranked else "")
    if row.provisional and row.total is not None:
        total += PROVISIONAL_MARK
    values = [
        str(row.rank) if ranked else "—",
        row.entry.code,
        *who_values(who, row.entry),
    ]
    values += [_section_cell(row, s) for s in event.sections]
    if carried is not None:
        values += _carried_cells(row, carried.get(row.entry.code), len(event.carry) + 1)
    values += [total, row.award or ""]
    if with_titles:
        values.append("、".join(row.titles))
    values.append(remarks_text(row))
    return values


def who_columns(who: Sequence[Field]) -> list[Column]:
    """The kind's "who" columns: the title narrow unless it is a project's or proposal's name,
    units and member lists wide and wrapping."""
    return [
        Column(f.header, min_width=52, max_width=110) if f.title and f.header == "姓名"
        else Column(f.header, align="LEFT", min_width=80, max_width=190, flex=True)
        for f in who
    ]


def _columns(event: Event, who: Sequence[Field], with_titles: bool,
             parts: Sequence[tuple[str, Decimal]] = ()) -> list[Column]:
    cols = [Column("名次", min_width=30), Column("编号", min_width=40, max_width=80), *who_columns(who)]
    cols += [Column(section_header(s), min_width=44, max_width=80) for s in event.sections]
    cols += [Column(f"{name}\n({weight_text(w)}%)", min_width=44, max_width=80) for name, w in parts]
    cols += [Column("综合成绩" if parts else "总分", min_width=44), Column("奖项", min_width=44, max_width=80)]
    if with_titles:
        cols.append(Column("称号", min_width=44, max_width=100))
    cols.append(Column("备注", align="LEFT", min_width=56, max_width=130, flex=True))
    return cols


def _group_flowables(event: Event, group: GroupResult, columns: list[Column], who: Sequence[Field], landscape: bool,
                     cells: CellMaker, fingerprint: str, signatures: Sequence[str],
                     parts: Sequence[tuple[str, Decimal]] = ()) -> list:
    rows = ordered_rows(group)
    widths = fit_widths(columns, usable_width(landscape), cells.size)
    fields = ["", "编号", *(f.header for f in who)] + [""] * (len(columns) - 2 - len(who))
    fields[-1] = "备注"
    data = []
    first_unranked = None
    for i, row in enumerate(rows):
        if first_unranked is None and not is_ranked(row):
            first_unranked = i + 1
        who = entry_label(event, row)
        data.append([
            cells(col.values[i], widths[j], col.align, where=f"{who} {fields[j]}".rstrip(),
                  code=row.entry.code, name=title_of(row.entry))
            for j, col in enumerate(columns)
        ])
    extra = []
    if first_unranked is not None and first_unranked > 1:
        extra.append(("LINEABOVE", (0, first_unranked), (-1, first_unranked), 1.2, "black"))
    header = [cells.header(c.header) for c in columns]
    table = data_table(columns, data, widths, cells.size, header_cells=header, extra_style=extra)
    closing = closing_block(rules_notes(event, group, parts), fingerprint, signatures,
                            usable_width(landscape), cells.checker)
    return [TableWithClosing(table, closing)]


def build_result_sheet(
    path: str | Path,
    contest: Contest,
    event: Event,
    result: EventResult | GroupResult,
    *,
    stage: str = "draft",
    groups: Sequence[str] | None = None,
    date: str | None = None,
    signatures: Sequence[str] = SIGNATURES,
    carried: Mapping[str, Breakdown] | None = None,
) -> ReportOutcome:
    """Write the 成绩汇总表 of ``event`` to ``path`` (PDF, A4).

    ``result`` is the event's result (every group, or those named in ``groups``, each as its own
    part from a new page with its own page numbering, notes and signatures) or one group's.
    ``stage`` is "draft" (watermark 草稿: some section not locked), "published" (公示稿) or
    "final" (no watermark). ``date`` defaults to the contest date. Landscape is chosen when the
    columns do not fit portrait. Returns the page count, the glyph warnings (characters printed
    as red ``[U+XXXX]``) and the fingerprint of each group. ``carried`` (entry code →
    :class:`~judge_app.core.rounds.Breakdown`, from ``combine_rounds``) adds the carried columns
    when ``event`` carries earlier rounds; ``result`` is then the combined result.
    """
    check_stage(stage)
    selected = select_groups(event, result, groups)
    with_titles = any(r.titles for g in selected for r in g.rows)
    parts = carried_parts(contest, event) if carried is not None else []
    carried = carried if parts else None
    columns_of: dict[int, list[Column]] = {}
    widest = 0.0
    who = who_fields(event.entry_kind, [r.entry for g in selected for r in g.rows])
    for group in selected:
        columns = _columns(event, who, with_titles, parts)
        for row in ordered_rows(group):
            for col, text in zip(columns, _row_values(row, event, who, with_titles, carried)):
                col.values.append(text)
        columns_of[id(group)] = columns
        widest = max(widest, natural_table_width(columns, BODY_SIZE))
    landscape = widest > usable_width(False)
    size = BODY_SIZE if widest <= usable_width(True) else SMALL_BODY_SIZE
    checker = GlyphChecker()
    cells = CellMaker(checker, size)
    return build_group_report(
        path, contest, event, selected, title=TITLE, stage=stage, date=date, checker=checker,
        landscape=landscape,
        flowables=lambda group, fp: _group_flowables(
            event, group, columns_of[id(group)], who, landscape, cells, fp, signatures, parts),
    )
