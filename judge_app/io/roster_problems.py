"""The roster check's problems as a file to send back to the unit that filled the roster: one row
per problem with its file, sheet, row, column, level, message and the value found, as .xlsx or
as CSV (UTF-8 with BOM, which Excel and WPS open in Chinese), chosen by the file's suffix."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from judge_app.files import atomic_output
from judge_app.io.cell_text import safe_cell
from judge_app.io.roster import LEVEL_LABELS, RosterReport

HEADERS = ("文件", "工作表", "行", "列", "级别", "问题", "填写的内容")
WIDTHS = (24, 12, 6, 18, 6, 60, 24)


def problem_rows(report: RosterReport) -> list[tuple[object, ...]]:
    """One row per problem, in the order of the check (file-wide problems have no row)."""
    return [(p.file, p.sheet, p.row if p.row is not None else "", p.column, LEVEL_LABELS[p.level],
             p.message, p.value) for p in report.problems]


def write_problems(path: str | Path, report: RosterReport) -> Path:
    """Write the problems of ``report`` to ``path`` (.csv → CSV, anything else → .xlsx)."""
    path = Path(path)
    rows = [tuple(safe_cell(cell) for cell in row) for row in problem_rows(report)]
    with atomic_output(path) as partial:
        if path.suffix.lower() == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(HEADERS)
                writer.writerows(rows)
        else:
            book = Workbook()
            sheet = book.active
            sheet.title = "名单问题"
            sheet.append(HEADERS)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append(row)
            for index, width in enumerate(WIDTHS):
                sheet.column_dimensions[chr(ord("A") + index)].width = width
            sheet.freeze_panes = "A2"
            book.save(partial)
    return path
