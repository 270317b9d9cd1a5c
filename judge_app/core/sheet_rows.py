"""What every results sheet shows, whatever it is printed or exported to: the words of the notes
under the table (rules, rounding, tie-break chain, pass marks), the 备注 of a row, the carried
rounds' values, who is on the award list, exact numbers as text. Pure: the PDFs
(judge_app.reports) and the xlsx/CSV/JSON exports (judge_app.io) both read it.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Sequence

from judge_app.core.entries import EventInputs
from judge_app.core.errors import NotFound
from judge_app.core.fingerprint import is_ranked, ordered_rows
from judge_app.core.results import EntryResult, EventResult, GroupResult
from judge_app.core.rounds import Breakdown
from judge_app.core.scheme import (
    Contest,
    CriterionKind,
    Event,
    Level,
    Section,
    SectionKind,
    TieBreak,
    TieBreakKind,
)

PROVISIONAL_MARK = "*"
PROVISIONAL_NOTE = "成绩未完整，暂定排名"


def carried_parts(contest: Contest, event: Event) -> list[tuple[str, Decimal]]:
    """(round name, weight) of each earlier round ``event`` carries, then of ``event`` itself;
    empty when it carries nothing."""
    if not event.carry:
        return []
    names = {ev.id: ev.name for ev in contest.events}
    return [(names.get(c.event, c.event), c.weight) for c in event.carry] + [(event.name, event.own_weight)]


def num(value: Decimal | None) -> str:
    """A Decimal exactly as stored (never through float); None as empty text."""
    return "" if value is None else format(value, "f")


def weight_text(weight: Decimal) -> str:
    """30 → "30", 12.50 → "12.5" (no exponent)."""
    text = format(weight, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


# --- notes ---------------------------------------------------------------------------------------


def section_rule_text(section: Section) -> str:
    """How a section's score is made, in words (理论知识：客观计分 ...)."""
    if section.weight == 0:
        head = f"{section.name}（满分{num(section.max)}，仅供参考，不计入总分）"
    else:
        head = f"{section.name}（满分{num(section.max)}，权重{weight_text(section.weight)}%）"
    if section.kind is SectionKind.VOTE:
        return f"{head}：计票数（得票数−作废票数）÷本赛项最高计票数×满分，得票与作废见备注"
    kinds = {c.kind for c in section.criteria}
    parts = []
    if CriterionKind.JUDGEMENT in kinds:
        panel = f"{len(section.judges)}名裁判评分，" if section.judges else "裁判评分，"
        level = "各裁判先合计模块总分再" if section.level is Level.JUDGE_TOTAL else "逐项"
        parts.append(f"{panel}{level}{section.rule.label}")
    if CriterionKind.MEASUREMENT in kinds:
        parts.append("客观项按测量值计分")
    if CriterionKind.DEDUCTION in kinds:
        parts.append("扣分项从满分扣减，最低为0")
    return head + "：" + ("；".join(parts) if parts else "按评分标准计分")


def tie_break_text(event: Event, tie: TieBreak) -> str | None:
    kind = tie.kind
    if kind is TieBreakKind.HEAVIEST_SECTION:
        return f"{event.heaviest_section.name}得分高者在前"
    if kind is TieBreakKind.SECTION:
        try:
            return f"{event.section(tie.ref).name}得分高者在前"
        except NotFound:
            return f"模块“{tie.ref}”得分高者在前"
    if kind is TieBreakKind.KEY_CRITERIA:
        if not event.key_criteria:
            return None
        names = []
        for cid in event.key_criteria:
            try:
                names.append(event.criterion(cid)[1].name)
            except NotFound:
                names.append(cid)
        return "关键评分项（" + "、".join(names) + "）依次比较，高者在前"
    if kind is TieBreakKind.CRITERION:
        try:
            return f"评分项“{event.criterion(tie.ref)[1].name}”得分高者在前"
        except NotFound:
            return f"评分项“{tie.ref}”得分高者在前"
    if kind is TieBreakKind.TIME:
        return "用时短者在前"
    if kind is TieBreakKind.PLAYOFF:
        return "加赛成绩高者在前"
    return str(tie)


