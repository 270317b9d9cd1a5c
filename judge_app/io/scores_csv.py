"""Scores in long form (one value a row: 编号, 裁判, 评分项, 分数 [, 赛项]) from CSV or xlsx.

Every row is checked against the scheme and the roster; any problem refuses the whole file, each
problem named with file, row, column and what was expected. The rows are checked as they are read
and the good ones handed on at once (:func:`iter_score_lines`), so a store can write them in the
same pass inside one transaction that the refusal at the end rolls back: a score file of any
length (one event of 500 × 60 × 9 is 270,000 rows) is never held twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterator, Mapping

from judge_app.core.entries import Entry, Status
from judge_app.core.errors import ImportRefused, JudgeAppError, NotFound, excerpt
from judge_app.core.people import recused_message
from judge_app.core.scheme import Contest, Event
from judge_app.core.score_rules import check_value
from judge_app.io.tabular import Row, Table, column_letter, read_table

HEADERS = {
    "code": ("编号", "检录号", "工位号", "赛位号", "选手编号", "code"),
    "judge": ("裁判", "裁判员", "裁判编号", "judge"),
    "criterion": ("评分项", "评分项编号", "criterion"),
    "value": ("分数", "得分", "扣分", "value", "score"),
    "event": ("赛项", "工种", "event"),
}
REQUIRED = ("code", "judge", "criterion", "value")


@dataclass(frozen=True)
class ScoreLine:
    event: str
    code: str
    criterion: str
    judge: str
    value: Decimal
    row: int


def header_row(table: Table, headers: dict[str, tuple[str, ...]] = HEADERS, required: tuple[str, ...] = REQUIRED,
               expected: str = "应有 编号、裁判、评分项、分数，可选 赛项") -> tuple[Row, dict[str, int]]:
    """The first non-blank row as a long file's header: field → column, by the words of
    ``headers``; ImportRefused naming the ``required`` fields missing (and what is ``expected``)."""
    for row in table.rows:
        if row.is_blank:
            continue
        found: dict[str, int] = {}
        for col, value in row.filled():
            text = "".join(str(value).split()).lower()
            for field, names in headers.items():
                if text in (n.lower() for n in names):
                    found.setdefault(field, col)
        missing = [headers[f][0] for f in required if f not in found]
        if missing:
            raise ImportRefused(
                f"{table.where} 第 {row.number} 行应为表头，缺少列：{'、'.join(missing)}（{expected}）"
            )
        return row, found
    raise ImportRefused(f"{table.where} 是空的 / the file is empty")


def _criterion_id(event: Event, text: str) -> str | None:
    for section in event.sections:
        for crit in section.criteria:
            if text in (crit.id, crit.name):
                return crit.id
    return None


def iter_score_lines(path: str | Path, contest: Contest, entries: list[Entry], *,
                     event: str | None = None,
                     recused: Mapping[str, Mapping[str, frozenset[str]]] | None = None) -> Iterator[ScoreLine]:
    """Check every row, yielding each good one as it is checked; after the last row,
    ImportRefused lists every problem when any row was wrong (or there was no score at all).
    ``recused``: event → code → the judges recused from it (回避), whose rows are problems.
    Consume it inside one transaction, so that the refusal stores nothing."""
    table = read_table(path, long_form=True)
    header, cols = header_row(table)
    known = {(e.event, e.code): e for e in entries}
    default_event = contest.event(event) if event else (contest.events[0] if len(contest.events) == 1 else None)
    count = 0
    problems: list[str] = []
    seen: dict[tuple[str, str, str, str], int] = {}  # (event, code, criterion, judge) → first row
    for row in table.rows:
        if row.number <= header.number or row.is_blank:
            continue

        def problem(field: str, message: str) -> None:
            col = cols.get(field, 0)
            problems.append(f"{table.where} 第 {row.number} 行 {column_letter(col)} 列（{HEADERS[field][0]}）：{message}")

        ev = default_event
        if "event" in cols and row.text(cols["event"]):
            try:
                ev = contest.event(row.text(cols["event"]))
            except NotFound as exc:
                problem("event", str(exc))
                continue
        if ev is None:
            problem("event", "比赛有多个赛项，请在文件中加“赛项”列或用 --event 指定")
            continue
        code, judge, crit_text = (row.text(cols[f]) for f in ("code", "judge", "criterion"))
        entry = known.get((ev.id, code))
        if entry is None:
            problem("code", f"赛项“{ev.name}”中没有编号“{excerpt(code)}”")
            continue
        if entry.status is not Status.OK:
            problem("code", f"编号“{code}”状态为{entry.status.label}，不能录入分数")
            continue
        crit_id = _criterion_id(ev, crit_text)
        if crit_id is None:
            problem("criterion", f"赛项“{ev.name}”中没有评分项“{excerpt(crit_text)}”")
            continue
        section, crit = ev.criterion(crit_id)
        if section.judges and judge not in section.judges:
            problem("judge", f"裁判“{excerpt(judge)}”不在模块“{section.name}”的评分组（{'、'.join(section.judges)}）")
            continue
        if recused and judge in recused.get(ev.id, {}).get(code, ()):
            problem("judge", recused_message(judge, code))
            continue
        try:
            value = check_value(crit, row.value(cols["value"]))
        except JudgeAppError as exc:
            problem("value", str(exc))
            continue
        first = seen.setdefault((ev.id, code, crit_id, judge), row.number)
        if first != row.number:
            problem("value", f"与第 {first} 行是同一选手、评分项和裁判的分数（重复），请只保留一行")
            continue
        count += 1
        yield ScoreLine(ev.id, code, crit_id, judge, value, row.number)
    if problems:
        raise ImportRefused(f"分数文件 {table.file} 有 {len(problems)} 处错误，未导入任何分数：", problems)
    if not count:
        raise ImportRefused(f"分数文件 {table.file} 没有分数行 / no score rows")
