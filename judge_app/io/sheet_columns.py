"""A sheet read by its header words, and problems located as the clerk sees them in Excel.

Used by the small fixed-layout files (marking-scheme template, judges list): the header is the
first of the first rows that names a required column; every problem reads
``评分标准.xlsx 工作表“模块” 第 5 行 D列（满分）：应为数字（填的是“abc”）``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from judge_app.core.errors import ImportRefused, excerpt
from judge_app.io.roster import clean_text
from judge_app.io.roster_headers import normalize_header
from judge_app.io.tabular import Row, Table, cell_text, column_letter

HEADER_SCAN_ROWS = 10
MAX_SHOWN = 60
_HINT_TAIL = re.compile(r"[(（][^()（）]*[)）]$")


def header_key(text: object) -> str:
    """Header text for comparison: no spaces, stars, colons or bracketed hint (``组别（用、分隔）``)."""
    key = normalize_header(text)
    return _HINT_TAIL.sub("", key) or key


@dataclass
class SheetColumns:
    """Where each field is in one sheet."""

    table: Table
    header: Row
    columns: dict[str, int]  # field → 0-based column
    titles: dict[str, str] = field(default_factory=dict)  # field → header text as written

    def label(self, name: str) -> str:
        """``D（满分）``; '' when the sheet has no such column."""
        col = self.columns.get(name)
        return "" if col is None else f"{column_letter(col)}（{self.titles[name]}）"

    def where(self, row: int, name: str | None = None) -> str:
        label = self.label(name) if name else ""
        return f"{self.table.where} 第 {row} 行" + (f" {label}列" if label else "")

    def value(self, row: Row, name: str) -> object:
        col = self.columns.get(name)
        return None if col is None else row.value(col)

    def text(self, row: Row, name: str) -> str:
        return clean_text(self.value(row, name))

    def rows(self) -> Iterator[Row]:
        """The non-blank rows below the header."""
        for row in self.table.rows:
            if row.number > self.header.number and not row.is_blank:
                yield row


def find_columns(table: Table, fields: Mapping[str, Sequence[str]], required: Sequence[str]) -> SheetColumns:
    """Find the header (the first of the first non-blank rows naming the most fields) and map
    ``fields`` (field → accepted header words); ImportRefused naming the missing required columns."""
    keys = {header_key(word): name for name, words in fields.items() for word in words}
    best: tuple[int, Row | None, dict[str, int], dict[str, str]] = (0, None, {}, {})
    for row in [r for r in table.rows if not r.is_blank][:HEADER_SCAN_ROWS]:
        columns: dict[str, int] = {}
        titles: dict[str, str] = {}
        for col, value in row.filled():
            name = keys.get(header_key(value))
            if name is not None and name not in columns:
                columns[name] = col
                title = " ".join(cell_text(value).split())
                titles[name] = _HINT_TAIL.sub("", title).strip() or title  # 组别（用、分隔） → 组别
        if len(columns) > best[0]:
            best = (len(columns), row, columns, titles)
    _, header, columns, titles = best
    missing = [fields[name][0] for name in required if name not in columns]
    if header is None or missing:
        found = f"（表头在第 {header.number} 行）" if header is not None else ""
        raise ImportRefused(
            f"{table.where} 缺少列：{'、'.join(missing or [fields[n][0] for n in required])}{found}；"
            f"第一行应为列名：{'、'.join(words[0] for words in fields.values())}"
        )
    return SheetColumns(table, header, columns, titles)


class Problems(list[str]):
    """Located problems of one file; :meth:`add` formats each as the clerk will read it."""

    def add(self, sheet: SheetColumns, row: int, name: str | None, message: str, value: object = None) -> None:
        shown = "" if value is None else excerpt(" ".join(cell_text(value).split()), MAX_SHOWN)
        self.append(f"{sheet.where(row, name)}：{message}" + (f"（填的是“{shown}”）" if shown else ""))