def rules_notes(event: Event, group: GroupResult, parts: Sequence[tuple[str, Decimal]] = ()) -> list[str]:
    """The 说明 lines under the table: rules of the event plus marks used on this sheet
    (``parts``: the carried rounds' columns, see :func:`carried_parts`)."""
    notes = [section_rule_text(s) + "。" for s in event.sections]
    if parts:
        formula = " + ".join(f"{name}总分 × {weight_text(w)}%" for name, w in parts)
        notes.append(
            f"本轮总分 = Σ 模块得分 ÷ 模块满分 × 权重；综合成绩 = {formula}，保留{event.decimals}位小数，"
            f"{event.rounding.label}，按综合成绩排名；前一轮没有成绩者该栏为“—”，计 0 分，暂定排名。"
        )
    else:
        notes.append(
            f"总分 = Σ 模块得分 ÷ 模块满分 × 权重；模块得分与总分均保留{event.decimals}位小数，"
            f"{event.rounding.label}，按总分排名。"
        )
    chain = [t for t in (tie_break_text(event, tie) for tie in event.tie_breaks) if t]
    if chain:
        notes.append("总分相同时依次比较：" + " → ".join(chain) + "；仍相同者名次并列。")
    else:
        notes.append("总分相同者名次并列。")
    rules = event.awards
    marks = []
    if rules.pass_mark is not None:
        marks.append(f"总分不低于{num(rules.pass_mark)}分")
    for sid, mark in rules.section_pass_marks:
        try:
            sname = event.section(sid).name
        except NotFound:
            sname = sid
        marks.append(f"{sname}不低于{num(mark)}分")
    if marks:
        notes.append("获奖须" + "、".join(marks) + "；未达合格线者保留名次，不获奖。")
    if any(r.provisional for r in group.rows):
        notes.append(f"{PROVISIONAL_MARK} {PROVISIONAL_NOTE}。")
    if any(not is_ranked(r) for r in group.rows):
        notes.append("缺考、弃赛、取消资格者不参加排名，列于表末。")
    return notes


# --- rows ----------------------------------------------------------------------------------------


def remarks_text(row: EntryResult) -> str:
    parts = []
    if not is_ranked(row):
        parts.append(row.status.label or "未排名")
    if row.provisional and is_ranked(row):
        parts.append("暂定")
    if not row.eligible:
        parts.append(row.ineligible_reason or "未达合格线")
    if row.tie_note:
        parts.append(row.tie_note)
    if row.entry.note:
        parts.append(row.entry.note)
    parts.extend(row.remarks)
    return "；".join(parts)


def entry_remarks(event: Event, inputs: EventInputs, code: str) -> tuple[str, ...]:
    """What 备注 says of an entry's recorded penalties (实际操作扣5分：未戴安全帽), in an event with
    a vote section its votes (公众投票得票1500，作废600：刷票), and the judges recused from it
    (评委J1、J3回避)."""
    names = {s.id: s.name for s in event.sections}
    found = [f"{names.get(p.section, p.section)}扣{num(p.points)}分" + (f"：{p.reason}" if p.reason else "")
             for penalty_code, p in inputs.penalties if penalty_code == code]
    vote = next((s for s in event.sections if s.kind is SectionKind.VOTE), None)
    if vote is not None and code in inputs.votes:
        voided, reason = inputs.voided.get(code, (0, ""))
        text = f"{vote.name}得票{num(inputs.votes[code] + voided)}"
        found.append(text + (f"，作废{voided}" + (f"：{reason}" if reason else "") if voided else ""))
    if inputs.recused.get(code):
        found.append(f"评委{'、'.join(sorted(inputs.recused[code]))}回避")
    return tuple(found)


def with_remarks(event: Event, result: EventResult, inputs: EventInputs) -> EventResult:
    """``result`` with each row's :func:`entry_remarks` (what the sheets and exports print in 备注)."""
    groups = tuple(
        dataclasses.replace(group, rows=tuple(
            dataclasses.replace(row, remarks=entry_remarks(event, inputs, row.entry.code)) for row in group.rows))
        for group in result.groups
    )
    return dataclasses.replace(result, groups=groups)


def carried_values(row: EntryResult, breakdown: Breakdown | None, count: int) -> list[Decimal | str]:
    """Each earlier round's total, then this round's own ("—": nothing carried; "" unranked)."""
    if breakdown is None:
        return ["—" if is_ranked(row) else ""] * count
    return [p.total if p.total is not None else "—" for p in breakdown.parts] + [
        breakdown.own_total if breakdown.own_total is not None else ""]


def awarded_rows(group: GroupResult) -> list[EntryResult]:
    """Entries with an award or a title, in sheet (rank) order."""
    return [r for r in ordered_rows(group) if is_ranked(r) and (r.award or r.titles)]
