"""年度成绩表 (四比一创): a season's sheet, one signed part per group, on the same template, fonts
and fingerprint as the 成绩汇总表. Its cells are the rows the caller passes, those of
:func:`judge_app.io.export_rows.season_table` (each period's total, 年度成绩, 奖项, 称号, 一票否决,
备注, 暂定), so the PDF, xlsx, CSV and JSON cannot disagree; the notes say how the periods add up
and list every veto with its period and reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from judge_app.core.entry_kinds import FIELDS, title_of, who_fields
from judge_app.core.fingerprint import ordered_rows
from judge_app.core.results import GroupResult
from judge_app.core.rounds import SeasonResult
from judge_app.core.scheme import Contest, Season
from judge_app.core.season_sheet import SEASON_TITLE, season_notes
from judge_app.core.sheet_rows import PROVISIONAL_MARK, num
from judge_app.reports.fonts import GlyphChecker
from judge_app.reports.result_sheet import who_columns
from judge_app.reports.template import (
    BODY_SIZE,
    CellMaker,
    Column,
    ReportOutcome,
    RowOwner,
    build_group_report,
    column_table,
    natural_table_width,
    table_with_closing,
    usable_width,
)

SIGNATURES: tuple[str, ...] = ("评审组", "组委会", "监督")
SIZES = (BODY_SIZE, 8.5, 7.5)  # the type sizes tried in landscape when portrait is too narrow
OPTIONAL = ("一票否决", "备注")  # left out when nobody of the season has one


#: a group's rows, one tuple of cells per entry in sheet order (io.export_rows.season_table's)
Rows = Callable[[GroupResult], Sequence[Sequence[Any]]]


def _columns(standing: SeasonResult, group: GroupResult, rows: Rows) -> tuple[list[Column], list[RowOwner]]:
    """The sheet's columns filled from the group's ``rows`` (the 暂定 cell becomes a * mark); an
    optional "who" column nobody of the season fills (成员 of a project) is left out."""
    season = standing.season
    fields = FIELDS[season.entry_kind]
    kept = who_fields(season.entry_kind, [r.entry for g in standing.result.groups for r in g.rows])
    dropped = {2 + i for i, f in enumerate(fields) if f not in kept}
    who = len(fields)
    who_cols = who_columns(kept)
    for col in who_cols:  # twelve monthly periods must fit too: names wrap rather than push them off
        col.min_width = min(col.min_width, 56)
    cols = [Column("名次", min_width=26), Column("编号", min_width=32, max_width=80), *who_cols]
    cols += [Column(p.name, min_width=28, max_width=80) for p in season.sections]
    cols += [Column("年度成绩", min_width=40), Column("奖项", min_width=34, max_width=80),
             Column("称号", min_width=44, max_width=100),
             Column("一票否决", align="LEFT", min_width=60, max_width=150, flex=True),
             Column("备注", align="LEFT", min_width=50, max_width=120, flex=True)]
    total_at = 2 + who + len(season.sections)
    for row in rows(group):
        provisional = row[-1] == "是"
        cells = [(i, cell) for i, cell in enumerate(row[:-1]) if i not in dropped]
        for col, (i, cell) in zip(cols, cells):
            text = "—" if cell is None and 2 + who <= i <= total_at else (num(cell) if isinstance(cell, Decimal) else str(cell or ""))
            col.values.append(text + (PROVISIONAL_MARK if provisional and i == total_at and cell is not None else ""))
    owners = [RowOwner(f"{season.entry_kind.label} {r.code} {title_of(r.entry)}".rstrip(), r.code, title_of(r.entry))
              for r in ordered_rows(group)]
    return cols, owners


def build_season_sheet(path: str | Path, contest: Contest, season: Season, standing: SeasonResult, rows: Rows, *,
                       stage: str = "draft", date: str | None = None) -> ReportOutcome:
    """Write the 年度成绩表 of ``standing`` (vetoes applied) to ``path`` (PDF, A4; landscape, and then
    smaller type, when the periods do not fit portrait); ``rows`` gives each group's cells."""
    built = {id(g): _columns(standing, g, rows) for g in standing.result.groups}
    empty = {h for h in OPTIONAL if all(not any(c.values) for cols, _ in built.values() for c in cols if c.header == h)}
    built = {key: ([c for c in cols if c.header not in empty], owners) for key, (cols, owners) in built.items()}

    def fits(landscape: bool, size: float) -> bool:
        widest = max((natural_table_width(cols, size) for cols, _ in built.values()), default=0.0)
        return widest <= usable_width(landscape)

    layouts = [(False, BODY_SIZE), *((True, size) for size in SIZES)]
    landscape, size = next((layout for layout in layouts if fits(*layout)), layouts[-1])
    checker = GlyphChecker()
    cells = CellMaker(checker, size)
    notes = season_notes(season, standing)

    def flowables(group: GroupResult, fingerprint: str) -> list:
        cols, owners = built[id(group)]
        table = column_table(cols, usable_width(landscape), cells, owners)
        return table_with_closing(table, notes, fingerprint, SIGNATURES, usable_width(landscape), checker)

    return build_group_report(path, contest, standing.season, standing.result.groups, title=SEASON_TITLE,
                              stage=stage, date=date, checker=checker, landscape=landscape, flowables=flowables,
                              heading="年度")
