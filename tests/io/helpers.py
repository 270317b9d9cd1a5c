"""Builders of roster files as offices send them (xlsx with merged titles, CSV in any encoding)."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable, Sequence

import openpyxl

EVENTS = ("电工", "焊工", "车工", "中式烹调师", "茶艺师")
KNOWN: dict[str, tuple[str, ...]] = {name: () for name in EVENTS}
HEADER = ("序号", "姓名", "性别", "身份证号", "单位", "赛项")

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(n: int = 0, *, male: bool = True, birth: str | None = None, region: str = "320102") -> str:
    """A valid ID; ``n`` makes it unique, ``male`` sets the parity of the 17th digit."""
    if birth is None:
        birth = (date(1970, 1, 1) + timedelta(days=n // 500)).strftime("%Y%m%d")
    seq = (n % 500) * 2 + (1 if male else 0)
    first17 = f"{region}{birth}{seq:03d}"
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return first17 + "10X98765432"[total % 11]


def people(count: int, *, events: Sequence[str] = EVENTS, start: int = 1) -> list[list[Any]]:
    """Rows under HEADER: 序号, 姓名, 性别, 身份证号, 单位, 赛项 (all valid and distinct)."""
    surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
    givens = ("建国", "海燕", "志强", "秀英", "立新", "晓东", "玉兰", "浩然", "子涵", "德华")
    rows = []
    for i in range(count):
        male = i % 2 == 0
        rows.append(
            [
                start + i,
                surnames[i % len(surnames)] + givens[(i // len(surnames)) % len(givens)],
                "男" if male else "女",
                make_id(start + i, male=male),
                f"XX公司{i % 7}",
                events[i % len(events)],
            ]
        )
    return rows


def write_xlsx(
    path: Path,
    rows: Iterable[Sequence[Any]],
    *,
    start_row: int = 1,
    merge_titles: int = 0,
    sheet_title: str = "报名表",
    before: Iterable[tuple[str, list[list[Any]]]] = (),
    after: Iterable[tuple[str, list[list[Any]]]] = (),
) -> Path:
    """Write rows to a workbook. ``merge_titles`` title rows (merged across the width) come first;
    ``before``/``after`` add other sheets (name, rows) around the main one."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, extra in before:
        ws = wb.create_sheet(name)
        for r in extra:
            ws.append(list(r))
    ws = wb.create_sheet(sheet_title)
    rows = [list(r) for r in rows]
    width = max((len(r) for r in rows), default=1)
    for t in range(merge_titles):
        ws.cell(row=t + 1, column=1, value=f"2026年职工技能竞赛报名表（第{t + 1}行标题）")
        if width > 1:
            ws.merge_cells(start_row=t + 1, start_column=1, end_row=t + 1, end_column=width)
    first = max(start_row, merge_titles + 1)
    for i, r in enumerate(rows):
        for j, value in enumerate(r):
            if value is not None:
                ws.cell(row=first + i, column=j + 1, value=value)
    for name, extra in after:
        other = wb.create_sheet(name)
        for r in extra:
            other.append(list(r))
    wb.save(path)
    wb.close()
    return path


def csv_bytes(rows: Iterable[Sequence[Any]], *, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        writer.writerow(["" if v is None else v for v in r])
    return buf.getvalue().encode(encoding)


def write_csv(path: Path, rows: Iterable[Sequence[Any]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    path.write_bytes(csv_bytes(rows, encoding=encoding, delimiter=delimiter))
    return path


def messages(report, level: str = "error") -> list[tuple[int | None, str, str]]:
    """(row, column, message) of the problems of one level."""
    return [(p.row, p.column, p.message) for p in report.problems if p.level == level]
