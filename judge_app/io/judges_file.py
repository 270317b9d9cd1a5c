"""The judges list (裁判名单) as an organiser fills it in: xlsx or CSV, all or nothing.

Columns (header words, any order, header in the first rows): 编号 (裁判编号/工号), 姓名, 角色
(裁判, 裁判长, 加密裁判, 记分员, 监督, 管理员; empty: 裁判), PIN (optional, 4–8 digits), 单位
(optional: the judge's own unit, whose entries they do not score — 回避) and
评分组 (optional: ``电工/实际操作、焊工/理论知识``, each ``赛项/模块`` with the section's id or
name). A panel listed in the file is set as a whole, in the order of the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from judge_app.core.errors import ImportRefused, JudgeAppError
from judge_app.core.people import JudgeInput, Role, check_person
from judge_app.core.policy import Action, allowed
from judge_app.core.pins import PASSPHRASE_ROLES, normalize_secret
from judge_app.core.scheme import Contest
from judge_app.io.scheme_words import split_list
from judge_app.io.sheet_columns import Problems, find_columns
from judge_app.io.tabular import read_table

FIELDS = {
    "id": ("编号", "裁判编号", "工号", "编码", "id"),
    "name": ("姓名", "裁判姓名", "name"),
    "role": ("角色", "身份", "职务", "role"),
    "pin": ("PIN", "密码", "PIN码", "pin"),
    "unit": ("单位", "工作单位", "所在单位", "unit"),
    "panels": ("评分组", "评分模块", "模块", "panels"),
}
REQUIRED = ("id", "name")


@dataclass
class JudgesFile:
    """What a judges list holds: the people, and whole panels ((event id, section id) → ids)."""

    people: list[JudgeInput] = field(default_factory=list)
    panels: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def read_judges_file(path: str | Path, contest: Contest | None) -> JudgesFile:
    """Read and check a judges list; ImportRefused naming every problem (file, sheet, row,
    column). Panels need ``contest`` (the scheme) to be checked."""
    table = read_table(path)
    sheet = find_columns(table, FIELDS, REQUIRED)
    problems = Problems()
    found = JudgesFile()
    seen: dict[str, int] = {}
    for row in sheet.rows():
        n = row.number
        try:
            jid, name = check_person(sheet.text(row, "id"), sheet.text(row, "name"))
        except JudgeAppError as exc:
            problems.add(sheet, n, "id" if not sheet.text(row, "id") else "name", str(exc))
            continue
        if jid in seen:
            problems.add(sheet, n, "id", f"编号与第 {seen[jid]} 行重复", jid)
            continue
        seen[jid] = n
        role, pin = Role.JUDGE, None
        try:
            role = Role.parse(sheet.text(row, "role") or Role.JUDGE)
        except JudgeAppError as exc:
            problems.add(sheet, n, "role", str(exc).split(" / ")[0])
        if sheet.text(row, "pin"):
            try:
                pin = normalize_secret(sheet.text(row, "pin"), role)
            except JudgeAppError as exc:
                problems.add(sheet, n, "pin", str(exc).split(" / ")[0]
                             + ("" if role in PASSPHRASE_ROLES else "（请把该列设为“文本”格式，以免丢掉开头的 0）"))
        unit = sheet.text(row, "unit") if "unit" in sheet.columns else None  # no column: keep the stored one
        found.people.append(JudgeInput(jid, name, role, pin, unit))
        panels = split_list(sheet.text(row, "panels"))
        if panels and not allowed(Action.PANEL_SEAT, role):
            problems.add(sheet, n, "panels", f"{role.label}不能进入评分组（只有裁判和裁判长可以）", "、".join(panels))
            continue
        for item in panels:
            key = _panel_key(item, contest)
            if isinstance(key, str):
                problems.add(sheet, n, "panels", key, item)
            else:
                found.panels.setdefault(key, []).append(jid)
    if problems:
        raise ImportRefused(f"裁判名单 {table.where} 有 {len(problems)} 处错误，整个文件未导入：", problems)
    if not found.people:
        raise ImportRefused(f"裁判名单 {table.where} 中没有裁判 / no judges in the file")
    return found


def _panel_key(item: str, contest: Contest | None) -> tuple[str, str] | str:
    """(event id, section id) for ``赛项/模块``, or the problem in words."""
    event_text, sep, section_text = item.replace("／", "/").partition("/")
    if not sep or not event_text.strip() or not section_text.strip():
        return "评分组应写成“赛项/模块”，多个用顿号分隔"
    if contest is None:
        return "比赛还没有评分标准，不能分配评分组；请先导入评分标准"
    try:
        event = contest.event(event_text.strip())
    except JudgeAppError:
        return f"赛项“{event_text.strip()}”不存在（已有：{'、'.join(e.name for e in contest.events)}）"
    wanted = section_text.strip()
    for section in event.sections:
        if wanted in (section.id, section.name):
            return event.id, section.id
    return f"赛项“{event.name}”没有模块“{wanted}”（已有：{'、'.join(s.name for s in event.sections)}）"
