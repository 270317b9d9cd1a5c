"""Votes of a 工匠 selection from CSV or xlsx: one row per candidate (编号 or 候选人编号, 票数; optional
作废票数 with its 作废原因, and 赛项).

Every row is checked against the scheme and the roster before anything is stored; any problem
refuses the whole file, each problem named with file, row, column and what was expected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge_app.core.decimals import whole_number
from judge_app.core.entries import Entry
from judge_app.core.errors import ImportRefused, JudgeAppError, NotFound, excerpt
from judge_app.core.scheme import Contest, Event, SectionKind
from judge_app.io.scores_csv import header_row
from judge_app.io.tabular import column_letter, read_table

HEADERS = {
    "code": ("编号", "候选人编号", "检录号", "工位号", "选手编号", "code"),
    "votes": ("票数", "得票", "得票数", "投票数", "votes"),
    "voided": ("作废票数", "作废票", "无效票数", "刷票", "voided"),
    "reason": ("作废原因", "原因", "reason"),
    "event": ("赛项", "工种", "event"),
}
REQUIRED = ("code", "votes")


@dataclass(frozen=True)
class VoteLine:
    """One candidate's votes from the file; ``voided`` None: the file has no 作废票数 column (the
    voids recorded stay)."""

    event: str
    code: str
    votes: int
    voided: int | None
    reason: str
    row: int


def has_vote_section(event: Event) -> bool:
    return any(section.kind is SectionKind.VOTE for section in event.sections)


def vote_event(contest: Contest, text: str) -> Event:
    """The event ``text`` names (id or name), which must have a vote section (公众投票)."""
    event = contest.event(text)
    if not has_vote_section(event):
        raise NotFound(f"赛项“{event.name}”没有投票模块 / the event has no vote section")
    return event


def read_vote_lines(path: str | Path, contest: Contest, entries: list[Entry], *, event: str | None = None) -> list[VoteLine]:
    """Parse and check every row; ImportRefused lists every problem when any row is wrong."""
    table = read_table(path)
    header, cols = header_row(table, HEADERS, REQUIRED, "应有 编号（或 候选人编号）、票数，可选 作废票数、作废原因、赛项")
    voting = [ev for ev in contest.events if has_vote_section(ev)]
    default = vote_event(contest, event) if event else (voting[0] if len(voting) == 1 else None)
    known = {(e.event, e.code) for e in entries}
    lines: list[VoteLine] = []
    problems: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for row in table.rows:
        if row.number <= header.number or row.is_blank:
            continue

        def problem(field: str, message: str) -> None:
            problems.append(f"{table.where} 第 {row.number} 行 {column_letter(cols.get(field, 0))} 列"
                            f"（{HEADERS[field][0]}）：{message}")

        ev = default
        if "event" in cols and row.text(cols["event"]):
            try:
                ev = vote_event(contest, row.text(cols["event"]))
            except NotFound as exc:
                problem("event", str(exc))
                continue
        if ev is None:
            problem("event", "请在文件中加“赛项”列或用 --event 指定投票的赛项")
            continue
        code = row.text(cols["code"])
        if (ev.id, code) not in known:
            problem("code", f"赛项“{ev.name}”中没有编号“{excerpt(code)}”")
            continue
        first = seen.setdefault((ev.id, code), row.number)
        if first != row.number:
            problem("code", f"与第 {first} 行是同一候选人（重复），请只保留一行")
            continue
        try:
            votes = whole_number(row.value(cols["votes"]), "票数")
        except JudgeAppError as exc:
            problem("votes", str(exc))
            continue
        try:
            voided = whole_number(row.value(cols["voided"]) or 0, "作废票数") if "voided" in cols else None
        except JudgeAppError as exc:
            problem("voided", str(exc))
            continue
        reason = row.text(cols["reason"]) if "reason" in cols else ""
        if voided is not None and voided > votes:
            problem("voided", f"作废票数 {voided} 大于票数 {votes}")
            continue
        if voided and not reason.strip():
            problem("reason" if "reason" in cols else "voided", "作废选票须写明原因（作废原因列）")
            continue
        lines.append(VoteLine(ev.id, code, votes, voided, reason.strip(), row.number))
    if problems:
        raise ImportRefused(f"票数文件 {table.file} 有 {len(problems)} 处错误，未导入任何票数：", problems)
    if not lines:
        raise ImportRefused(f"票数文件 {table.file} 没有票数行 / no vote rows")
    return lines
