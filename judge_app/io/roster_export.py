"""The roster as the contest file holds it, as rows a clerk can check, or as a CSV / xlsx file
that imports again (its header words are the roster importer's own)."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

from judge_app.core.entries import Entry
from judge_app.core.errors import InvalidValue
from judge_app.files import atomic_output
from judge_app.io.cell_text import append_row, safe_cell

#: (header, the entry's field); the headers are words the roster importer knows, so that every
#: kind of entry (a person, a team and its members, a project, a proposal and its category) imports again
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("赛项", "event"), ("组别", "group"), ("编号", "code"), ("姓名", "name"), ("名称", "title"),
    ("成员", "members"), ("类别", "category"), ("性别", "gender"), ("身份证号", "id_number"), ("单位", "unit"),
    ("代表队", "team"), ("联系电话", "phone"), ("备注", "note"),
)
MEMBER_SEPARATOR = "、"  # one of the separators the importer splits members on
LOT_COLUMNS = ("检录号", "工位号", "状态")


def roster_rows(entries: Sequence[Entry], lots: Mapping[str, Mapping[str, tuple[str, str]]],
                *, with_lots: bool = False) -> tuple[list[str], list[list[str]]]:
    """Headers and one row per entry; ``lots`` is event → code → (检录号, 工位号). With
    ``with_lots`` the 检录号, 工位号 and status follow (for showing; they do not import)."""
    headers = [h for h, _ in EXPORT_COLUMNS] + (list(LOT_COLUMNS) if with_lots else [])
    rows = []
    for entry in entries:
        row = [_cell(getattr(entry, attr)) for _, attr in EXPORT_COLUMNS]
        if with_lots:
            bib, station = lots.get(entry.event, {}).get(entry.code, ("", ""))
            row += [bib, station, entry.status.label]
        rows.append(row)
    return headers, rows


def _cell(value: object) -> str:
    if isinstance(value, tuple):
        return MEMBER_SEPARATOR.join(value)
    return str(value or "")


def write_rows(path: str | Path, headers: list[str], rows: list[list[str]]) -> Path:
    """Write a .csv (UTF-8 with BOM, which Excel opens correctly) or a .xlsx (every cell text,
    so ID numbers keep all their digits)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with atomic_output(path) as partial, partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerows([safe_cell(cell) for cell in row] for row in [headers, *rows])
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "名单"
        for row in [headers, *rows]:
            append_row(ws, row)
        for column in ws.columns:
            for cell in column:
                cell.number_format = "@"
            ws.column_dimensions[column[0].column_letter].width = 20 if column[0].value == "身份证号" else 12
        ws.freeze_panes = "A2"
        with atomic_output(path) as partial:
            wb.save(partial)
    else:
        raise InvalidValue(f"导出文件应为 .csv 或 .xlsx：{path.name} / export to .csv or .xlsx")
    return path
