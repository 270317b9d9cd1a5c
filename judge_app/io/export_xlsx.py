"""Formatted xlsx export: a 汇总 sheet, then one sheet per event group.

Each sheet: bold, shaded, frozen header row; scores and totals as numeric cells written from the
core's Decimals (no float round trip) with the number format of the event's decimals (0.00);
column widths from the content (a Chinese character counts double); awards in their column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from judge_app.core.fingerprint import is_ranked, result_fingerprint
from judge_app.core.results import EventResult, GroupResult
from judge_app.core.scheme import Event
from judge_app.files import atomic_output
from judge_app.io.cell_text import append_row
from judge_app.core.rounds import SeasonResult
from judge_app.io.export_rows import NOTHING_CARRIED, Carried, Table, group_table, season_table, text
from judge_app.textwidth import display_width

STAGE_LABELS = {"draft": "草稿", "published": "公示稿", "final": "定稿"}
SUMMARY = "汇总"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
MAX_WIDTH = 48
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def number_format(decimals: int) -> str:
    """0 → "0", 2 → "0.00"."""
    return "0." + "0" * decimals if decimals > 0 else "0"


def sheet_title(event: Event, group: str, taken: set[str]) -> str:
    """A legal, unique sheet name (at most 31 characters, none of []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub("_", f"{event.name}-{group}" if group else event.name)[:31]
    title, n = base, 2
    while title in taken:
        suffix = f"({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def _write_table(sheet: Worksheet, table: Table, decimals: int) -> None:
    append_row(sheet, table.headers)
    for cell in sheet[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fmt = number_format(decimals)
    for row in table.rows:
        append_row(sheet, row)  # Decimal cells stay numeric and exact
        for index in table.numeric:
            sheet.cell(sheet.max_row, index + 1).number_format = fmt
    sheet.freeze_panes = "A2"
    _fit_columns(sheet, table)


def _fit_columns(sheet: Worksheet, table: Table) -> None:
    for i, header in enumerate(table.headers):
        widest = max([display_width(header)] + [display_width(text(r[i])) for r in table.rows])
        sheet.column_dimensions[get_column_letter(i + 1)].width = min(widest + 2, MAX_WIDTH)


def _summary(sheet: Worksheet, items: Sequence[tuple[Event, EventResult, str]]) -> None:
    awards: dict[str, None] = {}
    for event, _, _ in items:
        for tier in event.awards.tiers:
            awards.setdefault(tier.name, None)
    headers = ("赛项", "组别", "参赛", "参加排名", *awards, "状态", "校验码")
    rows = []
    for event, result, stage in items:
        for group in result.groups:
            got = [sum(1 for r in group.rows if is_ranked(r) and r.award == a) for a in awards]
            rows.append((event.name, group.group, len(group.rows),
                         sum(1 for r in group.rows if is_ranked(r)), *got,
                         STAGE_LABELS[stage], result_fingerprint(group)))
    _write_table(sheet, Table(headers, tuple(rows), ()), 0)


def write_xlsx(path: str | Path, items: Sequence[tuple[Event, EventResult, str]],
               kind: str = "results", carried: Mapping[str, Carried] | None = None) -> Path:
    """Write the workbook: 汇总 (counts per group, stage, fingerprint) and a sheet per group of
    each (event, result, stage) with the ``kind`` table (results / awards); ``carried`` gives the
    carried rounds' columns of a final, by event id."""
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY
    _summary(summary, items)
    taken = {SUMMARY}
    for event, result, _ in items:
        for group in result.groups:
            sheet = book.create_sheet(sheet_title(event, group.group, taken))
            table = group_table(kind, event, group, (carried or {}).get(event.id, NOTHING_CARRIED))
            _write_table(sheet, table, event.decimals)
    path = Path(path)
    with atomic_output(path) as partial:
        book.save(partial)
    return path


def write_season_xlsx(path: str | Path, standing: SeasonResult) -> Path:
    """Write a season's sheet: one sheet per group (:func:`~judge_app.io.export_rows.season_table`),
    period totals and the season result numeric with the season's decimals."""
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for group in standing.result.groups or (GroupResult(standing.season.id, "", ()),):
        sheet = book.create_sheet(sheet_title(standing.season, group.group, taken))
        _write_table(sheet, season_table(standing, group), standing.season.decimals)
    path = Path(path)
    with atomic_output(path) as partial:
        book.save(partial)
    return path
